// The in-memory Spreadsheet service of the local runtime.
export { SerialDate, type Cell, type CellFormat, type Stored } from './cells';
export {
  LocalBooleanCondition,
  LocalConditionalFormatRule,
  LocalConditionalFormatRuleBuilder,
  LocalGradientCondition,
  type RuleSpec,
} from './ConditionalFormat';
export { LocalDataValidation, LocalDataValidationBuilder, type ValidationSpec } from './DataValidation';
export { LocalDeveloperMetadata, LocalDeveloperMetadataFinder, LocalDeveloperMetadataLocation, type MetadataEntry } from './DeveloperMetadata';
export { LocalRange } from './Range';
export { LocalRangeList } from './RangeList';
export { DEFAULT_COLUMN_WIDTH, DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS, DEFAULT_ROW_HEIGHT, LocalSheet } from './Sheet';
export { LocalSpreadsheet, type SpreadsheetOptions, type Toast } from './Spreadsheet';
export { LocalSpreadsheetApp } from './SpreadsheetApp';
export { toApiValue, type ApiValue } from './values';
