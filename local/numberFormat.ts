// Number formats: which ones make a cell a date (Apps Script then returns a Date for it), and a
// small renderer for Range.getDisplayValues covering the formats an add-on commonly writes.
// Patterns follow developers.google.com/sheets/api/guides/formats (the same tokens as Excel's).
//
// The spreadsheet's locale decides how a pattern is shown: "the actual rendering of the format
// depends on the spreadsheet's locale" (same guide, introduction), and a date or number without a
// pattern gets "a default pattern based on the spreadsheet's locale" (Sheets API, NumberFormat.pattern).
// Google does not publish the separators or default date pattern of each locale, so they follow
// CLDR, read through Node's Intl with Latin digits and the Gregorian calendar (as typed.ts reads them):
// 0.5 in `0.00` shows 0,50 in hu_HU; `#,##0` groups 1234567 as 1 234 567 with a no-break space (U+00A0)
// in hu_HU, 1.234.567 in de_DE, 1'234'567 in de_CH, 12,34,567 in en_IN; ar_EG writes 1,234,567.5 (its
// Latin-digit CLDR symbols; Sheets lists ar_EG among the comma-argument, decimal-point locales,
// local/locales.ts); a date in an automatic cell shows 1/2/2026 in en_US, 2026. 01. 02. in hu_HU,
// 2.1.2026 in de_DE. Which digits and bidi marks Sheets uses for ar_EG is not documented: Latin digits
// and no marks here (apps-script-platform.md §5 found no native-digit display in Sheets).
import { serialToDate, wallTime } from './dates';
import { roundDecimal, toFixedDecimal } from './decimal';

/**
 * What Range.getNumberFormat returns for a cell nobody formatted ("Automatic"). Apps Script reports
 * "0.###############" there, and `setNumberFormat('General')` restores it (observed behaviour recorded
 * by gas-fakes, github.com/brucemcpherson/gas-fakes/blob/main/notes/oddities.md, "Numberformat default pattern").
 */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

/** The plain-text format: what is typed stays text (Format → Number → Plain text). */
export const TEXT_FORMAT = '@';

/** The format Apps Script applies to a cell of an en_US spreadsheet that receives a Date while its format is automatic. */
export const DATE_FORMAT = 'M/d/yyyy';

/** A locale code as Intl reads it (hu_HU → hu-HU; Sheets' iw_IL is Intl's he-IL), or null when Intl lacks it. */
function intlTag(locale: string): string | null {
  const tag = locale.replace('_', '-').replace(/^iw\b/, 'he');
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : null;
  } catch {
    return null;
  }
}

/** Directional marks CLDR puts into some locales' dates (ar: 2‏/1‏/2026); not part of a Sheets pattern. */
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;

const defaultDateFormats = new Map<string, string>();

/**
 * The date pattern a locale gives a date that has none (a Date written into an automatic cell, a
 * typed 1/2): CLDR's numeric year-month-day form with a four-digit year, as Sheets' en_US M/d/yyyy.
 */
export function defaultDateFormat(locale: string): string {
  let pattern = defaultDateFormats.get(locale);
  if (pattern === undefined) {
    pattern = readDateFormat(locale);
    defaultDateFormats.set(locale, pattern);
  }
  return pattern;
}

function readDateFormat(locale: string): string {
  const tag = intlTag(locale);
  if (!tag || locale === 'en_US') return DATE_FORMAT;
  const parts = new Intl.DateTimeFormat(tag, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    calendar: 'gregory',
    numberingSystem: 'latn',
    timeZone: 'UTC',
  })
    // 2 January: a one-digit month and day tell whether the locale pads them.
    .formatToParts(new Date(Date.UTC(2026, 0, 2)));
  return parts
    .map((p) => {
      if (p.type === 'year') return 'yyyy';
      if (p.type === 'month') return p.value.length > 1 ? 'MM' : 'M';
      if (p.type === 'day') return p.value.length > 1 ? 'dd' : 'd';
      const literal = p.value.replace(BIDI_MARKS, '');
      return /[a-z]/i.test(literal) ? `"${literal}"` : literal;
    })
    .join('');
}

/** The date-time pattern of a locale: its date pattern and the 24-hour time Sheets' en_US default shows. */
export function defaultDateTimeFormat(locale: string): string {
  return `${defaultDateFormat(locale)} H:mm:ss`;
}

interface NumberSymbols {
  decimal: string;
  /** Groups the digits of a whole number ("1234567" → "1 234 567"). */
  group: (digits: string) => string;
}

const symbolsByLocale = new Map<string, NumberSymbols>();

/** The decimal separator and digit grouping of a locale (CLDR through Intl, Latin digits). */
function numberSymbols(locale: string): NumberSymbols {
  let symbols = symbolsByLocale.get(locale);
  if (!symbols) {
    symbols = readNumberSymbols(locale);
    symbolsByLocale.set(locale, symbols);
  }
  return symbols;
}

function readNumberSymbols(locale: string): NumberSymbols {
  const tag = intlTag(locale);
  // A locale Intl does not know is shown as en_US.
  if (!tag) return { decimal: '.', group: (digits) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',') };
  const decimal = new Intl.NumberFormat(tag, { numberingSystem: 'latn' }).formatToParts(0.5).find((p) => p.type === 'decimal')?.value ?? '.';
  // "always": a pattern with "," asks for grouping even where CLDR leaves four-digit numbers ungrouped (es: 1234).
  const grouping = new Intl.NumberFormat(tag, {
    numberingSystem: 'latn',
    useGrouping: 'always',
    maximumFractionDigits: 0,
  } as unknown as Intl.NumberFormatOptions);
  return { decimal, group: (digits) => grouping.format(BigInt(digits)) };
}

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

/** Rounds to at most `digits` decimals (on 15 significant digits, ./decimal.ts) and drops trailing zeros. */
function trimDecimals(n: number, digits: number): string {
  const fixed = toFixedDecimal(n, digits);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/**
 * A section of a number pattern split into the literal text before and after its number and the
 * number's own tokens: quoted text (`"to "0%`), escaped characters (`0\\%`), a currency bracket
 * (`[$€]`) and any other character outside the digit tokens are shown as written; a `%` outside
 * quotes scales the number by 100 wherever it stands (`0 %` shows 20 % for 0.2), a quoted or
 * escaped one does not (`0"%"` shows 20% for 20); `_x` leaves a space, `*x` (fill) nothing; colour
 * and condition brackets show nothing. Null for what this renderer does not draw (fractions,
 * scientific notation): the caller shows the plain number.
 * Source: developers.google.com/sheets/api/guides/formats ("Number format tokens": `"text"`, `\`,
 * `_`, `*`, `%`, sections separated by `;`).
 */
function sectionParts(section: string): { before: string; core: string; after: string; percent: boolean } | null {
  let before = '';
  let core = '';
  let after = '';
  let percent = false;
  const emit = (text: string) => {
    if (core === '') before += text;
    else after += text;
  };
  for (let i = 0; i < section.length; i++) {
    const c = section[i] ?? '';
    if (c === '"') {
      const close = section.indexOf('"', i + 1);
      const end = close < 0 ? section.length : close;
      emit(section.slice(i + 1, end));
      i = end;
    } else if (c === '\\') {
      emit(section[i + 1] ?? '');
      i++;
    } else if (c === '[') {
      const close = section.indexOf(']', i);
      const end = close < 0 ? section.length : close;
      const currency = /^\[\$([^\]-]*)/.exec(section.slice(i, end + 1));
      if (currency) emit(currency[1] ?? '');
      i = end;
    } else if (c === '_') {
      emit(' ');
      i++;
    } else if (c === '*') {
      i++;
    } else if ('#0?,.'.includes(c) && after === '') {
      core += c;
    } else if (c === '%') {
      percent = true;
      emit('%');
    } else if (c === '/' || ((c === 'E' || c === 'e') && /[+-]/.test(section[i + 1] ?? ''))) {
      return null;
    } else {
      emit(c);
    }
  }
  return { before, core, after, percent };
}

/**
 * A number shown in a numeric pattern: 0, 0.00, #,##0.0, 0%, 0.0%, $#,##0.00, `0%" done"`,
 * `0%;(0%)`… The section follows Sheets' rule: the second section for a negative number (shown
 * without its minus sign), the third for zero; a section with a condition (`[<1]`) keeps the first.
 */
function formatNumber(value: number, format: string, locale: string): string | null {
  const sections = format.split(';');
  const conditional = sections.some((x) => /\[[<>=]/.test(x));
  const index = conditional ? 0 : value < 0 && sections.length > 1 ? 1 : value === 0 && sections.length > 2 ? 2 : 0;
  const parts = sectionParts(sections[index] ?? '');
  if (!parts) return null;
  const signed = index === 0 ? value : Math.abs(value);
  if (parts.core === '') return `${parts.before}${parts.after}`;
  const m = /^([#,]*0[0,]*|#+)(?:\.(0*)(#*))?$/.exec(parts.core.replace(/\?/g, '#'));
  if (!m) return null;
  const [, integerPart = '', fixed = '', optional = ''] = m;
  const scaled = parts.percent ? signed * 100 : signed;
  const negative = scaled < 0;
  const places = fixed.length + optional.length;
  // Decimal-correct rounding of what is shown: 1.005 in 0.00 shows 1.01 (./decimal.ts).
  let text = toFixedDecimal(Math.abs(roundDecimal(scaled, places)), places);
  if (optional.length) {
    const [int, dec = ''] = text.split('.');
    const kept = dec.replace(/0+$/, '').padEnd(fixed.length, '0');
    text = kept ? `${int}.${kept}` : (int ?? '');
  }
  // The pattern's "." and "," mean the decimal separator and grouping: rendered in the locale's symbols.
  const symbols = numberSymbols(locale);
  const [int = '', dec] = text.split('.');
  const whole = integerPart.includes(',') ? symbols.group(int) : int;
  text = dec === undefined ? whole : `${whole}${symbols.decimal}${dec}`;
  return `${negative ? '-' : ''}${parts.before}${text}${parts.after}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const namesByLocale = new Map<string, { months: string[]; shortMonths: string[]; days: string[]; shortDays: string[] }>();

/** Month and weekday names in the locale's language (CLDR stand-alone names through Intl); English without Intl data. */
function namesOf(locale: string) {
  let names = namesByLocale.get(locale);
  if (!names) {
    const tag = intlTag(locale);
    const list = (options: Intl.DateTimeFormatOptions, dates: Date[]) =>
      dates.map((d) => new Intl.DateTimeFormat(tag ?? 'en-US', { ...options, timeZone: 'UTC', calendar: 'gregory' }).format(d).replace(BIDI_MARKS, ''));
    const months = MONTHS.map((_, i) => new Date(Date.UTC(2026, i, 15)));
    const days = DAYS.map((_, i) => new Date(Date.UTC(2026, 1, i + 1))); // 1 February 2026 was a Sunday
    names =
      tag === null
        ? { months: MONTHS, shortMonths: MONTHS.map((n) => n.slice(0, 3)), days: DAYS, shortDays: DAYS.map((n) => n.slice(0, 3)) }
        : {
            months: list({ month: 'long' }, months),
            shortMonths: list({ month: 'short' }, months),
            days: list({ weekday: 'long' }, days),
            shortDays: list({ weekday: 'short' }, days),
          };
    namesByLocale.set(locale, names);
  }
  return names;
}

/** A serial date shown in a date/time pattern (yyyy, yy, mmmm, mmm, mm, m, dddd, ddd, dd, d, hh, h, ss, am/pm). */
function formatDate(serial: number, format: string, timeZone: string, locale: string): string {
  const names = namesOf(locale);
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
    else if (lower === 'mmmm') piece = names.months[w.month - 1] ?? '';
    else if (lower === 'mmm') piece = names.shortMonths[w.month - 1] ?? '';
    else if (lower === 'mm') piece = minutes ? pad(w.minute) : pad(w.month);
    else if (lower === 'm') piece = minutes ? String(w.minute) : String(w.month);
    else if (lower === 'dddd') piece = names.days[w.weekday] ?? '';
    else if (lower === 'ddd') piece = names.shortDays[w.weekday] ?? '';
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

/**
 * The text Sheets would show for a value in a format, in the spreadsheet's locale; simple patterns
 * only (see the file comment).
 */
export function displayText(value: number | string | boolean | null, format: string, timeZone: string, isDateValue = false, locale = 'en_US'): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (isDateValue || isDateTimeFormat(format)) {
    const pattern = isDateTimeFormat(format) ? format : Number.isInteger(value) ? defaultDateFormat(locale) : defaultDateTimeFormat(locale);
    return formatDate(value, pattern, timeZone, locale);
  }
  if (format === DEFAULT_NUMBER_FORMAT || format.toLowerCase() === 'general' || format === TEXT_FORMAT) {
    // Automatic: up to 10 decimals, no trailing zeros (what a default-width column shows), no grouping.
    const text = Number.isInteger(value) ? String(value) : trimDecimals(value, 10);
    return text.replace('.', numberSymbols(locale).decimal);
  }
  return formatNumber(value, format, locale) ?? String(value);
}
