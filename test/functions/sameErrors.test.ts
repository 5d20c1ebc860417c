// Found by an attack on issues 11, 12 and 15: custom functions gave a confident answer where the same
// input is an error elsewhere in the add-on. Through formulas on the built bundle in the local runtime.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle } from '../../local/index';
import { CODE_PATH } from '../server/fixtures';

function evaluate(formula: string, values: unknown[][] = [], locale = 'en_US', timeZone = 'UTC') {
  const ss = createSpreadsheet('A', { locale, timeZone });
  const sheet = ss.getSheets()[0]!;
  const rt = loadBundle(CODE_PATH, ss);
  if (values.length) sheet.getRange(1, 1, values.length, values[0]!.length).setValues(values as never);
  sheet.getRange('Z1').setFormula(formula);
  return { value: sheet.getRange('Z1').getValue(), error: rt.formulaError('Sheet1!Z1') };
}

describe('OKR_BAND and OKR_STATUS refuse a score outside 0–2 and an expected progress outside 0–1', () => {
  // OKR_ROLLUP refuses 70 ("a percentage point among fractions") and negatives; OKR_SCORE refuses a
  // grade of 70. OKR_BAND and OKR_STATUS take the same number and give a confident colour/status.
  it.each([
    ['=OKR_BAND(50)', 'green (0.5 is yellow)'],
    ['=OKR_BAND(70)', 'green'],
    ['=OKR_STATUS(70, 0.5)', 'done'],
    ['=OKR_STATUS(0.5, 54)', 'off track (expected 54 = 54 %?)'],
    ['=OKR_BAND(-0.5)', 'red'],
  ])('%s is an error, not %s', (formula) => {
    const { value, error } = evaluate(formula);
    expect(error, `got ${JSON.stringify(value)}`).not.toBeNull();
  });

  it('=OKR_BAND(OKR_ROLLUP(...)) and =OKR_BAND(A1) agree on what a score is: OKR_ROLLUP(50) is an error', () => {
    expect(evaluate('=OKR_ROLLUP(A1:A1)', [[50]]).error).toMatch(/outside 0 to 2/);
    const band = evaluate('=OKR_BAND(A1)', [[50]]);
    expect(band.error, `OKR_BAND got ${JSON.stringify(band.value)}`).not.toBeNull();
  });
});

describe('OKR_NEEDED and OKR_FORECAST refuse dates no plan can have', () => {
  // OKR_EXPECTED and OKR_QUARTER answer "cannot be a plan’s date" for a year 0999 or 2300 (issue 12
  // item 7, the sheet's DATE_IMPLAUSIBLE); the other two date-taking functions give a number.
  it.each([
    ['=OKR_NEEDED(0, 10, "0999-07-09", "2026-10-08")', []],
    ['=OKR_NEEDED(0, 10, "2026-10-01", "2300-10-08")', []],
    [
      '=OKR_FORECAST(B1:B2, A1:A2, "0999-01-01")',
      [
        ['2026-10-01', 10],
        ['2026-10-08', 20],
      ],
    ],
    [
      '=OKR_FORECAST(B1:B2, A1:A2, "2026-10-15")',
      [
        ['0999-10-01', 10],
        ['2026-10-08', 20],
      ],
    ],
  ] as const)('%s is an error', (formula, values) => {
    const { value, error } = evaluate(formula, values as unknown as unknown[][]);
    expect(String(error), `got ${JSON.stringify(value)}`).toMatch(/cannot be a plan’s date/);
  });
});

describe('OKR_QUARTER refuses a fiscal start month with another calendar', () => {
  // Issue 12 item 8's kind: a start month given and silently not used.
  it.each(['=OKR_QUARTER("2026-01-15", "jalali", 7)', '=OKR_QUARTER("2026-01-15", "gregorian", 7)'])('%s is an error, not a quarter', (formula) => {
    const { value, error } = evaluate(formula);
    expect(error, `got ${JSON.stringify(value)}`).not.toBeNull();
  });
});

describe('the same functions still answer in range', () => {
  it.each([
    ['=OKR_BAND(0.5)', 'yellow'],
    ['=OKR_BAND(1.25)', 'green'],
    ['=OKR_STATUS(0.5, 0.5)', 'on track'],
    ['=OKR_QUARTER("2026-01-15", "fiscal", 7)', 'FY2026-Q3'],
    ['=OKR_QUARTER("2026-01-15", "", 7)', 'FY2026-Q3'],
    ['=OKR_NEEDED(0, 10, "2026-10-01", "2026-10-15")', 5],
  ] as const)('%s → %s', (formula, expected) => {
    const { value, error } = evaluate(formula);
    expect(error).toBeNull();
    expect(value).toBe(expected);
  });
});
