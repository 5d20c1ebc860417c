// An error value in one input cell of one key result must cost that row its score and nothing
// else, whichever way Sheets hands error values to a custom function (issue 15, item 2): the runtime
// models both (`errorArguments`: passed as text, or propagated without calling the function), and
// the Score formula the refresh writes is tested over a whole column in each.
import { describe, expect, it } from 'vitest';
import { newBook, templateSheet } from '../server/fixtures';

// Columns of the template: Type H (8), Start I (9), Target J (10), Current K (11), Unit L (12), Score P (16).
const INPUTS = [
  ['Start', 9],
  ['Target', 10],
  ['Current', 11],
  ['Type', 8],
  ['Unit', 12],
] as const;
const ERRORS = ['=NA()', '=1/0', '=1+"x"', '=#REF!'];

function book(mode: 'pass' | 'propagate') {
  const { ss, rt } = newBook();
  ss.errorArguments = mode;
  const rows = [0, 1, 2, 3].map((i) => ['A', i === 0 ? 'O1' : '', i === 0 ? 'Grow' : '', '', '', `Key result ${i + 1}`, 'Ana', '', 0, 10, 2 * (i + 1), '']);
  const sheet = templateSheet(ss, 'OKRs', 'Q4 2026', '2026-10-01', '2026-12-31', rows);
  return { ss, rt, sheet };
}

describe('one error value in an input cell costs only its own row its score', () => {
  for (const mode of ['pass', 'propagate'] as const)
    for (const [column, col] of INPUTS)
      for (const error of ERRORS)
        it(`${mode}: ${error} in ${column} of the second key result`, () => {
          const { rt, sheet } = book(mode);
          sheet.getRange(8, col).setFormula(error);
          rt.call('refreshProgress');
          const scores = sheet
            .getRange(7, 16, 4, 1)
            .getValues()
            .map((r) => r[0]);
          expect(scores[0]).toBeCloseTo(0.2, 9);
          expect(String(scores[1])).toMatch(/^#OKR! /);
          expect(String(scores[1])).toContain(`${column.toLowerCase()} holds an error value`);
          expect(scores[2]).toBeCloseTo(0.6, 9);
          expect(scores[3]).toBeCloseTo(0.8, 9);
        });

  it('scores the row again once the error is gone, without another refresh', () => {
    const { rt, sheet } = book('propagate');
    sheet.getRange('K8').setFormula('=NA()');
    rt.call('refreshProgress');
    expect(String(sheet.getRange('P8').getValue())).toMatch(/^#OKR! /);
    sheet.getRange('K8').setValue(5);
    expect(sheet.getRange('P8').getValue()).toBeCloseTo(0.5, 9);
    expect(sheet.getRange('P7').getValue()).toBeCloseTo(0.2, 9);
  });
});
