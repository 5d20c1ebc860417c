// docs/ACCEPTANCE.md quotes what the add-on shows and writes; these rows derive each quoted text from
// the code, so the checklist cannot drift from it (the audit of issue 15 found two that had: F8).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newBook, sampleQuarter } from '../server/fixtures';

const DOC = readFileSync(join(process.cwd(), 'docs', 'ACCEPTANCE.md'), 'utf8');

/** The backticked texts of the checklist row whose first cell starts with `row`. */
function quoted(row: string): string[] {
  const line = DOC.split('\n').find((l) => l.startsWith(`| ${row}`));
  if (!line) throw new Error(`no row "${row}" in docs/ACCEPTANCE.md`);
  return [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

describe('docs/ACCEPTANCE.md quotes what the add-on does', () => {
  it('§2: =OKR_SCORE(8%, 5%, 6%) in an unformatted cell shows the quoted value', () => {
    const [formula, shown] = quoted('`=OKR_SCORE(8%, 5%, 6%)` in any unformatted cell');
    const { ss } = newBook();
    const cell = ss.getSheets()[0]!.getRange('A1');
    cell.setFormula(formula!);
    expect(cell.getDisplayValue()).toBe(shown);
  });

  it('§4: the Score formula quoted for a Hungarian spreadsheet is the one Refresh writes, with ; between arguments', () => {
    const { ss, rt } = newBook({ now: () => Date.UTC(2030, 7, 15, 9, 30) });
    sampleQuarter(ss, '2030-08-01', 'OKRs');
    rt.call('sidebarRefresh', { sheet: 'OKRs' });
    const written = ss.getSheetByName('OKRs')!.getRange('P7').getFormula();
    // Sheets shows a formula in the locale's syntax: ; between arguments in hu_HU (no decimal points here).
    const hungarian = written.replace(/,/g, ';');
    const quotedFormula = quoted('File → Settings → Locale: Hungary').find((q) => q.startsWith('=ARRAYFORMULA('))!;
    const [head, tail] = quotedFormula.split('…; ') as [string, string];
    expect(hungarian.startsWith(head)).toBe(true);
    expect(hungarian.endsWith(tail)).toBe(true);
  });
});
