// Block layouts, merged cells and multi-line key-result cells, adopted as the sidebar does it.
import { describe, expect, it } from 'vitest';
import type { CheckInList, MappingGuess, ValidationReport } from '../../src/server/types';
import { errorOf } from '../server/fixtures';
import { adopt, bookWith, codes, shownOf, validate, type Cell } from './support';

const HEADER = ['Key result', 'Owner', 'Baseline', 'Target', 'Actual'];

/** Objective headings followed by a key-result table that repeats the header, blank rows between. */
const BLOCK_VARIANTS: { name: string; rows: Cell[][]; objectives: string[] }[] = [
  {
    name: 'English "Objective N:" headings',
    rows: [
      ['Objective 1: Grow the user base'],
      HEADER,
      ['Grow sign-ups from 100 to 200', 'Ana', 100, 200, 150],
      ['Grow trials from 10 to 20', 'Bo', 10, 20, 12],
      [],
      ['Objective 2: Keep customers'],
      HEADER,
      ['Cut churn from 5 to 3', 'Cy', 5, 3, 4],
      ['Raise NPS from 30 to 50', 'Di', 30, 50, 35],
    ],
    objectives: ['Grow the user base', 'Keep customers'],
  },
  {
    name: 'repeated header typed differently (case, spaces, a star, a note)',
    rows: [
      ['Objective 1: Grow the user base'],
      HEADER,
      ['Grow sign-ups from 100 to 200', 'Ana', 100, 200, 150],
      ['Grow trials from 10 to 20', 'Bo', 10, 20, 12],
      ['Objective 2: Keep customers'],
      ['  * KEY RESULT', 'owner:', 'Baseline (start)', ' TARGET ', 'Actual'],
      ['Cut churn from 5 to 3', 'Cy', 5, 3, 4],
      ['Raise NPS from 30 to 50', 'Di', 30, 50, 35],
    ],
    objectives: ['Grow the user base', 'Keep customers'],
  },
  {
    name: 'title row, heading and label in two cells, no blank rows',
    rows: [
      ['Team Growth OKRs Q4 2026'],
      ['Objective 1', 'Grow the user base'],
      HEADER,
      ['Grow sign-ups from 100 to 200', 'Ana', 100, 200, 150],
      ['Grow trials from 10 to 20', 'Bo', 10, 20, 12],
      ['Objective 2', 'Keep customers'],
      HEADER,
      ['Cut churn from 5 to 3', 'Cy', 5, 3, 4],
      ['Raise NPS from 30 to 50', 'Di', 30, 50, 35],
    ],
    objectives: ['Grow the user base', 'Keep customers'],
  },
  {
    name: 'Persian headings',
    rows: [
      ['هدف ۱: رشد کاربران'],
      ['نتیجه کلیدی', 'مسئول', 'مقدار پایه', 'مقدار هدف', 'مقدار فعلی'],
      ['افزایش ثبت‌نام از ۱۰۰ به ۲۰۰', 'سارا', 100, 200, 150],
      ['افزایش آزمایشی از ۱۰ به ۲۰', 'علی', 10, 20, 12],
      [],
      ['هدف ۲: نگه‌داشت مشتری'],
      ['نتیجه کلیدی', 'مسئول', 'مقدار پایه', 'مقدار هدف', 'مقدار فعلی'],
      ['کاهش ریزش از ۵ به ۳', 'مینا', 5, 3, 4],
      ['افزایش NPS از ۳۰ به ۵۰', 'رضا', 30, 50, 35],
    ],
    objectives: ['رشد کاربران', 'نگه‌داشت مشتری'],
  },
];

describe('block layouts', () => {
  for (const v of BLOCK_VARIANTS) {
    it(`reads objectives from headings and skips repeated headers: ${v.name}`, () => {
      const book = bookWith('Plan', v.rows);
      const { guess, report, checkIn } = adopt(book, 'Plan');
      expect(guess.missing).toEqual([]);
      expect(guess.headings).toHaveLength(2);
      expect(codes(report)).toEqual([]);
      expect(checkIn.rows).toHaveLength(4);
      expect([...new Set(checkIn.rows.map((r) => r.objective))]).toEqual(v.objectives);
      expect(checkIn.rows.every((r) => r.target !== '' && r.owner !== '')).toBe(true);
    });
  }
});

describe('merged cells', () => {
  it('gives every row an owner merged over it, and keeps them in that owner’s check-in list', () => {
    const book = bookWith('Plan', [
      ['Objective', 'Key result', 'Owner', 'Baseline', 'Target', 'Actual'],
      ['Win', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 150],
      ['', 'Grow trials from 10 to 20', '', 10, 20, 12],
      ['', 'Grow demos from 1 to 5', '', 1, 5, 2],
      ['Keep', 'Cut churn from 5 to 3', 'Bo', 5, 3, 4],
    ]);
    book.sheet.getRange('C2:C4').merge();
    book.sheet.getRange('A2:A4').merge();
    const { report } = adopt(book, 'Plan');
    expect(report.issues.filter((i) => i.code === 'KR_NO_OWNER')).toEqual([]);
    const ana = book.rt.call<CheckInList>('sidebarCheckInRows', { sheet: 'Plan', owner: 'Ana' });
    expect(ana.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(ana.rows.every((r) => r.objective === 'Win')).toBe(true);
  });

  it('does not copy a merged Actual into the rows it covers', () => {
    const book = bookWith('Plan', [
      ['Objective', 'Key result', 'Owner', 'Baseline', 'Target', 'Actual'],
      ['Win', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 150],
      ['', 'Grow trials from 10 to 20', 'Bo', 10, 20, ''],
    ]);
    book.sheet.getRange('F2:F3').merge();
    adopt(book, 'Plan');
    const list = book.rt.call<CheckInList>('sidebarCheckInRows', { sheet: 'Plan' });
    expect(list.rows.map((r) => r.current)).toEqual(['150', '']);
  });
});

const MULTI: Cell[][] = [
  ['Objective', 'Key results', 'Owner', 'Progress'],
  ['Win', 'Grow sign-ups to 200\nLaunch the referral programme\n=2+2 dashboards live', 'Ana', 0.4],
  ['Keep', 'Cut churn from 5% to 3%', 'Bo', 0.5],
];

describe('multi-line key-result cells', () => {
  it('is an error at the cell, and the guess offers to split it', () => {
    const book = bookWith('Plan', MULTI);
    const guess = book.rt.call<MappingGuess>('sidebarDetectMapping', { sheet: 'Plan' });
    expect(guess.multiLine).toEqual([{ cell: 'B2', count: 3, first: 'Grow sign-ups to 200' }]);
    const { report } = adopt(book, 'Plan');
    expect(report.issues.find((i) => i.code === 'KR_MULTI_LINE')).toMatchObject({ cell: 'B2', severity: 'error' });
    expect(report.issues.find((i) => i.code === 'KR_MULTI_LINE')!.message).toMatch(/3 key results/);
    // Nothing happens without the user's click: the cell is as it was.
    expect(book.sheet.getRange('B2').getValue()).toBe(MULTI[1]![1]);
    expect(book.sheet.getLastRow()).toBe(3);
  });

  it('puts each key result on its own row on request, keeping every line as text', () => {
    const book = bookWith('Plan', MULTI);
    adopt(book, 'Plan');
    const result = book.rt.call<{ inserted: number; report: ValidationReport }>('sidebarSplitKeyResults', {
      sheet: 'Plan',
      cell: 'B2',
      count: 3,
      first: 'Grow sign-ups to 200',
    });
    expect(result.inserted).toBe(2);
    expect(book.sheet.getRange('A2:D5').getValues()).toEqual([
      ['Win', 'Grow sign-ups to 200', 'Ana', 0.4],
      ['', 'Launch the referral programme', '', ''],
      ['', '=2+2 dashboards live', '', ''],
      ['Keep', 'Cut churn from 5% to 3%', 'Bo', 0.5],
    ]);
    expect(book.sheet.getRange('B4').getFormula()).toBe('');
    expect(result.report.issues.filter((i) => i.code === 'KR_MULTI_LINE')).toEqual([]);
    const list = book.rt.call<CheckInList>('sidebarCheckInRows', { sheet: 'Plan' });
    expect(list.rows.map((r) => [r.objective, r.keyResult])).toEqual([
      ['Win', 'Grow sign-ups to 200'],
      ['Win', 'Launch the referral programme'],
      ['Win', '=2+2 dashboards live'],
      ['Keep', 'Cut churn from 5% to 3%'],
    ]);
  });

  // Kind: the first line stays in its cell as the text it was, whatever it looks like and whatever
  // the cell's format (an apostrophe in a plain-text cell would become part of the text).
  it.each([
    ['- Grow sign-ups to 200', 'General'],
    ['- Grow sign-ups to 200', '@'],
    ['1/2', 'General'],
    ['1/2', '@'],
    ['1e3', 'General'],
    ['TRUE', 'General'],
    ['=A1', 'General'],
    ['007', '@'],
  ])('keeps the first line %j as typed in a cell formatted %j', (first, format) => {
    const book = bookWith('Plan', [
      ['Objective', 'Key results', 'Owner', 'Progress'],
      ['Win', 'placeholder', 'Ana', 0.4],
    ]);
    const cell = book.sheet.getRange('B2');
    cell.setNumberFormat(format);
    cell.setValue(format === '@' ? `${first}\nLaunch the referral programme` : `'${first}\nLaunch the referral programme`);
    adopt(book, 'Plan');
    book.rt.call('sidebarSplitKeyResults', { sheet: 'Plan', cell: 'B2', count: 2, first });
    expect(cell.getValue()).toBe(first);
    expect(cell.getFormula()).toBe('');
    expect(book.sheet.getRange('B3').getValue()).toBe('Launch the referral programme');
  });

  it('refuses, changing nothing, when the cell changed since it was read', () => {
    const book = bookWith('Plan', MULTI);
    adopt(book, 'Plan');
    book.sheet.getRange('B2').setValue('Grow sign-ups to 200\nLaunch the referral programme');
    expect(errorOf(() => book.rt.call('sidebarSplitKeyResults', { sheet: 'Plan', cell: 'B2', count: 3, first: 'Grow sign-ups to 200' }))).toMatch(
      /B2 has changed/,
    );
    expect(errorOf(() => book.rt.call('sidebarSplitKeyResults', { sheet: 'Plan', cell: 'C2', count: 3, first: 'Ana' }))).toMatch(/C2 has changed/);
    expect(book.sheet.getLastRow()).toBe(3);
    expect(codes(validate(book, 'Plan'))).toContain('KR_MULTI_LINE@B2');
  });
});

// Found by an attack on issue 10 (F10): Save names columns by number, so it carries the headers the
// Adopt view showed and refuses when the sheet moved between Detect and Save.
describe('Adopt this sheet saves only the columns the user saw', () => {
  const TRACKER: Cell[][] = [
    ['OKR tracker'],
    [],
    ['Objective', 'Key result', 'Baseline', 'Target', 'Actual', 'Comments'],
    ['Win', 'Grow sign-ups from 100 to 200', 100, 200, 150, 'on track'],
  ];
  it.each([
    ['inserts a column before Actual', (s: ReturnType<typeof bookWith>['sheet']) => s.insertColumnBefore(5)],
    ['deletes the empty row above the header', (s: ReturnType<typeof bookWith>['sheet']) => s.deleteRow(2)],
    ['renames a header', (s: ReturnType<typeof bookWith>['sheet']) => s.getRange('E3').setValue('Forecast')],
  ])('a co-editor %s between Detect and Save: refused, nothing saved', (_name, move) => {
    const book = bookWith('Plan', TRACKER);
    const guess = book.rt.call<MappingGuess>('sidebarDetectMapping', { sheet: 'Plan' });
    move(book.sheet);
    const save = () => book.rt.call('sidebarSaveMapping', { sheet: 'Plan', headerRow: guess.headerRow, columns: guess.columns, shown: shownOf(guess) });
    expect(errorOf(save)).toMatch(/the sheet changed meanwhile\. Read the columns again\. Nothing was saved/);
    const id = book.sheet.getSheetId();
    expect(book.ss.documentProperties.get(`okr-sheets.mapping.${id}`) ?? null).toBeNull();
  });
});
