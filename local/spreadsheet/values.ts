// Conversions between the values a script passes and gets (Range.setValues / getValues) and what a
// cell stores.
import { dateToSerial, serialToDate, utcDateToSerial } from '../dates';
import { parseTyped } from '../typed';
import { DEFAULT_NUMBER_FORMAT, defaultDateFormat, defaultDateTimeFormat, isDateTimeFormat, isTextFormat } from '../numberFormat';
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
export type Entry = { kind: 'formula'; formula: string } | { kind: 'value'; value: Stored | null; numberFormat?: string };

/**
 * A value written with Range.setValue(s). "The value can be numeric, string, boolean or date. If it
 * begins with '=' it is interpreted as a formula" (developers.google.com/apps-script/reference/
 * spreadsheet/range#setvaluevalue). A cell formatted as plain text ('@') keeps such a string as text,
 * as it keeps anything typed into it. A leading apostrophe is Sheets' mark for literal text: it is
 * not part of the value. Any other string is parsed as if typed, by the spreadsheet's locale ("10%"
 * becomes 0.1, "1/2" a date, "007" the number 7, "TRUE" a boolean): see ../typed.ts.
 */
export function fromApiValue(value: unknown, format: CellFormat, timeZone: string, locale = 'en_US', currentYear = new Date().getFullYear()): Entry {
  if (value === null || value === undefined || value === '') return { kind: 'value', value: null };
  if (typeof value === 'number') return { kind: 'value', value: Number.isFinite(value) ? value : String(value) };
  if (typeof value === 'boolean') return { kind: 'value', value };
  if (typeof value === 'string') {
    if (isTextFormat(format.numberFormat)) return { kind: 'value', value };
    if (value.startsWith('=') && value.length > 1) return { kind: 'formula', formula: value };
    if (value.startsWith("'")) return { kind: 'value', value: value.length > 1 ? value.slice(1) : null };
    const typed = parseTyped(value, locale, currentYear);
    const automatic = isAutomatic(format.numberFormat);
    switch (typed.kind) {
      case 'formula':
        return { kind: 'formula', formula: typed.formula };
      case 'boolean':
        return { kind: 'value', value: typed.value };
      case 'number':
        return typed.numberFormat && automatic
          ? { kind: 'value', value: typed.value, numberFormat: typed.numberFormat }
          : { kind: 'value', value: typed.value };
      case 'date': {
        const serial = utcDateToSerial(new Date(Date.UTC(typed.year, typed.month - 1, typed.day)));
        return automatic ? { kind: 'value', value: serial, numberFormat: typed.numberFormat } : { kind: 'value', value: serial };
      }
      case 'text':
        return { kind: 'value', value };
    }
  }
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) return { kind: 'value', value: String(value) };
    const serial = dateToSerial(value, timeZone);
    // A date written into an automatic-format cell gets a date (or date-time) format, as in Sheets:
    // the locale's default pattern (M/d/yyyy in en_US; ../numberFormat.ts defaultDateFormat).
    if (!isAutomatic(format.numberFormat)) return { kind: 'value', value: serial };
    return { kind: 'value', value: serial, numberFormat: Number.isInteger(serial) ? defaultDateFormat(locale) : defaultDateTimeFormat(locale) };
  }
  // Anything else is stored as its string form, as Apps Script does with objects.
  return { kind: 'value', value: String(value) };
}

/** True for a cell nobody formatted (Sheets' "Automatic"), which takes the format of what is typed. */
function isAutomatic(format: string | undefined): boolean {
  return format === undefined || format === DEFAULT_NUMBER_FORMAT || format.toLowerCase() === 'general';
}
