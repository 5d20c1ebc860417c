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
