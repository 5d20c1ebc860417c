// Custom functions read text arguments by the spreadsheet locale's decimal convention: in a hu_HU
// spreadsheet "2,5" is 2.5 and "2,500" is an error (Budapest and London read it differently); in
// en_US "2,500" is 2500 and "2,5" an error. Through the formulas of the built bundle on the local
// runtime, which passes the cells as Sheets does.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle } from '../../local/index';
import { CODE_PATH } from '../server/fixtures';
import { bundleSource } from '../support/bundle';

function book(locale: string) {
  bundleSource();
  const ss = createSpreadsheet('Locale', { locale, timeZone: 'Europe/Budapest' });
  const sheet = ss.addSheet('F');
  const rt = loadBundle(CODE_PATH, ss);
  // A script writes formulas in English syntax in every locale (local/formulaSyntax.ts).
  const sep = ',';
  return { sheet, rt, sep };
}

// [spreadsheet locale, current typed as text (start 0, target 10), expected score or 'error']
const TABLE: [string, string, number | 'error'][] = [
  ['hu_HU', '2,5', 0.25],
  ['hu_HU', '2,500', 'error'],
  ['hu_HU', '2,125', 'error'],
  // A group never leads with 0: 0,250 is a decimal in every locale that writes a decimal comma.
  ['hu_HU', '0,250', 0.025],
  ['hu_HU', '7', 0.7],
  ['hu_HU', '1 500,5', 150.05],
  ['hu_HU', '۲,۵', 0.25],
  ['de_DE', '2,5', 0.25],
  ['en_US', '2,500', 250],
  ['en_US', '2.5', 0.25],
  ['en_US', '2,5', 'error'],
  ['en_GB', '٢٫٥', 0.25],
  ['ar_EG', '٢٫٥', 0.25],
  ['ar_EG', '۸', 0.8],
];

describe('OKR_SCORE reads text by the spreadsheet locale', () => {
  it.each(TABLE)('%s: "%s"', (locale, typed, expected) => {
    const { sheet, rt, sep } = book(locale);
    sheet.getRange('A1:C1').setNumberFormat('@');
    sheet.getRange('A1:C1').setValues([['0', '10', typed]]);
    sheet.getRange('D1').setFormula(`=OKR_SCORE(A1${sep}B1${sep}C1${sep}"metric"${sep}FALSE)`);
    if (expected === 'error') {
      expect(sheet.getRange('D1').getDisplayValue()).toBe('#ERROR!');
      expect(rt.formulaError('F!D1')).toMatch(/cannot be read for sure as one number|not a number/);
    } else {
      expect(rt.formulaError('F!D1')).toBeNull();
      expect(sheet.getRange('D1').getValue()).toBeCloseTo(expected, 12);
    }
  });

  it('reads the other functions the same way: OKR_ROLLUP weights, OKR_NEEDED, OKR_QUARTER month (hu_HU)', () => {
    const { sheet, rt, sep } = book('hu_HU');
    sheet.getRange('A1:B2').setNumberFormat('@');
    sheet.getRange('A1:B2').setValues([
      ['0,5', '1,5'],
      ['1', '0,5'],
    ]);
    sheet.getRange('C1').setFormula(`=OKR_ROLLUP(A1:A2${sep}B1:B2)`);
    // (0.5 × 1.5 + 1 × 0.5) / 2
    expect(sheet.getRange('C1').getValue()).toBeCloseTo(1.25 / 2, 12);
    sheet.getRange('D1:D2').setNumberFormat('@');
    sheet.getRange('D1:D2').setValues([['2,500'], ['1']]);
    sheet.getRange('C2').setFormula(`=OKR_ROLLUP(A1:A2${sep}D1:D2)`);
    expect(rt.formulaError('F!C2')).toMatch(/weight/);
    sheet.getRange('E1').setFormula(`=OKR_NEEDED("10,5"${sep}"20,5"${sep}"2026-10-01"${sep}"2026-10-11")`);
    expect(sheet.getRange('E1').getValue()).toBeCloseTo(7, 12);
  });
});
