// The `OKR history` tab: an append-only log of check-ins. Rows are only ever added under the last
// one, all of a check-in in one write; nothing already there is changed. The tab is found by its
// developer metadata, so renaming it does not start a second log.
import { readHistoryGrid, type HistoryByRef } from '../core/history';
import { HISTORY_HEADERS } from '../core/i18n/historyHeaders';
import type { CellValue, Language, Plan } from '../core/model';
import { literalValue } from './literal';
import { TAB_METADATA_KEY, tabMarker } from './read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const HISTORY_SHEET_NAME = 'OKR history';
export const HISTORY_KIND = 'history';

export interface HistoryEntry {
  time: Date;
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
/** How many columns a history row fills (the header's width). */
export const HISTORY_WIDTH = HEADERS.en.length;
const WIDTHS = [140, 160, 120, 50, 300, 90, 90, 90, 260, 260];
const TEXT = '@';

/** The history tab, found by its marker; null when there is none yet. */
export function findHistorySheet(ss: Spreadsheet): Sheet | null {
  return ss.getSheets().find((s) => tabMarker(s)?.kind === HISTORY_KIND) ?? null;
}

function createHistorySheet(ss: Spreadsheet, language: Language): Sheet {
  // Never take over a sheet the user made: pick a free name instead. An empty, unmarked tab of the
  // history's name is one a creation cut short left behind (the marker is added right after the
  // tab): it is taken over, which repairs that state.
  const leftOver = ss.getSheetByName(HISTORY_SHEET_NAME);
  let sheet: Sheet;
  if (leftOver && tabMarker(leftOver) === null && leftOver.getLastRow() === 0 && leftOver.getLastColumn() === 0) {
    sheet = leftOver;
  } else {
    let name = HISTORY_SHEET_NAME;
    for (let n = 2; ss.getSheetByName(name); n++) name = `${HISTORY_SHEET_NAME} (${n})`;
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
 * The history tab ready to take `count` more rows: found by its marker or created, with its nine
 * columns and the rows below its last one (a user who deleted the empty columns or rows gets them
 * back). Call it before the first user-visible write of an operation, so that appending cannot fail
 * after the sheet was changed.
 */
export function prepareHistory(ss: Spreadsheet, count: number, language: Language): Sheet {
  const sheet = findHistorySheet(ss) ?? createHistorySheet(ss, language);
  const width = HEADERS.en.length;
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  // A tab from before the Objective column (or with a header cell cleared) gets its header back:
  // the reader finds the columns by these texts.
  const header = sheet.getRange(1, 1, 1, HEADERS.en.length);
  const texts = header.getValues()[0]!;
  if (texts.some((v) => v === '')) header.setValues([texts.map((v, i) => literalValue(v === '' ? HEADERS[language][i]! : String(v), null))]);
  const last = Math.max(sheet.getLastRow(), 1) + count;
  if (sheet.getMaxRows() < last) sheet.insertRowsAfter(sheet.getMaxRows(), last - sheet.getMaxRows());
  return sheet;
}

/** Appends the entries under the last row, in one write; returns the tab. */
export function appendHistory(ss: Spreadsheet, entries: HistoryEntry[], language: Language): Sheet {
  const sheet = prepareHistory(ss, entries.length, language);
  return writeHistory(sheet, entries);
}

/** Writes the entries under the last row of a tab from `prepareHistory`, in one write. */
export function writeHistory(sheet: Sheet, entries: HistoryEntry[]): Sheet {
  if (entries.length === 0) return sheet;
  const first = Math.max(sheet.getLastRow(), 1) + 1;
  const range = sheet.getRange(first, 1, entries.length, HEADERS.en.length);
  // Formats first: text stays text (a comment starting with "=" is not a formula).
  range.setNumberFormats(
    entries.map((e) => [
      'yyyy-mm-dd hh:mm',
      TEXT,
      TEXT,
      '0',
      TEXT,
      typeof e.oldValue === 'string' ? TEXT : e.valueFormat,
      typeof e.newValue === 'string' ? TEXT : e.valueFormat,
      'General',
      TEXT,
      TEXT,
    ]),
  );
  range.setValues(
    entries.map((e) => [e.time, e.user, e.sheet, e.row, e.keyResult, e.oldValue ?? '', e.newValue ?? '', e.confidence ?? '', e.comment, e.objective]),
  );
  return sheet;
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
  if (!sheet) return { byRef: new Map(), unmatched: [], headerFound: false };
  const grid = sheet.getDataRange().getValues() as CellValue[][];
  return readHistoryGrid(grid, { timeZone: ss.getSpreadsheetTimeZone(), ...(plan ? { plan } : {}) });
}
