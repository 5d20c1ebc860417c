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

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What `captureForUndo` read, and how to put it back. */
export interface Undo {
  /** Writes back what was captured, last write first; throws when a call fails. */
  undo(): void;
}

/**
 * Reads, before the first write of an operation on a user's sheet, what the operation may change:
 * every cell of `cells` (value, formula, number format), the number formats of `formatted` (a
 * column whose values the add-on never writes, such as the spill of the Score formula), the sheet's
 * conditional-format rules, and one document property (`propertyKey`, null for none). `undo()`
 * writes them back. Cost: three reads per cell range, one per formatted range, one for the rules,
 * one for the property.
 */
export function captureForUndo(sheet: Sheet, cells: Range[], formatted: Range[], propertyKey: string | null): Undo {
  const saved = cells.map(save);
  const formats = formatted.map((range) => ({ range, formats: range.getNumberFormats() }));
  const rules = sheet.getConditionalFormatRules();
  const properties = propertyKey ? PropertiesService.getDocumentProperties() : null;
  const property = properties && propertyKey ? properties.getProperty(propertyKey) : null;
  return {
    undo() {
      if (properties && propertyKey) {
        if (property === null) properties.deleteProperty(propertyKey);
        else properties.setProperty(propertyKey, property);
      }
      sheet.setConditionalFormatRules(rules);
      for (const f of [...formats].reverse()) f.range.setNumberFormats(f.formats);
      for (const s of [...saved].reverse()) restore(s);
    },
  };
}
