// Plan + scores → a render model of the progress tabs (DESIGN §7): every cell's value, number
// format, colour and weight, decided here so the writer in src/sheets only copies grids into ranges.
import { columnLetter } from './a1';
import { daysShownIn, digitsOf, formatDay, planCalendar } from './calendar';
import { bandLabel, formatMessage, statusLabel, typeLabel } from './i18n';
import { formatText } from './i18n/format';
import type {
  Analysis,
  Band,
  Colour,
  IsoDate,
  Issue,
  KeyResult,
  KeyResultScore,
  Language,
  Objective,
  ObjectiveScore,
  PaceStatus,
  RollUp,
  Settings,
} from './model';
import { REPORT_LABELS, type ReportLabels } from './i18n/reportLabels';
import type { HistoryByRef } from './history';
import { refOf } from './identity';
import { percentFormatFor } from './scale';

export { columnLetter };

/** One cell of a progress tab. */
export interface ReportCell {
  /** Text is always written as literal text (never a formula), whatever it starts with. */
  text?: string;
  number?: number;
  date?: IsoDate;
  /** A formula the add-on wrote itself (SPARKLINE), in en_US syntax. */
  formula?: string;
  format?: string;
  background?: string;
  color?: string;
  bold?: boolean;
}

export type ReportTabKind = 'overview' | 'detail' | 'dashboard';

export interface ReportTab {
  kind: ReportTabKind;
  name: string;
  rightToLeft: boolean;
  frozenRows: number;
  /** Pixel widths, one per column. */
  columnWidths: number[];
  /** Rectangular: every row has columnWidths.length cells. */
  rows: ReportCell[][];
}

export const BAND_COLOURS: Record<Band, { background: string; bar: string }> = {
  green: { background: '#b7e1cd', bar: '#34a853' },
  yellow: { background: '#fce8b2', bar: '#f9ab00' },
  red: { background: '#f4c7c3', bar: '#ea4335' },
};

const STATUS_COLOURS: Record<PaceStatus, string> = {
  done: '#b7e1cd',
  onTrack: '#d9ead3',
  atRisk: '#fce8b2',
  offTrack: '#f4c7c3',
  notStarted: '#efefef',
};

const HEADER_BACKGROUND = '#e8eaed';
const SCORE_FORMAT = '0%';
const DATE_FORMAT = 'yyyy-mm-dd';

const blank = (): ReportCell => ({});

/**
 * A day of the plan: a date cell for calendar and fiscal quarters; for a Solar Hijri plan the Solar
 * Hijri day as text in the language's digits (formatDay; no Sheets number format writes that calendar),
 * with the Gregorian day beside it when `withGregorian`.
 */
function dayCell(analysis: Analysis, language: Language, iso: IsoDate | null, withGregorian = false): ReportCell {
  if (!iso) return blank();
  const calendar = planCalendar(analysis.plan);
  if (calendar !== 'jalali') return { date: iso, format: DATE_FORMAT };
  return { text: formatDay(iso, calendar, { digits: digitsOf(language), withGregorian }) };
}
const text = (value: string, extra: Partial<ReportCell> = {}): ReportCell => ({ text: value, ...extra });
const header = (value: string): ReportCell => ({ text: value, bold: true, background: HEADER_BACKGROUND });

/** Backgrounds of the one colour rule (core/score.ts `colourOf`): bands, and grey for not started. */
export const COLOUR_BACKGROUNDS: Record<Colour, string> = {
  green: BAND_COLOURS.green.background,
  yellow: BAND_COLOURS.yellow.background,
  red: BAND_COLOURS.red.background,
  grey: '#efefef',
};

function scoreCell(score: number | null, colour: Colour | null): ReportCell {
  if (score === null) return { text: '–' };
  return { number: score, format: SCORE_FORMAT, background: colour ? COLOUR_BACKGROUNDS[colour] : undefined };
}

/** The band of a complete roll-up, or "incomplete: 2 of 4 not scored" on grey. */
function bandOrIncomplete(r: RollUp | undefined, labels: ReportLabels, language: Language): ReportCell {
  if (r && r.missing > 0) return text(formatText(language, labels.incomplete, { missing: r.missing, parts: r.parts }), { background: COLOUR_BACKGROUNDS.grey });
  return r?.band ? text(bandLabel(language, r.band), { background: BAND_COLOURS[r.band].background }) : blank();
}

function statusCell(status: PaceStatus | null, language: Language): ReportCell {
  if (status === null) return blank();
  return { text: statusLabel(language, status), background: STATUS_COLOURS[status] };
}

/** A number in the format its unit suggests: percentages as %, money with a currency sign. */
function valueCell(value: number | null, unit: string | null, raw: string | number | boolean | null, percent: boolean): ReportCell {
  if (value === null) return raw === null || raw === '' ? blank() : text(String(raw));
  const u = (unit ?? '').trim();
  // A percent key result's values are fractions (core/scale.ts), shown with the digits they need.
  if (percent) return { number: value, format: percentFormatFor([value]) };
  const decimals = Number.isInteger(value) ? '' : '.00';
  if (u === '$') return { number: value, format: `$#,##0${decimals}` };
  if (u === '€') return { number: value, format: `#,##0${decimals} €` };
  return { number: value, format: `#,##0${decimals}` };
}

/** A bar from 0 to 1 that reads the score in the cell to its left-hand (or right-hand) side. */
/** How many of a key result's latest check-ins its trend line shows. */
export const TREND_POINTS = 26;

/**
 * A key result's checked-in values over time as a line, from the history (oldest first; the first
 * check-in's old value starts it), or null
 * with fewer than two numbers to draw. The values are inline (`{120,135,150}`, en_US syntax like
 * progressBar), so the line needs no range of the user's; a milestone's words are left out.
 */
export function trendLine(points: readonly { value: unknown; oldValue?: unknown }[] | undefined, rightToLeft: boolean): string | null {
  const list = points ?? [];
  // The value before the first check-in starts the line (120 → 140 → 150).
  const values = [list[0]?.oldValue, ...list.map((p) => p.value)].filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (values.length < 2) return null;
  const shown = values.slice(-TREND_POINTS).map((v) => String(Number.parseFloat(v.toPrecision(10))));
  const rtl = rightToLeft ? ';"rtl",true' : '';
  return `=SPARKLINE({${shown.join(',')}},{"charttype","line";"color","#1a73e8";"linewidth",2${rtl}})`;
}

export function progressBar(scoreA1: string, band: Colour | null, rightToLeft: boolean): string {
  const colour = band === null || band === 'grey' ? '#9aa0a6' : BAND_COLOURS[band].bar;
  const rtl = rightToLeft ? ';"rtl",true' : '';
  // Written in en_US syntax (commas, English names), as the Score formula is. No Google page says
  // setFormula takes that syntax in every locale: Help → Diagnostics checks it in the user's
  // spreadsheet (probe cellFormula, docs/ACCEPTANCE.md step 0).
  return `=IF(ISNUMBER(${scoreA1}),SPARKLINE(${scoreA1},{"charttype","bar";"max",1;"color1","${colour}"${rtl}}),"")`;
}

/**
 * The columns of the overview's team and objective tables and of the detail tab, in order. A
 * formula's reference to a column of its row (the progress bar reads the Score) is found here,
 * never typed as a letter.
 */
export const TEAM_TABLE = ['team', 'objectives', 'keyResults', 'score', 'band', 'progress'] as const satisfies readonly (keyof ReportLabels)[];
export const OBJECTIVE_TABLE = [
  'team',
  'objectiveId',
  'objective',
  'owner',
  'commitment',
  'score',
  'band',
  'status',
  'expected',
  'progress',
] as const satisfies readonly (keyof ReportLabels)[];
export const DETAIL_TABLE = [
  'team',
  'objectiveId',
  'keyResult',
  'owner',
  'type',
  'start',
  'target',
  'current',
  'unit',
  'score',
  'uncapped',
  'expected',
  'status',
  'due',
  'confidence',
  'progress',
  'trend',
  'source',
] as const satisfies readonly (keyof ReportLabels)[];

/** The A1 column letter of `column` in `table` (`score` in TEAM_TABLE → `D`). */
function letterOf(table: readonly string[], column: string): string {
  return columnLetter(table.indexOf(column) + 1);
}

function fill(cells: ReportCell[], width: number): ReportCell[] {
  while (cells.length < width) cells.push(blank());
  return cells;
}

function issueCounts(issues: Issue[]): { errors: number; warnings: number; infos: number } {
  return {
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
    infos: issues.filter((i) => i.severity === 'info').length,
  };
}

/** Owners of an objective: the distinct owners of its key results, in order of appearance. */
function objectiveOwners(objective: Objective): string {
  const owners: string[] = [];
  for (const kr of objective.keyResults) {
    const owner = kr.owner.value?.trim();
    if (owner && !owners.includes(owner)) owners.push(owner);
  }
  return owners.join(', ');
}

export interface ReportOptions {
  settings: Settings;
  /** Label of the quarter for the tab names, when the plan has no period (e.g. the sheet name). */
  fallbackLabel?: string;
  /** The day of this refresh as the plan shows days (core formatDay); each tab says it. */
  refreshed?: string;
  /** The check-ins by key-result identity (core/history.ts), for each key result's trend line. */
  history?: HistoryByRef;
}

/** The overview's cell that says when it was refreshed (or, after a typed change, that it is out of date). */
export const REFRESHED_CELL = { row: 1, column: 4 } as const;

/** The two progress tabs of one OKR sheet: an overview and the key-result detail. */
export function buildReport(analysis: Analysis, options: ReportOptions): ReportTab[] {
  const language = options.settings.language;
  const labels = REPORT_LABELS[language];
  const rightToLeft = language === 'fa' || language === 'ar';
  const quarterLabel = analysis.plan.period?.label ?? options.fallbackLabel ?? analysis.plan.sheet;
  const tabs = [
    overviewTab(analysis, labels, language, rightToLeft, quarterLabel),
    detailTab(analysis, labels, language, rightToLeft, quarterLabel, options.history),
  ];
  if (options.refreshed !== undefined) {
    const said = text(formatText(language, labels.refreshed, { day: options.refreshed }), { color: '#5f6368' });
    // Overview: beside the title (its fourth cell is free); detail: beside the colour note below the table.
    tabs[0]!.rows[REFRESHED_CELL.row - 1]![REFRESHED_CELL.column - 1] = said;
    tabs[1]!.rows[tabs[1]!.rows.length - 1]![2] = said;
  }
  return tabs;
}

function overviewTab(analysis: Analysis, labels: ReportLabels, language: Language, rightToLeft: boolean, quarterLabel: string): ReportTab {
  const width = 10;
  const rows: ReportCell[][] = [];
  const { scores, plan } = analysis;
  const counts = issueCounts(analysis.issues);

  rows.push(
    fill(
      [text(`${labels.title} · ${plan.sheet}`, { bold: true }), blank(), text(scores.colourRule === 'pace' ? labels.coloursPace : labels.coloursGrade)],
      width,
    ),
  );
  rows.push(
    fill(
      [
        header(labels.quarter),
        text(quarterLabel),
        header(labels.asOf),
        dayCell(analysis, language, analysis.asOf, true),
        header(labels.score),
        scoreCell(scores.quarter, scores.quarterRollUp.colour),
        header(labels.issues),
        text(formatText(language, labels.issueCounts, counts), {
          background: counts.errors > 0 ? BAND_COLOURS.red.background : undefined,
        }),
      ],
      width,
    ),
  );
  rows.push(fill([], width));

  // Team table.
  rows.push(fill([text(labels.teamsHeading, { bold: true })], width));
  rows.push(
    fill(
      TEAM_TABLE.map((k) => header(labels[k])),
      width,
    ),
  );
  for (const team of scores.teams) {
    const planTeam = plan.teams.find((t) => t.name === team.name);
    const row = rows.length + 1;
    rows.push(
      fill(
        [
          text(team.name || plan.sheet),
          { number: planTeam?.objectives.length ?? 0, format: '0' },
          { number: planTeam?.objectives.reduce((n, o) => n + o.keyResults.length, 0) ?? 0, format: '0' },
          scoreCell(team.score, team.colour),
          bandOrIncomplete(team, labels, language),
          { formula: progressBar(`${letterOf(TEAM_TABLE, 'score')}${row}`, team.colour, rightToLeft) },
        ],
        width,
      ),
    );
  }
  rows.push(fill([], width));

  // Objective table.
  rows.push(fill([text(labels.objectivesHeading, { bold: true })], width));
  rows.push(
    fill(
      OBJECTIVE_TABLE.map((k) => header(labels[k])),
      width,
    ),
  );
  const objectiveScores = new Map<string, ObjectiveScore>(scores.objectives.map((o) => [o.id, o]));
  for (const team of plan.teams) {
    for (const objective of team.objectives) {
      const score = objectiveScores.get(objective.id);
      const row = rows.length + 1;
      rows.push([
        text(team.name || plan.sheet),
        text(objective.id),
        text(objective.text.value ?? ''),
        text(objectiveOwners(objective)),
        text(objective.commitment === 'committed' ? labels.committed : labels.aspirational),
        scoreCell(score?.score ?? null, score?.colour ?? null),
        bandOrIncomplete(score, labels, language),
        statusCell(score?.status ?? null, language),
        score?.expected === null || score?.expected === undefined ? blank() : { number: score.expected, format: SCORE_FORMAT },
        { formula: progressBar(`${letterOf(OBJECTIVE_TABLE, 'score')}${row}`, score?.colour ?? null, rightToLeft) },
      ]);
    }
  }
  rows.push(fill([], width));

  // Issues, so the people who read the report see what keeps a row out of it.
  rows.push(fill([text(labels.issuesHeading, { bold: true })], width));
  if (analysis.issues.length === 0) {
    rows.push(fill([text(labels.noIssues)], width));
  } else {
    rows.push(fill([labels.severity, labels.cell, labels.message].map(header), width));
    for (const issue of analysis.issues) {
      rows.push(
        fill(
          [
            text(labels[issue.severity], {
              background: issue.severity === 'error' ? BAND_COLOURS.red.background : issue.severity === 'warning' ? BAND_COLOURS.yellow.background : undefined,
            }),
            text(`${issue.sheet}!${issue.cell}`),
            text(formatMessage(language, issue.messageKey, daysShownIn(issue.params, planCalendar(analysis.plan), language))),
          ],
          width,
        ),
      );
    }
  }

  return {
    kind: 'overview',
    name: `${labels.overviewTab} ${quarterLabel}`,
    rightToLeft,
    frozenRows: 2,
    columnWidths: [140, 110, 320, 140, 110, 80, 90, 100, 90, 160],
    rows,
  };
}

function detailTab(
  analysis: Analysis,
  labels: ReportLabels,
  language: Language,
  rightToLeft: boolean,
  quarterLabel: string,
  history?: HistoryByRef,
): ReportTab {
  const headers = DETAIL_TABLE.map((k) => labels[k]);
  const rows: ReportCell[][] = [headers.map(header)];
  const byRow = new Map<number, KeyResultScore>(analysis.scores.keyResults.map((s) => [s.row, s]));
  for (const team of analysis.plan.teams) {
    for (const objective of team.objectives) {
      for (const kr of objective.keyResults) {
        const score = byRow.get(kr.row);
        const trend = trendLine(history?.byRef.get(refOf(kr, objective)), rightToLeft);
        rows.push(keyResultRow(analysis, team.name, objective, kr, score, language, rightToLeft, rows.length + 1, trend));
      }
    }
  }
  // Which question the colours answer, below the table.
  rows.push(headers.map(() => blank()));
  rows.push(headers.map((_, i) => (i === 0 ? text(analysis.scores.colourRule === 'pace' ? labels.coloursPace : labels.coloursGrade) : blank())));
  return {
    kind: 'detail',
    name: `${labels.detailTab} ${quarterLabel}`,
    rightToLeft,
    frozenRows: 1,
    columnWidths: [130, 100, 320, 130, 90, 80, 80, 80, 60, 70, 80, 80, 100, 95, 85, 140, 120, 130],
    rows,
  };
}

function keyResultRow(
  analysis: Analysis,
  teamName: string,
  objective: Objective,
  kr: KeyResult,
  score: KeyResultScore | undefined,
  language: Language,
  rightToLeft: boolean,
  row: number,
  trend: string | null,
): ReportCell[] {
  const unit = kr.unit.value;
  return [
    text(teamName || analysis.plan.sheet),
    text(objective.id),
    text(kr.text.value ?? ''),
    text(kr.owner.value ?? ''),
    score?.type ? text(typeLabel(language, score.type)) : blank(),
    valueCell(kr.start.value, unit, kr.start.raw, kr.scale === 'percent' && !(kr.type === 'milestone')),
    valueCell(kr.target.value, unit, kr.target.raw, kr.scale === 'percent' && !(kr.type === 'milestone')),
    valueCell(kr.current.value, unit, kr.current.raw, kr.scale === 'percent' && !(kr.type === 'milestone')),
    text(unit ?? ''),
    scoreCell(score?.score ?? null, score?.colour ?? null),
    score?.uncapped === null || score?.uncapped === undefined ? blank() : { number: score.uncapped, format: SCORE_FORMAT },
    score?.expected === null || score?.expected === undefined ? blank() : { number: score.expected, format: SCORE_FORMAT },
    statusCell(score?.status ?? null, language),
    dayCell(analysis, language, kr.due.value),
    kr.confidence.value === null ? blank() : { number: kr.confidence.value, format: '0' },
    { formula: progressBar(`${letterOf(DETAIL_TABLE, 'score')}${row}`, score?.colour ?? null, rightToLeft) },
    trend === null ? blank() : { formula: trend },
    text(`${analysis.plan.sheet}!${kr.text.cell || `A${kr.row}`}`),
  ];
}
