// Per-row Quarter and Season columns: each row's period, read in four languages and two
// calendars, paces its key result; an unreadable one is an issue at its cell; rows of several
// periods keep their own.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { parseRowPeriod } from '../../src/core/rowPeriod';
import type { CheckInList, MappingGuess } from '../../src/server/types';
import { adopt, bookWith, codes, type Cell } from './support';

describe('parseRowPeriod', () => {
  const ref = '2026-12-03';
  it.each([
    ['Q2 2026', '2026-Q2', '2026-04-01', '2026-06-30'],
    ['2026-Q2', '2026-Q2', '2026-04-01', '2026-06-30'],
    ['1405-Q1', '1405-Q1', '2026-03-21', '2026-06-21'],
    ['فصل ۲ ۱۴۰۵', '1405-Q2', '2026-06-22', '2026-09-22'],
    ['سه‌ماهه 3 2026', '2026-Q3', '2026-07-01', '2026-09-30'],
    ['الربع 3 2026', '2026-Q3', '2026-07-01', '2026-09-30'],
    ['2026. 2. negyedév', '2026-Q2', '2026-04-01', '2026-06-30'],
    ['بهار', '1405-Q1', '2026-03-21', '2026-06-21'],
    ['تابستان ۱۴۰۵', '1405-Q2', '2026-06-22', '2026-09-22'],
    ['پائیز 1405', '1405-Q3', '2026-09-23', '2026-12-21'],
    ['زمستان', '1405-Q4', '2026-12-22', '2027-03-20'],
    ['الربيع 2026', '1405-Q1', '2026-03-21', '2026-06-21'],
    ['الشتاء', '1405-Q4', '2026-12-22', '2027-03-20'],
    ['tél 2026', '1405-Q4', '2026-12-22', '2027-03-20'],
    ['2026 ősz', '1405-Q3', '2026-09-23', '2026-12-21'],
    ['Tavasz', '1405-Q1', '2026-03-21', '2026-06-21'],
  ])('%s is %s', (text, label, start, end) => {
    const read = parseRowPeriod(text, ref);
    expect(read.ok && { label: read.period.label, start: read.period.start, end: read.period.end }).toEqual({ label, start, end });
  });

  it.each([['Spring 2026'], ['Q5 2026'], ['soon'], ['2026'], ['بهار 1405 1406'], ['فصل 2']])('%s is unreadable', (text) => {
    expect(parseRowPeriod(text, ref).ok).toBe(false);
  });

  it('a season without a year is unreadable without a date to take the year from', () => {
    expect(parseRowPeriod('بهار', null).ok).toBe(false);
    expect(parseRowPeriod('بهار ۱۴۰۴', null).ok).toBe(true);
  });
});

describe('pace in each key result’s own period', () => {
  const grid = (periods: Cell[]): Cell[][] => [
    ['Objective', 'Key result', 'Quarter', 'Start', 'Target', 'Current'],
    ['Win', 'Grow sign-ups', periods[0]!, 0, 100, 50],
    ['', 'Grow trials', periods[1]!, 0, 100, 50],
  ];

  it('paces each row in its quarter, and the sheet has none when they differ', () => {
    const a = analyze(grid(['Q4 2026', 'Q1 2027']) as never, { sheet: 'Plan', asOf: '2026-11-15' });
    const [q4, q1] = a.scores.keyResults;
    // 2026-11-15 in 2026-10-01 … 2026-12-31 is 45/91; before 2027-Q1 starts nothing is expected yet.
    expect(q4!.expected).toBeCloseTo(45 / 91, 9);
    expect(q1!.expected).toBe(0);
    expect(a.plan.period).toBeNull();
    expect(a.issues.map((i) => `${i.code}@${i.cell}`)).toContain('PERIOD_ROWS_SEVERAL@C1');
  });

  it('one period on every row is the sheet’s period', () => {
    const a = analyze(grid(['پاییز ۱۴۰۵', '']) as never, { sheet: 'Plan', asOf: '2026-11-15' });
    expect(a.plan.period?.label).toBe('1405-Q3');
    // The blank cell continues the period of the row above.
    const expected = (Date.parse('2026-11-15') - Date.parse('2026-09-23')) / (Date.parse('2026-12-21') - Date.parse('2026-09-23'));
    for (const s of a.scores.keyResults) expect(s.expected).toBeCloseTo(expected, 9);
  });

  it('an unreadable period is an error at its cell and that key result has no pace (never the sheet’s)', () => {
    const rows = [['Quarter', '2026-Q4'], [], ...grid(['sometime', 'Q4 2026'])];
    const a = analyze(rows as never, { sheet: 'Plan', asOf: '2026-11-15' });
    expect(a.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}@${i.cell}`)).toEqual(['PERIOD_ROW_UNREADABLE@C4']);
    const [bad, good] = a.scores.keyResults;
    expect(bad!.expected).toBeNull();
    expect(good!.expected).toBeCloseTo(45 / 91, 9);
  });
});

interface PeriodLayout {
  name: string;
  rows: Cell[][];
  quarter: string | null;
  column: string;
}

const LAYOUTS: PeriodLayout[] = [
  {
    name: 'English Quarter column',
    rows: [
      ['Objective', 'Key result', 'Quarter', 'Baseline', 'Target', 'Actual'],
      ['Win', 'Grow sign-ups', 'Q4 2026', 100, 200, 150],
      ['', 'Grow trials', 'Q4 2026', 10, 20, 12],
    ],
    quarter: '2026-Q4',
    column: 'C',
  },
  {
    name: 'Persian season column',
    rows: [
      ['هدف', 'نتیجه کلیدی', 'فصل', 'مقدار اولیه', 'مقدار هدف', 'مقدار فعلی'],
      ['رشد', 'جذب کاربر', 'پاییز ۱۴۰۵', 100, 200, 150],
      ['', 'جذب شریک', 'پاییز ۱۴۰۵', 0, 4, 2],
    ],
    quarter: '1405-Q3',
    column: 'C',
  },
  {
    name: 'Arabic period column, Solar Hijri quarter',
    rows: [
      ['الهدف', 'النتيجة الرئيسية', 'الفترة', 'خط الأساس', 'المستهدف', 'القيمة الحالية'],
      ['النمو', 'زيادة المستخدمين', '1405-Q3', 100, 200, 150],
    ],
    quarter: '1405-Q3',
    column: 'C',
  },
  {
    name: 'Hungarian Negyedév column',
    rows: [
      ['Célkitűzés', 'Kulcseredmény', 'Bázisérték', 'Célérték', 'Tényérték', 'Negyedév'],
      ['Növekedés', 'Új ügyfelek', 100, 200, 150, '2026. 4. negyedév'],
    ],
    quarter: '2026-Q4',
    column: 'F',
  },
  {
    name: 'several quarters in one sheet',
    rows: [
      ['Objective', 'Key result', 'Period', 'Start', 'Target', 'Actual'],
      ['Win', 'Grow sign-ups', 'Q3 2026', 100, 200, 150],
      ['Keep', 'Cut churn', 'Q4 2026', 20, 10, 12],
    ],
    quarter: null,
    column: 'C',
  },
];

describe('adopted sheets with a per-row period', () => {
  for (const layout of LAYOUTS) {
    it(`detects, saves the guess and reads the period: ${layout.name}`, () => {
      const book = bookWith('Plan', layout.rows);
      const { guess, report, checkIn } = adopt(book, 'Plan');
      expect(guess.columns.period).toBe(layout.column.charCodeAt(0) - 64);
      expect(guess.missing).toEqual([]);
      expect(codes(report)).toEqual([]);
      expect(report.quarter).toBe(layout.quarter);
      expect(checkIn.rows.length).toBe(layout.rows.length - 1);
    });
  }

  it('an unreadable period is an error at the cell after adoption', () => {
    const book = bookWith('Plan', [
      ['Objective', 'Key result', 'Quarter', 'Start', 'Target', 'Actual'],
      ['Win', 'Grow sign-ups', 'Q4 2026', 100, 200, 150],
      ['', 'Grow trials', 'next spring', 10, 20, 12],
    ]);
    const { report } = adopt(book, 'Plan');
    expect(codes(report)).toEqual(['PERIOD_ROW_UNREADABLE@C3']);
    expect(report.issues.find((i) => i.code === 'PERIOD_ROW_UNREADABLE')!.message).toContain('next spring');
  });

  it('checks in on a sheet with a season column, writing only the Current cell', () => {
    const book = bookWith('Plan', LAYOUTS[1]!.rows);
    adopt(book, 'Plan');
    const list = book.rt.call<CheckInList>('sidebarCheckInRows', { sheet: 'Plan' });
    const row = list.rows[0]!;
    book.rt.call('sidebarSaveCheckIn', { sheet: 'Plan', entries: [{ ref: row.ref, current: row.current, seen: row.seen, team: row.team, value: '170' }] });
    expect(book.sheet.getRange('F2').getValue()).toBe(170);
    expect(book.sheet.getRange('C2').getValue()).toBe('پاییز ۱۴۰۵');
  });

  it('the sidebar offers the period column by its localized name', () => {
    const book = bookWith('Plan', LAYOUTS[0]!.rows);
    const guess = book.rt.call<MappingGuess>('sidebarDetectMapping', { sheet: 'Plan' });
    expect(guess.columns.period).toBe(3);
  });
});
