// Refresh progress end to end: the built dist/Code.js on the local runtime over real workbooks, the
// result saved as .xlsx and read back with exceljs, as a user would open it.
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSpreadsheet, loadWorkbook, workbookToBuffer } from '../../local';
import { openWorkbookRun, type WorkbookRun } from '../../local/session';
import { isSheetsLocale } from '../../local/locales';
import type { PlanSummary } from '../../src/core/summary';
import { syntheticPlanGrid, TEMPLATE_HEADER } from '../support/syntheticPlan';

const EXAMPLE = 'examples/marketing-okrs.xlsx';
const OKR_SHEET = 'OKRs 2026-Q4';
const tmp = mkdtempSync(join(tmpdir(), 'okr-refresh-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every cell of a sheet as [address, value, formula] (exceljs), for before/after comparison. */
function cellsOf(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      out.set(cell.address, v instanceof Date ? v.toISOString() : JSON.stringify(v));
    }),
  );
  return out;
}

async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

const argbOf = (cell: ExcelJS.Cell) => ((cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? '').toUpperCase();

describe('npm start on the example workbook', () => {
  let run: WorkbookRun;
  let summary: PlanSummary;
  let saved: ExcelJS.Workbook;
  let original: ExcelJS.Workbook;

  beforeAll(async () => {
    run = await openWorkbookRun({ workbook: EXAMPLE });
    summary = run.refresh();
    const out = join(tmp, 'marketing.progress.xlsx');
    await run.save(out);
    saved = await readXlsx(out);
    original = await readXlsx(EXAMPLE);
  });

  it('writes an overview and a key-result tab, after the user’s sheets, and keeps the others', () => {
    const names = saved.worksheets.filter((w) => w.state !== 'veryHidden').map((w) => w.name);
    expect(names).toEqual([OKR_SHEET, 'Notes', 'Progress 2026-Q4', 'Key results 2026-Q4', 'OKR dashboard 2026-Q4']);
    expect(run.progressTabNames()).toEqual(['Progress 2026-Q4', 'Key results 2026-Q4', 'OKR dashboard 2026-Q4']);
  });

  it('measures pace at the workbook’s own As of date and scores every team', () => {
    expect(summary.quarter).toBe('2026-Q4');
    expect(summary.asOf).toBe('2026-11-20');
    expect(summary.teams).toHaveLength(4);
    expect(summary.score).toBeGreaterThan(0);
    expect(summary.score).toBeLessThan(1);
    expect(summary.objectives.length).toBeGreaterThanOrEqual(12);
    const krs = summary.objectives.flatMap((o) => o.keyResults);
    expect(krs.length).toBeGreaterThanOrEqual(40);
    for (const k of krs) if (k.score !== null) expect(k.score).toBeGreaterThanOrEqual(0);
  });

  it('flags the deliberate problems of the example with the cell they are in', () => {
    const codes = new Set(summary.issues.map((i) => i.code));
    for (const code of ['KR_START_EQUALS_TARGET', 'VALUE_AMBIGUOUS', 'OBJ_HAS_NUMBER', 'KR_NO_NUMBER', 'KR_NO_OWNER', 'KR_NO_CHECKIN', 'OBJ_TOO_FEW_KRS']) {
      expect(codes, code).toContain(code);
    }
    const ambiguous = summary.issues.find((i) => i.code === 'VALUE_AMBIGUOUS')!;
    expect(ambiguous.sheet).toBe(OKR_SHEET);
    expect(ambiguous.cell).toMatch(/^J\d+$/);
    expect(ambiguous.message).toContain('$500K');
  });

  it('puts one live OKR_SCORE array formula in the Score column, and a fresh As of', () => {
    const ws = saved.getWorksheet(OKR_SHEET)!;
    const p7 = ws.getCell('P7');
    const formula = (p7.value as { formula?: string; sharedFormula?: string } | null)?.formula ?? '';
    expect(formula.replace(/\s/g, '')).toBe(
      'ARRAYFORMULA(OKR_SCORE(IFERROR(I7:I,"#ERROR_IN_CELL"),IFERROR(J7:J,"#ERROR_IN_CELL"),IFERROR(K7:K,"#ERROR_IN_CELL"),IFERROR(H7:H,"#ERROR_IN_CELL"),TRUE,IFERROR(L7:L,"#ERROR_IN_CELL"),IFERROR(F7:F,"#ERROR_IN_CELL"),IFERROR(TO_TEXT(I7:I),"#ERROR_IN_CELL"),IFERROR(TO_TEXT(J7:J),"#ERROR_IN_CELL"),IFERROR(TO_TEXT(K7:K),"#ERROR_IN_CELL")))',
    );
    expect(ws.getCell('B4').value).toEqual(new Date('2026-11-20T00:00:00Z'));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
  });

  it('changes no template cell other than the Score column and As of', () => {
    const before = cellsOf(original.getWorksheet(OKR_SHEET)!);
    const after = cellsOf(saved.getWorksheet(OKR_SHEET)!);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((a) => before.get(a) !== after.get(a));
    expect(changed.filter((a) => !/^P\d+$/.test(a) && a !== 'B4')).toEqual([]);
    expect(cellsOf(saved.getWorksheet('Notes')!)).toEqual(cellsOf(original.getWorksheet('Notes')!));
  });

  it('colours scores by the one colour rule (none for an incomplete quarter), freezes the headers, and formats scores as percentages', () => {
    const ws = saved.getWorksheet('Progress 2026-Q4')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen' });
    const quarterScore = ws.getCell('F2');
    expect(quarterScore.value).toBeCloseTo(summary.score!, 10);
    expect(quarterScore.numFmt).toBe('0%');
    // The example has key results in error, so its quarter is incomplete: no band, no colour.
    expect(summary.complete).toBe(false);
    expect(summary.missing).toBeGreaterThan(0);
    expect(summary.band).toBeNull();
    expect(summary.colour).toBeNull();
    expect(argbOf(quarterScore) ?? '').toBe('');
    const detail = saved.getWorksheet('Key results 2026-Q4')!;
    expect(detail.views[0]).toMatchObject({ state: 'frozen' });
    expect(detail.rowCount).toBeGreaterThanOrEqual(41);
  });
});

/** A one-sheet workbook in the template format, with rows given as objects by header name. */
function template(rows: Record<string, unknown>[]) {
  const ss = createSpreadsheet('Test', { timeZone: 'Etc/GMT', locale: 'en_US' });
  const sheet = ss.getSheets()[0]!;
  sheet.setName(OKR_SHEET);
  const head = syntheticPlanGrid(0).map((r) => TEMPLATE_HEADER.map((_, i) => r[i] ?? ''));
  const body = rows.map((r) => TEMPLATE_HEADER.map((h) => r[h] ?? ''));
  sheet.getRange(1, 1, head.length, TEMPLATE_HEADER.length).setValues(head as never);
  // Text columns in plain-text format ('@'), as a user's sheet would have them, so "=…" stays text.
  const bodyRange = sheet.getRange(head.length + 1, 1, body.length, TEMPLATE_HEADER.length);
  bodyRange.setNumberFormat('@');
  sheet.getRange(head.length + 1, 9, body.length, 3).setNumberFormat('General');
  bodyRange.setValues(body as never);
  return ss;
}

describe('refresh safety', () => {
  it('writes user text that starts with =, +, - or @ as literal text, never as a formula', async () => {
    const evil = ['=IMPORTXML("http://evil.example","//a")', '+98 912 000 0000', '-5% vs last quarter', '@channel'];
    const ss = template([
      { Team: evil[3], 'Objective ID': 'X-O1', Objective: evil[0], 'Key result': evil[1], Owner: evil[2], Start: 0, Target: 10, Current: 5 },
      { 'Key result': evil[0], Owner: evil[1], Start: 0, Target: 10, Current: 5 },
    ]);
    const run = await openWorkbookRun({ workbook: ss, asOf: '2026-11-20' });
    run.refresh();
    const shown: unknown[] = [];
    for (const name of run.progressTabNames()) {
      const range = ss.getSheetByName(name)!.getDataRange();
      shown.push(...range.getValues().flat());
      // The only formulas are the add-on's own progress bars.
      const formulas = range
        .getFormulas()
        .flat()
        .filter((f) => f !== '' && !/^=IF\(ISNUMBER\([A-Z]+\d+\),SPARKLINE\(/.test(f));
      expect(formulas, name).toEqual([]);
    }
    for (const text of evil) expect(shown, text).toContain(text);
    // The workbook survives a save and a reload with the text intact.
    const reloaded = await loadWorkbook(await workbookToBuffer(ss));
    const detail = reloaded.getSheetByName('Key results 2026-Q4')!;
    expect(detail.getDataRange().getValues().flat()).toContain(evil[0]);
    expect(
      detail
        .getDataRange()
        .getFormulas()
        .flat()
        .filter((f) => f.startsWith('=IMPORTXML')),
    ).toEqual([]);
  });

  it('leaves a Score column that holds the user’s own values alone, and says so', async () => {
    const ss = template([
      { Team: 'T', 'Objective ID': 'T-O1', Objective: 'Win', 'Key result': 'A', Owner: 'Ann', Start: 0, Target: 10, Current: 5, Score: 'my own 0.5' },
      { 'Key result': 'B', Owner: 'Ann', Start: 0, Target: 10, Current: 5 },
    ]);
    const run = await openWorkbookRun({ workbook: ss, asOf: '2026-11-20' });
    const summary = run.refresh();
    const sheet = ss.getSheetByName(OKR_SHEET)!;
    expect(sheet.getRange('P7').getValue()).toBe('my own 0.5');
    expect(sheet.getRange('P7:P8').getFormulas()).toEqual([[''], ['']]);
    expect(summary.issues.find((i) => i.code === 'SCORE_COLUMN_IN_USE')).toMatchObject({ severity: 'warning', cell: 'P6' });
    expect(summary.score).toBe(0.5);
  });

  it('keeps per-row OKR_SCORE formulas the user wrote in the Score column', async () => {
    const ss = template([
      { Team: 'T', 'Objective ID': 'T-O1', Objective: 'Win', 'Key result': 'A', Owner: 'Ann', Start: 0, Target: 10, Current: 5 },
      { 'Key result': 'B', Owner: 'Ann', Start: 0, Target: 10, Current: 5 },
    ]);
    const sheet = ss.getSheetByName(OKR_SHEET)!;
    sheet.getRange('P7').setFormula('=OKR_SCORE(I7, J7, K7)');
    const run = await openWorkbookRun({ workbook: ss, asOf: '2026-11-20' });
    run.refresh();
    expect(sheet.getRange('P7').getFormula()).toBe('=OKR_SCORE(I7, J7, K7)');
  });

  it.each([
    // Before the shown texts (issue 11): the tail's defaults left out, or all of it.
    ['=ARRAYFORMULA(OKR_SCORE(IFERROR(I7:I, "#ERROR_IN_CELL"), IFERROR(J7:J, "#ERROR_IN_CELL"), IFERROR(K7:K, "#ERROR_IN_CELL")))'],
    [
      '=ARRAYFORMULA(OKR_SCORE(IFERROR(I7:I, "#ERROR_IN_CELL"), IFERROR(J7:J, "#ERROR_IN_CELL"), IFERROR(K7:K, "#ERROR_IN_CELL"), IFERROR(H7:H, "#ERROR_IN_CELL"), TRUE, IFERROR(L7:L, "#ERROR_IN_CELL"), IFERROR(F7:F, "#ERROR_IN_CELL")))',
    ],
    // Bare ranges, and the bare OKR_SCORE of earlier versions.
    ['=ARRAYFORMULA(OKR_SCORE(I7:I, J7:J, K7:K, H7:H, TRUE, L7:L))'],
    ['=OKR_SCORE(I7:I, J7:J, K7:K)'],
  ])('recognises an earlier version of its Score formula as its own and upgrades it: %s', async (earlier) => {
    const ss = template([
      { Team: 'T', 'Objective ID': 'T-O1', Objective: 'Win', 'Key result': 'A', Owner: 'Ann', Start: 100, Target: '20%', Current: 110 },
      { 'Key result': 'B', Owner: 'Ann', Start: 0, Target: 10, Current: 5 },
    ]);
    const sheet = ss.getSheetByName(OKR_SHEET)!;
    sheet.getRange('P7').setFormula(earlier);
    const run = await openWorkbookRun({ workbook: ss, asOf: '2026-11-20' });
    // The earlier formula reads the values alone: a confident 0 % where the tabs say KR_MIXED_SCALE.
    expect(sheet.getRange('P7').getValue()).toBe(0);
    const summary = run.refresh();
    expect(summary.issues.find((i) => i.code === 'SCORE_COLUMN_IN_USE')).toBeUndefined();
    expect(sheet.getRange('P7').getFormula()).toContain('IFERROR(TO_TEXT(K7:K), "#ERROR_IN_CELL")))');
    expect(sheet.getRange('P7').getValue()).toMatch(/^#OKR! /);
    expect(sheet.getRange('P8').getValue()).toBe(0.5);
  });

  it('on another day, writes that day into As of and measures pace at it', async () => {
    const run = await openWorkbookRun({ workbook: EXAMPLE, asOf: '2026-12-15' });
    const summary = run.refresh();
    expect(summary.asOf).toBe('2026-12-15');
    expect(run.spreadsheet.getSheetByName(OKR_SHEET)!.getRange('B4').getValue()).toEqual(new Date('2026-12-15T00:00:00Z'));
    const progress = run.spreadsheet.getSheetByName('Progress 2026-Q4')!.getDataRange().getValues().flat();
    expect(progress).toContain(75 / 91); // the expected progress at 2026-12-15: 75 of 91 days
  });

  it('refreshing twice gives the same tabs', async () => {
    const run = await openWorkbookRun({ workbook: EXAMPLE });
    // The dashboard's first refresh says there is nothing to compare yet; from the second on, the
    // tabs stay the same but for when they were refreshed (the dashboard's B2).
    run.refresh();
    run.refresh();
    const snapshot = () =>
      run.progressTabNames().map((name) => {
        const r = run.spreadsheet.getSheetByName(name)!.getDataRange();
        const values = r.getValues();
        if (name.startsWith('OKR dashboard')) values[1]![1] = '(refreshed at)';
        return { name, values, backgrounds: r.getBackgrounds(), formats: r.getNumberFormats() };
      });
    const first = snapshot();
    const sheetCount = run.spreadsheet.getSheets().length;
    run.refresh();
    expect(snapshot()).toEqual(first);
    expect(run.spreadsheet.getSheets().length).toBe(sheetCount);
  });

  it('a refresh while another holds the document lock waits briefly, then says one is running', async () => {
    const run = await openWorkbookRun({ workbook: EXAMPLE });
    run.runtime.locks.holdForAnotherProcess('document');
    expect(() => run.refresh()).toThrow(/Another refresh is running/);
    expect(run.progressTabNames()).toEqual([]);
  });

  it('a lock released within the wait lets the refresh go ahead', async () => {
    const run = await openWorkbookRun({ workbook: EXAMPLE });
    run.runtime.locks.holdForAnotherProcess('document', { releaseAfterMs: 1_000 });
    expect(run.refresh().quarter).toBe('2026-Q4');
  });

  it('makes the same number of Spreadsheet calls for 50 and 500 key results', async () => {
    const calls = async (n: number) => {
      const ss = createSpreadsheet('Scale', { timeZone: 'Etc/GMT', locale: 'en_US' });
      const grid = syntheticPlanGrid(n);
      const rows = grid.map((r) => TEMPLATE_HEADER.map((_, i) => r[i] ?? ''));
      const sheet = ss.getSheets()[0]!;
      sheet.setName(OKR_SHEET);
      sheet.getRange(1, 1, rows.length, TEMPLATE_HEADER.length).setValues(rows as never);
      const run = await openWorkbookRun({ workbook: ss, asOf: '2026-11-20' });
      run.refresh();
      run.runtime.resetCounter();
      run.runtime.call('refreshProgress');
      return run.runtime.counter.spreadsheetCalls;
    };
    const small = await calls(50);
    expect(small).toBeGreaterThan(10);
    expect(await calls(500)).toBe(small);
  });

  it('writes the tabs right to left, in Persian, for a Persian spreadsheet', async () => {
    const run = await openWorkbookRun({ workbook: 'examples/persian-okrs.xlsx' });
    // Sheets has no Persian spreadsheet locale: the run opens it as a Persian user's en_US
    // spreadsheet, and the language comes from the user's own locale.
    expect(run.spreadsheet.getSpreadsheetLocale()).toBe('en_US');
    expect(run.runtime.call('sidebarGetSettings')).toMatchObject({ language: 'fa' });
    const summary = run.refresh();
    expect(summary.quarter).toBe('1405-Q3');
    const tabs = run.progressTabNames();
    expect(tabs).toHaveLength(3);
    for (const name of tabs) expect(run.spreadsheet.getSheetByName(name)!.isRightToLeft()).toBe(true);
    expect(tabs[0]).toContain('پیشرفت');
    expect(summary.issues.every((i) => !/[a-z]{4,}/i.test(i.message.replace(/[A-Z]+\d+|\$?\d[\d.,]*|Q\d/g, '')) || /[\u0600-\u06ff]/.test(i.message))).toBe(
      true,
    );
  });

  it('opens every run in a spreadsheet locale Sheets has, with the language in the user locale', async () => {
    const table: [asked: string | undefined, spreadsheet: string, language: string][] = [
      ['fa_IR', 'en_US', 'fa'],
      ['fa', 'en_US', 'fa'],
      ['hu_HU', 'hu_HU', 'hu'],
      ['ar_EG', 'ar_EG', 'ar'],
      [undefined, 'en_US', 'en'],
    ];
    for (const [asked, spreadsheet, language] of table) {
      const run = await openWorkbookRun({ workbook: EXAMPLE, ...(asked ? { locale: asked } : {}) });
      expect(isSheetsLocale(run.spreadsheet.getSpreadsheetLocale())).toBe(true);
      expect(run.spreadsheet.getSpreadsheetLocale()).toBe(spreadsheet);
      expect(run.runtime.call('sidebarGetSettings')).toMatchObject({ language });
    }
  });
});
