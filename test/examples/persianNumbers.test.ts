// Numbers the add-on writes in its own sentences are in the language's digits (issue 12; found by an
// attack): the CLI's scores, the dashboard's refresh time, the score audit's percentages (fa, hu).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ValidationReport } from '../../src/server/types';
import { newBook } from '../server/fixtures';
import { addSheet, adopt } from '../adopt/support';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'okr-fa-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const out = join(dir, 'p.xlsx');
const cli = () =>
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'local', 'cli.ts'), join(root, 'examples', 'persian-okrs.xlsx'), '--out', out],
    {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, NO_COLOR: '1' },
    },
  ).toString();

/** Latin digits left once the Gregorian day beside a Solar Hijri one ("(2026-11-20)", README) is taken out. */
const latinDigits = (text: string) =>
  text
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\(\d{4}-\d{2}-\d{2}\)/g, '')
    .match(/[0-9]+%?/g) ?? [];

describe('the Persian example, as a Persian user reads what the add-on wrote', () => {
  const text = cli();

  it('CLI: the quarter, team and objective scores are in Persian digits (README: "the CLI" follows the language)', () => {
    const lines = text.split('\n').filter((l) => /امتیاز فصل|رشد$|محتوا$|GRO-O|CNT-O/.test(l));
    expect(lines.length).toBeGreaterThan(5);
    // Each of these lines prints e.g. "54%" instead of "۵۴٪".
    expect(lines.flatMap((l) => latinDigits(l.replace(/[A-Z]{3}-O\d/g, '')))).toEqual([]);
  });

  it('dashboard: the "last refreshed" cell writes its time in Persian digits', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const dash = wb.worksheets.find((w) => w.name.startsWith('داشبورد'))!;
    const b2 = String(dash.getCell('B2').value);
    // "۱۴۰۵/۰۸/۲۹ (2026-11-20) 12:00": the time is Latin.
    expect(latinDigits(b2)).toEqual([]);
  });
});

describe('score-audit messages for a Persian (and a Hungarian) user', () => {
  it.each([
    ['fa', /[0-9]/],
    ['hu', /\d\.\d/],
  ])('%s: "This score (75%) … is at 50%" in the language’s digits', (userLocale, bad) => {
    const book = newBook({ userLocale: userLocale as string });
    const rows = [
      ['Objective', 'Key result', 'Baseline', 'Target', 'Actual', 'Progress'],
      ['Win', 'Grow sign-ups from 100 to 200', 100, 200, 151, 0.755],
      ['', 'Grow trials from 10 to 20', 10, 20, 13, 0.65],
    ];

    const sheet = addSheet(book.ss, 'Plan', rows);
    book.ss.setActiveSheet(sheet);
    const { report } = adopt(book, 'Plan');
    const audits = (report as ValidationReport).issues.filter((i) => i.code.startsWith('SCORE_AUDIT_'));
    expect(audits.length).toBeGreaterThan(0);
    for (const a of audits) expect(a.message.replace(/[A-Z]+\d+/g, ''), a.message).not.toMatch(bad as RegExp);
  });
});
