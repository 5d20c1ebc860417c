// The `OKR history` tab: an append-only log of check-ins. Rows are only ever added under the last
// one, all of a check-in in one write; nothing already there is changed. The tab is found by its
// developer metadata, so renaming it does not start a second log.
import type { Language } from '../core/model';
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
  oldValue: string | number | boolean | null;
  newValue: string | number | boolean | null;
  /** Number format for the two values (a percentage format for percentage key results). */
  valueFormat: string;
  confidence: number | null;
  comment: string;
}

const HEADERS: Record<Language, string[]> = {
  en: ['Time', 'User', 'Sheet', 'Row', 'Key result', 'Old value', 'New value', 'Confidence', 'Comment'],
  fa: ['زمان', 'کاربر', 'برگه', 'ردیف', 'نتیجه کلیدی', 'مقدار قبلی', 'مقدار جدید', 'اطمینان', 'توضیح'],
  ar: ['الوقت', 'المستخدم', 'الورقة', 'الصف', 'النتيجة الرئيسية', 'القيمة السابقة', 'القيمة الجديدة', 'الثقة', 'تعليق'],
  hu: ['Időpont', 'Felhasználó', 'Munkalap', 'Sor', 'Kulcseredmény', 'Előző érték', 'Új érték', 'Magabiztosság', 'Megjegyzés'],
};
const WIDTHS = [140, 160, 120, 50, 300, 90, 90, 90, 260];
const TEXT = '@';

/** The history tab, found by its marker; null when there is none yet. */
export function findHistorySheet(ss: Spreadsheet): Sheet | null {
  return ss.getSheets().find((s) => tabMarker(s)?.kind === HISTORY_KIND) ?? null;
}

function createHistorySheet(ss: Spreadsheet, language: Language): Sheet {
  // Never take over a sheet the user made: pick a free name instead.
  let name = HISTORY_SHEET_NAME;
  for (let n = 2; ss.getSheetByName(name); n++) name = `${HISTORY_SHEET_NAME} (${n})`;
  const sheet = ss.insertSheet(name, ss.getSheets().length);
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

/** Appends the entries under the last row, in one write; returns the tab. */
export function appendHistory(ss: Spreadsheet, entries: HistoryEntry[], language: Language): Sheet {
  const sheet = findHistorySheet(ss) ?? createHistorySheet(ss, language);
  if (entries.length === 0) return sheet;
  const first = Math.max(sheet.getLastRow(), 1) + 1;
  const last = first + entries.length - 1;
  if (sheet.getMaxRows() < last) sheet.insertRowsAfter(sheet.getMaxRows(), last - sheet.getMaxRows());
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
    ]),
  );
  range.setValues(
    entries.map((e) => [e.time, e.user, e.sheet, e.row, e.keyResult, e.oldValue ?? '', e.newValue ?? '', e.confidence ?? '', e.comment]),
  );
  return sheet;
}
