// The domain types shared by every layer. Plain data only: no classes, no Apps Script types, so a
// Plan can cross google.script.run (after dates become ISO strings) and be compared in tests.

/** A cell value as Sheets gives it: number, boolean, Date, or string ("" for a blank cell). */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A 2-D block of cell values, row-major, as Range.getValues() returns it. */
export type Grid = CellValue[][];

export type Language = 'en' | 'fa' | 'ar' | 'hu';
export const LANGUAGES: readonly Language[] = ['en', 'fa', 'ar', 'hu'];

export type KrType = 'increase' | 'decrease' | 'atLeast' | 'atMost' | 'milestone' | 'grade';
export const KR_TYPES: readonly KrType[] = ['increase', 'decrease', 'atLeast', 'atMost', 'milestone', 'grade'];

export type Commitment = 'aspirational' | 'committed';
export type Band = 'green' | 'yellow' | 'red';
/**
 * The one colour of a score, everywhere it is shown (core/score.ts `colourOf`): before the quarter
 * ends the pace status's colour (grey for not started); from the end date on the grade band.
 */
export type Colour = Band | 'grey';
/** Which question the colours answer: 'pace' (are we on track?) or 'grade' (how did we do?). */
export type ColourRule = 'pace' | 'grade';
export type PaceStatus = 'done' | 'onTrack' | 'atRisk' | 'offTrack' | 'notStarted';
export type Severity = 'error' | 'warning' | 'info';

/** A civil date, `YYYY-MM-DD` (Gregorian). Dates stay strings in the domain so they are JSON-safe. */
export type IsoDate = string;

export type CalendarKind = 'gregorian' | 'fiscal' | 'jalali';

/** One quarter of some calendar. `start` and `end` are inclusive Gregorian civil dates. */
export interface Period {
  calendar: CalendarKind;
  /** `2026-Q1`, `FY2027-Q1`, `1405-Q1`. */
  label: string;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** Month (1–12) the fiscal year starts in; 1 for calendar quarters; absent for jalali. */
  fiscalStartMonth?: number;
  start: IsoDate;
  end: IsoDate;
}

/** A problem found in the plan, pointing at a cell. Messages are rendered from `messageKey`. */
export interface Issue {
  /** Stable code, e.g. `KR_START_EQUALS_TARGET`. */
  code: string;
  severity: Severity;
  sheet: string;
  /** A1 notation of the offending cell (or the first cell of the row / header when no single cell). */
  cell: string;
  messageKey: string;
  params: Record<string, string | number>;
}

/** A value read from the sheet, with where it came from. */
export interface Field<T> {
  /** The parsed value, or null when blank or unusable (an Issue says why when unusable). */
  value: T | null;
  /** The cell value as read, for display; Dates become ISO strings so the plan stays JSON-safe. */
  raw: string | number | boolean | null;
  /** A1 notation of the source cell, or '' when the column is absent. */
  cell: string;
}

/** The columns of the template, in DESIGN §4. */
export type ColumnKey =
  | 'team'
  | 'objectiveId'
  | 'objective'
  | 'parent'
  | 'commitment'
  | 'keyResult'
  | 'owner'
  | 'type'
  | 'start'
  | 'target'
  | 'current'
  | 'unit'
  | 'weight'
  | 'confidence'
  | 'due'
  | 'score'
  | 'notes'
  // Adopted sheets only (not a template column): a per-row Quarter or Season column.
  | 'period';

export const COLUMN_KEYS: readonly ColumnKey[] = [
  'team',
  'objectiveId',
  'objective',
  'parent',
  'commitment',
  'keyResult',
  'owner',
  'type',
  'start',
  'target',
  'current',
  'unit',
  'weight',
  'confidence',
  'due',
  'score',
  'notes',
];

/** The columns an adopted sheet can map: the template's, and a per-row Quarter/Season column. */
export const ADOPT_COLUMN_KEYS: readonly ColumnKey[] = [
  'team',
  'objectiveId',
  'objective',
  'parent',
  'commitment',
  'keyResult',
  'owner',
  'type',
  'start',
  'target',
  'current',
  'unit',
  'weight',
  'confidence',
  'due',
  'score',
  'notes',
  'period',
];

/** Header row (1-based) and the 1-based column of each known header. */
export interface ColumnMapping {
  headerRow: number;
  columns: Partial<Record<ColumnKey, number>>;
  /**
   * The header text of each mapped column, as adopted. When present, every read finds the header
   * row and the columns again by these texts (`resolveMapping`), and `headerRow`/`columns` are
   * only where they were last seen.
   */
  headerTexts?: Partial<Record<ColumnKey, string>>;
  /**
   * The header texts of a periodic tracker's value columns (Month 1 … Month 3, Wk 1 … Wk 13), in
   * order, as adopted; found again by text on every read like `headerTexts` (a renamed week header
   * is an error, not another column).
   */
  periodicTexts?: string[];
  /** Where the periodic columns were last seen (1-based), found by `periodicTexts`. */
  periodic?: number[];
  /**
   * A two-tab tracker's objectives tab, by sheet id (a rename is followed) and the name it had when
   * adopted: objectives named here by ID only take their texts from it (core/objectivesTab.ts).
   */
  objectives?: { sheetId: number; name: string };
}

export interface KeyResult {
  /** 1-based sheet row. */
  row: number;
  objectiveId: string;
  text: Field<string>;
  owner: Field<string>;
  /** The declared type, when the Type cell holds one. */
  declaredType: Field<KrType>;
  /** Declared type, or inferred from the values; null when neither is possible. */
  type: KrType | null;
  start: Field<number>;
  target: Field<number>;
  /** Numbers for numeric types; for milestones the parsed done-flag as 1 or 0. */
  current: Field<number>;
  unit: Field<string>;
  /**
   * 'percent' when the values are per cent (Unit, type, formats or typed %); then start, target and
   * current are fractions (0.18 is 18 %) whatever their cells store (core/scale.ts).
   */
  scale: 'plain' | 'percent';
  /** How a percent key result's cells store plain numbers: 'fraction' (0.18) or 'points' (18); null for plain. */
  percentStorage: 'fraction' | 'points' | null;
  weight: Field<number>;
  /** 0–10 (a percentage is read as a tenth: 70 % → 7). */
  confidence: Field<number>;
  due: Field<IsoDate>;
  /**
   * The key result's own period, from a per-row Quarter/Season column; absent when the sheet has
   * none (the sheet's period applies), null when its cell could not be read (no pace: an issue says why).
   */
  period?: Period | null;
  notes: Field<string>;
  /** False when a validation error keeps this row out of scoring. */
  scorable: boolean;
  /** 100 when the key result is graded by a Score/Progress or periodic column written 0–100 (its value is still 0–1 here). */
  gradeScale?: 100;
  /**
   * A periodic tracker's filled week or month cells (Month 1 … Month 3, Wk 1 … Wk 13) in column
   * order, each read as Current is read; absent on other sheets. Read as check-ins by
   * core/history.ts `withPeriodicCheckIns`.
   */
  periodic?: PeriodicValue[];
}

/** One filled cell of a periodic tracker's week or month columns. */
export interface PeriodicValue {
  kind: 'week' | 'month';
  /** 1-based: Wk 3 is 3. */
  slot: number;
  /** The header text, as the sheet shows it. */
  header: string;
  /** A1 of the cell. */
  cell: string;
  /** In the key result's own unit, as Current is read (a grade is 0–1, a percentage a fraction). */
  value: number;
}

export interface Objective {
  /** Given in the sheet, or generated (`<TEAM>-O<n>`) when blank. */
  id: string;
  idGenerated: boolean;
  /** 1-based row where the objective starts. */
  row: number;
  team: string;
  text: Field<string>;
  parent: Field<string>;
  commitment: Commitment;
  keyResults: KeyResult[];
}

export interface Team {
  name: string;
  objectives: Objective[];
}

/** The label/value block above the header. */
export interface PlanLabels {
  quarter: Field<string>;
  start: Field<IsoDate>;
  end: Field<IsoDate>;
  asOf: Field<IsoDate>;
}

export interface Plan {
  sheet: string;
  mapping: ColumnMapping;
  labels: PlanLabels;
  /** The quarter, from the labels (Quarter, or Start/End); null when it cannot be told. */
  period: Period | null;
  teams: Team[];
}

export interface BandThresholds {
  /** Lowest score that is yellow. */
  yellow: number;
  /** Lowest score that is green. */
  green: number;
}

export interface Settings {
  language: Language;
  bands: { aspirational: BandThresholds; committed: BandThresholds };
  /** Pace tolerances below expected progress: on track within `onTrack`, at risk within `atRisk`. */
  tolerances: { onTrack: number; atRisk: number };
  /** Whether an objective's score includes the objectives aligned to it (Parent). */
  rollUpAligned: boolean;
  /** A key result with no check-in for more than this many days is stale (core/staleness.ts). */
  staleAfterDays: number;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  bands: {
    aspirational: { yellow: 0.4, green: 0.7 },
    committed: { yellow: 0.7, green: 1.0 },
  },
  tolerances: { onTrack: 0.15, atRisk: 0.3 },
  rollUpAligned: false,
  staleAfterDays: 14,
};

export interface KeyResultScore {
  row: number;
  type: KrType | null;
  /** Capped into [0, 1]; null when the row cannot be scored. */
  score: number | null;
  /** The raw ratio (1.25 for over-achievement); null when the row cannot be scored. */
  uncapped: number | null;
  checkedIn: boolean;
  band: Band | null;
  expected: number | null;
  status: PaceStatus | null;
  /** By the plan's colour rule; null when the row cannot be scored. */
  colour: Colour | null;
}

/**
 * A roll-up (objective, team, quarter). `missing` counts the key results with a weight that could not
 * be scored: while it is above 0 the roll-up is incomplete, `score` is the mean of the scored parts
 * only, and band, status and colour are null (never done, never coloured as if the parts were the whole).
 */
export interface RollUp {
  score: number | null;
  band: Band | null;
  expected: number | null;
  status: PaceStatus | null;
  colour: Colour | null;
  /** Key results that count (weight above 0), scored or not. */
  parts: number;
  /** Of those, the ones that could not be scored. */
  missing: number;
}

export interface ObjectiveScore extends RollUp {
  id: string;
  team: string;
}

export interface TeamScore extends RollUp {
  name: string;
}

export interface PlanScores {
  keyResults: KeyResultScore[];
  objectives: ObjectiveScore[];
  teams: TeamScore[];
  /** Mean of all objectives. */
  quarter: number | null;
  quarterBand: Band | null;
  /** The quarter as a roll-up of all objectives (score and band repeat the two fields above). */
  quarterRollUp: RollUp;
  /** Which question the colours answer for this plan at its as-of date. */
  colourRule: ColourRule;
}

/** Everything the add-on knows about one OKR sheet: the plan, its scores and its issues. */
export interface Analysis {
  plan: Plan;
  scores: PlanScores;
  issues: Issue[];
  /** The as-of date used for pace: the sheet's As of, or the date passed in. */
  asOf: IsoDate | null;
}
