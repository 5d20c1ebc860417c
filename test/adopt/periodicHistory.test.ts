// A periodic tracker's filled weeks and months (Month 1 … Month 3, Wk 1 … Wk 13) are the key
// result's check-ins: dated at the end of each week or month of the period, they draw the trend
// line, feed the forecast and the dashboard, and end staleness, without being copied into the
// history tab. Logged check-ins win where both speak.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { periodSlotEnd, quarterOf } from '../../src/core/calendar';
import { withPeriodicCheckIns, type HistoryByRef, type HistoryPoint } from '../../src/core/history';
import { refOf } from '../../src/core/identity';
import { periodicColumnOn, periodicSlotOf } from '../../src/core/parse';
import type { CellValue, Period } from '../../src/core/model';
import type { CheckInList, MappingGuess } from '../../src/server/types';
import { entriesByRow, saveCheckInByRow } from '../server/fixtures';
import { adopt, bookWith, shownOf, validate, type Cell } from './support';

/** A monthly tracker that keeps grades 0–100 (no Start or Target), adopted on 10 Nov 2026. */
function gradeTracker() {
  return bookWith(
    'Tracker',
    [
      ['Quarter', '2026-Q4'],
      [],
      ['Objective', 'Key result', 'Owner', 'Month 1', 'Month 2', 'Month 3'],
      ['Win', 'Ship the app', 'Ana', 20, '', ''],
      ['', 'Sign 3 partners', 'Bo', 40, '', ''],
    ],
    'en_US',
    () => Date.parse('2026-11-10T09:00:00Z'),
  );
}

describe('the end of a week or month of a period', () => {
  const q4 = quarterOf('gregorian', 2026, 4);
  const fy = quarterOf('fiscal', 2027, 1, 7);
  const mehr = quarterOf('jalali', 1405, 3);
  const esfand = quarterOf('jalali', 1403, 4);
  const custom: Period = { ...q4, label: 'custom', start: '2026-10-05', end: '2026-12-31' };
  it.each([
    ['2026-Q4 month 1', q4, 'month', 1, '2026-10-31'],
    ['2026-Q4 month 2', q4, 'month', 2, '2026-11-30'],
    ['2026-Q4 month 3', q4, 'month', 3, '2026-12-31'],
    ['2026-Q4 month 4 stops at End', q4, 'month', 4, '2026-12-31'],
    ['2026-Q4 week 1', q4, 'week', 1, '2026-10-07'],
    ['2026-Q4 week 13', q4, 'week', 13, '2026-12-30'],
    ['2026-Q4 week 14 stops at End', q4, 'week', 14, '2026-12-31'],
    ['FY2027-Q1 (July start) month 2', fy, 'month', 2, '2026-08-31'],
    ['1405-Q3 month 1 is Mehr (30 days)', mehr, 'month', 1, '2026-10-22'],
    ['1405-Q3 month 3 is Azar', mehr, 'month', 3, '2026-12-21'],
    ['1403-Q4 month 3 is Esfand of a leap year (30 days)', esfand, 'month', 3, '2025-03-20'],
    ['a period that starts mid-month: thirds (88 days, the first 29)', custom, 'month', 1, '2026-11-02'],
  ] as const)('%s', (_name, period, kind, n, end) => {
    expect(periodSlotEnd(period, kind, n)).toBe(end);
  });

  it.each([
    ['Wk 3', { kind: 'week', slot: 3 }],
    ['Week 12', { kind: 'week', slot: 12 }],
    ['Month 2 (%)', { kind: 'month', slot: 2 }],
    ['Month 2', { kind: 'month', slot: 2 }],
    ['M1', { kind: 'month', slot: 1 }],
    ['ماه ۲', { kind: 'month', slot: 2 }],
    ['هفته ۵', { kind: 'week', slot: 5 }],
    ['الأسبوع 4', { kind: 'week', slot: 4 }],
    ['3. hét', { kind: 'week', slot: 3 }],
    ['2. hónap', { kind: 'month', slot: 2 }],
    ['Notes', null],
  ] as const)('the header %s names %j', (header, slot) => {
    expect(periodicSlotOf(header)).toEqual(slot);
  });
});

const WEEKLY: CellValue[][] = [
  ['Quarter', '2026-Q4'],
  [],
  ['Objective', 'Key result', 'Start', 'Target', 'Wk 1', 'Wk 2', 'Wk 3', 'Wk 4'],
  ['Grow', 'Sign-ups 100 to 200', 100, 200, 110, 130, 150, ''],
  ['', 'Trials 10 to 20', 10, 20, '', '', '', ''],
];

function pointsOf(history: HistoryByRef, grid: CellValue[][], asOf: string, krIndex = 0): HistoryPoint[] {
  const a = analyze(grid, { sheet: 'Tracker', asOf });
  const o = a.plan.teams[0]!.objectives[0]!;
  return withPeriodicCheckIns(history, a.plan, asOf).byRef.get(refOf(o.keyResults[krIndex]!, o)) ?? [];
}

const empty = (): HistoryByRef => ({ byRef: new Map(), unmatched: [], headerFound: false });

describe('filled weeks are check-ins', () => {
  it('dates each filled week at its end and reads it as Current would be', () => {
    const points = pointsOf(empty(), WEEKLY, '2026-11-15');
    expect(points.map((p) => [p.date, p.value, p.oldValue])).toEqual([
      ['2026-10-07', 110, null],
      ['2026-10-14', 130, 110],
      ['2026-10-21', 150, 130],
    ]);
  });

  it('a week still under way is known as of the as-of date', () => {
    expect(pointsOf(empty(), WEEKLY, '2026-10-18').map((p) => p.date)).toEqual(['2026-10-07', '2026-10-14', '2026-10-18']);
  });

  it('a key result with no filled week has no check-ins', () => {
    expect(pointsOf(empty(), WEEKLY, '2026-11-15', 1)).toEqual([]);
  });

  it('logged check-ins win in their own week; the other weeks come from the sheet', () => {
    const a = analyze(WEEKLY, { sheet: 'Tracker', asOf: '2026-11-15' });
    const o = a.plan.teams[0]!.objectives[0]!;
    const ref = refOf(o.keyResults[0]!, o);
    const logged: HistoryPoint = {
      time: new Date('2026-10-16T09:00:00Z'),
      date: '2026-10-16',
      value: 140,
      oldValue: 130,
      confidence: 7,
      user: '',
      comment: '',
      sheet: 'Tracker',
      row: 4,
      historyRow: 2,
    };
    const history: HistoryByRef = { byRef: new Map([[ref, [logged]]]), unmatched: [], headerFound: true };
    const points = withPeriodicCheckIns(history, a.plan, '2026-11-15').byRef.get(ref)!;
    expect(points.map((p) => [p.date, p.value])).toEqual([
      ['2026-10-07', 110],
      ['2026-10-14', 130],
      ['2026-10-16', 140],
    ]);
    // The input is not changed.
    expect(history.byRef.get(ref)).toEqual([logged]);
    // A check-in logged in week 2, then week 3 typed into the sheet: week 3 still counts.
    const inWeek2 = { ...logged, time: new Date('2026-10-09T09:00:00Z'), date: '2026-10-09', value: 125 };
    const later = withPeriodicCheckIns({ byRef: new Map([[ref, [inWeek2]]]), unmatched: [], headerFound: true }, a.plan, '2026-11-15').byRef.get(ref)!;
    expect(later.map((p) => [p.date, p.value])).toEqual([
      ['2026-10-07', 110],
      ['2026-10-09', 125],
      ['2026-10-21', 150],
    ]);
  });

  it('without a period the weeks have no dates, so no check-ins', () => {
    const noQuarter = WEEKLY.slice(2);
    expect(pointsOf(empty(), noQuarter, '2026-11-15')).toEqual([]);
  });

  // In the cells' unit, as a logged check-in of the same tracker is (70 there, never 0.7 here).
  it('monthly progress (a grade, 0–100) is read in its cells’ unit, dated at month ends', () => {
    const grid: CellValue[][] = [['Quarter', '2026-Q4'], [], ['Objective', 'Key result', 'Month 1', 'Month 2', 'Month 3'], ['Win', 'Ship the app', 20, 50, '']];
    const points = pointsOf(empty(), grid, '2026-12-10');
    expect(points.map((p) => [p.date, p.value])).toEqual([
      ['2026-10-31', 20],
      ['2026-11-30', 50],
    ]);
  });
});

describe('adopted as the sidebar does it', () => {
  it("the key-results tab draws a weekly tracker's line and the staleness counts its weeks", () => {
    const book = bookWith(
      'Tracker',
      [
        ['Quarter', '2026-Q4'],
        ['As of', new Date(Date.UTC(2026, 10, 15))],
        ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Wk 1', 'Wk 2', 'Wk 3'],
        ['Grow', 'Sign-ups 100 to 200', 'Ana', 100, 200, 110, 130, 150],
        ['', 'Trials 10 to 20', 'Bo', 10, 20, 12, 14, ''],
        ['', 'Partners 0 to 4', 'Cy', 0, 4, '', '', ''],
      ],
      'en_US',
      () => Date.UTC(2026, 10, 1, 9),
    );
    adopt(book, 'Tracker');
    const report = validate(book, 'Tracker');
    // Today is 1 Nov: sign-ups last had a week on 21 Oct (11 days), trials on 14 Oct (18 days, more
    // than the 14 of the default setting); partners were never filled in.
    const stale = report.issues.filter((i) => i.code.startsWith('KR_STALE')).map((i) => `${i.code}@${i.cell}`);
    expect(stale).toEqual(['KR_STALE@G5', 'KR_STALE_NEVER@F6']);
    book.rt.call('sidebarRefresh', { sheet: 'Tracker' });
    const detail = book.ss.getSheets().find((s) => s.getName().startsWith('Key results'))!;
    const grid = detail.getDataRange().getValues();
    const formulas = detail.getDataRange().getFormulas();
    const trend = grid[0]!.map(String).indexOf('Trend');
    const rowOf = (text: string) => grid.findIndex((r) => r.includes(text));
    expect(formulas[rowOf('Sign-ups 100 to 200')]![trend]).toBe('=SPARKLINE({110,130,150},{"charttype","line";"color","#1a73e8";"linewidth",2})');
    expect(formulas[rowOf('Trials 10 to 20')]![trend]).toBe('=SPARKLINE({12,14},{"charttype","line";"color","#1a73e8";"linewidth",2})');
    // Nothing is copied into a history tab.
    expect(book.ss.getSheets().some((s) => /history/i.test(s.getName()))).toBe(false);
  });
});

describe('a check-in on a periodic tracker goes into the column of its day', () => {
  const rows = (weeks: Cell[]): Cell[][] => [
    ['Quarter', '2026-Q4'],
    [],
    ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Wk 1', 'Wk 2', 'Wk 3', 'Wk 4', 'Notes'],
    ['Grow', 'Sign-ups 100 to 200', 'Ana', 100, 200, ...weeks, 'keep'],
    ['', 'Trials 10 to 20', 'Bo', 10, 20, '', '', '', '', 'mine'],
  ];
  const on = (day: string) => () => Date.parse(`${day}T09:00:00Z`);
  const sheetValues = (book: ReturnType<typeof bookWith>) =>
    book.sheet
      .getDataRange()
      .getValues()
      .slice(3)
      .map((r) => r.slice(5));

  it.each([
    ['in week 3 (15–21 Oct), after weeks 1 and 2', '2026-10-20', [110, 130, '', ''], [110, 130, 150, '']],
    ['in week 2 again: its value is replaced', '2026-10-10', [110, 130, '', ''], [110, 150, '', '']],
    ['on the first day of week 4', '2026-10-22', [110, '', '', ''], [110, '', '', 150]],
  ] as const)('%s', (_name, day, weeks, after) => {
    const book = bookWith('Tracker', rows([...weeks]), 'en_US', on(day));
    adopt(book, 'Tracker');
    saveCheckInByRow(book.rt, 'Tracker', [
      { row: 4, value: '150' },
      { row: 5, value: '12' },
    ]);
    // Trials had no week filled: its 12 lands in the same week's column, and nothing else moves.
    expect(sheetValues(book)).toEqual([
      [...after, 'keep'],
      [...after.map((v) => (v === 150 ? 12 : '')), 'mine'],
    ]);
    // The history logs the week's old value, and the trend reads the weeks before it.
    const history = book.ss.getSheets().find((s) => /history/i.test(s.getName()))!;
    expect(history.getDataRange().getValues().length).toBe(3);
  });

  it.each([
    ['after the weeks the sheet has (1 Dec)', '2026-12-01', rows([110, '', '', '']), 'none of its columns is for today (2026-12-01)'],
    ['outside the quarter', '2027-01-05', rows([110, '', '', '']), 'none of its columns is for today (2027-01-05)'],
    ['with no quarter', '2026-10-20', rows([110, '', '', '']).slice(2), 'its quarter is not known'],
  ] as const)('refuses as a whole, nothing written: %s', (_name, day, grid, message) => {
    const book = bookWith('Tracker', grid as Cell[][], 'en_US', on(day));
    adopt(book, 'Tracker');
    const before = book.sheet.getDataRange().getValues();
    expect(() => saveCheckInByRow(book.rt, 'Tracker', [{ row: grid.length - 1, value: '150' }])).toThrow(message);
    expect(book.sheet.getDataRange().getValues()).toEqual(before);
    expect(book.ss.getSheets().some((s) => /history/i.test(s.getName()))).toBe(false);
  });

  it('in Persian: the refusal is in Persian with a Solar Hijri day', () => {
    const grid = rows([110, '', '', '']);
    grid[0] = ['Quarter', '1405-Q3'];
    const book = bookWith('Tracker', grid, 'en_US', on('2026-12-01'), 'fa');
    adopt(book, 'Tracker');
    let message = '';
    try {
      saveCheckInByRow(book.rt, 'Tracker', [{ row: 4, value: '150' }]);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('هیچ‌یک از ستون‌هایش برای امروز');
    expect(message).toContain('۱۴۰۵/۰۹/۱۰');
  });

  it('the last, short week of the quarter belongs to week 13', () => {
    const q4 = quarterOf('gregorian', 2026, 4);
    const weeks = Array.from({ length: 13 }, (_, i) => ({ column: 6 + i, header: `Wk ${i + 1}` }));
    expect(periodicColumnOn(weeks, q4, '2026-12-31')).toBe(18);
    expect(periodicColumnOn(weeks, q4, '2026-12-30')).toBe(18);
    expect(periodicColumnOn(weeks, q4, '2026-12-23')).toBe(17);
    expect(periodicColumnOn(weeks.slice(0, 4), q4, '2026-12-31')).toBeNull();
    expect(periodicColumnOn([{ column: 3, header: 'Month 3' }], q4, '2026-12-31')).toBe(3);
    expect(periodicColumnOn([{ column: 3, header: 'Month 3' }], q4, '2026-11-30')).toBeNull();
  });
});

// Found by an independent attack on issue 13: the cell read as Current and the cell a check-in
// writes must be the same week, however the weeks are laid out.
describe('periodic trackers as people keep them', () => {
  const on = (day: string) => () => Date.parse(`${day}T09:00:00Z`);
  const tracker = (header: Cell[], weeks: Cell[]): Cell[][] => [
    ['Quarter', '2026-Q4'],
    [],
    ['Objective', 'Key result', 'Owner', 'Start', 'Target', ...header],
    ['Grow', 'Sign-ups 100 to 200', 'Ana', 100, 200, ...weeks],
  ];
  const currentOf = (book: ReturnType<typeof bookWith>) => book.rt.call<CheckInList>('sidebarCheckInRows', { sheet: 'Tracker' }).rows[0]!.current;

  it.each([
    ['weeks newest first', ['Wk 4', 'Wk 3', 'Wk 2', 'Wk 1'], ['', '', 130, 110], '130', 'G4'],
    ['a placeholder in a week to come', ['Wk 1', 'Wk 2', 'Wk 3', 'Wk 4'], [110, 130, '', '-'], '130', 'H4'],
    ['n/a and TBD in weeks to come', ['Wk 1', 'Wk 2', 'Wk 3', 'Wk 4'], [110, 130, 'n/a', 'TBD'], '130', 'H4'],
    ['TBC in the week begun, TBA in the next', ['Wk 1', 'Wk 2', 'Wk 3', 'Wk 4'], [110, 130, 'TBC', 'TBA'], '130', 'H4'],
  ] as const)('%s: Current is the latest week begun, and the check-in shows as Current', (_name, header, weeks, current, written) => {
    const book = bookWith('Tracker', tracker([...header], [...weeks]), 'en_US', on('2026-10-16'));
    adopt(book, 'Tracker');
    expect(currentOf(book)).toBe(current);
    saveCheckInByRow(book.rt, 'Tracker', [{ row: 4, value: '150' }]);
    expect(book.sheet.getRange(written).getValue()).toBe(150);
    expect(currentOf(book)).toBe('150');
  });

  it('a week column added after adoption is read, and takes the check-in of its week', () => {
    const book = bookWith('Tracker', tracker(['Wk 1', 'Wk 2', 'Wk 3', 'Wk 4'], [110, 120, 130, 140]), 'en_US', on('2026-10-30'));
    adopt(book, 'Tracker');
    book.sheet.getRange('J3:J4').setValues([['Wk 5'], [160]]);
    expect(currentOf(book)).toBe('160');
    book.sheet.getRange('J4').setValue('');
    saveCheckInByRow(book.rt, 'Tracker', [{ row: 4, value: '180' }]);
    expect(book.sheet.getRange('J4').getValue()).toBe(180);
  });

  it("a co-editor's value typed into today's week after the list was read is never overwritten", () => {
    const book = bookWith('Tracker', tracker(['Wk 4', 'Wk 3', 'Wk 2', 'Wk 1'], ['', '', 130, 110]), 'en_US', on('2026-10-16'));
    adopt(book, 'Tracker');
    const list = book.rt.call<CheckInList>('sidebarCheckInRows', { sheet: 'Tracker' });
    book.sheet.getRange('G4').setValue(140);
    expect(() => book.rt.call('sidebarSaveCheckIn', { sheet: 'Tracker', entries: entriesByRow(list.rows, [{ row: 4, value: '150' }]) })).toThrow(
      /changed since the list was loaded.*Nothing was saved/,
    );
    expect(book.sheet.getRange('G4').getValue()).toBe(140);
  });

  it('two columns for one week: Save says so and saves nothing; on a sheet read by its header, a check-in refuses', () => {
    const book = bookWith('Tracker', tracker(['Wk 1', 'Wk 2', 'Wk 3', 'Week 3'], [110, 120, '', 170]), 'en_US', on('2026-10-16'));
    const guess = book.rt.call<MappingGuess>('sidebarDetectMapping', { sheet: 'Tracker' });
    expect(() => book.rt.call('sidebarSaveMapping', { sheet: 'Tracker', headerRow: guess.headerRow, columns: guess.columns, shown: shownOf(guess) })).toThrow(
      /“Wk 3” and “Week 3” are the same week or month/,
    );
    const report = validate(book, 'Tracker');
    expect(report.issues.map((i) => `${i.code}@${i.cell}`)).toContain('PERIODIC_SLOT_TWICE@I3');
    expect(() => saveCheckInByRow(book.rt, 'Tracker', [{ row: 4, value: '150' }])).toThrow(/same week or month.*Nothing was saved/);
    expect(book.sheet.getRange('F4:I4').getValues()).toEqual([[110, 120, '', 170]]);
  });

  it("a formula in today's week cell is refused, naming that cell", () => {
    const book = bookWith('Tracker', tracker(['Wk 1', 'Wk 2', 'Wk 3', 'Wk 4'], [110, 120, '', '']), 'en_US', on('2026-10-16'));
    book.sheet.getRange('H4').setFormula('=IF(F4>1000,1,"")');
    adopt(book, 'Tracker');
    expect(() => saveCheckInByRow(book.rt, 'Tracker', [{ row: 4, value: '150' }])).toThrow(/The cell H4 \(Wk 3\), where today’s value goes, holds a formula/);
  });

  it.each([
    ['70', 70],
    ['70%', 70],
    ['0', 0],
  ])('a grade kept 0–100 by month: %s is written as %s and reads back as the grade', (typed, written) => {
    const book = gradeTracker();
    adopt(book, 'Tracker');
    expect(currentOf(book)).toBe('20%');
    saveCheckInByRow(book.rt, 'Tracker', [{ row: 4, value: typed }]);
    expect(book.sheet.getRange('E4').getValue()).toBe(written);
    const report = validate(book, 'Tracker');
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(currentOf(book)).toBe(`${written}%`);
  });

  it('a grade kept 0–100: 0.7 could be 70 % or 0.7 %, so it is asked about', () => {
    const book = gradeTracker();
    adopt(book, 'Tracker');
    expect(() => saveCheckInByRow(book.rt, 'Tracker', [{ row: 4, value: '0.7' }])).toThrow(/could be 70% \(a fraction\) or 0\.7 %/);
    expect(book.sheet.getRange('E4').getValue()).toBe('');
  });

  // Found by an attack on issue 13: the message for 150 in a 0–100 tracker spoke of 0–1.
  it.each([
    [150, 'KR_GRADE_OUT_OF_RANGE_100', /outside 0–100, the scale of this sheet’s grades/],
    [-5, 'KR_GRADE_OUT_OF_RANGE_100', /outside 0–100/],
  ] as const)('a grade kept 0–100 of %s is an error that speaks of 0–100', (value, code, message) => {
    const book = gradeTracker();
    book.sheet.getRange('D4').setValue(value);
    const { report } = adopt(book, 'Tracker');
    const found = report.issues.filter((i) => i.code.startsWith('KR_GRADE_OUT_OF_RANGE'));
    expect(found.map((i) => [i.code, i.cell])).toEqual([[code, 'D4']]);
    expect(found[0]!.message).toMatch(message);
  });
});

// Found by a re-attack on issue 13 (N1, N2).
describe('periodic trackers, second round', () => {
  const on = (day: string) => () => Date.parse(`${day}T09:00:00Z`);
  it("weeks and months side by side: Current and check-ins are the weeks' (months are a summary)", () => {
    const book = bookWith(
      'Tracker',
      [
        ['Quarter', '2026-Q4'],
        [],
        ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Wk 1', 'Wk 2', 'Wk 3', 'Month 1', 'Month 2'],
        ['Grow', 'Sign-ups 100 to 200', 'Ana', 100, 200, 110, 130, '', 130, ''],
      ],
      'en_US',
      on('2026-10-16'),
    );
    adopt(book, 'Tracker');
    saveCheckInByRow(book.rt, 'Tracker', [{ row: 4, value: '150' }]);
    expect(book.sheet.getRange('H4').getValue()).toBe(150);
    expect(book.sheet.getRange('I4:J4').getValues()).toEqual([[130, '']]);
    expect(book.rt.call<CheckInList>('sidebarCheckInRows', { sheet: 'Tracker' }).rows[0]!.current).toBe('150');
  });

  it.each(['1%', '0.8%'])('a grade kept 0–100: %s would be written as 1 or less, so it is asked about', (typed) => {
    const book = gradeTracker();
    adopt(book, 'Tracker');
    expect(() => saveCheckInByRow(book.rt, 'Tracker', [{ row: 4, value: typed }])).toThrow(/keeps grades from 0 to 100/);
    expect(book.sheet.getRange('E4').getValue()).toBe('');
  });
});
