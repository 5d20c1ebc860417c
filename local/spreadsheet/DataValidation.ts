// Data-validation rules (developers.google.com/apps-script/reference/spreadsheet/data-validation-builder).
import type { Implements } from '../conformance';
import { DataValidationCriteria, member, memberName, type DataValidationCriteriaName } from '../enums';
import { ScriptException } from '../errors';
import { ServiceObject, unwrap } from '../membrane';
import { isDate } from '../realm';
import { LocalRange } from './Range';

/** A built rule, as stored on cells. Never mutated: builders copy it. */
export interface ValidationSpec {
  readonly criteria: DataValidationCriteriaName;
  /** Criteria values as Apps Script reports them (getCriteriaValues). */
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

function copyValue(v: unknown): unknown {
  if (isDate(v)) return new Date(v.getTime());
  if (Array.isArray(v)) return v.map(copyValue);
  return v;
}

function requireNumber(v: unknown, method: string): number {
  if (typeof v !== 'number' || Number.isNaN(v))
    throw new ScriptException(`The parameters (${typeof v}) don't match the method signature for SpreadsheetApp.DataValidationBuilder.${method}.`);
  return v;
}

function requireDateValue(v: unknown, method: string): Date {
  if (!isDate(v))
    throw new ScriptException(`The parameters (${typeof v}) don't match the method signature for SpreadsheetApp.DataValidationBuilder.${method}.`);
  return new Date(v.getTime());
}

function requireString(v: unknown, method: string): string {
  if (typeof v !== 'string')
    throw new ScriptException(`The parameters (${typeof v}) don't match the method signature for SpreadsheetApp.DataValidationBuilder.${method}.`);
  return v;
}

export class LocalDataValidation extends ServiceObject implements Partial<Implements<GoogleAppsScript.Spreadsheet.DataValidation>> {
  readonly apiClass = 'DataValidation' as const;

  constructor(readonly spec: ValidationSpec) {
    super();
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return member(DataValidationCriteria, this.spec.criteria);
  }
  getCriteriaValues(): unknown[] {
    return this.spec.values.map(copyValue);
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getHelpText(): string {
    return this.spec.helpText ?? '';
  }
  copy(): LocalDataValidationBuilder {
    return new LocalDataValidationBuilder(this.spec);
  }
}

export class LocalDataValidationBuilder extends ServiceObject implements Partial<Implements<GoogleAppsScript.Spreadsheet.DataValidationBuilder>> {
  readonly apiClass = 'DataValidationBuilder' as const;
  private criteria: DataValidationCriteriaName | null = null;
  private values: unknown[] = [];
  // "The default for a new data validation builder is true" (DataValidationBuilder.setAllowInvalid).
  private allowInvalid = true;
  private helpText: string | null = null;

  constructor(from?: ValidationSpec) {
    super();
    if (from) {
      this.criteria = from.criteria;
      this.values = from.values.map(copyValue);
      this.allowInvalid = from.allowInvalid;
      this.helpText = from.helpText;
    }
  }

  private set(criteria: DataValidationCriteriaName, values: unknown[]): this {
    this.criteria = criteria;
    this.values = values;
    return this;
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values: unknown[] = [];
    if (checkedValue !== undefined) values.push(checkedValue);
    if (uncheckedValue !== undefined) values.push(uncheckedValue);
    return this.set('CHECKBOX', values);
  }
  requireDate(): this {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date): this {
    return this.set('DATE_AFTER', [requireDateValue(date, 'requireDateAfter')]);
  }
  requireDateBefore(date: Date): this {
    return this.set('DATE_BEFORE', [requireDateValue(date, 'requireDateBefore')]);
  }
  requireDateBetween(start: Date, end: Date): this {
    return this.set('DATE_BETWEEN', [requireDateValue(start, 'requireDateBetween'), requireDateValue(end, 'requireDateBetween')]);
  }
  requireDateEqualTo(date: Date): this {
    return this.set('DATE_EQUAL_TO', [requireDateValue(date, 'requireDateEqualTo')]);
  }
  requireDateNotBetween(start: Date, end: Date): this {
    return this.set('DATE_NOT_BETWEEN', [requireDateValue(start, 'requireDateNotBetween'), requireDateValue(end, 'requireDateNotBetween')]);
  }
  requireDateOnOrAfter(date: Date): this {
    return this.set('DATE_ON_OR_AFTER', [requireDateValue(date, 'requireDateOnOrAfter')]);
  }
  requireDateOnOrBefore(date: Date): this {
    return this.set('DATE_ON_OR_BEFORE', [requireDateValue(date, 'requireDateOnOrBefore')]);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.set('CUSTOM_FORMULA', [requireString(formula, 'requireFormulaSatisfied')]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set('NUMBER_BETWEEN', [requireNumber(start, 'requireNumberBetween'), requireNumber(end, 'requireNumberBetween')]);
  }
  requireNumberNotBetween(start: number, end: number): this {
    return this.set('NUMBER_NOT_BETWEEN', [requireNumber(start, 'requireNumberNotBetween'), requireNumber(end, 'requireNumberNotBetween')]);
  }
  requireNumberEqualTo(number: number): this {
    return this.set('NUMBER_EQUAL_TO', [requireNumber(number, 'requireNumberEqualTo')]);
  }
  requireNumberNotEqualTo(number: number): this {
    return this.set('NUMBER_NOT_EQUAL_TO', [requireNumber(number, 'requireNumberNotEqualTo')]);
  }
  requireNumberGreaterThan(number: number): this {
    return this.set('NUMBER_GREATER_THAN', [requireNumber(number, 'requireNumberGreaterThan')]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [requireNumber(number, 'requireNumberGreaterThanOrEqualTo')]);
  }
  requireNumberLessThan(number: number): this {
    return this.set('NUMBER_LESS_THAN', [requireNumber(number, 'requireNumberLessThan')]);
  }
  requireNumberLessThanOrEqualTo(number: number): this {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [requireNumber(number, 'requireNumberLessThanOrEqualTo')]);
  }
  requireTextContains(text: string): this {
    return this.set('TEXT_CONTAINS', [requireString(text, 'requireTextContains')]);
  }
  requireTextDoesNotContain(text: string): this {
    return this.set('TEXT_DOES_NOT_CONTAIN', [requireString(text, 'requireTextDoesNotContain')]);
  }
  requireTextEqualTo(text: string): this {
    return this.set('TEXT_EQUAL_TO', [requireString(text, 'requireTextEqualTo')]);
  }
  requireTextIsEmail(): this {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): this {
    return this.set('TEXT_IS_VALID_URL', []);
  }
  /** getCriteriaValues then reports [values, showDropdown]. */
  requireValueInList(values: string[], showDropdown?: boolean): this {
    if (!Array.isArray(values))
      throw new ScriptException("The parameters don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.");
    return this.set('VALUE_IN_LIST', [values.map(String), showDropdown ?? true]);
  }
  requireValueInRange(range: LocalRange, showDropdown?: boolean): this {
    const target = unwrap(range);
    if (!(target instanceof LocalRange))
      throw new ScriptException("The parameters don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInRange.");
    return this.set('VALUE_IN_RANGE', [target, showDropdown ?? true]);
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]): this {
    return this.set(memberName(DataValidationCriteria, criteria, 'criteria'), Array.isArray(args) ? args.map(copyValue) : []);
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.allowInvalid = Boolean(allowInvalidData);
    return this;
  }
  setHelpText(helpText: string): this {
    this.helpText = helpText === null || helpText === undefined ? null : String(helpText);
    return this;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    if (this.criteria === null) throw new ScriptException('The data validation rule has no criteria yet.');
    return member(DataValidationCriteria, this.criteria);
  }
  getCriteriaValues(): unknown[] {
    return this.values.map(copyValue);
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string | null {
    return this.helpText;
  }
  copy(): LocalDataValidationBuilder {
    return new LocalDataValidationBuilder(this.spec());
  }
  build(): LocalDataValidation {
    return new LocalDataValidation(this.spec());
  }

  private spec(): ValidationSpec {
    if (this.criteria === null) throw new ScriptException('A data validation rule needs criteria: call one of the require…() methods first.');
    return { criteria: this.criteria, values: this.values.map(copyValue), allowInvalid: this.allowInvalid, helpText: this.helpText };
  }
}
