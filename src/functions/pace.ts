// =OKR_EXPECTED, =OKR_STATUS and =OKR_BAND: pace and colour of a score, cell by cell.
import { band, elapsedShare, paceStatus, parseCommitment, statusLabel } from '../core';
import { LANGUAGES, type CellValue, type Language, type Settings } from '../core/model';
import { problem, numberArgument, isBlank, overCells, planDateOrProblem, quote, savedSettings } from './cells';

const dateOrProblem = planDateOrProblem;

/**
 * A score or an expected progress as a fraction: a score from 0 to 2 (an uncapped over-achievement,
 * as OKR_ROLLUP takes), an expected progress from 0 to 1. 50 (a percentage point) or a negative value
 * is an error naming the argument, never a colour or a status (found by an attack on issue 11:
 * OKR_BAND(50) was green).
 */
function fractionOrProblem(name: 'score' | 'expected', value: CellValue): number {
  const parsed = numberArgument(value);
  if (!parsed.ok) throw problem('notNumber', { name, value: quote(value) });
  const max = name === 'score' ? 2 : 1;
  if (parsed.value < 0 || parsed.value > max) throw problem('fractionOutside', { name, value: quote(value), max });
  return parsed.value;
}

function languageOrProblem(value: CellValue): Language {
  if (isBlank(value)) return 'en';
  const code = String(value).trim().toLowerCase().slice(0, 2);
  const found = LANGUAGES.find((l) => l === code);
  if (!found) throw problem('unknownLanguage', { value: quote(value) });
  return found;
}

/**
 * The share of a period that has passed on a date: the progress a key result should show by then
 * if it moves evenly. Custom functions cannot use TODAY(), so pass the sheet's As of cell.
 *
 * =OKR_EXPECTED(B2, B3, B4) → 0.54 halfway through the quarter
 *
 * @param {date|Array<Array<date>>} period_start The first day of the quarter.
 * @param {date|Array<Array<date>>} period_end The last day of the quarter, or the key result's due date.
 * @param {date|Array<Array<date>>} as_of The date to measure at (the template's As of cell).
 * @return {number|Array<Array<number>>} The elapsed share, from 0 to 1.
 * @customfunction
 */
export function OKR_EXPECTED(period_start: unknown, period_end: unknown, as_of: unknown): unknown {
  return overCells(
    'OKR_EXPECTED',
    [
      ['period_start', period_start],
      ['period_end', period_end],
      ['as_of', as_of],
    ],
    (start, end, at) => {
      if (isBlank(start) && isBlank(end) && isBlank(at)) return '';
      const from = dateOrProblem('period_start', start);
      const to = dateOrProblem('period_end', end);
      // As the sheet's PERIOD_END_BEFORE_START and PERIOD_EMPTY: never a plausible 1 for a bad period.
      if (to < from) throw problem('periodReversed', { start: from, end: to });
      if (to === from) throw problem('periodEmpty', { start: from });
      return elapsedShare(from, to, dateOrProblem('as_of', at));
    },
  );
}

/**
 * The pace status of a score against the expected progress: done, on track (within the on-track
 * tolerance saved in Settings, 0.15 by default, of the expected progress), at risk (within the
 * at-risk tolerance, 0.30 by default) or off track; not started when the score is blank. The same
 * tolerances as the progress tabs. Sheets recomputes a custom function when its arguments change, so
 * a cell computed before the tolerances were changed keeps its answer until then.
 *
 * =OKR_STATUS(P7, OKR_EXPECTED($B$2, $B$3, $B$4)) → on track
 * =OKR_STATUS(P7:P40, 0.5, "fa")
 *
 * @param {number|Array<Array<number>>} score The key result's or objective's score (0 to 1).
 * @param {number|Array<Array<number>>} expected The expected progress (0 to 1), e.g. from OKR_EXPECTED.
 * @param {string} [language] en (default), fa, ar or hu.
 * @return {string|Array<Array<string>>} The status, in the given language.
 * @customfunction
 */
export function OKR_STATUS(score: unknown, expected: unknown, language?: unknown): unknown {
  let settings: Settings | undefined;
  return overCells(
    'OKR_STATUS',
    [
      ['score', score],
      ['expected', expected],
      ['language', language ?? ''],
    ],
    (s, e, lang) => {
      const lng = languageOrProblem(lang);
      settings ??= savedSettings();
      if (isBlank(s) && isBlank(e)) return '';
      const expectedShare = isBlank(e) ? 0 : fractionOrProblem('expected', e);
      if (isBlank(s)) return statusLabel(lng, 'notStarted');
      const status = paceStatus(fractionOrProblem('score', s), expectedShare, true, settings.tolerances);
      return statusLabel(lng, status);
    },
  );
}

/**
 * The colour band of a score: green, yellow or red, by the bands saved in Settings (the ones the
 * progress tabs use). By default aspirational: red below 0.4, green from 0.7; committed: red below
 * 0.7, green only at 1.0. Sheets recomputes a custom function when its arguments change, so a cell
 * computed before the bands were changed keeps its answer until then.
 *
 * =OKR_BAND(0.65) → yellow
 * =OKR_BAND(P7:P40, E7:E40)
 *
 * @param {number|Array<Array<number>>} score The score (0 to 1).
 * @param {string|Array<Array<string>>} [commitment] aspirational (default) or committed.
 * @return {string|Array<Array<string>>} green, yellow or red.
 * @customfunction
 */
export function OKR_BAND(score: unknown, commitment?: unknown): unknown {
  let settings: Settings | undefined;
  return overCells(
    'OKR_BAND',
    [
      ['score', score],
      ['commitment', commitment ?? ''],
    ],
    (s, c) => {
      if (isBlank(s)) return '';
      let kind: 'aspirational' | 'committed' = 'aspirational';
      if (!isBlank(c)) {
        const parsed = parseCommitment(String(c));
        if (!parsed) throw problem('unknownCommitment', { value: quote(c) });
        kind = parsed;
      }
      settings ??= savedSettings();
      return band(fractionOrProblem('score', s), kind, settings);
    },
  );
}
