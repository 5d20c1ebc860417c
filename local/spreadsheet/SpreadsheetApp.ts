// SpreadsheetApp (developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app): the
// entry point of the Spreadsheet service for a script bound to (or an add-on running in) one
// spreadsheet, the "active" one.
import type { Implements } from '../conformance';
import {
  BooleanCriteria,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  Dimension,
  InterpolationType,
  ProtectionType,
  RelativeDate,
  SheetType,
  TextDirection,
  WrapStrategy,
} from '../enums';
import { ServiceObject } from '../membrane';
import type { LocalUi } from '../services/ui';
import { LocalConditionalFormatRuleBuilder } from './ConditionalFormat';
import { LocalDataValidationBuilder } from './DataValidation';
import type { LocalRange } from './Range';
import type { LocalSheet } from './Sheet';
import type { LocalSpreadsheet } from './Spreadsheet';

export class LocalSpreadsheetApp extends ServiceObject implements Partial<Implements<GoogleAppsScript.Spreadsheet.SpreadsheetApp>> {
  readonly apiClass = 'SpreadsheetApp' as const;
  readonly BooleanCriteria = BooleanCriteria;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly Dimension = Dimension;
  readonly InterpolationType = InterpolationType;
  readonly ProtectionType = ProtectionType;
  readonly RelativeDate = RelativeDate;
  readonly SheetType = SheetType;
  readonly TextDirection = TextDirection;
  readonly WrapStrategy = WrapStrategy;

  constructor(
    private readonly spreadsheet: LocalSpreadsheet,
    private readonly ui: LocalUi,
  ) {
    super();
  }

  getActiveSpreadsheet(): LocalSpreadsheet {
    return this.spreadsheet;
  }
  getActive(): LocalSpreadsheet {
    return this.spreadsheet;
  }
  getActiveSheet(): LocalSheet {
    return this.spreadsheet.getActiveSheet();
  }
  getActiveRange(): LocalRange {
    return this.spreadsheet.getActiveRange();
  }
  getCurrentCell(): LocalRange {
    return this.spreadsheet.getActiveCell();
  }
  setActiveSheet(sheet: LocalSheet, restoreSelection?: boolean): LocalSheet {
    return this.spreadsheet.setActiveSheet(sheet, restoreSelection);
  }
  setActiveRange(range: LocalRange): LocalRange {
    return this.spreadsheet.setActiveRange(range);
  }
  getUi(): LocalUi {
    return this.ui;
  }
  /**
   * "Applies all pending Spreadsheet changes." Every write of the local runtime is applied at once,
   * so nothing is pending; formulas are recomputed on the next read.
   */
  flush(): void {
    this.spreadsheet.ensureCalculated();
  }
  newConditionalFormatRule(): LocalConditionalFormatRuleBuilder {
    return new LocalConditionalFormatRuleBuilder();
  }
  newDataValidation(): LocalDataValidationBuilder {
    return new LocalDataValidationBuilder();
  }
}
