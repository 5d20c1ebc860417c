// The CLI never overwrites the workbook it reads.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'okr-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): { status: number; stderr: string } {
  try {
    execFileSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'local', 'cli.ts'), ...args], { cwd: dir, stdio: 'pipe' });
    return { status: 0, stderr: '' };
  } catch (err) {
    const e = err as { status: number; stderr: Buffer };
    return { status: e.status, stderr: String(e.stderr) };
  }
}

describe('npm start --out', () => {
  const book = join(dir, 'book.xlsx');
  copyFileSync(join(root, 'examples', 'marketing-okrs.xlsx'), book);
  symlinkSync(book, join(dir, 'link.xlsx'));
  const original = readFileSync(book);

  it.each([
    ['the same path', ['book.xlsx', '--out', 'book.xlsx']],
    ['the same file by another path', ['book.xlsx', `--out=${join(dir, '.', 'book.xlsx')}`]],
    ['a link to it', ['book.xlsx', '--out', 'link.xlsx']],
  ])('refuses %s and leaves the input as it was', (_what, args) => {
    const result = run(args);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/--out must not be the input workbook/);
    expect(readFileSync(book).equals(original)).toBe(true);
  });
});

// Found by an attack on issue 12 (F8, F9): --as-of is a real Gregorian day of a plan's years.
describe('npm start --as-of', () => {
  const book = join(dir, 'asof.xlsx');
  copyFileSync(join(root, 'examples', 'persian-okrs.xlsx'), book);
  it.each([
    ['a Solar Hijri day', '1405-08-29', /is in the year 1405: give the Gregorian day/],
    ['a day that does not exist', '2026-02-30', /must be a real day as YYYY-MM-DD/],
    ['a slash date', '2026/11/20', /must be a real day as YYYY-MM-DD/],
  ])('refuses %s (%s) and writes nothing', (_what, asOf, message) => {
    const out = join(dir, `asof-${asOf.replace(/\W/g, '')}.xlsx`);
    const result = run(['asof.xlsx', '--as-of', asOf, '--out', out]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(() => readFileSync(out)).toThrow();
  });
});

describe('the locales of a run', () => {
  it.each([
    ['hu-HU', { spreadsheet: 'hu_HU', user: 'hu_HU' }],
    ['hu_hu', { spreadsheet: 'hu_HU', user: 'hu_HU' }],
    ['de-DE', { spreadsheet: 'de_DE', user: 'de_DE' }],
    ['fa-IR', { spreadsheet: 'en_US', user: 'fa_IR' }],
  ])('--locale %s is read as Sheets writes locales', async (asked, expected) => {
    const { runLocales } = await import('../../local/session');
    const { createSpreadsheet } = await import('../../local/index');
    expect(runLocales(createSpreadsheet('T'), asked)).toEqual(expected);
  });

  it('a right-to-left Persian sheet without پ چ ژ گ is a Persian user’s (ی and ک, Persian digits)', async () => {
    const { guessLocales } = await import('../../local/session');
    const { createSpreadsheet } = await import('../../local/index');
    const ss = createSpreadsheet('T');
    const sheet = ss.getSheets()[0]!;
    sheet.setRightToLeft(true);
    sheet.getRange('A1:B1').setValues([['هدف', 'رشد مشتری ۱۴۰۵']]);
    expect(guessLocales(ss)).toEqual({ spreadsheet: 'en_US', user: 'fa' });
    sheet.getRange('A1:B1').setValues([['الهدف', 'نمو العملاء']]);
    expect(guessLocales(ss)).toEqual({ spreadsheet: 'ar_EG', user: 'ar' });
  });
});
