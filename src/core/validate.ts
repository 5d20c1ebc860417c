// The rules of DESIGN §6 about the plan as a whole. Each issue has a stable code, a severity, the
// cell it points at, and a message key with parameters (the catalogues are in i18n/). Problems with
// a single cell's value are found while parsing (parse.ts); these rules look at rows, objectives,
// teams, alignment and the calendar.
import { elapsedShare } from './calendar';
import type { Issue, IsoDate, Objective, Plan, PlanScores } from './model';
import { IssueList, percentParam } from './parse';

export const MIN_KEY_RESULTS = 2;
export const MAX_KEY_RESULTS = 5;
export const MAX_OBJECTIVES = 5;
/** A key result with no check-in is worth a warning once this share of the quarter has passed. */
export const NO_CHECKIN_AFTER = 1 / 3;
/** At quarter end, an average above this reads as targets that were not ambitious enough. */
export const TOO_EASY_ABOVE = 0.9;

const DIGIT = /[0-9۰-۹٠-٩]/;
const PERCENT = /%|٪/;

const objectiveCell = (o: Objective): string => o.text.cell || o.parent.cell || o.keyResults[0]?.text.cell || 'A1';

export interface Alignment {
  /** Child objective ID → parent objective ID, for links that exist and are not part of a cycle. */
  parentOf: Map<string, string>;
  issues: Issue[];
}

/** Resolves Parent links: unknown parents and cycles are errors and are not followed. */
export function resolveAlignment(plan: Plan): Alignment {
  const out = new IssueList(plan.sheet);
  const objectives = plan.teams.flatMap((t) => t.objectives);
  const byId = new Map(objectives.map((o) => [o.id.toLowerCase(), o]));
  const link = new Map<string, string>();
  for (const o of objectives) {
    const parent = o.parent.value;
    if (!parent) continue;
    const target = byId.get(parent.toLowerCase());
    if (!target) out.add('OBJ_PARENT_NOT_FOUND', 'error', o.parent.cell, { parent });
    else link.set(o.id, target.id);
  }
  // Walk up from every objective; a walk that meets itself is a cycle, reported once.
  const inCycle = new Set<string>();
  for (const o of objectives) {
    if (inCycle.has(o.id)) continue;
    const path: string[] = [];
    const seen = new Set<string>();
    let id: string | undefined = o.id;
    while (id !== undefined && !seen.has(id) && !inCycle.has(id)) {
      seen.add(id);
      path.push(id);
      id = link.get(id);
    }
    if (id !== undefined && seen.has(id)) {
      const cycle = path.slice(path.indexOf(id));
      cycle.forEach((c) => inCycle.add(c));
      const first = objectives.find((x) => x.id === id);
      out.add('OBJ_ALIGNMENT_CYCLE', 'error', first ? first.parent.cell || objectiveCell(first) : 'A1', { path: [...cycle, id].join(' → ') });
    }
  }
  const parentOf = new Map<string, string>();
  for (const [child, parent] of link) if (!inCycle.has(child)) parentOf.set(child, parent);
  return { parentOf, issues: out.list };
}

export interface ValidateOptions {
  asOf: IsoDate | null;
}

/** The warnings of DESIGN §6 that need no scores. */
export function validatePlan(plan: Plan, options: ValidateOptions): Issue[] {
  const out = new IssueList(plan.sheet);
  const { period } = plan;
  if (!period && plan.mapping.headerRow > 0) out.add('PERIOD_UNKNOWN', 'warning', plan.labels.quarter.cell || 'A1');
  const elapsed = period && options.asOf ? elapsedShare(period.start, period.end, options.asOf) : null;
  const ownerMapped = plan.mapping.columns.owner !== undefined;

  for (const team of plan.teams) {
    if (team.objectives.length > MAX_OBJECTIVES) {
      const extra = team.objectives[MAX_OBJECTIVES];
      out.add('TEAM_TOO_MANY_OBJECTIVES', 'warning', extra ? objectiveCell(extra) : 'A1', {
        team: team.name,
        count: team.objectives.length,
        max: MAX_OBJECTIVES,
      });
    }
    for (const o of team.objectives) {
      const text = o.text.value ?? '';
      if (DIGIT.test(text) || PERCENT.test(text)) out.add('OBJ_HAS_NUMBER', 'warning', o.text.cell);
      const count = o.keyResults.length;
      if (count < MIN_KEY_RESULTS) out.add('OBJ_TOO_FEW_KRS', 'warning', objectiveCell(o), { count, min: MIN_KEY_RESULTS });
      if (count > MAX_KEY_RESULTS) out.add('OBJ_TOO_MANY_KRS', 'warning', objectiveCell(o), { count, max: MAX_KEY_RESULTS });

      for (const kr of o.keyResults) {
        const at = kr.text.cell || `A${kr.row}`;
        const weight = kr.weight.value ?? 1;
        const start = kr.start.value;
        const target = kr.target.value;
        if (weight > 0 && start === null && target === null && !DIGIT.test(kr.text.value ?? '') && (kr.type === 'milestone' || kr.type === null)) {
          out.add('KR_NO_NUMBER', 'warning', at);
        }
        if (ownerMapped && kr.owner.value === null) out.add('KR_NO_OWNER', 'warning', kr.owner.cell || at);
        const declared = kr.declaredType.value;
        if (start !== null && target !== null) {
          if ((declared === 'increase' && target < start) || (declared === 'decrease' && target > start)) {
            out.add('KR_TYPE_CONTRADICTS', 'warning', kr.declaredType.cell || at, { type: declared });
          }
          if ((kr.type === 'atLeast' && start >= target) || (kr.type === 'atMost' && start <= target)) {
            out.add('KR_ALREADY_MET', 'warning', kr.target.cell || at);
          }
        }
        if (elapsed !== null && elapsed > NO_CHECKIN_AFTER && weight > 0 && kr.scorable && kr.type !== null && kr.current.value === null) {
          out.add('KR_NO_CHECKIN', 'warning', kr.current.cell || at, { elapsed: percentParam(elapsed) });
        }
      }
    }
  }
  return out.list;
}

/** The rules that need the scores: objectives with no score, and the quarter-end review. */
export function validateScores(plan: Plan, scores: PlanScores, options: ValidateOptions): Issue[] {
  const out = new IssueList(plan.sheet);
  const byId = new Map(scores.objectives.map((s) => [s.id, s]));
  const ended = plan.period !== null && options.asOf !== null && options.asOf >= plan.period.end;
  for (const o of plan.teams.flatMap((t) => t.objectives)) {
    const s = byId.get(o.id);
    const scorable = o.keyResults.filter((k) => k.scorable);
    if (scorable.length > 0 && scorable.every((k) => k.weight.value === 0)) out.add('OBJ_NO_SCORE', 'warning', objectiveCell(o));
    if (ended && o.commitment === 'committed' && s?.score !== null && s?.score !== undefined && s.score < 1) {
      out.add('OBJ_COMMITTED_MISSED', 'warning', objectiveCell(o), { score: percentParam(s.score) });
    }
  }
  if (ended && scores.quarter !== null && scores.quarter > TOO_EASY_ABOVE) {
    out.add('QUARTER_TOO_EASY', 'warning', plan.labels.quarter.cell || 'A1', { score: percentParam(scores.quarter) });
  }
  return out.list;
}
