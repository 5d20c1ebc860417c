// Conditional-format rules (developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder):
// a boolean condition (criteria + values) with a format, or a colour gradient, over some ranges.
import { normalizeColor } from '../colors';
import type { Implements } from '../conformance';
import { BooleanCriteria, InterpolationType, member, memberName, RelativeDate, type BooleanCriteriaName, type InterpolationTypeName } from '../enums';
import { ScriptException } from '../errors';
import { EnumValue, ServiceObject } from '../membrane';
import { isDate } from '../realm';
import { LocalRange } from './Range';

export interface BooleanSpec {
  criteria: BooleanCriteriaName;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

export interface GradientPoint {
  color: string;
  type: InterpolationTypeName;
  /** The point's value ("" for MIN and MAX). */
  value: string;
}

export interface GradientSpec {
  min: GradientPoint | null;
  mid: GradientPoint | null;
  max: GradientPoint | null;
}

/** A built rule. Never mutated: builders and sheets copy it. */
export interface RuleSpec {
  readonly ranges: readonly LocalRange[];
  readonly boolean: Readonly<BooleanSpec> | null;
  readonly gradient: Readonly<GradientSpec> | null;
}

function copyValue(v: unknown): unknown {
  return isDate(v) ? new Date(v.getTime()) : v;
}

function emptyBoolean(criteria: BooleanCriteriaName, values: unknown[]): BooleanSpec {
  return { criteria, values, background: null, fontColor: null, bold: null, italic: null, strikethrough: null, underline: null };
}

export class LocalBooleanCondition extends ServiceObject implements Partial<Implements<GoogleAppsScript.Spreadsheet.BooleanCondition>> {
  readonly apiClass = 'BooleanCondition' as const;
  constructor(private readonly spec: Readonly<BooleanSpec>) {
    super();
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return member(BooleanCriteria, this.spec.criteria);
  }
  getCriteriaValues(): unknown[] {
    return this.spec.values.map(copyValue);
  }
  getBackground(): string | null {
    return this.spec.background;
  }
  getFontColor(): string | null {
    return this.spec.fontColor;
  }
  getBold(): boolean | null {
    return this.spec.bold;
  }
  getItalic(): boolean | null {
    return this.spec.italic;
  }
  getStrikethrough(): boolean | null {
    return this.spec.strikethrough;
  }
  getUnderline(): boolean | null {
    return this.spec.underline;
  }
}

export class LocalGradientCondition extends ServiceObject implements Partial<Implements<GoogleAppsScript.Spreadsheet.GradientCondition>> {
  readonly apiClass = 'GradientCondition' as const;
  constructor(private readonly spec: Readonly<GradientSpec>) {
    super();
  }
  private type(p: GradientPoint | null): GoogleAppsScript.Spreadsheet.InterpolationType | null {
    return p ? member(InterpolationType, p.type) : null;
  }
  getMinColor(): string {
    return this.spec.min?.color ?? '';
  }
  getMinType(): GoogleAppsScript.Spreadsheet.InterpolationType | null {
    return this.type(this.spec.min);
  }
  getMinValue(): string {
    return this.spec.min?.value ?? '';
  }
  getMidColor(): string {
    return this.spec.mid?.color ?? '';
  }
  getMidType(): GoogleAppsScript.Spreadsheet.InterpolationType | null {
    return this.type(this.spec.mid);
  }
  getMidValue(): string {
    return this.spec.mid?.value ?? '';
  }
  getMaxColor(): string {
    return this.spec.max?.color ?? '';
  }
  getMaxType(): GoogleAppsScript.Spreadsheet.InterpolationType | null {
    return this.type(this.spec.max);
  }
  getMaxValue(): string {
    return this.spec.max?.value ?? '';
  }
}

export class LocalConditionalFormatRule extends ServiceObject implements Partial<Implements<GoogleAppsScript.Spreadsheet.ConditionalFormatRule>> {
  readonly apiClass = 'ConditionalFormatRule' as const;
  constructor(readonly spec: RuleSpec) {
    super();
  }
  getRanges(): LocalRange[] {
    return [...this.spec.ranges];
  }
  getBooleanCondition(): LocalBooleanCondition | null {
    return this.spec.boolean ? new LocalBooleanCondition(this.spec.boolean) : null;
  }
  getGradientCondition(): LocalGradientCondition | null {
    return this.spec.gradient ? new LocalGradientCondition(this.spec.gradient) : null;
  }
  copy(): LocalConditionalFormatRuleBuilder {
    return new LocalConditionalFormatRuleBuilder(this.spec);
  }
}

export class LocalConditionalFormatRuleBuilder extends ServiceObject implements Partial<Implements<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>> {
  readonly apiClass = 'ConditionalFormatRuleBuilder' as const;
  private ranges: LocalRange[] = [];
  private boolean: BooleanSpec | null = null;
  private gradient: GradientSpec | null = null;
  // Format set before a condition is chosen; kept when the condition arrives.
  private format: Omit<BooleanSpec, 'criteria' | 'values'> = emptyBoolean('CELL_EMPTY', []);

  constructor(from?: RuleSpec) {
    super();
    if (from) {
      this.ranges = [...from.ranges];
      if (from.boolean) {
        this.boolean = { ...from.boolean, values: from.boolean.values.map(copyValue) };
        this.format = { ...this.boolean };
      }
      if (from.gradient) this.gradient = { ...from.gradient };
    }
  }

  private when(criteria: BooleanCriteriaName, values: unknown[]): this {
    this.gradient = null;
    this.boolean = { ...this.format, criteria, values };
    return this;
  }

  private style<K extends keyof Omit<BooleanSpec, 'criteria' | 'values'>>(key: K, value: BooleanSpec[K]): this {
    this.format[key] = value;
    if (this.boolean) this.boolean[key] = value;
    return this;
  }

  private gradientPoint(which: keyof GradientSpec, point: GradientPoint): this {
    this.boolean = null;
    this.gradient = { ...(this.gradient ?? { min: null, mid: null, max: null }), [which]: point };
    return this;
  }

  whenCellEmpty(): this {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenDateAfter(date: Date | GoogleAppsScript.Spreadsheet.RelativeDate): this {
    return this.dateCondition('DATE_AFTER', 'DATE_AFTER_RELATIVE', date);
  }
  whenDateBefore(date: Date | GoogleAppsScript.Spreadsheet.RelativeDate): this {
    return this.dateCondition('DATE_BEFORE', 'DATE_BEFORE_RELATIVE', date);
  }
  whenDateEqualTo(date: Date | GoogleAppsScript.Spreadsheet.RelativeDate): this {
    return this.dateCondition('DATE_EQUAL_TO', 'DATE_EQUAL_TO_RELATIVE', date);
  }
  private dateCondition(absolute: BooleanCriteriaName, relative: BooleanCriteriaName, date: unknown): this {
    if (isDate(date)) return this.when(absolute, [new Date(date.getTime())]);
    if (date instanceof EnumValue) {
      memberName(RelativeDate, date, 'date');
      return this.when(relative, [date]);
    }
    throw new ScriptException(
      `The parameters (${typeof date}) don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.when${absolute === 'DATE_AFTER' ? 'DateAfter' : absolute === 'DATE_BEFORE' ? 'DateBefore' : 'DateEqualTo'}.`,
    );
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('CUSTOM_FORMULA', [String(formula)]);
  }
  whenNumberBetween(start: number, end: number): this {
    return this.when('NUMBER_BETWEEN', [num(start), num(end)]);
  }
  whenNumberNotBetween(start: number, end: number): this {
    return this.when('NUMBER_NOT_BETWEEN', [num(start), num(end)]);
  }
  whenNumberEqualTo(number: number): this {
    return this.when('NUMBER_EQUAL_TO', [num(number)]);
  }
  whenNumberNotEqualTo(number: number): this {
    return this.when('NUMBER_NOT_EQUAL_TO', [num(number)]);
  }
  whenNumberGreaterThan(number: number): this {
    return this.when('NUMBER_GREATER_THAN', [num(number)]);
  }
  whenNumberGreaterThanOrEqualTo(number: number): this {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [num(number)]);
  }
  whenNumberLessThan(number: number): this {
    return this.when('NUMBER_LESS_THAN', [num(number)]);
  }
  whenNumberLessThanOrEqualTo(number: number): this {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [num(number)]);
  }
  whenTextContains(text: string): this {
    return this.when('TEXT_CONTAINS', [String(text)]);
  }
  whenTextDoesNotContain(text: string): this {
    return this.when('TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }
  whenTextEqualTo(text: string): this {
    return this.when('TEXT_EQUAL_TO', [String(text)]);
  }
  whenTextStartsWith(text: string): this {
    return this.when('TEXT_STARTS_WITH', [String(text)]);
  }
  whenTextEndsWith(text: string): this {
    return this.when('TEXT_ENDS_WITH', [String(text)]);
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria, args: unknown[]): this {
    return this.when(memberName(BooleanCriteria, criteria, 'criteria'), Array.isArray(args) ? args.map(copyValue) : []);
  }

  setBackground(color: string | null): this {
    return this.style('background', color === null ? null : normalizeColor(color));
  }
  setFontColor(color: string | null): this {
    return this.style('fontColor', color === null ? null : normalizeColor(color));
  }
  setBold(bold: boolean | null): this {
    return this.style('bold', bold);
  }
  setItalic(italic: boolean | null): this {
    return this.style('italic', italic);
  }
  setStrikethrough(strikethrough: boolean | null): this {
    return this.style('strikethrough', strikethrough);
  }
  setUnderline(underline: boolean | null): this {
    return this.style('underline', underline);
  }

  setGradientMinpoint(color: string): this {
    return this.gradientPoint('min', { color: normalizeColor(color), type: 'MIN', value: '' });
  }
  setGradientMaxpoint(color: string): this {
    return this.gradientPoint('max', { color: normalizeColor(color), type: 'MAX', value: '' });
  }
  setGradientMinpointWithValue(color: string, type: GoogleAppsScript.Spreadsheet.InterpolationType, value: string): this {
    return this.gradientPoint('min', { color: normalizeColor(color), type: memberName(InterpolationType, type, 'type'), value: String(value) });
  }
  setGradientMidpointWithValue(color: string, type: GoogleAppsScript.Spreadsheet.InterpolationType, value: string): this {
    return this.gradientPoint('mid', { color: normalizeColor(color), type: memberName(InterpolationType, type, 'type'), value: String(value) });
  }
  setGradientMaxpointWithValue(color: string, type: GoogleAppsScript.Spreadsheet.InterpolationType, value: string): this {
    return this.gradientPoint('max', { color: normalizeColor(color), type: memberName(InterpolationType, type, 'type'), value: String(value) });
  }

  setRanges(ranges: LocalRange[]): this {
    if (!Array.isArray(ranges) || !ranges.every((r) => r instanceof LocalRange)) {
      throw new ScriptException("The parameters don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges.");
    }
    this.ranges = [...ranges];
    return this;
  }
  getRanges(): LocalRange[] {
    return [...this.ranges];
  }
  getBooleanCondition(): LocalBooleanCondition | null {
    return this.boolean ? new LocalBooleanCondition({ ...this.boolean }) : null;
  }
  getGradientCondition(): LocalGradientCondition | null {
    return this.gradient ? new LocalGradientCondition({ ...this.gradient }) : null;
  }
  copy(): LocalConditionalFormatRuleBuilder {
    return new LocalConditionalFormatRuleBuilder(this.snapshot());
  }
  build(): LocalConditionalFormatRule {
    if (!this.boolean && !this.gradient)
      throw new ScriptException('A conditional format rule needs a condition: call one of the when…() or setGradient…() methods first.');
    if (this.gradient && (!this.gradient.min || !this.gradient.max))
      throw new ScriptException('A gradient conditional format rule needs a min point and a max point.');
    return new LocalConditionalFormatRule(this.snapshot());
  }

  private snapshot(): RuleSpec {
    return {
      ranges: [...this.ranges],
      boolean: this.boolean ? { ...this.boolean, values: this.boolean.values.map(copyValue) } : null,
      gradient: this.gradient ? { ...this.gradient } : null,
    };
  }
}

function num(v: unknown): number {
  if (typeof v !== 'number' || Number.isNaN(v))
    throw new ScriptException(`The parameters (${typeof v}) don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.`);
  return v;
}
