// Conditional formatting between Apps Script rules and xlsx: number comparisons become cellIs rules,
// custom formulas expression rules, text and empty-cell rules containsText rules, gradients colour
// scales. Text-prefix, text-suffix and date rules become equivalent expression rules, which read
// back as custom formulas, so their Apps Script form is also kept in the state sheet.
import type ExcelJS from 'exceljs';
import { columnLetters } from '../a1';
import { argbToColor, colorToArgb } from '../colors';
import { dateToSerial } from '../dates';
import type { BooleanCriteriaName, InterpolationTypeName } from '../enums';
import { EnumValue } from '../membrane';
import { isDate } from '../realm';
import type { BooleanSpec, GradientPoint, GradientSpec, RuleSpec } from '../spreadsheet/ConditionalFormat';
import type { LocalRange } from '../spreadsheet/Range';
import { invert, quoteText } from './validation';

export const CELL_IS: Partial<Record<BooleanCriteriaName, string>> = {
  NUMBER_BETWEEN: 'between',
  NUMBER_NOT_BETWEEN: 'notBetween',
  NUMBER_EQUAL_TO: 'equal',
  NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
};

export const CELL_IS_CRITERIA = invert(CELL_IS);

export const CELL_IS_SYMBOL: Record<string, string> = {
  equal: '=',
  notEqual: '<>',
  greaterThan: '>',
  greaterThanOrEqual: '>=',
  lessThan: '<',
  lessThanOrEqual: '<=',
};

export const INTERPOLATION_TO_CFVO: Record<InterpolationTypeName, ExcelJS.CfvoTypes> = {
  NUMBER: 'num',
  PERCENT: 'percent',
  PERCENTILE: 'percentile',
  MIN: 'min',
  MAX: 'max',
};

export const CFVO_TO_INTERPOLATION = new Map<string, InterpolationTypeName>(
  Object.entries(INTERPOLATION_TO_CFVO).map(([k, v]) => [v, k as InterpolationTypeName]),
);

export function cfStyle(b: Readonly<BooleanSpec>): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  // In a differential format the solid fill's colour is bgColor.
  if (b.background) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: colorToArgb(b.background) } };
  const font: Partial<ExcelJS.Font> = {};
  if (b.fontColor) font.color = { argb: colorToArgb(b.fontColor) };
  if (b.bold !== null) font.bold = b.bold;
  if (b.italic !== null) font.italic = b.italic;
  if (b.strikethrough !== null) font.strike = b.strikethrough;
  if (b.underline !== null) font.underline = b.underline;
  if (Object.keys(font).length > 0) style.font = font;
  return style;
}

export function relativeDateFormula(cell: string, criteria: BooleanCriteriaName, date: EnumValue): string {
  const day: Record<string, string> = {
    TODAY: 'TODAY()',
    TOMORROW: 'TODAY()+1',
    YESTERDAY: 'TODAY()-1',
    PAST_WEEK: 'TODAY()-7',
    PAST_MONTH: 'EDATE(TODAY(),-1)',
    PAST_YEAR: 'EDATE(TODAY(),-12)',
  };
  const ref = day[date.name] ?? 'TODAY()';
  const op = criteria === 'DATE_AFTER_RELATIVE' ? '>' : criteria === 'DATE_BEFORE_RELATIVE' ? '<' : '=';
  return `INT(${cell})${op}${ref}`;
}

export function toXlsxRule(rule: RuleSpec, priority: number, timeZone: string): ExcelJS.ConditionalFormattingRule | null {
  const topLeft = rule.ranges[0] ? `${columnLetters(rule.ranges[0].column)}${rule.ranges[0].row}` : 'A1';
  if (rule.gradient) {
    const points = [rule.gradient.min, rule.gradient.mid, rule.gradient.max].filter((p): p is GradientPoint => p !== null);
    return {
      type: 'colorScale',
      priority,
      cfvo: points.map((p) =>
        p.type === 'MIN' || p.type === 'MAX' ? { type: INTERPOLATION_TO_CFVO[p.type] } : { type: INTERPOLATION_TO_CFVO[p.type], value: Number(p.value) },
      ),
      color: points.map((p) => ({ argb: colorToArgb(p.color) })),
    };
  }
  const b = rule.boolean;
  if (!b) return null;
  const style = cfStyle(b);
  const v = b.values;
  const text = () => quoteText(String(v[0] ?? ''));
  const expression = (formula: string): ExcelJS.ConditionalFormattingRule => ({ type: 'expression', priority, formulae: [formula], style });
  const cellIs = CELL_IS[b.criteria];
  if (cellIs) return { type: 'cellIs', priority, operator: cellIs as ExcelJS.CellIsOperators, formulae: v.map(String), style };
  const dateSerial = (d: unknown) => (isDate(d) ? Math.floor(dateToSerial(d, timeZone)) : 0);
  switch (b.criteria) {
    case 'CUSTOM_FORMULA':
      return expression(String(v[0] ?? '').replace(/^=/, ''));
    case 'TEXT_EQUAL_TO':
      return { type: 'cellIs', priority, operator: 'equal', formulae: [text()], style };
    case 'TEXT_CONTAINS':
      return { type: 'containsText', priority, operator: 'containsText', text: String(v[0] ?? ''), style };
    case 'TEXT_DOES_NOT_CONTAIN':
      return expression(`ISERROR(SEARCH(${text()},${topLeft}))`);
    case 'TEXT_STARTS_WITH':
      return expression(`LEFT(${topLeft},LEN(${text()}))=${text()}`);
    case 'TEXT_ENDS_WITH':
      return expression(`RIGHT(${topLeft},LEN(${text()}))=${text()}`);
    case 'CELL_EMPTY':
      return { type: 'containsText', priority, operator: 'containsBlanks', style };
    case 'CELL_NOT_EMPTY':
      return { type: 'containsText', priority, operator: 'notContainsBlanks', style };
    case 'DATE_AFTER':
      return expression(`INT(${topLeft})>${dateSerial(v[0])}`);
    case 'DATE_BEFORE':
      return expression(`INT(${topLeft})<${dateSerial(v[0])}`);
    case 'DATE_EQUAL_TO':
      return expression(`INT(${topLeft})=${dateSerial(v[0])}`);
    case 'DATE_AFTER_RELATIVE':
    case 'DATE_BEFORE_RELATIVE':
    case 'DATE_EQUAL_TO_RELATIVE':
      return v[0] instanceof EnumValue ? expression(relativeDateFormula(topLeft, b.criteria, v[0])) : null;
    default:
      return null;
  }
}

/** True when the xlsx rule is exactly what the Apps Script rule becomes (no state needed). */
export function ruleFingerprint(ref: string, rule: ExcelJS.ConditionalFormattingRule): string {
  const r = rule as unknown as Record<string, unknown>;
  return JSON.stringify([ref, r.type, r.operator ?? null, (r.formulae as unknown[] | undefined)?.map(String) ?? null]);
}

export function fromXlsxRule(rule: ExcelJS.ConditionalFormattingRule, ranges: LocalRange[]): RuleSpec | null {
  const topLeft = ranges[0] ? `${columnLetters(ranges[0].column)}${ranges[0].row}` : 'A1';
  if (rule.type === 'colorScale') {
    const cfvo = rule.cfvo ?? [];
    const colors = rule.color ?? [];
    const point = (i: number): GradientPoint | null => {
      const c = cfvo[i];
      const color = argbToColor(colors[i]?.argb);
      if (!c || !color) return null;
      return { color, type: CFVO_TO_INTERPOLATION.get(c.type) ?? 'NUMBER', value: c.value === undefined ? '' : String(c.value) };
    };
    const gradient: GradientSpec = cfvo.length === 3 ? { min: point(0), mid: point(1), max: point(2) } : { min: point(0), mid: null, max: point(1) };
    return gradient.min && gradient.max ? { ranges, boolean: null, gradient } : null;
  }
  const style = 'style' in rule ? rule.style : undefined;
  const fill = style?.fill;
  const background = fill && fill.type === 'pattern' ? argbToColor(fill.bgColor?.argb ?? fill.fgColor?.argb) : null;
  const font = style?.font ?? undefined;
  const format = {
    background,
    fontColor: argbToColor(font?.color?.argb),
    bold: font?.bold ?? null,
    italic: font?.italic ?? null,
    strikethrough: font?.strike ?? null,
    underline: font?.underline === undefined ? null : Boolean(font.underline),
  };
  const make = (criteria: BooleanCriteriaName, values: unknown[]): RuleSpec => ({ ranges, boolean: { ...format, criteria, values }, gradient: null });
  const formulae = ('formulae' in rule ? rule.formulae : undefined)?.map(String) ?? [];
  switch (rule.type) {
    case 'cellIs': {
      // exceljs types list four operators; files carry all eight of OOXML's.
      const op: string = rule.operator ?? 'equal';
      const numbers = formulae.map(Number);
      const criteria = CELL_IS_CRITERIA.get(op);
      if (criteria && formulae.length > 0 && numbers.every((n) => Number.isFinite(n))) return make(criteria, numbers);
      if (op === 'equal' && /^"(?:[^"]|"")*"$/.test(formulae[0] ?? '')) return make('TEXT_EQUAL_TO', [formulae[0]!.slice(1, -1).replace(/""/g, '"')]);
      if (op === 'between' || op === 'notBetween') {
        const [lo = '', hi = ''] = formulae;
        return make('CUSTOM_FORMULA', [op === 'between' ? `=AND(${topLeft}>=${lo},${topLeft}<=${hi})` : `=OR(${topLeft}<${lo},${topLeft}>${hi})`]);
      }
      const symbol = CELL_IS_SYMBOL[op];
      return symbol ? make('CUSTOM_FORMULA', [`=${topLeft}${symbol}${formulae[0] ?? ''}`]) : null;
    }
    case 'expression':
      return formulae[0] === undefined ? null : make('CUSTOM_FORMULA', [`=${formulae[0]}`]);
    case 'containsText': {
      if (rule.operator === 'containsBlanks') return make('CELL_EMPTY', []);
      if (rule.operator === 'notContainsBlanks') return make('CELL_NOT_EMPTY', []);
      if (rule.operator === 'containsText') {
        const text = rule.text ?? /SEARCH\("((?:[^"]|"")*)"/.exec(formulae[0] ?? '')?.[1]?.replace(/""/g, '"');
        return text === undefined ? null : make('TEXT_CONTAINS', [text]);
      }
      return null;
    }
    default:
      // Top-10, data-bar, icon-set, above-average and time-period rules have no Apps Script form.
      return null;
  }
}

/** Rules that xlsx keeps exactly: number comparisons, custom formulas, text equal/contains, empty checks, gradients. */
export function isExactRule(rule: RuleSpec): boolean {
  if (rule.gradient) return true;
  const c = rule.boolean?.criteria;
  return (
    c !== undefined &&
    (c in CELL_IS || c === 'CUSTOM_FORMULA' || c === 'TEXT_EQUAL_TO' || c === 'TEXT_CONTAINS' || c === 'CELL_EMPTY' || c === 'CELL_NOT_EMPTY')
  );
}
