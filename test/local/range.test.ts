// Fidelity of Range and A1 notation to the documented Apps Script behaviour
// (developers.google.com/apps-script/reference/spreadsheet/range).
import { describe, expect, it } from 'vitest';
import { createSpreadsheet } from '../../local/index';
import { harness, thrown } from './helpers';

describe('Range values', () => {
  it('numbers rows and columns from 1: getRange(1, 1) is A1', () => {
    const { sheet } = harness();
    const range = sheet.getRange(1, 1);
    expect(range.getA1Notation()).toBe('A1');
    expect(range.getRow()).toBe(1);
    expect(range.getColumn()).toBe(1);
    expect(sheet.getRange(2, 3, 4, 5).getA1Notation()).toBe('C2:G5');
  });

  it('returns blanks as "" in a fresh grid of exactly numRows × numColumns', () => {
    const { sheet } = harness();
    sheet.getRange('B2').setValue(7);
    const values = sheet.getRange('A1:C3').getValues();
    expect(values).toEqual([
      ['', '', ''],
      ['', 7, ''],
      ['', '', ''],
    ]);
    values[0]![0] = 'changed';
    expect(sheet.getRange('A1:C3').getValues()[0]![0]).toBe('');
  });

  it('keeps numbers, text and booleans as their JavaScript types', () => {
    const { sheet } = harness();
    sheet.getRange('A1:C1').setValues([[1.5, 'text', false]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[1.5, 'text', false]]);
    expect(sheet.getRange('C1').getValue()).toBe(false);
  });

  it('throws the documented error when setValues gets the wrong number of rows', () => {
    const { sheet } = harness();
    const error = thrown(() => sheet.getRange('A1:B2').setValues([[1, 2]]));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.');
  });

  it('throws the documented error when setValues gets the wrong number of columns', () => {
    const { sheet } = harness();
    expect(() =>
      sheet.getRange('A1:B2').setValues([
        [1, 2],
        [3, 4, 5],
      ]),
    ).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.');
  });

  it('applies the same dimension check to the other grid setters', () => {
    const { sheet } = harness();
    expect(() => sheet.getRange('A1:B1').setBackgrounds([['#ffffff']])).toThrow('The number of columns in the data does not match');
    expect(() => sheet.getRange('A1:A2').setNumberFormats([['0%']])).toThrow('The number of rows in the data does not match');
  });

  it('sets every cell of a multi-cell range with setValue', () => {
    const { sheet } = harness();
    sheet.getRange('A1:B2').setValue('x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
  });

  it('round-trips a Date: a Date written comes back as an equal Date', () => {
    const { sheet } = harness(createSpreadsheet('Dates', { timeZone: 'America/New_York' }));
    const when = new Date('2026-03-08T07:30:15.250Z');
    sheet.getRange('A1').setValue(when);
    const back = sheet.getRange('A1').getValue() as Date;
    expect(back).toBeInstanceOf(Date);
    expect(back.getTime()).toBe(when.getTime());
  });

  it('stores a date as the serial number of its wall-clock time in the spreadsheet time zone', () => {
    const { sheet, ss } = harness(createSpreadsheet('Dates', { timeZone: 'Asia/Tehran' }));
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Tehran');
    sheet.getRange('A1').setValue(new Date('2026-01-15T00:00:00+03:30'));
    // Midnight in Tehran is a whole day: the cell gets a date format and its serial 46037.
    expect(sheet.getRange('A1').getNumberFormat()).toBe('M/d/yyyy');
    sheet.getRange('A1').setNumberFormat('0');
    expect(sheet.getRange('A1').getValue()).toBe(46037);
  });

  it('returns a number formatted as a date as a Date (Sheets dates are serial numbers)', () => {
    const { sheet } = harness();
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd');
    sheet.getRange('A1').setValue(46037);
    expect(sheet.getRange('A1').getValue()).toEqual(new Date('2026-01-15T00:00:00Z'));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2026-01-15');
  });

  it("stores a string beginning with '=' as a formula", () => {
    const { sheet } = harness();
    sheet.getRange('A1').setValue('=SUM(B1:B3)');
    expect(sheet.getRange('A1').getFormula()).toBe('=SUM(B1:B3)');
    sheet.getRange('A2:A3').setValues([['=B2'], ['plain']]);
    expect(sheet.getRange('A2:A3').getFormulas()).toEqual([['=B2'], ['']]);
  });

  it("keeps a string beginning with '=' as text in a cell formatted as plain text ('@')", () => {
    const { sheet } = harness();
    const cell = sheet.getRange('A1');
    cell.setNumberFormat('@');
    cell.setValue('=1+2');
    expect(cell.getFormula()).toBe('');
    expect(cell.getValue()).toBe('=1+2');
  });

  it('treats a leading apostrophe as the text marker, not as part of the value', () => {
    const { sheet } = harness();
    sheet.getRange('A1').setValue("'=1+2");
    expect(sheet.getRange('A1').getFormula()).toBe('');
    expect(sheet.getRange('A1').getValue()).toBe('=1+2');
  });

  it('moves relative references when one formula is set on several cells', () => {
    const { sheet } = harness();
    sheet.getRange('C1:C3').setFormula('=A1*$B$1');
    expect(sheet.getRange('C1:C3').getFormulas()).toEqual([['=A1*$B$1'], ['=A2*$B$1'], ['=A3*$B$1']]);
  });

  it('reports isBlank only when no cell has a value or a formula', () => {
    const { sheet } = harness();
    sheet.getRange('A1').setBackground('#ff0000');
    expect(sheet.getRange('A1:B2').isBlank()).toBe(true);
    sheet.getRange('B2').setValue(0);
    expect(sheet.getRange('A1:B2').isBlank()).toBe(false);
  });
});

describe('getRange checks', () => {
  it('rejects a starting row or column below 1', () => {
    const { sheet } = harness();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
  });

  it('rejects ranges of no rows or no columns', () => {
    const { sheet } = harness();
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
  });

  it('rejects a range beyond the grid (1,000 rows × 26 columns on a new sheet)', () => {
    const { sheet } = harness();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('AA1')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    sheet.insertColumnsAfter(26, 2);
    expect(sheet.getRange('AB1').getColumn()).toBe(28);
  });

  it('rejects A1 notation it cannot read', () => {
    const { sheet } = harness();
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
    expect(() => sheet.getRange('Nowhere!A1')).toThrow('Range not found');
  });
});

describe('A1 notation', () => {
  it('reads cells, rectangles and absolute references', () => {
    const { sheet } = harness();
    expect(sheet.getRange('$B$2:C5').getA1Notation()).toBe('B2:C5');
    const r = sheet.getRange('c5:b2');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 2, 4, 2]);
  });

  it('reads whole columns, whole rows and open-ended ranges as unbounded', () => {
    const { sheet } = harness();
    const cols = sheet.getRange('A:C');
    expect([cols.getRow(), cols.getNumRows(), cols.getNumColumns()]).toEqual([1, 1000, 3]);
    expect(cols.getA1Notation()).toBe('A:C');
    expect(cols.isEndRowBounded()).toBe(false);
    const open = sheet.getRange('B7:B');
    expect([open.getRow(), open.getLastRow()]).toEqual([7, 1000]);
    expect(open.getA1Notation()).toBe('B7:B');
    const rows = sheet.getRange('3:5');
    expect([rows.getRow(), rows.getNumRows(), rows.getNumColumns()]).toEqual([3, 3, 26]);
  });

  it('reads columns beyond Z', () => {
    const { sheet } = harness();
    sheet.insertColumnsAfter(26, 30);
    expect(sheet.getRange('AD3').getColumn()).toBe(30);
    expect(sheet.getRange(1, 52).getA1Notation()).toBe('AZ1');
  });

  it('reads a sheet name, quoted when it has spaces or quotes', () => {
    const { ss } = harness();
    ss.insertSheet('My sheet');
    ss.insertSheet("Team's OKRs");
    expect(ss.getRange("'My sheet'!B2").getSheet().getName()).toBe('My sheet');
    expect(ss.getRange("'Team''s OKRs'!A1:B2").getSheet().getName()).toBe("Team's OKRs");
    expect(ss.getRange('Sheet1!A1:B2').getSheet().getName()).toBe('Sheet1');
  });
});

describe('Sheet extent', () => {
  it('reports 0 as the last row and column of an empty sheet', () => {
    const { sheet } = harness();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });

  it('ignores formatting and counts values and formulas', () => {
    const { sheet } = harness();
    sheet.getRange('J40').setBackground('#ff0000');
    sheet.getRange('B3').setValue('x');
    sheet.getRange('D2').setFormula('=B3');
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(4);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D3');
  });

  it('appends a row after the last row with content', () => {
    const { sheet } = harness();
    sheet.getRange('A2').setValue('header');
    sheet.appendRow(['a', 1, '=B3*2']);
    expect(sheet.getRange('A3:C3').getFormulas()).toEqual([['', '', '=B3*2']]);
    expect(sheet.getLastRow()).toBe(3);
  });
});

describe('Formats', () => {
  it('returns Apps Script defaults for cells nobody formatted', () => {
    const { sheet } = harness();
    const r = sheet.getRange('A1');
    expect(r.getBackground()).toBe('#ffffff');
    expect(r.getFontColor()).toBe('#000000');
    expect(r.getFontWeight()).toBe('normal');
    expect(r.getFontStyle()).toBe('normal');
    expect(r.getNumberFormat()).toBe('0.###############');
    expect(r.getHorizontalAlignment()).toBe('general');
    expect(r.getVerticalAlignment()).toBe('bottom');
    expect(r.getTextDirection()).toBeNull();
    expect(r.getDataValidation()).toBeNull();
  });

  it('normalises colours to lower-case #rrggbb and resets on null', () => {
    const { sheet } = harness();
    const r = sheet.getRange('A1:B1');
    r.setBackgrounds([['#ABC', 'LightGreen']]);
    expect(r.getBackgrounds()).toEqual([['#aabbcc', '#90ee90']]);
    r.setBackground(null);
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect(() => r.setFontColor('#gggggg')).toThrow('Invalid color');
  });

  it('sets fonts, number formats and alignment in one call per grid', () => {
    const { sheet, SpreadsheetApp } = harness();
    const r = sheet.getRange('A1:B1');
    r.setFontWeights([['bold', null]])
      .setFontColors([['#112233', null]])
      .setNumberFormats([['0%', '@']]);
    r.setHorizontalAlignment('normal').setVerticalAlignment('middle').setWrap(true);
    r.setTextDirections([[SpreadsheetApp.TextDirection.RIGHT_TO_LEFT, null]]);
    expect(r.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(r.getFontColors()).toEqual([['#112233', '#000000']]);
    expect(r.getNumberFormats()).toEqual([['0%', '@']]);
    expect(r.getHorizontalAlignments()).toEqual([['general-left', 'general-left']]);
    expect(r.getVerticalAlignments()).toEqual([['middle', 'middle']]);
    expect(r.getWraps()).toEqual([[true, true]]);
    expect(String(r.getTextDirections()[0]![0])).toBe('RIGHT_TO_LEFT');
    r.setNumberFormat('General');
    expect(r.getNumberFormat()).toBe('0.###############');
  });

  it('shows display values in the cell format', () => {
    const { sheet } = harness();
    sheet.getRange('A1:D1').setValues([[0.256, 1234.5, true, 1 / 3]]);
    sheet.getRange('A1:B1').setNumberFormats([['0%', '#,##0.00']]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['26%', '1,234.50', 'TRUE', '0.3333333333']]);
  });

  it('clears contents, formats, validations and notes by default, one of them with options', () => {
    const { sheet, SpreadsheetApp } = harness();
    const r = sheet.getRange('A1');
    r.setValue(5).setBackground('#ff0000').setNote('n').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(1, 9).build());
    r.clear({ contentsOnly: true });
    expect([r.getValue(), r.getBackground(), r.getNote()]).toEqual(['', '#ff0000', 'n']);
    r.clearFormat();
    expect(r.getBackground()).toBe('#ffffff');
    expect(r.getDataValidation()).not.toBeNull();
    r.clear();
    expect([r.getNote(), r.getDataValidation()]).toEqual(['', null]);
  });
});

describe('Checkboxes', () => {
  it('inserts checkboxes set to false and checks and unchecks them', () => {
    const { sheet } = harness();
    const r = sheet.getRange('A1:A2');
    r.insertCheckboxes();
    expect(r.getValues()).toEqual([[false], [false]]);
    expect(String(r.getDataValidation()!.getCriteriaType())).toBe('CHECKBOX');
    expect(r.isChecked()).toBe(false);
    sheet.getRange('A1').check();
    expect(r.isChecked()).toBeNull();
    r.check();
    expect(r.isChecked()).toBe(true);
    r.removeCheckboxes();
    expect(r.getValues()).toEqual([[''], ['']]);
  });
});
