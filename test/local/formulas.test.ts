// Custom functions in formulas, evaluated the way Sheets calls them
// (developers.google.com/apps-script/guides/sheets/functions), with a tiny bundle of our own.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle, parseFormula } from '../../local/index';
import { isWellFormed, offsetFormula, shiftFormula, tokenize } from '../../local/formulas';
import { writeBundle } from './helpers';

const BUNDLE = writeBundle(`
var Lib = (() => {
  let calls = 0;
  return {
    double: (x) => (Array.isArray(x) ? x.map((row) => row.map((v) => (v === '' ? '' : v * 2))) : x * 2),
    bump: () => ++calls,
  };
})();
/** @customfunction */
function DOUBLE(input) { return Lib.double(input); }
function TOTAL(input) { let s = 0; for (const row of input) for (const v of row) if (typeof v === 'number') s += v; return s; }
function DESCRIBE(a, b, c, d, e) { return [a, b, c, d, e].map((v) => (v instanceof Date ? 'Date' : Array.isArray(v) ? 'array' : v === '' ? 'blank' : typeof v)).join(','); }
function NEXT_DAY(d) { return new Date(d.getTime() + 86400000); }
function COLUMN_OF(n) { const out = []; for (let i = 1; i <= n; i++) out.push(i); return out; }
function FAIL(message) { throw new Error(message); }
function COUNTER() { return Lib.bump(); }
function FOREVER() { for (;;) {} }
function WRITES() { SpreadsheetApp.getActiveSheet().getRange('Z1').setValue('x'); return 'done'; }
function secret_() { return 'private'; }
`);

function setUp() {
  const ss = createSpreadsheet('Formulas');
  const rt = loadBundle(BUNDLE, ss, { customFunctionTimeoutMs: 200 });
  const sheet = rt.services.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!;
  return { ss, rt, sheet };
}

describe('custom functions in formulas', () => {
  it('passes a single cell as its value and computes the formula on read', () => {
    const { sheet } = setUp();
    sheet.getRange('A1').setValue(21);
    sheet.getRange('B1').setFormula('=DOUBLE(A1)');
    expect(sheet.getRange('B1').getValue()).toBe(42);
    expect(sheet.getRange('B1').getFormula()).toBe('=DOUBLE(A1)');
  });

  it('passes a range as a 2-D array and spills a 2-D result into the cells below', () => {
    const { sheet } = setUp();
    sheet.getRange('A1:A4').setValues([[1], [2], [''], [4]]);
    sheet.getRange('B1').setFormula('=DOUBLE(A1:A4)');
    expect(sheet.getRange('B1:B4').getValues()).toEqual([[2], [4], [''], [8]]);
    // Spilled cells have a value but no formula of their own.
    expect(sheet.getRange('B2').getFormula()).toBe('');
    expect(sheet.getLastRow()).toBe(4);
  });

  it('recalculates after the inputs change', () => {
    const { sheet } = setUp();
    sheet.getRange('A1:A2').setValues([[1], [2]]);
    sheet.getRange('B1').setFormula('=TOTAL(A1:A2)');
    expect(sheet.getRange('B1').getValue()).toBe(3);
    sheet.getRange('A2').setValue(10);
    expect(sheet.getRange('B1').getValue()).toBe(11);
  });

  it('gives #REF! when the spill would overwrite data, and spills again once it is cleared', () => {
    const { rt, sheet } = setUp();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula('=DOUBLE(A1:A3)');
    sheet.getRange('B3').setValue('in the way');
    expect(sheet.getRange('B1:B3').getValues()).toEqual([['#REF!'], [''], ['in the way']]);
    expect(rt.formulaError('Sheet1!B1')).toBe('Array result was not expanded because it would overwrite data in B3.');
    sheet.getRange('B3').clearContent();
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[2], [4], [6]]);
  });

  it('gives #REF! when the result would run past the last row', () => {
    const { rt, sheet } = setUp();
    sheet.getRange('B999').setFormula('=COLUMN_OF(3)');
    expect(sheet.getRange('B999').getValue()).toBe('#REF!');
    expect(rt.formulaError('B999')).toBe('Result was not automatically expanded, please insert more rows (1).');
  });

  it('fills a column with a one-dimensional array', () => {
    const { sheet } = setUp();
    sheet.getRange('C1').setFormula('=COLUMN_OF(3)');
    expect(sheet.getRange('C1:D3').getValues()).toEqual([
      [1, ''],
      [2, ''],
      [3, ''],
    ]);
  });

  it('evaluates nested custom functions', () => {
    const { sheet } = setUp();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('C1').setFormula('=TOTAL(DOUBLE(A1:A3))');
    expect(sheet.getRange('C1').getValue()).toBe(12);
  });

  it('marshals literals, blanks, ranges and dates the way Apps Script does', () => {
    const { sheet } = setUp();
    sheet.getRange('A1').setValue(new Date('2026-01-15T00:00:00Z'));
    sheet.getRange('B1').setFormula('=DESCRIBE(A1, A2, A1:A2, "text", TRUE)');
    sheet.getRange('B2').setFormula('=DESCRIBE(-1.5, 0, 1e3, FALSE, "")');
    expect(sheet.getRange('B1:B2').getValues()).toEqual([['Date,blank,array,string,boolean'], ['number,number,number,boolean,blank']]);
  });

  it('turns a returned Date into a date cell', () => {
    const { sheet } = setUp();
    sheet.getRange('A1').setValue(new Date('2026-01-15T00:00:00Z'));
    sheet.getRange('B1').setFormula('=NEXT_DAY(A1)');
    expect(sheet.getRange('B1').getValue()).toEqual(new Date('2026-01-16T00:00:00Z'));
    expect(sheet.getRange('B1').getDisplayValue()).toBe('1/16/2026');
  });

  it('gives #ERROR! with the thrown message and, for an Error, its script line (as Sheets shows it)', () => {
    const { rt, sheet } = setUp();
    sheet.getRange('A1').setFormula('=FAIL("no target")');
    expect(sheet.getRange('A1').getValue()).toBe('#ERROR!');
    expect(rt.formulaError('Sheet1!A1')).toMatch(/^no target \(line [1-9]\d*\)\.$/);
  });

  it('gives #ERROR! after the time limit ("Exceeded maximum execution time")', () => {
    const { rt, sheet } = setUp();
    sheet.getRange('A1').setFormula('=FOREVER()');
    expect(sheet.getRange('A1').getValue()).toBe('#ERROR!');
    expect(rt.formulaError('A1')).toBe('Exceeded maximum execution time (line 0).');
  });

  it('looks functions up case-insensitively and never calls private ones', () => {
    const { sheet } = setUp();
    sheet.getRange('A1').setValue(2);
    sheet.getRange('B1:B2').setFormulas([['=double(A1)'], ['=secret_()']]);
    // A private function is no custom function, so Sheets does not know the name.
    expect(sheet.getRange('B1:B2').getValues()).toEqual([[4], ['#NAME?']]);
  });

  it('runs each call on a fresh evaluation of the bundle, as Apps Script does', () => {
    const { sheet } = setUp();
    sheet.getRange('A1:A3').setFormulas([['=COUNTER()'], ['=COUNTER()'], ['=COUNTER()']]);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[1], [1], [1]]);
  });

  it('gives custom functions a read-only spreadsheet', () => {
    const { rt, sheet } = setUp();
    sheet.getRange('A1').setFormula('=WRITES()');
    expect(sheet.getRange('A1').getValue()).toBe('#ERROR!');
    expect(rt.formulaError('A1')).toMatch(/^You do not have permission to call setValue \(line [1-9]\d*\)\.$/);
  });

  it('leaves SPARKLINE empty and says so of a Sheets function it does not compute', () => {
    const { rt, sheet } = setUp();
    sheet.getRange('A1:A2').setFormulas([['=SPARKLINE(B1:B2,{"charttype","bar"})'], ['=VLOOKUP(B1,B1:B2,1)*2']]);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[''], ['#ERROR!']]);
    expect(rt.formulaError('A2')).toMatch(/^Not implemented: the local runtime does not implement the Sheets function VLOOKUP/);
    expect(sheet.getRange('A2').getFormula()).toBe('=VLOOKUP(B1,B1:B2,1)*2');
  });

  it('evaluates open-ended ranges down to the last row of the sheet', () => {
    const { sheet } = setUp();
    sheet.getRange('A5').setValue(5);
    sheet.getRange('A1000').setValue(7);
    sheet.getRange('B1').setFormula('=TOTAL(A2:A)');
    expect(sheet.getRange('B1').getValue()).toBe(12);
  });

  it('reads other sheets', () => {
    const { rt, sheet } = setUp();
    const data = rt.services.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Team data');
    data.getRange('A1').setValue(4);
    sheet.getRange('A1').setFormula("=DOUBLE('Team data'!A1)");
    expect(sheet.getRange('A1').getValue()).toBe(8);
  });
});

describe('formula text', () => {
  it('tokenizes into pieces that give the formula back', () => {
    const formula = `OKR_SCORE(I7:I40, 'My sheet'!J7:J, $K$7, "a ""b""", TRUE, -1.5e2)`;
    expect(
      tokenize(formula)
        .map((t) => t.text)
        .join(''),
    ).toBe(formula);
    expect(
      tokenize(formula)
        .filter((t) => t.type === 'ref')
        .map((t) => t.text),
    ).toEqual(['I7:I40', "'My sheet'!J7:J", '$K$7']);
  });

  it('parses what it evaluates and marks the rest unsupported', () => {
    expect(parseFormula('=OKR_ROLLUP(OKR_SCORE(B2:B9,C2:C9,D2:D9))')).toMatchObject({
      kind: 'call',
      name: 'OKR_ROLLUP',
      args: [{ kind: 'call', name: 'OKR_SCORE' }],
    });
    expect(parseFormula('=A1+1').kind).toBe('binary');
    expect(isWellFormed(parseFormula('=A1+'))).toBe(false);
  });

  it('moves references when rows are inserted or deleted', () => {
    const shift = (formula: string, at: number, by: number) => shiftFormula(formula, 'Sheet1', { sheet: 'Sheet1', dimension: 'ROWS', at, by });
    expect(shift('=OKR_SCORE(I7:I40,J7:J)', 5, 2)).toBe('=OKR_SCORE(I9:I42,J9:J)');
    expect(shift('=SUM(A1:A10)', 5, 3)).toBe('=SUM(A1:A13)');
    expect(shift('=SUM(A1:A10)', 3, -2)).toBe('=SUM(A1:A8)');
    expect(shift('=A4', 3, -2)).toBe('=#REF!');
    expect(shiftFormula('=Other!A4', 'Sheet1', { sheet: 'Sheet1', dimension: 'ROWS', at: 1, by: 1 })).toBe('=Other!A4');
  });

  it('moves relative references with the cell and keeps absolute ones', () => {
    expect(offsetFormula('=A1+$B$2+C$3+$D4', 2, 1)).toBe('=B3+$B$2+D$3+$D6');
  });
});
