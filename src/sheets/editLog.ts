// Typed values become check-ins: the onEdit simple trigger logs an edit to the Current or
// Confidence column of an OKR sheet to the history tab, as a check-in made in the sidebar is.
//
// Platform facts this relies on (developers.google.com/apps-script/guides/triggers/events,
// "Edit (simple and installable)"; .../add-ons/concepts/editor-triggers; .../add-ons/concepts/
// editor-auth-lifecycle; /work/shared/reference/apps-script-platform.md §2):
// - An editor add-on may use the simple trigger onEdit(e) in Sheets. It runs in AuthMode.LIMITED,
//   where the script may read and change the document it is bound to and use the Properties
//   service, but gets no user data beyond the locale; it cannot run longer than 30 s.
// - e.range is the edited cell or range; e.value and e.oldValue are present only when the edited
//   range is a single cell (oldValue is undefined when that cell was empty). A paste or a fill over
//   several cells has neither, so such a row is logged with no old value and says so.
// - e.user is the active user "if available": often blank in a simple trigger, and then the row's
//   User is blank, never guessed.
//
// Cost: every edit pays for reading one document property and one Range call (getA1Notation);
// an edit above every OKR sheet's key-result rows stops there. An edit below pays two calls to know
// its sheet (getSheet, getSheetId); on an OKR sheet outside the watched columns, two more read the
// header cells of Current and Confidence, since a column inserted or deleted before them moves them
// without any event a simple trigger sees. Only an edit of a watched column reads the sheet.
import { a1, isBlank, parseDate, parseNumber, percentFormatFor, planCalendar } from '../core';
import { typedNumbers } from './dates';
import { HISTORY_NOTES, PRODUCT_NAME } from '../core/i18n/historyHeaders';
import type { CellValue, Language } from '../core/model';
import { appendHistory, historyTimeFormat, type HistoryEntry } from './history';
import { keyResultsByRow } from './checkin';
import { headersStillThere, loadEditIndex, type EditIndexEntry } from './editIndex';
import { defaultLanguageOf } from './menu';
import { loadSettings } from './properties';
import { readOkrSheet, tabMarker } from './read';
import { markProgressStale } from './progress';

/** The rows and columns of an A1 reference without a sheet ("C5", "C5:D9"); null for anything else. */
export function areaOfA1(a1: string): { startRow: number; endRow: number; startColumn: number; endColumn: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(a1.trim().toUpperCase());
  if (!m) return null;
  const column = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const c1 = column(m[1]!);
  const r1 = Number(m[2]);
  const c2 = m[3] ? column(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { startRow: Math.min(r1, r2), endRow: Math.max(r1, r2), startColumn: Math.min(c1, c2), endColumn: Math.max(c1, c2) };
}

/**
 * A value of the event object (e.oldValue) as the history stores it. The Edit event documents the
 * old value as the cell's value, with the example 1234, and scripts receive it as text: a plain
 * machine number ("1234", "0.45") is the number, "TRUE"/"FALSE" a checkbox, anything else the text
 * itself. How Sheets writes a date here is not documented; it stays text (docs/ACCEPTANCE.md).
 */
export function eventValue(v: unknown): string | number | boolean | null {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const text = String(v);
  if (/^-?\d+(\.\d+)?(e-?\d+)?$/i.test(text)) return Number(text);
  if (text === 'TRUE' || text === 'FALSE') return text === 'TRUE';
  return text;
}

/** A cell as the history stores it: a Date as the day it shows in the spreadsheet's time zone. */
const stored = (v: CellValue, timeZone: string): string | number | boolean | null => {
  if (v === undefined || v === null || v === '') return null;
  if (Object.prototype.toString.call(v) !== '[object Date]') return v as string | number | boolean;
  const day = parseDate(v, timeZone);
  return day.ok ? day.value : (v as Date).toISOString().slice(0, 10);
};

/**
 * Handles one onEdit event: returns how many history rows it logged (0 for an edit elsewhere, an
 * edit to the header, outside the key-result rows, or in one of the add-on's own tabs).
 */
export function logEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): number {
  if (!e?.range) return 0;
  // No document access in AuthMode.NONE (editor-auth-lifecycle); onEdit is not documented to run so.
  if (String(e.authMode) === 'NONE') return 0;
  const index = loadEditIndex();
  if (index.length === 0) return 0;
  const area = areaOfA1(e.range.getA1Notation());
  if (!area) return 0;
  const watched = (entry: EditIndexEntry) =>
    area.endRow > entry.headerRow && [entry.current, entry.confidence].some((c) => c !== null && c >= area.startColumn && c <= area.endColumn);
  const inRows = index.filter((entry) => area.endRow > entry.headerRow);
  if (inRows.length === 0) return 0;
  const candidates = inRows.filter(watched);

  // Past this point the edit may be a check-in: which sheet?
  const sheet = e.range.getSheet();
  const sheetId = sheet.getSheetId();
  if (!candidates.some((c) => c.sheetId === sheetId)) {
    // Not a watched column as the index has it. A column inserted or deleted before Current since
    // the add-on last read the sheet moves Current without telling the index (the simple onEdit
    // trigger sees no structure changes): the recorded header texts say whether it moved.
    const entry = inRows.find((c) => c.sheetId === sheetId);
    if (!entry || headersStillThere(sheet, entry)) return 0;
  }
  if (tabMarker(sheet)) return 0;
  const ss = sheet.getParent();
  const settings = loadSettings(defaultLanguageOf(ss));
  // Reading the sheet again also refreshes the index (columns may have moved since it was written).
  const okr = readOkrSheet(sheet, settings);
  if (!okr) return 0;
  const currentCol = okr.mapping.columns.current;
  const confidenceCol = okr.mapping.columns.confidence ?? null;
  if (!currentCol) return 0;
  const inArea = (c: number | null) => c !== null && c >= area.startColumn && c <= area.endColumn;
  const currentEdited = inArea(currentCol);
  const confidenceEdited = inArea(confidenceCol);
  if (!currentEdited && !confidenceEdited) return 0;

  const single = area.startRow === area.endRow && area.startColumn === area.endColumn;
  const language = settings.language as Language;
  const notes = HISTORY_NOTES[language] ?? HISTORY_NOTES.en;
  let user = '';
  try {
    user = e.user ? e.user.getEmail() : '';
  } catch {
    // Not visible to this trigger: the User column stays blank.
  }
  const places = keyResultsByRow(okr);
  const now = new Date();
  // The When cell shows the day in the plan's calendar (one time-zone read).
  const timeZone = ss.getSpreadsheetTimeZone();
  // The locale's number writing, read only when an old value is text (one call).
  let numbers: ReturnType<typeof typedNumbers> | null = null;
  const timeFormat = historyTimeFormat(planCalendar(okr.analysis.plan), Utilities.formatDate(now, timeZone, 'yyyy-MM-dd'), language);
  const entries: HistoryEntry[] = [];
  for (let row = Math.max(area.startRow, okr.mapping.headerRow + 1); row <= area.endRow; row++) {
    const place = places.get(row);
    // A row without key-result text has no identity (core/identity.ts): nothing to log it under.
    if (!place?.kr.text.value) continue;
    const { kr, objective } = place;
    const raw = okr.values[row - 1]?.[currentCol - 1];
    // Text the reader reads as a number (Persian or Arabic digits, a Hungarian 140,5 in a text
    // cell) is logged as that number, so it reaches the trend line, the dashboard and the forecast.
    const read = typeof raw === 'string' && kr.type !== 'milestone' && kr.current.value !== null && kr.current.cell === a1(row, currentCol);
    const value = read ? kr.current.value : stored(raw, timeZone);
    // The old value as the reader would have read it: Persian digits or a Hungarian 120,5 are numbers.
    const typedOld = !currentEdited ? value : single ? eventValue(e.oldValue) : null;
    const oldRead = typeof typedOld === 'string' && kr.type !== 'milestone' ? parseNumber(typedOld, (numbers ??= typedNumbers(ss))) : null;
    const oldValue = oldRead?.ok && kr.scale !== 'percent' ? oldRead.value : typedOld;
    const percent = kr.scale === 'percent' && kr.percentStorage === 'fraction';
    entries.push({
      time: now,
      timeFormat,
      user,
      sheet: sheet.getName(),
      row,
      keyResult: kr.text.value ?? '',
      objective: objective.text.value ?? '',
      oldValue,
      newValue: value,
      valueFormat: percent ? percentFormatFor([kr.start.value, kr.target.value, typeof value === 'number' ? value : null]) : 'General',
      confidence: confidenceEdited ? kr.confidence.value : null,
      // A cleared Confidence logs a blank, as "not given" does: the note tells them apart, so the
      // confidence trend drops it from that day on.
      comment:
        currentEdited && !single
          ? notes.pasted
          : !currentEdited && confidenceEdited && kr.confidence.value === null && isBlank(kr.confidence.raw)
            ? notes.confidenceCleared
            : notes.typed,
    });
  }
  if (entries.length === 0) return 0;
  // Two edits at once (two people typing, or a typed value while a sidebar check-in is saved) each
  // find the history's last row and write under it: unguarded, the later write lands on the same
  // rows and one check-in is lost. The document lock serialises them with each other and with the
  // sidebar's saves (which hold it too). LockService needs no authorization and reads no user data,
  // so it is among the services a simple trigger may use in AuthMode.LIMITED
  // (developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle, "services that don't
  // access user data"; the Lock service reference lists no scope; custom functions, a narrower
  // mode, may call it too: guides/sheets/functions). The wait stays well inside the trigger's 30 s.
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(EDIT_LOG_LOCK_WAIT_MS)) {
    // Never a silent loss: the value stays in the sheet, and the user is told it was not logged.
    ss.toast(notes.notLogged, PRODUCT_NAME, 10);
    return 0;
  }
  try {
    appendHistory(ss, entries, language);
    // The progress tabs no longer show these values: the overview says so until the next refresh.
    try {
      markProgressStale(ss, sheet, language);
    } catch {
      // The check-in is logged; the note on the overview is a courtesy.
    }
  } finally {
    lock.releaseLock();
  }
  return entries.length;
}

/** How long a typed check-in waits for another change to the document to be saved. */
export const EDIT_LOG_LOCK_WAIT_MS = 10_000;
