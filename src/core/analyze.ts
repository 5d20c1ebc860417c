// One call from a sheet's values to everything the add-on shows: parse → validate → score → review.
import { auditScoreColumn } from './audit';
import { cellPosition } from './a1';
import { elapsedShare } from './calendar';
import {
  DEFAULT_SETTINGS,
  type Analysis,
  type ColourRule,
  type Commitment,
  type RollUp,
  type ColumnMapping,
  type Grid,
  type Issue,
  type IsoDate,
  type Period,
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
import type { NumberConvention } from './numbers';
import type { ObjectiveTable } from './objectivesTab';
import { paceStatus } from './pace';
import { band, colourOf, colourRule, mean, scoreValues, weightedMean } from './score';
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
  /** The spreadsheet's time zone (IANA name): a Date cell is the day it falls on there. */
  timeZone?: string;
  /** How numbers typed as text are written in the spreadsheet's locale. */
  numbers?: NumberConvention;
  /** Display values of the rows down to the header (at least): saved header texts are matched against them. */
  shown?: Grid;
  /** A two-tab tracker's objectives tab, read (core/objectivesTab.ts). */
  objectives?: ObjectiveTable | null;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function cellOrder(cell: string): [number, number] {
  const p = cellPosition(cell);
  return p ? [p.row, p.column] : [0, 0];
}

/** Issues in sheet order (row, then column), errors first within a cell. */
function sortIssues(issues: Issue[]): Issue[] {
  return issues
    .map((issue, i) => ({ issue, i, pos: cellOrder(issue.cell) }))
    .sort((a, b) => a.pos[0] - b.pos[0] || a.pos[1] - b.pos[1] || SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] || a.i - b.i)
    .map((x) => x.issue);
}

/** The elapsed share of the quarter after which a not-done milestone with no Due is at risk. */
const MILESTONE_NO_DUE_AT_RISK = 0.5;

function statusOf(score: number, expected: number | null, checkedIn: boolean, settings: Settings): PaceStatus | null {
  if (expected === null) return score >= 1 ? 'done' : checkedIn ? null : 'notStarted';
  return paceStatus(score, expected, checkedIn, settings.tolerances);
}

function scoreKeyResult(
  kr: KeyResult,
  o: Objective,
  expectedAt: (due: IsoDate | null, own?: Period | null) => number | null,
  settings: Settings,
  rule: ColourRule,
): KeyResultScore {
  const checkedIn = kr.current.value !== null;
  const expected = expectedAt(kr.due.value, kr.period);
  // Object literals of one shape, not spreads: spreads are several times slower here (npm run bench).
  const result = (score: number | null, uncapped: number | null, status: PaceStatus | null): KeyResultScore => {
    const b = score === null ? null : band(score, o.commitment, settings);
    return {
      row: kr.row,
      type: kr.type,
      score,
      uncapped,
      checkedIn,
      band: b,
      expected,
      status,
      colour: score === null ? null : colourOf(rule, b, status),
    };
  };
  if (!kr.scorable || kr.type === null) return result(null, null, null);
  const { score, uncapped } = scoreValues(kr.start.value, kr.target.value, kr.current.value, kr.type);
  if (score === null) return result(null, null, null);
  if (kr.type === 'milestone' && score < 1 && checkedIn && expected !== null && !(kr.target.value !== null && kr.target.value > 1)) {
    // A milestone is all or nothing: not done yet is on track until its due date has passed. One with
    // no Due is due at the quarter's end, and nothing says when the work happens: not done in the
    // second half of the quarter is at risk (a Due says when it is planned).
    if (expected >= 1) return result(score, uncapped, 'offTrack');
    return result(score, uncapped, kr.due.value === null && expected > MILESTONE_NO_DUE_AT_RISK ? 'atRisk' : 'onTrack');
  }
  return result(score, uncapped, statusOf(score, expected, checkedIn, settings));
}

/**
 * What a key result adds to its objective's expected progress: its expected progress, except for a
 * milestone not yet done (all or nothing, so its pace is judged by its due date, not by a line):
 * on track, its own score (it is where it should be); at risk, its score plus the at-risk
 * tolerance (the far end of at risk); off track, its expected progress. So an objective of
 * milestones takes the colour its milestones have (two at-risk milestones make an at-risk
 * objective, never an off-track one), and an at-risk milestone never makes its objective look
 * better than at risk on its own.
 */
function rollUpExpected(kr: KeyResult, s: KeyResultScore, settings: Settings): number {
  const expected = s.expected as number;
  const counted = kr.target.value !== null && kr.target.value > 1;
  if (kr.type !== 'milestone' || counted || s.score === null || s.score >= 1) return expected;
  if (s.status === 'onTrack') return Math.min(expected, s.score);
  if (s.status === 'atRisk') return Math.min(expected, s.score + settings.tolerances.atRisk);
  return expected;
}

interface Parts {
  score: number | null;
  expected: number | null;
  checkedIn: boolean;
  parts: number;
  missing: number;
}

/** A roll-up's band, status and colour: none while any of its parts is missing. */
function rollUpOf(p: Parts, commitment: Commitment, settings: Settings, rule: ColourRule): RollUp {
  const complete = p.missing === 0 && p.score !== null;
  const b = complete ? band(p.score as number, commitment, settings) : null;
  const status = complete ? statusOf(p.score as number, p.expected, p.checkedIn, settings) : null;
  return { score: p.score, band: b, expected: p.expected, status, colour: complete ? colourOf(rule, b, status) : null, parts: p.parts, missing: p.missing };
}

/**
 * Scores every key result, objective, team and the quarter (DESIGN §5). A key result with a weight
 * that cannot be scored makes every roll-up above it incomplete (`missing` > 0): its score is the
 * mean of the scored parts, and it has no band, status or colour.
 */
export function scorePlan(plan: Plan, settings: Settings, asOf: IsoDate | null, parentOf: Map<string, string>): PlanScores {
  const objectives = plan.teams.flatMap((t) => t.objectives);
  const keyResults: KeyResultScore[] = [];
  const rule = colourRule(plan.period, asOf);
  // Expected progress depends only on the due date and the period: computed once per distinct pair.
  // A key result with its own period (a per-row Quarter/Season column) is paced in that period;
  // one whose period could not be read (null) has no pace.
  const expectedByDue = new Map<string, number | null>();
  const expectedAt = (due: IsoDate | null, own?: Period | null): number | null => {
    const period = own === undefined ? plan.period : own;
    if (!period || !asOf) return null;
    const key = `${period.start}/${period.end}/${due ?? ''}`;
    let e = expectedByDue.get(key);
    if (e === undefined) {
      e = elapsedShare(period.start, due ?? period.end, asOf);
      expectedByDue.set(key, e);
    }
    return e;
  };
  const own = new Map<string, Parts>();
  for (const o of objectives) {
    const scored: { s: KeyResultScore; weight: number; kr: KeyResult }[] = [];
    let missing = 0;
    for (const kr of o.keyResults) {
      const s = scoreKeyResult(kr, o, expectedAt, settings, rule);
      keyResults.push(s);
      const weight = kr.weight.value ?? 1;
      if (s.score !== null) scored.push({ s, weight, kr });
      else if (weight > 0) missing++;
    }
    const counted = scored.filter((x) => x.weight > 0);
    const expectedParts = counted.filter((x) => x.s.expected !== null).map((x) => ({ value: rollUpExpected(x.kr, x.s, settings), weight: x.weight }));
    own.set(o.id, {
      score: weightedMean(counted.map((x) => ({ value: x.s.score as number, weight: x.weight }))),
      expected: weightedMean(expectedParts),
      checkedIn: counted.some((x) => x.s.checkedIn),
      parts: counted.length + missing,
      missing,
    });
  }

  // Aligned children count as one part each of their parent's score, when the setting is on.
  const children = new Map<string, string[]>();
  if (settings.rollUpAligned) {
    for (const [child, parent] of parentOf) children.set(parent, [...(children.get(parent) ?? []), child]);
  }
  const rolled = new Map<string, Parts>();
  const rollUp = (id: string): Parts => {
    const done = rolled.get(id);
    if (done) return done;
    const mine = own.get(id) ?? { score: null, expected: null, checkedIn: false, parts: 0, missing: 0 };
    const kids = (children.get(id) ?? []).map(rollUp);
    const scoreParts = [
      ...(mine.score !== null ? [{ value: mine.score, weight: mine.parts - mine.missing }] : []),
      ...kids.filter((k) => k.score !== null).map((k) => ({ value: k.score as number, weight: 1 })),
    ];
    const expectedParts = [
      ...(mine.expected !== null ? [{ value: mine.expected, weight: mine.parts - mine.missing }] : []),
      ...kids.filter((k) => k.expected !== null).map((k) => ({ value: k.expected as number, weight: 1 })),
    ];
    const result: Parts = {
      score: weightedMean(scoreParts),
      expected: weightedMean(expectedParts),
      checkedIn: mine.checkedIn || kids.some((k) => k.checkedIn),
      parts: mine.parts + kids.reduce((n, k) => n + k.parts, 0),
      missing: mine.missing + kids.reduce((n, k) => n + k.missing, 0),
    };
    rolled.set(id, result);
    return result;
  };

  const objectiveScores: ObjectiveScore[] = objectives.map((o) => ({ id: o.id, team: o.team, ...rollUpOf(rollUp(o.id), o.commitment, settings, rule) }));
  const scoreById = new Map(objectiveScores.map((s) => [s.id, s]));
  const teamOf = new Map(objectives.map((o) => [o.id, o.team]));

  // With roll-up on, an aligned objective counts inside its parent, not again on its own.
  const countsInTeam = (o: Objective): boolean => {
    const parent = settings.rollUpAligned ? parentOf.get(o.id) : undefined;
    return parent === undefined || teamOf.get(parent) !== o.team;
  };
  const countsInQuarter = (o: Objective): boolean => !settings.rollUpAligned || !parentOf.has(o.id);
  /** Objectives as parts of a team or the quarter: the mean of their scores, the sum of their missing parts. */
  const partsOf = (list: Objective[]): Parts => {
    const rolls = list.map((o) => scoreById.get(o.id)).filter((s): s is ObjectiveScore => s !== undefined);
    const scored = rolls.filter((r) => r.score !== null);
    const withExpected = rolls.filter((r) => r.expected !== null);
    return {
      score: mean(scored.map((r) => r.score as number)),
      expected: mean(withExpected.map((r) => r.expected as number)),
      checkedIn: list.some((o) => rolled.get(o.id)?.checkedIn),
      parts: rolls.reduce((n, r) => n + r.parts, 0),
      missing: rolls.reduce((n, r) => n + r.missing, 0),
    };
  };

  const teams: TeamScore[] = plan.teams.map((t) => ({ name: t.name, ...rollUpOf(partsOf(t.objectives.filter(countsInTeam)), 'aspirational', settings, rule) }));
  const quarterRollUp = rollUpOf(partsOf(objectives.filter(countsInQuarter)), 'aspirational', settings, rule);
  return {
    keyResults,
    objectives: objectiveScores,
    teams,
    quarter: quarterRollUp.score,
    quarterBand: quarterRollUp.band,
    quarterRollUp,
    colourRule: rule,
  };
}

/** Parses, validates and scores one OKR sheet. Never throws on any grid. */
export function analyze(grid: Grid, options: AnalyzeOptions): Analysis {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const parsed = parsePlan(grid, {
    sheet: options.sheet,
    mapping: options.mapping,
    merges: options.merges,
    formats: options.formats,
    timeZone: options.timeZone,
    numbers: options.numbers,
    shown: options.shown,
    objectives: options.objectives ?? null,
    asOf: options.measureAt ?? options.asOf ?? null,
  });
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
    ...auditScoreColumn(grid, plan, scores, options.numbers),
  ]);
  return { plan, scores, issues, asOf };
}
