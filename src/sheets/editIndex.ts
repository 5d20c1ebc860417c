// Where typed check-ins can happen: per OKR sheet, its header row and the columns of Current and
// Confidence, kept in one document property so that the onEdit simple trigger can tell an edit
// elsewhere from a check-in without reading the sheet (one property read and one Range call).
// It is written whenever the add-on reads an OKR sheet (refresh, check-in, validate, adopt, a
// logged edit), so it follows columns the user moves at the next of those.
import type { ColumnMapping } from '../core/model';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const EDIT_INDEX_KEY = 'okr-sheets.editIndex';

/** One OKR sheet's watched columns (1-based). */
export interface EditIndexEntry {
  sheetId: number;
  headerRow: number;
  current: number;
  confidence: number | null;
  /**
   * The header texts of Current and Confidence when the index was written: an edit on this sheet
   * that meets neither column checks them (one read of the header cells) to notice a column
   * inserted or deleted since, which moves Current without the add-on reading the sheet.
   */
  headers?: [string, string | null];
}

function documentProperties(): GoogleAppsScript.Properties.Properties | null {
  // null when the script is not bound to a document (PropertiesService.getDocumentProperties).
  return PropertiesService.getDocumentProperties();
}

/** The stored index; empty when none is stored or it does not parse. */
export function parseEditIndex(stored: string | null | undefined): EditIndexEntry[] {
  if (!stored) return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    if (!Array.isArray(parsed)) return [];
    const whole = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;
    return parsed.filter(
      (e): e is EditIndexEntry =>
        typeof e === 'object' &&
        e !== null &&
        typeof e.sheetId === 'number' &&
        whole(e.headerRow) &&
        whole(e.current) &&
        (e.confidence === null || whole(e.confidence)) &&
        (e.headers === undefined ||
          (Array.isArray(e.headers) && typeof e.headers[0] === 'string' && (e.headers[1] === null || typeof e.headers[1] === 'string'))),
    );
  } catch {
    return [];
  }
}

/** Reads the index: two Properties calls. */
export function loadEditIndex(): EditIndexEntry[] {
  return parseEditIndex(documentProperties()?.getProperty(EDIT_INDEX_KEY));
}

/**
 * Records (or updates, or drops when it has no Current column) one OKR sheet's watched columns and
 * their header texts (`headerRow`: the values of the header row as read). Writes the property only
 * when the entry changed.
 */
export function rememberOkrColumns(sheet: Sheet, mapping: ColumnMapping, headerRow: readonly unknown[]): void {
  const props = documentProperties();
  if (!props) return;
  const stored = props.getProperty(EDIT_INDEX_KEY);
  const index = parseEditIndex(stored);
  const sheetId = sheet.getSheetId();
  const others = index.filter((e) => e.sheetId !== sheetId);
  const current = mapping.columns.current;
  const confidence = mapping.columns.confidence ?? null;
  const text = (c: number) => String(headerRow[c - 1] ?? '');
  const next = current
    ? [...others, { sheetId, headerRow: mapping.headerRow, current, confidence, headers: [text(current), confidence ? text(confidence) : null] }]
    : others;
  const json = JSON.stringify(next);
  if (json !== (stored ?? '[]')) props.setProperty(EDIT_INDEX_KEY, json);
}

/**
 * Whether the watched columns of an index entry still hold the header texts it recorded: one read
 * of the header cells between them. False when a column was inserted or deleted before them (or
 * their headers were edited) since the index was written; true for an entry from before headers
 * were recorded (nothing to compare).
 */
export function headersStillThere(sheet: Sheet, entry: EditIndexEntry): boolean {
  if (!entry.headers) return true;
  const columns = [entry.current, ...(entry.confidence ? [entry.confidence] : [])];
  const left = Math.min(...columns);
  const width = Math.max(...columns) - left + 1;
  let row: unknown[];
  try {
    row = sheet.getRange(entry.headerRow, left, 1, width).getValues()[0]!;
  } catch {
    // Past the sheet's last column: columns were deleted.
    return false;
  }
  const at = (c: number) => String(row[c - left] ?? '');
  return at(entry.current) === entry.headers[0] && (entry.confidence === null || at(entry.confidence) === entry.headers[1]);
}
