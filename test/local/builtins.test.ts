// Sheets' own functions and operators as the runtime evaluates them (local/formulas.ts), one row per
// case, with the error values and their propagation; and the add-on's custom functions given an
// error argument under both platform behaviours (passed as text, or propagated without a call).
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle } from '../../local/index';
import { DECIMAL_COMMA_SYNTAX, isWellFormed, parseFormula } from '../../local/formulas';

function sheetWithData() {
  const ss = createSpreadsheet('Built-ins', { timeZone: 'Pacific/Auckland' });
  ss.now = () => Date.UTC(2026, 11, 3, 20, 0); // 4 December 2026, 09:00 in Auckland
  const sheet = ss.getSheets()[0]!;
  // A1:A4 numbers and a text, B1 a blank, C1 #N/A, C2 #DIV/0!
  sheet.getRange('A1:A4').setValues([[2], [4], ['x'], [true]]);
  sheet.getRange('C1:C2').setFormulas([['=NA()'], ['=1/0']]);
  return { ss, sheet };
}

const CASES: [formula: string, value: unknown][] = [
  ['=1+2*3', 7],
  ['=(1+2)*3', 9],
  ['=2^3^2', 64],
  ['=-2^2', 4],
  ['=50%', 0.5],
  ['=8%*2', 0.16],
  ['=A1/A2', 0.5],
  ['=A1&"-"&A2', '2-4'],
  ['=A1<A2', true],
  ['=A1>=2', true],
  ['=A1<>2', false],
  ['="abc"="ABC"', true],
  ['=B1=0', true],
  ['=B1=""', true],
  ['=1/0', '#DIV/0!'],
  ['=A3*2', '#VALUE!'],
  ['=IF(A1>1,"big","small")', 'big'],
  ['=IF(A1>5,"big")', false],
  ['=IF(TRUE,1,1/0)', 1],
  ['=IFERROR(1/0,"none")', 'none'],
  ['=IFERROR(C1)', ''],
  ['=IFERROR(A1,0)', 2],
  // Numbers are compared as doubles, with no tolerance: 0.1+0.2 is 0.30000000000000004
  // (webapps.stackexchange.com/q/80125 reports the same of Sheets).
  ['=0.1+0.2=0.3', false],
  ['=ROUND(0.1+0.2,2)=0.3', true],
  ['=SUM(ARRAYFORMULA(IFERROR(C1:C2,1)))', 2],
  ['=SUM(A1:A4)', 6],
  ['=SUM(A1,A2,3)', 9],
  ['=SUM(A1:C2)', '#N/A'],
  ['=AVERAGE(A1:A4)', 3],
  ['=AVERAGE(B1:B3)', '#DIV/0!'],
  ['=MIN(A1:A4)', 2],
  ['=MAX(A1:A4,10)', 10],
  ['=COUNT(A1:A4)', 2],
  ['=ROUND(2.675,2)', 2.68],
  ['=ROUND(-1.5)', -2],
  ['=ROUND(1234,-2)', 1200],
  // Rounding works on the 15 significant digits a spreadsheet keeps, not on the binary double
  // (local/decimal.ts): 0.4999999995 is below one half, 1.005 is exactly halfway.
  ['=ROUND(0.4999999995)', 0],
  ['=ROUND(-0.4999999995)', 0],
  ['=ROUND(0.5)', 1],
  ['=ROUND(1.005,2)', 1.01],
  ['=ROUND(-1.005,2)', -1.01],
  ['=ROUND(21.9/0.2,0)', 110],
  ['=ROUND(0.05,1)', 0.1],
  ['=ROUND(1.23456,2.9)', 1.23],
  ['=ROUND(449,-3)', 0],
  ['=ROUND(500,-3)', 1000],
  ['=ROUND(1/3,20)', 1 / 3],
  ['=ROUND(C1,1)', '#N/A'],
  ['=ROUNDUP(0.1+0.2,1)', 0.3],
  ['=ROUNDUP(1.001,2)', 1.01],
  ['=ROUNDUP(-1.001,2)', -1.01],
  ['=ROUNDUP(0.0001,2)', 0.01],
  ['=ROUNDUP(5,-1)', 10],
  ['=ROUNDDOWN(4.35*100)', 435],
  ['=ROUNDDOWN(-1.999,2)', -1.99],
  ['=ROUNDDOWN(0.0001,2)', 0],
  ['=ROUNDDOWN(1999,-3)', 1000],
  ['=ROUNDUP()', '#N/A'],
  ['=AND(A1>1,A2>1)', true],
  ['=OR(A1>5,FALSE)', false],
  ['=AND(C1,TRUE)', '#N/A'],
  ['=NOT(A1>1)', false],
  ['=NA()', '#N/A'],
  ['=C1+1', '#N/A'],
  ['=IF(C2>0,1,2)', '#DIV/0!'],
  ['=ISNA(C1)', true],
  ['=ISERROR(C2)', true],
  ['=ISNUMBER(A1)', true],
  ['=ISNUMBER(A3)', false],
  ['=ISBLANK(B1)', true],
  ['=ABS(-3)', 3],
  ['=DATE(2026,10,1)-DATE(2026,9,30)', 1],
  ['=TODAY()-DATE(2026,12,4)', 0],
  ['=VLOOKUP(1,A1:A2,1)', '#ERROR!'], // a Sheets function the runtime does not compute: "Not implemented"
];

describe('built-in formulas', () => {
  it.each(CASES)('%s gives %j', (formula, value) => {
    const { sheet } = sheetWithData();
    sheet.getRange('E1').setFormula(formula);
    expect(sheet.getRange('E1').getValue()).toEqual(value);
  });

  it('gives dates as Dates in the spreadsheet time zone', () => {
    const { sheet, ss } = sheetWithData();
    sheet.getRange('E1:E2').setFormulas([['=TODAY()'], ['=DATE(2026,10,1)']]);
    const [today, first] = (sheet.getRange('E1:E2').getValues() as Date[][]).map((line) => line[0]);
    expect(today).toBeInstanceOf(Date);
    expect(today!.toLocaleDateString('en-CA', { timeZone: ss.getSpreadsheetTimeZone() })).toBe('2026-12-04');
    expect(first!.toLocaleDateString('en-CA', { timeZone: ss.getSpreadsheetTimeZone() })).toBe('2026-10-01');
  });

  it('reads numbers and separators by the locale syntax it is given', () => {
    expect(isWellFormed(parseFormula('=IF(A1>0,B1;1)', DECIMAL_COMMA_SYNTAX))).toBe(false);
    expect(parseFormula('=ROUND(A1;1)', DECIMAL_COMMA_SYNTAX)).toMatchObject({ kind: 'call', args: [{ kind: 'ref' }, { kind: 'number', value: 1 }] });
    expect(parseFormula('=A1<0,7', DECIMAL_COMMA_SYNTAX)).toMatchObject({ kind: 'binary', right: { kind: 'number', value: 0.7 } });
    expect(isWellFormed(parseFormula('=A1<0.7', DECIMAL_COMMA_SYNTAX))).toBe(false);
    expect(isWellFormed(parseFormula('=AND(ISNUMBER(A1),A1<0.7)'))).toBe(true);
    expect(isWellFormed(parseFormula('=AND(ISNUMBER(A1),A1<0.7)', DECIMAL_COMMA_SYNTAX))).toBe(false);
  });
});

// What each custom function shows when an argument is an error value. Whether Sheets passes the
// error's text or propagates the error is undocumented (Diagnostics observes it); either way the
// result is the error or an #OKR! problem in that row, never a number, and the other rows of a
// range are still scored when the function is called.
describe('custom functions given an error argument', () => {
  const FORMULAS: [cell: string, formula: string][] = [
    ['E1', '=OKR_SCORE(A1:A3, B1:B3, C1:C3)'],
    ['F1', '=OKR_SCORE(A1, B1, C1)'],
    ['G1', '=OKR_BAND(C1)'],
    ['H1', '=OKR_STATUS(C1, 0.5)'],
    ['I1', '=OKR_EXPECTED(C1, DATE(2026,12,31), DATE(2026,11,1))'],
    ['J1', '=OKR_QUARTER(C1)'],
    ['K1', '=OKR_ROLLUP(C1:C3)'],
  ];

  for (const mode of ['pass', 'propagate'] as const) {
    it(`shows the error, never a number, when errors are ${mode === 'pass' ? 'passed as text' : 'propagated'}`, () => {
      const ss = createSpreadsheet('Errors');
      ss.errorArguments = mode;
      const rt = loadBundle('dist/Code.js', ss);
      const sheet = ss.getSheets()[0]!;
      sheet.getRange('A1:C3').setValues([
        [0.05, 0.08, '=NA()'],
        [0, 10, 5],
        [0, 10, '=1/0'],
      ]);
      sheet.getRange('E1:K1').setFormulas([FORMULAS.map(([, f]) => f)]);
      for (const [cell, formula] of FORMULAS) {
        const value = sheet.getRange(cell).getValue();
        const shown = value === '#ERROR!' ? `#ERROR! ${rt.formulaError(cell)}` : String(value);
        expect(typeof value, `${formula} gave ${shown}`).toBe('string');
        if (mode === 'propagate') expect(value, formula).toBe('#N/A');
        else expect(shown, formula).toMatch(/^#OKR! |^#ERROR! /);
      }
      // Over a range, only the row with the error is an error when the function is called.
      const column = sheet
        .getRange('E1:E3')
        .getValues()
        .map(([v]) => v);
      if (mode === 'pass') {
        expect(column[1]).toBe(0.5);
        expect(String(column[2])).toMatch(/^#OKR! .*#DIV\/0!/);
      }
    });
  }

  it('evaluates the README example =OKR_SCORE(8%, 5%, 6%) to 0.67', () => {
    const ss = createSpreadsheet('Readme');
    loadBundle('dist/Code.js', ss);
    const sheet = ss.getSheets()[0]!;
    sheet.getRange('A1').setFormula('=OKR_SCORE(8%, 5%, 6%)');
    expect(sheet.getRange('A1').getValue()).toBeCloseTo(0.67, 2);
  });
});
