// What Range.getDisplayValue(s) shows in a spreadsheet's locale (local/numberFormat.ts): the
// pattern's "." and "," as the locale's decimal separator and digit grouping, default date patterns
// by locale, month names in the locale's language, and decimal-correct rounding of what is shown.
// Separators and default dates follow CLDR (through Intl) where Google documents none.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet } from '../../local/index';

function cell(locale: string) {
  const ss = createSpreadsheet('Display', { locale, timeZone: 'Europe/Budapest' });
  return ss.getSheets()[0]!.getRange('A1');
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';

// [locale, value, number format ('' = automatic), shown]
const NUMBERS: [string, number, string, string][] = [
  ['hu_HU', 0.5, '0.00', '0,50'],
  ['en_US', 0.5, '0.00', '0.50'],
  ['hu_HU', 0.5, '', '0,5'],
  ['de_DE', 2.25, '', '2,25'],
  ['en_US', 2.25, '', '2.25'],
  ['hu_HU', 1234567.5, '#,##0.00', `1${NBSP}234${NBSP}567,50`],
  ['de_DE', 1234567.5, '#,##0.00', '1.234.567,50'],
  ['fr_FR', 1234.5, '#,##0.0', `1${NNBSP}234,5`],
  ['en_US', 1234567.5, '#,##0.00', '1,234,567.50'],
  ['en_IN', 1234567, '#,##0', '12,34,567'],
  ['ar_EG', 1234567.5, '#,##0.00', '1,234,567.50'],
  // A "," in the pattern groups four-digit numbers too (CLDR leaves 1234 ungrouped in es).
  ['es_ES', 1234, '#,##0', '1.234'],
  ['hu_HU', 1234, '0', '1234'],
  ['hu_HU', 0.125, '0.0%', '12,5%'],
  ['en_US', -1234.5, '$#,##0.00', '-$1,234.50'],
  ['hu_HU', 0.25, '0.0#', '0,25'],
  // What is shown is rounded on 15 significant digits, half away from zero (local/decimal.ts).
  ['en_US', 1.005, '0.00', '1.01'],
  ['hu_HU', 1.005, '0.00', '1,01'],
  ['en_US', 0.4999999995, '0', '0'],
  ['en_US', 0.285, '0%', '29%'],
  ['en_US', 21.9 / 0.2, '0', '110'],
  ['en_US', 0.1 + 0.2, '', '0.3'],
];

describe('Range.getDisplayValue in the spreadsheet locale', () => {
  it.each(NUMBERS)('%s: %d in %j shows %j', (locale, value, format, shown) => {
    const range = cell(locale);
    range.setValue(value);
    if (format) range.setNumberFormat(format);
    expect(range.getDisplayValue()).toBe(shown);
    expect(range.getDisplayValues()).toEqual([[shown]]);
  });

  // [locale, date written, number format the cell gets, shown]
  const DATES: [string, Date, string, string][] = [
    ['en_US', new Date(2026, 0, 2), 'M/d/yyyy', '1/2/2026'],
    ['hu_HU', new Date(2026, 0, 2), 'yyyy. MM. dd.', '2026. 01. 02.'],
    ['de_DE', new Date(2026, 0, 2), 'd.M.yyyy', '2.1.2026'],
    ['en_GB', new Date(2026, 0, 2), 'dd/MM/yyyy', '02/01/2026'],
    // CLDR writes right-to-left marks between the parts for ar; a pattern holds none.
    ['ar_EG', new Date(2026, 0, 2), 'd/M/yyyy', '2/1/2026'],
    ['en_US', new Date(2026, 0, 2, 13, 5, 9), 'M/d/yyyy H:mm:ss', '1/2/2026 13:05:09'],
    ['hu_HU', new Date(2026, 0, 2, 13, 5, 9), 'yyyy. MM. dd. H:mm:ss', '2026. 01. 02. 13:05:09'],
  ];

  it.each(DATES)('%s: a Date in an automatic cell gets the default date format', (locale, date, format, shown) => {
    const ss = createSpreadsheet('Display', { locale, timeZone: 'UTC' });
    const range = ss.getSheets()[0]!.getRange('A1');
    range.setValue(new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds())));
    expect(range.getNumberFormat()).toBe(format);
    expect(range.getDisplayValue()).toBe(shown);
  });

  // [locale, typed text, shown]: a typed numeric date takes the locale's default format; ISO stays ISO.
  const TYPED: [string, string, string][] = [
    ['en_US', '1/2/2026', '1/2/2026'],
    ['en_GB', '1/2/2026', '01/02/2026'],
    ['hu_HU', '2026. 10. 01.', '2026-10-01'],
    ['de_DE', '1.5.2026', '1.5.2026'],
  ];

  it.each(TYPED)('%s: typed %j shows %j', (locale, typed, shown) => {
    const range = cell(locale);
    range.setValue(typed);
    expect(range.getDisplayValue()).toBe(shown);
  });

  // [locale, pattern, shown] for 2 January 2026 (a Friday): names in the locale's language.
  const NAMES: [string, string, string][] = [
    ['en_US', 'dddd, mmmm d, yyyy', 'Friday, January 2, 2026'],
    ['hu_HU', 'yyyy. mmmm d., dddd', '2026. január 2., péntek'],
    ['de_DE', 'd. mmm yyyy', '2. Jan 2026'],
  ];

  it.each(NAMES)('%s: %j shows %j', (locale, pattern, shown) => {
    const ss = createSpreadsheet('Display', { locale, timeZone: 'UTC' });
    const range = ss.getSheets()[0]!.getRange('A1');
    range.setValue(new Date(Date.UTC(2026, 0, 2)));
    range.setNumberFormat(pattern);
    expect(range.getDisplayValue()).toBe(shown);
  });

  it('shows a formula result in the locale too', () => {
    const range = cell('hu_HU');
    range.setFormula('=ROUND(1.005,2)');
    expect(range.getValue()).toBe(1.01);
    expect(range.getDisplayValue()).toBe('1,01');
  });
});
