// Adopt this sheet…: guess which column is which from the header names (any of the four
// languages), show each header with a sample value, and keep the user's corrected mapping.
import { columnLetter, guessMapping, headerMatches, rawOf, resolveMapping } from '../core';
import type { CellValue, ColumnKey, ColumnMapping } from '../core/model';
import { loadMapping } from './properties';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface HeaderInfo {
  column: number;
  letter: string;
  text: string;
  sample: string;
}

export interface AdoptionGuess {
  headerRow: number | null;
  columns: Partial<Record<ColumnKey, number>>;
  saved: boolean;
  headers: HeaderInfo[];
}

const SAMPLE_LENGTH = 40;

function textOf(v: CellValue): string {
  const raw = rawOf(v);
  return raw === null ? '' : String(raw).trim();
}

function short(text: string): string {
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
 * header names; with `headerRow`, that row read as the header.
 */
export function guessAdoption(sheet: Sheet, headerRow?: number): AdoptionGuess {
  // Display values: the header texts and samples as the user sees them (a date as the sheet shows
  // it, in the sheet's time zone), and header names are text either way.
  const values = sheet.getDataRange().getDisplayValues() as CellValue[][];
  if (headerRow !== undefined) {
    return { headerRow, columns: headerMatches(values[headerRow - 1] ?? []), saved: false, headers: headersOf(values, headerRow) };
  }
  const stored = loadMapping(sheet);
  if (stored) {
    // Where the saved columns are now, found by their header texts (a column that moved is followed).
    const saved = resolveMapping(values, stored).mapping;
    return { headerRow: saved.headerRow, columns: saved.columns, saved: true, headers: headersOf(values, saved.headerRow) };
  }
  const guess = guessMapping(values);
  if (!guess) return { headerRow: null, columns: {}, saved: false, headers: headersOf(values, 1) };
  return { headerRow: guess.headerRow, columns: guess.columns, saved: false, headers: headersOf(values, guess.headerRow) };
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
 * The columns a mapping needs and lacks: the key result, the objective (or its ID), and a column
 * that tells progress (Current, or a Score/Progress column read as the grade).
 */
export function missingColumns(mapping: ColumnMapping): ColumnKey[] {
  const missing: ColumnKey[] = [];
  if (!mapping.columns.keyResult) missing.push('keyResult');
  if (!mapping.columns.objective && !mapping.columns.objectiveId) missing.push('objective');
  if (!mapping.columns.current && !mapping.columns.score) missing.push('current');
  return missing;
}
