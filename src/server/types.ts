// The shapes that cross google.script.run between the sidebar and src/server/api.ts. Plain JSON
// only: numbers, strings, booleans, null, arrays and objects; dates are ISO strings
// (developers.google.com/apps-script/guides/html/reference/run: a Date fails the request).
// The sidebar imports these as types only, so a renamed field breaks the build, not the page.
import type { CheckInRow } from '../core/checkIn';
import type { AdoptionGuess, HeaderInfo, MultiLineCell } from '../sheets/adopt';
import type { CalendarKind, ColumnKey, IsoDate, KrType, Language, Settings, Severity } from '../core/model';

export type { CalendarKind, CheckInRow, ColumnKey, IsoDate, KrType, Language, Settings, Severity };

/** What the sidebar needs to start: language, settings and the sheets it can work on. */
export interface SidebarState {
  language: Language;
  dir: 'ltr' | 'rtl';
  settings: Settings;
  spreadsheetLocale: string;
  /** Today in the spreadsheet's time zone. */
  today: IsoDate;
  activeSheet: string;
  /** The OKR sheet Validate and Check-in use when none is chosen. */
  okrSheet: string | null;
  /** Sheets that look like OKR sheets (named OKRs…, or adopted), for choosers. */
  okrSheets: string[];
  /** Every sheet the user made (not the add-on's own tabs), for Adopt. */
  sheets: string[];
  /** Teams of the current OKR sheet, to prefill the wizard. */
  teams: string[];
  /** The template columns' names in the sheet's language. */
  fieldLabels: Record<ColumnKey, string>;
  /** Localized names of the key-result types. */
  typeLabels: Record<KrType, string>;
}

export interface QuarterRequest {
  calendar: CalendarKind;
  /** Month (1–12) the fiscal year starts in; only for the fiscal calendar. */
  fiscalStartMonth?: number;
}

export interface QuarterOption {
  calendar: CalendarKind;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  fiscalStartMonth?: number;
  label: string;
  start: IsoDate;
  end: IsoDate;
  /** Start and End as the quarter's calendar writes them (core formatDay): `۱۴۰۵/۱۰/۰۱ (2026-12-22)` for a Solar Hijri quarter in Persian. */
  startShown: string;
  endShown: string;
  /** `OKRs <label>`: the sheet the wizard would create. */
  sheetName: string;
  /** True when that sheet already exists (the wizard cannot create it again). */
  exists: boolean;
  /** The previous quarter's sheet, when there is one: the default source to carry over from. */
  previousSheet: string | null;
}

export interface QuarterChoices {
  quarters: QuarterOption[];
  /** Index of the default choice: the next quarter. */
  defaultIndex: number;
}

export interface TemplateInfo {
  area: string;
  name: string;
  description: string;
  objectives: number;
  keyResults: number;
  /** The objectives' texts, for a preview. */
  sample: string[];
}

export interface TemplatesRequest {
  language?: Language;
}

export type StartingPoint = 'blank' | 'template' | 'carryOver';

export interface NewQuarterTeam {
  /** Team name; '' for a sheet without teams. */
  name: string;
  /** Template area for this team (starting point "template"). */
  template: string | null;
}

export interface CreateQuarterRequest {
  calendar: CalendarKind;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  fiscalStartMonth?: number;
  teams: NewQuarterTeam[];
  start: StartingPoint;
  /** The sheet to carry over from (starting point "carryOver"). */
  carryFrom?: string;
}

export interface CreateQuarterResult {
  sheet: string;
  label: string;
  start: IsoDate;
  end: IsoDate;
  objectives: number;
  keyResults: number;
  /** Carry over: unfinished key results brought along, and finished ones left behind. */
  carriedOver: number;
  leftBehind: number;
}

export interface SheetRequest {
  /** A sheet name; absent for the active OKR sheet. */
  sheet?: string;
  /**
   * The sheet's id (Sheet.getSheetId) as a list gave it: when present it decides, so a sheet
   * renamed (or two sheets' names swapped) since the list was read is still the one meant.
   */
  sheetId?: number;
}

export interface DetectMappingRequest extends SheetRequest {
  /** Read this row (1-based) as the header instead of looking for it. */
  headerRow?: number;
}

/** One header cell of the Adopt view, with the first value under it (sheets/adopt.ts). */
export type HeaderColumn = HeaderInfo;

/** What Adopt this sheet shows: the guess or the saved mapping, and what it found (sheets/adopt.ts `AdoptionGuess`). */
export interface MappingGuess extends AdoptionGuess {
  sheet: string;
}

export type { MultiLineCell };

export interface SplitKeyResultsRequest {
  sheet: string;
  cell: string;
  count: number;
  first: string;
}

export interface SplitKeyResultsResult {
  sheet: string;
  /** Rows inserted below the cell's row. */
  inserted: number;
}

export interface SaveMappingRequest {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<ColumnKey, number>>;
  /**
   * The header text the Adopt view showed for each chosen column (`HeaderColumn.text`): the save
   * refuses when the sheet's header there says something else now (a co-editor moved columns or rows).
   */
  shown: Partial<Record<ColumnKey, string>>;
}

export interface IssueView {
  code: string;
  severity: Severity;
  sheet: string;
  cell: string;
  message: string;
  /** For a score-audit finding: the identity of the key result on its row (sent back by Use =OKR_SCORE). */
  ref?: string;
  /** For a score-audit finding: the score cell's value as read, as text (sent back by Use =OKR_SCORE). */
  seen?: string;
}

export interface ValidationReport {
  sheet: string;
  quarter: string | null;
  counts: Record<Severity, number>;
  issues: IssueView[];
  /** Quarter score, 0–1, or null; while `missing` > 0 only the mean of the scored key results. */
  score: number | null;
  /** Key results with a weight in the quarter, and how many of them could not be scored. */
  parts: number;
  missing: number;
}

export interface UseOkrScoreRequest {
  sheet: string;
  /** Score cells the audit named (A1 notation). */
  cells: string[];
  /**
   * The `ref` of each of `cells`' findings, as the report gave it: the switch refuses when a cell's
   * row holds another key result now (a co-editor moved rows meanwhile).
   */
  refs: string[];
  /**
   * The `seen` of each of `cells`' findings: the switch refuses when a cell holds another score now
   * (a co-editor changed it after the report), so the note never keeps a formula the user did not see.
   */
  seen: string[];
}

export interface UseOkrScoreResult {
  sheet: string;
  /** Cells switched to =OKR_SCORE. */
  switched: number;
  report: ValidationReport;
}

export interface SelectCellRequest {
  sheet: string;
  cell: string;
}

export interface CheckInRequest extends SheetRequest {
  team?: string;
  owner?: string;
}

export interface CheckInList {
  sheet: string;
  /** The sheet's id: the save sends it back (SaveCheckInRequest.sheetId). */
  sheetId: number;
  asOf: IsoDate | null;
  /** As of as the plan's calendar writes it (core formatDay): `۱۴۰۵/۰۹/۱۲ (2026-12-03)` on a Solar Hijri plan in Persian. */
  asOfShown: string | null;
  teams: string[];
  owners: string[];
  rows: CheckInRow[];
}

export interface CheckInEntry {
  /** The `ref` of the key result, from the list. */
  ref: string;
  /** The `current` the list showed: the save refuses when the sheet holds something else now. */
  current: string;
  /** The `seen` of the list's row: the save refuses when Start, Target, Confidence, type or unit changed since. */
  seen: string;
  /** The `team` the list showed the key result under: it is looked for in that team only. */
  team: string;
  /** The new Current value as typed (or a boolean for a milestone); null or '' keeps the current value. */
  value: string | number | boolean | null;
  /** 0–10, or null. */
  confidence: number | null;
  comment: string;
}

export interface SaveCheckInRequest {
  sheet: string;
  /** The id the list gave (CheckInList.sheetId); the save refuses when that sheet is gone. */
  sheetId?: number;
  entries: CheckInEntry[];
}

export interface SaveCheckInResult {
  sheet: string;
  /** Current cells written. */
  updated: number;
  /** Rows appended to the history tab. */
  logged: number;
  asOf: IsoDate;
  historySheet: string;
}
