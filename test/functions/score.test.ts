// OKR_SCORE and OKR_ROLLUP called on the built bundle, with arguments shaped as Sheets passes them:
// a cell's value, or a 2-D array for a range; "" for blanks; Dates; percentages as fractions.
import { describe, expect, it } from 'vitest';
import { loadBundleInVm } from '../support/bundle';

const gas = loadBundleInVm();
const OKR_SCORE = gas.OKR_SCORE as (...args: unknown[]) => any;
const OKR_ROLLUP = gas.OKR_ROLLUP as (...args: unknown[]) => any;

describe('OKR_SCORE on single values', () => {
  it('scores an increase from 0 to 100 at 50 as 0.5', () => {
    expect(OKR_SCORE(0, 100, 50)).toBe(0.5);
  });

  it('scores a decreasing key result 100 → 60 at 80 as 0.5, and at 50 as 1 (uncapped 1.25)', () => {
    expect(OKR_SCORE(100, 60, 80)).toBeCloseTo(0.5, 12);
    expect(OKR_SCORE(100, 60, 50)).toBe(1);
    expect(OKR_SCORE(100, 60, 50, '', false)).toBeCloseTo(1.25, 12);
  });

  it('scores churn cut from 8 % towards 5 % at 6 % as 2/3, as fractions or typed text', () => {
    expect(OKR_SCORE(0.08, 0.05, 0.06)).toBeCloseTo(2 / 3, 12);
    expect(OKR_SCORE('8%', '5%', '6%')).toBeCloseTo(2 / 3, 12);
  });

  it('scores 1,500 → 10,000 at 3,000 as about 0.1765, from numbers or typed text', () => {
    expect(OKR_SCORE(1500, 10000, 3000)).toBeCloseTo(0.17647, 4);
    expect(OKR_SCORE('1,500', '10,000', '3,000')).toBeCloseTo(0.17647, 4);
    expect(OKR_SCORE('١٬٥٠٠', '۱۰٬۰۰۰', '3000')).toBeCloseTo(0.17647, 4);
  });

  it('scores three of six features launched as 0.5', () => {
    expect(OKR_SCORE(0, 6, 3)).toBe(0.5);
  });

  it('caps into [0, 1] by default and returns the raw ratio with capped FALSE', () => {
    expect(OKR_SCORE(0, 100, 130)).toBe(1);
    expect(OKR_SCORE(0, 100, 130, 'increase', false)).toBeCloseTo(1.3, 12);
    expect(OKR_SCORE(20, 100, 0)).toBe(0);
    expect(OKR_SCORE(20, 100, 0, '', false)).toBeCloseTo(-0.25, 12);
  });

  it('scores at least and at most as met or not, the boundary counting as met', () => {
    expect(OKR_SCORE(0, 95, 95, 'at least')).toBe(1);
    expect(OKR_SCORE(0, 95, 94.9, 'at least')).toBe(0);
    expect(OKR_SCORE(0, 2, 2, 'at most')).toBe(1);
    expect(OKR_SCORE(0, 2, 2.1, 'at most')).toBe(0);
  });

  it('scores milestones done (TRUE, done, ✓, localized words) as 1 and otherwise 0', () => {
    for (const done of [true, 1, 'done', 'Yes', '✓', 'انجام شد', 'kész']) {
      expect(OKR_SCORE(0, 1, done, 'milestone'), String(done)).toBe(1);
    }
    for (const notDone of [false, 0, '', 'no']) {
      expect(OKR_SCORE(0, 1, notDone, 'milestone'), String(notDone)).toBe(0);
    }
  });

  it('reads a grade as the score itself', () => {
    expect(OKR_SCORE('', '', 0.7, 'grade')).toBeCloseTo(0.7, 12);
  });

  // Found at the end of the last attack: a grade of 70 beside 0 and 1 said "not on one scale (0.18
  // or 18?)"; it is a grade out of its range, as the sheet reader says (KR_GRADE_OUT_OF_RANGE).
  it.each([70, 7, -0.5])('a grade of %s beside a Start of 0 and a Target of 1 is out of its range', (current) => {
    expect(() => OKR_SCORE(0, 1, current, 'grade')).toThrow(/a grade is from 0 to 1/);
  });

  it('accepts localized type words', () => {
    expect(OKR_SCORE(100, 60, 80, 'کاهش')).toBeCloseTo(0.5, 12);
    expect(OKR_SCORE(0, 10, 5, 'növekedés')).toBeCloseTo(0.5, 12);
  });

  it('gives 0 for a blank current and "" for an empty row', () => {
    expect(OKR_SCORE(0, 100, '')).toBe(0);
    expect(OKR_SCORE('', '', '')).toBe('');
  });

  // Found by an attack on issue 11: the sheet's reader counts a key result with a text and no
  // numbers as a milestone not done (0); its Score cell was blank, so OKR_ROLLUP over the column
  // skipped it and said done.
  it.each([
    ['a text and no numbers', '', 'Launch the pricing page', 0],
    ['a text, Type milestone, no numbers', 'milestone', 'Launch the pricing page', 0],
    ['no text and no numbers (a blank row)', '', '', ''],
  ] as const)('%s → %j, as the sheet reads it', (_name, type, text, expected) => {
    expect(OKR_SCORE('', '', '', type, true, '', text)).toBe(expected);
  });
  it('a text with Type increase and no numbers is an error, as in the sheet', () => {
    expect(() => OKR_SCORE('', '', '', 'increase', true, '', 'Grow sign-ups')).toThrow(/#OKR!|target/);
  });

  it('throws a clear message (#ERROR! in the cell) when start equals target', () => {
    expect(() => OKR_SCORE(5, 5, 5)).toThrow(/start equals target/);
  });

  it('throws a clear message for a Sheets error value or ambiguous text', () => {
    expect(() => OKR_SCORE(0, '#N/A', 5)).toThrow(/target is the error "#N\/A"/);
    expect(() => OKR_SCORE(0, '$500K', 5)).toThrow(/target "\$500K" cannot be read for sure as one number/);
    expect(() => OKR_SCORE(0, 'about 20', 5)).toThrow(/target "about 20" (is not a number|cannot be read for sure)/);
    expect(() => OKR_SCORE(0, 10, 5, 'sideways')).toThrow(/unknown type "sideways"/);
  });

  it('does not take a Date as a number', () => {
    expect(() => OKR_SCORE(0, new Date(Date.UTC(2026, 0, 1)), 5)).toThrow(/target/);
  });
});

describe('OKR_SCORE over ranges', () => {
  it('treats a 1×1 range like the value it holds', () => {
    expect(OKR_SCORE([[0]], [[100]], [[50]])).toEqual([[0.5]]);
  });

  it('scores a column row by row, with "" for empty rows and #OKR! text for bad ones', () => {
    const start = [[0], [100], [''], [5], [0]];
    const target = [[100], [60], [''], [5], ['#REF!']];
    const current = [[50], [80], [''], [5], [3]];
    const result = OKR_SCORE(start, target, current);
    expect(result).toHaveLength(5);
    expect(result[0][0]).toBe(0.5);
    expect(result[1][0]).toBeCloseTo(0.5, 12);
    expect(result[2][0]).toBe('');
    expect(result[3][0]).toMatch(/^#OKR! start equals target/);
    expect(result[4][0]).toMatch(/^#OKR! target is the error "#REF!"/);
  });

  it('scores a row of cells the same way', () => {
    expect(OKR_SCORE([[0, 0, 10]], [[10, 4, 0]], [[5, 1, 5]])).toEqual([[0.5, 0.25, 0.5]]);
  });

  it('uses a single value for every cell of a range', () => {
    expect(OKR_SCORE(0, [[10], [20]], 5)).toEqual([[0.5], [0.25]]);
    expect(OKR_SCORE([[0], [0]], [[10], [20]], [[5], [5]], 'increase', false)).toEqual([[0.5], [0.25]]);
  });

  it('applies a Type column cell by cell', () => {
    const result = OKR_SCORE([[0], [0]], [[95], [10]], [[96], [5]], [['at least'], ['']]);
    expect(result).toEqual([[1], [0.5]]);
  });

  it('refuses ranges of different shapes with a clear error', () => {
    expect(() => OKR_SCORE([[0], [0]], [[10], [10], [10]], [[5], [5]])).toThrow(/target is 3×1 but start is 2×1/);
  });

  it('scores 10,000 rows in one call', () => {
    const n = 10_000;
    const col = (f: (i: number) => unknown) => Array.from({ length: n }, (_, i) => [f(i)]);
    const result = OKR_SCORE(
      col(() => 0),
      col(() => 100),
      col((i) => i % 101),
    );
    expect(result).toHaveLength(n);
    expect(result[50][0]).toBe(0.5);
  });
});

describe('OKR_ROLLUP', () => {
  it('weights 2 and 1 on scores 1.0 and 0.4 give 0.8', () => {
    expect(OKR_ROLLUP([[1], [0.4]], [[2], [1]])).toBeCloseTo(0.8, 12);
  });

  it('takes the plain mean without weights, skipping blanks; an #OKR! row is an error unless skip_errors is TRUE', () => {
    expect(OKR_ROLLUP([[1], [''], [0.5]])).toBeCloseTo(0.75, 12);
    expect(() => OKR_ROLLUP([[1], [''], [0.5], ['#OKR! start equals target']])).toThrow(/1 of 3 scores could not be computed/);
    expect(OKR_ROLLUP([[1], [''], [0.5], ['#OKR! start equals target']], '', true)).toBeCloseTo(0.75, 12);
  });

  it('leaves out rows with weight 0 and returns "" when nothing is left', () => {
    expect(OKR_ROLLUP([[1], [0]], [[1], [0]])).toBe(1);
    expect(OKR_ROLLUP([[1], [0]], [[0], [0]])).toBe('');
    expect(OKR_ROLLUP([[''], ['']])).toBe('');
  });

  it('rolls up the result of OKR_SCORE (a nested formula)', () => {
    const scores = OKR_SCORE([[0], [100], [0]], [[10], [60], [1]], [[5], [60], [true]], [[''], [''], ['milestone']]);
    expect(OKR_ROLLUP(scores)).toBeCloseTo((0.5 + 1 + 1) / 3, 12);
  });

  it('refuses a negative weight and mismatched shapes', () => {
    expect(() => OKR_ROLLUP([[1]], [[-1]])).toThrow(/weight "-1"/);
    expect(() => OKR_ROLLUP([[1], [1]], [[1]])).toThrow(/same shape/);
  });
});

describe('a counted milestone whose count is text', () => {
  it('OKR_SCORE("", "3 partners", 2, "milestone") is the cell’s error, never done (attack on issue 11, A2)', () => {
    const gas = loadBundleInVm();
    expect(() => (gas.OKR_SCORE as (...a: unknown[]) => unknown)('', '3 partners', 2, 'milestone')).toThrow(/target/);
    expect((gas.OKR_SCORE as (...a: unknown[]) => unknown)('', 'Done', 1, 'milestone')).toBe(1);
    expect((gas.OKR_SCORE as (...a: unknown[]) => unknown)(0, 3, 2, 'milestone')).toBeCloseTo(2 / 3, 10);
  });
});
