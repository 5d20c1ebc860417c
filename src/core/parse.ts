// The template sheet (DESIGN §4) as a Plan: find the header row, read the label block above it, and
// read every key-result row, keeping the source cell of each value. Problems with single cells become
// Issues here; rules about the plan as a whole live in validate.ts.
import { a1, columnLetter } from './a1';
import { parseRowPeriod } from './rowPeriod';
import { addDays, daysBetween, parsePeriodLabel, periodSlotEnd, periodSlotStart, quarterContaining, solarHijriRaw } from './calendar';
import {
  decreaseWordIn,
  increaseWordIn,
  isDoneWord,
  matchHeader,
  matchLabel,
  normalizeText,
  parseCommitment,
  parseConfidenceWord,
  parseKrType,
  parseTypeAlias,
  yieldsToOthers,
} from './i18n';
import type {
  CellValue,
  ColumnKey,
  ColumnMapping,
  Commitment,
  Field,
  Grid,
  Issue,
  IsoDate,
  KeyResult,
  KrType,
  Objective,
  Period,
  PeriodicValue,
  Plan,
  PlanLabels,
  Team,
} from './model';
import { isBlank, isSheetsError, normalizeDigits, parseDate, parseNumber, type NumberConvention, type NumberResult } from './numbers';
import { isPercentFormat, readScale } from './scale';
import { objectiveKey, type LinkedObjective, type ObjectiveTable } from './objectivesTab';

/** The header row is looked for in the first this-many rows. */
export const HEADER_SEARCH_ROWS = 10;

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** A cell as plain JSON: Dates become ISO strings (or the date part, at midnight UTC). */
export function rawOf(v: CellValue): string | number | boolean | null {
  if (v === null || v === undefined || v === '') return null;
  if (isDate(v)) {
    const ms = (v as Date).getTime();
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

/**
 * A cell's content as a message param: a number stays a number, so the message writes it as the
 * language writes numbers (core/i18n/format.ts numberText: ۲٫۵ in Persian, 2,5 in Hungarian);
 * text is passed as typed, with its own digits.
 */
function rawParam(raw: string | number | boolean | null): string | number {
  return typeof raw === 'number' ? raw : String(raw ?? '');
}

/**
 * A percentage the add-on writes into an issue (a fraction: a score, a key result's value) as its
 * param, `75.5%` for 0.755 with at most `decimals` decimals: the message shows it in the language's
 * digits and sign (core/i18n/messages.ts OWN_PERCENTS reads it back).
 */
export function percentParam(fraction: number, decimals = 0): string {
  const factor = 10 ** decimals;
  return `${Math.round(fraction * 100 * factor) / factor}%`;
}

function textOf(v: CellValue): string {
  const raw = rawOf(v);
  return raw === null ? '' : String(raw).trim();
}

/**
 * The column each header of a row names, first match wins. Headers that give way ("Goal") are
 * matched last, so they take their second choice when their first is named elsewhere in the row.
 */
export function headerMatches(row: readonly CellValue[]): Partial<Record<ColumnKey, number>> {
  const columns: Partial<Record<ColumnKey, number>> = {};
  const later: number[] = [];
  row.forEach((cell, i) => {
    if (typeof cell !== 'string' || cell.trim() === '') return;
    if (yieldsToOthers(cell)) {
      later.push(i);
      return;
    }
    const key = matchHeader(cell);
    if (key && columns[key] === undefined) columns[key] = i + 1;
  });
  for (const i of later) {
    const key = matchHeader(String(row[i]), new Set(Object.keys(columns) as ColumnKey[]));
    if (key && columns[key] === undefined) columns[key] = i + 1;
  }
  return columns;
}

/** Columns that hold a key result's numbers (any one of them makes a header row). */
const VALUE_COLUMNS: readonly ColumnKey[] = ['start', 'target', 'current', 'score'];

/**
 * How strongly a row reads as the header (0 = not at all): it names the Key result column and an
 * Objective or Objective ID column, or the Key result column and at least two other known columns.
 * A value column (Start, Target, Current, Score/Progress) adds weight, so `Objective | Key results`
 * alone is the weakest header and loses to a fuller row below it.
 */
function headerStrength(columns: Partial<Record<ColumnKey, number>>): number {
  if (columns.keyResult === undefined) return 0;
  const named = Object.keys(columns).length;
  const hasObjective = columns.objective !== undefined || columns.objectiveId !== undefined;
  const hasValue = VALUE_COLUMNS.some((k) => columns[k] !== undefined);
  if (!hasObjective && named < 3) return 0;
  return named + (hasValue ? 10 : 0) + (hasObjective ? 5 : 0);
}

export interface MappingGuess extends ColumnMapping {
  /** The texts of the header row, one per column (for showing the guesses). */
  headers: string[];
}

/** The header row within the first rows, and the column of each known header; null when none. */
export function guessMapping(grid: Grid): MappingGuess | null {
  let best: { row: number; columns: Partial<Record<ColumnKey, number>>; strength: number } | null = null;
  const rows = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < rows; r++) {
    const columns = headerMatches(grid[r] ?? []);
    const strength = headerStrength(columns);
    if (strength === 0) continue;
    if (!best || strength > best.strength) best = { row: r + 1, columns, strength };
  }
  if (!best) return null;
  const headers = (grid[best.row - 1] ?? []).map((c) => textOf(c));
  return { headerRow: best.row, columns: best.columns, headers };
}

export function findHeader(grid: Grid): ColumnMapping | null {
  const guess = guessMapping(grid);
  return guess ? { headerRow: guess.headerRow, columns: guess.columns } : null;
}

/** Issue codes of an adopted mapping whose headers cannot be found again; writes must refuse. */
export const MAPPING_ERROR_CODES: readonly string[] = ['MAPPING_HEADER_GONE', 'MAPPING_HEADER_AMBIGUOUS'];

/** Whether the issues say the sheet's adopted columns cannot be trusted (adopt again before writing). */
export function hasMappingError(issues: readonly Pick<Issue, 'code'>[]): boolean {
  return issues.some((i) => MAPPING_ERROR_CODES.includes(i.code));
}

/** How many rows below the saved header row are searched for it (title rows added above it). */
export const HEADER_FOLLOW_ROWS = 50;

export interface ResolvedMapping {
  mapping: ColumnMapping;
  /** One per mapped header that is gone or found more than once (error issues, by column). */
  problems: { code: 'MAPPING_HEADER_GONE' | 'MAPPING_HEADER_AMBIGUOUS'; cell: string; column: ColumnKey; header: string; cells: string }[];
}

/**
 * Finds an adopted mapping's columns again by their header texts (issue: "never write by position
 * alone"). The header row is the row, within the saved row + 50, that holds the most of the saved
 * texts (the nearest to the saved row on a tie), so a title row added above is followed. A column
 * whose text is in that row once is followed wherever it moved; a text that is gone or found twice
 * leaves the column unmapped and is a problem at the header. A mapping without texts (saved by
 * position) is returned as it is.
 */
export function resolveMapping(grid: Grid, saved: ColumnMapping, shown?: Grid): ResolvedMapping {
  const headers = saved.headerTexts;
  const periodicTexts = saved.periodicTexts ?? [];
  if ((!headers || Object.keys(headers).length === 0) && periodicTexts.length === 0) return { mapping: saved, problems: [] };
  // Header texts are saved as the user sees them (display values): a date or number header is
  // matched by its display text when the caller has it (`shown`), by its value's text otherwise.
  const textAt = (r: number, i: number): string => {
    const display = shown?.[r]?.[i];
    return normalizeText(display !== undefined ? String(display) : textOf(grid[r]?.[i]));
  };
  const widthOf = (r: number) => Math.max(grid[r]?.length ?? 0, shown?.[r]?.length ?? 0);
  const wanted = [
    ...(Object.entries(headers ?? {}) as [ColumnKey, string][]).map(([key, text]) => ({ key, norm: normalizeText(text), text, periodic: -1 })),
    ...periodicTexts.map((text, i) => ({ key: 'current' as ColumnKey, norm: normalizeText(text), text, periodic: i })),
  ];
  const rowsToSearch = Math.min(grid.length, Math.max(HEADER_SEARCH_ROWS, saved.headerRow + HEADER_FOLLOW_ROWS));
  let bestRow = saved.headerRow;
  let bestFound = -1;
  for (let r = 0; r < rowsToSearch; r++) {
    const texts = new Set(Array.from({ length: widthOf(r) }, (_, i) => textAt(r, i)));
    const found = wanted.filter((w) => w.norm !== '' && texts.has(w.norm)).length;
    const closer = Math.abs(r + 1 - saved.headerRow) < Math.abs(bestRow - saved.headerRow);
    if (found > bestFound || (found === bestFound && found > 0 && closer)) {
      bestFound = found;
      bestRow = r + 1;
    }
  }
  if (bestFound <= 0) bestRow = saved.headerRow;
  const width = widthOf(bestRow - 1);
  const columns: Partial<Record<ColumnKey, number>> = {};
  const periodic: number[] = [];
  const problems: ResolvedMapping['problems'] = [];
  for (const w of wanted) {
    const at: number[] = [];
    if (w.norm !== '') {
      for (let i = 0; i < width; i++) if (textAt(bestRow - 1, i) === w.norm) at.push(i + 1);
    }
    const lastSeen = w.periodic >= 0 ? saved.periodic?.[w.periodic] : saved.columns[w.key];
    if (at.length === 1) {
      if (w.periodic >= 0) periodic.push(at[0]!);
      else columns[w.key] = at[0];
    } else if (at.length === 0) {
      problems.push({ code: 'MAPPING_HEADER_GONE', cell: a1(bestRow, lastSeen ?? 1), column: w.key, header: w.text, cells: '' });
    } else {
      problems.push({
        code: 'MAPPING_HEADER_AMBIGUOUS',
        cell: a1(bestRow, at[0] ?? 1),
        column: w.key,
        header: w.text,
        cells: at.map((c) => a1(bestRow, c)).join(', '),
      });
    }
  }
  const mapping: ColumnMapping = { headerRow: bestRow, columns, headerTexts: headers ?? {}, ...(saved.objectives ? { objectives: saved.objectives } : {}) };
  // Periodic columns are used only when every one of them was found: a week that is gone is an
  // error at its header, never a shorter series read as if complete.
  if (periodicTexts.length > 0) {
    mapping.periodicTexts = periodicTexts;
    mapping.periodic = periodic.length === periodicTexts.length ? periodic : [];
  }
  return { mapping, problems };
}

/** Whether a row below the header repeats it (block layouts repeat the header over each table). */
function repeatsHeader(row: readonly CellValue[], mapping: ColumnMapping, headerTexts: Map<ColumnKey, string>, normalized: Map<string, string>): boolean {
  const normalize = (raw: string): string => {
    let text = normalized.get(raw);
    if (text === undefined) {
      text = normalizeText(raw);
      normalized.set(raw, text);
    }
    return text;
  };
  // First the cells that repeat their header (a cheap test rules out most); at least two must.
  let same = 0;
  for (const [key, norm] of headerTexts) {
    const c = mapping.columns[key];
    if (c === undefined) continue;
    const raw = textOf(row[c - 1]);
    if (mayNormalizeTo(raw, norm) && normalize(raw) === norm) same++;
  }
  if (same < 2) return false;
  let filled = 0;
  for (const [key] of headerTexts) {
    const c = mapping.columns[key];
    if (c !== undefined && normalize(textOf(row[c - 1])) !== '') filled++;
  }
  return same >= 2 && same * 2 >= filled;
}

/**
 * False only when `normalizeText(text)` cannot equal `norm` (a non-empty normalised text). The
 * normalised form of a text whose first character other than an ASCII space or `*` is ASCII starts
 * with that character, lowercased; a text that starts otherwise may change, so it may match.
 */
function mayNormalizeTo(text: string, norm: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x2a || (code >= 0x09 && code <= 0x0d)) continue;
    if (code > 0x7e) return true;
    const lower = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
    return lower === norm.charCodeAt(0);
  }
  return false;
}

export interface ParseOptions {
  sheet: string;
  mapping?: ColumnMapping | null;
  /**
   * The display values (Range.getDisplayValues) of the rows from the top at least down to the
   * header: saved header texts are the texts the user saw, so they are matched against these.
   */
  shown?: Grid;
  /** The cells' number formats, of the grid's shape (Range.getNumberFormats); absent when unknown. */
  formats?: readonly (readonly string[])[] | null;
  /** Merged areas of the sheet (Range.getMergedRanges), 1-based; their value continues into the cells they cover. */
  merges?: readonly MergedArea[];
  /** The spreadsheet's time zone (IANA name): a Date cell is the day it falls on there. */
  timeZone?: string;
  /** Today, or the date the sheet is read at: the year of a season written without one. */
  asOf?: IsoDate | null;
  /** How numbers typed as text are written in the spreadsheet's locale (a decimal comma in hu_HU). */
  numbers?: NumberConvention;
  /**
   * A two-tab tracker's objectives tab (core/objectivesTab.ts): an objective named here by its ID
   * only takes its text, parent, team and commitment from there.
   */
  objectives?: ObjectiveTable | null;
}

export interface MergedArea {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/**
 * Columns whose merged cells continue into every row they cover (an Owner merged over three key
 * results owns all three). The value columns the user or a check-in writes are not continued: a
 * merged Current would otherwise be counted once per row.
 */
const MERGE_CONTINUES: readonly ColumnKey[] = ['team', 'objectiveId', 'objective', 'parent', 'commitment', 'owner', 'type', 'unit', 'weight', 'due', 'notes'];

/** The grid with each merged area's top-left value copied into the cells it covers, in the continued columns (a copy; rows not touched are shared). */
function continueMerges(grid: Grid, merges: readonly MergedArea[], mapping: ColumnMapping): Grid {
  const continued = new Set(MERGE_CONTINUES.map((k) => mapping.columns[k]).filter((c): c is number => c !== undefined));
  const out = grid.slice();
  const copied = new Set<number>();
  for (const m of merges) {
    const value = grid[m.row - 1]?.[m.column - 1];
    if (isBlank(value)) continue;
    for (let r = m.row; r < m.row + m.numRows && r <= grid.length; r++) {
      for (let c = m.column; c < m.column + m.numColumns; c++) {
        if ((r === m.row && c === m.column) || !continued.has(c) || r <= mapping.headerRow) continue;
        if (!copied.has(r)) {
          out[r - 1] = (grid[r - 1] ?? []).slice();
          copied.add(r);
        }
        const row = out[r - 1] as CellValue[];
        if (isBlank(row[c - 1])) row[c - 1] = value as CellValue;
      }
    }
  }
  return out;
}

// "Objective 1: Grow the user base", "O2 – Retention", "هدف ۱: رشد", "الهدف 2: …", "1. célkitűzés: …"
const OBJECTIVE_HEADING = /^\s*(?:objective|goal|obj\.?|o|هدف|اهداف|الهدف|هدف کلان|célkitűzés|cél)\s*(?:#?\s*[0-9۰-۹٠-٩]+|[ivx]+)?\s*[:：.\-–—]\s*(\S.*)$/iu;
const OBJECTIVE_HEADING_HU = /^\s*[0-9]+\.\s*célkitűzés\s*[:：.\-–—]\s*(\S.*)$/iu;

/**
 * An objective heading over a block of key results: a row with one or two filled cells that read
 * "Objective N: text" (in any of the four languages); the text and its cell, or null.
 */
export function objectiveHeading(row: readonly CellValue[], rowNumber: number): { text: string; cell: string } | null {
  const filled: { text: string; column: number }[] = [];
  for (let c = 0; c < row.length; c++) {
    const text = textOf(row[c]);
    if (text === '') continue;
    filled.push({ text, column: c + 1 });
    if (filled.length > 2) return null;
  }
  if (filled.length === 0 || typeof row[(filled[0]?.column ?? 1) - 1] !== 'string') return null;
  const joined = filled.map((f) => f.text).join(filled.length === 2 && !/[:：.\-–—]\s*$/.test(filled[0]!.text) ? ': ' : ' ');
  const m = OBJECTIVE_HEADING.exec(joined) ?? OBJECTIVE_HEADING_HU.exec(joined);
  if (!m?.[1]) return null;
  return { text: m[1].trim(), cell: a1(rowNumber, filled[0]!.column) };
}

/** Whether the cell is in the Objective, Objective ID or Team column. */
function ownColumn(mapping: ColumnMapping, cell: string): boolean {
  const letters = /^[A-Z]+/.exec(cell)?.[0] ?? '';
  return (['objective', 'objectiveId', 'team'] as const).some((k) => mapping.columns[k] !== undefined && a1(1, mapping.columns[k]!) === `${letters}1`);
}

/** Lines of a key-result cell that holds several (one per line, list marks removed); [] for one. */
export function keyResultLines(text: string): string[] {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.length > 1 ? lines : [];
}

export interface ParseResult {
  plan: Plan;
  issues: Issue[];
  /** Rows with an error that keeps them out of scoring. */
  unscorableRows: Set<number>;
}

/** The columns a key result needs, by type. */
export function neededFields(type: KrType | null): ('start' | 'target' | 'current')[] {
  switch (type) {
    case 'increase':
    case 'decrease':
      return ['start', 'target'];
    case 'atLeast':
    case 'atMost':
      return ['target'];
    default:
      return [];
  }
}

/** The issues of one sheet as they are found; an error given a row keeps that row out of scoring. */
export class IssueList {
  readonly list: Issue[] = [];
  readonly unscorableRows = new Set<number>();
  constructor(private readonly sheet: string) {}
  add(code: string, severity: Issue['severity'], cell: string, params: Issue['params'] = {}, row?: number): void {
    this.list.push({ code, severity, sheet: this.sheet, cell, messageKey: code, params });
    if (severity === 'error' && row !== undefined) this.unscorableRows.add(row);
  }
}

function emptyField<T>(cell = ''): Field<T> {
  return { value: null, raw: null, cell };
}

function emptyLabels(): PlanLabels {
  return { quarter: emptyField(), start: emptyField(), end: emptyField(), asOf: emptyField() };
}

/** A1 of the first mapped cell of a row, for issues about the row as a whole. */
function rowCell(mapping: ColumnMapping, row: number, ...prefer: ColumnKey[]): string {
  for (const key of prefer) {
    const c = mapping.columns[key];
    if (c !== undefined) return a1(row, c);
  }
  return a1(row, 1);
}

function readLabels(grid: Grid, headerRow: number, issues: IssueList, timeZone?: string): PlanLabels {
  const labels = emptyLabels();
  const seen = new Set<string>();
  for (let r = 0; r < headerRow - 1 && r < grid.length; r++) {
    const row = grid[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell !== 'string' || cell.trim() === '') continue;
      const key = matchLabel(cell);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      // The value is the next non-blank cell to the right (within three columns), else the adjacent one.
      let vc = c + 1;
      for (let k = c + 1; k <= c + 3 && k < row.length; k++) {
        if (!isBlank(row[k])) {
          vc = k;
          break;
        }
      }
      const value = row[vc];
      const place = a1(r + 1, vc + 1);
      if (key === 'quarter') {
        const text = textOf(value);
        labels.quarter = { value: text || null, raw: rawOf(value), cell: place };
      } else {
        const field = key === 'start' ? 'quarterStart' : key === 'end' ? 'quarterEnd' : 'asOf';
        labels[key] = { value: readDateCell(value, place, field, issues, timeZone), raw: rawOf(value), cell: place };
      }
    }
  }
  return labels;
}

/** Dates outside these years are typing slips (0999, 20266), never a plan's dates. */
const PLAUSIBLE_YEARS = [1900, 2200] as const;

/**
 * A date cell of the label block or the Due column: its day, or null with an issue at the cell when
 * it is not a date, holds an error value, or is implausible. A Solar Hijri date typed into a date
 * cell is read as what the user typed, with a note saying so.
 */
function readDateCell(value: CellValue, cell: string, field: string, issues: IssueList, timeZone?: string, row?: number): IsoDate | null {
  const parsed = parseDate(value, timeZone);
  if (!parsed.ok) {
    if (parsed.reason !== 'blank') issues.add('DATE_UNPARSABLE', 'error', cell, { field, text: parsed.text }, row);
    return null;
  }
  const year = Number(parsed.value.slice(0, 4));
  if (year < PLAUSIBLE_YEARS[0] || year > PLAUSIBLE_YEARS[1]) {
    issues.add('DATE_IMPLAUSIBLE', 'error', cell, { field, text: parsed.solarHijri ?? parsed.value, year }, row);
    return null;
  }
  // As Solar Hijri days are written (1405/08/15), never as the ISO form of a Gregorian year.
  if (parsed.solarHijri) issues.add('DATE_READ_AS_SOLAR_HIJRI', 'info', cell, { field, text: parsed.solarHijri.replace(/-/g, '/'), date: parsed.value });
  return parsed.value;
}

/** A quarter is at most this long: a longer span is a typing slip or a year plan in one sheet. */
const MAX_PERIOD_DAYS = 366;

function monthOf(iso: IsoDate): number {
  return Number(iso.slice(5, 7));
}

const PERIOD_IN_TEXT = [
  /(?:^|[^\p{L}\p{N}])((?:19|20)\d\d\s*[-/ ]?\s*Q\s*[1-4])(?![\p{L}\p{N}])/iu,
  /(?:^|[^\p{L}\p{N}])(Q\s*[1-4]\s*[-/ ]?\s*(?:19|20)\d\d)(?![\p{L}\p{N}])/iu,
  /(?:^|[^\p{L}\p{N}])(1[34]\d\d\s*-\s*Q\s*[1-4])(?![\p{L}\p{N}])/iu,
];

/** A quarter named inside other text: "OKRs 2026-Q4", "Marketing OKRs – Q4 2026", "OKRs 1405-Q3". */
export function periodInText(text: string): Period | null {
  const normal = normalizeDigits(text);
  for (const re of PERIOD_IN_TEXT) {
    const m = re.exec(normal);
    if (m?.[1]) {
      const p = parsePeriodLabel(m[1]);
      if (p) return p;
    }
  }
  return null;
}

/**
 * The quarter of the plan: from Start/End when given, else the Quarter label, else a quarter named
 * in the sheet name or in a title above the header.
 */
function periodOf(labels: PlanLabels, sheet: string, titles: string[], issues: IssueList): Period | null {
  let text = labels.quarter.value ?? '';
  if (text && isSheetsError(text)) {
    // #REF! in the Quarter cell is no name for a quarter (nor for a tab).
    issues.add('PERIOD_LABEL_ERROR', 'error', labels.quarter.cell, { text });
    text = '';
  }
  const start = labels.start.value;
  const end = labels.end.value;
  if (start && end) {
    const days = daysBetween(start, end);
    if (days < 0) issues.add('PERIOD_END_BEFORE_START', 'error', labels.end.cell, { start, end, startCell: labels.start.cell });
    else if (days === 0) issues.add('PERIOD_EMPTY', 'error', labels.end.cell, { start });
    else if (days + 1 > MAX_PERIOD_DAYS) issues.add('PERIOD_TOO_LONG', 'error', labels.end.cell, { start, end, days: days + 1 });
    // A period the dates contradict is unknown: no pace and no due-date checks are made from it.
    if (days <= 0 || days + 1 > MAX_PERIOD_DAYS) return null;
  }
  let parsed: Period | null = text ? parsePeriodLabel(text) : null;
  if (!parsed && text && start && /^\s*fy/i.test(text)) {
    // A fiscal label: the start month of the fiscal year follows from the quarter's start date.
    const q = /q\s*([1-4])/i.exec(text);
    if (q) {
      const m = ((((monthOf(start) - 1 - 3 * (Number(q[1]) - 1)) % 12) + 12) % 12) + 1;
      parsed = parsePeriodLabel(text, m);
    }
  }
  // A season or a quarter as per-row Quarter columns write it (پاییز ۱۴۰۵, فصل ۳ ۱۴۰۵, 2026. 3. negyedév).
  if (!parsed && text) {
    const row = parseRowPeriod(text, start ?? end ?? null);
    if (row.ok) parsed = row.period;
  }
  if (!parsed && !text) parsed = periodInText(sheet) ?? titles.map(periodInText).find((p) => p !== null) ?? null;
  if (start && end && start <= end) {
    // Without a quarter label, Start written as a Solar Hijri day names a Solar Hijri quarter.
    const base = parsed ?? quarterContaining(start, solarHijriRaw(labels.start.raw) ? 'jalali' : 'gregorian');
    // A label that was not read is said, never replaced in silence (FY27 Q1, H2 2026).
    if (text && !parsed) issues.add('PERIOD_LABEL_UNREAD', 'warning', labels.quarter.cell, { text, label: base.label });
    // A label the dates contradict (a copied sheet whose label was not updated) is said too: the
    // middle of Start–End must fall in the labelled quarter.
    if (parsed) {
      const middle = addDays(start, Math.floor(daysBetween(start, end) / 2));
      if (middle < parsed.start || middle > parsed.end)
        issues.add('PERIOD_LABEL_MISMATCH', 'warning', labels.quarter.cell, { label: parsed.label, start, end });
    }
    // Tab names come from this label: only a quarter label that was read, never the cell's raw text.
    return { ...base, label: parsed?.label ?? base.label, start, end };
  }
  if (parsed) {
    // One of Start and End typed, the other from the label: checked as when both are typed.
    const from = start ?? parsed.start;
    const to = end ?? parsed.end;
    const days = daysBetween(from, to);
    const cell = end ? labels.end.cell : labels.start.cell;
    if (days < 0) issues.add('PERIOD_END_BEFORE_START', 'error', cell, { start: from, end: to, startCell: labels.start.cell });
    else if (days === 0) issues.add('PERIOD_EMPTY', 'error', cell, { start: from });
    if (days <= 0) return null;
    return { ...parsed, start: from, end: to };
  }
  return null;
}

interface RowCells {
  get(key: ColumnKey): CellValue;
  cell(key: ColumnKey): string;
  /** The cell's number format; '' when unknown. */
  format(key: ColumnKey): string;
  /** How text numbers are written in the spreadsheet's locale. */
  numbers: NumberConvention;
}

/**
 * The cells of one row by column. With `periodic` columns (Month 1 … Month 3, Wk 1 … Wk 13) and no
 * Current column, Current is the last of them that is filled (the first when none is).
 */
function rowCells(
  row: readonly CellValue[],
  rowNumber: number,
  mapping: ColumnMapping,
  formats?: readonly string[],
  periodic: readonly number[] = [],
  numbers: NumberConvention = {},
): RowCells {
  const columnOf = (key: ColumnKey): number | undefined => {
    if (key === 'current' && mapping.columns.current === undefined && periodic.length > 0) {
      for (let i = periodic.length - 1; i >= 0; i--) if (!isPeriodBlank(row[(periodic[i] ?? 1) - 1])) return periodic[i];
      return periodic[0];
    }
    return mapping.columns[key];
  };
  return {
    numbers,
    get(key) {
      const c = columnOf(key);
      return c === undefined ? '' : row[c - 1];
    },
    format(key) {
      const c = columnOf(key);
      return c === undefined || !formats ? '' : (formats[c - 1] ?? '');
    },
    cell(key) {
      const c = columnOf(key);
      return c === undefined ? '' : a1(rowNumber, c);
    },
  };
}

// Matched against normalizeText: no accents or hamza (hónap → honap, الأسبوع → الاسبوع), ASCII digits.
// "Month 1", "M2", "Wk 13", "Week 4", "W1", "ماه ۱", "هفته ۳", "الشهر 2", "الأسبوع 5", "1. hónap", "3. hét"
const PERIODIC_SLOT = /^(?:(month|mo|m|week|wk|w|ماه|هفته|الشهر|شهر|الاسبوع|اسبوع|honap|het)\s*\.?\s*#?\s*([0-9]{1,2})|([0-9]{1,2})\s*\.\s*(honap|het))$/iu;
const WEEK_WORDS = new Set(['week', 'wk', 'w', 'هفته', 'الاسبوع', 'اسبوع', 'het']);

/**
 * A week or month cell that holds no value yet: blank, or a placeholder people type for a period
 * to come (`-`, `—`, `n/a`, `TBD`, `TBC`, `TBA`, `?`). Such a cell is never a key result's current
 * value. A mark such as `x` is not one of them: it may be a tick, so it is read, and flagged when it
 * is not a value.
 */
export function isPeriodBlank(v: CellValue): boolean {
  return isBlank(v) || (typeof v === 'string' && /^\s*(?:[-–—]+|n\/?a|tb[dca]|\?+)\s*$/i.test(v));
}

/**
 * The periodic columns in the order of their weeks or months (a sheet may list them newest first);
 * months before weeks; columns whose header names no period keep their place at the end.
 */
function inPeriodOrder(columns: readonly number[], header: readonly CellValue[]): number[] {
  const kindOf = (c: number) => periodicSlotOf(textOf(header[c - 1]))?.kind ?? null;
  // Weeks and months side by side (Wk 1 … Wk 13 | Month 1 … Month 3, or ticks headed M1, M2): the
  // weeks are the values and the months a summary of them, so Current and check-ins are the weeks'.
  const kept = columns.some((c) => kindOf(c) === 'week') ? columns.filter((c) => kindOf(c) !== 'month') : columns;
  const order = (c: number): number => {
    const slot = periodicSlotOf(textOf(header[c - 1]));
    return slot ? (slot.kind === 'month' ? 0 : 1000) + slot.slot : 10_000;
  };
  return [...kept].sort((a, b) => order(a) - order(b) || a - b);
}

/** The week or month a periodic header names ("Wk 3", "ماه ۲", "3. hét"), or null. */
export function periodicSlotOf(header: string): { kind: 'week' | 'month'; slot: number } | null {
  const m = PERIODIC_SLOT.exec(normalizeText(header));
  if (!m) return null;
  const word = (m[1] ?? m[4] ?? '').toLowerCase();
  const slot = Number(m[2] ?? m[3]);
  return slot >= 1 ? { kind: WEEK_WORDS.has(word) ? 'week' : 'month', slot } : null;
}

/**
 * The periodic column (Wk n, Month n) whose week or month of `period` holds `day`, where a check-in
 * made that day belongs; null when none does (the day is outside the period, or that week's column
 * is not in the sheet). A last week shorter than seven days (day 92 of a quarter) belongs to the
 * column of the week before it. `columns`: 1-based columns with their header texts.
 */
export function periodicColumnOn(
  columns: readonly { column: number; header: string }[],
  period: Pick<Period, 'calendar' | 'start' | 'end'>,
  day: IsoDate,
): number | null {
  if (day < period.start || day > period.end) return null;
  let last: { column: number; end: IsoDate } | null = null;
  for (const c of columns) {
    const slot = periodicSlotOf(c.header);
    if (!slot) continue;
    const end = periodSlotEnd(period, slot.kind, slot.slot);
    const start = periodSlotStart(period, slot.kind, slot.slot);
    if (day >= start && day <= end) return c.column;
    if (slot.kind === 'week' && (!last || end > last.end)) last = { column: c.column, end };
  }
  return last && day > last.end && daysBetween(last.end, period.end) < 7 ? last.column : null;
}

/** Whether a header cell names a week or month of the quarter (Month 1, Wk 13, هفته ۳, 3. hét). */
const namesPeriod = (cell: CellValue): boolean => typeof cell === 'string' && periodicSlotOf(cell) !== null;

/**
 * The columns of a row that name periods of the quarter, in order (two or more, or none): the
 * monthly or weekly value columns of a periodic tracker.
 */
export function periodicColumns(header: readonly CellValue[]): number[] {
  const out: number[] = [];
  header.forEach((cell, i) => {
    if (namesPeriod(cell)) out.push(i + 1);
  });
  return out.length >= 2 ? out : [];
}

/**
 * The periodic columns of a mapping: those adopted by header text (found again by
 * `resolveMapping`), else the ones the header row names (a sheet read without a saved mapping).
 */
export function periodicOf(mapping: ColumnMapping, header: readonly CellValue[]): number[] {
  if (mapping.periodicTexts && mapping.periodicTexts.length > 0) {
    const saved = mapping.periodic ?? [];
    // A saved week that is gone is an error at its header: no shorter series is read as complete.
    if (saved.length === 0) return [];
    // A week or month column added since adoption (Wk 5 next to Wk 1 … Wk 4) is read too.
    const added = header.flatMap((cell, i) => (namesPeriod(cell) && !saved.includes(i + 1) ? [i + 1] : []));
    return inPeriodOrder([...saved, ...added], header);
  }
  return inPeriodOrder(periodicColumns(header), header);
}

/**
 * Pairs of periodic columns that name the same week or month ("Wk 3" and "Week 3", a copied
 * column): which one is the value cannot be told, so it is an error, never a choice.
 */
export function periodicSlotsTwice(columns: readonly number[], header: readonly CellValue[]): { first: number; second: number }[] {
  const seen = new Map<string, number>();
  const out: { first: number; second: number }[] = [];
  for (const c of columns) {
    const slot = periodicSlotOf(textOf(header[c - 1]));
    if (!slot) continue;
    const key = `${slot.kind}${slot.slot}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, c);
    else out.push({ first, second: c });
  }
  return out;
}

/** Where a key result's grade comes from when it has no start, target or current: a Score/Progress column or the periodic columns. */
interface GradeSource {
  columns: 'score' | 'periodic';
  /** 100 when the column holds 0–100 values (some above 1), else 1 (fractions). */
  scale: 1 | 100;
}

function gradeScale(grid: Grid, from: number, columns: readonly number[], numbers: NumberConvention = {}): 1 | 100 {
  for (let r = from; r < grid.length; r++) {
    for (const c of columns) {
      const parsed = parseNumber(grid[r]?.[c - 1], numbers);
      if (parsed.ok && parsed.value > 1 && parsed.value <= 100) return 100;
    }
  }
  return 1;
}

function textField(cells: RowCells, key: ColumnKey): Field<string> {
  const v = cells.get(key);
  const text = textOf(v);
  return { value: text === '' ? null : text, raw: rawOf(v), cell: cells.cell(key) };
}

/** Sheets error values in text columns are worth saying: the cell holds a broken formula. */
function textFieldChecked(cells: RowCells, key: ColumnKey, issues: IssueList): Field<string> {
  const v = cells.get(key);
  if (isSheetsError(v)) issues.add('VALUE_ERROR', 'warning', cells.cell(key), { field: key, text: String(v) });
  return textField(cells, key);
}

interface NumberRead {
  field: Field<number>;
  failure: Extract<NumberResult, { ok: false }> | null;
}

function numberField(cells: RowCells, key: ColumnKey): NumberRead {
  const v = cells.get(key);
  const parsed = parseNumber(v, cells.numbers);
  const cell = cells.cell(key);
  if (parsed.ok) return { field: { value: parsed.value, raw: rawOf(v), cell }, failure: null };
  return { field: { value: null, raw: rawOf(v), cell }, failure: parsed.reason === 'blank' ? null : parsed };
}

function failureCode(f: Extract<NumberResult, { ok: false }>): string {
  if (f.reason === 'date') return 'VALUE_IS_DATE';
  return f.reason === 'error' ? 'VALUE_ERROR' : f.reason === 'ambiguous' ? 'VALUE_AMBIGUOUS' : 'VALUE_NOT_NUMBER';
}

/**
 * The relative phrasing that may be scored from a zero baseline: "grow X by 20 %", "20 % more",
 * "۲۰٪ افزایش", "بنسبة 20٪", "20%-kal". Absolute targets ("to 1.8 %", "reduce to…", "keep…") need a Start.
 */
const RELATIVE_PERCENT = new RegExp(
  [
    String.raw`\bby\s*[+]?[0-9.,]+\s*(%|٪|percent\b)`,
    String.raw`[0-9.,]+\s*(%|٪|percent)\s*(more|higher|growth|increase|uplift|up)\b`,
    String.raw`[0-9۰-۹٫.]+\s*(%|٪|درصد)\s*(افزایش|رشد|بیشتر)`,
    String.raw`بنسبة\s*[0-9٠-٩٫.]+\s*(%|٪)`,
    String.raw`[0-9٠-٩٫.]+\s*(%|٪)\s*(زيادة|نمو)`,
    String.raw`[0-9,.]+\s*%\s*-?\s*(kal|kel)\b`,
  ].join('|'),
  'iu',
);

/** True when the key result's text asks for growth by a percentage rather than to a level. */
export function isRelativePercentText(text: string): boolean {
  return RELATIVE_PERCENT.test(normalizeDigits(text));
}

/**
 * Reads a confidence of 0–10: a number 0–10; a percentage (a fraction below 1, text with %, or any
 * number in a percent-formatted cell, where 1 shows as 100 %): 70 % → 7; a number above 10 up to 100
 * is per cent (75 → 7.5); the words High / Medium / Low (8 / 5 / 2) in any language.
 */
function confidenceOf(read: NumberRead, format: string, issues: IssueList): Field<number> {
  const { field, failure } = read;
  if (failure) {
    const word = typeof field.raw === 'string' ? parseConfidenceWord(field.raw) : null;
    if (word !== null) return { ...field, value: word };
    if (failure.reason === 'date') issues.add('VALUE_IS_DATE', 'warning', field.cell, { field: 'confidence', text: failure.text });
    else issues.add('CONFIDENCE_OUT_OF_RANGE', 'warning', field.cell, { text: rawParam(field.raw) });
    return field;
  }
  if (field.value === null) return field;
  let value = field.value;
  const isPercentText = typeof field.raw === 'string' && /%|٪/.test(field.raw);
  const isPercentCell = typeof field.raw === 'number' && isPercentFormat(format);
  if (isPercentText || isPercentCell || (value > 0 && value < 1)) value = value * 10;
  else if (value > 10 && value <= 100) value = value / 10;
  if (value < 0 || value > 10) {
    issues.add('CONFIDENCE_OUT_OF_RANGE', 'warning', field.cell, { text: rawParam(field.raw) });
    return { ...field, value: null };
  }
  return { ...field, value };
}

/**
 * Confidence on a 0–1 scale is decided per sheet: a plain 1 next to fractions (0.9, 0.5) and no
 * confidence above 1 is 10 of 10 (a 0–1 sheet), not 1 of 10; a plain 1 next to fractions and
 * values above 1 (7, 8) could be either, so it is CONFIDENCE_SCALE_AMBIGUOUS at the cell, unread.
 */
function confidenceScale(keyResults: KeyResult[], issues: IssueList, numbers: NumberConvention): void {
  const plain = (raw: unknown): number | null => {
    if (typeof raw === 'number') return raw;
    if (typeof raw !== 'string' || /%|٪/.test(raw)) return null;
    // As the cell was read: `0,9` is a fraction in a decimal-comma locale.
    const p = parseNumber(raw, numbers);
    return p.ok ? p.value : null;
  };
  const read = keyResults.map((kr) => ({ kr, v: plain(kr.confidence.raw) }));
  const fractions = read.some((r) => r.v !== null && r.v > 0 && r.v < 1);
  // Only a 1 read as 1 of 10: a percent-formatted 1 already said 100 %.
  const ones = read.filter((r) => r.v === 1 && r.kr.confidence.value === 1);
  if (!fractions || ones.length === 0) return;
  const above = read.some((r) => r.v !== null && r.v > 1);
  for (const { kr } of ones) {
    if (above) {
      issues.add('CONFIDENCE_SCALE_AMBIGUOUS', 'warning', kr.confidence.cell, { text: String(kr.confidence.raw) });
      kr.confidence = { ...kr.confidence, value: null };
    } else kr.confidence = { ...kr.confidence, value: 10 };
  }
}

interface DraftObjective {
  objective: Objective;
  givenId: string | null;
  idCell: string;
  team: string;
  /** The first cell of the objective's rows that says committed or aspirational; null when none does. */
  commitmentCell: string | null;
}

/** Uppercase ASCII letters and digits of the team name, for generated IDs (`GROW-O1`); `T2` without any. */
export function idPrefix(team: string, teamIndex: number): string {
  const letters = team
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 4);
  if (letters) return letters;
  return team ? `T${teamIndex + 1}` : '';
}

/** Parses the grid into a Plan. Never throws: every bad cell becomes an Issue. */
export function parsePlan(grid: Grid, input: ParseOptions): ParseResult {
  // A date cell named in a message is the day it shows in the spreadsheet's time zone.
  const options: ParseOptions = input.timeZone ? { ...input, numbers: { ...input.numbers, timeZone: input.timeZone } } : input;
  // Reassigned to a copy with merged cells continued (the caller's grid is never changed).
  const issues = new IssueList(options.sheet);
  const given = options.mapping ?? findHeader(grid);
  let mapping = given;
  if (given?.headerTexts) {
    const resolved = resolveMapping(grid, given, options.shown);
    mapping = resolved.mapping;
    for (const p of resolved.problems) issues.add(p.code, 'error', p.cell, { column: p.column, header: p.header, cells: p.cells });
  }
  if (!mapping) {
    issues.add('HEADER_NOT_FOUND', 'error', 'A1', { sheet: options.sheet });
    return {
      plan: { sheet: options.sheet, mapping: { headerRow: 0, columns: {} }, labels: emptyLabels(), period: null, teams: [] },
      issues: issues.list,
      unscorableRows: issues.unscorableRows,
    };
  }
  // A Score/Progress column alone can carry the grade (progress-only sheets).
  const periodic =
    mapping.columns.current === undefined ? periodicOf(mapping, options.shown?.[mapping.headerRow - 1] ?? grid[mapping.headerRow - 1] ?? []) : [];
  const hasPeriodic = periodic.length > 0;
  const gradeOnly =
    (mapping.columns.score !== undefined && mapping.columns.current === undefined && !hasPeriodic) || (hasPeriodic && mapping.columns.target === undefined);
  const required: ColumnKey[] = gradeOnly ? ['keyResult'] : hasPeriodic ? ['keyResult', 'target'] : ['keyResult', 'target', 'current'];
  for (const key of required) {
    if (mapping.columns[key] === undefined) issues.add('COLUMN_MISSING', 'error', a1(mapping.headerRow, 1), { column: key });
  }
  if (options.merges?.length) grid = continueMerges(grid, options.merges, mapping);

  const labels = readLabels(grid, mapping.headerRow, issues, options.timeZone);
  const titles = grid.slice(0, mapping.headerRow - 1).flatMap((row) => (row ?? []).filter((c): c is string => typeof c === 'string' && c.trim() !== ''));
  const period = periodOf(labels, options.sheet, titles, issues);

  const headerRowCells = grid[mapping.headerRow - 1] ?? [];
  const headerTexts = new Map<ColumnKey, string>();
  for (const [key, c] of Object.entries(mapping.columns) as [ColumnKey, number][]) {
    const norm = normalizeText(textOf(headerRowCells[c - 1]));
    if (norm !== '') headerTexts.set(key, norm);
  }

  let grade: GradeSource | null = null;
  // Only without a Current column: next to Current, a Score column is a score of the values (the
  // add-on's own formula, or the user's, which the score-formula audit compares).
  if (mapping.columns.score !== undefined && mapping.columns.current === undefined && periodic.length === 0) {
    grade = { columns: 'score', scale: gradeScale(grid, mapping.headerRow, [mapping.columns.score], options.numbers) };
  } else if (periodic.length > 0 && mapping.columns.target === undefined)
    grade = { columns: 'periodic', scale: gradeScale(grid, mapping.headerRow, periodic, options.numbers) };

  const drafts: DraftObjective[] = [];
  // A per-row Quarter/Season column: each key result's own period. A blank cell continues the
  // period of the rows above within the same objective; undefined is the sheet's period.
  let rowPeriod: Period | null | undefined;
  const periodReference = labels.asOf.value ?? options.asOf ?? period?.end ?? null;
  // A periodic tracker: two columns for one week is an error at the second; Current is the latest
  // week or month that has begun by the as-of date (a placeholder in a week to come is no value).
  const periodicHeader = options.shown?.[mapping.headerRow - 1] ?? grid[mapping.headerRow - 1] ?? [];
  for (const twice of periodicSlotsTwice(periodic, periodicHeader)) {
    const first = textOf(periodicHeader[twice.first - 1]);
    issues.add('PERIODIC_SLOT_TWICE', 'error', a1(mapping.headerRow, twice.second), { first, second: textOf(periodicHeader[twice.second - 1]) });
  }
  const asOfDay = labels.asOf.value ?? options.asOf ?? null;
  const begun =
    period && asOfDay
      ? periodic.filter((c) => {
          const slot = periodicSlotOf(textOf(periodicHeader[c - 1]));
          if (!slot) return true;
          const start = periodSlotStart(period, slot.kind, slot.slot);
          return start <= asOfDay;
        })
      : periodic;
  const currentColumns = begun.length > 0 ? begun : periodic.slice(0, 1);
  let current = null as DraftObjective | null;
  let team = '';
  let teamFromLink = false;
  let headings = 0;
  const startHeading = (heading: { text: string; cell: string }, rowNumber: number): DraftObjective => {
    headings++;
    const draft: DraftObjective = {
      givenId: null,
      idCell: heading.cell,
      team,
      commitmentCell: null,
      objective: {
        id: '',
        idGenerated: true,
        row: rowNumber,
        team,
        text: { value: heading.text, raw: heading.text, cell: heading.cell },
        parent: emptyField(),
        commitment: 'aspirational',
        keyResults: [],
      },
    };
    drafts.push(draft);
    return draft;
  };
  // Block layouts put the first objective's heading above the first (repeated) header row.
  for (let r = mapping.headerRow - 2; r >= 0; r--) {
    const row = grid[r] ?? [];
    if (row.every((c) => isBlank(c))) continue;
    const heading = objectiveHeading(row, r + 1);
    if (heading) current = startHeading(heading, r + 1);
    break;
  }
  // Cell texts seen by the repeated-header check, normalised once each (team, owner and unit repeat).
  const normalizedCells = new Map<string, string>();
  for (let r = mapping.headerRow; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const rowNumber = r + 1;
    if (repeatsHeader(row, mapping, headerTexts, normalizedCells)) continue;
    // A heading in the Objective, ID or Team column is that column's own text, read below as usual.
    const heading = objectiveHeading(row, rowNumber);
    if (heading && !ownColumn(mapping, heading.cell)) {
      current = startHeading(heading, rowNumber);
      continue;
    }
    const cells = rowCells(row, rowNumber, mapping, options.formats?.[r] ?? undefined, currentColumns, options.numbers);
    const periodCell = mapping.columns.period !== undefined ? cells.get('period') : '';
    const teamText = textOf(cells.get('team'));
    const objectiveText = textFieldChecked(cells, 'objective', issues);
    const idText = textOf(cells.get('objectiveId'));
    const krText = textFieldChecked(cells, 'keyResult', issues);
    const hasValues = (['start', 'target', 'current'] as const).some((k) => !isBlank(cells.get(k)));
    const hasKr = krText.value !== null || hasValues;
    if (!hasKr && objectiveText.value === null && idText === '' && teamText === '') continue;

    if (teamText) {
      team = teamText;
      teamFromLink = false;
    }
    // A two-tab tracker: an ID names one objective of the objectives tab wherever its rows are
    // (sorted by owner, O1 / O2 / O1): a row of an ID seen before goes back to that objective.
    let rejoined = false;
    if (
      options.objectives &&
      idText !== '' &&
      objectiveText.value === null &&
      (current === null || objectiveKey(current.givenId ?? '') !== objectiveKey(idText))
    ) {
      const earlier = drafts.find((d) => d.givenId !== null && objectiveKey(d.givenId) === objectiveKey(idText) && (teamText === '' || teamText === d.team));
      if (earlier) {
        current = earlier;
        rejoined = true;
      }
    }
    // Many sheets repeat the objective (and team) on every row of its key results: the same text,
    // with no other ID and no other team, continues the objective above.
    const repeatsCurrent =
      current !== null &&
      objectiveText.value !== null &&
      objectiveText.value === current.objective.text.value &&
      (idText === '' || idText === current.givenId) &&
      (teamText === '' || teamText === current.team);
    const startsObjective =
      !rejoined &&
      ((objectiveText.value !== null && !repeatsCurrent) ||
        (idText !== '' && idText !== current?.givenId) ||
        (teamText !== '' && current !== null && teamText !== current.team));
    // An objective's commitment is said on any of its rows (often not the first): the first word
    // read counts, and a row that says otherwise is an issue at both cells, read as committed.
    const commitmentCell = cells.get('commitment');
    let commitment: Commitment | null = null;
    if (!isBlank(commitmentCell)) {
      commitment = parseCommitment(textOf(commitmentCell));
      // (A merged cell continued down its rows is named once.)
      const continued =
        !startsObjective &&
        current !== null &&
        textOf(commitmentCell) === textOf(grid[current.objective.row - 1]?.[(mapping.columns.commitment ?? 0) - 1] ?? '');
      if (!commitment && !continued) issues.add('COMMITMENT_UNKNOWN', 'warning', cells.cell('commitment'), { text: textOf(commitmentCell) });
    }
    if (!startsObjective && current && commitment && cells.cell('commitment') !== current.commitmentCell) {
      if (current.commitmentCell === null) {
        current.objective.commitment = commitment;
        current.commitmentCell = cells.cell('commitment');
      } else if (commitment !== current.objective.commitment) {
        issues.add('OBJ_COMMITMENT_CONFLICT', 'warning', cells.cell('commitment'), { cells: `${current.commitmentCell}, ${cells.cell('commitment')}` });
        current.objective.commitment = 'committed';
      }
    }
    // A two-tab tracker: the objective's text (and parent, team, commitment) from the objectives tab by ID.
    const linked =
      startsObjective && objectiveText.value === null && idText !== '' && options.objectives
        ? linkObjective(options.objectives, idText, cells.cell('objectiveId'), issues)
        : null;
    // Its team too, where the key-result tab has no Team column or leaves the cell blank.
    // A team that came from the objectives tab is not carried down to an objective that has none there.
    if (linked && teamText === '' && (mapping.columns.team === undefined || linked.team !== '' || teamFromLink)) {
      team = linked.team;
      teamFromLink = true;
    }
    if (startsObjective) {
      current = {
        givenId: idText || null,
        idCell: cells.cell('objectiveId') || objectiveText.cell || a1(rowNumber, 1),
        team,
        commitmentCell: commitment ? cells.cell('commitment') : null,
        objective: {
          id: idText,
          idGenerated: idText === '',
          row: rowNumber,
          team,
          text: linked ? { value: linked.text, raw: linked.text, cell: cells.cell('objectiveId') } : objectiveText,
          parent:
            linked && isBlank(cells.get('parent')) && linked.parent !== ''
              ? { value: linked.parent, raw: linked.parent, cell: cells.cell('objectiveId') }
              : textField(cells, 'parent'),
          commitment: commitment ?? (linked ? parseCommitment(linked.commitment) : null) ?? 'aspirational',
          keyResults: [],
        },
      };
      drafts.push(current);
      // A new objective does not continue the period of the rows above unless it says so.
      rowPeriod = undefined;
    }
    if (mapping.columns.period !== undefined && !isBlank(periodCell)) {
      const text = textOf(periodCell);
      const read = parseRowPeriod(text, periodReference);
      rowPeriod = read.ok ? read.period : null;
      if (!read.ok) issues.add('PERIOD_ROW_UNREADABLE', 'error', cells.cell('period'), { text }, rowNumber);
    }
    if (!hasKr) continue;
    if (!current) {
      issues.add('KR_NO_OBJECTIVE', 'error', krText.cell || rowCell(mapping, rowNumber, 'keyResult'), {}, rowNumber);
      continue;
    }
    const lines = keyResultLines(krText.value ?? '');
    if (lines.length > 0) {
      // Several key results typed into one cell: none of them can be scored until each has its row.
      issues.add('KR_MULTI_LINE', 'error', krText.cell, { count: lines.length }, rowNumber);
    }
    const krPeriod = rowPeriod === undefined ? period : rowPeriod;
    const kr = readKeyResult(cells, rowNumber, current.objective, krText, krPeriod, issues, grade, options.timeZone);
    if (mapping.columns.period !== undefined) kr.period = krPeriod;
    if (periodic.length > 0) {
      // Each filled week or month read as Current would be (the same scale, grade and milestone
      // rules), with its problems left to the Current cell's own reading above.
      const values: PeriodicValue[] = [];
      for (const column of currentColumns) {
        if (isPeriodBlank(row[column - 1])) continue;
        const header = textOf(periodicHeader[column - 1]);
        const slot = periodicSlotOf(header);
        if (!slot) continue;
        const one = rowCells(row, rowNumber, mapping, options.formats?.[r] ?? undefined, [column], options.numbers);
        const read = readKeyResult(one, rowNumber, current.objective, krText, krPeriod, new IssueList(options.sheet), grade, options.timeZone);
        if (read.current.value !== null) values.push({ ...slot, header, cell: a1(rowNumber, column), value: read.current.value });
      }
      kr.periodic = values;
    }
    current.objective.keyResults.push(kr);
  }
  if (mapping.columns.objective === undefined && mapping.columns.objectiveId === undefined && headings === 0) {
    issues.add('COLUMN_MISSING', 'error', a1(mapping.headerRow, 1), { column: 'objective' });
  }

  // Objectives named by ID only (no Objective column) with no tab that lists their texts: the tabs
  // show the IDs, and the user is told why, once, at the ID header (found by an attack on issue 13:
  // an objectives tab that also lists key results' texts is a one-tab OKR sheet, never linked).
  const idColumn = mapping.columns.objectiveId;
  if (mapping.columns.objective === undefined && idColumn !== undefined && !options.objectives && drafts.some((d) => d.objective.text.value === null)) {
    issues.add('OBJ_TEXT_BY_ID_ONLY', 'warning', a1(mapping.headerRow, idColumn), { column: columnLetter(idColumn) });
  }

  assignIds(drafts, issues);
  confidenceScale(
    drafts.flatMap((d) => d.objective.keyResults),
    issues,
    options.numbers ?? {},
  );
  const teams: Team[] = [];
  const byTeam = new Map<string, Team>();
  for (const d of drafts) {
    let t = byTeam.get(d.team);
    if (!t) {
      t = { name: d.team, objectives: [] };
      byTeam.set(d.team, t);
      teams.push(t);
    }
    t.objectives.push(d.objective);
  }
  for (const t of teams) for (const o of t.objectives) for (const kr of o.keyResults) kr.objectiveId = o.id;

  // Rows of one period give the sheet that period when it has none of its own; rows of several
  // periods leave it unknown (each key result keeps its own, for its pace), and say so.
  let planPeriod = period;
  if (mapping.columns.period !== undefined) {
    const own = teams
      .flatMap((t) => t.objectives)
      .flatMap((o) => o.keyResults)
      .map((kr) => kr.period);
    const labelsSeen = new Set(own.filter((p): p is Period => !!p).map((p) => p.label));
    if (!period && labelsSeen.size === 1 && own.every((p) => p)) planPeriod = own[0] ?? null;
    if (labelsSeen.size > 1) issues.add('PERIOD_ROWS_SEVERAL', 'info', a1(mapping.headerRow, mapping.columns.period), { periods: [...labelsSeen].join(', ') });
  }
  return { plan: { sheet: options.sheet, mapping, labels, period: planPeriod, teams }, issues: issues.list, unscorableRows: issues.unscorableRows };
}

/** Given IDs stay; blank ones are generated per team; a repeated ID is an error. */
function assignIds(drafts: DraftObjective[], issues: IssueList): void {
  const used = new Map<string, DraftObjective>();
  for (const d of drafts) {
    if (!d.givenId) continue;
    const key = d.givenId.toLowerCase();
    const first = used.get(key);
    if (first) {
      issues.add('OBJ_DUPLICATE_ID', 'error', d.idCell, { id: d.givenId, first: first.idCell });
      for (const kr of d.objective.keyResults) issues.unscorableRows.add(kr.row);
      d.objective.id = `${d.givenId} (${d.idCell})`;
    } else used.set(key, d);
  }
  const teamIndex = new Map<string, number>();
  const counters = new Map<string, number>();
  for (const d of drafts) {
    if (!teamIndex.has(d.team)) teamIndex.set(d.team, teamIndex.size);
    if (d.givenId) continue;
    const prefix = idPrefix(d.team, teamIndex.get(d.team) ?? 0);
    let n = counters.get(d.team) ?? 0;
    let id: string;
    do {
      n++;
      id = prefix ? `${prefix}-O${n}` : `O${n}`;
    } while (used.has(id.toLowerCase()));
    counters.set(d.team, n);
    used.set(id.toLowerCase(), d);
    d.objective.id = id;
  }
}

/**
 * The objectives-tab row of an objective ID, or null with an issue at the ID cell: the tab is gone
 * (`OBJECTIVES_TAB_GONE`, once per sheet), the ID is not on it (`OBJ_ID_NOT_LINKED`), or it is on
 * it twice with different texts (`OBJ_ID_AMBIGUOUS_LINK`). Never a guess: such an objective keeps
 * only its ID.
 */
function linkObjective(table: ObjectiveTable, id: string, cell: string, issues: IssueList): LinkedObjective | null {
  const key = objectiveKey(id);
  if (!table.found) {
    if (!issues.list.some((i) => i.code === 'OBJECTIVES_TAB_GONE')) issues.add('OBJECTIVES_TAB_GONE', 'warning', cell, { tab: table.sheet });
    return null;
  }
  const linked = table.byId.get(key);
  if (linked) return linked;
  const error = table.errors.get(key);
  if (error !== undefined) issues.add('OBJ_LINK_ERROR', 'warning', cell, { id, tab: table.sheet, text: error });
  else issues.add(table.ambiguous.has(key) ? 'OBJ_ID_AMBIGUOUS_LINK' : 'OBJ_ID_NOT_LINKED', 'warning', cell, { id, tab: table.sheet });
  return null;
}

function readKeyResult(
  cells: RowCells,
  row: number,
  objective: Objective,
  text: Field<string>,
  period: Period | null,
  issues: IssueList,
  grade: GradeSource | null = null,
  timeZone?: string,
): KeyResult {
  const typeCell = cells.get('type');
  let declared: KrType | null = null;
  let alias: 'numeric' | 'percentage' | null = null;
  if (!isBlank(typeCell)) {
    declared = parseKrType(textOf(typeCell));
    alias = declared ? null : parseTypeAlias(textOf(typeCell));
    if (!declared && !alias) issues.add('KR_UNKNOWN_TYPE', 'error', cells.cell('type'), { text: textOf(typeCell) }, row);
  }
  const typeKnown = isBlank(typeCell) || alias !== null;
  const declaredType: Field<KrType> = { value: declared, raw: rawOf(typeCell), cell: cells.cell('type') };

  // Start, Target and Current on one scale (scale.ts): 18, 18% and a percent-formatted 0.18 alike.
  const keys = ['start', 'target', 'current'] as const;
  const scaled = readScale(
    keys.map((k) => ({ raw: cells.get(k), format: cells.format(k), cell: cells.cell(k) })),
    cells.get('unit'),
    alias === 'percentage',
    cells.numbers,
  );
  const readOf = (i: number): NumberRead => {
    const key = keys[i]!;
    const v = cells.get(key);
    const p = scaled.parsed[i]!;
    return {
      field: { value: scaled.values[i] ?? null, raw: rawOf(v), cell: cells.cell(key) },
      failure: p.ok || p.reason === 'blank' ? null : p,
    };
  };
  const start = readOf(0);
  const target = readOf(1);
  const currentCell = cells.get('current');
  let current = readOf(2);
  if (scaled.mixed.length > 0) {
    issues.add('KR_MIXED_SCALE', 'error', scaled.mixed[0]!, { cells: scaled.mixed.join(', ') }, row);
  }

  // The type: declared, else inferred from the values. Done-flags with no start or target are milestones,
  // and so is a Target that says Done.
  let type: KrType | null = declared;
  const done = isDoneWord(currentCell);
  const targetCell = cells.get('target');
  const targetSaysDone = typeof targetCell === 'string' && !parseNumber(targetCell).ok && isDoneWord(targetCell) === true;
  if (!type && typeKnown && scaled.mixed.length === 0) {
    if (start.field.value !== null && target.field.value !== null) type = target.field.value < start.field.value ? 'decrease' : 'increase';
    else if (targetSaysDone && isBlank(cells.get('start'))) type = 'milestone';
    else if (isBlank(cells.get('start')) && isBlank(targetCell) && (done !== null || isBlank(currentCell))) type = 'milestone';
  }

  let targetValue = target.field.value;
  // A progress-only row (no start, no target): the Score/Progress column, or the last filled
  // period, is the key result's grade. A 0–100 column is read as a fraction; a value of 1 or less
  // in such a column could be either scale, so it is an issue, not a guess.
  const gradeKey: ColumnKey | null = grade ? (grade.columns === 'score' ? 'score' : 'current') : null;
  if (
    grade &&
    gradeKey &&
    (declared === null || declared === 'grade') &&
    isBlank(cells.get('start')) &&
    isBlank(cells.get('target')) &&
    (gradeKey === 'current' || isBlank(currentCell) || declared === 'grade')
  ) {
    type = 'grade';
    const read = numberField(cells, gradeKey);
    let value = read.field.value;
    if (read.failure) {
      issues.add(failureCode(read.failure), 'error', read.field.cell, { field: gradeKey, text: read.failure.text }, row);
    } else if (value !== null && grade.scale === 100 && !(typeof read.field.raw === 'string' && /%|٪/.test(read.field.raw))) {
      if (value > 0 && value <= 1) {
        issues.add('VALUE_AMBIGUOUS', 'error', read.field.cell, { field: gradeKey, text: String(read.field.raw ?? value) }, row);
        value = null;
      } else value = value / 100;
    }
    current = { field: { ...read.field, value }, failure: null };
  }

  if (type === 'milestone') {
    // A numeric target above 1 is a count ("sign 3 partners"): progress toward it, from Start or 0.
    const count = targetValue !== null && targetValue > 1 ? targetValue : null;
    let flag: number | null = null;
    if (count !== null) {
      if (current.field.value !== null) flag = current.field.value;
      else if (done === true && !isBlank(currentCell)) flag = count;
      else if (!isBlank(currentCell)) issues.add('MILESTONE_COUNT_NEEDED', 'error', cells.cell('current'), { text: textOf(currentCell), target: count }, row);
    } else {
      if (targetSaysDone) targetValue = null;
      if (done !== null) flag = isBlank(currentCell) ? null : done ? 1 : 0;
      else if (current.field.value !== null) flag = current.field.value >= 1 ? 1 : 0;
      else if (!isBlank(currentCell)) issues.add('MILESTONE_NOT_DONE_WORD', 'error', cells.cell('current'), { text: textOf(currentCell) }, row);
    }
    current = { field: { ...current.field, value: flag }, failure: null };
  } else if (current.failure) {
    issues.add(failureCode(current.failure), 'error', current.field.cell, { field: 'current', text: current.failure.text }, row);
  }
  if (type === 'grade' && current.field.value !== null && (current.field.value < 0 || current.field.value > 1)) {
    // A grade is 0–1 (or a percentage): 70 or 7 could mean 70 %, 7 of 10 or 7 %; never capped to 1.
    // In a sheet that keeps grades 0–100 (150 there is 1.5), the message speaks of 0–100.
    const onHundred = grade?.scale === 100 && !(typeof current.field.raw === 'string' && /%|٪/.test(current.field.raw));
    issues.add(onHundred ? 'KR_GRADE_OUT_OF_RANGE_100' : 'KR_GRADE_OUT_OF_RANGE', 'error', current.field.cell, { text: rawParam(current.field.raw) }, row);
  }

  // Text that says down ("Reduce churn to 1.8 %", "Cut tickets to 200", کاهش…, csökkentsük…) with a
  // Start → Target that goes up (often a placeholder Start of 0) is not scored as an increase; the
  // mirror, text that says up ("Grow sign-ups from 100 to 200", افزایش…, növeljük…) with a Start →
  // Target that goes down (swapped, or a relative "by 20 %" typed as a Target of 0.2), is not scored
  // as a decrease. Text that says both (reduce churn to grow revenue) decides only the first.
  const downWord = declared === null ? decreaseWordIn(text.value ?? '') : null;
  const upWord = declared === null && !downWord ? increaseWordIn(text.value ?? '') : null;
  const from = start.field.value;
  const to = target.field.value;
  const against =
    from === null || to === null
      ? null
      : downWord && type === 'increase' && to > from
        ? { word: downWord, code: 'KR_TEXT_SAYS_DECREASE' }
        : upWord && type === 'decrease' && to < from
          ? { word: upWord, code: 'KR_TEXT_SAYS_INCREASE' }
          : null;
  if (against) {
    // A sheet with no Type column cannot take "set the Type" (an adopted tracker): its own advice.
    issues.add(
      cells.cell('type') === '' ? `${against.code}_NO_TYPE` : against.code,
      'error',
      start.field.cell || text.cell,
      { word: against.word.replace(/^[^\p{L}]+/u, ''), start: rawParam(start.field.raw), target: rawParam(target.field.raw) },
      row,
    );
  }
  const percentGrowth = isRelativePercentText(text.value ?? '') && !downWord && (type === 'increase' || type === null);
  for (const [key, read] of [
    ['start', start],
    ['target', target],
  ] as const) {
    if (read.failure) {
      // A milestone's Target that is text but no done word ("3 partners") is a count that was not
      // read: an error, never a milestone scored done at 1 of 3.
      const unreadCount = type === 'milestone' && key === 'target' && !targetSaysDone && typeof targetCell === 'string';
      if (neededFields(type).includes(key) || (type === null && !targetSaysDone) || unreadCount) {
        issues.add(failureCode(read.failure), 'error', read.field.cell, { field: key, text: read.failure.text }, row);
      }
    }
  }
  let startValue = start.field.value;
  if (type === null) {
    if (typeKnown && !start.failure && !target.failure && scaled.mixed.length === 0) {
      // No type, and the values do not tell one: say which value is missing.
      if (target.field.value === null) issues.add('VALUE_MISSING', 'error', target.field.cell || text.cell, { field: 'target' }, row);
      else if (percentGrowth) {
        // "Increase X by 20 %" with no baseline: scored from 0, with a warning to add the baseline.
        issues.add('KR_PERCENT_NO_BASELINE', 'warning', start.field.cell || text.cell, {});
        type = 'increase';
        startValue = 0;
      } else issues.add('VALUE_MISSING', 'error', start.field.cell || text.cell, { field: 'start' }, row);
    }
  } else {
    for (const key of neededFields(type)) {
      const read = key === 'start' ? start : target;
      if (read.field.value !== null || read.failure) continue;
      if (key === 'start' && percentGrowth && target.field.value !== null) {
        issues.add('KR_PERCENT_NO_BASELINE', 'warning', start.field.cell || text.cell, {});
        startValue = 0;
      } else issues.add('VALUE_MISSING', 'error', read.field.cell || text.cell, { field: key }, row);
    }
  }
  // A counted milestone ("sign 3 partners") from Start (or 0) to a Target it already equals has no
  // progress to measure either: the same error as an increase whose Start is its Target.
  const countedFromTarget = type === 'milestone' && targetValue !== null && targetValue > 1 && (startValue ?? 0) === targetValue;
  if (((type === 'increase' || type === 'decrease') && startValue !== null && startValue === target.field.value) || countedFromTarget) {
    issues.add(
      'KR_START_EQUALS_TARGET',
      'error',
      target.field.cell || text.cell,
      { value: scaled.scale === 'percent' && targetValue !== null ? percentParam(targetValue, 10) : rawParam(target.field.raw ?? startValue) },
      row,
    );
  }

  const weightRead = numberField(cells, 'weight');
  let weight = weightRead.field;
  if (weightRead.failure?.reason === 'date') {
    issues.add('VALUE_IS_DATE', 'error', weight.cell, { field: 'weight', text: weightRead.failure.text }, row);
    weight = { ...weight, value: null };
  } else if (weightRead.failure || (weight.value !== null && weight.value < 0)) {
    issues.add('KR_WEIGHT_INVALID', 'error', weight.cell, { text: rawParam(weight.raw) }, row);
    weight = { ...weight, value: null };
  }
  const confidence = confidenceOf(numberField(cells, 'confidence'), cells.format('confidence'), issues);

  const dueCell = cells.get('due');
  let due: Field<IsoDate> = { value: null, raw: rawOf(dueCell), cell: cells.cell('due') };
  const dueDay = readDateCell(dueCell, due.cell, 'due', issues, timeZone, row);
  if (dueDay) {
    due = { ...due, value: dueDay };
    if (period && (dueDay < period.start || dueDay > period.end)) {
      issues.add('KR_DUE_OUTSIDE_QUARTER', 'error', due.cell, { due: dueDay, start: period.start, end: period.end }, row);
    }
  }

  return {
    row,
    objectiveId: objective.id,
    text,
    owner: textField(cells, 'owner'),
    declaredType,
    type,
    start: { ...start.field, value: startValue },
    target: { ...target.field, value: targetValue },
    scale: scaled.scale,
    percentStorage: scaled.storage,
    current: current.field,
    unit: textField(cells, 'unit'),
    weight,
    confidence,
    due,
    notes: textField(cells, 'notes'),
    scorable: true,
    ...(type === 'grade' && grade?.scale === 100 ? { gradeScale: 100 as const } : {}),
  };
}
