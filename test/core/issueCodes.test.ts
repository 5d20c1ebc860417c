// Every issue code the add-on can report is in the README's validation table with its severity:
// the codes are the catalogue's keys written in upper case that some source file other than the
// catalogue names (a key nothing reports is not an issue a user can meet).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n/messages';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const root = process.cwd();
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const table = readme.slice(readme.indexOf('## Validation'), readme.indexOf('\n## ', readme.indexOf('## Validation') + 5));
const code = sources(join(root, 'src'))
  .filter((p) => !p.endsWith(join('i18n', 'messages.ts')))
  .map((p) => readFileSync(p, 'utf8'))
  .join('\n');
const reported = Object.keys(MESSAGES.en).filter((k) => /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(k) && code.includes(`'${k}'`));

describe('the README validation table', () => {
  it('finds the codes it checks (the dates and periods among them)', () => {
    expect(reported).toEqual(
      expect.arrayContaining([
        'PERIOD_END_BEFORE_START',
        'PERIOD_EMPTY',
        'PERIOD_TOO_LONG',
        'DATE_IMPLAUSIBLE',
        'PERIOD_LABEL_ERROR',
        'DATE_READ_AS_SOLAR_HIJRI',
      ]),
    );
  });

  it.each(reported)('lists %s on a row with a severity', (c) => {
    const row = table.split('\n').find((line) => line.startsWith('|') && line.includes(`\`${c}\``));
    expect(row, `${c} is not in the README's validation table`).toBeDefined();
    expect(row).toMatch(/\| (error|warning|info) \|/);
  });
});
