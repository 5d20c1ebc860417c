// Range.setValue(s) parses a string as Sheets does when a user types it, by the spreadsheet's locale,
// unless the cell is plain text ('@') or the string starts with an apostrophe
// (developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue).
import { describe, expect, it } from 'vitest';
import { createSpreadsheet } from '../../local/index';
import { harness } from './helpers';

const year = new Date().getFullYear();

// [locale, written string, value read back, number format afterwards (undefined: unchanged)]
const typed: Array<[string, string, unknown, string | undefined]> = [
  ['en_US', '=1+1', '=1+1', undefined],
  ['en_US', '007', 7, undefined],
  ['en_US', '+4915112345678', 4915112345678, undefined],
  ['en_US', '-3.25', -3.25, undefined],
  ['en_US', '1,234.5', 1234.5, undefined],
  ['en_US', '1e3', 1000, undefined],
  ['en_US', '10%', 0.1, '0%'],
  ['en_US', 'TRUE', true, undefined],
  ['en_US', 'false', false, undefined],
  ['en_US', '1/2', new Date(year, 0, 2), 'M/d/yyyy'],
  ['en_GB', '1/2', new Date(year, 1, 1), 'dd/MM/yyyy'],
  ['en_US', '2026-10-01', new Date(2026, 9, 1), 'yyyy-mm-dd'],
  ['hu_HU', '1,5', 1.5, undefined],
  ['hu_HU', '1 234,5', 1234.5, undefined],
  ['hu_HU', '2026. 10. 01.', new Date(2026, 9, 1), 'yyyy-mm-dd'],
  ['de_DE', '1.5', new Date(year, 4, 1), 'd.M.yyyy'],
  ['en_US', 'Grow sign-ups', 'Grow sign-ups', undefined],
  ['en_US', '1/2 of users', '1/2 of users', undefined],
  ['en_US', '13/45', '13/45', undefined],
];

describe('Range.setValue parses a typed string by the locale', () => {
  it.each(typed)('%s: %j', (locale, text, expected, format) => {
    const ss = createSpreadsheet('Typed', { locale, timeZone: 'UTC' });
    const { sheet } = harness(ss);
    const before = sheet.getRange('A1').getNumberFormat();
    sheet.getRange('A1').setValue(text);
    sheet.getRange('A2:A2').setValues([[text]]);
    for (const a1 of ['A1', 'A2']) {
      const value = text.startsWith('=') ? sheet.getRange(a1).getFormula() : sheet.getRange(a1).getValue();
      if (expected instanceof Date) {
        expect(value).toBeInstanceOf(Date);
        const d = value as Date;
        expect([d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()]).toEqual([expected.getFullYear(), expected.getMonth(), expected.getDate()]);
      } else {
        expect(value).toEqual(expected);
      }
      expect(sheet.getRange(a1).getNumberFormat()).toBe(format ?? before);
    }
  });

  it.each(typed)('keeps %s %j as text in a plain-text cell and after an apostrophe', (locale, text) => {
    const ss = createSpreadsheet('Typed', { locale, timeZone: 'UTC' });
    const { sheet } = harness(ss);
    sheet.getRange('A1').setNumberFormat('@').setValue(text);
    expect(sheet.getRange('A1').getValue()).toBe(text);
    expect(sheet.getRange('A1').getFormula()).toBe('');
    sheet.getRange('B1').setValue(`'${text}`);
    expect(sheet.getRange('B1').getValue()).toBe(text);
    expect(sheet.getRange('B1').getFormula()).toBe('');
  });

  it('keeps a number format the user set: a percent typed into a 0.00 cell stays 0.00', () => {
    const { sheet } = harness(createSpreadsheet('Typed', { timeZone: 'UTC' }));
    sheet.getRange('A1').setNumberFormat('0.00').setValue('25%');
    expect(sheet.getRange('A1').getValue()).toBe(0.25);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.00');
  });
});
