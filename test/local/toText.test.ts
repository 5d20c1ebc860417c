// TO_TEXT as the runtime evaluates it (local/formulas.ts), after support.google.com/docs/answer/3094285:
// "If value is a number or a reference to a cell containing a numeric value, TO_TEXT returns value as
// a string, with existing formatting retained … percentages as percentages, and dates as dates. If
// value is not a number or a reference to a cell containing a numeric value, TO_TEXT returns value
// without modification." A reference is shown in its own cell's format and the spreadsheet's locale;
// inside ARRAYFORMULA a range is shown cell by cell, each in its own format.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet } from '../../local/index';

function book(locale = 'en_US') {
  const ss = createSpreadsheet('TO_TEXT', { timeZone: 'Europe/Budapest', locale });
  const sheet = ss.getSheets()[0]!;
  // A1:A8: 0.2 in 0%, 0.125 in 0.0%, 0.5 plain, a text, a blank, =NA(), a date, TRUE.
  sheet.getRange('A1:A3').setValues([[0.2], [0.125], [0.5]]);
  sheet.getRange('A1').setNumberFormat('0%');
  sheet.getRange('A2').setNumberFormat('0.0%');
  sheet.getRange('A4').setValue("'20%");
  sheet.getRange('A6').setFormula('=NA()');
  sheet.getRange('A7').setValue(new Date(Date.UTC(2026, 0, 2, 12)));
  sheet.getRange('A7').setNumberFormat('yyyy-mm-dd');
  sheet.getRange('A8').setValue(true);
  return { ss, sheet };
}

function resultOf(sheet: ReturnType<typeof book>['sheet'], formula: string): unknown {
  sheet.getRange('C1').setFormula(formula);
  return sheet.getRange('C1').getValue();
}

const CASES: [formula: string, value: unknown][] = [
  ['=TO_TEXT(A1)', '20%'],
  ['=TO_TEXT(A2)', '12.5%'],
  ['=TO_TEXT(A3)', '0.5'],
  ['=TO_TEXT(A4)', '20%'],
  ['=TO_TEXT(A5)', ''],
  ['=TO_TEXT(A6)', '#N/A'],
  ['=IFERROR(TO_TEXT(A6),"err")', 'err'],
  ['=TO_TEXT(A7)', '2026-01-02'],
  ['=TO_TEXT(A8)', true],
  ['=TO_TEXT(24)', '24'],
  ['=TO_TEXT(A1*100)', '20'],
  ['=TO_TEXT("x")', 'x'],
  ['=TO_TEXT(A1)&"!"', '20%!'],
  // & joins the values, not what the cells show.
  ['=A1&"!"', '0.2!'],
  ['=TO_TEXT()', '#N/A'],
];

describe('TO_TEXT in the local runtime', () => {
  it.each(CASES)('%s → %j', (formula, value) => {
    const { sheet } = book();
    expect(resultOf(sheet, formula)).toEqual(value);
  });

  it('shows each cell of a range in its own format inside ARRAYFORMULA, errors as errors', () => {
    const { sheet } = book();
    sheet.getRange('C1').setFormula('=ARRAYFORMULA(IFERROR(TO_TEXT(A1:A8),"#ERROR_IN_CELL"))');
    expect(
      sheet
        .getRange('C1:C8')
        .getValues()
        .map(([v]) => v),
    ).toEqual(['20%', '12.5%', '0.5', '20%', '', '#ERROR_IN_CELL', '2026-01-02', true]);
  });

  it('gives one cell outside ARRAYFORMULA', () => {
    const { sheet } = book();
    expect(resultOf(sheet, '=TO_TEXT(A1:A3)')).toBe('20%');
  });

  it('shows numbers in the spreadsheet locale (a decimal comma in hu_HU)', () => {
    const { sheet } = book('hu_HU');
    expect(resultOf(sheet, '=TO_TEXT(A2)')).toBe('12,5%');
    expect(resultOf(sheet, '=TO_TEXT(A3)')).toBe('0,5');
  });

  it('shows a spilled value in the format of its cell', () => {
    const { sheet } = book();
    sheet.getRange('E1:E2').setNumberFormat('0%');
    sheet.getRange('E1').setFormula('=ARRAYFORMULA(A2:A3)');
    sheet.getRange('F1').setFormula('=ARRAYFORMULA(TO_TEXT(E1:E2))');
    expect(sheet.getRange('F1:F2').getValues()).toEqual([['13%'], ['50%']]);
  });
});
