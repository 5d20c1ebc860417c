// Dates at the edge between the engine (ISO civil dates) and Sheets.
import { usesDecimalComma, type NumberConvention } from '../core';
import type { IsoDate, Language } from '../core/model';

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

/**
 * How numbers typed as text are written: with a decimal comma when the spreadsheet's locale writes
 * one (Spreadsheet.getSpreadsheetLocale, such as hu_HU), or, for what a person types in the sidebar,
 * when the sidebar speaks Hungarian. A comma before three digits is then ambiguous, never a guess.
 */
export function typedNumbers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, language?: Language): NumberConvention {
  return { decimalComma: usesDecimalComma(ss.getSpreadsheetLocale()) || language === 'hu' };
}
