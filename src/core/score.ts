// Key-result scores and roll-ups: the rules of DESIGN §5.
//
// increase / decrease: s = (c − a) / (t − a), one formula for both directions, capped into [0, 1]
// (the uncapped ratio shows over-achievement, 1.25, or a slide below the baseline, −0.25).
// at least / at most: 1 when met (the boundary counts as met), else 0. milestone: 1 when done; a
// counted milestone (target above 1) is progress toward the count. grade: the current value (0–1). Current blank: 0, and the row counts as "no check-in".
import type { Band, Colour, ColourRule, Commitment, IsoDate, KrType, PaceStatus, Period, Settings } from './model';

export type ScoreProblem = 'startEqualsTarget' | 'targetMissing' | 'startMissing' | 'currentMissing' | 'gradeOutOfRange';

export interface ValueScore {
  /** Capped into [0, 1]; null when the values cannot be scored. */
  score: number | null;
  /** The raw ratio; null when the values cannot be scored. */
  uncapped: number | null;
  problem?: ScoreProblem;
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/**
 * The type that the values imply when the Type cell is blank: the direction of target − start.
 * Null when start or target is missing (the type cannot be told from the values).
 */
export function inferType(start: number | null, target: number | null, current?: number | null): KrType | null {
  void current;
  if (start === null || target === null) return null;
  return target < start ? 'decrease' : 'increase';
}

/** The score of one key result from numbers. A blank current scores 0 ("no check-in"). */
export function scoreValues(start: number | null, target: number | null, current: number | null, type: KrType): ValueScore {
  switch (type) {
    case 'increase':
    case 'decrease': {
      if (target === null) return { score: null, uncapped: null, problem: 'targetMissing' };
      if (start === null) return { score: null, uncapped: null, problem: 'startMissing' };
      if (start === target) return { score: null, uncapped: null, problem: 'startEqualsTarget' };
      if (current === null) return { score: 0, uncapped: 0 };
      // + 0 turns −0 (no progress on a decrease) into 0.
      const uncapped = (current - start) / (target - start) + 0;
      return { score: clamp01(uncapped), uncapped };
    }
    case 'atLeast':
    case 'atMost': {
      if (target === null) return { score: null, uncapped: null, problem: 'targetMissing' };
      if (current === null) return { score: 0, uncapped: 0 };
      const met = type === 'atLeast' ? current >= target : current <= target;
      return { score: met ? 1 : 0, uncapped: met ? 1 : 0 };
    }
    case 'milestone': {
      if (target !== null && target > 1) {
        // A counted milestone ("sign 3 partners"): progress toward the count, from Start or 0.
        const from = start ?? 0;
        if (from === target) return { score: null, uncapped: null, problem: 'startEqualsTarget' };
        if (current === null) return { score: 0, uncapped: 0 };
        const uncapped = (current - from) / (target - from) + 0;
        return { score: clamp01(uncapped), uncapped };
      }
      const done = current !== null && current >= 1;
      return { score: done ? 1 : 0, uncapped: done ? 1 : 0 };
    }
    case 'grade': {
      if (current === null) return { score: 0, uncapped: 0 };
      // A grade is 0–1: 70 or 7 is not a grade to cap silently (70 %? 7 of 10?).
      if (current < 0 || current > 1) return { score: null, uncapped: null, problem: 'gradeOutOfRange' };
      return { score: clamp01(current), uncapped: current };
    }
  }
}

/** Weighted mean of the parts with a positive weight; null when there are none. */
export function weightedMean(parts: readonly { value: number; weight: number }[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const p of parts) {
    if (!(p.weight > 0) || !Number.isFinite(p.value)) continue;
    sum += p.value * p.weight;
    weights += p.weight;
  }
  if (weights === 0) return null;
  const mean = sum / weights;
  // Keep the mean inside its parts despite rounding (a roll-up never leaves the range of its parts).
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of parts) {
    if (!(p.weight > 0) || !Number.isFinite(p.value)) continue;
    if (p.value < lo) lo = p.value;
    if (p.value > hi) hi = p.value;
  }
  return Math.min(hi, Math.max(lo, mean));
}

/** The plain mean; null for no values. */
export function mean(values: readonly number[]): number | null {
  return weightedMean(values.map((value) => ({ value, weight: 1 })));
}

/** Red, yellow or green by the thresholds of the commitment (DESIGN §5; configurable). */
export function band(score: number, commitment: Commitment, settings: Pick<Settings, 'bands'>): Band {
  const t = settings.bands[commitment];
  // A tiny tolerance so that 0.7 computed as 0.69999999 still counts as green.
  if (score >= t.green - 1e-9) return 'green';
  if (score >= t.yellow - 1e-9) return 'yellow';
  return 'red';
}

/**
 * Which question the colours answer (README "Colours"): before the quarter ends, "are we on track?"
 * (pace); from its end date on, or when the quarter or the as-of date is unknown, "how did we do?"
 * (grade bands).
 */
export function colourRule(period: Period | null, asOf: IsoDate | null): ColourRule {
  return period !== null && asOf !== null && asOf < period.end ? 'pace' : 'grade';
}

const STATUS_COLOUR: Record<PaceStatus, Colour> = {
  done: 'green',
  onTrack: 'green',
  atRisk: 'yellow',
  offTrack: 'red',
  notStarted: 'grey',
};

/**
 * The one colour of a score: by pace status under the 'pace' rule (done and on track green, at risk
 * yellow, off track red, not started grey), by band under the 'grade' rule; null when there is
 * nothing to colour (no score, or an incomplete roll-up).
 */
export function colourOf(rule: ColourRule, band: Band | null, status: PaceStatus | null): Colour | null {
  if (rule === 'grade') return band;
  return status === null ? null : STATUS_COLOUR[status];
}
