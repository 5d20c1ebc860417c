// The score-formula audit: an adopted sheet that keeps its own Score or Progress column next to
// Start, Target and Current is compared, key result by key result, with the add-on's score
// (DESIGN §5, the rule OKR_SCORE implements), and each disagreement is named by the mistake that
// explains it. The findings are issues at the user's score cell; nothing is changed.
//
// The mistakes are the ones peers' and templates' formulas make (shared/reference/okr-peers.md §3):
// current ÷ target with no baseline (modelmonkey's MIN(current/target,1)), a decrease scored as
// current ÷ target or target ÷ current (feedback4e), 0–100 values mixed into a 0–1 column
// (OKRsMatter's normalizeProgressValue_), and a floor at 0 over a formula that went below 0.
import { a1 } from './a1';
import type { Grid, Issue, KeyResult, Plan, PlanScores } from './model';
import { parseNumber, type NumberConvention } from './numbers';
import { percentParam } from './parse';

/** Scores that differ by less than this (a rounded 57 % against 0.5714) agree. */
const TOLERANCE = 0.006;

export type AuditCode =
  | 'SCORE_AUDIT_IGNORES_BASELINE'
  | 'SCORE_AUDIT_DECREASE_RATIO'
  | 'SCORE_AUDIT_MIXED_SCALE'
  | 'SCORE_AUDIT_CAPS_BELOW_ZERO'
  | 'SCORE_AUDIT_DIFFERS';

export const AUDIT_CODES: readonly AuditCode[] = [
  'SCORE_AUDIT_IGNORES_BASELINE',
  'SCORE_AUDIT_DECREASE_RATIO',
  'SCORE_AUDIT_MIXED_SCALE',
  'SCORE_AUDIT_CAPS_BELOW_ZERO',
  'SCORE_AUDIT_DIFFERS',
];

const near = (x: number, y: number) => Math.abs(x - y) <= TOLERANCE;
const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** The mistake that explains the sheet's score `theirs` (a fraction) for a key result, or null when they agree. */
export function explainDisagreement(
  kr: Pick<KeyResult, 'type'> & { start: number | null; target: number; current: number },
  ours: { score: number; uncapped: number },
  theirs: number,
  theirsRaw: number,
): AuditCode | null {
  const { start, target, current } = kr;
  if (near(theirs, ours.score)) return null;
  // The same score on the other scale: 57 in a 0–1 column, or 0.57 in a 0–100 column.
  if (near(theirsRaw / 100, ours.score) || near(theirsRaw * 100, ours.score) || near(theirs / 100, ours.score) || near(theirs * 100, ours.score)) {
    return 'SCORE_AUDIT_MIXED_SCALE';
  }
  const ratios = target !== 0 ? [current / target, clamp01(current / target), Math.min(current / target, 1)] : [];
  if (kr.type === 'decrease' && current !== 0) ratios.push(target / current, clamp01(target / current));
  const byRatio = ratios.some((r) => near(theirs, r));
  if (byRatio && kr.type === 'decrease') return 'SCORE_AUDIT_DECREASE_RATIO';
  if (byRatio && start !== null && start !== 0) return 'SCORE_AUDIT_IGNORES_BASELINE';
  // 0 where there is progress: the sheet's formula went below 0 (a reversed direction, a baseline
  // subtracted the wrong way) and a floor at 0 hid it.
  if (near(theirs, 0)) return 'SCORE_AUDIT_CAPS_BELOW_ZERO';
  return 'SCORE_AUDIT_DIFFERS';
}

/** 100 when most filled cells of the column are 2 or more (a 0–100 column), else 1. */
export function columnScale(grid: Grid, headerRow: number, column: number, numbers: NumberConvention): 1 | 100 {
  let above = 0;
  let within = 0;
  for (let r = headerRow; r < grid.length; r++) {
    const p = parseNumber(grid[r]?.[column - 1], numbers);
    if (!p.ok || p.value === 0) continue;
    // 1.25 is an uncapped over-achievement on the 0–1 scale as often as 1.25 % on 0–100: it counts for neither.
    if (Math.abs(p.value) >= 2) above++;
    else if (Math.abs(p.value) <= 1) within++;
  }
  return above > within ? 100 : 1;
}

/**
 * Compares the sheet's own Score column with the add-on's score of every increase or decrease key
 * result that has a start, a target and a current value. One warning per disagreement, at the
 * user's score cell, naming the mistake and the cells it reads (`cells`), with both scores as
 * percentages. Returns [] when the plan has no Score column or
 * no Current column (then the Score column is the grade itself). Score text is read as the sheet's
 * other numbers are (`numbers`): `0,75` in a decimal-comma locale is 75 %, never 750.
 */
export function auditScoreColumn(grid: Grid, plan: Plan, scores: PlanScores, numbers: NumberConvention = {}): Issue[] {
  const { columns, headerRow } = plan.mapping;
  const scoreCol = columns.score;
  if (scoreCol === undefined || columns.current === undefined) return [];
  const scale = columnScale(grid, headerRow, scoreCol, numbers);
  const byRow = new Map(scores.keyResults.map((s) => [s.row, s]));
  const issues: Issue[] = [];
  for (const kr of plan.teams.flatMap((t) => t.objectives).flatMap((o) => o.keyResults)) {
    if (kr.type !== 'increase' && kr.type !== 'decrease') continue;
    const ours = byRow.get(kr.row);
    const { value: start } = kr.start;
    const { value: target } = kr.target;
    const { value: current } = kr.current;
    if (!ours || ours.score === null || ours.uncapped === null || target === null || current === null || !kr.scorable) continue;
    const raw = grid[kr.row - 1]?.[scoreCol - 1];
    const parsed = parseNumber(raw, numbers);
    if (!parsed.ok) continue;
    const isPercentText = typeof raw === 'string' && /%|٪/.test(raw);
    const theirs = scale === 100 && !isPercentText ? parsed.value / 100 : parsed.value;
    const code = explainDisagreement({ type: kr.type, start, target, current }, { score: ours.score, uncapped: ours.uncapped }, theirs, parsed.value);
    if (!code) continue;
    const cell = a1(kr.row, scoreCol);
    issues.push({
      code,
      severity: 'warning',
      sheet: plan.sheet,
      cell,
      messageKey: code,
      params: {
        theirs: percentParam(theirs, 1),
        ours: percentParam(ours.score, 1),
        cells: [kr.start.cell, kr.target.cell, kr.current.cell].filter((c) => c !== '').join(', '),
      },
    });
  }
  return issues;
}
