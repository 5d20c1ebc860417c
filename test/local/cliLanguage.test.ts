// The command line's readable summary speaks the language of the workbook's messages (the same
// choice as the add-on: saved setting, user's locale, spreadsheet's locale, the sheet's words), not
// always English. Each label is in the four languages.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_LABELS } from '../../src/core/i18n/cliLabels';
import { LANGUAGES } from '../../src/core/model';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'okr-cli-language-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function summaryOf(example: string, extra: string[] = []): string {
  return execFileSync(
    process.execPath,
    [
      join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      join(root, 'local', 'cli.ts'),
      join(root, 'examples', example),
      '--out',
      join(dir, `${example}-${extra.join('')}.xlsx`),
      ...extra,
    ],
    { cwd: root, stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } },
  ).toString();
}

describe('the CLI summary speaks the workbook’s language', () => {
  it.each([
    ['the Persian example', 'persian-okrs.xlsx', [], ['تیم‌ها', 'اهداف', 'مشکلات', 'ذخیره شد'], ['Teams', 'Objectives', 'Issues', 'Saved']],
    ['the English example', 'marketing-okrs.xlsx', [], ['Teams', 'Objectives', 'Issues', 'Saved'], ['تیم‌ها']],
    [
      'the English example for a Hungarian user',
      'marketing-okrs.xlsx',
      ['--locale', 'hu_HU'],
      ['Csapatok', 'Célkitűzések', 'Problémák', 'Mentve'],
      ['Teams', 'Objectives'],
    ],
  ])('%s', { timeout: 60_000 }, (_what, example, extra, present, absent) => {
    const text = summaryOf(example, extra);
    for (const word of present) expect(text).toContain(word);
    for (const word of absent) expect(text).not.toMatch(new RegExp(`^${word}\\b`, 'm'));
    // No isolation marks reach the terminal.
    expect(text).not.toMatch(/[\u2066-\u2069]/);
  });

  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    it(`has every label in ${lang}, with the same placeholders`, () => {
      // Simple ({name}) and plural ({name, plural, …}) placeholders alike.
      const placeholders = (t: string) => [...new Set([...t.matchAll(/\{(\w+)(?:\}|,\s*plural)/g)].map((m) => m[1]))].sort();
      expect(Object.keys(CLI_LABELS[lang]).sort()).toEqual(Object.keys(CLI_LABELS.en).sort());
      for (const [key, text] of Object.entries(CLI_LABELS.en))
        expect(placeholders(CLI_LABELS[lang][key as keyof typeof CLI_LABELS.en]), `${lang} ${key}`).toEqual(placeholders(text));
    });
  }
});
