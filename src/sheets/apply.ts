// All or nothing for a group of writes. Apps Script has no transactions: a service call can fail
// half-way through an operation ("Service Spreadsheets failed…", the 6-minute limit). `allOrNothing`
// reads every range an operation is about to write (values, formulas, number formats: one read of
// each per range) before the first write, runs the writes, and when one of them throws, writes the
// ranges back as they were, last first, and rethrows. A failure of the restore itself is added to
// the error's message, so the user is told that the sheet may need a look.
import { literalValue } from './literal';

type Range = GoogleAppsScript.Spreadsheet.Range;

interface Saved {
  range: Range;
  values: unknown[][];
  formulas: string[][];
  formats: string[][];
}

function save(range: Range): Saved {
  return { range, values: range.getValues(), formulas: range.getFormulas(), formats: range.getNumberFormats() };
}

function restore(saved: Saved): void {
  saved.range.setNumberFormats(saved.formats);
  // A formula goes back as its formula; text as literal text (it was text before: keep it text).
  saved.range.setValues(saved.values.map((row, i) => row.map((v, j) => saved.formulas[i]![j] || literalValue(v, saved.formats[i]![j]))));
}

/**
 * Runs `write`, which may only change cells inside `ranges` (values and number formats). If it
 * throws, every range is restored and the error is rethrown; when restoring fails too, the error says
 * so (`restoreFailed` is appended to the original message, which is kept).
 */
export function allOrNothing<T>(ranges: Range[], write: () => T, restoreFailed: string): T {
  const saved = ranges.map(save);
  try {
    return write();
  } catch (err) {
    try {
      for (const s of [...saved].reverse()) restore(s);
    } catch {
      const e = err instanceof Error ? err : new Error(String(err));
      e.message = `${e.message} ${restoreFailed}`;
      throw e;
    }
    throw err;
  }
}
