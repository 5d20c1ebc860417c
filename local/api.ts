// The names of every method and property that Apps Script declares on the classes the local
// runtime stands in for, as listed by @types/google-apps-script. The membrane (./membrane.ts) uses
// them to tell "a real Apps Script method this runtime does not implement" (it throws "not
// implemented") from "no such member" (undefined, as in Apps Script). The compiler checks every
// list against its interface in both directions, so an update of @types that adds, renames or
// removes a member breaks `tsc` here instead of silently drifting.

/** Keys of T whose values are functions: the methods of an Apps Script interface. */
type MethodKeys<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T] & string;
/** Keys of T that are not methods: the enum-valued properties (SpreadsheetApp.BooleanCriteria…). */
type PropertyKeys<T> = Exclude<keyof T & string, MethodKeys<T>>;

/** L when it lists exactly the keys K; otherwise a type naming what is missing or extra. */
type Exactly<K extends string, L extends readonly string[]> = [Exclude<K, L[number]>] extends [never]
  ? [Exclude<L[number], K>] extends [never]
    ? L
    : { readonly extra: Exclude<L[number], K> }
  : { readonly missing: Exclude<K, L[number]> };

function methodNames<T>() {
  return <const L extends readonly string[]>(names: L & Exactly<MethodKeys<T>, L>): ReadonlySet<string> => new Set(names);
}
function propertyNames<T>() {
  return <const L extends readonly string[]>(names: L & Exactly<PropertyKeys<T>, L>): ReadonlySet<string> => new Set(names);
}

export const API = {
  SpreadsheetApp: {
    methods: methodNames<GoogleAppsScript.Spreadsheet.SpreadsheetApp>()([
      'create', 'enableAllDataSourcesExecution', 'enableBigQueryExecution', 'flush', 'getActive',
      'getActiveRange', 'getActiveRangeList', 'getActiveSheet', 'getActiveSpreadsheet',
      'getCurrentCell', 'getSelection', 'getUi', 'newCellImage', 'newColor',
      'newConditionalFormatRule', 'newDataSourceSpec', 'newDataValidation', 'newFilterCriteria',
      'newRichTextValue', 'newTextStyle', 'open', 'openById', 'openByUrl', 'setActiveRange',
      'setActiveRangeList', 'setActiveSheet', 'setActiveSpreadsheet', 'setCurrentCell',
    ]),
    properties: propertyNames<GoogleAppsScript.Spreadsheet.SpreadsheetApp>()([
      'AutoFillSeries', 'BandingTheme', 'BooleanCriteria', 'BorderStyle', 'ColorType',
      'CopyPasteType', 'DataExecutionErrorCode', 'DataExecutionState', 'DataSourceParameterType',
      'DataSourceType', 'DataValidationCriteria', 'DeveloperMetadataLocationType',
      'DeveloperMetadataVisibility', 'Dimension', 'Direction', 'GroupControlTogglePosition',
      'InterpolationType', 'PivotTableSummarizeFunction', 'PivotValueDisplayType', 'ProtectionType',
      'RecalculationInterval', 'RelativeDate', 'SheetType', 'TextDirection', 'TextToColumnsDelimiter',
      'ThemeColorType', 'ValueType', 'WrapStrategy',
    ]),
  },
  Spreadsheet: {
    methods: methodNames<GoogleAppsScript.Spreadsheet.Spreadsheet>()([
      'addDeveloperMetadata', 'addEditor', 'addEditors', 'addMenu', 'addViewer', 'addViewers',
      'appendRow', 'autoResizeColumn', 'copy', 'createDeveloperMetadataFinder', 'createTextFinder',
      'deleteActiveSheet', 'deleteColumn', 'deleteColumns', 'deleteRow', 'deleteRows', 'deleteSheet',
      'duplicateActiveSheet', 'getActiveCell', 'getActiveRange', 'getActiveRangeList',
      'getActiveSheet', 'getAs', 'getBandings', 'getBlob', 'getColumnWidth', 'getCurrentCell',
      'getDataRange', 'getDataSourceTables', 'getDeveloperMetadata', 'getEditors', 'getFormUrl',
      'getFrozenColumns', 'getFrozenRows', 'getId', 'getImages',
      'getIterativeCalculationConvergenceThreshold', 'getLastColumn', 'getLastRow',
      'getMaxIterativeCalculationCycles', 'getName', 'getNamedRanges', 'getNumSheets', 'getOwner',
      'getPredefinedSpreadsheetThemes', 'getProtections', 'getRange', 'getRangeByName',
      'getRangeList', 'getRecalculationInterval', 'getRowHeight', 'getSelection', 'getSheetById',
      'getSheetByName', 'getSheetId', 'getSheetName', 'getSheetProtection', 'getSheetValues',
      'getSheets', 'getSpreadsheetLocale', 'getSpreadsheetTheme', 'getSpreadsheetTimeZone', 'getUrl',
      'getViewers', 'hideColumn', 'hideRow', 'insertColumnAfter', 'insertColumnBefore',
      'insertColumnsAfter', 'insertColumnsBefore', 'insertImage', 'insertRowAfter', 'insertRowBefore',
      'insertRowsAfter', 'insertRowsBefore', 'insertSheet', 'insertSheetWithDataSourceTable',
      'isAnonymousView', 'isAnonymousWrite', 'isColumnHiddenByUser', 'isIterativeCalculationEnabled',
      'isRowHiddenByFilter', 'isRowHiddenByUser', 'moveActiveSheet', 'moveChartToObjectSheet',
      'removeEditor', 'removeMenu', 'removeNamedRange', 'removeViewer', 'rename', 'renameActiveSheet',
      'resetSpreadsheetTheme', 'setActiveRange', 'setActiveRangeList', 'setActiveSelection',
      'setActiveSheet', 'setAnonymousAccess', 'setColumnWidth', 'setCurrentCell', 'setFrozenColumns',
      'setFrozenRows', 'setIterativeCalculationConvergenceThreshold',
      'setIterativeCalculationEnabled', 'setMaxIterativeCalculationCycles', 'setNamedRange',
      'setRecalculationInterval', 'setRowHeight', 'setSheetProtection', 'setSpreadsheetLocale',
      'setSpreadsheetTheme', 'setSpreadsheetTimeZone', 'show', 'sort', 'toast', 'unhideColumn',
      'unhideRow', 'updateMenu',
    ]),
    properties: propertyNames<GoogleAppsScript.Spreadsheet.Spreadsheet>()([]),
  },
  Sheet: {
    methods: methodNames<GoogleAppsScript.Spreadsheet.Sheet>()([
      'activate', 'addDeveloperMetadata', 'appendRow', 'asDataSourceSheet', 'autoResizeColumn',
      'autoResizeColumns', 'autoResizeRows', 'clear', 'clearConditionalFormatRules', 'clearContents',
      'clearFormats', 'clearNotes', 'collapseAllColumnGroups', 'collapseAllRowGroups', 'copyTo',
      'createDeveloperMetadataFinder', 'createTextFinder', 'deleteColumn', 'deleteColumns',
      'deleteRow', 'deleteRows', 'expandAllColumnGroups', 'expandAllRowGroups',
      'expandColumnGroupsUpToDepth', 'expandRowGroupsUpToDepth', 'getActiveCell', 'getActiveRange',
      'getActiveRangeList', 'getBandings', 'getCharts', 'getColumnGroup',
      'getColumnGroupControlPosition', 'getColumnGroupDepth', 'getColumnWidth',
      'getConditionalFormatRules', 'getCurrentCell', 'getDataRange', 'getDataSourceTables',
      'getDeveloperMetadata', 'getDrawings', 'getFilter', 'getFormUrl', 'getFrozenColumns',
      'getFrozenRows', 'getImages', 'getIndex', 'getLastColumn', 'getLastRow', 'getMaxColumns',
      'getMaxRows', 'getName', 'getNamedRanges', 'getParent', 'getPivotTables', 'getProtections',
      'getRange', 'getRangeList', 'getRowGroup', 'getRowGroupControlPosition', 'getRowGroupDepth',
      'getRowHeight', 'getSelection', 'getSheetId', 'getSheetName', 'getSheetProtection',
      'getSheetValues', 'getSlicers', 'getTabColor', 'getType', 'hasHiddenGridlines', 'hideColumn',
      'hideColumns', 'hideRow', 'hideRows', 'hideSheet', 'insertChart', 'insertColumnAfter',
      'insertColumnBefore', 'insertColumns', 'insertColumnsAfter', 'insertColumnsBefore',
      'insertImage', 'insertRowAfter', 'insertRowBefore', 'insertRows', 'insertRowsAfter',
      'insertRowsBefore', 'insertSlicer', 'isColumnHiddenByUser', 'isRightToLeft',
      'isRowHiddenByFilter', 'isRowHiddenByUser', 'isSheetHidden', 'moveColumns', 'moveRows',
      'newChart', 'protect', 'removeChart', 'setActiveRange', 'setActiveRangeList',
      'setActiveSelection', 'setColumnGroupControlPosition', 'setColumnWidth', 'setColumnWidths',
      'setConditionalFormatRules', 'setCurrentCell', 'setFrozenColumns', 'setFrozenRows',
      'setHiddenGridlines', 'setName', 'setRightToLeft', 'setRowGroupControlPosition', 'setRowHeight',
      'setRowHeights', 'setRowHeightsForced', 'setSheetProtection', 'setTabColor', 'showColumns',
      'showRows', 'showSheet', 'sort', 'unhideColumn', 'unhideRow', 'updateChart',
    ]),
    properties: propertyNames<GoogleAppsScript.Spreadsheet.Sheet>()([]),
  },
  Range: {
    methods: methodNames<GoogleAppsScript.Spreadsheet.Range>()([
      'activate', 'activateAsCurrentCell', 'addDeveloperMetadata', 'applyColumnBanding',
      'applyRowBanding', 'autoFill', 'autoFillToNeighbor', 'breakApart', 'canEdit', 'check', 'clear',
      'clearContent', 'clearDataValidations', 'clearFormat', 'clearNote', 'collapseGroups',
      'copyFormatToRange', 'copyTo', 'copyValuesToRange', 'createDataSourcePivotTable',
      'createDataSourceTable', 'createDeveloperMetadataFinder', 'createFilter', 'createPivotTable',
      'createTextFinder', 'deleteCells', 'expandGroups', 'getA1Notation', 'getBackground',
      'getBackgroundObject', 'getBackgroundObjects', 'getBackgrounds', 'getBandings', 'getCell',
      'getColumn', 'getDataRegion', 'getDataSourceFormula', 'getDataSourceFormulas',
      'getDataSourcePivotTables', 'getDataSourceTables', 'getDataSourceUrl', 'getDataTable',
      'getDataValidation', 'getDataValidations', 'getDeveloperMetadata', 'getDisplayValue',
      'getDisplayValues', 'getFilter', 'getFontColor', 'getFontColorObject', 'getFontColorObjects',
      'getFontColors', 'getFontFamilies', 'getFontFamily', 'getFontLine', 'getFontLines',
      'getFontSize', 'getFontSizes', 'getFontStyle', 'getFontStyles', 'getFontWeight',
      'getFontWeights', 'getFormula', 'getFormulaR1C1', 'getFormulas', 'getFormulasR1C1', 'getGridId',
      'getHeight', 'getHorizontalAlignment', 'getHorizontalAlignments', 'getLastColumn', 'getLastRow',
      'getMergedRanges', 'getNextDataCell', 'getNote', 'getNotes', 'getNumColumns', 'getNumRows',
      'getNumberFormat', 'getNumberFormats', 'getRichTextValue', 'getRichTextValues', 'getRow',
      'getRowIndex', 'getSheet', 'getTextDirection', 'getTextDirections', 'getTextRotation',
      'getTextRotations', 'getTextStyle', 'getTextStyles', 'getValue', 'getValues',
      'getVerticalAlignment', 'getVerticalAlignments', 'getWidth', 'getWrap', 'getWrapStrategies',
      'getWrapStrategy', 'getWraps', 'insertCells', 'insertCheckboxes', 'isBlank', 'isChecked',
      'isEndColumnBounded', 'isEndRowBounded', 'isPartOfMerge', 'isStartColumnBounded',
      'isStartRowBounded', 'merge', 'mergeAcross', 'mergeVertically', 'moveTo', 'offset', 'protect',
      'randomize', 'removeCheckboxes', 'removeDuplicates', 'setBackground', 'setBackgroundObject',
      'setBackgroundObjects', 'setBackgroundRGB', 'setBackgrounds', 'setBorder', 'setDataValidation',
      'setDataValidations', 'setFontColor', 'setFontColorObject', 'setFontColorObjects',
      'setFontColors', 'setFontFamilies', 'setFontFamily', 'setFontLine', 'setFontLines',
      'setFontSize', 'setFontSizes', 'setFontStyle', 'setFontStyles', 'setFontWeight',
      'setFontWeights', 'setFormula', 'setFormulaR1C1', 'setFormulas', 'setFormulasR1C1',
      'setHorizontalAlignment', 'setHorizontalAlignments', 'setNote', 'setNotes', 'setNumberFormat',
      'setNumberFormats', 'setRichTextValue', 'setRichTextValues', 'setShowHyperlink',
      'setTextDirection', 'setTextDirections', 'setTextRotation', 'setTextRotations', 'setTextStyle',
      'setTextStyles', 'setValue', 'setValues', 'setVerticalAlignment', 'setVerticalAlignments',
      'setVerticalText', 'setWrap', 'setWrapStrategies', 'setWrapStrategy', 'setWraps',
      'shiftColumnGroupDepth', 'shiftRowGroupDepth', 'sort', 'splitTextToColumns', 'trimWhitespace',
      'uncheck',
    ]),
    properties: propertyNames<GoogleAppsScript.Spreadsheet.Range>()([]),
  },
  RangeList: {
    methods: methodNames<GoogleAppsScript.Spreadsheet.RangeList>()([
      'activate', 'breakApart', 'check', 'clear', 'clearContent', 'clearDataValidations',
      'clearFormat', 'clearNote', 'getRanges', 'insertCheckboxes', 'removeCheckboxes',
      'setBackground', 'setBackgroundRGB', 'setBorder', 'setFontColor', 'setFontFamily',
      'setFontLine', 'setFontSize', 'setFontStyle', 'setFontWeight', 'setFormula', 'setFormulaR1C1',
      'setHorizontalAlignment', 'setNote', 'setNumberFormat', 'setShowHyperlink', 'setTextDirection',
      'setTextRotation', 'setValue', 'setVerticalAlignment', 'setVerticalText', 'setWrap',
      'setWrapStrategy', 'trimWhitespace', 'uncheck',
    ]),
    properties: propertyNames<GoogleAppsScript.Spreadsheet.RangeList>()([]),
  },
  ConditionalFormatRuleBuilder: {
    methods: methodNames<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>()([
      'build', 'copy', 'getBooleanCondition', 'getGradientCondition', 'getRanges', 'setBackground',
      'setBold', 'setFontColor', 'setGradientMaxpoint', 'setGradientMaxpointWithValue',
      'setGradientMidpointWithValue', 'setGradientMinpoint', 'setGradientMinpointWithValue',
      'setItalic', 'setRanges', 'setStrikethrough', 'setUnderline', 'whenCellEmpty',
      'whenCellNotEmpty', 'whenDateAfter', 'whenDateBefore', 'whenDateEqualTo',
      'whenFormulaSatisfied', 'whenNumberBetween', 'whenNumberEqualTo', 'whenNumberGreaterThan',
      'whenNumberGreaterThanOrEqualTo', 'whenNumberLessThan', 'whenNumberLessThanOrEqualTo',
      'whenNumberNotBetween', 'whenNumberNotEqualTo', 'whenTextContains', 'whenTextDoesNotContain',
      'whenTextEndsWith', 'whenTextEqualTo', 'whenTextStartsWith', 'withCriteria',
    ]),
    properties: propertyNames<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>()([]),
  },
  ConditionalFormatRule: {
    methods: methodNames<GoogleAppsScript.Spreadsheet.ConditionalFormatRule>()([
      'copy', 'getBooleanCondition', 'getGradientCondition', 'getRanges',
    ]),
    properties: propertyNames<GoogleAppsScript.Spreadsheet.ConditionalFormatRule>()([]),
  },
  BooleanCondition: {
    methods: methodNames<GoogleAppsScript.Spreadsheet.BooleanCondition>()([
      'getBackground', 'getBold', 'getCriteriaType', 'getCriteriaValues', 'getFontColor', 'getItalic',
      'getStrikethrough', 'getUnderline',
    ]),
    properties: propertyNames<GoogleAppsScript.Spreadsheet.BooleanCondition>()([]),
  },
  GradientCondition: {
    methods: methodNames<GoogleAppsScript.Spreadsheet.GradientCondition>()([
      'getMaxColor', 'getMaxType', 'getMaxValue', 'getMidColor', 'getMidType', 'getMidValue',
      'getMinColor', 'getMinType', 'getMinValue',
    ]),
    properties: propertyNames<GoogleAppsScript.Spreadsheet.GradientCondition>()([]),
  },
  DataValidationBuilder: {
    methods: methodNames<GoogleAppsScript.Spreadsheet.DataValidationBuilder>()([
      'build', 'copy', 'getAllowInvalid', 'getCriteriaType', 'getCriteriaValues', 'getHelpText',
      'requireCheckbox', 'requireDate', 'requireDateAfter', 'requireDateBefore', 'requireDateBetween',
      'requireDateEqualTo', 'requireDateNotBetween', 'requireDateOnOrAfter', 'requireDateOnOrBefore',
      'requireFormulaSatisfied', 'requireNumberBetween', 'requireNumberEqualTo',
      'requireNumberGreaterThan', 'requireNumberGreaterThanOrEqualTo', 'requireNumberLessThan',
      'requireNumberLessThanOrEqualTo', 'requireNumberNotBetween', 'requireNumberNotEqualTo',
      'requireTextContains', 'requireTextDoesNotContain', 'requireTextEqualTo', 'requireTextIsEmail',
      'requireTextIsUrl', 'requireValueInList', 'requireValueInRange', 'setAllowInvalid',
      'setHelpText', 'withCriteria',
    ]),
    properties: propertyNames<GoogleAppsScript.Spreadsheet.DataValidationBuilder>()([]),
  },
  DataValidation: {
    methods: methodNames<GoogleAppsScript.Spreadsheet.DataValidation>()([
      'copy', 'getAllowInvalid', 'getCriteriaType', 'getCriteriaValues', 'getHelpText',
    ]),
    properties: propertyNames<GoogleAppsScript.Spreadsheet.DataValidation>()([]),
  },
  DeveloperMetadata: {
    methods: methodNames<GoogleAppsScript.Spreadsheet.DeveloperMetadata>()([
      'getId', 'getKey', 'getLocation', 'getValue', 'getVisibility', 'moveToColumn', 'moveToRow',
      'moveToSheet', 'moveToSpreadsheet', 'remove', 'setKey', 'setValue', 'setVisibility',
    ]),
    properties: propertyNames<GoogleAppsScript.Spreadsheet.DeveloperMetadata>()([]),
  },
  DeveloperMetadataFinder: {
    methods: methodNames<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>()([
      'find', 'onIntersectingLocations', 'withId', 'withKey', 'withLocationType', 'withValue',
      'withVisibility',
    ]),
    properties: propertyNames<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>()([]),
  },
  DeveloperMetadataLocation: {
    methods: methodNames<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>()([
      'getColumn', 'getLocationType', 'getRow', 'getSheet', 'getSpreadsheet',
    ]),
    properties: propertyNames<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>()([]),
  },
  Ui: {
    methods: methodNames<GoogleAppsScript.Base.Ui>()([
      'alert', 'createAddonMenu', 'createMenu', 'prompt', 'showDialog', 'showModalDialog',
      'showModelessDialog', 'showSidebar',
    ]),
    properties: propertyNames<GoogleAppsScript.Base.Ui>()([
      'Button', 'ButtonSet',
    ]),
  },
  Menu: {
    methods: methodNames<GoogleAppsScript.Base.Menu>()([
      'addItem', 'addSeparator', 'addSubMenu', 'addToUi',
    ]),
    properties: propertyNames<GoogleAppsScript.Base.Menu>()([]),
  },
  PromptResponse: {
    methods: methodNames<GoogleAppsScript.Base.PromptResponse>()([
      'getResponseText', 'getSelectedButton',
    ]),
    properties: propertyNames<GoogleAppsScript.Base.PromptResponse>()([]),
  },
  Session: {
    methods: methodNames<GoogleAppsScript.Base.Session>()([
      'getActiveUser', 'getActiveUserLocale', 'getEffectiveUser', 'getScriptTimeZone',
      'getTemporaryActiveUserKey', 'getTimeZone', 'getUser',
    ]),
    properties: propertyNames<GoogleAppsScript.Base.Session>()([]),
  },
  User: {
    methods: methodNames<GoogleAppsScript.Base.User>()([
      'getEmail', 'getUserLoginId',
    ]),
    properties: propertyNames<GoogleAppsScript.Base.User>()([]),
  },
  Logger: {
    methods: methodNames<GoogleAppsScript.Base.Logger>()([
      'clear', 'getLog', 'log',
    ]),
    properties: propertyNames<GoogleAppsScript.Base.Logger>()([]),
  },
  HtmlService: {
    methods: methodNames<GoogleAppsScript.HTML.HtmlService>()([
      'createHtmlOutput', 'createHtmlOutputFromFile', 'createTemplate', 'createTemplateFromFile',
      'getUserAgent',
    ]),
    properties: propertyNames<GoogleAppsScript.HTML.HtmlService>()([
      'SandboxMode', 'XFrameOptionsMode',
    ]),
  },
  HtmlOutput: {
    methods: methodNames<GoogleAppsScript.HTML.HtmlOutput>()([
      'addMetaTag', 'append', 'appendUntrusted', 'asTemplate', 'clear', 'getAs', 'getBlob',
      'getContent', 'getFaviconUrl', 'getHeight', 'getMetaTags', 'getTitle', 'getWidth', 'setContent',
      'setFaviconUrl', 'setHeight', 'setSandboxMode', 'setTitle', 'setWidth', 'setXFrameOptionsMode',
    ]),
    properties: propertyNames<GoogleAppsScript.HTML.HtmlOutput>()([]),
  },
  PropertiesService: {
    methods: methodNames<GoogleAppsScript.Properties.PropertiesService>()([
      'getDocumentProperties', 'getScriptProperties', 'getUserProperties',
    ]),
    properties: propertyNames<GoogleAppsScript.Properties.PropertiesService>()([]),
  },
  Properties: {
    methods: methodNames<GoogleAppsScript.Properties.Properties>()([
      'deleteAllProperties', 'deleteProperty', 'getKeys', 'getProperties', 'getProperty',
      'setProperties', 'setProperty',
    ]),
    properties: propertyNames<GoogleAppsScript.Properties.Properties>()([]),
  },
  LockService: {
    methods: methodNames<GoogleAppsScript.Lock.LockService>()([
      'getDocumentLock', 'getScriptLock', 'getUserLock',
    ]),
    properties: propertyNames<GoogleAppsScript.Lock.LockService>()([]),
  },
  Lock: {
    methods: methodNames<GoogleAppsScript.Lock.Lock>()([
      'hasLock', 'releaseLock', 'tryLock', 'waitLock',
    ]),
    properties: propertyNames<GoogleAppsScript.Lock.Lock>()([]),
  },
  Utilities: {
    methods: methodNames<GoogleAppsScript.Utilities.Utilities>()([
      'base64Decode', 'base64DecodeWebSafe', 'base64Encode', 'base64EncodeWebSafe', 'computeDigest',
      'computeHmacSha256Signature', 'computeHmacSignature', 'computeRsaSha1Signature',
      'computeRsaSha256Signature', 'computeRsaSignature', 'formatDate', 'formatString', 'getUuid',
      'gzip', 'jsonParse', 'jsonStringify', 'newBlob', 'parseCsv', 'parseDate', 'sleep', 'ungzip',
      'unzip', 'zip',
    ]),
    properties: propertyNames<GoogleAppsScript.Utilities.Utilities>()([
      'Charset', 'DigestAlgorithm', 'MacAlgorithm', 'RsaAlgorithm',
    ]),
  },
  ScriptApp: {
    methods: methodNames<GoogleAppsScript.Script.ScriptApp>()([
      'deleteTrigger', 'getAuthorizationInfo', 'getIdentityToken', 'getInstallationSource',
      'getOAuthToken', 'getProjectKey', 'getProjectTriggers', 'getScriptId', 'getScriptTriggers',
      'getService', 'getUserTriggers', 'invalidateAuth', 'newStateToken', 'newTrigger',
      'requireAllScopes', 'requireScopes',
    ]),
    properties: propertyNames<GoogleAppsScript.Script.ScriptApp>()([
      'AuthMode', 'AuthorizationStatus', 'EventType', 'InstallationSource', 'TriggerSource',
      'WeekDay',
    ]),
  },
  // Charts (developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder and
  // …/embedded-chart, …/charts/charts, …/charts/chart-options, …/spreadsheet/container-info).
  EmbeddedChartBuilder: {
    methods: methodNames<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>()([
      'addRange', 'asAreaChart', 'asBarChart', 'asColumnChart', 'asComboChart', 'asHistogramChart',
      'asLineChart', 'asPieChart', 'asScatterChart', 'asTableChart', 'build', 'clearRanges',
      'getChartType', 'getContainer', 'getRanges', 'removeRange', 'setChartType',
      'setHiddenDimensionStrategy', 'setMergeStrategy', 'setNumHeaders', 'setOption', 'setPosition',
      'setTransposeRowsAndColumns',
    ]),
    properties: propertyNames<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>()([]),
  },
  EmbeddedChart: {
    methods: methodNames<GoogleAppsScript.Spreadsheet.EmbeddedChart>()([
      'getAs', 'getBlob', 'getChartId', 'getContainerInfo', 'getHiddenDimensionStrategy',
      'getMergeStrategy', 'getNumHeaders', 'getOptions', 'getRanges', 'getTransposeRowsAndColumns', 'modify',
    ]),
    properties: propertyNames<GoogleAppsScript.Spreadsheet.EmbeddedChart>()([]),
  },
  ContainerInfo: {
    methods: methodNames<GoogleAppsScript.Spreadsheet.ContainerInfo>()(['getAnchorColumn', 'getAnchorRow', 'getOffsetX', 'getOffsetY']),
    properties: propertyNames<GoogleAppsScript.Spreadsheet.ContainerInfo>()([]),
  },
  ChartOptions: {
    methods: methodNames<GoogleAppsScript.Charts.ChartOptions>()(['get']),
    properties: propertyNames<GoogleAppsScript.Charts.ChartOptions>()([]),
  },
  Charts: {
    methods: methodNames<GoogleAppsScript.Charts.Charts>()([
      'newAreaChart', 'newBarChart', 'newColumnChart', 'newDataTable', 'newDataViewDefinition',
      'newLineChart', 'newPieChart', 'newScatterChart', 'newTableChart', 'newTextStyle',
    ]),
    properties: propertyNames<GoogleAppsScript.Charts.Charts>()([
      'ChartHiddenDimensionStrategy', 'ChartMergeStrategy', 'ChartType', 'ColumnType', 'CurveStyle', 'PointStyle', 'Position',
    ]),
  },
} as const;

/** An Apps Script class (interface) that the local runtime has a counterpart for. */
export type ApiClass = keyof typeof API;

/** The Apps Script service each class belongs to, for per-service call counts. */
export const SERVICE_OF: Readonly<Record<ApiClass, string>> = {
  SpreadsheetApp: 'Spreadsheet',
  Spreadsheet: 'Spreadsheet',
  Sheet: 'Spreadsheet',
  Range: 'Spreadsheet',
  RangeList: 'Spreadsheet',
  ConditionalFormatRuleBuilder: 'Spreadsheet',
  ConditionalFormatRule: 'Spreadsheet',
  BooleanCondition: 'Spreadsheet',
  GradientCondition: 'Spreadsheet',
  DataValidationBuilder: 'Spreadsheet',
  DataValidation: 'Spreadsheet',
  DeveloperMetadata: 'Spreadsheet',
  DeveloperMetadataFinder: 'Spreadsheet',
  DeveloperMetadataLocation: 'Spreadsheet',
  EmbeddedChartBuilder: 'Spreadsheet',
  EmbeddedChart: 'Spreadsheet',
  ContainerInfo: 'Spreadsheet',
  ChartOptions: 'Charts',
  Charts: 'Charts',
  Ui: 'Base',
  Menu: 'Base',
  PromptResponse: 'Base',
  Session: 'Base',
  User: 'Base',
  Logger: 'Base',
  HtmlService: 'HTML',
  HtmlOutput: 'HTML',
  PropertiesService: 'Properties',
  Properties: 'Properties',
  LockService: 'Lock',
  Lock: 'Lock',
  Utilities: 'Utilities',
  ScriptApp: 'Script',
};
