// One call from a sheet's values to everything the add-on shows: parse → validate → score → review.
import { elapsedShare } from './calendar';
import {
  DEFAULT_SETTINGS,
  type Analysis,
  type ColumnMapping,
  type Grid,
  type Issue,
  type IsoDate,
  type KeyResult,
  type KeyResultScore,
  type Objective,
  type ObjectiveScore,
  type PaceStatus,
  type Plan,
  type PlanScores,
  type Settings,
  type TeamScore,
} from './model';
import { parsePlan, type MergedArea } from './parse';
import { paceStatus } from './pace';
import { band, mean, scoreValues, weightedMean } from './score';
import { resolveAlignment, validatePlan, validateScores } from './validate';

export interface AnalyzeOptions {
  sheet: string;
  /** A saved mapping (adopted sheets); found from the header names when absent. */
  mapping?: ColumnMapping | null;
  /** The cells' number formats, of the grid's shape; they tell a percent-formatted 0.18 from a plain one. */
  formats?: readonly (readonly string[])[] | null;
  settings?: Settings;
  /** Used when the sheet has no As of date. */
  asOf?: IsoDate | null;
  /** Pace is measured at this date whatever the sheet's As of says (a refresh that writes today). */
  measureAt?: IsoDate;
  /** The sheet's merged areas: their values continue into the rows they cover. */
  merges?: readonly MergedArea[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function cellOrder(cell: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return [0, 0];
  let col = 0;
  for (const ch of m[1] ?? '') col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}

/** Issues in sheet order (row, then column), errors first within a cell. */
function sortIssues(issues: Issue[]): Issue[] {
  return issues
    .map((issue, i) => ({ issue, i, pos: cellOrder(issue.cell) }))
    .sort((a, b) => a.pos[0] - b.pos[0] || a.pos[1] - b.pos[1] || SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] || a.i - b.i)
    .map((x) => x.issue);
}

function statusOf(score: number, expected: number | null, checkedIn: boolean, settings: Settings): PaceStatus | null {
  if (expected === null) return score >= 1 ? 'done' : checkedIn ? null : 'notStarted';
  return paceStatus(score, expected, checkedIn, settings.tolerances);
}

function scoreKeyResult(kr: KeyResult, o: Objective, expectedAt: (due: IsoDate | null) => number | null, settings: Settings): KeyResultScore {
  const checkedIn = kr.current.value !== null;
  const expected = expectedAt(kr.due.value);
  // Object literals of one shape, not spreads: spreads are several times slower here (npm run bench).
  const result = (score: number | null, uncapped: number | null, status: PaceStatus | null): KeyResultScore => ({
    row: kr.row,
    type: kr.type,
    score,
    uncapped,
    checkedIn,
    band: score === null ? null : band(score, o.commitment, settings),
    expected,
    status,
  });
  if (!kr.scorable || kr.type === null) return result(null, null, null);
  const { score, uncapped } = scoreValues(kr.start.value, kr.target.value, kr.current.value, kr.type);
  if (score === null) return result(null, null, null);
  if (kr.type === 'milestone' && score < 1 && checkedIn && expected !== null) {
    // A milestone is all or nothing: not done yet is on track until its due date has passed.
    return result(score, uncapped, expected < 1 ? 'onTrack' : 'offTrack');
  }
  return result(score, uncapped, statusOf(score, expected, checkedIn, settings));
}

/** Scores every key result, objective, team and the quarter (DESIGN §5). */
export function scorePlan(plan: Plan, settings: Settings, asOf: IsoDate | null, parentOf: Map<string, string>): PlanScores {
  const objectives = plan.teams.flatMap((t) => t.objectives);
  const keyResults: KeyResultScore[] = [];
  // Expected progress depends only on the due date: computed once per distinct date.
  const period = plan.period;
  const expectedByDue = new Map<IsoDate | null, number | null>();
  const expectedAt = (due: IsoDate | null): number | null => {
    if (!period || !asOf) return null;
    let e = expectedByDue.get(due);
    if (e === undefined) {
      e = elapsedShare(period.start, due ?? period.end, asOf);
      expectedByDue.set(due, e);
    }
    return e;
  };
  const own = new Map<string, { score: number | null; expected: number | null; checkedIn: boolean; parts: number }>();
  for (const o of objectives) {
    const scored: { s: KeyResultScore; weight: number }[] = [];
    for (const kr of o.keyResults) {
      const s = scoreKeyResult(kr, o, expectedAt, settings);
      keyResults.push(s);
      if (s.score !== null) scored.push({ s, weight: kr.weight.value ?? 1 });
    }
    const counted = scored.filter((x) => x.weight > 0);
    const expectedParts = counted.filter((x) => x.s.expected !== null).map((x) => ({ value: x.s.expected as number, weight: x.weight }));
    own.set(o.id, {
      score: weightedMean(counted.map((x) => ({ value: x.s.score as number, weight: x.weight }))),
      expected: weightedMean(expectedParts),
      checkedIn: counted.some((x) => x.s.checkedIn),
      parts: counted.length,
    });
  }

  // Aligned children count as one part each of their parent's score, when the setting is on.
  const children = new Map<string, string[]>();
  if (settings.rollUpAligned) {
    for (const [child, parent] of parentOf) children.set(parent, [...(children.get(parent) ?? []), child]);
  }
  const rolled = new Map<string, { score: number | null; expected: number | null; checkedIn: boolean }>();
  const rollUp = (id: string): { score: number | null; expected: number | null; checkedIn: boolean } => {
    const done = rolled.get(id);
    if (done) return done;
    const mine = own.get(id) ?? { score: null, expected: null, checkedIn: false, parts: 0 };
    const kids = (children.get(id) ?? []).map(rollUp);
    const scoreParts = [
      ...(mine.score !== null ? [{ value: mine.score, weight: mine.parts }] : []),
      ...kids.filter((k) => k.score !== null).map((k) => ({ value: k.score as number, weight: 1 })),
    ];
    const expectedParts = [
      ...(mine.expected !== null ? [{ value: mine.expected, weight: mine.parts }] : []),
      ...kids.filter((k) => k.expected !== null).map((k) => ({ value: k.expected as number, weight: 1 })),
    ];
    const result = {
      score: weightedMean(scoreParts),
      expected: weightedMean(expectedParts),
      checkedIn: mine.checkedIn || kids.some((k) => k.checkedIn),
    };
    rolled.set(id, result);
    return result;
  };

  const objectiveScores: ObjectiveScore[] = objectives.map((o) => {
    const r = rollUp(o.id);
    return {
      id: o.id,
      team: o.team,
      score: r.score,
      band: r.score === null ? null : band(r.score, o.commitment, settings),
      expected: r.expected,
      status: r.score === null ? null : statusOf(r.score, r.expected, r.checkedIn, settings),
    };
  });
  const scoreById = new Map(objectiveScores.map((s) => [s.id, s.score]));
  const teamOf = new Map(objectives.map((o) => [o.id, o.team]));

  // With roll-up on, an aligned objective counts inside its parent, not again on its own.
  const countsInTeam = (o: Objective): boolean => {
    const parent = settings.rollUpAligned ? parentOf.get(o.id) : undefined;
    return parent === undefined || teamOf.get(parent) !== o.team;
  };
  const countsInQuarter = (o: Objective): boolean => !settings.rollUpAligned || !parentOf.has(o.id);
  const scoresOf = (list: Objective[]) => list.map((o) => scoreById.get(o.id)).filter((s): s is number => s !== null && s !== undefined);

  const teams: TeamScore[] = plan.teams.map((t) => {
    const score = mean(scoresOf(t.objectives.filter(countsInTeam)));
    return { name: t.name, score, band: score === null ? null : band(score, 'aspirational', settings) };
  });
  const quarter = mean(scoresOf(objectives.filter(countsInQuarter)));
  return {
    keyResults,
    objectives: objectiveScores,
    teams,
    quarter,
    quarterBand: quarter === null ? null : band(quarter, 'aspirational', settings),
  };
}

/** Parses, validates and scores one OKR sheet. Never throws on any grid. */
export function analyze(grid: Grid, options: AnalyzeOptions): Analysis {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const parsed = parsePlan(grid, { sheet: options.sheet, mapping: options.mapping, merges: options.merges, formats: options.formats });
  const { plan } = parsed;
  const asOf = options.measureAt ?? plan.labels.asOf.value ?? options.asOf ?? null;
  for (const kr of plan.teams.flatMap((t) => t.objectives).flatMap((o) => o.keyResults)) {
    kr.scorable = !parsed.unscorableRows.has(kr.row);
  }
  const alignment = resolveAlignment(plan);
  const scores = scorePlan(plan, settings, asOf, alignment.parentOf);
  const issues = sortIssues([
    ...parsed.issues,
    ...alignment.issues,
    ...validatePlan(plan, { asOf }),
    ...validateScores(plan, scores, { asOf }),
  ]);
  return { plan, scores, issues, asOf };
}
