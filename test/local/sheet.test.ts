// Fidelity of Spreadsheet, Sheet, conditional formats, data validation and developer metadata
// (developers.google.com/apps-script/reference/spreadsheet/).
import { describe, expect, it } from 'vitest';
import { harness, thrown } from './helpers';

describe('Spreadsheet sheets', () => {
  it('refuses a second sheet with the same name, whatever its case', () => {
    const { ss } = harness();
    ss.insertSheet('OKRs 2026-Q1');
    expect(thrown(() => ss.insertSheet('OKRs 2026-Q1')).message).toBe('A sheet with the name "OKRs 2026-Q1" already exists. Please enter another name.');
    expect(() => ss.insertSheet('okrs 2026-q1')).toThrow('already exists');
    expect(ss.getSheetByName('OKRS 2026-Q1')?.getName()).toBe('OKRs 2026-Q1');
    expect(() => ss.getSheets()[0]!.setName('OKRs 2026-Q1')).toThrow('already exists');
  });

  it('inserts after the active sheet by default, at a 0-based index when given, and activates it', () => {
    const { ss } = harness();
    const b = ss.insertSheet('B');
    expect(ss.getActiveSheet().getName()).toBe('B');
    ss.insertSheet('First', 0);
    ss.setActiveSheet(ss.getSheetByName('Sheet1')!);
    ss.insertSheet('AfterSheet1');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'Sheet1', 'AfterSheet1', 'B']);
    expect(b.getIndex()).toBe(4);
    expect(ss.insertSheet().getName()).toBe('Sheet5');
  });

  it('cannot delete the last sheet', () => {
    const { ss } = harness();
    expect(() => ss.deleteSheet(ss.getSheets()[0]!)).toThrow("You can't remove all the sheets in a document.");
    const other = ss.insertSheet('Other');
    ss.deleteSheet(other);
    expect(ss.getNumSheets()).toBe(1);
  });

  it('cannot hide the only visible sheet', () => {
    const { ss, sheet } = harness();
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    const other = ss.insertSheet('Other');
    other.hideSheet();
    expect(other.isSheetHidden()).toBe(true);
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
  });

  it('moves the active sheet to a 1-based position', () => {
    const { ss } = harness();
    ss.insertSheet('B');
    ss.insertSheet('C');
    ss.setActiveSheet(ss.getSheetByName('C')!);
    ss.moveActiveSheet(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['C', 'Sheet1', 'B']);
  });

  it('renames references to a renamed sheet and breaks references to a deleted one', () => {
    const { ss, sheet } = harness();
    const data = ss.insertSheet('Data');
    sheet.getRange('A1:A2').setFormulas([['=Data!B2'], ["=SUM('Data'!B2:B9)"]]);
    data.setName('Team data');
    expect(sheet.getRange('A1:A2').getFormulas()).toEqual([["='Team data'!B2"], ["=SUM('Team data'!B2:B9)"]]);
    ss.deleteSheet(data);
    expect(sheet.getRange('A1').getFormula()).toBe('=#REF!');
  });

  it('keeps frozen rows, right-to-left, tab colour and column widths', () => {
    const { sheet } = harness();
    sheet.setFrozenRows(2);
    sheet.setFrozenColumns(1);
    sheet.setRightToLeft(true).setTabColor('teal').setColumnWidth(3, 240);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns(), sheet.isRightToLeft(), sheet.getTabColor()]).toEqual([2, 1, true, '#008080']);
    expect([sheet.getColumnWidth(3), sheet.getColumnWidth(4)]).toEqual([240, 100]);
  });
});

describe('Rows and columns', () => {
  it('grows the grid with insertRowsAfter and moves the cells below', () => {
    const { sheet } = harness();
    sheet.getRange('A3').setValue('moved');
    sheet.insertRowsAfter(2, 5);
    expect(sheet.getMaxRows()).toBe(1005);
    expect(sheet.getRange('A8').getValue()).toBe('moved');
    expect(sheet.getRange('A3').getValue()).toBe('');
  });

  it('rewrites formulas and conditional-format ranges when rows move', () => {
    const { sheet, SpreadsheetApp } = harness();
    sheet.getRange('E1').setFormula('=SUM(A2:A10)+$B$5');
    sheet.setConditionalFormatRules([
      SpreadsheetApp.newConditionalFormatRule()
        .whenCellEmpty()
        .setBackground('#ff0000')
        .setRanges([sheet.getRange('A2:A10')])
        .build(),
    ]);
    sheet.insertRowsBefore(2, 2);
    expect(sheet.getRange('E1').getFormula()).toBe('=SUM(A4:A12)+$B$7');
    expect(sheet.getConditionalFormatRules()[0]!.getRanges()[0]!.getA1Notation()).toBe('A4:A12');
    sheet.deleteRows(4, 9);
    expect(sheet.getRange('E1').getFormula()).toBe('=SUM(#REF!)+#REF!');
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  it('rejects positions outside the grid and deleting every row', () => {
    const { sheet } = harness();
    expect(() => sheet.deleteRows(999, 5)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRows(1, 1000)).toThrow("You can't delete all the rows on the sheet.");
    expect(() => sheet.insertColumnsBefore(40, 1)).toThrow('Those columns are out of bounds.');
  });
});

describe('Conditional format rules', () => {
  it('replaces every rule of the sheet with setConditionalFormatRules', () => {
    const { sheet, SpreadsheetApp } = harness();
    const range = sheet.getRange('B2:B9');
    const rule = (bg: string) => SpreadsheetApp.newConditionalFormatRule().whenNumberGreaterThan(0.7).setBackground(bg).setRanges([range]).build();
    sheet.setConditionalFormatRules([rule('#b7e1cd'), rule('#fce8b2')]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(2);
    sheet.setConditionalFormatRules([rule('#f4c7c3')]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    expect(rules[0]!.getBooleanCondition()!.getBackground()).toBe('#f4c7c3');
    sheet.clearConditionalFormatRules();
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  it('reports the criteria, values and format of each boolean condition', () => {
    const { sheet, SpreadsheetApp } = harness();
    const built = SpreadsheetApp.newConditionalFormatRule()
      .setBold(true)
      .whenNumberBetween(0.4, 0.7)
      .setFontColor('#7f6000')
      .setRanges([sheet.getRange('A1:A5'), sheet.getRange('C1:C5')])
      .build();
    const condition = built.getBooleanCondition()!;
    expect(condition.getCriteriaType()).toBe(SpreadsheetApp.BooleanCriteria.NUMBER_BETWEEN);
    expect(condition.getCriteriaValues()).toEqual([0.4, 0.7]);
    expect([condition.getBold(), condition.getFontColor(), condition.getBackground()]).toEqual([true, '#7f6000', null]);
    expect(built.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:A5', 'C1:C5']);
    const copy = built.copy().whenFormulaSatisfied('=$A1>0').build().getBooleanCondition()!;
    expect(String(copy.getCriteriaType())).toBe('CUSTOM_FORMULA');
    expect(copy.getCriteriaValues()).toEqual(['=$A1>0']);
    expect(copy.getBold()).toBe(true);
  });

  it('builds gradient rules', () => {
    const { sheet, SpreadsheetApp } = harness();
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .setGradientMinpoint('#ff0000')
      .setGradientMidpointWithValue('#ffff00', SpreadsheetApp.InterpolationType.PERCENTILE, '50')
      .setGradientMaxpoint('#00ff00')
      .setRanges([sheet.getRange('A1:A9')])
      .build();
    const g = rule.getGradientCondition()!;
    expect([g.getMinColor(), g.getMidColor(), g.getMidValue(), g.getMaxColor()]).toEqual(['#ff0000', '#ffff00', '50', '#00ff00']);
    expect(String(g.getMidType())).toBe('PERCENTILE');
    expect(rule.getBooleanCondition()).toBeNull();
  });

  it('refuses a rule whose ranges are on another sheet', () => {
    const { ss, sheet, SpreadsheetApp } = harness();
    const other = ss.insertSheet('Other');
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenCellNotEmpty()
      .setRanges([other.getRange('A1')])
      .build();
    expect(() => sheet.setConditionalFormatRules([rule])).toThrow();
  });
});

describe('Data validation', () => {
  it('builds list, number, date and checkbox rules with Apps Script defaults', () => {
    const { sheet, SpreadsheetApp } = harness();
    const list = SpreadsheetApp.newDataValidation().requireValueInList(['increase', 'decrease']).build();
    expect(list.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(list.getCriteriaValues()).toEqual([['increase', 'decrease'], true]);
    // "The default for a new data validation builder is true."
    expect(list.getAllowInvalid()).toBe(true);
    const num = SpreadsheetApp.newDataValidation().requireNumberBetween(0, 10).setAllowInvalid(false).setHelpText('0–10').build();
    expect([num.getCriteriaValues(), num.getAllowInvalid(), num.getHelpText()]).toEqual([[0, 10], false, '0–10']);
    const date = SpreadsheetApp.newDataValidation().requireDate().build();
    expect(String(date.getCriteriaType())).toBe('DATE_IS_VALID_DATE');
    sheet.getRange('A1:B2').setDataValidations([
      [list, num],
      [null, SpreadsheetApp.newDataValidation().requireCheckbox().build()],
    ]);
    const rules = sheet.getRange('A1:B2').getDataValidations();
    expect(rules.map((row) => row.map((r) => (r ? String(r.getCriteriaType()) : null)))).toEqual([
      ['VALUE_IN_LIST', 'NUMBER_BETWEEN'],
      [null, 'CHECKBOX'],
    ]);
    sheet.getRange('A1:B2').clearDataValidations();
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
  });

  it('rejects arguments of the wrong type', () => {
    const { SpreadsheetApp } = harness();
    const builder = SpreadsheetApp.newDataValidation() as unknown as { requireNumberBetween(a: unknown, b: unknown): unknown };
    expect(() => builder.requireNumberBetween('1', 2)).toThrow("don't match the method signature");
  });
});

describe('Developer metadata', () => {
  it('attaches key/value metadata to the spreadsheet and to sheets, and finds it again', () => {
    const { ss, SpreadsheetApp } = harness();
    const tab = ss.insertSheet('Progress');
    tab.addDeveloperMetadata('okr-sheets.tab', '{"kind":"overview"}');
    ss.addDeveloperMetadata('okr-sheets.version', '2', SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
    const [meta] = tab.getDeveloperMetadata();
    expect([meta!.getKey(), meta!.getValue(), String(meta!.getVisibility())]).toEqual(['okr-sheets.tab', '{"kind":"overview"}', 'DOCUMENT']);
    expect(String(meta!.getLocation().getLocationType())).toBe('SHEET');
    expect(meta!.getLocation().getSheet()!.getName()).toBe('Progress');
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['okr-sheets.version']);
    const found = ss.createDeveloperMetadataFinder().withKey('okr-sheets.tab').find();
    expect(found.map((m) => m.getLocation().getSheet()!.getName())).toEqual(['Progress']);
    expect(ss.createDeveloperMetadataFinder().withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SPREADSHEET).find()).toHaveLength(1);
    expect(ss.getSheets()[0]!.createDeveloperMetadataFinder().find()).toHaveLength(0);
    meta!.setValue('{"kind":"teams"}');
    expect(tab.getDeveloperMetadata()[0]!.getValue()).toBe('{"kind":"teams"}');
    meta!.remove();
    expect(tab.getDeveloperMetadata()).toHaveLength(0);
  });

  it('drops the metadata of a deleted sheet', () => {
    const { ss } = harness();
    const tab = ss.insertSheet('Progress');
    tab.addDeveloperMetadata('k', 'v');
    ss.deleteSheet(tab);
    expect(ss.createDeveloperMetadataFinder().withKey('k').find()).toHaveLength(0);
  });
});
