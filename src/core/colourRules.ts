// The Score column's conditional-format rules, decided from the same analysis as the progress tabs
// so that a row has one colour everywhere (the one colour rule of score.ts `colourOf`).
//
// The rules are locale-proof: Sheets reads a rule's formula in the spreadsheet's locale, where the
// argument separator may be `;` and the decimal mark `,`. So a formula has no argument separator and
// no decimal point: one-argument functions, `+` for "and", and thresholds as integers
// (`(ISNUMBER($P7)+($P7*1000000000>=699999999))>1` is "a number, and at least 0.7 − 1e-9", the
// same tolerance as `band` and `paceStatus`).
import { columnLetter } from './a1';
import type { Analysis, Colour, KeyResult, Objective, PaceStatus, Settings } from './model';

/** One conditional-format rule on one run of rows of the Score column. */
export interface ScoreColourRule {
  /** First row (1-based) and number of rows the rule covers. */
  row: number;
  numRows: number;
  /** The custom formula, relative to the first row of the range (en_US names, no separators). */
  formula: string;
  /**
   * The background of a scored row; 'unscored' for a row the analysis could not score (an error
   * issue on it: a weight, a duplicate objective ID, values not on one scale), whose Score cell may
   * still show the custom function's number: it is struck through and greyed, never coloured.
   */
  colour: Colour | 'unscored';
}

const SCALE = 1_000_000_000;
/** The tolerance of `band` and `paceStatus` (1e-9), as one unit of SCALE. */
const EPS_UNITS = 1;

/** `score ≥ threshold − 1e-9` as an integer comparison; `null` threshold: never; -Infinity: always. */
function atLeast(score: string, threshold: number): string {
  if (threshold === Number.NEGATIVE_INFINITY) return '';
  return `(${score}*${SCALE}>=${Math.round(threshold * SCALE) - EPS_UNITS})`;
}

/** "A number, and the condition": booleans add up to 2 only when both hold. */
function numberAnd(score: string, condition: string): string {
  return condition === '' ? `=ISNUMBER(${score})` : `=(ISNUMBER(${score})+${condition})>1`;
}

interface RowRule {
  row: number;
  /** What decides the row's colour, as a key so that rows with the same rule share a range. */
  key: string;
  rules: { colour: Colour | 'unscored'; condition: (score: string, current: string) => string }[];
}

/**
 * The rules for every key result the analysis could score. A row with an error issue gets the
 * 'unscored' rule (a number the function shows there is struck through, as the tabs show '–'); a
 * scorable row without a score gets no rule (the cell shows no colour, as in the tabs). Before the quarter ends ('pace'): done green, no
 * check-in grey, on track green, at risk yellow, else red, by the row's expected progress at the
 * as-of date; from its end on ('grade'): bands by the objective's commitment (not the row's cell).
 */
export function scoreColourRules(analysis: Analysis, settings: Settings, scoreCol: number, currentCol: number | undefined): ScoreColourRule[] {
  const scores = new Map(analysis.scores.keyResults.map((s) => [s.row, s]));
  const rule = analysis.scores.colourRule;
  const rows: RowRule[] = [];
  const objectives: Objective[] = analysis.plan.teams.flatMap((t) => t.objectives);
  for (const o of objectives) {
    for (const kr of o.keyResults) {
      const s = scores.get(kr.row);
      if (!kr.scorable) {
        // The Score cell's function sees only the row's values; the analysis saw more (formats,
        // weights, the objective's ID). A number there is not the row's score: say so in the cell.
        rows.push({ row: kr.row, key: 'unscored', rules: [{ colour: 'unscored', condition: (score) => numberAnd(score, '') }] });
        continue;
      }
      if (!s || s.score === null || s.colour === null) continue;
      rows.push(rule === 'grade' ? gradeRow(kr, o, settings) : paceRow(kr, s.expected, s.status, settings, currentCol));
    }
  }
  rows.sort((a, b) => a.row - b.row);
  const out: ScoreColourRule[] = [];
  let i = 0;
  while (i < rows.length) {
    const first = rows[i]!;
    let j = i + 1;
    while (j < rows.length && rows[j]!.row === rows[j - 1]!.row + 1 && rows[j]!.key === first.key) j++;
    const score = `$${columnLetter(scoreCol)}${first.row}`;
    const current = currentCol ? `$${columnLetter(currentCol)}${first.row}` : '';
    for (const r of first.rules) out.push({ row: first.row, numRows: j - i, formula: r.condition(score, current), colour: r.colour });
    i = j;
  }
  return out;
}

function gradeRow(kr: KeyResult, o: Objective, settings: Settings): RowRule {
  const t = settings.bands[o.commitment];
  return {
    row: kr.row,
    key: `grade:${o.commitment}`,
    rules: [
      { colour: 'green', condition: (s) => numberAnd(s, atLeast(s, t.green)) },
      { colour: 'yellow', condition: (s) => numberAnd(s, atLeast(s, t.yellow)) },
      { colour: 'red', condition: (s) => numberAnd(s, '') },
    ],
  };
}

function paceRow(kr: KeyResult, expected: number | null, status: PaceStatus | null, settings: Settings, currentCol: number | undefined): RowRule {
  const e = expected ?? 0;
  const done = { colour: 'green' as const, condition: (s: string) => numberAnd(s, atLeast(s, 1)) };
  const notStarted = { colour: 'grey' as const, condition: (s: string, c: string) => (c ? `=(ISNUMBER(${s})+ISBLANK(${c}))>1` : '=FALSE') };
  const counted = kr.target.value !== null && kr.target.value > 1;
  if (kr.type === 'milestone' && !counted) {
    // All or nothing: not done yet has the colour of the status analyze.ts gave it (on track until its
    // Due, at risk late in the quarter without one, off track after), so the cell and the tabs agree.
    const notDone: Colour = status === 'atRisk' ? 'yellow' : status === 'offTrack' || (status !== 'onTrack' && e >= 1) ? 'red' : 'green';
    return {
      row: kr.row,
      key: `milestone:${notDone}`,
      rules: [done, ...(currentCol ? [notStarted] : []), { colour: notDone, condition: (s) => numberAnd(s, '') }],
    };
  }
  const green = e - settings.tolerances.onTrack;
  const yellow = e - settings.tolerances.atRisk;
  return {
    row: kr.row,
    key: `pace:${Math.round(green * SCALE)}:${Math.round(yellow * SCALE)}`,
    rules: [
      done,
      ...(currentCol ? [notStarted] : []),
      { colour: 'green', condition: (s) => numberAnd(s, atLeast(s, green)) },
      { colour: 'yellow', condition: (s) => numberAnd(s, atLeast(s, yellow)) },
      { colour: 'red', condition: (s) => numberAnd(s, '') },
    ],
  };
}
