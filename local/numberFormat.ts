// Number formats: which ones make a cell a date (Apps Script then returns a Date for it), and a
// small renderer for Range.getDisplayValues covering the formats an add-on commonly writes.
// Patterns follow developers.google.com/sheets/api/guides/formats (the same tokens as Excel's).
import { serialToDate, wallTime } from './dates';

/**
 * What Range.getNumberFormat returns for a cell nobody formatted ("Automatic"). Apps Script reports
 * "0.###############" there, and `setNumberFormat('General')` restores it (observed behaviour recorded
 * by gas-fakes, github.com/brucemcpherson/gas-fakes/blob/main/notes/oddities.md, "Numberformat default pattern").
 */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

/** The plain-text format: what is typed stays text (Format → Number → Plain text). */
export const TEXT_FORMAT = '@';

/** Formats Apps Script applies to a cell that receives a Date while its format is automatic. */
export const DATE_FORMAT = 'M/d/yyyy';
export const DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';

/** The pattern with quoted text, escaped characters and [colour]/[$€] brackets removed. */
function tokensOnly(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
}

/** True when the format shows a date, a time or a duration (d, m, y, h, s tokens). */
export function isDateTimeFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const lower = format.toLowerCase();
  if (lower === 'general' || format === TEXT_FORMAT || format === DEFAULT_NUMBER_FORMAT) return false;
  // Only the first section decides, as for Sheets' number/date type.
  const first = tokensOnly(format).split(';')[0] ?? '';
  return /[dmyhs]/i.test(first) && !/^[#0.,%\s]*[eE][+-]/.test(first);
}

export function isTextFormat(format: string | null | undefined): boolean {
  return format === TEXT_FORMAT;
}

/** Rounds to at most `digits` decimals and drops trailing zeros. */
function trimDecimals(n: number, digits: number): string {
  const fixed = n.toFixed(digits);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

function groupThousands(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A number shown in a simple numeric pattern: 0, 0.00, #,##0.0, 0%, 0.0%, $#,##0.00… */
function formatNumber(value: number, format: string): string | null {
  const section = format.split(';')[0] ?? '';
  const m = /^([^#0]*?)([#,]*0[0,]*)(?:\.(0*)(#*))?(%?)([^#0]*)$/.exec(tokensOnly(section).trim());
  if (!m) return null;
  const [, prefix = '', integerPart = '', fixed = '', optional = '', percent = '', suffix = ''] = m;
  const scaled = percent ? value * 100 : value;
  const negative = scaled < 0;
  let text = fixed.length + optional.length === 0 ? Math.round(Math.abs(scaled)).toString() : Math.abs(scaled).toFixed(fixed.length + optional.length);
  if (optional.length) {
    const [int, dec = ''] = text.split('.');
    const kept = dec.replace(/0+$/, '').padEnd(fixed.length, '0');
    text = kept ? `${int}.${kept}` : (int ?? '');
  }
  if (integerPart.includes(',')) {
    const [int = '', dec] = text.split('.');
    text = dec === undefined ? groupThousands(int) : `${groupThousands(int)}.${dec}`;
  }
  return `${negative ? '-' : ''}${prefix}${text}${percent}${suffix}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A serial date shown in a date/time pattern (yyyy, yy, mmmm, mmm, mm, m, dddd, ddd, dd, d, hh, h, ss, am/pm). */
function formatDate(serial: number, format: string, timeZone: string): string {
  const w = wallTime(serialToDate(serial, timeZone).getTime(), timeZone);
  const section = (format.split(';')[0] ?? '').replace(/\[[^\]]*\]/g, '');
  const twelveHour = /am\/pm|a\/p/i.test(section);
  const tokens = section.match(/"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|./gi) ?? [];
  const pad = (n: number) => String(n).padStart(2, '0');
  let previous = '';
  let out = '';
  tokens.forEach((token, i) => {
    const lower = token.toLowerCase();
    // "m" means minutes right after an hour or right before seconds, months otherwise.
    const next =
      tokens
        .slice(i + 1)
        .find((t) => /[a-z]/i.test(t))
        ?.toLowerCase() ?? '';
    const minutes = (lower === 'm' || lower === 'mm') && (previous.startsWith('h') || next.startsWith('s'));
    let piece: string;
    if (token.startsWith('"')) piece = token.slice(1, -1);
    else if (token.startsWith('\\')) piece = token.slice(1);
    else if (lower === 'yyyy') piece = String(w.year);
    else if (lower === 'yy') piece = pad(w.year % 100);
    else if (lower === 'mmmm') piece = MONTHS[w.month - 1] ?? '';
    else if (lower === 'mmm') piece = (MONTHS[w.month - 1] ?? '').slice(0, 3);
    else if (lower === 'mm') piece = minutes ? pad(w.minute) : pad(w.month);
    else if (lower === 'm') piece = minutes ? String(w.minute) : String(w.month);
    else if (lower === 'dddd') piece = DAYS[w.weekday] ?? '';
    else if (lower === 'ddd') piece = (DAYS[w.weekday] ?? '').slice(0, 3);
    else if (lower === 'dd') piece = pad(w.day);
    else if (lower === 'd') piece = String(w.day);
    else if (lower === 'hh' || lower === 'h') {
      const h = twelveHour ? w.hour % 12 || 12 : w.hour;
      piece = lower === 'hh' ? pad(h) : String(h);
    } else if (lower === 'ss') piece = pad(w.second);
    else if (lower === 's') piece = String(w.second);
    else if (lower === 'am/pm') piece = w.hour < 12 ? 'AM' : 'PM';
    else if (lower === 'a/p') piece = w.hour < 12 ? 'A' : 'P';
    else piece = token;
    if (/[a-z]/i.test(token) && !token.startsWith('"')) previous = lower;
    out += piece;
  });
  return out;
}

/** The text Sheets would show for a value in a format; simple patterns only (see the file comment). */
export function displayText(value: number | string | boolean | null, format: string, timeZone: string, isDateValue = false): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (isDateValue || isDateTimeFormat(format)) return formatDate(value, isDateTimeFormat(format) ? format : DATE_FORMAT, timeZone);
  if (format === DEFAULT_NUMBER_FORMAT || format.toLowerCase() === 'general' || format === TEXT_FORMAT) {
    // Automatic: up to 10 decimals, no trailing zeros (what a default-width column shows).
    return Number.isInteger(value) ? String(value) : trimDecimals(value, 10);
  }
  return formatNumber(value, format) ?? String(value);
}
