// =OKR_SCORE and =OKR_ROLLUP: thin, array-aware wrappers over the engine's scoring rules.
import {
  decreaseWordIn,
  formatOfShown,
  increaseWordIn,
  inferType,
  isDoneWord,
  isRelativePercentText,
  parseKrType,
  parseTypeAlias,
  readScale,
  scoreValues,
  weightedMean,
} from '../core';
import type { CellValue, KrType } from '../core/model';
import { ERROR_STAND_IN } from '../core/numbers';
import {
  callError,
  CellProblem,
  functionMessage,
  newCall,
  numberArgument,
  problem,
  spreadsheetConvention,
  ERROR_PREFIX,
  flatten,
  isBlank,
  overCells,
  quote,
} from './cells';

/** The problem of an argument that is an error value, or the Score formula's stand-in for one. */
function errorProblem(name: string, value: CellValue): CellProblem {
  if (value === ERROR_STAND_IN) return problem('errorValue', { name });
  return problem('isError', { name, value: quote(value) });
}

function numberOrProblem(name: string, value: CellValue): number | null {
  if (isBlank(value)) return null;
  const parsed = numberArgument(value);
  if (parsed.ok) return parsed.value;
  if (parsed.reason === 'error') throw errorProblem(name, value);
  if (parsed.reason === 'date') throw problem('isDate', { name, value: parsed.text });
  if (parsed.reason === 'ambiguous') throw problem('ambiguousNumber', { name, value: quote(value) });
  throw problem('notNumber', { name, value: quote(value) });
}

function booleanOption(name: string, value: CellValue, fallback: boolean): boolean {
  if (isBlank(value)) return fallback;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  const text = String(value).trim().toLowerCase();
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw problem('notBoolean', { name, value: quote(value) });
}

/**
 * One key result's score from one row of inputs; "" for an empty row. The values are read on one
 * scale as the sheet reader reads them (core/scale.ts). A custom function sees values, not number
 * formats: what each of Start, Target and Current shows (`*Shown`, the Score formula's TO_TEXT of
 * the cell) stands for its format, so a cell shown as a percentage is percent-formatted here as in
 * the reader (core/scale.ts formatOfShown), and a Target shown "20%" (0.2) between a Start of 100
 * and a Current of 110 is the reader's KR_MIXED_SCALE. Without shown texts (a hand-typed
 * =OKR_SCORE, or TO_TEXT giving plain text) the values alone are read, as before: a
 * percent-formatted 0.14 next to a plain 18 cannot be told apart and is an error.
 */
export function scoreRow(
  startValue: CellValue,
  targetValue: CellValue,
  currentValue: CellValue,
  typeValue: CellValue,
  cappedValue: CellValue,
  unitValue: CellValue = '',
  keyResultValue: CellValue = '',
  startShown: CellValue = '',
  targetShown: CellValue = '',
  currentShown: CellValue = '',
): number | '' {
  for (const [name, value] of [
    ['type', typeValue],
    ['unit', unitValue],
  ] as const)
    if (value === ERROR_STAND_IN) throw errorProblem(name, value);
  const capped = booleanOption('capped', cappedValue, true);
  let type: KrType | null = null;
  let alias: 'numeric' | 'percentage' | null = null;
  if (!isBlank(typeValue)) {
    type = parseKrType(String(typeValue));
    alias = type ? null : parseTypeAlias(String(typeValue));
    if (!type && !alias) {
      throw problem('unknownType', { value: quote(typeValue) });
    }
  }
  // No numbers at all: a blank row is blank, but a key result with a text and nothing else ("Launch
  // the pricing page") is what the sheet's reader makes of it, a milestone not done yet (0), so the
  // Score column and the tabs roll up alike (found by an attack on issue 11).
  if (isBlank(startValue) && isBlank(targetValue) && isBlank(currentValue)) {
    if (isBlank(keyResultValue)) return '';
    if ((type === null && !alias) || type === 'milestone') return 0;
    // A declared numeric type with no numbers: the checks below say what is missing, as the reader does.
  }

  const targetDone = typeof targetValue === 'string' && !numberArgument(targetValue).ok && isDoneWord(targetValue) === true;
  const targetCount = !isBlank(targetValue) && numberArgument(targetValue).ok && (numberArgument(targetValue) as { value: number }).value > 1;
  const doneOnly = isBlank(startValue) && (isBlank(targetValue) || targetDone) && isDoneWord(currentValue) !== null;
  // A milestone's Target that is text but no done word ("3 partners") is a count not read: the
  // cell's error, as the sheet's reader says (never done at 1 of 3).
  if (type === 'milestone' && !targetCount && !targetDone && typeof targetValue === 'string' && !isBlank(targetValue)) numberOrProblem('target', targetValue);
  if ((type === 'milestone' && !targetCount) || (type === null && !alias && doneOnly) || (type === null && targetDone)) {
    const done = isDoneWord(currentValue);
    if (done === null && !isBlank(currentValue)) {
      const n = numberOrProblem('current', currentValue);
      return n !== null && n >= 1 ? 1 : 0;
    }
    return done ? 1 : 0;
  }

  for (const [name, value] of [
    ['start', startValue],
    ['target', targetValue],
  ] as const)
    numberOrProblem(name, value);
  if (!(type === 'milestone' && isDoneWord(currentValue) === true && !isBlank(currentValue))) numberOrProblem('current', currentValue);
  const numbers = spreadsheetConvention();
  const scaled = readScale(
    [
      { raw: startValue, format: formatOfShown(startValue, startShown, numbers), cell: 'start' },
      { raw: targetValue, format: formatOfShown(targetValue, targetShown, numbers), cell: 'target' },
      { raw: currentValue, format: formatOfShown(currentValue, currentShown, numbers), cell: 'current' },
    ],
    unitValue,
    alias === 'percentage',
    numbers,
  );
  if (scaled.mixed.length > 0) {
    // A grade of 70 beside a Start of 0 and a Target of 1 is a grade out of its range, as the sheet
    // reader says (KR_GRADE_OUT_OF_RANGE), not two scales to choose between.
    if (type === 'grade' && scaled.mixed.includes('current')) throw problem('gradeOutOfRange');
    throw problem('mixedScale', { cells: scaled.mixed.join(', ') });
  }
  const [scaledStart = null, target = null] = scaled.values;
  let current = scaled.values[2] ?? null;
  const text = typeof keyResultValue === 'string' ? keyResultValue : '';
  const downWord = type === null ? decreaseWordIn(text) : null;
  // "Grow revenue by 20 %" with no baseline is scored from 0, as the reader does (KR_PERCENT_NO_BASELINE).
  const start =
    scaledStart === null && isBlank(startValue) && target !== null && !downWord && (type === null || type === 'increase') && isRelativePercentText(text)
      ? 0
      : scaledStart;
  // "done" on a counted milestone is the whole count.
  if (type === 'milestone' && current === null && isDoneWord(currentValue) === true && !isBlank(currentValue)) current = target;
  const kind = type ?? inferType(start, target, current);
  if (!kind) {
    if (target === null) throw problem('targetBlank');
    throw problem('startBlankNoType');
  }
  // The sheet reader's rule (core/parse.ts, KR_TEXT_SAYS_DECREASE): text that says down ("Reduce
  // churn to 1.8 %") with numbers that go up and no Type is not scored as an increase.
  // A tracker alias (Metric, Percentage…) names no direction, so the text decides as with no Type.
  if (type === null && kind === 'increase' && downWord && start !== null && target !== null && target > start) {
    throw problem('textSaysDown', { word: downWord.trim(), start, target });
  }
  // …and its mirror (KR_TEXT_SAYS_INCREASE): "Grow sign-ups from 100 to 200" with numbers that go down.
  const upWord = type === null && !downWord ? increaseWordIn(text) : null;
  if (upWord && kind === 'decrease' && start !== null && target !== null && target < start) {
    throw problem('textSaysUp', { word: upWord.trim(), start, target });
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
      return functionMessage('startEqualsTarget');
    case 'targetMissing':
      return functionMessage('targetBlank');
    case 'startMissing':
      return functionMessage('startBlankFor', { type });
    case 'currentMissing':
      return functionMessage('currentBlank');
    case 'gradeOutOfRange':
      return functionMessage('gradeOutOfRange');
    default:
      return functionMessage('cannotScore');
  }
}

/**
 * Scores key results: 0 at the start, 1 at the target, for targets that increase or decrease.
 *
 * Each argument may be a single value or a range; ranges of one shape are scored row by row, so
 * one formula covers a whole column (empty rows give an empty cell). Typed text such as "30%" or
 * "۳۰٪" is read as a number; with a Unit of % (or any value typed with %), 18 and 18% are the same.
 * A row that cannot be scored shows "#OKR!" and the reason (values on two scales, a grade outside
 * 0–1, a missing start…).
 *
 * A custom function gets values, not number formats. The add-on's Score column also passes what
 * each Start, Target and Current cell shows (TO_TEXT of the cell, which keeps its formatting:
 * support.google.com/docs/answer/3094285), so a number shown as a percentage is read as
 * percent-formatted, as the progress tabs and Validate read it; a Target formatted 20 % between a
 * plain 100 and 110 is then "#OKR!" (values on two scales), never a score. Without them the values
 * alone are read.
 *
 * =OKR_SCORE(8%, 5%, 6%) → 0.67 (churn cut from 8 % towards 5 %)
 * =OKR_SCORE(0, 3, 1, "milestone") → 0.33 (1 of 3 partners signed)
 * =OKR_SCORE(I7:I40, J7:J40, K7:K40, H7:H40, TRUE, L7:L40)
 *
 * @param {number|Array<Array<number>>} start The baseline value, or a range of them.
 * @param {number|Array<Array<number>>} target The target value, or a range of them.
 * @param {number|Array<Array<number>>} current The latest value, or a range of them; blank counts as 0 progress.
 * @param {string|Array<Array<string>>} [type] increase, decrease, at least, at most, milestone, grade, metric or percentage; blank = inferred from start and target.
 * @param {boolean} [capped] TRUE (default) caps the score into 0–1; FALSE returns the raw ratio, such as 1.25 for over-achievement.
 * @param {string|Array<Array<string>>} [unit] The Unit ("%" says the values are per cent: 18 is 18 %).
 * @param {string|Array<Array<string>>} [key_result] The key result's text: one that says down ("Reduce churn…") with numbers that go up and no type is an error, as in Validate.
 * @param {string|Array<Array<string>>} [start_shown] What the start cells show, such as TO_TEXT(I7:I40): "20%" says the cell is percent-formatted.
 * @param {string|Array<Array<string>>} [target_shown] What the target cells show, such as TO_TEXT(J7:J40).
 * @param {string|Array<Array<string>>} [current_shown] What the current cells show, such as TO_TEXT(K7:K40).
 * @return {number|Array<Array<number>>} The score from 0 to 1 (or uncapped), one per row.
 * @customfunction
 */
export function OKR_SCORE(
  start: unknown,
  target: unknown,
  current: unknown,
  type?: unknown,
  capped?: unknown,
  unit?: unknown,
  key_result?: unknown,
  start_shown?: unknown,
  target_shown?: unknown,
  current_shown?: unknown,
): unknown {
  return overCells(
    'OKR_SCORE',
    [
      ['start', start],
      ['target', target],
      ['current', current],
      ['type', type ?? ''],
      ['capped', capped ?? ''],
      ['unit', unit ?? ''],
      ['key_result', key_result ?? ''],
      ['start_shown', start_shown ?? ''],
      ['target_shown', target_shown ?? ''],
      ['current_shown', current_shown ?? ''],
    ],
    scoreRow,
  );
}

/** The largest score OKR_ROLLUP averages: an uncapped 200 % over-achievement. */
const MAX_ROLLUP_SCORE = 2;

/**
 * Rolls key-result scores up into one score: the weighted mean. Blank scores and rows with weight 0
 * are left out. A score that could not be computed (#OKR!) makes the roll-up an error, since the
 * mean of the rest would pass for the whole; give skip_errors TRUE to leave such rows out knowingly.
 * Scores are fractions from 0 to 2 (an uncapped over-achievement); each is capped at 1 before the
 * mean, as the progress tabs roll up (DESIGN §5: scores are capped into 0–1 for roll-ups), so one
 * key result's over-achievement never hides another's shortfall. 70 (a percentage point) or a
 * negative score is an error, never averaged with the rest.
 *
 * =OKR_ROLLUP(P7:P10) → the mean of four scores
 * =OKR_ROLLUP(OKR_SCORE(I7:I10, J7:J10, K7:K10), M7:M10)
 * =OKR_ROLLUP(P7:P10, , TRUE) → the mean of the scores that could be computed
 *
 * @param {Array<Array<number>>} scores The scores (a range, or the result of OKR_SCORE).
 * @param {Array<Array<number>>} [weights] Weights of the same shape; blank = 1, 0 = left out.
 * @param {boolean} [skip_errors] TRUE leaves out scores that are errors; FALSE (default) returns an error.
 * @return {number} The weighted mean of the scores.
 * @customfunction
 */
export function OKR_ROLLUP(scores: unknown, weights?: unknown, skipErrors?: unknown): number | '' {
  newCall();
  const skip = booleanOption('skip_errors', (skipErrors ?? '') as CellValue, false);
  const scoreList = flatten(scores);
  const weightList = Array.isArray(weights) ? flatten(weights) : null;
  if (weightList && weightList.length !== scoreList.length) {
    throw callError('rollUpShape', { weights: weightList.length, scores: scoreList.length });
  }
  const parts: { value: number; weight: number }[] = [];
  let errors = 0;
  scoreList.forEach((raw, i) => {
    if (isBlank(raw)) return;
    // One weight per score, or a single weight for all of them.
    const rawWeight = (weightList ? weightList[i] : weights) as CellValue;
    let weight = 1;
    if (!isBlank(rawWeight)) {
      const w = numberArgument(rawWeight);
      if (!w.ok || w.value < 0) throw callError('rollUpWeight', { value: quote(rawWeight) });
      weight = w.value;
    }
    if (weight === 0) return;
    const isError = typeof raw === 'string' && (raw.startsWith(ERROR_PREFIX) || (numberArgument(raw).ok === false && /^#/.test(raw.trim())));
    if (isError) {
      errors++;
      return;
    }
    const score = numberArgument(raw);
    if (!score.ok) throw callError('rollUpNotNumber', { value: quote(raw), index: i + 1 });
    // Scores are fractions (0.7 is 70 %), up to 2 for an uncapped over-achievement: 70 next to 0.8
    // is a percentage point among fractions, and a negative score would pull the mean below the
    // start of the other key results. Neither is averaged in.
    if (score.value < 0 || score.value > MAX_ROLLUP_SCORE) {
      throw callError('rollUpOutside', { value: quote(raw), index: i + 1, max: MAX_ROLLUP_SCORE });
    }
    parts.push({ value: Math.min(score.value, 1), weight });
  });
  if (errors > 0 && !skip) {
    throw callError('rollUpIncomplete', { errors, total: errors + parts.length });
  }
  const mean = weightedMean(parts);
  return mean === null ? '' : mean;
}
