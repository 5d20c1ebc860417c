import { describe, expect, it } from 'vitest';
import { loadBundleInVm } from '../support/bundle';

const gas = loadBundleInVm();
const call = (name: string, ...args: unknown[]) => (gas[name] as (...a: unknown[]) => any)(...args);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const column = (...xs: unknown[]) => xs.map((x) => [x]);

// Hand-computed least-squares vectors: [values, dates, end date, projected value].
const FORECASTS: [number[], string[], string, number][] = [
  // The example: +10 a week, two weeks after the last check-in.
  [[10, 20, 30], ['2026-10-01', '2026-10-08', '2026-10-15'], '2026-10-29', 50],
  // Scattered points: x = 0, 7, 14, 21 days; y = 1, 3, 2, 6. x̄ = 10.5, ȳ = 3,
  // Σ(x−x̄)(y−ȳ) = (−10.5)(−2) + (−3.5)(0) + (3.5)(−1) + (10.5)(3) = 49, Σ(x−x̄)² = 245,
  // slope = 0.2 a day, intercept = 3 − 0.2 × 10.5 = 0.9; at day 28: 0.9 + 5.6 = 6.5.
  [[1, 3, 2, 6], ['2026-10-01', '2026-10-08', '2026-10-15', '2026-10-22'], '2026-10-29', 6.5],
  // A key result that goes down: 100, 90 a week apart projects 60 three weeks later.
  [[100, 90], ['2026-10-01', '2026-10-08'], '2026-10-29', 60],
  // Order does not matter; the projection inside the range is the line's value.
  [[30, 10, 20], ['2026-10-15', '2026-10-01', '2026-10-08'], '2026-10-04', 10 + (3 * 10) / 7],
];

describe('OKR_FORECAST', () => {
  it.each(FORECASTS)('%j on %j projects to %s', (values, dates, end, expected) => {
    expect(call('OKR_FORECAST', column(...values), column(...dates.map(day)), day(end))).toBeCloseTo(expected, 10);
  });

  it('skips blank pairs and gives one projection per end date', () => {
    const result = call(
      'OKR_FORECAST',
      column(10, '', 20, 30),
      column(day('2026-10-01'), '', day('2026-10-08'), day('2026-10-15')),
      column(day('2026-10-22'), day('2026-10-29')),
    );
    expect(result[0][0]).toBeCloseTo(40, 10);
    expect(result[1][0]).toBeCloseTo(50, 10);
  });

  it('refuses one check-in, or several on one day, instead of guessing a flat line', () => {
    expect(() => call('OKR_FORECAST', column(10), column(day('2026-10-01')), day('2026-10-29'))).toThrow(/at least two different days/);
    expect(() => call('OKR_FORECAST', column(10, 20), column(day('2026-10-01'), day('2026-10-01')), day('2026-10-29'))).toThrow(/at least two different days/);
  });

  it('names a value without a date, a non-number and mismatched ranges', () => {
    expect(() => call('OKR_FORECAST', column(10, 20), column(day('2026-10-01'), ''), day('2026-10-29'))).toThrow(/"20" has no date/);
    expect(() => call('OKR_FORECAST', column(10, 'lots'), column(day('2026-10-01'), day('2026-10-08')), day('2026-10-29'))).toThrow(/"lots" is not a number/);
    expect(() => call('OKR_FORECAST', column(10, 20), column(day('2026-10-01')), day('2026-10-29'))).toThrow(/one date per value/);
  });
});

describe('OKR_NEEDED', () => {
  // [current, target, as of, due, per week]
  const NEEDED: [number, number, string, string, number][] = [
    [20, 80, '2026-10-01', '2026-12-24', 5],
    [30, 30, '2026-10-01', '2026-10-29', 0],
    [100, 60, '2026-10-01', '2026-10-29', -10],
    [0, 1, '2026-10-01', '2026-10-04', 7 / 3],
  ];
  it.each(NEEDED)('from %d to %d between %s and %s: %d a week', (current, target, asOf, due, expected) => {
    expect(call('OKR_NEEDED', current, target, day(asOf), day(due))).toBeCloseTo(expected, 10);
  });

  it('works row by row over ranges, with a problem in its own row', () => {
    const result = call('OKR_NEEDED', column(20, 5), column(80, 'x'), day('2026-10-01'), column(day('2026-12-24'), day('2026-12-24')));
    expect(result[0][0]).toBeCloseTo(5, 10);
    expect(result[1][0]).toMatch(/^#OKR! target "x" is not a number/);
  });

  it('refuses a due date that is not after as_of', () => {
    expect(() => call('OKR_NEEDED', 20, 80, day('2026-12-24'), day('2026-12-24'))).toThrow(/is not after as_of/);
  });
});
