// Loading and saving .xlsx: what survives a save and load, checked both through the runtime and by
// opening the saved file with exceljs as another program would.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle, loadWorkbook, saveWorkbook, STATE_SHEET, workbookToBuffer } from '../../local/index';
import { harness, tempDir, writeBundle } from './helpers';

async function roundTrip(ss: ReturnType<typeof createSpreadsheet>) {
  const path = join(tempDir(), 'book.xlsx');
  await saveWorkbook(ss, path);
  const back = await loadWorkbook(path);
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(path);
  return { path, back, h: harness(back), excel };
}

describe('xlsx round trip', () => {
  it('keeps values: numbers, text, booleans and dates (a Date comes back equal)', async () => {
    const { sheet, spreadsheet } = harness(createSpreadsheet('Values', { timeZone: 'Europe/Budapest' }));
    const when = new Date('2026-02-10T23:00:00Z');
    sheet.getRange('A1:D1').setValues([[42.5, 'text', true, when]]);
    const { h, back } = await roundTrip(spreadsheet);
    expect(back.getSpreadsheetTimeZone()).toBe('Europe/Budapest');
    const values = h.sheet.getRange('A1:D1').getValues();
    expect(values.slice(0, 1)[0]!.slice(0, 3)).toEqual([42.5, 'text', true]);
    expect((values[0]![3] as Date).getTime()).toBe(when.getTime());
  });

  it('stores a date as an xlsx date at UTC midnight of its day, as exceljs reads it', async () => {
    const { sheet, spreadsheet } = harness();
    sheet.getRange('A1').setValue(new Date('2026-01-15T00:00:00Z'));
    const { excel } = await roundTrip(spreadsheet);
    expect(excel.getWorksheet('Sheet1')!.getCell('A1').value).toEqual(new Date('2026-01-15T00:00:00Z'));
  });

  it('keeps formulas as formulas, with their last result', async () => {
    const bundle = writeBundle('function DOUBLE(x) { return Array.isArray(x) ? x.map((r) => r.map((v) => v * 2)) : x * 2; }');
    const ss = createSpreadsheet('Formulas');
    const rt = loadBundle(bundle, ss);
    const sheet = rt.services.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula('=DOUBLE(A1:A3)');
    sheet.getRange('C1').setFormula('=SUM(A1:A3)');
    const { back, h, excel } = await roundTrip(ss);
    const ws = excel.getWorksheet('Formulas') ?? excel.getWorksheet('Sheet1')!;
    expect(ws.getCell('B1').value).toEqual({ formula: 'DOUBLE(A1:A3)', result: 2 });
    // Other programs see the spilled results as values.
    expect(ws.getCell('B3').value).toBe(6);
    // Without the add-on the runtime keeps the formula and its last result, spill included.
    expect(h.sheet.getRange('B1:C3').getFormulas()).toEqual([
      ['=DOUBLE(A1:A3)', '=SUM(A1:A3)'],
      ['', ''],
      ['', ''],
    ]);
    expect(h.sheet.getRange('B1:B3').getValues()).toEqual([[2], [4], [6]]);
    // With the add-on the formula is live again.
    loadBundle(bundle, back);
    h.sheet.getRange('A3').setValue(10);
    expect(h.sheet.getRange('B1:B3').getValues()).toEqual([[2], [4], [20]]);
  });

  it('keeps fills, fonts, number formats, alignment and column widths', async () => {
    const { sheet, spreadsheet } = harness();
    const r = sheet.getRange('A1:B1');
    r.setValues([[0.25, 'x']]);
    r.setBackgrounds([['#b7e1cd', null]])
      .setFontColors([['#7f6000', '#ff0000']])
      .setFontWeights([['bold', 'normal']])
      .setNumberFormats([['0%', '@']]);
    sheet.getRange('B1').setFontStyle('italic').setHorizontalAlignment('center').setVerticalAlignment('middle').setWrap(true);
    sheet.setColumnWidth(1, 240);
    const { h, excel } = await roundTrip(spreadsheet);
    const back = h.sheet.getRange('A1:B1');
    expect(back.getBackgrounds()).toEqual([['#b7e1cd', '#ffffff']]);
    expect(back.getFontColors()).toEqual([['#7f6000', '#ff0000']]);
    expect(back.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(back.getFontStyles()).toEqual([['normal', 'italic']]);
    expect(back.getNumberFormats()).toEqual([['0%', '@']]);
    expect([h.sheet.getRange('B1').getHorizontalAlignment(), h.sheet.getRange('B1').getVerticalAlignment(), h.sheet.getRange('B1').getWrap()]).toEqual([
      'center',
      'middle',
      true,
    ]);
    expect(h.sheet.getColumnWidth(1)).toBe(240);
    const cell = excel.getWorksheet('Sheet1')!.getCell('A1');
    expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFB7E1CD' } });
    expect(cell.numFmt).toBe('0%');
  });

  it('keeps frozen rows, right-to-left, tab colour, sheet order, hidden sheets and the active sheet', async () => {
    const { ss, sheet, spreadsheet } = harness();
    sheet.setFrozenRows(3);
    const rtl = ss.insertSheet('گزارش پیشرفت').setRightToLeft(true).setTabColor('#00ff00');
    ss.insertSheet('Hidden').hideSheet();
    ss.insertSheet('First', 0);
    rtl.activate();
    const { h, excel } = await roundTrip(spreadsheet);
    expect(h.ss.getSheets().map((s) => [s.getName(), s.isSheetHidden()])).toEqual([
      ['First', false],
      ['Sheet1', false],
      ['گزارش پیشرفت', false],
      ['Hidden', true],
    ]);
    expect(h.ss.getSheetByName('Sheet1')!.getFrozenRows()).toBe(3);
    expect(h.ss.getSheetByName('گزارش پیشرفت')!.isRightToLeft()).toBe(true);
    expect(h.ss.getSheetByName('گزارش پیشرفت')!.getTabColor()).toBe('#00ff00');
    expect(h.ss.getActiveSheet().getName()).toBe('گزارش پیشرفت');
    expect(excel.getWorksheet('Sheet1')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(excel.getWorksheet('Hidden')!.state).toBe('hidden');
    expect(excel.getWorksheet(STATE_SHEET)!.state).toBe('veryHidden');
  });

  it('keeps sheet names longer than xlsx allows, and sheet ids', async () => {
    const { ss, spreadsheet } = harness();
    const long = ss.insertSheet('OKRs 2026-Q1 — Progress by team and objective');
    const { h, excel } = await roundTrip(spreadsheet);
    expect(h.ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'OKRs 2026-Q1 — Progress by team and objective']);
    expect(h.ss.getSheets()[1]!.getSheetId()).toBe(long.getSheetId());
    expect(h.ss.getId()).toBe(ss.getId());
    expect(excel.worksheets.every((w) => w.name.length <= 31)).toBe(true);
  });

  it('keeps data validation: lists, ranges, numbers, dates, custom formulas and checkboxes', async () => {
    const { sheet, SpreadsheetApp, spreadsheet } = harness();
    const dv = () => SpreadsheetApp.newDataValidation();
    sheet
      .getRange('A1:A5')
      .setDataValidation(dv().requireValueInList(['increase', 'decrease', 'milestone']).setAllowInvalid(false).setHelpText('Pick a type').build());
    sheet.getRange('B1').setDataValidation(dv().requireValueInRange(sheet.getRange('D1:D3')).build());
    sheet.getRange('B2').setDataValidation(dv().requireNumberBetween(0, 10).build());
    sheet.getRange('B3').setDataValidation(dv().requireDateOnOrAfter(new Date('2026-01-01T00:00:00Z')).build());
    sheet.getRange('B4').setDataValidation(dv().requireFormulaSatisfied('=B4>0').build());
    sheet.getRange('C1:C3').insertCheckboxes();
    sheet.getRange('C4').setDataValidation(dv().requireTextContains('KR').build());
    const { h, excel } = await roundTrip(spreadsheet);
    const describe = (a1: string) => {
      const rule = h.sheet.getRange(a1).getDataValidation()!;
      return [
        String(rule.getCriteriaType()),
        rule
          .getCriteriaValues()
          .map((v) => (v && typeof v === 'object' && 'getA1Notation' in v ? (v as GoogleAppsScript.Spreadsheet.Range).getA1Notation() : v)),
        rule.getAllowInvalid(),
        rule.getHelpText(),
      ];
    };
    expect(describe('A5')).toEqual(['VALUE_IN_LIST', [['increase', 'decrease', 'milestone'], true], false, 'Pick a type']);
    expect(describe('B1')).toEqual(['VALUE_IN_RANGE', ['D1:D3', true], true, '']);
    expect(describe('B2')).toEqual(['NUMBER_BETWEEN', [0, 10], true, '']);
    expect(describe('B3')).toEqual(['DATE_ON_OR_AFTER', [new Date('2026-01-01T00:00:00Z')], true, '']);
    expect(describe('B4')).toEqual(['CUSTOM_FORMULA', ['=B4>0'], true, '']);
    expect(describe('C2')).toEqual(['CHECKBOX', [], false, '']);
    expect(describe('C4')).toEqual(['TEXT_CONTAINS', ['KR'], true, '']);
    expect(h.sheet.getRange('C1:C3').getValues()).toEqual([[false], [false], [false]]);
    const ws = excel.getWorksheet('Sheet1')!;
    expect(ws.getCell('A1').dataValidation).toMatchObject({ type: 'list', formulae: ['"increase,decrease,milestone"'], errorStyle: 'stop' });
    expect(ws.getCell('B2').dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 10] });
  });

  it('keeps conditional formatting: number, formula, text and gradient rules', async () => {
    const { sheet, SpreadsheetApp, spreadsheet } = harness();
    const range = sheet.getRange('E2:E40');
    const rule = () => SpreadsheetApp.newConditionalFormatRule().setRanges([range]);
    sheet.setConditionalFormatRules([
      rule().whenNumberGreaterThanOrEqualTo(0.7).setBackground('#b7e1cd').build(),
      rule().whenNumberBetween(0.4, 0.6999).setBackground('#fce8b2').setFontColor('#7f6000').build(),
      rule().whenFormulaSatisfied('=AND(ISNUMBER($E2),$E2<0.4)').setBackground('#f4c7c3').build(),
      rule().whenTextEqualTo('done').setBold(true).build(),
      rule().whenTextStartsWith('KR').setItalic(true).build(),
      SpreadsheetApp.newConditionalFormatRule()
        .setGradientMinpoint('#ffffff')
        .setGradientMaxpoint('#57bb8a')
        .setRanges([sheet.getRange('F2:F9')])
        .build(),
    ]);
    const { h, excel } = await roundTrip(spreadsheet);
    const rules = h.sheet.getConditionalFormatRules();
    const summary = rules.map((r) => {
      const c = r.getBooleanCondition();
      return c
        ? [
            String(c.getCriteriaType()),
            c.getCriteriaValues(),
            c.getBackground(),
            c.getFontColor(),
            c.getBold(),
            c.getItalic(),
            r.getRanges().map((x) => x.getA1Notation()),
          ]
        : ['GRADIENT', r.getGradientCondition()!.getMaxColor()];
    });
    expect(summary).toEqual([
      ['NUMBER_GREATER_THAN_OR_EQUAL_TO', [0.7], '#b7e1cd', null, null, null, ['E2:E40']],
      ['NUMBER_BETWEEN', [0.4, 0.6999], '#fce8b2', '#7f6000', null, null, ['E2:E40']],
      ['CUSTOM_FORMULA', ['=AND(ISNUMBER($E2),$E2<0.4)'], '#f4c7c3', null, null, null, ['E2:E40']],
      ['TEXT_EQUAL_TO', ['done'], null, null, true, null, ['E2:E40']],
      ['TEXT_STARTS_WITH', ['KR'], null, null, null, true, ['E2:E40']],
      ['GRADIENT', '#57bb8a'],
    ]);
    const cf = (excel.getWorksheet('Sheet1') as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }).conditionalFormattings;
    expect(cf.map((c) => [c.ref, c.rules[0]!.type])).toEqual([
      ['E2:E40', 'cellIs'],
      ['E2:E40', 'cellIs'],
      ['E2:E40', 'expression'],
      ['E2:E40', 'cellIs'],
      ['E2:E40', 'expression'],
      ['F2:F9', 'colorScale'],
    ]);
  });

  it('reads conditional formatting written by another program', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.getCell('A1').value = 1;
    ws.addConditionalFormatting({
      ref: 'A1:A9',
      rules: [
        {
          type: 'cellIs',
          operator: 'lessThan',
          formulae: [0.4],
          priority: 1,
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFF4C7C3' } } },
        },
        { type: 'containsText', operator: 'containsText', text: 'late', priority: 2, style: { font: { bold: true } } },
      ],
    });
    const path = join(tempDir(), 'other.xlsx');
    await wb.xlsx.writeFile(path);
    const rules = harness(await loadWorkbook(path)).sheet.getConditionalFormatRules();
    expect(rules.map((r) => [String(r.getBooleanCondition()!.getCriteriaType()), r.getBooleanCondition()!.getCriteriaValues()])).toEqual([
      ['NUMBER_LESS_THAN', [0.4]],
      ['TEXT_CONTAINS', ['late']],
    ]);
    expect(rules[0]!.getBooleanCondition()!.getBackground()).toBe('#f4c7c3');
  });

  it('keeps developer metadata, document properties and notes in the state sheet', async () => {
    const { ss, sheet, PropertiesService, spreadsheet } = harness(createSpreadsheet('Meta', { locale: 'hu_HU' }));
    const tab = ss.insertSheet('Overview');
    tab.addDeveloperMetadata('okr-sheets.tab', '{"kind":"overview","source":"Sheet1"}');
    ss.addDeveloperMetadata('okr-sheets.version', '1');
    PropertiesService.getDocumentProperties().setProperties({ settings: '{"language":"fa"}', 'mapping:Sheet1': '{"headerRow":6}' });
    sheet.getRange('B2').setNote('Baseline from the Q4 report');
    const { back, h } = await roundTrip(spreadsheet);
    expect(h.ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Overview']);
    const found = h.ss.createDeveloperMetadataFinder().withKey('okr-sheets.tab').find();
    expect(found.map((m) => [m.getLocation().getSheet()!.getName(), m.getValue()])).toEqual([['Overview', '{"kind":"overview","source":"Sheet1"}']]);
    expect(h.ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['okr-sheets.version']);
    expect(h.PropertiesService.getDocumentProperties().getProperties()).toEqual({ settings: '{"language":"fa"}', 'mapping:Sheet1': '{"headerRow":6}' });
    expect(h.sheet.getRange('B2').getNote()).toBe('Baseline from the Q4 report');
    expect(back.getSpreadsheetLocale()).toBe('hu_HU');
  });

  it('keeps metadata with its sheet when another program reorders the tabs', async () => {
    const { ss, spreadsheet } = harness();
    ss.insertSheet('Overview').addDeveloperMetadata('okr-sheets.tab', 'overview');
    const { path, excel } = await roundTrip(spreadsheet);
    // exceljs orders tabs by orderNo, which its types do not declare.
    const overview = excel.getWorksheet('Overview') as unknown as { orderNo: number };
    const first = excel.getWorksheet('Sheet1') as unknown as { orderNo: number };
    [overview.orderNo, first.orderNo] = [first.orderNo, overview.orderNo];
    await excel.xlsx.writeFile(path);
    const h = harness(await loadWorkbook(path));
    expect(h.ss.getSheets().map((s) => s.getName())).toEqual(['Overview', 'Sheet1']);
    expect(
      h.ss
        .getSheetByName('Overview')!
        .getDeveloperMetadata()
        .map((m) => m.getValue()),
    ).toEqual(['overview']);
  });

  it('keeps a sheet of the user that happens to have the state sheet’s name', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet(STATE_SHEET).getCell('A1').value = 'my own notes';
    const path = join(tempDir(), 'user.xlsx');
    await wb.xlsx.writeFile(path);
    const h = harness(await loadWorkbook(path));
    expect(h.sheet.getRange('A1').getValue()).toBe('my own notes');
  });

  it('keeps large state across several cells of the state sheet', async () => {
    const { PropertiesService, spreadsheet } = harness();
    const props = PropertiesService.getDocumentProperties();
    for (let i = 0; i < 20; i++) props.setProperty(`history:${i}`, 'x'.repeat(9000));
    const { h, excel } = await roundTrip(spreadsheet);
    expect(h.PropertiesService.getDocumentProperties().getKeys()).toHaveLength(20);
    expect(excel.getWorksheet(STATE_SHEET)!.rowCount).toBeGreaterThan(5);
  });

  it('loads from bytes as well as from a file', async () => {
    const { sheet, spreadsheet } = harness(createSpreadsheet('Bytes'));
    sheet.getRange('A1').setValue('from memory');
    const back = await loadWorkbook(await workbookToBuffer(spreadsheet));
    expect(harness(back).sheet.getRange('A1').getValue()).toBe('from memory');
  });

  it('opens a workbook downloaded from Google Sheets: custom functions come back as formulas', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('OKRs 2026-Q1');
    ws.getCell('A1').value = 3;
    ws.getCell('B1').value = { formula: 'IFERROR(__xludf.DUMMYFUNCTION("OKR_SCORE(A1:A3,""x"")"),0.5)', result: 0.5 };
    const path = join(tempDir(), 'download.xlsx');
    await wb.xlsx.writeFile(path);
    const back = await loadWorkbook(path);
    expect(back.getName()).toBe('download');
    const sheet = harness(back).sheet;
    expect(sheet.getRange('B1').getFormula()).toBe('=OKR_SCORE(A1:A3,"x")');
    expect(sheet.getRange('B1').getValue()).toBe(0.5);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });
});

describe('merged cells', () => {
  it('keep their value in the top-left cell only, as getValues shows them in Sheets, and stay merged on save', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('OKRs');
    ws.getCell('A1').value = 'Objective';
    ws.getCell('B1').value = 'Key result';
    ws.getCell('A2').value = 'Win the market';
    ws.getCell('B2').value = 'KR 1';
    ws.getCell('B3').value = 'KR 2';
    ws.mergeCells('A2:A3');
    const ss = await loadWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(ss.getSheetByName('OKRs')!.getRange('A2:B3').getValues()).toEqual([
      ['Win the market', 'KR 1'],
      ['', 'KR 2'],
    ]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await workbookToBuffer(ss)) as unknown as ExcelJS.Buffer);
    const out = back.getWorksheet('OKRs')!;
    expect(out.getCell('A3').isMerged).toBe(true);
    expect(out.getCell('A2').value).toBe('Win the market');
  });
});
