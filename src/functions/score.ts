// =OKR_SCORE and =OKR_ROLLUP: thin, array-aware wrappers over the engine's scoring rules.
import { inferType, isDoneWord, parseKrType, parseNumber, scoreValues, weightedMean } from '../core';
import type { CellValue, KrType } from '../core/model';
import { CellProblem, ERROR_PREFIX, flatten, isBlank, overCells, quote } from './cells';

function numberOrProblem(name: string, value: CellValue): number | null {
  if (isBlank(value)) return null;
  const parsed = parseNumber(value);
  if (parsed.ok) return parsed.value;
  if (parsed.reason === 'error') throw new CellProblem(`${name} is the error ${quote(value)}`);
  throw new CellProblem(`${name} ${quote(value)} is not a number`);
}

function booleanOption(name: string, value: CellValue, fallback: boolean): boolean {
  if (isBlank(value)) return fallback;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  const text = String(value).trim().toLowerCase();
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw new CellProblem(`${name} must be TRUE or FALSE, not ${quote(value)}`);
}

/** One key result's score from one row of inputs; "" for an empty row. */
export function scoreRow(
  startValue: CellValue,
  targetValue: CellValue,
  currentValue: CellValue,
  typeValue: CellValue,
  cappedValue: CellValue,
): number | '' {
  const capped = booleanOption('capped', cappedValue, true);
  let type: KrType | null = null;
  if (!isBlank(typeValue)) {
    type = parseKrType(String(typeValue));
    if (!type) throw new CellProblem(`unknown type ${quote(typeValue)}: use increase, decrease, at least, at most, milestone or grade`);
  }
  if (isBlank(startValue) && isBlank(targetValue) && isBlank(currentValue)) return '';

  if (type === 'milestone' || (type === null && isBlank(startValue) && isBlank(targetValue) && isDoneWord(currentValue) !== null)) {
    const done = isDoneWord(currentValue);
    if (done === null && !isBlank(currentValue)) {
      const n = numberOrProblem('current', currentValue);
      return n !== null && n >= 1 ? 1 : 0;
    }
    return done ? 1 : 0;
  }

  const start = numberOrProblem('start', startValue);
  const target = numberOrProblem('target', targetValue);
  const current = numberOrProblem('current', currentValue);
  const kind = type ?? inferType(start, target, current);
  if (!kind) {
    if (target === null) throw new CellProblem('target is blank');
    throw new CellProblem('start is blank: give a start value, or a type such as at least');
  }
  const result = scoreValues(start, target, current, kind);
  if (result.score === null || result.uncapped === null) {
    throw new CellProblem(problemText(result.problem, kind));
  }
  return capped ? result.score : result.uncapped;
}

function problemText(problem: string | undefined, type: KrType): string {
  switch (problem) {
    case 'startEqualsTarget':
      return 'start equals target, so progress cannot be measured';
    case 'targetMissing':
      return 'target is blank';
    case 'startMissing':
      return `start is blank, and a key result of type ${type} needs one`;
    case 'currentMissing':
      return 'current is blank';
    default:
      return problem ? problem : 'this row cannot be scored';
  }
}

/**
 * Scores key results: 0 at the start, 1 at the target, for targets that increase or decrease.
 *
 * Each argument may be a single value or a range; ranges of one shape are scored row by row, so
 * one formula covers a whole column (empty rows give an empty cell). Typed text such as "30%" or
 * "۳۰٪" is read as a number. A row that cannot be scored shows "#OKR!" and the reason.
 *
 * =OKR_SCORE(8%, 5%, 6%) → 0.67 (churn cut from 8 % towards 5 %)
 * =OKR_SCORE(I7:I40, J7:J40, K7:K40, H7:H40)
 *
 * @param {number|Array<Array<number>>} start The baseline value, or a range of them.
 * @param {number|Array<Array<number>>} target The target value, or a range of them.
 * @param {number|Array<Array<number>>} current The latest value, or a range of them; blank counts as 0 progress.
 * @param {string|Array<Array<string>>} [type] increase, decrease, at least, at most, milestone or grade; blank = inferred from start and target.
 * @param {boolean} [capped] TRUE (default) caps the score into 0–1; FALSE returns the raw ratio, such as 1.25 for over-achievement.
 * @return {number|Array<Array<number>>} The score from 0 to 1 (or uncapped), one per row.
 * @customfunction
 */
export function OKR_SCORE(start: unknown, target: unknown, current: unknown, type?: unknown, capped?: unknown): unknown {
  return overCells(
    'OKR_SCORE',
    [
      ['start', start],
      ['target', target],
      ['current', current],
      ['type', type ?? ''],
      ['capped', capped ?? ''],
    ],
    scoreRow,
  );
}

/**
 * Rolls key-result scores up into one score: the weighted mean. Blank scores, rows with weight 0
 * and rows that could not be scored (#OKR!) are left out; when nothing is left, the result is empty.
 *
 * =OKR_ROLLUP(P7:P10) → the mean of four scores
 * =OKR_ROLLUP(OKR_SCORE(I7:I10, J7:J10, K7:K10), M7:M10)
 *
 * @param {Array<Array<number>>} scores The scores (a range, or the result of OKR_SCORE).
 * @param {Array<Array<number>>} [weights] Weights of the same shape; blank = 1, 0 = left out.
 * @return {number} The weighted mean of the scores.
 * @customfunction
 */
export function OKR_ROLLUP(scores: unknown, weights?: unknown): number | '' {
  const scoreList = flatten(scores);
  const weightList = Array.isArray(weights) ? flatten(weights) : null;
  if (weightList && weightList.length !== scoreList.length) {
    throw new Error(`OKR_ROLLUP: weights has ${weightList.length} cells but scores has ${scoreList.length}; give ranges of the same shape.`);
  }
  const parts: { value: number; weight: number }[] = [];
  scoreList.forEach((raw, i) => {
    if (isBlank(raw) || (typeof raw === 'string' && raw.startsWith(ERROR_PREFIX))) return;
    const score = parseNumber(raw);
    if (!score.ok) throw new Error(`OKR_ROLLUP: score ${quote(raw)} in cell ${i + 1} of the range is not a number.`);
    // One weight per score, or a single weight for all of them.
    const rawWeight = (weightList ? weightList[i] : weights) as CellValue;
    let weight = 1;
    if (!isBlank(rawWeight)) {
      const w = parseNumber(rawWeight);
      if (!w.ok || w.value < 0) throw new Error(`OKR_ROLLUP: weight ${quote(rawWeight)} must be a number of 0 or more.`);
      weight = w.value;
    }
    if (weight > 0) parts.push({ value: score.value, weight });
  });
  const mean = weightedMean(parts);
  return mean === null ? '' : mean;
}
