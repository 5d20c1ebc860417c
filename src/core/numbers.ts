// Reads numbers and dates from cells: the values Sheets gives (numbers, booleans, Dates, "") and
// text typed in any of the add-on's languages. Nothing is guessed: text that could mean more than
// one number (`$500K`, `1,5`, `20-30`) is reported as ambiguous, never read.
import { isValidJalaaliDate, toGregorian } from 'jalaali-js';
import { normalizeDigits, withoutBidiMarks } from './digits';
import type { CellValue, IsoDate } from './model';

/** `date`: the cell holds a date where a number belongs (Sheets turns a typed 8/10 into one); `text` is the day. */
export type NumberResult = { ok: true; value: number } | { ok: false; reason: 'blank' | 'error' | 'ambiguous' | 'notNumber' | 'date'; text: string };

export type DateResult =
  /** `solarHijri`: a date cell whose year was below 1700, read as the Solar Hijri date it shows (`1405-08-15`). */
  { ok: true; value: IsoDate; solarHijri?: string } | { ok: false; reason: 'blank' | 'error' | 'notDate'; text: string };

/**
 * What the add-on's Score formula passes to OKR_SCORE for an input cell that holds an error value:
 * each range is wrapped in `IFERROR(range, "#ERROR_IN_CELL")` (see sheets/scoreColumn.ts).
 */
export const ERROR_STAND_IN = '#ERROR_IN_CELL';

/** The error values a Sheets cell can hold; getValues() returns them as these strings (and the add-on's stand-in). */
export const SHEETS_ERRORS: readonly string[] = ['#REF!', '#N/A', '#DIV/0!', '#VALUE!', '#ERROR!', '#NAME?', '#NUM!', '#NULL!', ERROR_STAND_IN];

const DAY_MS = 86_400_000;

// sign, then a percent sign before the number (Persian and Arabic write ٪۳۰ too), the number,
// a percent sign after it. Thousands groups use one separator throughout: `,`, Arabic `٬`, or
// spaces (space, no-break, figure, thin, narrow no-break). Decimals use `.` or Arabic `٫`.
const NUMBER_TEXT = new RegExp(
  '^([+\\-\\u2212]?)\\s*([%\\u066a\\ufe6a\\uff05]?)\\s*' +
    '(' +
    // A thousands group never follows a leading 0: 0,750 (or ۰٬۷۵۰, a slip for ۰٫۷۵۰) is not 750.
    '(?:[1-9]\\d{0,2}(?:,\\d{3})+|[1-9]\\d{0,2}(?:\\u066c\\d{3})+|[1-9]\\d{0,2}(?:[ \\u00a0\\u2007\\u2009\\u202f]\\d{3})+|\\d+)' +
    '(?:[.\\u066b]\\d+)?' +
    '|[.\\u066b]\\d+' +
    ')' +
    '\\s*([%\\u066a\\ufe6a\\uff05]?)$',
);

// Year first only (unambiguous): 2026-10-01, 2026/10/01, 2026.10.01, and the Hungarian 2026. 10. 01.
const DATE_TEXT = /^(\d{4})([-/.])\s*(\d{1,2})\2\s*(\d{1,2})(?:(?<=\.\s*\d{1,2})\.)?$/;

export { normalizeDigits };

const cleanText = withoutBidiMarks;

/** True for a Sheets error value such as `#REF!` or `#N/A`. */
export function isSheetsError(v: unknown): boolean {
  return typeof v === 'string' && SHEETS_ERRORS.includes(cleanText(v).toUpperCase());
}

/** True for an empty cell: null, undefined, "" or only spaces. */
const PERCENT_UNIT = /^\s*(%|٪|percent|درصد|بالمئة|százalék)\s*$/i;

/** True when a Unit cell says the values are percentages (`%`, `٪`, or the word in any language). */
export function isPercentUnit(unit: unknown): boolean {
  return typeof unit === 'string' && PERCENT_UNIT.test(unit);
}

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && cleanText(v) === '');
}

function isDate(v: unknown): v is Date {
  // The bundle runs in another realm in tests (node:vm) and Sheets' Dates are not our Date.
  return Object.prototype.toString.call(v) === '[object Date]';
}

function dateTime(v: Date): number {
  try {
    return Date.prototype.getTime.call(v);
  } catch {
    return Number.NaN;
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoFromUtcDays(days: number): IsoDate | null {
  const d = new Date(days * DAY_MS);
  const y = d.getUTCFullYear();
  if (!Number.isFinite(y) || y < 1 || y > 9999) return null;
  return `${pad(y, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

// Made on first use, never at load time (Apps Script evaluates the bundle on every call).
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    dayFormatters.set(timeZone, f);
  }
  return f;
}

/**
 * The calendar day an instant falls on in a time zone (an IANA name such as `Pacific/Auckland`),
 * the day a person there sees on the wall; null outside the years 1–9999. Throws a RangeError for a
 * time zone Intl does not know.
 */
export function civilDateIn(ms: number, timeZone: string): IsoDate | null {
  if (!Number.isFinite(ms)) return null;
  const parts: Record<string, string> = {};
  for (const p of dayFormatter(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  const year = Number(parts.year);
  if (parts.era !== 'AD' && parts.era !== 'A') return null;
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  return `${pad(year, 4)}-${pad(Number(parts.month), 2)}-${pad(Number(parts.day), 2)}`;
}

function dateValue(v: Date, timeZone?: string): IsoDate | null {
  const ms = dateTime(v);
  if (!Number.isFinite(ms)) return null;
  // Sheets gives a date cell as the instant its wall-clock date and time occur in the spreadsheet's
  // time zone (developers.google.com/sheets/api/guides/formats: serials carry no offset; they are
  // in the spreadsheet's time zone). The day is the one on the wall there, at any hour.
  if (timeZone) return civilDateIn(ms, timeZone);
  // Without a time zone (a caller outside Sheets), midnight anywhere from UTC−12 to UTC+12 is
  // nearest to the UTC midnight of its own day.
  return isoFromUtcDays(Math.round(ms / DAY_MS));
}

/** The cell as text for a message: what the user sees, never throwing on odd values. */
function cellText(v: unknown, timeZone?: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(v);
  if (isDate(v)) return dateValue(v, timeZone) ?? 'Invalid Date';
  try {
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

/** How typed numbers are written where they were typed. */
export interface NumberConvention {
  /** The decimal separator is a comma (Hungarian `2,5` is 2.5); a comma before three digits is then ambiguous. */
  decimalComma?: boolean;
  /** The spreadsheet's time zone: a date cell named in a message is the day it shows there. */
  timeZone?: string;
}

// Languages whose locales write the decimal separator as a comma (CLDR), and the regions of those
// languages that write a point instead.
const DECIMAL_COMMA_LANGUAGES = new Set([
  'hu',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'ru',
  'uk',
  'pl',
  'cs',
  'sk',
  'sl',
  'hr',
  'sr',
  'bg',
  'ro',
  'tr',
  'el',
  'sv',
  'da',
  'nb',
  'no',
  'nn',
  'fi',
  'et',
  'lv',
  'lt',
  'id',
  'vi',
  'az',
  'ka',
  'kk',
  'be',
  'ca',
  'gl',
  'eu',
  'hy',
]);
const DECIMAL_POINT_REGIONS = new Set(['de_CH', 'de_LI', 'es_MX', 'es_US', 'es_PR', 'es_419', 'it_CH', 'fr_CH']);

/** True when a locale (`hu_HU`, `hu-HU`, `hu`) writes decimals with a comma. */
export function usesDecimalComma(locale: string): boolean {
  const tag = String(locale ?? '').replace('-', '_');
  if (DECIMAL_POINT_REGIONS.has(tag)) return false;
  return DECIMAL_COMMA_LANGUAGES.has(tag.split('_')[0]!.toLowerCase());
}

const SPACE_GROUPS = '[ \\u00a0\\u2007\\u2009\\u202f]';
// A decimal-comma number: thousands in space groups (1 500,25) or none, a comma, the decimals.
const COMMA_DECIMAL_TEXT = new RegExp(
  '^([+\\-\\u2212]?\\s*[%\\u066a\\ufe6a\\uff05]?\\s*)' + '(\\d{1,3}(?:' + SPACE_GROUPS + '\\d{3})+|\\d+)?,(\\d+)' + '(\\s*[%\\u066a\\ufe6a\\uff05]?)$',
);

/**
 * Typed text in a decimal-comma locale as the same number written with a point, or null when the
 * text cannot be read for sure: `2,500` is 2.5 in Budapest and 2500 in London, so a comma before
 * exactly three digits (with no space groups that settle it) is ambiguous, as is a point before
 * three digits (`2.500`, a German thousands point).
 */
function fromDecimalComma(text: string): { text: string } | { ambiguous: true } {
  const m = COMMA_DECIMAL_TEXT.exec(text);
  if (m) {
    const [, before = '', whole = '', decimals = '', after = ''] = m;
    const grouped = new RegExp(SPACE_GROUPS).test(whole);
    // 0,215 is no thousands grouping (a group never leads with 0): it is 0.215 everywhere.
    if (decimals.length === 3 && !grouped && whole !== '0') return { ambiguous: true };
    return { text: `${before}${whole.replace(new RegExp(SPACE_GROUPS, 'g'), '')}.${decimals}${after}` };
  }
  if (text.includes(',')) return { ambiguous: true };
  if (/(?:^|[^\d])\d{1,3}\.\d{3}(?:$|[^\d])/.test(text)) return { ambiguous: true };
  return { text };
}

/**
 * A number from a cell. Numbers are kept; typed text is read when it has exactly one meaning:
 * `30%` and `۳۰٪` → 0.3, `1,500` and `١٬٥٠٠` → 1500, `12٫5` → 12.5, `−12` → −12; with a decimal
 * comma (`convention`), `2,5` → 2.5, `1 500,25` → 1500.25 and `2,500` is ambiguous. Currency,
 * suffixes, words, ranges and odd separators are `ambiguous`; error values are `error`.
 */
export function parseNumber(v: CellValue, convention: NumberConvention = {}): NumberResult {
  if (typeof v === 'number') {
    return Number.isFinite(v) ? { ok: true, value: v } : { ok: false, reason: 'notNumber', text: String(v) };
  }
  if (typeof v !== 'string') {
    if (isBlank(v)) return { ok: false, reason: 'blank', text: '' };
    if (isDate(v)) return { ok: false, reason: 'date', text: cellText(v, convention.timeZone) };
    return { ok: false, reason: 'notNumber', text: cellText(v) };
  }
  const trimmed = cleanText(v);
  if (trimmed === '') return { ok: false, reason: 'blank', text: v };
  if (isSheetsError(trimmed)) return { ok: false, reason: 'error', text: trimmed };
  let text = normalizeDigits(trimmed);
  if (convention.decimalComma) {
    const read = fromDecimalComma(text);
    if ('ambiguous' in read) return { ok: false, reason: 'ambiguous', text: v };
    text = read.text;
  }
  const m = NUMBER_TEXT.exec(text);
  const unreadable = (): NumberResult => ({ ok: false, reason: /\d/.test(text) ? 'ambiguous' : 'notNumber', text: v });
  if (!m) return unreadable();
  const [, sign, percentBefore, body = '', percentAfter] = m;
  // `%30%` says percent twice: not something to read.
  if (percentBefore && percentAfter) return unreadable();
  const plain = body.replace(/\u066b/g, '.').replace(/[^0-9.]/g, '');
  let value = Number(plain);
  if (!Number.isFinite(value)) return { ok: false, reason: 'notNumber', text: v };
  if (percentBefore || percentAfter) value /= 100;
  if (sign === '-' || sign === '\u2212') value = -value;
  // -0 would print and compare oddly downstream.
  return { ok: true, value: value === 0 ? 0 : value };
}

function daysInGregorianMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * A civil date from a cell. A Date is the calendar day it falls on in `timeZone`, the spreadsheet's
 * time zone (without one, the nearest UTC midnight, right for midnights from UTC−12 to UTC+12);
 * typed `2026-10-01`, `2026/10/01` or `2026.10.01` are read in any digits, and a year before 1700
 * is a Solar Hijri date (`۱۴۰۵/۰۷/۰۱` → 2026-09-23), in text and in date cells alike (a date cell
 * shows 1405-07-01 when 1405/07/01 was typed into it; `solarHijri` then says so). Numbers are not
 * dates: Sheets gives Dates.
 */
export function parseDate(v: CellValue, timeZone?: string): DateResult {
  if (isDate(v)) {
    const iso = dateValue(v, timeZone);
    if (!iso) return { ok: false, reason: 'notDate', text: cellText(v) };
    const year = Number(iso.slice(0, 4));
    if (year >= 1700) return { ok: true, value: iso };
    // A Solar Hijri date typed into a date cell (1405/08/15) becomes the year 1405 AD in Sheets:
    // the digits the user sees are the Solar Hijri date they meant.
    const month = Number(iso.slice(5, 7));
    const day = Number(iso.slice(8, 10));
    if (!isValidJalaaliDate(year, month, day)) return { ok: false, reason: 'notDate', text: iso };
    const g = toGregorian(year, month, day);
    return { ok: true, value: `${pad(g.gy, 4)}-${pad(g.gm, 2)}-${pad(g.gd, 2)}`, solarHijri: iso };
  }
  if (isBlank(v)) return { ok: false, reason: 'blank', text: typeof v === 'string' ? v : '' };
  if (typeof v !== 'string') return { ok: false, reason: 'notDate', text: cellText(v) };
  const trimmed = cleanText(v);
  if (isSheetsError(trimmed)) return { ok: false, reason: 'error', text: trimmed };
  const notDate: DateResult = { ok: false, reason: 'notDate', text: v };
  const m = DATE_TEXT.exec(normalizeDigits(trimmed));
  if (!m) return notDate;
  const year = Number(m[1]);
  const month = Number(m[3]);
  const day = Number(m[4]);
  if (year < 1700) {
    if (!isValidJalaaliDate(year, month, day)) return notDate;
    const g = toGregorian(year, month, day);
    return { ok: true, value: `${pad(g.gy, 4)}-${pad(g.gm, 2)}-${pad(g.gd, 2)}` };
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInGregorianMonth(year, month)) return notDate;
  return { ok: true, value: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}
