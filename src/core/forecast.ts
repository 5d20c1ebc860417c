// Trend and forecast from check-ins: a least-squares straight line through (day, value) points,
// its value on a later day, and the pace a key result needs from now to reach its target.
import { daysBetween } from './calendar';
import type { IsoDate } from './model';

/** One check-in: the value recorded on a calendar day. */
export interface CheckInPoint {
  readonly date: IsoDate;
  readonly value: number;
}

/** A straight line through check-ins: `value = intercept + slopePerDay × (days since origin)`. */
export interface TrendLine {
  readonly origin: IsoDate;
  readonly intercept: number;
  /** Change per day, in the key result's own unit. */
  readonly slopePerDay: number;
  /** How many check-ins the line was fitted to. */
  readonly points: number;
}

export type TrendResult = { ok: true; line: TrendLine } | { ok: false; reason: 'too few check-ins' | 'one day only' };

/**
 * The ordinary least-squares line through the check-ins (minimises the sum of squared vertical
 * distances; slope = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)², x in days). Needs at least two check-ins on two
 * different days; otherwise `ok: false` with the reason (never a guessed flat line).
 * Shapes: any order of points; the origin is the earliest date.
 */
export function fitTrend(points: readonly CheckInPoint[]): TrendResult {
  if (points.length < 2) return { ok: false, reason: 'too few check-ins' };
  const origin = points.reduce((min, p) => (p.date < min ? p.date : min), points[0]!.date);
  const xs = points.map((p) => daysBetween(origin, p.date));
  const n = points.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = points.reduce((a, p) => a + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - meanX;
    sxx += dx * dx;
    sxy += dx * (points[i]!.value - meanY);
  }
  if (sxx === 0) return { ok: false, reason: 'one day only' };
  const slopePerDay = sxy / sxx;
  return { ok: true, line: { origin, intercept: meanY - slopePerDay * meanX, slopePerDay, points: n } };
}

/** The line's value on a day (before, inside or after the check-ins). */
export function valueOn(line: TrendLine, date: IsoDate): number {
  return line.intercept + line.slopePerDay * daysBetween(line.origin, date);
}

/**
 * The projected value on `end` from the least-squares line through the check-ins, or the reason
 * there is none. 10, 20, 30 on three weekly check-ins projects 50 two weeks after the last.
 */
export function forecastValue(points: readonly CheckInPoint[], end: IsoDate): { ok: true; value: number } | { ok: false; reason: string } {
  const fit = fitTrend(points);
  if (!fit.ok) return fit;
  return { ok: true, value: valueOn(fit.line, end) };
}

/**
 * The change per week needed from `asOf` to reach `target` by `due` (a straight line from the
 * current value): (target − current) / (days left / 7), in the key result's unit per week; negative
 * for a key result that must go down. `ok: false` when the due date is not after `asOf`.
 */
export function neededPerWeek(
  current: number,
  target: number,
  asOf: IsoDate,
  due: IsoDate,
): { ok: true; value: number } | { ok: false; reason: 'due date passed' } {
  const days = daysBetween(asOf, due);
  if (days <= 0) return { ok: false, reason: 'due date passed' };
  return { ok: true, value: ((target - current) * 7) / days };
}

/** The confidence trend: change per week of the least-squares line through confidence check-ins. */
export function trendPerWeek(points: readonly CheckInPoint[]): number | null {
  const fit = fitTrend(points);
  return fit.ok ? fit.line.slopePerDay * 7 : null;
}
