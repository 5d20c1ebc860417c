// The dashboard tab (issue 16): tables the add-on owns and the native charts drawn from them.
// Decided here, pure: the adapter (src/sheets/dashboard.ts) copies the cells like any progress tab
// and builds each chart from its spec with Sheet.newChart(). Colours follow the one colour rule
// (core/score.ts `colourOf`): before the quarter ends the pace colours (on track, at risk, off
// track, not started), from its end on the grade bands.
import { addDays, daysBetween, digitsOf, formatDay, planCalendar } from './calendar';
import { bandLabel, statusLabel } from './i18n';
import { DASHBOARD_LABELS } from './i18n/dashboardLabels';
import { refOf } from './identity';
import { scorePlan } from './analyze';
import { isHistoryNote } from './i18n/historyHeaders';
import { isDoneWord } from './i18n/words';
import { isBlank } from './numbers';
import type { Analysis, Colour, IsoDate, KeyResult, Language, Plan, RollUp, Settings } from './model';
import { BAND_COLOURS, type ReportCell, type ReportTab } from './report';
import { mean } from './score';
import { resolveAlignment } from './validate';

/** One recorded check-in of a key result (the shape of the history reader's points). */
export interface DatedCheckIn {
  readonly date: IsoDate;
  /** The value in the key result's own unit; text, booleans and blanks are not plotted. */
  readonly value: number | boolean | string | null;
  /** Confidence 0–10, or null when none was given. */
  readonly confidence: number | null;
  /** The value before this check-in (the history's Old value), where the history has one. */
  readonly oldValue?: number | boolean | string | null;
  /** The history row's comment: a multi-cell edit's note says its Old value is not known. */
  readonly comment?: string;
}

/** Check-ins per key-result ref (core/identity.ts `refOf`), any order. */
export type HistoryByRef = ReadonlyMap<string, readonly DatedCheckIn[]>;

/** A roll-up on one day: its score (null when nothing was known) and how many of its parts were not scored. */
export interface ScoreAt {
  score: number | null;
  /** While above 0 the roll-up is incomplete: `score` is the mean of the scored parts only. */
  missing: number;
}

/** One week of the over-time series. */
export interface TimePoint {
  date: IsoDate;
  quarter: ScoreAt;
  /** One per team of the plan, in the plan's order. */
  teams: ScoreAt[];
  /** Mean confidence (0–10) of the key results with a confidence recorded by that day. */
  confidence: number | null;
}

/** A key result whose score moved between the previous refresh and this one. */
export interface Move {
  ref: string;
  keyResult: string;
  before: number;
  now: number;
}

/** Where a chart reads its data and how it looks: what EmbeddedChartBuilder is given. */
export interface ChartSpec {
  /** Apps Script's Charts.ChartType member name. */
  type: 'COLUMN' | 'COMBO' | 'PIE' | 'LINE' | 'BAR';
  title: string;
  /** The data block on the dashboard tab, 1-based, header row included. */
  range: { row: number; column: number; rows: number; columns: number };
  /** One colour per series (per slice for a pie), in the order of the range's columns (rows for a pie). */
  colors: string[];
  /** Anchor cell of the chart's top-left corner. */
  anchor: { row: number; column: number };
  /** Further Google Charts options, passed as is with setOption. */
  options: Record<string, string | number | boolean | Record<string, unknown>>;
}

export interface Dashboard {
  tab: ReportTab;
  charts: ChartSpec[];
  /** The over-time series (also in the tab), for the HTML report and tests. */
  series: TimePoint[];
  moves: { up: Move[]; down: Move[] };
}

/** Chart colours of the one colour rule: the bars of the bands, grey for not started. */
export const CHART_COLOURS: Record<Colour, string> = {
  green: BAND_COLOURS.green.bar,
  yellow: BAND_COLOURS.yellow.bar,
  red: BAND_COLOURS.red.bar,
  grey: '#9aa0a6',
};
/** Colours of lines that are not scores of one colour (teams over time, expected progress). */
export const SERIES_PALETTE = ['#1a73e8', '#12b5cb', '#e8710a', '#9334e6', '#e52592', '#7cb342', '#795548', '#5f6368'];
const EXPECTED_COLOUR = '#202124';
const CONFIDENCE_COLOUR = '#1a73e8';

/** The heading of the table of this refresh's scores that the next refresh compares against. */
export const SCORES_AT_REFRESH_KEY = 'okr-sheets:scores-at-refresh';
/** How many moves up and down the dashboard lists. */
export const MOVES_SHOWN = 5;
/** How many weeks back the over-time series goes at most (a quarter). */
export const WEEKS_SHOWN = 13;

const HEADER_BACKGROUND = '#e8eaed';
const SCORE_FORMAT = '0%';
const WIDTH = 7;
/** The bar of a team whose roll-up is incomplete (some key results could not be scored). */
const INCOMPLETE_COLOUR = '#dadce0';
/** Notes under a table. */
const NOTE_COLOUR = '#5f6368';
/** Charts sit right of the tables, from this column. */
const CHART_COLUMN = 8;
/** Sheets names are at most 100 characters. */
const MAX_NAME = 100;

const blank = (): ReportCell => ({});
const text = (value: string, extra: Partial<ReportCell> = {}): ReportCell => ({ text: value, ...extra });
const header = (value: string): ReportCell => ({ text: value, bold: true, background: HEADER_BACKGROUND });
const pct = (value: number | null): ReportCell => (value === null ? blank() : { number: value, format: SCORE_FORMAT });
const fill = (cells: ReportCell[]): ReportCell[] => {
  while (cells.length < WIDTH) cells.push(blank());
  return cells;
};

/** The dashboard tab's name for a quarter label, cut to Sheets' 100 characters. */
export function dashboardTabName(language: Language, quarterLabel: string): string {
  return `${DASHBOARD_LABELS[language].tab} ${quarterLabel}`.slice(0, MAX_NAME);
}

/** The label of a colour in the question the colours answer (pace before the end, grade after). */
export function colourLabel(language: Language, rule: 'pace' | 'grade', colour: Colour): string {
  if (rule === 'grade' && colour !== 'grey') return bandLabel(language, colour);
  return statusLabel(language, colour === 'green' ? 'onTrack' : colour === 'yellow' ? 'atRisk' : colour === 'red' ? 'offTrack' : 'notStarted');
}

/** How many key results have each colour; `unscored` counts those that could not be scored. */
export function colourCounts(analysis: Analysis): Record<Colour, number> & { unscored: number } {
  const counts = { green: 0, yellow: 0, red: 0, grey: 0, unscored: 0 };
  for (const s of analysis.scores.keyResults) {
    if (s.colour === null) counts.unscored++;
    else counts[s.colour]++;
  }
  return counts;
}

/**
 * Scores and mean confidence week by week, from the history: on each week's day (the as-of date
 * and every 7 days before it, at most `weeks`, not before the quarter's start) a key result's value
 * is its last value recorded by that day, scored with today's start, target and type by the plan's
 * own roll-up (analyze.ts `scorePlan`: weights, aligned objectives, milestones and grades alike).
 * A key result's last check-in by a day says what its Current held: a blank is not started (as a
 * blank Current in the tab), text that is not a value is not known. Before its first check-in it
 * was blank only when the history says so: that check-in's Old value is blank (and not a paste over
 * several cells, whose Old value is not known), or it has none and its Current is blank today.
 * Otherwise its value that day is not known, and, as a key result
 * that cannot be scored (an error in the sheet), it makes every roll-up above it incomplete
 * (`missing` > 0), as in the tabs: the score is the mean of the scored parts only, never shown as
 * if it were the whole. A roll-up none of whose key results has a check-in by that day is null
 * (nothing was known). The last point is today's analysis itself, so the series ends where the tabs are.
 */
export function seriesFromHistory(analysis: Analysis, history: HistoryByRef, settings: Settings, weeks = WEEKS_SHOWN): TimePoint[] {
  const asOf = analysis.asOf;
  if (!asOf) return [];
  const plan = analysis.plan;
  const start = plan.period?.start ?? null;
  const days: IsoDate[] = [];
  for (let i = weeks - 1; i >= 1; i--) {
    const day = addDays(asOf, -7 * i);
    if (start === null || daysBetween(start, day) >= 0) days.push(day);
  }
  const sorted = new Map<string, DatedCheckIn[]>();
  for (const [ref, points] of history)
    sorted.set(
      ref,
      [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    );
  const lastBy = <T>(points: DatedCheckIn[] | undefined, day: IsoDate, pick: (p: DatedCheckIn) => T | null): T | null => {
    let found: T | null = null;
    for (const p of points ?? []) {
      if (p.date > day) break;
      const v = pick(p);
      if (v !== null) found = v;
    }
    return found;
  };
  const parentOf = resolveAlignment(plan).parentOf;
  const points: TimePoint[] = days.map((day) => {
    const confidences: number[] = [];
    // Teams with at least one key result checked in by that day.
    const known = new Set<string>();
    // The plan as it stood that day: each key result's Current is its last recorded value.
    const then: Plan = {
      ...plan,
      teams: plan.teams.map((t) => ({
        ...t,
        objectives: t.objectives.map((o) => ({
          ...o,
          keyResults: o.keyResults.map((kr) => {
            const entries = sorted.get(refOf(kr, o));
            // A Confidence cleared in the sheet is none from that day on (its blank is logged with a note).
            const confidence = lastBy(entries, day, (p) =>
              p.confidence !== null ? p.confidence : isHistoryNote(p.comment ?? '', 'confidenceCleared') ? CLEARED : null,
            );
            if (confidence !== null && confidence !== CLEARED) confidences.push(confidence);
            // The last check-in by that day says what Current held: a blank is blank (a cleared
            // Current is not started, as in the tab), text that is not a value is not known.
            const last = lastBy(entries, day, (p) => p);
            if (last) {
              known.add(t.name);
              if (isBlank(last.value)) return { ...kr, current: { ...kr.current, value: null } };
              const value = currentOf(kr, last.value);
              return value === null ? { ...kr, scorable: false } : { ...kr, current: { ...kr.current, value } };
            }
            // Before its first check-in: blank only when that check-in says the cell was blank (a
            // paste over several cells logs a blank Old value that means "not known").
            const first = entries?.[0];
            const blankBefore = first
              ? first.oldValue !== undefined && isBlank(first.oldValue) && !isHistoryNote(first.comment ?? '', 'pasted')
              : kr.current.value === null && isBlank(kr.current.raw);
            return blankBefore ? { ...kr, current: { ...kr.current, value: null } } : { ...kr, scorable: false };
          }),
        })),
      })),
    };
    const scores = scorePlan(then, settings, day, parentOf);
    return {
      date: day,
      quarter: known.size > 0 ? rollUpAt(scores.quarterRollUp) : unknown(scores.quarterRollUp),
      teams: scores.teams.map((r, i) => (known.has(plan.teams[i]!.name) ? rollUpAt(r) : unknown(r))),
      confidence: mean(confidences),
    };
  });
  const todayConfidences = plan.teams
    .flatMap((t) => t.objectives.flatMap((o) => o.keyResults.map((kr) => kr.confidence.value)))
    .filter((c): c is number => c !== null);
  points.push({ date: asOf, quarter: rollUpAt(analysis.scores.quarterRollUp), teams: analysis.scores.teams.map(rollUpAt), confidence: mean(todayConfidences) });
  return points;
}

const rollUpAt = (r: RollUp): ScoreAt => ({ score: r.score, missing: r.missing });
/** A roll-up none of whose key results had a check-in by that day: nothing was known. */
const unknown = (r: RollUp): ScoreAt => ({ score: null, missing: r.parts });
/** A confidence the history says was cleared (never a 0–10 value). */
const CLEARED = -1;

/**
 * A recorded value (in its cell's unit) as the key result's Current reads (core/parse.ts): a
 * milestone's done or not (a ticked box, 1, a done word in any language) as 1 or 0, or its count; a
 * 0–100 grade or a percentage kept in points as a fraction (70 → 0.7); any other number as it is.
 * Text that is none of these is null (not known).
 */
function currentOf(kr: KeyResult, v: DatedCheckIn['value']): number | null {
  if (kr.type === 'milestone') {
    const counted = kr.target.value !== null && kr.target.value > 1;
    if (counted) return typeof v === 'number' && Number.isFinite(v) ? v : null;
    const done = typeof v === 'number' ? (v >= 1 ? true : v <= 0 ? false : null) : isDoneWord(v);
    return done === null ? null : done ? 1 : 0;
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) return null;
  // The plan reads a percentage as fractions (0.18 → 0.25) whatever its cells keep: a percentage
  // kept in points (18 → 25, Unit %) was logged as 20, which is 0.2 here, never 20 (2,000 %).
  if (kr.scale === 'percent' && kr.percentStorage === 'points') return v / 100;
  return kr.type === 'grade' && kr.gradeScale === 100 ? v / 100 : v;
}

/**
 * The biggest moves between the previous refresh's scores (by ref) and today's: at most `shown`
 * up (largest rise first) and down (largest fall first). Key results new since then, or that
 * cannot be scored now, are not moves.
 */
export function biggestMoves(analysis: Analysis, previous: ReadonlyMap<string, number>, shown = MOVES_SHOWN): { up: Move[]; down: Move[] } {
  const moves: Move[] = [];
  const byRow = new Map(analysis.scores.keyResults.map((s) => [s.row, s]));
  for (const o of analysis.plan.teams.flatMap((t) => t.objectives)) {
    for (const kr of o.keyResults) {
      const ref = refOf(kr, o);
      const before = previous.get(ref);
      const now = byRow.get(kr.row)?.score ?? null;
      if (before === undefined || now === null || Math.abs(now - before) < 1e-9) continue;
      moves.push({ ref, keyResult: kr.text.value ?? '', before, now });
    }
  }
  const up = moves
    .filter((m) => m.now > m.before)
    .sort((a, b) => b.now - b.before - (a.now - a.before))
    .slice(0, shown);
  const down = moves
    .filter((m) => m.now < m.before)
    .sort((a, b) => a.now - a.before - (b.now - b.before))
    .slice(0, shown);
  return { up, down };
}

export interface DashboardOptions {
  language: Language;
  quarterLabel: string;
  /** When this refresh ran, in the spreadsheet's time zone ("2026-12-03 08:05"). */
  refreshedAt: string;
  history: HistoryByRef;
  /**
   * The previous refresh's scores by ref; null on the first refresh; 'unfinished' when the last
   * refresh stopped while writing the dashboard (its cells are not a refresh's to compare with).
   */
  previous: ReadonlyMap<string, number> | null | 'unfinished';
  /** The plan's settings: the over-time scores are rolled up as the tabs' are (bands, alignment). */
  settings: Settings;
}

/**
 * The dashboard tab and its charts. Tables run down columns A–F; each chart reads one table and
 * sits beside it from column H. The last table keeps this refresh's scores by ref, so the next
 * refresh can say what changed (the add-on's own cells, found by the key `SCORES_AT_REFRESH_KEY`).
 */
export function buildDashboard(analysis: Analysis, options: DashboardOptions): Dashboard {
  const { language } = options;
  const labels = DASHBOARD_LABELS[language];
  const rightToLeft = language === 'fa' || language === 'ar';
  const rule = analysis.scores.colourRule;
  const rows: ReportCell[][] = [];
  const charts: ChartSpec[] = [];
  const next = () => rows.length + 1;
  const gap = () => {
    // Room for the chart beside a short table: at least 16 rows per block.
    rows.push(fill([]));
  };
  const padTo = (row: number) => {
    while (rows.length < row - 1) rows.push(fill([]));
  };

  rows.push(fill([text(`${labels.title} · ${analysis.plan.sheet}`, { bold: true })]));
  rows.push(fill([header(labels.lastRefreshed), text(options.refreshedAt)]));
  gap();

  // 1. Teams against expected progress: one column series per colour, so each bar has its team's colour.
  const colours: Colour[] = rule === 'pace' ? ['green', 'yellow', 'red', 'grey'] : ['green', 'yellow', 'red'];
  let block = next();
  rows.push(fill([text(labels.teamsVsExpected, { bold: true })]));
  const teamHeader = next();
  // A team with key results that could not be scored has no colour: its bar is in the Incomplete
  // series (light grey), never missing and never coloured as if its scored parts were the whole.
  rows.push(fill([header(labels.team), ...colours.map((c) => header(colourLabel(language, rule, c))), header(labels.incomplete), header(labels.expected)]));
  for (const team of analysis.scores.teams) {
    const colour = team.missing > 0 ? null : team.colour;
    const incomplete = team.missing > 0 && team.score !== null;
    rows.push(
      fill([
        text(team.name || analysis.plan.sheet),
        ...colours.map((c) => (c === colour ? pct(team.score) : blank())),
        incomplete ? pct(team.score) : blank(),
        pct(team.expected),
      ]),
    );
  }
  charts.push({
    type: 'COMBO',
    title: labels.teamsVsExpected,
    range: { row: teamHeader, column: 1, rows: analysis.scores.teams.length + 1, columns: colours.length + 3 },
    colors: [...colours.map((c) => CHART_COLOURS[c]), INCOMPLETE_COLOUR, EXPECTED_COLOUR],
    anchor: { row: block, column: CHART_COLUMN },
    options: {
      seriesType: 'bars',
      isStacked: true,
      series: { [colours.length + 1]: { type: 'line' } },
      vAxis: { format: 'percent', viewWindow: { min: 0, max: 1 } },
    },
  });
  padTo(block + 18);

  // 2. Key results by colour.
  block = next();
  rows.push(fill([text(labels.statusCounts, { bold: true })]));
  const countHeader = next();
  rows.push(fill([header(rule === 'pace' ? labels.statusCounts : labels.statusCounts), header(labels.keyResults)]));
  const counts = colourCounts(analysis);
  for (const c of colours) rows.push(fill([text(colourLabel(language, rule, c)), { number: counts[c], format: '0' }]));
  rows.push(fill([text(labels.notScored), { number: counts.unscored + (rule === 'grade' ? counts.grey : 0), format: '0' }]));
  charts.push({
    type: 'PIE',
    title: labels.statusCounts,
    range: { row: countHeader, column: 1, rows: colours.length + 2, columns: 2 },
    colors: [...colours.map((c) => CHART_COLOURS[c]), '#dadce0'],
    anchor: { row: block, column: CHART_COLUMN },
    options: { pieHole: 0.4 },
  });
  padTo(block + 18);

  // 3. Scores over time (quarter and teams) and 4. the confidence trend. A week whose roll-up is
  // incomplete (some key results had no value yet) is never drawn as a score: the quarter's goes in
  // the grey Incomplete series, a team's is left out, and a note under the table says so.
  const series = seriesFromHistory(analysis, options.history, options.settings);
  block = next();
  rows.push(fill([text(labels.overTime, { bold: true })]));
  const timeHeader = next();
  const teamNames = analysis.plan.teams.map((t) => t.name || analysis.plan.sheet);
  const timeWidth = Math.min(WIDTH, 3 + teamNames.length);
  rows.push(fill([header(labels.week), header(labels.quarter), header(labels.incomplete), ...teamNames.slice(0, timeWidth - 3).map(header)]));
  // A Solar Hijri plan's weeks are Solar Hijri days (text: Sheets has no Solar Hijri date format).
  const weekCell = (day: IsoDate): ReportCell =>
    planCalendar(analysis.plan) === 'jalali' ? text(formatDay(day, 'jalali', { digits: digitsOf(options.language) })) : { date: day, format: 'yyyy-mm-dd' };
  const complete = (r: ScoreAt): ReportCell => pct(r.missing === 0 ? r.score : null);
  const partial = (r: ScoreAt): ReportCell => pct(r.missing > 0 ? r.score : null);
  for (const p of series) rows.push(fill([weekCell(p.date), complete(p.quarter), partial(p.quarter), ...p.teams.slice(0, timeWidth - 3).map(complete)]));
  if (series.some((p) => p.quarter.missing > 0 || p.teams.some((t) => t.missing > 0)))
    rows.push(fill([text(labels.overTimeIncomplete, { color: NOTE_COLOUR })]));
  const quarterColour = analysis.scores.quarterRollUp.colour;
  charts.push({
    type: 'LINE',
    title: labels.overTime,
    range: { row: timeHeader, column: 1, rows: series.length + 1, columns: timeWidth },
    colors: [quarterColour ? CHART_COLOURS[quarterColour] : CHART_COLOURS.grey, INCOMPLETE_COLOUR, ...SERIES_PALETTE.slice(0, timeWidth - 3)],
    anchor: { row: block, column: CHART_COLUMN },
    options: { vAxis: { format: 'percent', viewWindow: { min: 0, max: 1 } }, pointSize: 5, series: { 0: { lineWidth: 4 }, 1: { lineDashStyle: [4, 4] } } },
  });
  padTo(block + 18);

  block = next();
  rows.push(fill([text(labels.confidenceTrend, { bold: true })]));
  const confidenceHeader = next();
  rows.push(fill([header(labels.week), header(labels.confidence)]));
  for (const p of series) rows.push(fill([weekCell(p.date), p.confidence === null ? blank() : { number: round(p.confidence, 1), format: '0.0' }]));
  charts.push({
    type: 'LINE',
    title: labels.confidenceTrend,
    range: { row: confidenceHeader, column: 1, rows: series.length + 1, columns: 2 },
    colors: [CONFIDENCE_COLOUR],
    anchor: { row: block, column: CHART_COLUMN },
    options: { vAxis: { viewWindow: { min: 0, max: 10 } }, pointSize: 5 },
  });
  padTo(block + 18);

  // 5. What changed since the last refresh.
  const previous = options.previous;
  const moves = biggestMoves(analysis, previous instanceof Map ? previous : new Map());
  block = next();
  rows.push(fill([text(labels.changed, { bold: true })]));
  if (previous === null) rows.push(fill([text(labels.firstRefresh)]));
  else if (previous === 'unfinished') rows.push(fill([text(labels.lastUnfinished)]));
  else if (moves.up.length + moves.down.length === 0) rows.push(fill([text(labels.noChange)]));
  else {
    const moveHeader = next();
    rows.push(fill([header(labels.keyResult), header(labels.up), header(labels.down), header(labels.before), header(labels.now)]));
    for (const m of [...moves.up, ...moves.down]) {
      const change = m.now - m.before;
      rows.push(fill([text(m.keyResult.slice(0, 60)), change > 0 ? pct(change) : blank(), change < 0 ? pct(change) : blank(), pct(m.before), pct(m.now)]));
    }
    charts.push({
      type: 'BAR',
      title: labels.changed,
      range: { row: moveHeader, column: 1, rows: moves.up.length + moves.down.length + 1, columns: 3 },
      colors: [CHART_COLOURS.green, CHART_COLOURS.red],
      anchor: { row: block, column: CHART_COLUMN },
      options: { isStacked: true, hAxis: { format: 'percent' } },
    });
  }
  padTo(block + 18);

  // This refresh's scores by ref, for the next refresh.
  rows.push(fill([text(labels.scoresAtRefresh, { bold: true }), blank(), blank(), blank(), blank(), text(SCORES_AT_REFRESH_KEY, { color: '#ffffff' })]));
  rows.push(fill([header(labels.keyResult), header(labels.score)]));
  const byRow = new Map(analysis.scores.keyResults.map((s) => [s.row, s]));
  for (const o of analysis.plan.teams.flatMap((t) => t.objectives)) {
    for (const kr of o.keyResults) {
      const score = byRow.get(kr.row)?.score ?? null;
      rows.push(fill([text(refOf(kr, o)), pct(score)]));
    }
  }

  const tab: ReportTab = {
    kind: 'dashboard',
    name: dashboardTabName(language, options.quarterLabel),
    rightToLeft,
    frozenRows: 2,
    columnWidths: [260, 90, 90, 90, 90, 90, 90],
    rows,
  };
  return { tab, charts, series, moves };
}

/**
 * Reads the previous refresh's scores from the dashboard tab's own grid (getValues of the tab):
 * the rows under the `SCORES_AT_REFRESH_KEY` marker, ref in column A and score in column B. Null
 * when the marker is not there (first refresh, or not a dashboard).
 */
export function previousScores(grid: readonly (readonly unknown[])[]): Map<string, number> | null {
  const marker = grid.findIndex((row) => row.some((v) => v === SCORES_AT_REFRESH_KEY));
  if (marker < 0) return null;
  const scores = new Map<string, number>();
  for (const row of grid.slice(marker + 2)) {
    const ref = row[0];
    const score = row[1];
    if (typeof ref === 'string' && ref !== '' && typeof score === 'number' && Number.isFinite(score)) scores.set(ref, score);
  }
  return scores;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
