// Adoption as the sidebar does it: detect the header, save the guess unchanged, then validate and
// list the check-in rows, all through the built bundle's server API on the local runtime.
import { expect } from 'vitest';
import type { LocalSheet, LocalSpreadsheet } from '../../local/index';
import type { CheckInList, MappingGuess, ValidationReport } from '../../src/server/types';
import { newBook, type Book } from '../server/fixtures';

export type Cell = string | number | boolean | Date;

/** A new book with one sheet `name` holding `rows` from A1 (ragged rows are padded). */
/** `locale` is the spreadsheet's (one Sheets offers); `userLocale` the user's, default the same. */
export function bookWith(name: string, rows: Cell[][], locale = 'en_US', now?: () => number, userLocale?: string): Book & { sheet: LocalSheet } {
  const book = newBook({ locale, ...(now ? { now } : {}), ...(userLocale ? { userLocale } : {}) });
  const sheet = addSheet(book.ss, name, rows);
  book.ss.setActiveSheet(sheet);
  return { ...book, sheet };
}

export function addSheet(ss: LocalSpreadsheet, name: string, rows: Cell[][]): LocalSheet {
  const sheet = ss.addSheet(name);
  const width = Math.max(...rows.map((r) => r.length));
  const isFormula = (c: Cell) => typeof c === 'string' && c.startsWith('=');
  sheet.getRange(1, 1, rows.length, width).setValues(rows.map((r) => [...r.map((c) => (isFormula(c) ? '' : c)), ...Array(width - r.length).fill('')]));
  // Formulas are entered as a user types them (a "=…" string given to setValues would be literal text here).
  rows.forEach((r, i) =>
    r.forEach((c, j) => {
      if (isFormula(c)) sheet.getRange(i + 1, j + 1).setFormula(c as string);
    }),
  );
  return sheet;
}

export interface Adopted {
  guess: MappingGuess;
  report: ValidationReport;
  checkIn: CheckInList;
}

/** Detect, save the guess as it is (no manual mapping), validate and list the check-in rows. */
export function adopt(book: Book, sheet: string): Adopted {
  const guess = book.rt.call<MappingGuess>('sidebarDetectMapping', { sheet });
  expect(guess.headerRow, `${sheet}: a header row is found`).not.toBeNull();
  const report = book.rt.call<ValidationReport>('sidebarSaveMapping', { sheet, headerRow: guess.headerRow, columns: guess.columns, shown: shownOf(guess) });
  const checkIn = book.rt.call<CheckInList>('sidebarCheckInRows', { sheet });
  return { guess, report, checkIn };
}

/** The header text the Adopt view shows for each guessed column, as the sidebar sends it with Save. */
export function shownOf(guess: MappingGuess): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, column] of Object.entries(guess.columns)) {
    const header = guess.headers.find((h) => h.column === column);
    if (header) out[key] = header.text;
  }
  return out;
}

/**
 * Use =OKR_SCORE as the sidebar sends it: the cells of the report's score-audit findings (those that
 * pass `keep`), each with the key result and the score the report saw there.
 */
export function useScoreRequest(sheet: string, report: ValidationReport, keep: (code: string) => boolean = () => true) {
  const findings = report.issues.filter((i) => i.code.startsWith('SCORE_AUDIT_') && keep(i.code));
  return { sheet, cells: findings.map((i) => i.cell), refs: findings.map((i) => i.ref ?? ''), seen: findings.map((i) => i.seen ?? '') };
}

export function validate(book: Book, sheet: string): ValidationReport {
  return book.rt.call<ValidationReport>('sidebarValidate', { sheet });
}

export function codes(report: ValidationReport, severity: 'error' | 'warning' | 'info' = 'error'): string[] {
  return report.issues.filter((i) => i.severity === severity).map((i) => `${i.code}@${i.cell}`);
}
