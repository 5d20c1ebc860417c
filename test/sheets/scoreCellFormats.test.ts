// The Score cell (live =OKR_SCORE, fed TO_TEXT of its inputs) and the tabs agree in every locale and
// for percent formats with literal text, a currency sign or an accounting negative (found by an attack
// on issue 11): TO_TEXT is read in the spreadsheet's separators (core/scale.ts formatOfShown), and the
// runtime shows these formats as Sheets does (local/numberFormat.ts).
import { describe, expect, it } from 'vitest';
import { displayText } from '../../local/numberFormat';
import { newBook, q4Sheet } from '../server/fixtures';
import { loadBundleInVm } from '../support/bundle';

type Typed = number | string;
function run(start: Typed, target: Typed, current: Typed, formats: Record<string, string>, locale: string) {
  const { ss, rt } = newBook({ locale });
  const sheet = q4Sheet(ss, [
    ['A', 'O1', 'Run a better support desk', '', '', 'Keep tickets handled on time', 'Ana', '', start, target, current, ''],
    ['A', '', '', '', '', 'Grow trials from 10 to 20', 'Bo', '', 10, 20, 15, ''],
  ]);
  for (const [a1, f] of Object.entries(formats)) sheet.getRange(a1).setNumberFormat(f);
  const summary: any = rt.call('refreshProgress');
  const k = summary.objectives[0].keyResults.find((x: any) => x.row === 7);
  const mixed = summary.issues.some((i: any) => i.code === 'KR_MIXED_SCALE' && /7$/.test(i.cell));
  return { tab: k.score, mixed, cell: sheet.getRange('P7').getValue(), shown: sheet.getRange('J7').getDisplayValue() };
}

describe('Score cell vs tabs: a percent-formatted Target between 100 and 110 (tabs: KR_MIXED_SCALE)', () => {
  it.each([
    // hu_HU: TO_TEXT shows "12,345%" (it was read as ambiguous typed text: a confident 0 %).
    ['hu_HU, 0.000%', 'hu_HU', 0.12345, '0.000%'],
    // de_DE: a thousands point, "1.235%".
    ['de_DE, #,##0%', 'de_DE', 12.345, '#,##0%'],
    ['de_DE, #,##0.0%', 'de_DE', 12.345, '#,##0.0%'],
    // A currency sign in a percent format: "$20.00%".
    ['en_US, $0.00%', 'en_US', 0.2, '$0.00%'],
    // Literal text with digits of its own (found by a re-attack): only the number beside the % is read.
    ['en_US, 0%" by Q4"', 'en_US', 0.2, '0%" by Q4"'],
    ['en_US, 0%" (+5 pts)"', 'en_US', 0.2, '0%" (+5 pts)"'],
    ['hu_HU, 0%" in 2026"', 'hu_HU', 0.2, '0%" in 2026"'],
  ])('%s', (_name, locale, target, format) => {
    const r = run(100, target, 110, { J7: format }, locale);
    expect(r.mixed).toBe(true);
    expect(r.tab).toBeNull();
    // What the Score cell should say, as the tabs do:
    expect(String(r.cell)).toMatch(/^#OKR! /);
  });
});

describe('OKR_SCORE given what Sheets shows for formats with literal text or an accounting negative', () => {
  const gas = loadBundleInVm();
  const OKR_SCORE = gas.OKR_SCORE as (...args: unknown[]) => unknown;
  const outcome = (fn: () => unknown) => {
    try {
      return fn();
    } catch (err) {
      return `error: ${typeof err === 'string' ? err : (err as Error).message}`;
    }
  };
  it.each([
    // Sheets shows 0.2 in '0%" done"' as "20% done", in '"≥ "0%' as "≥ 20%", and -0.2 in '0%;(0%)' as "(20%)".
    ['0%" done"', 0.2, '20% done'],
    ['"≥ "0%', 0.2, '≥ 20%'],
    ['0%;(0%)', -0.2, '(20%)'],
  ])('a Target in %s shown %s: the tabs say KR_MIXED_SCALE, the Score cell must not score it', (format, target, shownTarget) => {
    const r = run(100, target, 110, { J7: format }, 'en_US');
    expect(r.mixed).toBe(true); // the tabs: an error naming the cells
    expect(String(outcome(() => OKR_SCORE(100, target, 110, '', true, '', 'Keep tickets handled on time', '100', shownTarget, '110')))).toMatch(/^error: /);
  });
});

describe('local runtime: TO_TEXT / display text of custom percent formats (what the Score formula is fed)', () => {
  it.each([
    [0.2, '0%" done"', '20% done'],
    [0.2, '"to "0%', 'to 20%'],
    [-0.2, '0%;(0%)', '(20%)'],
    [0.2, '0 %', '20 %'],
    [20, '0"%"', '20%'],
  ])('%s in %s shows %s', (value, format, expected) => {
    expect(displayText(value, format, 'UTC', false, 'en_US')).toBe(expected);
  });
});

describe('Score cell vs tabs: a % that is literal text of the format is not a percentage', () => {
  it.each([
    // [format of Start, Target and Current, locale]: 10 → 20 at 15 is half way on either reading.
    ['0"%"', 'en_US'],
    ['0\\%', 'en_US'],
    ['0.0"%"', 'hu_HU'],
    ['0%', 'en_US'],
    ['0,0%', 'de_DE'],
  ])('%s in %s: both score 50 %', (format, locale) => {
    const { ss, rt } = newBook({ locale });
    const sheet = q4Sheet(ss, [['A', 'O1', 'Grow', '', '', 'Grow trials from 10 to 20', 'Bo', '', 10, 20, 15, '']]);
    sheet.getRange('I7:K7').setNumberFormat(format);
    const summary: any = rt.call('refreshProgress');
    expect(summary.objectives[0].keyResults[0].score).toBeCloseTo(0.5, 9);
    expect(sheet.getRange('P7').getValue()).toBeCloseTo(0.5, 9);
  });
});
