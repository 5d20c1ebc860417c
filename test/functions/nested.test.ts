// Custom functions inside formulas, as a user writes them: the local runtime evaluates the sheet's
// formulas with the built bundle, one fresh evaluation per custom-function call as Apps Script does.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle } from '../../local';

describe('custom functions in formulas', () => {
  it('=OKR_ROLLUP(OKR_SCORE(...)) rolls up a column of scores; =OKR_SCORE over a range spills', () => {
    const ss = createSpreadsheet('Nested', { timeZone: 'Etc/GMT', locale: 'en_US' });
    const sheet = ss.getSheets()[0]!;
    sheet.getRange('A1:D4').setValues([
      [0, 100, 50, 2],
      [100, 60, 80, 1],
      [0, 6, 6, 1],
      ['', '', '', ''],
    ] as never);
    const rt = loadBundle('dist/Code.js', ss);
    sheet.getRange('F1').setFormula('=OKR_SCORE(A1:A4, B1:B4, C1:C4)');
    sheet.getRange('G1').setFormula('=OKR_ROLLUP(OKR_SCORE(A1:A4, B1:B4, C1:C4))');
    sheet.getRange('H1').setFormula('=OKR_ROLLUP(OKR_SCORE(A1:A4, B1:B4, C1:C4), D1:D4)');
    expect(sheet.getRange('F1:F4').getValues()).toEqual([[0.5], [0.5], [1], ['']]);
    expect(sheet.getRange('G1').getValue()).toBeCloseTo(2 / 3, 12);
    // Weights 2, 1, 1 on 0.5, 0.5, 1; the blank row is skipped.
    expect(sheet.getRange('H1').getValue()).toBeCloseTo(0.625, 12);
    expect(rt.formulaError('Sheet1!H1')).toBeNull();
  });

  it('a bad value in one row shows #OKR! text in that row only', () => {
    const ss = createSpreadsheet('Bad', { timeZone: 'Etc/GMT', locale: 'en_US' });
    const sheet = ss.getSheets()[0]!;
    sheet.getRange('A1:C2').setValues([
      [0, 10, 5],
      [5, 5, 5],
    ] as never);
    loadBundle('dist/Code.js', ss);
    sheet.getRange('E1').setFormula('=OKR_SCORE(A1:A2, B1:B2, C1:C2)');
    const [[first], [second]] = sheet.getRange('E1:E2').getValues() as [[unknown], [unknown]];
    expect(first).toBe(0.5);
    expect(String(second)).toMatch(/^#OKR! .*start equals target/);
  });
});
