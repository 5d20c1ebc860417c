// What Sheets makes of a string written with Range.setValue(s) into a cell that is not plain text:
// the same as if a user had typed it. "The value can be numeric, string, boolean or date. If it begins
// with '=' it is interpreted as a formula" (developers.google.com/apps-script/reference/spreadsheet/
// range#setvaluevalue); other strings are parsed like typing in the UI, by the spreadsheet's locale
// ("The locale affects … the format of numbers, dates and currency", support.google.com/docs/answer/58515):
// "10%" becomes 0.1 shown as a percent, "007" the number 7, "+4915…" a number, "TRUE" a boolean,
// "1/2" a date (2 January in en_US, 1 February in en_GB), "1,5" the number 1.5 in hu_HU. In en_US the
// runtime keeps "1,5" as text (a comma groups thousands only in threes); whether Sheets reads it as 15
// is not documented: the Diagnostics line "setValues in a General cell" shows it. A leading apostrophe marks literal text
// ("To keep a number as text, put an apostrophe before it", support.google.com/docs/answer/3094284),
// and a cell formatted as plain text '@' keeps whatever is typed as text.
import { defaultDateFormat } from './numberFormat';

/** The separators and date order of a spreadsheet locale (en_US, hu_HU, fa_IR…). */
export interface LocaleShape {
  decimal: '.' | ',';
  /** The thousands separator (' ' for any space); CLDR's, such as ’ in de_CH. */
  group: string;
  /** Order of a numeric date without a year first: month-day (US) or day-month. */
  dayFirst: boolean;
}

// Locales whose decimal separator is a comma (CLDR number symbols for these languages).
const COMMA_DECIMAL = new Set([
  'hu',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'cs',
  'sk',
  'ru',
  'uk',
  'tr',
  'sv',
  'da',
  'nb',
  'fi',
  'ro',
  'id',
  'vi',
  'el',
  'bg',
  'hr',
  'sl',
  'sr',
  'lt',
  'lv',
  'et',
]);
// Locales that write a grouping space rather than a period (CLDR: hu, fr, ru, pl, cs, sv…).
const SPACE_GROUP = new Set(['hu', 'fr', 'ru', 'pl', 'cs', 'sk', 'uk', 'sv', 'nb', 'fi', 'bg', 'lt', 'lv', 'et']);

export function localeShape(locale: string): LocaleShape {
  const language = (locale.split('_')[0] ?? 'en').toLowerCase();
  const region = (locale.split('_')[1] ?? '').toUpperCase();
  // The separators from CLDR, through Node's Intl (full ICU), rather than a list of our own that
  // drifts (de_CH and es_MX write a decimal point, hy_AM a comma); Latin digits, as Sheets types them.
  const cldr = cldrSeparators(locale);
  const comma = cldr ? cldr.decimal === ',' : COMMA_DECIMAL.has(language);
  const group = cldr ? (/\s/u.test(cldr.group) ? ' ' : cldr.group) : comma ? (SPACE_GROUP.has(language) ? ' ' : '.') : ',';
  return {
    decimal: comma ? ',' : '.',
    group: group === (comma ? ',' : '.') ? (comma ? '.' : ',') : group,
    dayFirst: !(language === 'en' && (region === 'US' || region === '' || region === 'PH')),
  };
}

const separatorsByLocale = new Map<string, { decimal: string; group: string } | null>();

/** CLDR's decimal and grouping separators of a locale (`de_CH` → `.` and `’`), or null when unknown; once per locale. */
function cldrSeparators(locale: string): { decimal: string; group: string } | null {
  if (!separatorsByLocale.has(locale)) separatorsByLocale.set(locale, readSeparators(locale));
  return separatorsByLocale.get(locale) ?? null;
}

function readSeparators(locale: string): { decimal: string; group: string } | null {
  try {
    const tag = locale.replace('_', '-');
    if (Intl.NumberFormat.supportedLocalesOf([tag]).length === 0) return null;
    const parts = new Intl.NumberFormat(tag, { numberingSystem: 'latn', useGrouping: true }).formatToParts(12345.5);
    const decimal = parts.find((p) => p.type === 'decimal')?.value;
    const group = parts.find((p) => p.type === 'group')?.value ?? (decimal === ',' ? '.' : ',');
    return decimal === undefined ? null : { decimal, group };
  } catch {
    return null;
  }
}

/** What a typed string becomes. `numberFormat` is the format Sheets gives the cell with it, if any. */
export type Typed =
  | { kind: 'formula'; formula: string }
  | { kind: 'number'; value: number; numberFormat?: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; year: number; month: number; day: number; numberFormat: string }
  | { kind: 'text'; value: string };

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A number in the locale's form (sign, grouping, decimal separator, exponent), or null. */
function parseLocaleNumber(text: string, shape: LocaleShape): number | null {
  const d = escapeRe(shape.decimal);
  const g = shape.group === ' ' ? '[ \\u00a0\\u202f]' : escapeRe(shape.group);
  const re = new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d*)(?:${d}(\\d*))?(?:[eE]([+-]?\\d+))?$`);
  const m = re.exec(text);
  if (!m) return null;
  const [, sign = '', integer = '', fraction, exponent] = m;
  if (integer === '' && (fraction === undefined || fraction === '')) return null;
  const plain = `${sign}${integer.replace(/\D/g, '') || '0'}.${fraction ?? ''}0${exponent !== undefined ? `e${exponent}` : ''}`;
  const n = Number(plain);
  return Number.isFinite(n) ? n : null;
}

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A typed string as Sheets reads it in the locale. `currentYear` completes a date typed without a
 * year ("1/2"), as Sheets does. Covers the forms an add-on can write by accident (formulas, numbers
 * with sign, grouping, decimals, exponent and percent, TRUE/FALSE, numeric dates); anything else stays
 * text (currency and time-of-day parsing are not modelled: such strings stay text here).
 */
export function parseTyped(raw: string, locale: string, currentYear: number): Typed {
  if (raw.startsWith('=') && raw.length > 1) return { kind: 'formula', formula: raw };
  const text = raw.trim();
  if (text === '') return { kind: 'text', value: raw };
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
  const shape = localeShape(locale);
  if (text.endsWith('%')) {
    const n = parseLocaleNumber(text.slice(0, -1).trim(), shape);
    if (n !== null) return { kind: 'number', value: n / 100, numberFormat: Number.isInteger(n) ? '0%' : '0.00%' };
  }
  const n = parseLocaleNumber(text, shape);
  if (n !== null) return { kind: 'number', value: n };
  // ISO dates are read in every locale; so is the year-first form with dots (hu: 2026. 10. 01.).
  let m = /^(\d{4})[-/.]\s?(\d{1,2})[-/.]\s?(\d{1,2})\.?$/.exec(text);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (validDate(year, month, day)) return { kind: 'date', year, month, day, numberFormat: 'yyyy-mm-dd' };
  }
  m = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(text);
  // With a comma decimal, "1.5" is not a number and reads as a date; with a period decimal it was a number above.
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const yearText = m[3];
    const year = yearText === undefined ? currentYear : yearText.length === 2 ? 2000 + Number(yearText) - (Number(yearText) >= 30 ? 100 : 0) : Number(yearText);
    const [month, day] = shape.dayFirst ? [b, a] : [a, b];
    // The cell takes the locale's default date pattern (M/d/yyyy in en_US, dd/MM/yyyy in en_GB).
    if (validDate(year, month, day)) return { kind: 'date', year, month, day, numberFormat: defaultDateFormat(locale) };
  }
  return { kind: 'text', value: raw };
}
