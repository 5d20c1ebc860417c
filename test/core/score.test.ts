// The scoring rules of DESIGN §5, as the README states them.
import { describe, expect, it } from 'vitest';
import { band, inferType, paceStatus, scoreValues, weightedMean } from '../../src/core';
import { DEFAULT_SETTINGS } from '../../src/core/model';

describe('key-result score', () => {
  it('a decrease from 100 to 60 scores 0.5 at 80 and 1 at 50, uncapped 1.25', () => {
    expect(scoreValues(100, 60, 80, 'decrease').score).toBeCloseTo(0.5, 12);
    const over = scoreValues(100, 60, 50, 'decrease');
    expect(over.score).toBe(1);
    expect(over.uncapped).toBeCloseTo(1.25, 12);
  });

  it('churn cut from 8 % to 5 % scores 2/3 at 6 %', () => {
    expect(scoreValues(0.08, 0.05, 0.06, 'decrease').score).toBeCloseTo(2 / 3, 12);
  });

  it('1,500 → 10,000 scores about 0.1765 at 3,000', () => {
    expect(scoreValues(1500, 10000, 3000, 'increase').score).toBeCloseTo(0.17647, 4);
  });

  it('six features with three launched (0 → 6 at 3) scores 0.5', () => {
    expect(scoreValues(0, 6, 3, 'increase').score).toBe(0.5);
  });

  it('below the baseline is 0 capped and negative uncapped', () => {
    const r = scoreValues(20, 100, 0, 'increase');
    expect(r.score).toBe(0);
    expect(r.uncapped).toBeCloseTo(-0.25, 12);
  });

  it('a blank current scores 0 (no progress shown yet)', () => {
    expect(scoreValues(0, 10, null, 'increase')).toEqual({ score: 0, uncapped: 0 });
  });

  it('start equal to target cannot be scored', () => {
    expect(scoreValues(5, 5, 5, 'increase')).toEqual({ score: null, uncapped: null, problem: 'startEqualsTarget' });
  });

  it('at least and at most count the boundary as met', () => {
    expect(scoreValues(null, 95, 95, 'atLeast').score).toBe(1);
    expect(scoreValues(null, 95, 94.9, 'atLeast').score).toBe(0);
    expect(scoreValues(null, 2, 2, 'atMost').score).toBe(1);
    expect(scoreValues(null, 2, 2.5, 'atMost').score).toBe(0);
  });

  it('a milestone is 1 when done, and a grade is the current value', () => {
    expect(scoreValues(null, null, 1, 'milestone').score).toBe(1);
    expect(scoreValues(null, null, 0, 'milestone').score).toBe(0);
    expect(scoreValues(null, null, 0.7, 'grade').score).toBe(0.7);
    expect(scoreValues(null, null, 1.2, 'grade')).toEqual({ score: null, uncapped: null, problem: 'gradeOutOfRange' });
  });

  it('a blank type is inferred from the direction of target − start', () => {
    expect(inferType(0, 10, 5)).toBe('increase');
    expect(inferType(10, 0, 5)).toBe('decrease');
    expect(inferType(null, 10, 5)).toBeNull();
  });
});

describe('roll-ups and bands', () => {
  it('weights 2 and 1 on scores 1.0 and 0.4 give 0.8', () => {
    expect(
      weightedMean([
        { value: 1, weight: 2 },
        { value: 0.4, weight: 1 },
      ]),
    ).toBeCloseTo(0.8, 12);
  });

  it('weight 0 is excluded, and all weights 0 give no score', () => {
    expect(
      weightedMean([
        { value: 1, weight: 0 },
        { value: 0.4, weight: 1 },
      ]),
    ).toBeCloseTo(0.4, 12);
    expect(weightedMean([{ value: 1, weight: 0 }])).toBeNull();
  });

  it('aspirational bands: red < 0.4 ≤ yellow < 0.7 ≤ green; committed: red < 0.7 ≤ yellow < 1 ≤ green', () => {
    expect([0.39, 0.4, 0.69, 0.7].map((s) => band(s, 'aspirational', DEFAULT_SETTINGS))).toEqual(['red', 'yellow', 'yellow', 'green']);
    expect([0.69, 0.7, 0.99, 1].map((s) => band(s, 'committed', DEFAULT_SETTINGS))).toEqual(['red', 'yellow', 'yellow', 'green']);
  });

  it('pace: done, on track within 0.15, at risk within 0.30, off track, not started', () => {
    const t = DEFAULT_SETTINGS.tolerances;
    expect(paceStatus(1, 0.5, true, t)).toBe('done');
    expect(paceStatus(0.35, 0.5, true, t)).toBe('onTrack');
    expect(paceStatus(0.3, 0.5, true, t)).toBe('atRisk');
    expect(paceStatus(0.2, 0.5, true, t)).toBe('atRisk');
    expect(paceStatus(0.19, 0.5, true, t)).toBe('offTrack');
    expect(paceStatus(0, 0.5, false, t)).toBe('notStarted');
    expect(paceStatus(0.3, 0.5, true, { onTrack: 0.25, atRisk: 0.4 })).toBe('onTrack');
  });
});
