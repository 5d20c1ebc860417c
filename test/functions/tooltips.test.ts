// What a custom function's error shows in the cell's tooltip: the message in the user's words, never
// the line of dist/Code.js it was thrown from. Sheets shows a thrown Error as "message (line N).",
// which the local runtime models (local/runtime.ts); the built wrappers throw the message alone.
// One failing call per custom function of the bundle, on the built bundle, through a cell.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle } from '../../local/index';
// @ts-expect-error: the build script is plain JavaScript without type declarations.
import { readEntryPoints } from '../../scripts/build.mjs';

// A call of each custom function that fails as a whole (a single-cell problem or a shape error).
const FAILING: Record<string, [formula: string, message: RegExp]> = {
  OKR_SCORE: ['=OKR_SCORE("abc", 1, 1)', /start "abc" is not a number/],
  OKR_ROLLUP: ['=OKR_ROLLUP(A1:A2, B1:B3)', /weights has 3 cells but scores has 2/],
  OKR_BAND: ['=OKR_BAND("abc")', /score "abc" is not a number/],
  OKR_STATUS: ['=OKR_STATUS("abc", 0.5)', /score "abc" is not a number/],
  OKR_EXPECTED: ['=OKR_EXPECTED("abc", 1, 1)', /period_start "abc" is not a date/],
  OKR_QUARTER: ['=OKR_QUARTER(DATE(2026,1,1), "lunar")', /calendar "lunar"/],
  OKR_FORECAST: ['=OKR_FORECAST(A1:A2, B1:B3, DATE(2026,12,31))', /values has 2 cells but dates has 3/],
  OKR_NEEDED: ['=OKR_NEEDED("abc", 1, DATE(2026,11,1), DATE(2026,12,31))', /current "abc" is not a number/],
};

describe('custom-function error tooltips', () => {
  const customFunctions = (readEntryPoints() as { name: string; jsdoc: string }[]).filter((e) => e.jsdoc.includes('@customfunction')).map((e) => e.name);

  it('covers every custom function of the bundle', () => {
    expect(Object.keys(FAILING).sort()).toEqual([...customFunctions].sort());
  });

  for (const [name, [formula, message]] of Object.entries(FAILING)) {
    it(`${name}: the message only, no bundle line`, () => {
      const ss = createSpreadsheet('Tooltips');
      const rt = loadBundle('dist/Code.js', ss);
      const sheet = ss.getSheets()[0]!;
      sheet.getRange('A1:B3').setValues([
        [0.5, 1],
        [0.6, 1],
        ['', 1],
      ]);
      sheet.getRange('D1').setFormula(formula);
      expect(sheet.getRange('D1').getValue()).toBe('#ERROR!');
      const tooltip = rt.formulaError('D1') ?? '';
      expect(tooltip).toMatch(message);
      expect(tooltip).not.toMatch(/\(line \d+\)|Code\.js|at [A-Za-z_.]+ \(/);
    });
  }

  it('without the wrappers the tooltip would carry the bundle line (the runtime models Sheets there)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'okr-tooltips-'));
    const code = readFileSync('dist/Code.js', 'utf8').split('throw e instanceof Error ? e.message : e;').join('throw e;');
    writeFileSync(join(dir, 'Code.js'), code);
    copyFileSync('dist/appsscript.json', join(dir, 'appsscript.json'));
    const ss = createSpreadsheet('Tooltips');
    const rt = loadBundle(join(dir, 'Code.js'), ss);
    ss.getSheets()[0]!.getRange('D1').setFormula('=OKR_SCORE("abc", 1, 1)');
    expect(rt.formulaError('D1')).toMatch(/^start "abc" is not a number.* \(line [1-9]\d*\)\.$/);
  });
});
