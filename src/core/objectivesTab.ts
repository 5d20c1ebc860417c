// Two-tab trackers: an Objectives tab (Objective ID, Objective, and perhaps Parent, Team,
// Commitment) and a Key results tab that names each key result's objective by its ID only. The
// key-result tab is the adopted OKR sheet; its objectives take their texts and parents from the
// other tab by ID (issue 13). Pure: the adapter reads the tab (sheets/read.ts).
import { a1 } from './a1';
import { headerMatches, HEADER_SEARCH_ROWS, rawOf } from './parse';
import { isSheetsError } from './numbers';
import { BIDI_MARKS, normalizeDigits } from './digits';
import type { CellValue, Grid } from './model';

/** One row of an objectives tab. */
export interface LinkedObjective {
  /** The ID as written there. */
  id: string;
  text: string;
  parent: string;
  team: string;
  commitment: string;
  /** A1 of the objective's text on the objectives tab. */
  cell: string;
}

/** An objectives tab, read. */
export interface ObjectiveTable {
  /** The tab's name. */
  sheet: string;
  /** False when the tab the mapping names is gone (its objectives then have only their IDs). */
  found: boolean;
  /** By ID, trimmed and lower-cased (`objectiveKey`). An ID written on two rows with different texts is left out. */
  byId: Map<string, LinkedObjective>;
  /** IDs written on two or more rows with different texts (keys as in `byId`). */
  ambiguous: Set<string>;
  /** IDs whose objective cell shows a Sheets error (#REF!, #DIV/0!), with that error: never a text. */
  errors: Map<string, string>;
}

/** How an objective ID is matched across the two tabs: trimmed, spaces collapsed, any case, any digits (ه۱ is ه1). */
export function objectiveKey(id: string): string {
  // normalizeDigits also drops the invisible direction marks text copied from right-to-left carries.
  return normalizeDigits(id.normalize('NFC').replace(BIDI_MARKS, '')).trim().replace(/\s+/g, ' ').toLowerCase();
}

const text = (v: CellValue): string => {
  const raw = rawOf(v);
  return raw === null ? '' : String(raw).trim();
};

/**
 * The header row of an objectives tab within the first rows: one that names an Objective ID and an
 * Objective column and no key-result column. Returns its 1-based row and columns, or null.
 */
export function objectiveTableHeader(grid: Grid): { headerRow: number; columns: ReturnType<typeof headerMatches> } | null {
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS); r++) {
    const columns = headerMatches(grid[r] ?? []);
    if (columns.objectiveId === undefined || columns.objective === undefined) continue;
    // A "Key results" column of counts (3, 2…) still makes an objectives tab; one of texts is a
    // one-tab OKR sheet (last quarter's, say), never an objectives tab.
    const krColumn = columns.keyResult;
    if (krColumn !== undefined && grid.slice(r + 1).some((row) => typeof row?.[krColumn - 1] === 'string' && text(row[krColumn - 1]) !== '')) continue;
    return { headerRow: r + 1, columns };
  }
  return null;
}

/** Reads an objectives tab's values (Range.getValues) into its objectives by ID; null when it has no such header. */
export function readObjectiveTable(grid: Grid, sheet: string): ObjectiveTable | null {
  const header = objectiveTableHeader(grid);
  if (!header) return null;
  const { headerRow, columns } = header;
  const at = (row: readonly CellValue[], column: number | undefined): string => (column === undefined ? '' : text(row[column - 1]));
  const byId = new Map<string, LinkedObjective>();
  const ambiguous = new Set<string>();
  const errors = new Map<string, string>();
  for (let r = headerRow; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const id = at(row, columns.objectiveId);
    const objective = at(row, columns.objective);
    if (id === '' || objective === '') continue;
    const key = objectiveKey(id);
    if (isSheetsError(row[columns.objective! - 1])) {
      errors.set(key, objective);
      continue;
    }
    const seen = byId.get(key);
    if (seen && seen.text !== objective) ambiguous.add(key);
    if (seen) continue;
    byId.set(key, {
      id,
      text: objective,
      parent: at(row, columns.parent),
      team: at(row, columns.team),
      commitment: at(row, columns.commitment),
      cell: a1(r + 1, columns.objective!),
    });
  }
  for (const key of ambiguous) byId.delete(key);
  return { sheet, found: true, byId, ambiguous, errors };
}

/** How many of the IDs a key-result tab uses an objectives tab has (to choose among several tabs). */
export function linkedCount(table: ObjectiveTable, ids: readonly string[]): number {
  return ids.filter((id) => table.byId.has(objectiveKey(id)) || table.errors.has(objectiveKey(id))).length;
}
