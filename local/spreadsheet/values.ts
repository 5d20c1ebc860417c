// Conversions between the values a script passes and gets (Range.setValues / getValues) and what a
// cell stores.
import { dateToSerial, serialToDate } from '../dates';
import { DATE_FORMAT, DATE_TIME_FORMAT, DEFAULT_NUMBER_FORMAT, isDateTimeFormat, isTextFormat } from '../numberFormat';
import { isDate } from '../realm';
import { SerialDate, type CellFormat, type Stored } from './cells';

/** A value as Apps Script hands it to a script: Number, Boolean, Date or String; "" for a blank cell. */
export type ApiValue = number | string | boolean | Date;

/**
 * A stored value as Range.getValues returns it: blanks as "" ("Empty cells are represented by an
 * empty string in the array"), a number whose cell is formatted as a date or time as a Date
 * (developers.google.com/apps-script/reference/spreadsheet/range#getvalues).
 */
export function toApiValue(stored: Stored | null, numberFormat: string | undefined, timeZone: string): ApiValue {
  if (stored === null) return '';
  if (stored instanceof SerialDate) return serialToDate(stored.serial, timeZone);
  if (typeof stored === 'number' && isDateTimeFormat(numberFormat)) return serialToDate(stored, timeZone);
  return stored;
}

/** What a script's value becomes in a cell. */
export type Entry =
  | { kind: 'formula'; formula: string }
  | { kind: 'value'; value: Stored | null; numberFormat?: string };

/**
 * A value written with Range.setValue(s). "The value can be numeric, string, boolean or date. If it
 * begins with '=' it is interpreted as a formula" (developers.google.com/apps-script/reference/
 * spreadsheet/range#setvaluevalue). A cell formatted as plain text ('@') keeps such a string as text,
 * as it keeps anything typed into it. A leading apostrophe is Sheets' mark for literal text: it is
 * not part of the value.
 *
 * Simplification: Apps Script also parses other strings the way the UI parses typing ("10%" becomes
 * 0.1, "1/2" a date, "007" the number 7). The local runtime stores such strings as given, so an
 * add-on that relies on that parsing is not exercised here; write numbers as numbers.
 */
export function fromApiValue(value: unknown, format: CellFormat, timeZone: string): Entry {
  if (value === null || value === undefined || value === '') return { kind: 'value', value: null };
  if (typeof value === 'number') return { kind: 'value', value: Number.isFinite(value) ? value : String(value) };
  if (typeof value === 'boolean') return { kind: 'value', value };
  if (typeof value === 'string') {
    if (isTextFormat(format.numberFormat)) return { kind: 'value', value };
    if (value.startsWith('=') && value.length > 1) return { kind: 'formula', formula: value };
    if (value.startsWith("'")) return { kind: 'value', value: value.length > 1 ? value.slice(1) : null };
    return { kind: 'value', value };
  }
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) return { kind: 'value', value: String(value) };
    const serial = dateToSerial(value, timeZone);
    // A date written into an automatic-format cell gets a date (or date-time) format, as in Sheets.
    const current = format.numberFormat;
    const keep = current !== undefined && current !== DEFAULT_NUMBER_FORMAT && current.toLowerCase() !== 'general';
    if (keep) return { kind: 'value', value: serial };
    return { kind: 'value', value: serial, numberFormat: Number.isInteger(serial) ? DATE_FORMAT : DATE_TIME_FORMAT };
  }
  // Anything else is stored as its string form, as Apps Script does with objects.
  return { kind: 'value', value: String(value) };
}
