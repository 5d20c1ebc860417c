// All or nothing, and the one As of rule. The fault-injection harness of the local runtime
// (CallCounter.failCall) makes the n-th service call of an operation throw, for every n; after each
// failure the OKR sheet and the history log must be exactly as they were.
import { describe, expect, it } from 'vitest';
import type { LocalSpreadsheet } from '../../local/index';
import type { CheckInList } from '../../src/server/types';
import { entriesByRow, newBook, sampleQuarter, saveCheckInByRow, TEMPLATE_HEADER } from '../server/fixtures';

const SHEET = 'OKRs 2030-Q3';
const CURRENT = TEMPLATE_HEADER.indexOf('Current') + 1;

function planned(asOf = '2030-08-01') {
  const book = newBook({ email: 'ana@example.com' });
  sampleQuarter(book.ss, asOf, SHEET, 50);
  return book;
}

/** Every cell of every tab: values, formulas, number formats. */
function snapshot(ss: LocalSpreadsheet): string {
  return JSON.stringify(
    ss.getSheets().map((s) => {
      const range = s.getRange(1, 1, Math.max(s.getLastRow(), 1), Math.max(s.getLastColumn(), 1));
      const values = range.getValues().map((r) => r.map((v) => (v instanceof Date ? `date:${v.toISOString()}` : v)));
      return [s.getName(), values, range.getFormulas(), range.getNumberFormats()];
    }),
  );
}

const ENTRIES = [
  { row: 7, value: '180', confidence: 7, comment: 'good week' },
  { row: 8, value: '6', confidence: null, comment: '' },
  { row: 9, value: null, confidence: 5, comment: '=not a formula' },
];

describe('check-in is all or nothing', () => {
  it('a history tab whose empty columns and rows the user deleted gets them back before anything is written', () => {
    const { ss, rt } = planned();
    saveCheckInByRow(rt, SHEET, [{ row: 7, value: '150' }]);
    const history = ss.getSheetByName('OKR history')!;
    history.deleteColumns(6, history.getMaxColumns() - 5);
    history.deleteRows(3, history.getMaxRows() - 2);
    saveCheckInByRow(rt, SHEET, [{ row: 7, value: '180', comment: 'ok' }]);
    expect(ss.getSheetByName(SHEET)!.getRange(7, CURRENT).getValue()).toBe(180);
    const log = history.getRange(1, 1, history.getLastRow(), 9).getValues();
    expect(log.map((r) => [r[4], r[5], r[6], r[8]])).toEqual([
      ['Key result', 'Old value', 'New value', 'Comment'],
      // What the user deleted stays deleted.
      ['Grow sign-ups from 100 to 200', '', '', ''],
      ['Grow sign-ups from 100 to 200', 150, 180, 'ok'],
    ]);
  });

  it('the first check-in leaves the user on the OKR sheet, not on the new history tab', () => {
    const { ss, rt } = planned();
    ss.getSheetByName(SHEET)!.activate();
    saveCheckInByRow(rt, SHEET, [{ row: 7, value: '150' }]);
    expect(ss.getActiveSheet().getName()).toBe(SHEET);
  });

  for (const withHistory of [false, true]) {
    it(`a service call failing at any point changes nothing (${withHistory ? 'history tab exists' : 'first check-in'})`, () => {
      // The clean run: how many service calls the save makes, and what it leaves.
      const clean = planned();
      if (withHistory) saveCheckInByRow(clean.rt, SHEET, [{ row: 9, value: '55' }]);
      const cleanList = clean.rt.call<CheckInList>('sidebarCheckInRows', { sheet: SHEET });
      clean.rt.resetCounter();
      clean.rt.call('sidebarSaveCheckIn', { sheet: SHEET, entries: entriesByRow(cleanList.rows, ENTRIES) });
      const calls = clean.rt.counter.total;
      const okrOf = (ss: LocalSpreadsheet) => snapshot({ getSheets: () => [ss.getSheetByName(SHEET)!] } as unknown as LocalSpreadsheet);
      const done = okrOf(clean.ss);
      const doneLog = clean.ss.getSheetByName('OKR history')!.getLastRow();
      expect(calls).toBeGreaterThan(5);

      let failures = 0;
      for (let n = 1; n <= calls; n++) {
        const { ss, rt } = planned();
        if (withHistory) saveCheckInByRow(rt, SHEET, [{ row: 9, value: '55' }]);
        const list = rt.call<CheckInList>('sidebarCheckInRows', { sheet: SHEET });
        const before = snapshot(ss);
        const okrBefore = snapshot({ getSheets: () => [ss.getSheetByName(SHEET)!] } as unknown as LocalSpreadsheet);
        rt.counter.failCall(n);
        let failed = false;
        try {
          rt.call('sidebarSaveCheckIn', { sheet: SHEET, entries: entriesByRow(list.rows, ENTRIES) });
        } catch (err) {
          failed = true;
          // A platform failure while writing reaches the user in their language with the original text.
          const message = (err as Error).message;
          if (message.includes('Google Sheets reported an error')) expect(message).toMatch(/injected fault/);
        }
        rt.counter.failCall(null);
        if (!failed) {
          // The failing call was one the add-on may do without (the user's address): the save is whole.
          expect(ss.getSheetByName(SHEET)!.getRange(7, CURRENT, 3, 1).getValues().flat(), `call ${n}`).toEqual([180, 0.06, withHistory ? 55 : 50]);
          continue;
        }
        failures++;
        const history = ss.getSheetByName('OKR history');
        const logged = history ? Math.max(history.getLastRow() - 1, 0) : 0;
        if (okrOf(ss) === done) {
          // The call that failed came after the last write (releasing the lock): the save is whole.
          expect(history!.getLastRow(), `call ${n}: history complete`).toBe(doneLog);
        } else {
          // The OKR sheet is as it was; the history log holds no new row (an empty history tab built
          // before the first write is the add-on's own, and the next check-in uses it).
          expect(okrOf(ss), `call ${n}`).toBe(okrBefore);
          expect(logged, `call ${n}: history rows`).toBe(withHistory ? 1 : 0);
          if (withHistory) expect(snapshot(ss), `call ${n}`).toBe(before);
        }
        // And the next check-in works.
        const was = ss.getSheetByName(SHEET)!.getRange(7, CURRENT).getValue();
        saveCheckInByRow(rt, SHEET, [{ row: 7, value: '190' }]);
        expect(ss.getSheetByName(SHEET)!.getRange(7, CURRENT).getValue()).toBe(190);
        const log = ss.getSheetByName('OKR history')!.getDataRange().getValues();
        expect(log[0]![4], `call ${n}: the history header`).toBe('Key result');
        expect(log[log.length - 1]!.slice(4, 7), `call ${n}: the next check-in is logged`).toEqual(['Grow sign-ups from 100 to 200', was, 190]);
      }
      expect(failures).toBeGreaterThan(calls / 2);
    });
  }
});

// [As of as the user left it, what the cell holds after a check-in and after a refresh]
const AS_OF: Array<[string, (ss: LocalSpreadsheet) => void, (ss: LocalSpreadsheet) => void]> = [
  [
    'a formula =B3',
    (ss) => ss.getSheetByName(SHEET)!.getRange('B4').setFormula('=B3'),
    (ss) => expect(ss.getSheetByName(SHEET)!.getRange('B4').getFormula()).toBe('=B3'),
  ],
  [
    'a formula =TODAY()-7',
    (ss) => ss.getSheetByName(SHEET)!.getRange('B4').setFormula('=TODAY()-7'),
    (ss) => expect(ss.getSheetByName(SHEET)!.getRange('B4').getFormula()).toBe('=TODAY()-7'),
  ],
  [
    'a date format of the user',
    (ss) => ss.getSheetByName(SHEET)!.getRange('B4').setNumberFormat('d mmm yyyy'),
    (ss) => {
      const cell = ss.getSheetByName(SHEET)!.getRange('B4');
      expect(cell.getNumberFormat()).toBe('d mmm yyyy');
      expect(cell.getValue()).toBeInstanceOf(Date);
    },
  ],
  [
    'a Solar Hijri date as text',
    (ss) => ss.getSheetByName(SHEET)!.getRange('B4').setNumberFormat('@').setValue('۱۴۰۹/۰۵/۱۰'),
    (ss) => {
      const cell = ss.getSheetByName(SHEET)!.getRange('B4');
      expect(cell.getValue()).toMatch(/^۱۴[۰-۹]{2}\/[۰-۹]{2}\/[۰-۹]{2}$/);
      expect(cell.getValue()).not.toBe('۱۴۰۹/۰۵/۱۰');
    },
  ],
  // A Gregorian date kept as plain text stays text, in its own shape (attack on issue 10, F12).
  ...(
    [
      ['an ISO date as text', '2030-08-01', /^\d{4}-\d{2}-\d{2}$/],
      ['a Hungarian date as text', '2030. 08. 01.', /^\d{4}\. \d{2}\. \d{2}\.$/],
    ] as const
  ).map(([what, text, shape]): [string, (ss: LocalSpreadsheet) => void, (ss: LocalSpreadsheet) => void] => [
    what,
    (ss) => ss.getSheetByName(SHEET)!.getRange('B4').setNumberFormat('@').setValue(text),
    (ss) => {
      const cell = ss.getSheetByName(SHEET)!.getRange('B4');
      expect(cell.getNumberFormat()).toBe('@');
      expect(cell.getValue()).toMatch(shape);
      expect(cell.getValue()).not.toBe(text);
    },
  ]),
];

describe('one As of rule for check-in and refresh', () => {
  it.each(AS_OF)('check-in keeps %s', (_what, arrange, check) => {
    const { ss, rt } = planned();
    arrange(ss);
    saveCheckInByRow(rt, SHEET, [{ row: 7, value: '150' }]);
    check(ss);
  });
  it.each(AS_OF)('refresh keeps %s', (_what, arrange, check) => {
    const { ss, rt } = planned();
    arrange(ss);
    ss.getSheetByName(SHEET)!.activate();
    rt.call('refreshProgress');
    check(ss);
  });
});
