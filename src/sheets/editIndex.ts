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
        (e.confidence === null || whole(e.confidence)),
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
 * Records (or updates, or drops when it has no Current column) one OKR sheet's watched columns.
 * Writes the property only when the entry changed.
 */
export function rememberOkrColumns(sheet: Sheet, mapping: ColumnMapping): void {
  const props = documentProperties();
  if (!props) return;
  const stored = props.getProperty(EDIT_INDEX_KEY);
  const index = parseEditIndex(stored);
  const sheetId = sheet.getSheetId();
  const others = index.filter((e) => e.sheetId !== sheetId);
  const current = mapping.columns.current;
  const next = current ? [...others, { sheetId, headerRow: mapping.headerRow, current, confidence: mapping.columns.confidence ?? null }] : others;
  const text = JSON.stringify(next);
  if (text !== (stored ?? '[]')) props.setProperty(EDIT_INDEX_KEY, text);
}
