// History by identity: each history row names its key result by its objective and its text, so the
// check-ins of a key result stay together through inserted, deleted and sorted rows; rows written
// before the Objective column keep working where they can be tied to one key result, and are named
// as unmatched where they cannot.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle, type LocalSheet, type LocalSpreadsheet } from '../../local/index';
import { analyze } from '../../src/core';
import { readHistoryGrid } from '../../src/core/history';
import { keyResultRef } from '../../src/core/identity';
import type { CellValue } from '../../src/core/model';
import { CODE_PATH, kr, saveCheckInByRow, templateSheet, TEMPLATE_HEADER } from '../server/fixtures';

const SHEET = 'OKRs 2030-Q3';
const SIGN_UPS = keyResultRef('Win the market', 'Grow sign-ups from 100 to 200');
const TRIALS = keyResultRef('Win the market', 'Grow trials from 10 to 20');
const MENTIONS = keyResultRef('Be known', 'Grow mentions from 40 to 80');
const DAY = 86_400_000;

function planned() {
  let now = Date.UTC(2030, 6, 6, 9);
  const ss = createSpreadsheet('Test', { locale: 'en_US', timeZone: 'Etc/GMT' });
  templateSheet(
    ss,
    SHEET,
    '2030-Q3',
    '2030-07-01',
    '2030-09-30',
    [
      kr('Growth', 'G-O1', 'Win the market', '', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 100),
      kr('Growth', '', '', '', 'Grow trials from 10 to 20', 'Bo', 10, 20, 10),
      kr('Brand', 'B-O1', 'Be known', '', 'Grow mentions from 40 to 80', 'Cy', 40, 80, 40),
    ],
    '2030-07-06',
  );
  const rt = loadBundle(CODE_PATH, ss, { now: () => now, session: { activeUserEmail: 'ana@example.com' } });
  return { ss, rt, sheet: ss.getSheetByName(SHEET)!, nextWeek: () => (now += 7 * DAY) };
}

function grid(sheet: LocalSheet): CellValue[][] {
  return sheet.getDataRange().getValues() as CellValue[][];
}
function history(ss: LocalSpreadsheet, withPlan = false) {
  const plan = withPlan ? analyze(grid(ss.getSheetByName(SHEET)!), { sheet: SHEET }).plan : undefined;
  return readHistoryGrid(grid(ss.getSheetByName('OKR history')!), { timeZone: 'Etc/GMT', ...(plan ? { plan } : {}) });
}
const series = (points: { date: string; value: unknown; confidence: number | null }[] | undefined) =>
  points?.map((p) => `${p.date} ${String(p.value)} c${p.confidence ?? '-'}`);

type Move = [string, (s: LocalSheet) => void];
const MOVES: Move[] = [
  ['nothing', () => {}],
  [
    'a key result inserted above',
    (s) => {
      s.insertRowBefore(7);
      s.getRange(7, 1, 1, 12).setValues([kr('Growth', 'G-O0', 'Ship faster', '', 'Cut lead time from 10 to 5', 'Di', 10, 5, 8)]);
    },
  ],
  ['a row deleted above', (s) => s.deleteRow(5)],
  [
    'the rows sorted in reverse',
    (s) => {
      const rows = s.getRange(7, 1, 3, TEMPLATE_HEADER.length).getValues();
      // Sorting keeps each objective's text with its key result (the objective is filled in on every row).
      rows[1]![2] = 'Win the market';
      s.getRange(7, 1, 3, TEMPLATE_HEADER.length).setValues([rows[2]!, rows[1]!, rows[0]!]);
    },
  ],
  ['a key result deleted between', (s) => s.deleteRow(8)],
];

describe('history by identity', () => {
  it.each(MOVES)('check-ins of one key result stay together after %s', (_what, move) => {
    const { ss, rt, sheet, nextWeek } = planned();
    saveCheckInByRow(rt, SHEET, [
      { row: 7, value: '120', confidence: 6 },
      { row: 9, value: '50', confidence: 7 },
    ]);
    move(sheet);
    nextWeek();
    const rowOf = (text: string) => grid(sheet).findIndex((r) => r[5] === text) + 1;
    saveCheckInByRow(rt, SHEET, [
      { row: rowOf('Grow sign-ups from 100 to 200'), value: '150', confidence: 7 },
      { row: rowOf('Grow mentions from 40 to 80'), value: '55' },
    ]);

    const read = history(ss);
    expect(read.headerFound).toBe(true);
    expect(read.unmatched).toEqual([]);
    expect(series(read.byRef.get(SIGN_UPS))).toEqual(['2030-07-06 120 c6', '2030-07-13 150 c7']);
    expect(series(read.byRef.get(MENTIONS))).toEqual(['2030-07-06 50 c7', '2030-07-13 55 c-']);
    expect(read.byRef.has(TRIALS)).toBe(false);
    // The Row column says where the key result was at each check-in; the identity does not depend on it.
    expect(read.byRef.get(SIGN_UPS)!.map((p) => p.row)).toEqual([7, rowOf('Grow sign-ups from 100 to 200')]);
    expect(read.byRef.get(SIGN_UPS)![1]).toMatchObject({ oldValue: 120, user: 'ana@example.com', sheet: SHEET });
  });

  it('writes the objective beside the key result, and reads a tab whose columns were moved', () => {
    const { ss, rt } = planned();
    saveCheckInByRow(rt, SHEET, [{ row: 8, value: '12' }]);
    const tab = ss.getSheetByName('OKR history')!;
    expect(
      tab
        .getRange(1, 1, 2, 10)
        .getValues()
        .map((r) => [r[4], r[9]]),
    ).toEqual([
      ['Key result', 'Objective'],
      ['Grow trials from 10 to 20', 'Win the market'],
    ]);
    // The user drags Objective to the front: the reader follows the header.
    const g = grid(tab).map((r) => [r[9], ...r.slice(0, 9)]);
    expect(series(readHistoryGrid(g, { timeZone: 'Etc/GMT' }).byRef.get(TRIALS))).toEqual(['2030-07-06 12 c-']);
  });

  it('old rows (no Objective) are tied to the one key result with that text, or named unmatched', () => {
    const { ss, rt } = planned();
    // A tab written before the Objective column: nine columns.
    saveCheckInByRow(rt, SHEET, [{ row: 7, value: '110' }]);
    const tab = ss.getSheetByName('OKR history')!;
    const old = grid(tab).map((r) => r.slice(0, 9));
    old.push([new Date(Date.UTC(2030, 6, 1, 9)), 'bo@example.com', SHEET, 8, 'Grow trials from 10 to 20', 10, 11, 5, '']);
    old.push([new Date(Date.UTC(2030, 6, 2, 9)), 'bo@example.com', SHEET, 12, 'A key result deleted since', 1, 2, '', '']);
    old.push([new Date(Date.UTC(2030, 6, 2, 9)), 'bo@example.com', 'OKRs 2030-Q2', 7, 'Grow trials from 10 to 20', 1, 2, '', '']);
    tab.getRange(1, 1, tab.getMaxRows(), 10).clearContent();
    tab.getRange(1, 1, old.length, 9).setValues(old as never);

    // Without a plan nothing old is guessed.
    const blind = readHistoryGrid(grid(tab), { timeZone: 'Etc/GMT' });
    expect(blind.byRef.size).toBe(0);
    expect(blind.unmatched.map((u) => u.reason)).toEqual(['no objective', 'no objective', 'no objective', 'no objective']);

    const read = history(ss, true);
    expect(series(read.byRef.get(SIGN_UPS))).toEqual(['2030-07-06 110 c-']);
    expect(series(read.byRef.get(TRIALS))).toEqual(['2030-07-01 11 c5']);
    expect(read.unmatched.map((u) => [u.historyRow, u.reason])).toEqual([
      [4, 'missing'],
      [5, 'no objective'],
    ]);

    // A new check-in on the old tab completes its header and writes the objective: both kinds read together.
    saveCheckInByRow(rt, SHEET, [{ row: 8, value: '13', confidence: 6 }]);
    expect(tab.getRange(1, 10).getValue()).toBe('Objective');
    expect(series(history(ss, true).byRef.get(TRIALS))).toEqual(['2030-07-01 11 c5', '2030-07-06 13 c6']);
  });

  it('two key results with the same text under different objectives keep separate histories; the same text twice under one objective leaves old rows unmatched', () => {
    const { ss, rt, sheet } = planned();
    sheet.getRange(9, 6).setValue('Grow trials from 10 to 20');
    saveCheckInByRow(rt, SHEET, [
      { row: 8, value: '12' },
      { row: 9, value: '15' },
    ]);
    const read = history(ss);
    expect(series(read.byRef.get(TRIALS))).toEqual(['2030-07-06 12 c-']);
    expect(series(read.byRef.get(keyResultRef('Be known', 'Grow trials from 10 to 20')))).toEqual(['2030-07-06 15 c-']);
    const tab = ss.getSheetByName('OKR history')!;
    tab.getRange(2, 10, 2, 1).clearContent();
    expect(history(ss, true).unmatched.map((u) => u.reason)).toEqual(['ambiguous', 'ambiguous']);
  });
});
