// The Score column of an OKR sheet: one live OKR_SCORE array formula and the one colour rule's colours. This is the
// only column of the user's sheet the add-on writes (besides the As of cell).
import { columnLetter } from '../core/report';
import { COLOUR_BACKGROUNDS } from '../core/report';
import type { Analysis, ColumnMapping, Settings } from '../core/model';
import { scoreColourRules } from '../core/colourRules';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * `=OKR_SCORE(I7:I, J7:J, K7:K, H7:H, TRUE, L7:L)`: open-ended ranges, so rows added later are
 * scored too; the Unit column (when there is one) tells the function that 18 means 18 %; the
 * function returns "" for empty rows (a custom function must get every input as an argument to be
 * recalculated: developers.google.com/apps-script/guides/sheets/functions).
 */
export function scoreFormula(mapping: ColumnMapping, firstDataRow: number): string | null {
  const { start, target, current, type, unit } = mapping.columns;
  if (!start || !target || !current) return null;
  const col = (c: number) => `${columnLetter(c)}${firstDataRow}:${columnLetter(c)}`;
  const args = [col(start), col(target), col(current)];
  if (type) args.push(col(type));
  if (unit) args.push(...(type ? [] : ['""']), 'TRUE', col(unit));
  return `=OKR_SCORE(${args.join(', ')})`;
}

/** The shape of the formula this add-on writes: open-ended column ranges, e.g. I7:I (squashed). */
const OUR_FORMULA = /^=OKR_SCORE\([A-Z]+\d+:[A-Z]+(,[A-Z]+\d+:[A-Z]+){2}(,[A-Z]+\d+:[A-Z]+|,"")?(,TRUE,[A-Z]+\d+:[A-Z]+)?\)$/;

function isScoreColumnRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule, scoreCol: number): boolean {
  const ranges = rule.getRanges();
  return ranges.length > 0 && ranges.every((r) => r.getColumn() === scoreCol && r.getNumColumns() === 1);
}

export type ScoreColumnResult = 'written' | 'noColumn' | 'inUse';

/**
 * Writes the Score formula into the first data row, clears the cells below it so the result can
 * spill, formats the column as a percentage and colours each scored row by the one colour rule
 * of the analysis (pace before the quarter ends, grade bands by the objective's commitment from
 * its end on; none without an analysis). The column is written only when it is empty or already holds the add-on's
 * formula: a Score column with the user's own values or formulas is left alone ('inUse').
 * 'noColumn' when the sheet has no Score column or lacks Start/Target/Current.
 */
export function applyScoreColumn(sheet: Sheet, mapping: ColumnMapping, settings: Settings, analysis: Analysis | null): ScoreColumnResult {
  const scoreCol = mapping.columns.score;
  const firstDataRow = mapping.headerRow + 1;
  const formula = scoreFormula(mapping, firstDataRow);
  if (!scoreCol || !formula) return 'noColumn';
  const height = Math.max(1, sheet.getMaxRows() - mapping.headerRow);
  const column = sheet.getRange(firstDataRow, scoreCol, height, 1);
  // Spilled results of our own formula have values but no formula (getFormulas gives "" for them).
  const formulas = column.getFormulas();
  // Ours only when it is exactly the formula the add-on writes (a per-row =OKR_SCORE(I7, J7, K7)
  // a user typed is theirs to keep).
  const squash = (f: string) => f.replace(/\s+/g, '').toUpperCase();
  const first = squash(formulas[0]?.[0] ?? '');
  const ours = first === squash(formula) || OUR_FORMULA.test(first);
  if (!ours) {
    const values = column.getValues();
    const used = values.some((row, i) => row[0] !== '' || (formulas[i]?.[0] ?? '') !== '');
    if (used) return 'inUse';
  }
  column.clearContent();
  column.setNumberFormat('0%');
  sheet.getRange(firstDataRow, scoreCol).setFormula(formula);

  // setConditionalFormatRules replaces every rule of the sheet: keep the user's, replace ours.
  const kept = sheet.getConditionalFormatRules().filter((rule) => !isScoreColumnRule(rule, scoreCol));
  // One rule set per run of rows, decided in core from the analysis the tabs are built from
  // (core/colourRules.ts): the same colour in the sheet and in the tabs, locale-proof formulas.
  const rules = (analysis ? scoreColourRules(analysis, settings, scoreCol, mapping.columns.current).map((r) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(r.formula)
      .setBackground(COLOUR_BACKGROUNDS[r.colour])
      .setRanges([sheet.getRange(r.row, scoreCol, r.numRows, 1)])
      .build(),
  ) : []);
  sheet.setConditionalFormatRules([...kept, ...rules]);
  return 'written';
}
