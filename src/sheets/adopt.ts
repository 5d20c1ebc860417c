// Adopt this sheet…: guess which column is which from the header names (any of the four
// languages), show each header with a sample value, and keep the user's corrected mapping.
import {
  a1,
  AUDIT_CODES,
  cellPosition,
  columnLetter,
  guessMapping,
  headerMatches,
  keyResultLines,
  objectiveHeading,
  isPercentFormat,
  percentFormatFor,
  periodicOf,
  rawOf,
  resolveMapping,
} from '../core';
import type { CellValue, ColumnKey, ColumnMapping } from '../core/model';
import { loadMapping } from './properties';
import { scoreArguments } from './scoreColumn';
import { findObjectivesTab } from './read';

import { literalValue } from './literal';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface HeaderInfo {
  column: number;
  letter: string;
  text: string;
  /** The first value under the header, as text, to help recognise the column. */
  sample: string;
}

export interface AdoptionGuess {
  /** Null when no header row was recognised. */
  headerRow: number | null;
  columns: Partial<Record<ColumnKey, number>>;
  /** True when the mapping comes from a saved adoption rather than a guess. */
  saved: boolean;
  headers: HeaderInfo[];
  /** Columns the mapping needs and lacks (Save is refused until they are chosen). */
  missing: ColumnKey[];
  /** Cells of objective headings ("Objective 1: …") above blocks of key results. */
  headings: string[];
  /** Key-result cells that hold several key results, one per line (for "Put each on its own row"). */
  multiLine: MultiLineCell[];
  /** Letters of monthly or weekly value columns (Month 1 … Month 3, Wk 1 … Wk 13): Current is the last filled. */
  periodic: string[];
  /** A two-tab tracker: the tab the objectives' texts come from (by Objective ID), or null. */
  objectivesTab: string | null;
  /** Tabs that hold as many of the objective IDs as each other: none of them is used. */
  objectivesTied: string[];
}

const objectivesOf = (found: { chosen: { name: string } | null; tied: string[] }) => ({
  objectivesTab: found.chosen?.name ?? null,
  objectivesTied: found.tied,
});

export interface MultiLineCell {
  cell: string;
  /** How many key results (lines) the cell holds, and the first one: the split checks both again. */
  count: number;
  first: string;
}

const SAMPLE_LENGTH = 40;

function textOf(v: CellValue): string {
  const raw = rawOf(v);
  return raw === null ? '' : String(raw).trim();
}

/** A header or sample as the Adopt view shows it (cut to 40 characters). */
export function short(text: string): string {
  return text.length > SAMPLE_LENGTH ? `${text.slice(0, SAMPLE_LENGTH - 1)}…` : text;
}

/** Every non-blank header cell of the row, with the first value under it. */
function headersOf(values: CellValue[][], headerRow: number): HeaderInfo[] {
  const header = values[headerRow - 1] ?? [];
  const width = Math.max(header.length, ...values.slice(headerRow, headerRow + 50).map((r) => r.length));
  const out: HeaderInfo[] = [];
  for (let c = 0; c < width; c++) {
    const text = textOf(header[c]);
    let sample = '';
    for (let r = headerRow; r < values.length && r < headerRow + 200; r++) {
      const v = textOf(values[r]?.[c]);
      if (v !== '') {
        sample = short(v);
        break;
      }
    }
    if (text === '' && sample === '') continue;
    out.push({ column: c + 1, letter: columnLetter(c + 1), text: short(text), sample });
  }
  return out;
}

/**
 * The mapping to show: the saved one when the sheet was adopted before, else the guess from the
 * header names; with `headerRow`, that row read as the header. It says what it found: the columns
 * still missing, objective headings over blocks of key results, and cells with several key results.
 */
export function guessAdoption(sheet: Sheet, headerRow?: number): AdoptionGuess {
  // Display values: the header texts and samples as the user sees them (a date as the sheet shows
  // it, in the sheet's time zone), and header names are text either way.
  const values = sheet.getDataRange().getDisplayValues() as CellValue[][];
  const explained = (row: number, columns: Partial<Record<ColumnKey, number>>, saved: boolean, found?: ColumnMapping): AdoptionGuess => {
    const mapping = { headerRow: row, columns };
    const headings = headingCells(values, row);
    const periodic = columns.current === undefined ? periodicOf(found ?? mapping, values[row - 1] ?? []) : [];
    return {
      headerRow: row,
      columns,
      saved,
      headers: headersOf(values, row),
      missing: missingColumns(mapping, { headings: headings.length > 0, periodic: periodic.length > 0 }),
      periodic: periodic.map(columnLetter),
      headings,
      multiLine: multiLineCells(values, mapping),
      ...objectivesOf(objectivesTabFor(sheet, mapping)),
    };
  };
  if (headerRow !== undefined) return explained(headerRow, headerMatches(values[headerRow - 1] ?? []), false);
  const stored = loadMapping(sheet);
  if (stored) {
    // Where the saved columns are now, found by their header texts (a column that moved is followed).
    const saved = resolveMapping(values, stored, values).mapping;
    return explained(saved.headerRow, saved.columns, true, saved);
  }
  const guess = guessMapping(values);
  if (!guess)
    return {
      headerRow: null,
      columns: {},
      saved: false,
      headers: headersOf(values, 1),
      missing: [],
      headings: [],
      multiLine: [],
      periodic: [],
      objectivesTab: null,
      objectivesTied: [],
    };
  return explained(guess.headerRow, guess.columns, false);
}

/**
 * The objectives tab of a key-result tab that names its objectives by ID only (an Objective ID
 * column and no Objective column): the other tab whose Objective ID column holds most of these
 * IDs (sheets/read.ts `findObjectivesTab`); null for any other mapping or when no tab has them.
 */
export function objectivesTabFor(sheet: Sheet, mapping: ColumnMapping): { chosen: { sheetId: number; name: string } | null; tied: string[] } {
  const idColumn = mapping.columns.objectiveId;
  if (idColumn === undefined || mapping.columns.objective !== undefined) return { chosen: null, tied: [] };
  // The IDs as values (not as shown: 1001 formatted #,##0 shows 1,001), as the objectives tab is read.
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const ids = new Set<string>();
  for (let r = mapping.headerRow; r < values.length; r++) {
    const id = textOf(values[r]?.[idColumn - 1]);
    if (id !== '') ids.add(id);
  }
  return ids.size > 0 ? findObjectivesTab(sheet, [...ids]) : { chosen: null, tied: [] };
}

/** Cells of the objective headings ("Objective 1: …") from just above the header to the end. */
export function headingCells(values: CellValue[][], headerRow: number): string[] {
  const cells: string[] = [];
  for (let r = Math.max(0, headerRow - 3); r < values.length; r++) {
    if (r === headerRow - 1) continue;
    const heading = objectiveHeading(values[r] ?? [], r + 1);
    if (heading) cells.push(heading.cell);
  }
  return cells;
}

/** Key-result cells below the header that hold several lines. */
function multiLineCells(values: CellValue[][], mapping: ColumnMapping): MultiLineCell[] {
  const column = mapping.columns.keyResult;
  if (column === undefined) return [];
  const out: MultiLineCell[] = [];
  for (let r = mapping.headerRow; r < values.length; r++) {
    const lines = keyResultLines(textOf(values[r]?.[column - 1]));
    if (lines.length > 0) out.push({ cell: a1(r + 1, column), count: lines.length, first: lines[0] ?? '' });
  }
  return out;
}

/** The first pair of fields given the same column, or null. */
export function duplicateColumn(mapping: ColumnMapping): [ColumnKey, ColumnKey, number] | null {
  const seen = new Map<number, ColumnKey>();
  for (const [key, column] of Object.entries(mapping.columns) as [ColumnKey, number][]) {
    const first = seen.get(column);
    if (first) return [first, key, column];
    seen.set(column, key);
  }
  return null;
}

/** The text of each cell of the header row as the user sees it (one read of that row). */
export function headerRowTexts(sheet: Sheet, headerRow: number): string[] {
  const width = Math.max(1, sheet.getLastColumn());
  return (sheet.getRange(headerRow, 1, 1, width).getDisplayValues()[0] ?? []).map((v) => String(v).trim());
}

/**
 * The columns a mapping needs and lacks: the key result, the objective (or its ID, or objective
 * headings over blocks of key results), and a column
 * that tells progress (Current, or a Score/Progress column read as the grade).
 */
export function missingColumns(mapping: ColumnMapping, found: { headings: boolean; periodic: boolean }): ColumnKey[] {
  const missing: ColumnKey[] = [];
  if (!mapping.columns.keyResult) missing.push('keyResult');
  if (!mapping.columns.objective && !mapping.columns.objectiveId && !found.headings) missing.push('objective');
  if (!mapping.columns.current && !mapping.columns.score && !found.periodic) missing.push('current');
  return missing;
}

/**
 * A change that is made and can be taken back: `undo()` restores what it changed (rows it inserted
 * are deleted, cells get back their values, formulas, formats and notes). Called when a later step
 * of the same operation fails, so that the operation is all or nothing.
 */
export interface Undoable {
  undo(): void;
}

/** Runs `write`; when it throws, runs `undo` first (its own failure is added to the message). */
function undoingOnFailure<T>(write: () => T, undo: () => void): T {
  try {
    return write();
  } catch (err) {
    try {
      undo();
    } catch (again) {
      const e = err instanceof Error ? err : new Error(String(err));
      // Both the failure and the failed undo, for support.
      e.message = [e.message, again instanceof Error ? again.message : String(again)].join(' / ');
      throw e;
    }
    throw err;
  }
}

export type SplitOutcome = ({ ok: true; inserted: number } & Undoable) | { ok: false; problem: 'splitChanged' };

/**
 * "Put each key result on its own row": the multi-line key-result cell at `cell` keeps its first
 * line, and each further line gets a new row inserted below it (in the Key result column; the other
 * cells of a new row stay blank, so it continues the same objective). Nothing is written unless
 * the cell still holds `count` lines starting with `first`. Every line is kept, as literal text.
 */
export function splitKeyResultCell(sheet: Sheet, cell: string, expect: { count: number; first: string }): SplitOutcome {
  const range = sheet.getRange(cell);
  const lines = keyResultLines(String(range.getValue() ?? ''));
  if (lines.length !== expect.count || lines[0] !== expect.first || range.getFormula() !== '') return { ok: false, problem: 'splitChanged' };
  const row = range.getRow();
  const column = range.getColumn();
  const rest = lines.slice(1);
  const original = String(range.getValue() ?? '');
  // The cell's own number format decides how its text is written back (sheets/literal.ts): an
  // apostrophe in a General cell, none in a plain-text one (where it would stay part of the text).
  const format = range.getNumberFormat();
  sheet.insertRowsAfter(row, rest.length);
  // Taking it back: the inserted rows go (they hold only the add-on's lines), the cell gets its text back.
  const undo = () => {
    sheet.deleteRows(row + 1, rest.length);
    range.setValue(literalValue(original, format));
  };
  undoingOnFailure(() => {
    // The new cells are the add-on's: plain text, so a line such as "=2+2" or "1/2" stays as typed.
    const added = sheet.getRange(row + 1, column, rest.length, 1);
    added.setNumberFormat('@');
    added.setValues(rest.map((line) => [line]));
    range.setValue(literalValue(lines[0] ?? '', format));
  }, undo);
  return { ok: true, inserted: rest.length, undo };
}

/**
 * The per-row formula for one key result, with scoreFormula's arguments in its order:
 * `=OKR_SCORE(I7, J7, K7, H7, TRUE, L7, F7, TO_TEXT(I7), TO_TEXT(J7), TO_TEXT(K7))` ("" for a column
 * the sheet lacks). The last three are what Start, Target and Current show (TO_TEXT keeps a cell's
 * formatting: support.google.com/docs/answer/3094285), so a Target formatted 20 % between a plain
 * 100 and 110 is `#OKR!` here as in the tabs. They are not wrapped in IFERROR: a single cell's error
 * is already the value argument's error, and the row shows it either way.
 */
function rowScoreFormula(mapping: ColumnMapping, row: number): string | null {
  const args = scoreArguments(
    mapping,
    (c) => a1(row, c),
    (c) => `TO_TEXT(${a1(row, c)})`,
  );
  return args && `=OKR_SCORE(${args.join(', ')})`;
}

export type SwitchOutcome = ({ ok: true; switched: number } & Undoable) | { ok: false; problem: 'auditChanged'; cell: string };

/**
 * "Use =OKR_SCORE here": each of `cells` (score cells the audit named) gets the row's own
 * OKR_SCORE formula and a percent format (its own when it has one, else the decimals the score
 * needs); what the cell held before is kept in its note, in the user's language (`noteOf`). Refused,
 * with nothing written, unless every cell still has an audit finding in the read `okr` (the sheet
 * has not moved under the sidebar). Rows are written in contiguous runs (a few calls, not one per cell).
 */
export function switchToOkrScore(
  sheet: Sheet,
  okr: { mapping: ColumnMapping; issues: readonly { code: string; cell: string }[]; scores: readonly { row: number; score: number | null }[] },
  cells: readonly string[],
  noteOf: (before: string) => string,
): SwitchOutcome {
  const scoreCol = okr.mapping.columns.score;
  const audited = new Set(okr.issues.filter((i) => (AUDIT_CODES as readonly string[]).includes(i.code)).map((i) => i.cell));
  const scoreByRow = new Map(okr.scores.map((s) => [s.row, s.score]));
  const rows: number[] = [];
  for (const cell of cells) {
    const row = cellPosition(cell)?.row ?? 0;
    if (!scoreCol || !audited.has(cell) || a1(row, scoreCol) !== cell || !rowScoreFormula(okr.mapping, row))
      return { ok: false, problem: 'auditChanged', cell };
    rows.push(row);
  }
  rows.sort((x, y) => x - y);
  const runs: number[][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === r - 1) last.push(r);
    else if (!last || last[last.length - 1] !== r) runs.push([r]);
  }
  // What each run held, read before the first write: the undo writes it back, run by run.
  const saved: { range: GoogleAppsScript.Spreadsheet.Range; values: unknown[][]; formulas: string[][]; formats: string[][]; notes: string[][] }[] = [];
  const undo = () => {
    for (const s of [...saved].reverse()) {
      s.range.setNumberFormats(s.formats);
      s.range.setValues(s.values.map((row, i) => row.map((v, j) => s.formulas[i]![j] || literalValue(v, s.formats[i]![j]))));
      s.range.setNotes(s.notes);
    }
  };
  const reads = runs.map((run) => {
    const range = sheet.getRange(run[0]!, scoreCol!, run.length, 1);
    const read = { range, values: range.getValues(), formulas: range.getFormulas(), formats: range.getNumberFormats(), notes: range.getNotes() };
    return { run, read, shown: range.getDisplayValues() };
  });
  undoingOnFailure(() => {
    for (const { run, read, shown } of reads) {
      saved.push(read);
      writeRun(run, read, shown);
    }
  }, undo);
  return { ok: true, switched: rows.length, undo };

  function writeRun(
    run: number[],
    read: { range: GoogleAppsScript.Spreadsheet.Range; formulas: string[][]; formats: string[][]; notes: string[][] },
    shown: string[][],
  ): void {
    const { range, formulas, formats, notes } = read;
    const keep = run.map((_, i) => {
      const before = formulas[i]?.[0] || shown[i]?.[0] || '';
      const note = notes[i]?.[0] ?? '';
      return [[note, before ? noteOf(before) : ''].filter((t) => t !== '').join('\n')];
    });
    range.setFormulas(run.map((r) => [rowScoreFormula(okr.mapping, r)!]));
    // A cell already formatted as a percent keeps its format; another gets a percent format with the
    // decimals its score needs to 0.01 % (57.14 % is not shown as 57 %; 50 % stays 0%).
    range.setNumberFormats(
      run.map((r, i) => {
        const format = formats[i]?.[0] ?? '';
        if (isPercentFormat(format)) return [format];
        const score = scoreByRow.get(r);
        return [percentFormatFor([typeof score === 'number' ? Math.round(score * 10000) / 10000 : null])];
      }),
    );
    range.setNotes(keep);
  }
}
