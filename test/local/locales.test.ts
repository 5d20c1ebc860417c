// Spreadsheet locales are the ones Sheets offers (local/locales.ts), with their formula syntax.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createSpreadsheet, formulaSyntaxOf, loadWorkbook } from '../../local/index';
import { argumentSeparatorOf, isSheetsLocale, SHEETS_LOCALES } from '../../local/locales';
import { localeShape, parseTyped } from '../../local/typed';
import { usesDecimalComma } from '../../src/core/numbers';

describe('spreadsheet locales', () => {
  it('lists the 72 locales of Sheets, 28 of them with "," between arguments', () => {
    expect(new Set(SHEETS_LOCALES).size).toBe(72);
    expect(SHEETS_LOCALES.filter((l) => argumentSeparatorOf(l) === ',')).toHaveLength(28);
  });

  it.each([
    ['en_US', true, ','],
    ['en_GB', true, ','],
    ['hu_HU', true, ';'],
    ['de_DE', true, ';'],
    ['ar_EG', true, ','],
    ['tr_TR', true, ';'],
    ['fa_IR', false, ','],
    ['ar_SA', false, ','],
    ['fa', false, ','],
  ] as const)('%s: offered %s, separator %s', (locale, offered, separator) => {
    expect(isSheetsLocale(locale)).toBe(offered);
    if (offered) expect(argumentSeparatorOf(locale)).toBe(separator);
  });

  it('lets a script set only a locale Sheets offers', () => {
    const ss = createSpreadsheet('Locales');
    ss.setSpreadsheetLocale('hu_HU');
    expect(ss.getSpreadsheetLocale()).toBe('hu_HU');
    expect(formulaSyntaxOf('hu_HU').decimalSeparator).toBe(',');
    expect(() => ss.setSpreadsheetLocale('fa_IR')).toThrow('Invalid argument: locale "fa_IR"');
    expect(() => ss.setSpreadsheetLocale('xx_YY')).toThrow('Invalid argument');
    expect(ss.getSpreadsheetLocale()).toBe('hu_HU');
  });

  // Found by the audit of issue 15 (F6): a spreadsheet made or opened with a locale Sheets lacks.
  it.each(['fa_IR', 'xx_YY', 'fa', ''])('refuses to make or open a spreadsheet in %j, as setSpreadsheetLocale does', async (locale) => {
    expect(() => createSpreadsheet('L', { locale })).toThrow(`Invalid argument: locale "${locale}"`);
    // A file another program wrote records no locale: the one given to open it is the spreadsheet's.
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1').getCell('A1').value = 1;
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    await expect(loadWorkbook(bytes, { locale })).rejects.toThrow(`Invalid argument: locale "${locale}"`);
    expect((await loadWorkbook(bytes, { locale: 'hu_HU' })).getSpreadsheetLocale()).toBe('hu_HU');
  });
});

// The add-on and the runtime read a typed number the same way in every locale Sheets offers: the
// add-on's list of decimal-comma languages and the runtime's separators (CLDR through Node's Intl)
// agree, so a drift (hy_AM, de_CH, es_MX) fails here (found by an attack on issue 12, F3 and F4).
describe('decimal separators agree between the add-on and the runtime', () => {
  it.each([...SHEETS_LOCALES])('%s', (locale) => {
    expect(usesDecimalComma(locale)).toBe(localeShape(locale).decimal === ',');
  });
  it.each([
    ['hy_AM', '2,5', 2.5],
    ['de_CH', '2.5', 2.5],
    ['es_MX', '1,500', 1500],
    ['ca_ES', '2,5', 2.5],
  ])('in %s, %s typed is %d', (locale, typed, value) => {
    expect(parseTyped(typed, locale, 2026)).toMatchObject({ kind: 'number', value });
  });
});
