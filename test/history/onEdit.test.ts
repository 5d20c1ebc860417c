// Typed values become check-ins: the onEdit simple trigger of the built bundle, fired by the local
// runtime with the event object Sheets builds (rt.userEdit), logs edits to Current and Confidence
// of an OKR sheet to the history tab, and nothing else; an edit elsewhere costs a few calls.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle, type LocalSheet, type LocalSpreadsheet } from '../../local/index';
import { readHistoryGrid } from '../../src/core/history';
import { keyResultRef } from '../../src/core/identity';
import type { CellValue } from '../../src/core/model';
import { CODE_PATH, kr, templateSheet } from '../server/fixtures';

const SHEET = 'OKRs 2030-Q3';
const at = (a1: string) => `'${SHEET}'!${a1}`;
const SIGN_UPS = keyResultRef('Win the market', 'Grow sign-ups from 100 to 200');

function planned(options: { read?: boolean; email?: string; timeZone?: string; locale?: string } = {}) {
  const ss = createSpreadsheet('Test', { locale: options.locale ?? 'en_US', timeZone: options.timeZone ?? 'Etc/GMT' });
  templateSheet(
    ss,
    SHEET,
    '2030-Q3',
    '2030-07-01',
    '2030-09-30',
    [
      kr('Growth', 'G-O1', 'Win the market', '', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 120),
      kr('Growth', '', '', '', 'Grow trials from 10 to 20', 'Bo', 10, 20, 12),
      kr('Brand', 'B-O1', 'Be known', '', 'Grow share from 10% to 20%', 'Cy', '10%', '20%', '12%'),
    ],
    '2030-07-06',
  );
  ss.getSheetByName(SHEET)!.getRange('N7').setValue(6);
  ss.addSheet('Notes').getRange('A1').setValue('team notes');
  const rt = loadBundle(CODE_PATH, ss, { now: () => Date.UTC(2030, 6, 8, 10), session: { activeUserEmail: options.email ?? 'ana@example.com' } });
  // The add-on has read the sheet once (here the check-in list), as any refresh or check-in does.
  if (options.read !== false) rt.call('sidebarCheckInRows', { sheet: SHEET });
  return { ss, rt };
}

/** The history rows (without the header): [user, sheet, row, key result, old, new, confidence, comment, objective]. */
function logged(ss: LocalSpreadsheet): unknown[][] {
  const tab = ss.getSheetByName('OKR history');
  if (!tab || tab.getLastRow() < 2) return [];
  // Rows the add-on logged have a time (a person may type into the tab too).
  return tab
    .getRange(2, 1, tab.getLastRow() - 1, 10)
    .getValues()
    .filter((r) => r[0] instanceof Date)
    .map((r) => r.slice(1));
}

describe('onEdit logs typed check-ins', () => {
  it('a value typed into Current is a check-in: old value, new value, when, objective; the user only where visible', () => {
    const { ss, rt } = planned();
    const event = rt.userEdit(at('K7'), [['150']]);
    expect(event).toMatchObject({ value: '150', oldValue: '120' });
    expect(logged(ss)).toEqual([['', SHEET, 7, 'Grow sign-ups from 100 to 200', 120, 150, '', 'Typed in the sheet', 'Win the market']]);
    const tab = ss.getSheetByName('OKR history')!;
    expect(tab.getRange('A2').getValue()).toEqual(new Date(Date.UTC(2030, 6, 8, 10)));
    // The reader the dashboard uses sees it by identity.
    const read = readHistoryGrid(tab.getDataRange().getValues() as CellValue[][], { timeZone: 'Etc/GMT' });
    expect(read.byRef.get(SIGN_UPS)!.map((p) => [p.date, p.oldValue, p.value])).toEqual([['2030-07-08', 120, 150]]);
  });

  it('a confidence typed is logged with the unchanged Current; a percentage key result keeps its fractions and format', () => {
    const { ss, rt } = planned();
    rt.userEdit(at('N8'), [['7']]);
    rt.userEdit(at('K9'), [['15%']]);
    expect(logged(ss)).toEqual([
      ['', SHEET, 8, 'Grow trials from 10 to 20', 12, 12, 7, 'Typed in the sheet', 'Win the market'],
      ['', SHEET, 9, 'Grow share from 10% to 20%', 0.12, 0.15, '', 'Typed in the sheet', 'Be known'],
    ]);
    expect(ss.getSheetByName('OKR history')!.getRange('G3').getDisplayValue()).toBe('15%');
  });

  it('a paste over several cells logs each key-result row it touches, without an old value, and says so', () => {
    const { ss, rt } = planned();
    const event = rt.userEdit(at('K7:K10'), [['130'], ['14'], ['16%'], ['5']]);
    expect(event).not.toHaveProperty('oldValue');
    expect(event).not.toHaveProperty('value');
    const pasted = 'Typed or pasted over several cells: the old value is not known';
    // Row 10 is below the table: not a key result, not logged.
    expect(logged(ss)).toEqual([
      ['', SHEET, 7, 'Grow sign-ups from 100 to 200', '', 130, '', pasted, 'Win the market'],
      ['', SHEET, 8, 'Grow trials from 10 to 20', '', 14, '', pasted, 'Win the market'],
      ['', SHEET, 9, 'Grow share from 10% to 20%', '', 0.16, '', pasted, 'Be known'],
    ]);
  });

  it('a paste across Target … Confidence logs the rows once, with both', () => {
    const { ss, rt } = planned();
    rt.userEdit(at('J7:N7'), [[200, 140, '', 1, 8]]);
    expect(logged(ss)).toEqual([
      ['', SHEET, 7, 'Grow sign-ups from 100 to 200', '', 140, 8, 'Typed or pasted over several cells: the old value is not known', 'Win the market'],
    ]);
  });

  // [what was edited, where]: none of these is a check-in.
  const ELSEWHERE: [string, string][] = [
    ['the Current header', at('K6')],
    ['a label above the header', at('B1')],
    ['Current below the table', at('K20')],
    ['the key-result text', at('F7')],
    ['another sheet', "'Notes'!K7"],
  ];
  it.each(ELSEWHERE)('an edit of %s logs nothing', (_what, a1) => {
    const { ss, rt } = planned();
    rt.userEdit(a1, [['99']]);
    expect(logged(ss)).toEqual([]);
  });

  it("edits in the add-on's own tabs log nothing", () => {
    const { ss, rt } = planned();
    rt.userEdit(at('K7'), [['150']]);
    rt.call('refreshProgress');
    for (const tab of ss.getSheets().filter((s) => s.getName() !== SHEET && s.getName() !== 'Notes')) {
      rt.userEdit(`'${tab.getName()}'!K7`, [['1']]);
      rt.userEdit(`'${tab.getName()}'!N8`, [['1']]);
    }
    expect(logged(ss).map((r) => `${r[1]} ${r[2]}`)).toEqual([`${SHEET} 7`]);
  });

  it.each([
    ['a header cell', at('K6'), {}],
    ['a cell above the key results of another tab', "'Notes'!A1", {}],
    ['a cell below on another tab', "'Notes'!A9", { 'Range.getSheet': 1, 'Sheet.getSheetId': 1 }],
    ['another column of the OKR sheet', at('F7'), { 'Range.getSheet': 1, 'Sheet.getSheetId': 1, 'Sheet.getRange': 1, 'Range.getValues': 1 }],
  ])('an edit of %s costs the calls listed (besides one property read and getA1Notation) and writes nothing', (_what, a1, more) => {
    const { ss, rt } = planned();
    rt.resetCounter();
    rt.userEdit(a1, [['x']]);
    expect(rt.counter.snapshot().byMethod).toEqual({
      'Properties.getProperty': 1,
      'PropertiesService.getDocumentProperties': 1,
      'Range.getA1Notation': 1,
      ...more,
    });
    expect(logged(ss)).toEqual([]);
  });

  it.each([
    ['inserts a column before Current', (s: LocalSheet) => s.insertColumnBefore(3), 'L'],
    ['inserts three columns before Confidence', (s: LocalSheet) => s.insertColumnsBefore(14, 3), 'K'],
    ['deletes a column before Current', (s: LocalSheet) => s.deleteColumn(4), 'J'],
    [
      'deletes Confidence and inserts a column before Current',
      (s: LocalSheet) => {
        s.deleteColumn(14);
        s.insertColumnBefore(2);
      },
      'L',
    ],
  ])('a co-editor %s, then types a value into Current: it is logged (before, the stale index missed it)', (_what, change, column) => {
    const { ss, rt } = planned();
    const sheet = ss.getSheetByName(SHEET)!;
    change(sheet);
    rt.userEdit(at(`${column}7`), [['150']]);
    expect(logged(ss).map((r) => [r[3], r[4], r[5]])).toEqual([['Grow sign-ups from 100 to 200', 120, 150]]);
    // And the index follows: the next typed value costs no header check.
    rt.userEdit(at(`${column}8`), [['13']]);
    expect(
      logged(ss)
        .map((r) => [r[3], r[5]])
        .at(-1),
    ).toEqual(['Grow trials from 10 to 20', 13]);
  });

  it('before the add-on has read the sheet, typed values are not logged (it does not know the columns yet); after any read they are', () => {
    const { ss, rt } = planned({ read: false });
    rt.resetCounter();
    rt.userEdit(at('K7'), [['150']]);
    expect(rt.counter.total).toBe(2);
    expect(logged(ss)).toEqual([]);
    rt.call('refreshProgress');
    rt.userEdit(at('K7'), [['160']]);
    expect(logged(ss).map((r) => [r[4], r[5]])).toEqual([[150, 160]]);
  });

  it('follows a Current column moved by an inserted column once the add-on reads the sheet again', () => {
    const { ss, rt } = planned();
    const sheet = ss.getSheetByName(SHEET)!;
    sheet.insertColumnBefore(1);
    rt.call('sidebarCheckInRows', { sheet: SHEET });
    rt.userEdit(at('L7'), [['170']]);
    rt.userEdit(at('K7'), [['210']]); // now the Target column
    expect(logged(ss).map((r) => [r[2], r[4], r[5]])).toEqual([[7, 120, 170]]);
  });

  it('logs by identity: after rows are inserted above, the typed row names the same key result', () => {
    const { ss, rt } = planned();
    rt.userEdit(at('K7'), [['150']]);
    const sheet = ss.getSheetByName(SHEET)!;
    sheet.insertRowsBefore(7, 2);
    rt.userEdit(at('K9'), [['160']]);
    const tab = ss.getSheetByName('OKR history')!;
    const read = readHistoryGrid(tab.getDataRange().getValues() as CellValue[][], { timeZone: 'Etc/GMT' });
    expect(read.byRef.get(SIGN_UPS)!.map((p) => [p.row, p.value])).toEqual([
      [7, 150],
      [9, 160],
    ]);
  });
});

describe('onEdit and concurrent changes', () => {
  // The history append finds the tab's last row and writes under it; two edits at once would write
  // the same rows. The trigger takes the document lock (allowed in AuthMode.LIMITED: src/sheets/editLog.ts).
  it('an edit while another change holds the document lock waits for it, then logs', () => {
    const { ss, rt } = planned();
    rt.locks.holdForAnotherProcess('document', { releaseAfterMs: 2_000 });
    rt.userEdit(at('K7'), [['150']]);
    expect(logged(ss)).toHaveLength(1);
    expect(rt.locks.waits.at(-1)).toMatchObject({ scope: 'document', acquired: true });
  });

  it('an edit that cannot get the lock in time keeps the value, logs nothing half-written, and says so', () => {
    const { ss, rt } = planned();
    rt.userEdit(at('K7'), [['150']]);
    rt.locks.holdForAnotherProcess('document');
    rt.userEdit(at('K8'), [['15']]);
    expect(ss.getSheetByName(SHEET)!.getRange('K8').getValue()).toBe(15);
    expect(logged(ss).map((r) => r[3])).toEqual(['Grow sign-ups from 100 to 200']);
    expect(ss.toasts.at(-1)!.message).toMatch(/not logged as a check-in/);
    expect(rt.locks.waits.at(-1)).toMatchObject({ scope: 'document', acquired: false, timeoutMs: 10_000 });
  });

  it('two edits one after the other each get their own history row (none overwrites the other)', () => {
    const { ss, rt } = planned();
    rt.userEdit(at('K7'), [['150']]);
    rt.userEdit(at('K8'), [['15']]);
    expect(logged(ss).map((r) => [r[3], r[5]])).toEqual([
      ['Grow sign-ups from 100 to 200', 150],
      ['Grow trials from 10 to 20', 15],
    ]);
  });
});

describe('a typed check-in marks the progress tabs out of date', () => {
  it('the overview says the values changed after its refresh, until the next refresh', () => {
    const { ss, rt } = planned();
    ss.setActiveSheet(ss.getSheetByName(SHEET)!);
    rt.call('sidebarRefresh', { sheet: SHEET });
    const overview = ss.getSheets().find((s) => s.getName().startsWith('Progress'))!;
    expect(String(overview.getRange('D1').getValue())).toMatch(/^Last refreshed /);
    rt.userEdit(at('K7'), [['150']]);
    expect(overview.getRange('D1').getValue()).toBe('Values changed after this refresh: use Refresh progress');
    // An edit elsewhere (not a check-in) leaves it alone; the next refresh writes the day again.
    ss.setActiveSheet(ss.getSheetByName(SHEET)!);
    rt.call('sidebarRefresh', { sheet: SHEET });
    expect(String(overview.getRange('D1').getValue())).toMatch(/^Last refreshed /);
    rt.userEdit(`'Notes'!A2`, [['x']]);
    expect(String(overview.getRange('D1').getValue())).toMatch(/^Last refreshed /);
  });

  it('a typed check-in before any refresh is logged and marks nothing', () => {
    const { ss, rt } = planned();
    rt.userEdit(at('K7'), [['150']]);
    expect(logged(ss)).toHaveLength(1);
    expect(ss.getSheets().some((s) => s.getName().startsWith('Progress'))).toBe(false);
  });
});

// Found by an attack on issue 12 (F1, F14): what a typed check-in logs is what the sheet shows and
// what the reader reads, so the trend line gets it.
describe('typed check-ins are logged as they are read', () => {
  it.each(['Pacific/Kiritimati', 'Pacific/Auckland', 'America/Los_Angeles', 'Etc/GMT+12'])(
    'a date typed into Current is logged as the day it shows in %s',
    (timeZone) => {
      const { ss, rt } = planned({ timeZone });
      rt.userEdit(at('K7'), [['2030-07-15']]);
      expect(logged(ss)[0]![5]).toBe('2030-07-15');
    },
  );

  it.each([
    ['Persian digits', 'en_US', '۱۴۰', 140],
    ['Arabic-Indic digits', 'en_US', '١٤٠', 140],
    ['a Hungarian decimal comma in a text cell', 'hu_HU', '140,5', 140.5],
  ])('%s: logged as the number, so the trend line draws it', (_name, locale, typed, value) => {
    const { ss, rt } = planned({ locale });
    ss.getSheetByName(SHEET)!.getRange('K7').setNumberFormat('@');
    rt.userEdit(at('K7'), [[typed]]);
    expect(logged(ss)[0]![5]).toBe(value);
    // The next typed value logs that one as its old value, read the same way (the trend's start).
    rt.userEdit(at('K7'), [['160']]);
    expect(logged(ss)[1]!.slice(4, 6)).toEqual([value, 160]);
  });
});

/** A one-key-result plan of 2030-Q3, read by the history tests below. */
const Q3_GRID: CellValue[][] = [
  ['Quarter', '2030-Q3'],
  [],
  ['Objective', 'Key result', 'Start', 'Target', 'Current'],
  ['Win the market', 'Grow sign-ups from 100 to 200', 100, 200, 120],
];

// Found by an attack on issue 16: a key result carried over with the same words has last quarter's
// check-ins in the history tab; they are not this quarter's trend or staleness.
describe('history is the quarter’s own', () => {
  it('check-ins dated before the quarter began are left out', async () => {
    const { readHistoryGrid } = await import('../../src/core/history');
    const { analyze } = await import('../../src/core');
    const plan = analyze(Q3_GRID, { sheet: 'OKRs 2030-Q3' }).plan;
    const history: CellValue[][] = [
      ['Time', 'User', 'Sheet', 'Row', 'Key result', 'Old value', 'New value', 'Confidence', 'Comment', 'Objective'],
      [new Date(Date.UTC(2030, 5, 20, 9)), '', 'OKRs 2030-Q2', 4, 'Grow sign-ups from 100 to 200', 150, 170, '', '', 'Win the market'],
      [new Date(Date.UTC(2030, 6, 8, 9)), '', 'OKRs 2030-Q3', 4, 'Grow sign-ups from 100 to 200', 100, 120, '', '', 'Win the market'],
    ];
    const read = readHistoryGrid(history, { timeZone: 'Etc/GMT', plan });
    expect(read.byRef.get(SIGN_UPS)!.map((p) => p.date)).toEqual(['2030-07-08']);
  });
});

describe("another OKR sheet's check-ins are that sheet's", () => {
  it('a row logged on last quarter’s sheet (still a tab) is left out, even when dated in this quarter', async () => {
    const { readHistoryGrid } = await import('../../src/core/history');
    const { analyze } = await import('../../src/core');
    const plan = analyze(Q3_GRID, { sheet: 'OKRs 2030-Q3' }).plan;
    const history: CellValue[][] = [
      ['Time', 'User', 'Sheet', 'Row', 'Key result', 'Old value', 'New value', 'Confidence', 'Comment', 'Objective'],
      [new Date(Date.UTC(2030, 6, 3, 9)), '', 'OKRs 2030-Q2', 4, 'Grow sign-ups from 100 to 200', 150, 170, '', '', 'Win the market'],
      [new Date(Date.UTC(2030, 6, 8, 9)), '', 'OKRs 2030-Q3', 4, 'Grow sign-ups from 100 to 200', 100, 120, '', '', 'Win the market'],
      [new Date(Date.UTC(2030, 6, 9, 9)), '', 'OKRs Q3 (old name)', 4, 'Grow sign-ups from 100 to 200', 120, 125, '', '', 'Win the market'],
    ];
    const read = readHistoryGrid(history, { timeZone: 'Etc/GMT', plan, otherSheets: new Set(['OKRs 2030-Q2', 'Notes']) });
    // The Q2 sheet's late check-in is left out; a row under a name no tab has now (a rename) stays.
    expect(read.byRef.get(SIGN_UPS)!.map((p) => [p.date, p.value])).toEqual([
      ['2030-07-08', 120],
      ['2030-07-09', 125],
    ]);
  });
});
