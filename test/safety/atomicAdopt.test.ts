// Adopt is all or nothing: saving a mapping, putting the lines of a multi-line key-result cell on
// their own rows, and switching audited score cells to =OKR_SCORE. The fault-injection harness of
// the local runtime (CallCounter.failCall) makes the n-th service call of each throw, for every n of
// a clean run: after each failure every cell, note, format and tab is as it was and so is the saved
// mapping; the user reads the failure in their language; the retry gives what a clean run gives.
import { describe, expect, it } from 'vitest';
import type { LocalSpreadsheet } from '../../local/index';
import type { MappingGuess, ValidationReport } from '../../src/server/types';
import { adopt, bookWith, shownOf, useScoreRequest, type Cell } from '../adopt/support';
import { bookSnapshot } from './snapshot';

const TRACKER: Cell[][] = [
  ['Objective', 'Key results', 'Owner', 'Baseline', 'Target', 'Actual', 'Progress'],
  ['Win', 'Grow sign-ups from 100 to 200\nLaunch the referral programme\n=2+2 dashboards live', 'Ana', 100, 200, 150, 0.75],
  ['', 'Grow trials from 10 to 20', 'Bo', 10, 20, 12, 0.6],
  ['Keep', 'Cut churn from 8 to 5', 'Cy', 8, 5, 6, 0.75],
  ['', '', '', '', '', 'Average', '=AVERAGE(G2:G4)'],
];

type Book = ReturnType<typeof bookWith>;

/** Everything the user owns, and the saved mappings (document properties of the add-on). */
function state(book: Book): string {
  const properties = [...book.ss.documentProperties.entries()].filter(([k]) => k.startsWith('okr-sheets.mapping.')).sort();
  // Sheet ids differ from book to book: each is named by its tab's position.
  const position = new Map(book.ss.getSheets().map((sheet, i) => [String(sheet.getSheetId()), i]));
  const text = `${bookSnapshot(book.ss as LocalSpreadsheet)}\n${JSON.stringify(properties)}`;
  return text.replace(/("id":|mapping\.)(\d+)/g, (_all, before: string, id: string) => `${before}#${position.get(id) ?? id}`);
}

interface Operation {
  name: string;
  /** The book just before the operation (the steps a user took to get there). */
  arrange: () => Book;
  act: (book: Book) => unknown;
}

const guessOf = (book: Book) => book.rt.call<MappingGuess>('sidebarDetectMapping', { sheet: 'Plan' });

const OPERATIONS: Operation[] = [
  {
    name: 'saving the mapping (Adopt this sheet)',
    arrange: () => bookWith('Plan', TRACKER),
    act: (book) => {
      const guess = guessOf(book);
      return book.rt.call('sidebarSaveMapping', { sheet: 'Plan', headerRow: guess.headerRow, columns: guess.columns, shown: shownOf(guess) });
    },
  },
  {
    name: 'putting each key result of a cell on its own row',
    arrange: () => {
      const book = bookWith('Plan', TRACKER);
      adopt(book, 'Plan');
      return book;
    },
    act: (book) => book.rt.call('sidebarSplitKeyResults', { sheet: 'Plan', cell: 'B2', count: 3, first: 'Grow sign-ups from 100 to 200' }),
  },
  {
    name: 'switching audited score cells to =OKR_SCORE',
    arrange: () => {
      // One key result per cell (the audit runs on a sheet without a multi-line cell).
      const book = bookWith('Plan', [...TRACKER.filter((_, i) => i !== 1 && i !== 4), ['', '', '', '', '', 'Average', '=AVERAGE(G2:G3)']]);
      adopt(book, 'Plan');
      return book;
    },
    act: (book) => {
      const request = useScoreRequest('Plan', book.rt.call<ValidationReport>('sidebarValidate', { sheet: 'Plan' }));
      expect(request.cells.length).toBeGreaterThan(0);
      return book.rt.call('sidebarUseOkrScore', request);
    },
  },
];

describe('Adopt is all or nothing', () => {
  for (const op of OPERATIONS) {
    it(`a service call failing at any point of ${op.name} changes nothing, and the retry is whole`, { timeout: 120_000 }, () => {
      const clean = op.arrange();
      const cleanState0 = state(clean);
      clean.rt.resetCounter();
      op.act(clean);
      const calls = clean.rt.counter.total;
      const done = state(clean);
      expect(done).not.toBe(cleanState0);
      expect(calls).toBeGreaterThan(3);

      let failures = 0;
      for (let n = 1; n <= calls; n++) {
        const book = op.arrange();
        const before = state(book);
        book.rt.counter.failCall(n);
        let message = '';
        try {
          op.act(book);
        } catch (err) {
          message = (err as Error).message;
        }
        book.rt.counter.failCall(null);
        if (message !== '') {
          failures++;
          expect(message, `call ${n}`).toMatch(/^Google Sheets reported an error, and nothing was saved\..*injected fault/);
          const after = state(book);
          expect(after === before, `call ${n}: the spreadsheet changed`).toBe(true);
          op.act(book);
        }
        const result = state(book);
        expect(result === done, `call ${n}: ${message === '' ? 'the operation' : 'the retry'} differs from a clean one`).toBe(true);
      }
      expect(failures).toBeGreaterThan(calls / 2);
    });
  }
});
