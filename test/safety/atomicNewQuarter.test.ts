// New quarter is all or nothing. The fault-injection harness of the local runtime (CallCounter.failCall)
// makes the n-th service call of sidebarCreateQuarter throw, for every n of a clean run: after each
// failure every tab the user had is exactly as it was, no half-built sheet is left under the
// quarter's name, the user reads the failure in their language, and the retry builds the same sheet
// a clean run builds (before, the retry said "already exists" over a partial sheet).
import { describe, expect, it } from 'vitest';
import type { LocalSheet, LocalSpreadsheet } from '../../local/index';
import { errorOf, newBook, sampleQuarter } from '../server/fixtures';
import { bookSnapshot, sheetSnapshot } from './snapshot';

const LAST = 'OKRs 2030-Q3';
const NEW = 'OKRs 2030-Q4';
const TAB_KEY = 'okr-sheets.tab';

function lastQuarter(locale = 'en_US') {
  const book = newBook({ email: 'ana@example.com', locale });
  sampleQuarter(book.ss, '2030-09-30', LAST);
  book.ss.addSheet('Notes').getRange('A1').setValue('team notes');
  book.ss.setActiveSheet(book.ss.getSheetByName(LAST)!);
  return book;
}

const REQUESTS = {
  template: { calendar: 'gregorian', year: 2030, quarter: 4, teams: [{ name: 'Growth', template: 'seo' }], start: 'template' },
  carryOver: { calendar: 'gregorian', year: 2030, quarter: 4, teams: [{ name: 'Growth' }, { name: 'Brand' }], start: 'carryOver', carryFrom: LAST },
} as const;

/** A tab's snapshot without its sheet id (a retry's sheet gets a new id). */
const withoutId = (sheet: LocalSheet) => JSON.stringify({ ...(sheetSnapshot(sheet) as object), id: 0 });
const userTabs = (ss: LocalSpreadsheet) => bookSnapshot(ss, (s) => s.getName() !== NEW && !s.getName().endsWith('…'));

describe('New quarter is all or nothing', () => {
  for (const [start, request] of Object.entries(REQUESTS)) {
    it(`a service call failing at any point leaves the spreadsheet as it was, and the retry builds the sheet (${start})`, { timeout: 120_000 }, () => {
      const clean = lastQuarter();
      clean.rt.resetCounter();
      clean.rt.call('sidebarCreateQuarter', request);
      const calls = clean.rt.counter.total;
      const built = withoutId(clean.ss.getSheetByName(NEW)!);
      expect(calls).toBeGreaterThan(20);

      let failures = 0;
      for (let n = 1; n <= calls; n++) {
        const { ss, rt } = lastQuarter();
        const before = bookSnapshot(ss);
        rt.counter.failCall(n);
        let message = '';
        try {
          rt.call('sidebarCreateQuarter', request);
        } catch (err) {
          message = (err as Error).message;
        }
        rt.counter.failCall(null);
        if (message === '') {
          // The failing call was a courtesy (the selection): the sheet is whole.
          expect(withoutId(ss.getSheetByName(NEW)!), `call ${n}`).toBe(built);
          continue;
        }
        failures++;
        // In the user's words, with the platform's text for support.
        expect(message, `call ${n}`).toMatch(/^Google Sheets reported an error, and nothing was saved\..*injected fault/);
        // Nothing under the quarter's name; every tab of the user's as it was, and the user on the tab they were on.
        expect(ss.getSheetByName(NEW), `call ${n}`).toBeNull();
        const after = userTabs(ss);
        expect(after === before, `call ${n}: the user's tabs changed`).toBe(true);
        // The retry works, removes anything a failed run left, and builds what a clean run builds.
        rt.call('sidebarCreateQuarter', request);
        expect(withoutId(ss.getSheetByName(NEW)!), `call ${n}: the retry`).toBe(built);
        expect(
          ss.getSheets().map((s) => s.getName()),
          `call ${n}: no half-built tab`,
        ).toEqual(clean.ss.getSheets().map((s) => s.getName()));
      }
      expect(failures).toBeGreaterThan(calls - 5);
    });
  }

  it('a sheet a failed run could not delete is removed by the next New quarter', () => {
    const { ss, rt } = lastQuarter();
    const names = ss.getSheets().map((s) => s.getName());
    // What a run leaves when a call fails and so does the deletion: a marked sheet under the temporary name.
    const leftover = ss.insertSheet(`${NEW} …`, 0);
    leftover.getRange('A1').setValue('half');
    leftover.addDeveloperMetadata(TAB_KEY, JSON.stringify({ kind: 'building', source: '' }));
    rt.call('sidebarCreateQuarter', REQUESTS.template);
    expect(ss.getSheets().map((s) => s.getName())).toEqual([NEW, ...names]);
  });

  it("a sheet the user named like the temporary one is not the add-on's: it stays", () => {
    const { ss, rt } = lastQuarter();
    ss.insertSheet(`${NEW} …`).getRange('A1').setValue('mine');
    rt.call('sidebarCreateQuarter', REQUESTS.carryOver);
    expect(ss.getSheetByName(`${NEW} …`)!.getRange('A1').getValue()).toBe('mine');
    expect(ss.getSheetByName(NEW)).not.toBeNull();
  });

  it('a failure reaches a Hungarian user in Hungarian, with the platform text kept', () => {
    const { rt } = lastQuarter('hu_HU');
    rt.counter.failCall(30);
    const message = errorOf(() => rt.call('sidebarCreateQuarter', REQUESTS.template));
    expect(message).toMatch(/^A Google Táblázatok hibát jelzett, ezért a bővítmény semmit sem mentett\..*injected fault/);
  });
});
