// Refresh writes only the add-on's own cells: the Score formula cell (whose result spills), the
// number format of the rows the formula reaches, the colour rules it recorded writing, and As of.
// Each row is one case of the kind "a cell or rule of the user's in or below the Score column".
import { describe, expect, it } from 'vitest';
import { createSpreadsheet } from '../../local';
import { openWorkbookRun } from '../../local/session';
import { syntheticPlanGrid, TEMPLATE_HEADER } from '../support/syntheticPlan';
import { harness } from '../local/helpers';

const OKR_SHEET = 'OKRs 2026-Q4';

function template(rows: Record<string, unknown>[]) {
  const ss = createSpreadsheet('Test', { timeZone: 'Etc/GMT', locale: 'en_US' });
  const sheet = ss.getSheets()[0]!;
  sheet.setName(OKR_SHEET);
  const head = syntheticPlanGrid(0).map((r) => TEMPLATE_HEADER.map((_, i) => r[i] ?? ''));
  const body = rows.map((r) => TEMPLATE_HEADER.map((h) => r[h] ?? ''));
  sheet.getRange(1, 1, head.length, TEMPLATE_HEADER.length).setValues(head as never);
  const bodyRange = sheet.getRange(head.length + 1, 1, body.length, TEMPLATE_HEADER.length);
  bodyRange.setNumberFormat('@');
  sheet.getRange(head.length + 1, 9, body.length, 3).setNumberFormat('General');
  bodyRange.setValues(body as never);
  return ss;
}

const TWO_KRS = [
  { Team: 'T', 'Objective ID': 'T-O1', Objective: 'Win', 'Key result': 'A', Owner: 'Ann', Start: 0, Target: 10, Current: 5 },
  { 'Key result': 'B', Owner: 'Ann', Start: 0, Target: 10, Current: 8 },
];

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Apps = ReturnType<typeof harness>['SpreadsheetApp'];

interface Case {
  name: string;
  /** The user's own cells and rules, put in before the refresh. */
  setup: (sheet: Sheet, app: Apps) => void;
  /** What must hold after one refresh and after a second one. */
  check: (sheet: Sheet, codes: { code: string; cell: string }[]) => void;
}

const userRule = (sheet: Sheet, app: Apps, a1: string) =>
  app
    .newConditionalFormatRule()
    .whenNumberLessThan(0.1)
    .setBackground('#123456')
    .setRanges([sheet.getRange(a1)])
    .build();

const CASES: Case[] = [
  {
    name: 'issue 10 #4: a total in P30 and a note in P31 survive, and the formula stops above them',
    setup: (sheet) => {
      sheet.getRange('P30').setFormula('=AVERAGE(P7:P8)');
      sheet.getRange('P31').setNote('checked by finance');
      sheet.getRange('P31').setValue('note here');
    },
    check: (sheet, codes) => {
      expect(sheet.getRange('P30').getFormula()).toBe('=AVERAGE(P7:P8)');
      expect(sheet.getRange('P31').getNote()).toBe('checked by finance');
      expect(sheet.getRange('P31').getValue()).toBe('note here');
      expect(sheet.getRange('P7').getFormula()).toMatch(
        /^=ARRAYFORMULA\(OKR_SCORE\(IFERROR\(I7:I29, "#ERROR_IN_CELL"\), IFERROR\(J7:J29, "#ERROR_IN_CELL"\), IFERROR\(K7:K29,/,
      );
      expect(sheet.getRange('P7:P8').getValues()).toEqual([[0.5], [0.8]]);
      expect(sheet.getRange('P30').getValue()).toBeCloseTo(0.65);
      expect(codes.map((c) => c.code)).not.toContain('SCORE_COLUMN_IN_USE');
      expect(codes.map((c) => c.code)).not.toContain('SCORE_BLOCKED');
    },
  },
  {
    name: 'a user rule confined to the Score column survives every refresh',
    setup: (sheet, app) => sheet.setConditionalFormatRules([userRule(sheet, app, 'P7:P20')]),
    check: (sheet) => {
      const mine = sheet.getConditionalFormatRules().filter((r) => r.getBooleanCondition()?.getBackground() === '#123456');
      expect(mine).toHaveLength(1);
      expect(mine[0]!.getRanges()[0]!.getA1Notation()).toBe('P7:P20');
      // The add-on's own colour rules are there once each, not piled up by the second refresh.
      const others = sheet.getConditionalFormatRules().filter((r) => r.getBooleanCondition()?.getBackground() !== '#123456');
      const signatures = others.map((r) => `${r.getBooleanCondition()?.getCriteriaValues()[0]}|${r.getRanges()[0]!.getA1Notation()}`);
      expect(new Set(signatures).size).toBe(signatures.length);
      expect(others.length).toBeGreaterThan(0);
    },
  },
  {
    name: 'a user rule elsewhere on the sheet survives',
    setup: (sheet, app) => sheet.setConditionalFormatRules([userRule(sheet, app, 'K7:K8')]),
    check: (sheet) => {
      expect(sheet.getConditionalFormatRules().filter((r) => r.getBooleanCondition()?.getBackground() === '#123456')).toHaveLength(1);
    },
  },
  {
    name: 'a user cell inside the key-result rows is a warning at that cell and is kept',
    setup: (sheet) => sheet.getRange('P8').setValue('ask Ann'),
    check: (sheet, codes) => {
      expect(sheet.getRange('P8').getValue()).toBe('ask Ann');
      expect(codes).toContainEqual(expect.objectContaining({ code: 'SCORE_BLOCKED', cell: 'P8' }));
      expect(sheet.getRange('P7').getFormula()).toMatch(/^=ARRAYFORMULA\(OKR_SCORE\(IFERROR\(I7:I7,/);
      expect(sheet.getRange('P7').getValue()).toBe(0.5);
    },
  },
  {
    name: 'a user value in the first Score cell leaves the column alone',
    setup: (sheet) => sheet.getRange('P7').setValue('mine'),
    check: (sheet, codes) => {
      expect(sheet.getRange('P7').getValue()).toBe('mine');
      expect(sheet.getRange('P7:P8').getFormulas()).toEqual([[''], ['']]);
      expect(codes.map((c) => c.code)).toContain('SCORE_COLUMN_IN_USE');
    },
  },
  {
    name: 'a user cell below an empty table is kept, and the open rows up to it are scored',
    setup: (sheet) => sheet.getRange('P50').setValue('Total'),
    check: (sheet) => {
      expect(sheet.getRange('P50').getValue()).toBe('Total');
      expect(sheet.getRange('P7').getFormula()).toMatch(/I7:I49/);
    },
  },
];

describe('Refresh writes only the add-on’s own cells (issue 10, item “only the add-on’s own cells”)', () => {
  it.each(CASES)('$name', async ({ setup, check }) => {
    const ss = template(TWO_KRS);
    const { SpreadsheetApp } = harness(ss);
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(OKR_SHEET)!;
    setup(sheet, SpreadsheetApp);
    const run = await openWorkbookRun({ workbook: ss, asOf: '2026-11-20' });
    const first = run.refresh();
    const okr = ss.getSheetByName(OKR_SHEET)!;
    check(okr as unknown as Sheet, first.issues as never);
    const second = run.refresh();
    check(okr as unknown as Sheet, second.issues as never);
  });

  it('scores a key result added below the table without a refresh', async () => {
    const ss = template(TWO_KRS);
    const run = await openWorkbookRun({ workbook: ss, asOf: '2026-11-20' });
    run.refresh();
    const sheet = ss.getSheetByName(OKR_SHEET)!;
    sheet.getRange('D9:K9').setValues([['C', '', '', '', '', 0, 4, 1]] as never);
    expect(sheet.getRange('P9').getValue()).toBe(0.25);
  });
});
