// Formulas the runtime must never show as a silent blank or a false error, found by the audit of
// issue 15 (/work/reports/a15.md, F1-F4), one row per case:
// - a formula Sheets cannot read is #ERROR! "Formula parse error";
// - a function name Sheets does not have is #NAME? "Unknown function"; a Sheets function this
//   runtime does not compute is an #ERROR! that says "Not implemented" (never a blank);
// - SUM, AVERAGE, MIN, MAX, AND, OR skip text and blanks in a reference, even to one cell;
// - date arithmetic keeps the date: =B2+91 is a Date, shown as B2 is.
// The last block runs the add-on's bundle (npm run build first): an End cell =B2+91 is a date to it.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle } from '../../local/index';
import { kr, newBook, templateSheet } from '../server/fixtures';
import { writeBundle } from './helpers';

const BUNDLE = writeBundle('function TWICE(x) { return x * 2; }');

/** A sheet with A1 = 1, A2 = 2, A4 = #N/A, A5 = text, A6 blank, A7 TRUE, B2 a typed date; `formula` in E1. */
function evaluated(formula: string, locale = 'en_US') {
  const ss = createSpreadsheet('Truth', { locale, timeZone: 'Etc/UTC' });
  ss.now = () => Date.UTC(2026, 10, 20, 12);
  const rt = loadBundle(BUNDLE, ss);
  const sheet = rt.services.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!;
  sheet.getRange('A1:A2').setValues([[1], [2]]);
  sheet.getRange('A4').setFormula('=NA()');
  sheet.getRange('A5').setValue('text');
  sheet.getRange('A7').setValue(true);
  sheet.getRange('B2').setValue('2026-10-01');
  const cell = sheet.getRange('E1');
  cell.setFormula(formula);
  return { value: cell.getValue(), shown: cell.getDisplayValue(), error: rt.formulaError('E1'), sheet };
}

describe('a formula Sheets cannot read is #ERROR! "Formula parse error", not a blank', () => {
  it.each([
    ['=1,5+1', 'en_US'], // a decimal comma in English syntax: "1" followed by ",5+1"
    ['=SUM(1,2', 'en_US'], // unbalanced parenthesis
    ['=)', 'en_US'],
    ['=1+', 'en_US'], // a missing operand
    ['=(1+2', 'en_US'],
    ['=IF(A1>0,1,2))', 'en_US'], // text after the end
    ['=SUM(1;2)', 'en_US'], // the other syntax's separator (already so before the audit)
    ['=SUM(1;2)', 'hu_HU'], // a script writes English syntax in every locale (local/formulaSyntax.ts)
    ['=ROUND(TWICE(1,)', 'en_US'], // inside a custom function's arguments too
  ])('%s (%s)', (formula, locale) => {
    const { value, shown, error } = evaluated(formula, locale);
    expect([value, shown]).toEqual(['#ERROR!', '#ERROR!']);
    expect(error).toMatch(/^Formula parse error/);
  });
});

describe('a function the runtime does not compute is an error that says why, not a blank', () => {
  it.each([
    // Names Sheets does not have: #NAME? "Unknown function".
    ['=NOSUCHFUNCTION(1)', '#NAME?', /^Unknown function: 'NOSUCHFUNCTION'\.$/],
    ['=1+NOSUCHFUNCTION(1)', '#NAME?', /^Unknown function/],
    ['=SECRET_()', '#NAME?', /^Unknown function/],
    // A bare name: the runtime models no named ranges, so none is defined.
    ['=TargetRange*2', '#NAME?', /^Unknown range name: 'TargetRange'\.$/],
    // Sheets functions this runtime does not compute: "Not implemented", never a guess.
    ['=VLOOKUP(1,A1:A2,1)', '#ERROR!', /^Not implemented: .*Sheets function VLOOKUP/],
    ['=EDATE(B2,3)', '#ERROR!', /^Not implemented: .*Sheets function EDATE/],
    ['=1+COUNTIF(A1:A2,">0")', '#ERROR!', /^Not implemented: .*Sheets function COUNTIF/],
    ['=SUM({1,2})', '#ERROR!', /^Not implemented: .*array literal/],
    ['=VALUE(A6)', '#ERROR!', /^Not implemented: .*VALUE of a blank/],
  ])('%s gives %s', (formula, shown, message) => {
    const result = evaluated(formula);
    expect([result.value, result.shown]).toEqual([shown, shown]);
    expect(result.error).toMatch(message);
  });

  it.each([
    // IFNA (support.google.com/docs/answer/9365944) and VALUE (support.google.com/docs/answer/3094220), now computed.
    ['=IFNA(A4,5)', 5],
    ['=IFNA(A1,5)', 1],
    ['=IFNA(1/0,5)', '#DIV/0!'],
    ['=IFNA(A4)', '#N/A'], // IFNA takes two arguments
    ['=SUM(ARRAYFORMULA(IFNA(A1:A4,10)))', 13],
    ['=VALUE("1.5")', 1.5],
    ['=VALUE("10%")', 0.1],
    ['=VALUE(A1)', 1],
    ['=VALUE("abc")', '#VALUE!'],
    ['=VALUE("2026-10-01")', 46296],
  ])('%s gives %j', (formula, value) => {
    expect(evaluated(formula).value).toEqual(value);
  });

  it('reads VALUE in the spreadsheet locale: "1,5" is 1.5 in hu_HU', () => {
    expect(evaluated('=VALUE("1,5")', 'hu_HU').value).toBe(1.5);
  });
});

describe('aggregates skip text, booleans and blanks in a reference, even to one cell', () => {
  // Google: MAX "Cells without numbers or ranges are ignored. Entering text values will cause MAX to
  // return the #VALUE! error" (support.google.com/docs/answer/3094013); AVERAGE "Any text encountered
  // in the value arguments will be ignored" (/3093615); Excel's SUM: "If an argument is an array or
  // reference, only numbers in that array or reference are counted".
  it.each([
    ['=SUM(A5)', 0],
    ['=MAX(A5)', 0],
    ['=MIN(A5)', 0],
    ['=SUM(A1,A5)', 1],
    ['=SUM(A1,A6,A7)', 1],
    ['=AVERAGE(A1,A5)', 1],
    ['=AVERAGE(A1,A2,A7)', 1.5],
    ['=AVERAGE(A5)', '#DIV/0!'],
    ['=MAX(A1,A2,A5)', 2],
    ['=SUM(A4,A5)', '#N/A'], // an error in a reference still wins
    ['=AND(A7,A5)', true],
    ['=OR(A5,A6,A7)', true],
    ['=AND(A5)', '#VALUE!'], // no logical value at all
    // Typed directly into the arguments, text is still converted, as before.
    ['=SUM("text")', '#VALUE!'],
    ['=SUM("2",1)', 3],
    ['=MAX("abc",1)', '#VALUE!'],
  ])('%s gives %j', (formula, value) => {
    expect(evaluated(formula).value).toEqual(value);
  });
});

describe('date arithmetic keeps the date', () => {
  // A Date of the script's realm (the services hand values to the bundle's realm).
  const day = (d: unknown) => (Object.prototype.toString.call(d) === '[object Date]' ? (d as Date).toISOString().slice(0, 10) : d);
  it.each([
    // [formula, getValue as a day or a number, getDisplayValue]
    ['=B2+91', '2026-12-31', '2026-12-31'], // shown as B2 is (typed 2026-10-01, format yyyy-mm-dd)
    ['=91+B2', '2026-12-31', '2026-12-31'],
    ['=B2-1', '2026-09-30', '2026-09-30'],
    ['=TODAY()+1', '2026-11-21', '11/21/2026'], // a date made by a function: the locale's date format
    ['=DATE(2026,10,1)+91', '2026-12-31', '12/31/2026'],
    ['=MAX(B2,DATE(2026,1,1))', '2026-10-01', '2026-10-01'],
    ['=MIN(B2,DATE(2026,1,1))', '2026-01-01', '1/1/2026'],
    ['=IF(A1>0,B2+1,"")', '2026-10-02', '2026-10-02'],
    // Not dates: a date minus a date is days, a date times a number a number.
    ['=B2-DATE(2026,9,30)', 1, '1'],
    ['=B2*1', 46296, '46296'],
    ['=MAX(A1,A2)', 2, '2'],
  ])('%s gives %j, shown %j', (formula, value, shown) => {
    const result = evaluated(formula);
    expect(day(result.value)).toEqual(value);
    expect(result.shown).toBe(shown);
  });

  it('a date result in a cell with its own date format takes that format', () => {
    const { sheet } = evaluated('=B2+91');
    sheet.getRange('E1').setNumberFormat('d mmm yyyy');
    expect(sheet.getRange('E1').getDisplayValue()).toBe('31 Dec 2026');
  });
});

describe('the add-on reads a computed End or Due date as a date (bundle)', () => {
  it.each([
    ['B3', '=B2+91'], // End = Start + 91 days
    ['O7', '=B2+60'], // a Due cell computed from Start
  ])('%s %s is not DATE_UNPARSABLE', (cell, formula) => {
    const { ss, rt } = newBook({ now: () => Date.UTC(2026, 10, 15, 12) });
    const sheet = templateSheet(
      ss,
      'OKRs',
      '2026-Q4',
      '2026-10-01',
      '',
      [kr('Growth', 'O1', 'Grow', 'committed', 'Signups', 'Ana', 100, 200, 150)],
      '2026-11-15',
    );
    sheet.getRange(cell).setFormula(formula);
    expect(Object.prototype.toString.call(sheet.getRange(cell).getValue())).toBe('[object Date]');
    const report = rt.call<{ issues: { code: string; cell: string }[] }>('sidebarValidate', { sheet: 'OKRs' });
    expect(report.issues.filter((i) => i.cell === cell)).toEqual([]);
  });
});
