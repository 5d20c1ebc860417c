// The Score column of an OKR sheet: one live OKR_SCORE array formula and the one colour rule's colours. This is the
// only column of the user's sheet the add-on writes (besides the As of cell).
import { columnLetter } from '../core/report';
import { COLOUR_BACKGROUNDS } from '../core/report';
import type { Analysis, ColumnMapping, Settings } from '../core/model';
import { scoreColourRules } from '../core/colourRules';
import { ERROR_STAND_IN } from '../core/numbers';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * `=ARRAYFORMULA(OKR_SCORE(IFERROR(I7:I,"#ERROR_IN_CELL"), …, H7:H, TRUE, L7:L, F7:F,
 * IFERROR(TO_TEXT(I7:I),"#ERROR_IN_CELL"), …))`: open-ended ranges, so rows added later are scored
 * too; the Unit column (when there is one) tells the function that 18 means 18 %; the function
 * returns "" for empty rows (a custom function must get every input as an argument to be
 * recalculated: developers.google.com/apps-script/guides/sheets/functions). With `lastRow` the
 * ranges end there (`I7:I29`), so the result stops above a cell of the user's in the Score column.
 * Formulas the add-on writes are in English syntax (argument commas) in every locale
 * (docs/ACCEPTANCE.md step 0, the Diagnostics probe `cellFormula`).
 *
 * Each range goes through IFERROR inside ARRAYFORMULA, so an error value in one input cell (`=NA()`,
 * `#DIV/0!`) reaches the function as the text ERROR_STAND_IN and only that row shows `#OKR!`: whether
 * Sheets passes error values to a custom function or shows the first one instead of calling it is not
 * documented, and in the second case one error would blank the whole column.
 *
 * The last three arguments are what Start, Target and Current show: a custom function gets values,
 * never number formats, and TO_TEXT of a cell "returns value as a string, with existing formatting
 * retained … percentages as percentages" (support.google.com/docs/answer/3094285), so OKR_SCORE
 * reads a cell shown as "20%" as percent-formatted, as the progress tabs do (core/scale.ts
 * formatOfShown), and shows `#OKR!` where they say KR_MIXED_SCALE. TO_TEXT of an error is the
 * error, so it is wrapped in IFERROR as the values are. Should TO_TEXT over a range inside
 * ARRAYFORMULA give plain text in a real spreadsheet (the Diagnostics probe `toTextFormats` tells),
 * the function reads the values alone, as before these arguments. With them, every argument before
 * is written, "" for a column the sheet lacks.
 */
export function scoreFormula(mapping: ColumnMapping, firstDataRow: number, lastRow?: number): string | null {
  const range = (c: number) => `${columnLetter(c)}${firstDataRow}:${columnLetter(c)}${lastRow ?? ''}`;
  const args = scoreArguments(
    mapping,
    (c) => `IFERROR(${range(c)}, "${ERROR_STAND_IN}")`,
    (c) => `IFERROR(TO_TEXT(${range(c)}), "${ERROR_STAND_IN}")`,
  );
  return args && `=ARRAYFORMULA(OKR_SCORE(${args.join(', ')}))`;
}

/**
 * OKR_SCORE's arguments in its order, for the Score column's formula and Adopt's per-row one alike:
 * start, target, current, type, capped (TRUE), unit, key result (`value` of each column, "" for a
 * column the sheet lacks), then what start, target and current show (`shown` of each). The key
 * result's text lets the function apply the reader's text-says-decrease rule. Null without Start,
 * Target and Current columns.
 */
export function scoreArguments(mapping: ColumnMapping, value: (column: number) => string, shown: (column: number) => string): string[] | null {
  const { start, target, current, type, unit, keyResult } = mapping.columns;
  if (!start || !target || !current) return null;
  const optional = (c: number | undefined) => (c ? value(c) : '""');
  return [
    value(start),
    value(target),
    value(current),
    optional(type),
    'TRUE',
    optional(unit),
    optional(keyResult),
    shown(start),
    shown(target),
    shown(current),
  ];
}

/** A column range, open-ended or bounded (I7:I, I7:I29), bare or in IFERROR (squashed, uppercase). */
const RANGE = String.raw`(?:[A-Z]+\d+:[A-Z]+\d*|IFERROR\([A-Z]+\d+:[A-Z]+\d*,"${ERROR_STAND_IN}"\))`;
/** What a column shows, as the current formula passes it: TO_TEXT of a range in IFERROR (squashed, uppercase). */
const SHOWN = String.raw`IFERROR\(TO_TEXT\([A-Z]+\d+:[A-Z]+\d*\),"${ERROR_STAND_IN}"\)`;
/** One argument of the tail: type, capped, unit, key result. */
const TAIL = `(?:${RANGE}|""|TRUE)`;
/** The arguments of every version: the values and up to four of the tail; or the values, the whole tail and the three shown ranges. */
const ARGUMENTS = `${RANGE}(?:,${RANGE}){2}(?:(?:,${TAIL}){4}(?:,${SHOWN}){3}|(?:,${TAIL}){0,4})`;
/**
 * The shapes of the formula this add-on writes, of its earlier versions (without the shown texts,
 * trailing defaults left out) and the bare OKR_SCORE(…) before ARRAYFORMULA: all are ours, so a
 * refresh replaces them with the current one.
 */
const OUR_FORMULA = new RegExp(String.raw`^=(?:ARRAYFORMULA\(OKR_SCORE\(${ARGUMENTS}\)\)|OKR_SCORE\(${ARGUMENTS}\))$`);

/**
 * True when the first three ranges of a formula of the add-on's shape (`squashed`) are the mapped
 * Start, Target and Current columns from the first data row: the same shape over other columns
 * (`OKR_SCORE(R7:R, J7:J, K7:K)`, a baseline the user adjusted in R) is the user's formula, kept.
 * Sheets moves the references of the add-on's own formula with inserted rows and columns, as the
 * header mapping moves, so the two still agree after such a change.
 */
function readsMappedColumns(squashed: string, mapping: ColumnMapping, firstDataRow: number): boolean {
  const { start, target, current } = mapping.columns;
  const wanted = [start, target, current].map((c) => (c ? columnLetter(c) : ''));
  const ranges = [...squashed.matchAll(/([A-Z]+)(\d+):([A-Z]+)\d*/g)].slice(0, 3);
  return ranges.length === 3 && ranges.every((m, i) => m[1] === wanted[i] && m[3] === wanted[i] && Number(m[2]) === firstDataRow);
}

/** The last row the add-on's formula reaches: the end of its first range, or the sheet's last row when open-ended. */
function reachOf(squashed: string, maxRows: number): number {
  const m = /^=(?:ARRAYFORMULA\()?OKR_SCORE\((?:IFERROR\()?[A-Z]+\d+:[A-Z]+(\d*)/.exec(squashed);
  return m?.[1] ? Number(m[1]) : maxRows;
}

/**
 * The document property that records the conditional-format rules the add-on wrote on a sheet, by
 * sheet id: each rule as its formula and ranges. Only rules recorded here are replaced by the next
 * refresh; every other rule of the sheet is the user's and is kept.
 */
const RULES_PROPERTY = 'okrSheets.scoreRules.';

/** The document property holding the record of the add-on's colour rules on `sheet`. */
export function rulesPropertyOf(sheet: Sheet): string {
  return `${RULES_PROPERTY}${sheet.getSheetId()}`;
}

type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** The font of a Score cell whose row could not be scored (struck through too): the tabs show '–'. */
const UNSCORED_FONT = '#9aa0a6';

function signatureOf(rule: Rule): string | null {
  const condition = rule.getBooleanCondition();
  const formula = condition ? String(condition.getCriteriaValues()[0] ?? '') : '';
  if (!formula) return null;
  return `${formula}|${rule
    .getRanges()
    .map((r) => r.getA1Notation())
    .join(',')}`;
}

/** True when every range of the rule lies in the one column `col`. */
function isConfinedTo(rule: Rule, col: number): boolean {
  const ranges = rule.getRanges();
  return ranges.length > 0 && ranges.every((r) => r.getColumn() === col && r.getNumColumns() === 1);
}

function formulaOf(rule: Rule): string {
  const condition = rule.getBooleanCondition();
  return condition ? String(condition.getCriteriaValues()[0] ?? '') : '';
}

/**
 * Whether a rule paints as the add-on's rules do: one of its band or pace backgrounds, or the grey
 * struck-through font of an unscored row (BooleanCondition.getBackground, getFontColor,
 * getStrikethrough). A user's rule of the same formula in a colour of their own is theirs.
 */
function paintsAsOurs(rule: Rule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  const background = (condition.getBackground() ?? '').toLowerCase();
  if (background !== '') return OUR_BACKGROUNDS.has(background);
  return (condition.getFontColor() ?? '').toLowerCase() === UNSCORED_FONT && condition.getStrikethrough() === true;
}

const OUR_BACKGROUNDS = new Set(Object.values(COLOUR_BACKGROUNDS).map((c) => c.toLowerCase()));

/**
 * Rules the add-on wrote before it recorded them: confined to the Score column, and a formula of the
 * shape core/colourRules.ts writes (every one tests `ISNUMBER($P7)` of the Score cell or is `=FALSE`).
 */
function isLegacyRule(rule: Rule, scoreCol: number): boolean {
  if (!isConfinedTo(rule, scoreCol)) return false;
  const ranges = rule.getRanges();
  const formula = formulaOf(rule);
  const own = `ISNUMBER($${columnLetter(scoreCol)}${ranges[0]!.getRow()})`;
  return formula === '=FALSE' || formula === `=${own}` || formula.startsWith(`=(${own}+`);
}

/**
 * 'written' with `blockedAt` (A1) when a cell of the user's inside the table stops the formula from
 * reaching every key result; 'noColumn' when the sheet has no Score column or lacks
 * Start/Target/Current; 'inUse' when the first Score cell holds the user's own value or formula.
 */
export type ScoreColumnResult = { status: 'written'; blockedAt: string | null } | { status: 'noColumn' } | { status: 'inUse' };

/**
 * Writes the Score formula into the first data row and colours each scored row by the one colour rule
 * of the analysis (pace before the quarter ends, grade bands by the objective's commitment from its
 * end on; none without an analysis). Only the add-on's own cells are written: the formula cell, the
 * number format of the rows the formula reaches, and the colour rules it recorded writing. Nothing is
 * cleared: the formula's results spill into empty cells (a spilled cell has a value but no formula).
 * A cell of the user's below the formula (a total, a note's cell) ends the formula's ranges just above
 * it, so it is never overwritten and never blocks the result; one inside the key-result rows
 * (`lastKeyResultRow`) is reported as `blockedAt`. A Score column whose table cells hold the user's
 * own value or formula in its first cell is left alone ('inUse').
 */
export function applyScoreColumn(
  sheet: Sheet,
  mapping: ColumnMapping,
  settings: Settings,
  analysis: Analysis | null,
  lastKeyResultRow = mapping.headerRow + 1,
): ScoreColumnResult {
  const scoreCol = mapping.columns.score;
  const firstDataRow = mapping.headerRow + 1;
  if (!scoreCol || !scoreFormula(mapping, firstDataRow)) return { status: 'noColumn' };
  const maxRows = sheet.getMaxRows();
  const height = Math.max(1, maxRows - mapping.headerRow);
  const column = sheet.getRange(firstDataRow, scoreCol, height, 1);
  const formulas = column.getFormulas();
  const values = column.getValues();
  // Ours only when it is exactly the shape the add-on writes (a per-row =OKR_SCORE(I7, J7, K7) a
  // user typed is theirs to keep).
  const squash = (f: string) => f.replace(/\s+/g, '').toUpperCase();
  const first = squash(formulas[0]?.[0] ?? '');
  const ours = OUR_FORMULA.test(first) && readsMappedColumns(first, mapping, firstDataRow);
  // Rows holding the result of our formula: a spill happened only when the formula shows no error
  // (Sheets shows #REF! when a cell blocks the result).
  const firstValue = values[0]?.[0];
  const spilledTo = ours && !(typeof firstValue === 'string' && firstValue.startsWith('#')) ? reachOf(first, maxRows) : firstDataRow - 1;
  let userRow: number | null = null;
  for (let i = 0; i < formulas.length; i++) {
    const row = firstDataRow + i;
    if (i === 0 && (ours || ((formulas[0]?.[0] ?? '') === '' && values[0]?.[0] === ''))) continue;
    const hasFormula = (formulas[i]?.[0] ?? '') !== '';
    const hasValue = values[i]?.[0] !== '' && values[i]?.[0] !== null;
    if (hasFormula || (hasValue && row > spilledTo)) {
      userRow = row;
      break;
    }
  }
  // The first Score cell holds the user's own value or formula: the column is theirs. So is an
  // adopted sheet's Score or Progress column that holds the user's values anywhere among the key
  // results before the add-on ever wrote its formula there (the first row may just be blank yet).
  if (userRow === firstDataRow) return { status: 'inUse' };
  const adopted = mapping.headerTexts !== undefined;
  if (adopted && !ours && userRow !== null && userRow <= lastKeyResultRow) return { status: 'inUse' };
  const lastRow = userRow === null ? undefined : userRow - 1;
  const formula = scoreFormula(mapping, firstDataRow, lastRow)!;
  const reach = (lastRow ?? maxRows) - firstDataRow + 1;
  sheet.getRange(firstDataRow, scoreCol, reach, 1).setNumberFormat('0%');
  if (squash(formula) !== first) sheet.getRange(firstDataRow, scoreCol).setFormula(formula);
  const blockedAt = userRow !== null && userRow <= lastKeyResultRow ? `${columnLetter(scoreCol)}${userRow}` : null;

  // setConditionalFormatRules replaces every rule of the sheet: keep every rule the add-on did not
  // record writing (and, before such a record exists, every rule not of its shape).
  const properties = PropertiesService.getDocumentProperties();
  const key = rulesPropertyOf(sheet);
  const recorded = properties?.getProperty(key);
  const mine = new Set<string>(recorded ? (JSON.parse(recorded) as string[]) : []);
  // A co-editor's inserted or deleted row stretches or moves the add-on's rules (Sheets adjusts their
  // ranges and row references), so a rule recorded as P7:P9 may now be P7:P10: a rule confined to the
  // Score column whose formula was recorded, or which has the shape the add-on writes, is still its own.
  const mineFormulas = new Set([...mine].map((sig) => sig.slice(0, sig.lastIndexOf('|'))));
  // A rule is the add-on's only when it also paints as the add-on paints: a user's rule of the same
  // formula (ISNUMBER($P7) is an ordinary one) or a copy of ours recoloured is the user's, and kept.
  const kept = sheet.getConditionalFormatRules().filter((rule) => {
    if (!paintsAsOurs(rule)) return true;
    if (recorded === null || recorded === undefined) return !isLegacyRule(rule, scoreCol);
    if (mine.has(signatureOf(rule) ?? '')) return false;
    if (!isConfinedTo(rule, scoreCol)) return true;
    // Moved by a co-editor's inserted rows, its row references moved too: the shape still tells it.
    return !(mineFormulas.has(formulaOf(rule)) || isLegacyRule(rule, scoreCol));
  });
  // One rule set per run of rows, decided in core from the analysis the tabs are built from
  // (core/colourRules.ts): the same colour in the sheet and in the tabs, locale-proof formulas.
  const rules = analysis
    ? scoreColourRules(analysis, settings, scoreCol, mapping.columns.current).map((r) =>
        (r.colour === 'unscored'
          ? SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(r.formula).setFontColor(UNSCORED_FONT).setStrikethrough(true)
          : SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(r.formula).setBackground(COLOUR_BACKGROUNDS[r.colour])
        )
          .setRanges([sheet.getRange(r.row, scoreCol, r.numRows, 1)])
          .build(),
      )
    : [];
  sheet.setConditionalFormatRules([...kept, ...rules]);
  const record = JSON.stringify(rules.map(signatureOf).filter((s): s is string => s !== null));
  // A property value holds at most 9 kB (developers.google.com/apps-script/guides/services/quotas);
  // past that the shape test above recognises the add-on's rules.
  if (record.length <= 9_000) properties?.setProperty(key, record);
  else properties?.deleteProperty(key);
  return { status: 'written', blockedAt };
}
