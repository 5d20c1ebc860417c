// Sheets passes a custom function a single cell as its value and a range as a 2-D array of values
// (developers.google.com/apps-script/guides/sheets/functions#arguments). These helpers let each
// function be written for one row and applied cell by cell over ranges of the same shape.
import { parseDate, parseNumber, usesDecimalComma, type DateResult, type NumberConvention, type NumberResult } from '../core';
import { formatText, type MessageParams } from '../core/i18n/format';
import { FUNCTION_MESSAGES, type FunctionMessageKey } from '../core/i18n/functionMessages';
import { DEFAULT_SETTINGS, type CellValue, type IsoDate, type Language, type Settings } from '../core/model';
import { defaultLanguageOf } from '../sheets/menu';
import { loadSettings } from '../sheets/properties';

/** The text every per-cell problem starts with, so it is easy to spot and to filter out. */
export const ERROR_PREFIX = '#OKR!';

/** A problem with one cell's inputs: thrown in a single-value call, written as text in a range. */
export class CellProblem extends Error {}

let languageOfCall: Language | null = null;

/**
 * The language of this call's messages: the one the sidebar and the tabs speak (the saved setting,
 * else the user's locale, else the spreadsheet's: sheets/menu.ts defaultLanguageOf). A custom function
 * may read the document properties, the user's locale and the spreadsheet
 * (developers.google.com/apps-script/guides/sheets/functions, the services it can use). Read only
 * when a message is needed, once per call; English outside Apps Script or when nothing can be read.
 */
export function callLanguage(): Language {
  if (languageOfCall === null) {
    languageOfCall = 'en';
    try {
      if (typeof SpreadsheetApp !== 'undefined' && typeof PropertiesService !== 'undefined') {
        languageOfCall = loadSettings(defaultLanguageOf(SpreadsheetApp.getActiveSpreadsheet())).language;
      }
    } catch {
      // A message in English is still the right message.
    }
  }
  return languageOfCall;
}

/** One of the custom functions' messages (core/i18n/functionMessages.ts), in the call's language. */
export function functionMessage(key: FunctionMessageKey, params: MessageParams = {}): string {
  const language = callLanguage();
  return formatText(language, FUNCTION_MESSAGES[language][key], params);
}

/** A problem with one cell's inputs, in the call's language. */
export function problem(key: FunctionMessageKey, params: MessageParams = {}): CellProblem {
  return new CellProblem(functionMessage(key, params));
}

/** A problem with the whole call (ranges of different shapes, a bad weight), in the call's language. */
export function callError(key: FunctionMessageKey, params: MessageParams = {}): Error {
  return new Error(functionMessage(key, params));
}

type Shape = readonly [rows: number, columns: number];

function isRange(value: unknown): value is unknown[][] {
  return Array.isArray(value);
}

function shapeOf(value: unknown[][]): Shape {
  const rows = value.length;
  const columns = rows > 0 && Array.isArray(value[0]) ? value[0].length : 0;
  return [rows, columns];
}

function at(value: unknown, r: number, c: number): CellValue {
  if (!isRange(value)) return value as CellValue;
  const row = value[r];
  // A 1-D array (a caller outside Sheets) is read as a column.
  if (!Array.isArray(row)) return (c === 0 ? row : '') as CellValue;
  const cell = row[c];
  return (cell === undefined ? '' : cell) as CellValue;
}

/**
 * Applies `perCell` to every position of the range arguments (all of one shape; single values are
 * used for every cell). With only single values, returns one value and lets a CellProblem throw,
 * so the cell shows #ERROR! with the message; over ranges, a problem becomes `#OKR! message` in
 * its own cell and the other rows are still computed.
 */
export function overCells<R>(
  fnName: string,
  args: readonly (readonly [name: string, value: unknown])[],
  perCell: (...values: CellValue[]) => R,
): R | (R | string)[][] {
  newCall();
  let shape: Shape | null = null;
  let shapeFrom = '';
  for (const [name, value] of args) {
    if (!isRange(value)) continue;
    const s = shapeOf(value);
    if (!shape) {
      shape = s;
      shapeFrom = name;
    } else if (s[0] !== shape[0] || s[1] !== shape[1]) {
      throw callError('shapeMismatch', { fn: fnName, name, rows: s[0], columns: s[1], other: shapeFrom, otherRows: shape[0], otherColumns: shape[1] });
    }
  }
  const values = args.map(([, v]) => v);
  if (!shape) return perCell(...values.map((v) => at(v, 0, 0)));
  const [rows, columns] = shape;
  const out: (R | string)[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: (R | string)[] = [];
    for (let c = 0; c < columns; c++) {
      try {
        row.push(perCell(...values.map((v) => at(v, r, c))));
      } catch (err) {
        if (!(err instanceof CellProblem)) throw err;
        row.push(`${ERROR_PREFIX} ${err.message}`);
      }
    }
    out.push(row);
  }
  return out;
}

/** Every value of an argument, row by row; a single value is a list of one. */
export function flatten(value: unknown): CellValue[] {
  if (!isRange(value)) return [value as CellValue];
  return value.flatMap((row) => (Array.isArray(row) ? (row as CellValue[]) : [row as CellValue]));
}

export { isBlank } from '../core';

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

let zoneOfCall: string | null = null;
let conventionOfCall: NumberConvention | null = null;

/**
 * Starts a custom-function call: the spreadsheet's time zone and locale are read afresh, once, when
 * first needed (either can change between calls).
 */
export function newCall(): void {
  languageOfCall = null;
  zoneOfCall = null;
  conventionOfCall = null;
}

/**
 * How text numbers are written in this spreadsheet: with a decimal comma when its locale writes one
 * (Spreadsheet.getSpreadsheetLocale, a read-only get method a custom function may call:
 * developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services). Read once
 * per call; when it cannot be read, no decimal comma (text such as `2,5` is then not a number).
 */
export function spreadsheetConvention(): NumberConvention {
  if (conventionOfCall === null) {
    try {
      conventionOfCall = { decimalComma: usesDecimalComma(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale() || '') };
    } catch {
      conventionOfCall = {};
    }
  }
  return conventionOfCall;
}

/**
 * A number argument: numbers as given, text by the spreadsheet locale's decimal convention
 * (`"2,5"` is 2.5 in a hu_HU spreadsheet, `"2,500"` there is ambiguous, never a guess).
 */
export function numberArgument(value: CellValue): NumberResult {
  // A date where a number belongs is named by the day it shows in the spreadsheet's time zone.
  if (isDate(value)) return parseNumber(value, { timeZone: spreadsheetTimeZone() });
  if (typeof value !== 'string') return parseNumber(value);
  return parseNumber(value, spreadsheetConvention());
}

/**
 * The spreadsheet's time zone, read once per custom-function call and only when a Date needs it.
 * Sheets passes a date cell as a Date and "the function must compensate" when the spreadsheet and
 * the script time zones differ (developers.google.com/apps-script/guides/sheets/functions#arguments);
 * a custom function may call read-only get*() methods such as getSpreadsheetTimeZone.
 */
function spreadsheetTimeZone(): string | undefined {
  if (zoneOfCall === null) {
    try {
      zoneOfCall = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() || '';
    } catch {
      zoneOfCall = '';
    }
  }
  return zoneOfCall || undefined;
}

/** A date argument as the calendar day the user sees in the spreadsheet's time zone. */
export function dateArgument(value: CellValue): DateResult {
  return parseDate(value, isDate(value) ? spreadsheetTimeZone() : undefined);
}

/**
 * A date argument that can be a plan's date, or the cell's error in the call's language: not a date
 * (`notDate`), or outside the years 1900–2200 (`implausibleDate`, as the sheet's DATE_IMPLAUSIBLE;
 * 0999 is never read as a Solar Hijri year and answered for).
 */
export function planDateOrProblem(name: string, value: CellValue): IsoDate {
  const parsed = dateArgument(value);
  if (!parsed.ok) throw problem('notDate', { name, value: quote(value) });
  return planDayOrProblem(name, value, parsed.value);
}

/** `day`, read from `value`, when a plan can have it (years 1900–2200); else the argument's error. */
export function planDayOrProblem(name: string, value: CellValue, day: IsoDate): IsoDate {
  const year = Number(day.slice(0, 4));
  if (year < 1900 || year > 2200) throw problem('implausibleDate', { name, value: quote(value) });
  return day;
}

/** Quotes a cell value for a message, short enough for a cell. */
export function quote(value: CellValue): string {
  const day = isDate(value) ? dateArgument(value) : null;
  const text = day ? (day.ok ? day.value : day.text) : String(value);
  return `"${text.length > 24 ? `${text.slice(0, 23)}…` : text}"`;
}

/**
 * The bands and pace tolerances saved with Settings, the ones the progress tabs use. Custom functions
 * may read the document properties (developers.google.com/apps-script/guides/sheets/functions, the
 * table of services a custom function can use: Properties). Read once per call; a failure to read
 * is the cell's error, never the defaults in disguise.
 */
export function savedSettings(): Settings {
  // Outside Apps Script (a unit test calling the function itself) there is no document, so nothing is saved.
  if (typeof PropertiesService === 'undefined') return DEFAULT_SETTINGS;
  return loadSettings();
}
