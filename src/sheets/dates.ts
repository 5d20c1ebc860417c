// Dates at the edge between the engine (ISO civil dates) and Sheets.
import type { IsoDate } from '../core/model';

const MS_PER_DAY = 86_400_000;
// Sheets counts days from 1899-12-30 (developers.google.com/sheets/api/guides/formats).
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

export function isoToSerial(iso: IsoDate): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - SERIAL_EPOCH) / MS_PER_DAY);
}

/** Today in the spreadsheet's time zone, which is the day its users see. */
export function todayIn(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): IsoDate {
  return Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}
