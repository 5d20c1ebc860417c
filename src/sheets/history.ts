// The `OKR history` tab: an append-only log of check-ins. Rows are only ever added under the last
// one, all of a check-in in one write; nothing already there is changed. The tab is found by its
// developer metadata, so renaming it does not start a second log.
import { readHistoryGrid, withPeriodicCheckIns, type HistoryByRef } from '../core/history';
import { HISTORY_COLUMNS, HISTORY_HEADERS, HISTORY_TAB_NAMES, historyColumnOf, type HistoryColumn } from '../core/i18n/historyHeaders';
import type { CalendarKind, CellValue, IsoDate, Language, Plan } from '../core/model';
import { digitsOf, formatDay } from '../core/calendar';
import { todayIn } from './dates';
import { literalValue } from './literal';
import { TAB_METADATA_KEY, tabMarker } from './read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The history tab's name in English (HISTORY_TAB_NAMES gives each language's). */
export const HISTORY_SHEET_NAME = HISTORY_TAB_NAMES.en;
export const HISTORY_KIND = 'history';

export interface HistoryEntry {
  time: Date;
  /** The When cell's number format: `historyTimeFormat` (a Solar Hijri day for a Solar Hijri plan). */
  timeFormat?: string;
  user: string;
  sheet: string;
  row: number;
  keyResult: string;
  /** The objective's text: with `keyResult`, the key result's identity (core/identity.ts). */
  objective: string;
  oldValue: string | number | boolean | null;
  newValue: string | number | boolean | null;
  /** Number format for the two values (a percentage format for percentage key results). */
  valueFormat: string;
  confidence: number | null;
  comment: string;
}

const HEADERS = HISTORY_HEADERS;
const GREGORIAN_TIME = 'yyyy-mm-dd hh:mm';

/**
 * The number format of a check-in's When cell. The cell is always a date-time (sortable, read back
 * by core/history.ts); for a Solar Hijri plan the format shows the Solar Hijri day as quoted text,
 * in the user's digits, with the Gregorian date and the time beside it: `"۱۴۰۵/۰۸/۱۵ "(yyyy-mm-dd) hh:mm`
 * (Sheets has no Solar Hijri date format; quoted text in a number format is shown as it is).
 */
export function historyTimeFormat(calendar: CalendarKind, day: IsoDate, language: Language): string {
  if (calendar !== 'jalali') return GREGORIAN_TIME;
  return `"${formatDay(day, 'jalali', { digits: digitsOf(language) })} ("yyyy-mm-dd") "hh:mm`;
}
const WIDTHS = [140, 160, 120, 50, 300, 90, 90, 90, 260, 260];
const TEXT = '@';

/** The history tab, found by its marker; null when there is none yet. */
export function findHistorySheet(ss: Spreadsheet): Sheet | null {
  return ss.getSheets().find((s) => tabMarker(s)?.kind === HISTORY_KIND) ?? null;
}

/**
 * Whether a tab is as insertSheet left it: no value, and no note, colour, frozen row or colour rule
 * where the history's header goes. A tab the user named and began (a note, a coloured header) is
 * theirs even before it holds a value.
 */
function pristine(sheet: Sheet): boolean {
  if (sheet.getLastRow() !== 0 || sheet.getLastColumn() !== 0 || sheet.getFrozenRows() !== 0) return false;
  if (sheet.getConditionalFormatRules().length > 0) return false;
  const head = sheet.getRange(1, 1, 1, HEADERS.en.length);
  const white = (c: string) => c === '' || c.toLowerCase() === '#ffffff';
  return head.getNotes()[0]!.every((n) => n === '') && head.getBackgrounds()[0]!.every(white);
}

function createHistorySheet(ss: Spreadsheet, language: Language): Sheet {
  // Never take over a sheet the user made: pick a free name instead. An empty, unmarked tab of the
  // history's name is one a creation cut short left behind (the marker is added right after the
  // tab): it is taken over, which repairs that state.
  const tabName = HISTORY_TAB_NAMES[language] ?? HISTORY_SHEET_NAME;
  const leftOver = ss.getSheetByName(tabName);
  let sheet: Sheet;
  if (leftOver && tabMarker(leftOver) === null && pristine(leftOver)) {
    sheet = leftOver;
  } else {
    let name = tabName;
    for (let n = 2; ss.getSheetByName(name); n++) name = `${tabName} (${n})`;
    // insertSheet activates the new tab: the user stays on the sheet they were working on.
    const active = ss.getActiveSheet();
    sheet = ss.insertSheet(name, ss.getSheets().length);
    if (active) active.activate();
  }
  sheet.addDeveloperMetadata(TAB_METADATA_KEY, JSON.stringify({ kind: HISTORY_KIND, source: '' }));
  const header = sheet.getRange(1, 1, 1, HEADERS.en.length);
  header.setValues([HEADERS[language].map((text) => literalValue(text, null))]);
  header.setFontWeight('bold');
  header.setBackground('#e8eaed');
  sheet.setFrozenRows(1);
  if (language === 'fa' || language === 'ar') sheet.setRightToLeft(true);
  WIDTHS.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  return sheet;
}

/**
 * Where a check-in's history rows go: the tab, the column of each field (1-based, found by its
 * header text in any of the four languages, so a column a co-editor inserted, moved or deleted never
 * shifts a field into another's column), and the first free row.
 */
export interface HistoryTarget {
  sheet: Sheet;
  columns: Record<HistoryColumn, number>;
  /** The first row under the tab's last row. */
  first: number;
}

/** The columns of a history header row by their text (core/i18n/historyHeaders.ts); first wins. */
function columnsOfHeader(header: readonly unknown[]): Partial<Record<HistoryColumn, number>> {
  const found: Partial<Record<HistoryColumn, number>> = {};
  header.forEach((cell, i) => {
    const key = historyColumnOf(typeof cell === 'string' ? cell : String(cell ?? ''));
    if (key && found[key] === undefined) found[key] = i + 1;
  });
  return found;
}

/**
 * The history tab ready to take `count` more rows: found by its marker or created. Its columns are
 * found by their header texts; a field whose header is gone (a user deleted that column, or a tab
 * from before the Objective column) gets its header back after the last used column, and the tab
 * gets the rows below its last one. Call it before the first user-visible write of an operation, so
 * that appending cannot fail after the sheet was changed. Reads: the header row (one call).
 */
export function prepareHistory(ss: Spreadsheet, count: number, language: Language): HistoryTarget {
  const sheet = findHistorySheet(ss) ?? createHistorySheet(ss, language);
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0]!;
  const found = columnsOfHeader(header);
  const missing = HISTORY_COLUMNS.filter((c) => found[c] === undefined);
  if (missing.length > 0) {
    // New headers go after the last non-empty header cell, never over a user's column.
    let next = header.reduce<number>((last, v, i) => (v === '' || v === null ? last : i + 1), 0) + 1;
    const needed = next + missing.length - 1;
    if (sheet.getMaxColumns() < needed) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
    for (const column of missing) found[column] = next++;
    const start = found[missing[0]!]!;
    sheet.getRange(1, start, 1, missing.length).setValues([missing.map((c) => literalValue(HEADERS[language][HISTORY_COLUMNS.indexOf(c)]!, null))]);
  }
  const first = Math.max(sheet.getLastRow(), 1) + 1;
  const last = first + count - 1;
  if (sheet.getMaxRows() < last) sheet.insertRowsAfter(sheet.getMaxRows(), last - sheet.getMaxRows());
  return { sheet, columns: found as Record<HistoryColumn, number>, first };
}

/** The block `count` history rows fill: every row from `first`, the span of the add-on's columns. */
export function historyBlock(target: HistoryTarget, count: number): GoogleAppsScript.Spreadsheet.Range {
  const cols = Object.values(target.columns);
  const left = Math.min(...cols);
  return target.sheet.getRange(target.first, left, Math.max(count, 1), Math.max(...cols) - left + 1);
}

/** Appends the entries under the last row, in one write; returns the tab. */
export function appendHistory(ss: Spreadsheet, entries: HistoryEntry[], language: Language): Sheet {
  const target = prepareHistory(ss, entries.length, language);
  return writeHistory(target, entries);
}

/** A history field's value and number format. */
function field(e: HistoryEntry, column: HistoryColumn): [unknown, string] {
  switch (column) {
    case 'time':
      return [e.time, e.timeFormat ?? GREGORIAN_TIME];
    case 'user':
      return [e.user, TEXT];
    case 'sheet':
      return [e.sheet, TEXT];
    case 'row':
      return [e.row, '0'];
    case 'keyResult':
      return [e.keyResult, TEXT];
    case 'oldValue':
      return [e.oldValue ?? '', typeof e.oldValue === 'string' ? TEXT : e.valueFormat];
    case 'newValue':
      return [e.newValue ?? '', typeof e.newValue === 'string' ? TEXT : e.valueFormat];
    case 'confidence':
      return [e.confidence ?? '', 'General'];
    case 'comment':
      return [e.comment, TEXT];
    case 'objective':
      return [e.objective, TEXT];
  }
}

/**
 * Writes the entries under the last row of a tab from `prepareHistory`, each field in the column
 * its header names. One block write (formats, then values); the cells of a user's column inside the
 * block keep what they held (they are below the last row, so empty) and their formats.
 */
export function writeHistory(target: HistoryTarget, entries: HistoryEntry[]): Sheet {
  if (entries.length === 0) return target.sheet;
  const block = historyBlock(target, entries.length);
  const left = block.getColumn();
  const formats = block.getNumberFormats();
  const values = block.getValues();
  entries.forEach((e, r) => {
    for (const column of HISTORY_COLUMNS) {
      const [value, format] = field(e, column);
      const c = target.columns[column] - left;
      formats[r]![c] = format;
      values[r]![c] = value;
    }
  });
  // Formats first: text stays text (a comment starting with "=" is not a formula).
  block.setNumberFormats(formats);
  block.setValues(values);
  return target.sheet;
}

/**
 * The check-ins of the history tab by key-result identity: per ref (core/identity.ts), the dated
 * values and confidences, oldest first (`HistoryByRef` in core/history.ts gives the shapes). One
 * read of the tab (getDataRange().getValues()) plus its time zone; an empty result when there is
 * no history tab. `plan` (today's plan of one OKR sheet) ties rows written before history named
 * objectives to the one key result of that sheet with the same text; rows it cannot tie are in
 * `unmatched`, never attached to a guess.
 */
export function readHistory(ss: Spreadsheet, plan?: Plan): HistoryByRef {
  const sheet = findHistorySheet(ss);
  const read: HistoryByRef = sheet
    ? readHistoryGrid(sheet.getDataRange().getValues() as CellValue[][], {
        timeZone: ss.getSpreadsheetTimeZone(),
        // The other tabs by name: a check-in logged on another OKR sheet is that sheet's.
        ...(plan
          ? {
              plan,
              otherSheets: new Set(
                ss
                  .getSheets()
                  .map((s) => s.getName())
                  .filter((n) => n !== plan.sheet),
              ),
            }
          : {}),
      })
    : { byRef: new Map(), unmatched: [], headerFound: false };
  // A periodic tracker's filled weeks and months are check-ins too (core/history.ts).
  const periodic = plan?.teams.some((t) => t.objectives.some((o) => o.keyResults.some((kr) => kr.periodic?.length)));
  if (!plan || !periodic) return read;
  return withPeriodicCheckIns(read, plan, plan.labels.asOf.value ?? todayIn(ss));
}
