// What an adopted mapping keeps by header text beyond its named columns (the periodic Month/Wk
// columns), header texts matched as they were saved (display values), and the score switch's note
// and number format.
import { describe, expect, it } from 'vitest';
import type { ValidationReport } from '../../src/server/types';
import { errorOf, newBook } from '../server/fixtures';
import { addSheet, adopt, bookWith, codes, useScoreRequest, validate, type Cell } from './support';

const WEEKS = ['Wk 1', 'Wk 2', 'Wk 3', 'Wk 4'];

function weekly(header: string[] = WEEKS): Cell[][] {
  return [
    ['Objective', 'Key result', 'Start', 'Target', ...header],
    ['Win', 'Grow sign-ups', 100, 200, 110, 130, 150, ''],
    ['', 'Grow trials', 10, 20, 12, '', '', ''],
  ];
}

describe('periodic columns are adopted by their header texts', () => {
  it('reads the last filled week as Current, before and after a column is inserted in front', () => {
    const book = bookWith('Plan', weekly());
    const { report, checkIn } = adopt(book, 'Plan');
    expect(codes(report)).toEqual([]);
    expect(checkIn.rows.map((r) => String(r.current))).toEqual(['150', '12']);
    book.sheet.insertColumnsBefore(1, 1);
    const after = validate(book, 'Plan');
    expect(codes(after)).toEqual([]);
    expect(after.score).toBeCloseTo(report.score!, 9);
  });

  it.each([
    ['a renamed week', (s: ReturnType<typeof bookWith>['sheet']) => s.getRange('G1').setValue('Week three'), 'MAPPING_HEADER_GONE@G1'],
    ['a removed week', (s: ReturnType<typeof bookWith>['sheet']) => s.deleteColumn(7), 'MAPPING_HEADER_GONE@G1'],
    ['a week header written twice', (s: ReturnType<typeof bookWith>['sheet']) => s.getRange('F1').setValue('Wk 3'), 'MAPPING_HEADER_AMBIGUOUS@F1'],
  ])('%s is an error at the header and check-in refuses', (_name, change, expected) => {
    const book = bookWith('Plan', weekly());
    const { checkIn } = adopt(book, 'Plan');
    change(book.sheet);
    const report = validate(book, 'Plan');
    expect(codes(report)).toContain(expected);
    const row = checkIn.rows[0]!;
    expect(
      errorOf(() =>
        book.rt.call('sidebarSaveCheckIn', { sheet: 'Plan', entries: [{ ref: row.ref, current: row.current, seen: row.seen, team: row.team, value: 160 }] }),
      ),
    ).toMatch(/no longer all be found/);
    // Refresh refuses too, before it writes anything in the sheet (found by an attack on issue 10, F9).
    const before = book.sheet.getDataRange().getValues();
    const formulas = book.sheet.getDataRange().getFormulas();
    expect(errorOf(() => book.rt.call('sidebarRefresh', { sheet: 'Plan' }))).toMatch(/no longer all be found by their headers, so nothing was written/);
    expect(book.sheet.getDataRange().getValues()).toEqual(before);
    expect(book.sheet.getDataRange().getFormulas()).toEqual(formulas);
    expect(book.ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Plan']);
  });

  it('the guess shows the periodic columns where the saved texts are now', () => {
    const book = bookWith('Plan', weekly());
    adopt(book, 'Plan');
    book.sheet.insertColumnsBefore(1, 1);
    const guess = book.rt.call<{ periodic: string[]; saved: boolean }>('sidebarDetectMapping', { sheet: 'Plan' });
    expect(guess.saved).toBe(true);
    expect(guess.periodic).toEqual(['F', 'G', 'H', 'I']);
  });
});

describe('header texts are matched as they were saved (display values)', () => {
  it.each([
    ['a number header', 2026, '0'],
    ['a date header', new Date(Date.UTC(2026, 0, 31)), 'mmm yyyy'],
  ] as const)('%s: the adopted column is found again on every read', (_name, header, format) => {
    const rows: Cell[][] = [
      ['Objective', 'Key result', 'Start', 'Target', header],
      ['Win', 'Grow sign-ups', 100, 200, 150],
    ];
    const book = bookWith('Plan', rows);
    book.sheet.getRange('E1').setNumberFormat(format);
    const shown = book.sheet.getRange('E1').getDisplayValue();
    const report = book.rt.call<ValidationReport>('sidebarSaveMapping', {
      sheet: 'Plan',
      headerRow: 1,
      columns: { objective: 1, keyResult: 2, start: 3, target: 4, current: 5 },
      shown: { objective: 'Objective', keyResult: 'Key result', start: 'Start', target: 'Target', current: shown },
    });
    expect(codes(report)).toEqual([]);
    expect(report.score).toBeCloseTo(0.5, 9);
    expect(codes(validate(book, 'Plan'))).toEqual([]);
    // And it still follows the column when it moves.
    book.sheet.insertColumnsBefore(1, 1);
    expect(book.sheet.getRange('F1').getDisplayValue()).toBe(shown);
    const after = validate(book, 'Plan');
    expect(codes(after)).toEqual([]);
    expect(after.score).toBeCloseTo(0.5, 9);
  });
});

describe('the switch to =OKR_SCORE', () => {
  const rows: Cell[][] = [
    ['Objective', 'Key result', 'Baseline', 'Target', 'Actual', 'Progress'],
    ['Win', 'Grow sign-ups', 100, 200, 150, 0.75],
    ['', 'Grow trials', 0, 7, 4, 0.9],
  ];

  it.each([
    ['en', 'Before OKR_SCORE: 0.75'],
    ['fa', 'پیش از OKR_SCORE: 0.75'],
    ['ar', 'قبل OKR_SCORE: 0.75'],
    ['hu', 'Az OKR_SCORE előtt: 0.75'],
  ])('keeps what the cell held in a note in the user’s language (%s)', (userLocale, note) => {
    const book = newBook({ userLocale });
    const sheet = addSheet(book.ss, 'Plan', rows);
    const { report } = adopt(book, 'Plan');
    const request = useScoreRequest('Plan', report);
    expect(request.cells).toEqual(['F2', 'F3']);
    book.rt.call('sidebarUseOkrScore', request);
    expect(sheet.getRange('F2').getNote()).toBe(note);
  });

  it('formats each score with the decimals it needs, and keeps a percent format the cell had', () => {
    const book = bookWith('Plan', rows);
    book.sheet.getRange('F2').setNumberFormat('0.0%');
    const { report } = adopt(book, 'Plan');
    book.rt.call('sidebarUseOkrScore', useScoreRequest('Plan', report));
    // F2 had 0.0 %: kept. F3 had none: 4/7 = 57.14 % needs two decimals, not 0%.
    expect(book.sheet.getRange('F2:F3').getNumberFormats()).toEqual([['0.0%'], ['0.00%']]);
  });
});
