// What a cell shows under the sheet's conditional-format rules, so that tests can ask "what
// background does this cell show?" (Sheet.getConditionalFormatRules; Range.getBackground gives the
// cell's own background only, as in Apps Script).
//
// Rules are tried in their order and the first whose condition holds for the cell gives its format
// ("Rules are applied in the order they're listed", support.google.com/docs/answer/78413). A custom
// formula (whenFormulaSatisfied) is written for the top-left cell of the rule's range; for another cell
// its relative references move with the cell, and the rule holds when the formula gives TRUE or a
// non-zero number ("the formula evaluates to true", ConditionalFormatRuleBuilder.whenFormulaSatisfied).
//
// The formula is read in the spreadsheet locale's syntax: in a locale with a decimal comma (hu_HU)
// arguments are separated by ";" and 0.7 is written 0,7. Google does not document this for
// whenFormulaSatisfied; Sheets' own conditional-format dialog reads the locale's syntax
// (support.google.com/docs/answer/58515, and the survey of locales in the shared reference,
// apps-script-platform.md §5). A formula that does not parse in the locale colours nothing here, and
// `conditionalFormatProblems` names it: the add-on's rule formulas avoid the question by using no
// argument separators and no decimal points. Help → Diagnostics checks it in a real spreadsheet.
import { evaluateAt, FormulaError, isWellFormed, offsetFormula, parseFormula, DECIMAL_COMMA_SYNTAX, EN_SYNTAX, type FormulaSyntax } from './formulas';
import { NotImplementedError } from './errors';
import { argumentSeparatorOf, isSheetsLocale } from './locales';
import { localeShape } from './typed';
import type { BooleanSpec, RuleSpec } from './spreadsheet/ConditionalFormat';
import type { LocalSheet } from './spreadsheet/Sheet';
import type { LocalSpreadsheet } from './spreadsheet/Spreadsheet';

/** The formula syntax of a spreadsheet locale. */
export function formulaSyntaxOf(locale: string): FormulaSyntax {
  if (isSheetsLocale(locale)) return argumentSeparatorOf(locale) === ';' ? DECIMAL_COMMA_SYNTAX : EN_SYNTAX;
  return localeShape(locale).decimal === ',' ? DECIMAL_COMMA_SYNTAX : EN_SYNTAX;
}

/** The format a rule gives the cell, or null when no rule applies. */
export interface ShownFormat {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

function inRule(rule: RuleSpec, row: number, col: number) {
  return rule.ranges.find((r) => row >= r.row && row < r.row + r.numRows && col >= r.column && col < r.column + r.numColumns) ?? null;
}

function holds(ss: LocalSpreadsheet, sheet: LocalSheet, spec: Readonly<BooleanSpec>, top: number, left: number, row: number, col: number): boolean {
  if (spec.criteria === 'CUSTOM_FORMULA') {
    const formula = offsetFormula(String(spec.values[0] ?? ''), row - top, col - left);
    const node = parseFormula(formula, formulaSyntaxOf(ss.getSpreadsheetLocale()));
    if (!isWellFormed(node)) return false;
    const v = evaluateAt(ss, sheet, node);
    if (v instanceof FormulaError) return false;
    return v === true || (typeof v === 'number' && v !== 0);
  }
  const value = sheet.getRange(row, col).getValue();
  const n = typeof value === 'number' ? value : null;
  const [a, b] = spec.values as number[];
  switch (spec.criteria) {
    case 'CELL_EMPTY':
      return value === '';
    case 'CELL_NOT_EMPTY':
      return value !== '';
    case 'NUMBER_BETWEEN':
      return n !== null && n >= Math.min(a!, b!) && n <= Math.max(a!, b!);
    case 'NUMBER_NOT_BETWEEN':
      return n !== null && (n < Math.min(a!, b!) || n > Math.max(a!, b!));
    case 'NUMBER_EQUAL_TO':
      return n !== null && n === a;
    case 'NUMBER_NOT_EQUAL_TO':
      return n !== null && n !== a;
    case 'NUMBER_GREATER_THAN':
      return n !== null && n > a!;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n !== null && n >= a!;
    case 'NUMBER_LESS_THAN':
      return n !== null && n < a!;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n !== null && n <= a!;
    default:
      throw new NotImplementedError('ConditionalFormatRule', `evaluation of ${spec.criteria}`);
  }
}

/**
 * The format the first applying rule gives the cell at (row, col), or null: what the user sees on
 * top of the cell's own format. Gradient rules are not evaluated (they throw "not implemented").
 */
export function shownFormat(sheet: LocalSheet, row: number, col: number): ShownFormat | null {
  const ss = sheet.spreadsheet;
  ss.ensureCalculated();
  for (const rule of sheet.conditionalFormats) {
    const range = inRule(rule, row, col);
    if (!range) continue;
    if (rule.gradient) throw new NotImplementedError('ConditionalFormatRule', 'evaluation of gradient rules');
    if (!rule.boolean) continue;
    if (holds(ss, sheet, rule.boolean, range.row, range.column, row, col)) {
      return { background: rule.boolean.background, fontColor: rule.boolean.fontColor, bold: rule.boolean.bold };
    }
  }
  return null;
}

/** The background the cell shows: a rule's, else its own (null when it has none). */
export function shownBackground(sheet: LocalSheet, a1: string): string | null {
  const range = sheet.getRange(a1);
  const byRule = shownFormat(sheet, range.row, range.column)?.background ?? null;
  if (byRule) return byRule;
  const own = range.getBackground();
  return own.toLowerCase() === '#ffffff' ? null : own;
}

/** Rule formulas of the workbook that do not parse in its locale's syntax, as "Sheet!A1: formula". */
export function conditionalFormatProblems(ss: LocalSpreadsheet): string[] {
  const syntax = formulaSyntaxOf(ss.getSpreadsheetLocale());
  const out: string[] = [];
  for (const sheet of ss.sheets) {
    for (const rule of sheet.conditionalFormats) {
      if (rule.boolean?.criteria !== 'CUSTOM_FORMULA') continue;
      const formula = String(rule.boolean.values[0] ?? '');
      if (!isWellFormed(parseFormula(formula, syntax))) out.push(`${sheet.name}!${rule.ranges[0]?.getA1Notation() ?? ''}: ${formula}`);
    }
  }
  return out;
}
