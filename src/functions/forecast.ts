// =OKR_FORECAST and =OKR_NEEDED: trend and pace from check-ins (core/forecast.ts).
import { forecastValue, neededPerWeek, type CheckInPoint } from '../core';
import type { CellValue } from '../core/model';
import { callError, problem, newCall, numberArgument, dateArgument, flatten, isBlank, overCells, planDateOrProblem, planDayOrProblem, quote } from './cells';

function numberOrProblem(name: string, value: CellValue): number {
  const parsed = numberArgument(value);
  if (parsed.ok) return parsed.value;
  throw problem('notNumber', { name, value: quote(value) });
}

// A date no plan can have (year 0999, read as Solar Hijri 999) is an error, as in OKR_EXPECTED and
// OKR_QUARTER: never a projection over four centuries (found by an attack on issue 12).
const dateOrProblem = planDateOrProblem;

function checkIns(values: unknown, dates: unknown): CheckInPoint[] {
  const vs = flatten(values);
  const ds = flatten(dates);
  if (vs.length !== ds.length) throw callError('forecastShape', { values: vs.length, dates: ds.length });
  const points: CheckInPoint[] = [];
  for (let i = 0; i < vs.length; i++) {
    const v = vs[i]!;
    const d = ds[i]!;
    if (isBlank(v) && isBlank(d)) continue;
    if (isBlank(v)) throw callError('forecastNoValue', { value: quote(d) });
    if (isBlank(d)) throw callError('forecastNoDate', { value: quote(v) });
    const value = numberArgument(v);
    if (!value.ok) throw callError('forecastNotNumber', { value: quote(v) });
    const date = dateArgument(d);
    if (!date.ok) throw callError('forecastNotDate', { value: quote(d) });
    points.push({ date: planDayOrProblem('dates', d, date.value), value: value.value });
  }
  return points;
}

/**
 * The value a key result is projected to reach on a date: the least-squares straight line through
 * its check-ins (value against day), read at end_date. Blank pairs are skipped; at least two
 * check-ins on different days are needed.
 *
 * =OKR_FORECAST(C2:C4, B2:B4, "2026-10-29") → 50 for 10, 20, 30 on Oct 1, 8, 15
 *
 * @param {Array<Array<number>>} values The checked-in values (e.g. a column of the OKR history tab).
 * @param {Array<Array<date>>} dates The date of each value, same number of cells.
 * @param {date|Array<Array<date>>} end_date The date to project to (the due date); a range gives one projection per date.
 * @return {number|Array<Array<number>>} The projected value, in the values' unit.
 * @customfunction
 */
export function OKR_FORECAST(values: unknown, dates: unknown, end_date: unknown): unknown {
  newCall();
  const points = checkIns(values, dates);
  return overCells('OKR_FORECAST', [['end_date', end_date]], (end) => {
    if (isBlank(end)) return '';
    const projected = forecastValue(points, dateOrProblem('end_date', end));
    if (!projected.ok) throw problem(projected.reason === 'one day only' ? 'forecastOneDay' : 'forecastTooFew');
    return projected.value;
  });
}

/**
 * The change per week a key result needs from as_of to reach its target by its due date:
 * (target − current) ÷ weeks left. Negative when the value must go down.
 *
 * =OKR_NEEDED(20, 80, "2026-10-01", "2026-12-24") → 5 (60 in 12 weeks)
 * =OKR_NEEDED(K7:K40, J7:J40, $B$4, N7:N40)
 *
 * @param {number|Array<Array<number>>} current The current value.
 * @param {number|Array<Array<number>>} target The target value.
 * @param {date|Array<Array<date>>} as_of The date of the current value (the template's As of cell).
 * @param {date|Array<Array<date>>} due The due date (the quarter's last day or the key result's own).
 * @return {number|Array<Array<number>>} The change needed per week, in the key result's unit.
 * @customfunction
 */
export function OKR_NEEDED(current: unknown, target: unknown, as_of: unknown, due: unknown): unknown {
  return overCells(
    'OKR_NEEDED',
    [
      ['current', current],
      ['target', target],
      ['as_of', as_of],
      ['due', due],
    ],
    (c, t, at, d) => {
      if (isBlank(c) && isBlank(t)) return '';
      const needed = neededPerWeek(numberOrProblem('current', c), numberOrProblem('target', t), dateOrProblem('as_of', at), dateOrProblem('due', d));
      if (!needed.ok) throw problem('dueNotAfter', { due: quote(d), asOf: quote(at) });
      return needed.value;
    },
  );
}
