// Check-in: the key results of a team or an owner with their current values, and saving new
// values. Key-result rows need not be next to each other, so only the changed cells are written:
// one write per run of consecutive changed rows, never a rewrite of cells the user did not change.
import { literalValue } from './literal';
import { isPercentFormat, parseDate, percentFormatFor, planCalendar } from '../core';
import type { CellValue, IsoDate, KeyResult, Language, Objective, Settings } from '../core/model';
import { todayIn } from './dates';
import { inDigitsOf } from '../core/i18n/format';
import { historyBlock, historyTimeFormat, prepareHistory, writeHistory, type HistoryEntry } from './history';
import type { OkrSheet } from './read';
import type { CheckInRow } from '../core/checkIn';
import { refOf } from '../core/identity';
import { writeAsOf } from './asOf';
import { allOrNothing } from './apply';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface CheckInFilter {
  team?: string;
  owner?: string;
}

/** One key result as the check-in view shows it: the JSON row of the server API. */
export type CheckInItem = CheckInRow;

/** A percentage key result by the one scale model (core/scale.ts): its values are fractions. */
function isPercent(kr: KeyResult): boolean {
  return kr.scale === 'percent';
}

/**
 * A number as the user writes numbers (no Intl: the plain digits people type back): 18,000 and
 * 0.0125, or with a decimal comma (hu) 18 000 and 0,0125, so that a Hungarian reader never takes
 * 1,640 for 1.64 (found by an attack as a new user).
 */
function plain(n: number, comma = false): string {
  const rounded = Math.round(n * 1e6) / 1e6;
  if (Number.isInteger(rounded)) return String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, comma ? '\u00a0' : ',');
  return comma ? String(rounded).replace('.', ',') : String(rounded);
}

/**
 * A value as people read it: 0.45 of a percentage key result is "45%", in the digits of `lang`
 * (۴۵٪ in Persian, core format inDigitsOf); a value that is not a number is the cell's own text.
 */
function display(value: number | null, raw: string | number | boolean | null, percent: boolean, comma = false, lang: Language = 'en'): string {
  if (value === null) return raw === null ? '' : typeof raw === 'boolean' ? (raw ? '✓' : '✗') : String(raw);
  return inDigitsOf(lang, percent ? `${plain(value * 100, comma)}%` : plain(value, comma));
}

/**
 * The Current of a key result as the check-in list shows it (`comma`: the user writes numbers with a
 * decimal comma; `lang`: in its digits): what a save expects to find unchanged, in one of its forms.
 */
export function currentShown(kr: KeyResult, comma = false, lang: Language = 'en'): string {
  if (kr.type === 'milestone') return display(null, kr.current.raw, false);
  // A grade kept 0–100 in the sheet (20 is 20 %) reads as a percentage.
  return display(kr.current.value, kr.current.raw, isPercent(kr) || kr.gradeScale === 100, comma, lang);
}

/**
 * What a check-in was typed against: the row's team, Start, Target, Current, Confidence, type and
 * unit as the list showed them (opaque). A save whose key result no longer shows the same refuses.
 */
export function seenOf(kr: KeyResult, team: string): string {
  const percent = isPercent(kr);
  return JSON.stringify([
    team,
    display(kr.start.value, kr.start.raw, percent),
    display(kr.target.value, kr.target.raw, percent),
    currentShown(kr),
    kr.confidence.value,
    kr.type,
    kr.unit.value ?? '',
  ]);
}

export interface KeyResultPlace {
  kr: KeyResult;
  objective: Objective;
  team: string;
}

export function keyResultsByRow(okr: OkrSheet): Map<number, KeyResultPlace> {
  const map = new Map<number, KeyResultPlace>();
  for (const team of okr.analysis.plan.teams) {
    for (const objective of team.objectives) for (const kr of objective.keyResults) map.set(kr.row, { kr, objective, team: team.name });
  }
  return map;
}

export function checkInItems(
  okr: OkrSheet,
  filter: CheckInFilter,
  /** Per row of a stale key result, what its staleness warning says (sheets/staleness.ts). */
  staleNotes: ReadonlyMap<number, string> = new Map(),
  /** The user writes numbers with a decimal comma (sheets/dates.ts typedNumbers): 1 640 and 2,3. */
  comma = false,
  /** The list's language: Start, Target and Current are in its digits (۱٬۶۴۰ in Persian). */
  lang: Language = 'en',
): { items: CheckInItem[]; teams: string[]; owners: string[] } {
  const scores = new Map(okr.analysis.scores.keyResults.map((s) => [s.row, s.score]));
  const teams = new Set<string>();
  const owners = new Set<string>();
  const items: CheckInItem[] = [];
  for (const { kr, objective, team } of keyResultsByRow(okr).values()) {
    if (team) teams.add(team);
    const owner = kr.owner.value ?? '';
    if (owner) owners.add(owner);
    if (filter.team && team !== filter.team) continue;
    if (filter.owner && owner !== filter.owner) continue;
    const percent = isPercent(kr);
    items.push({
      ref: refOf(kr, objective),
      row: kr.row,
      team,
      objectiveId: objective.id,
      objective: objective.text.value ?? '',
      keyResult: kr.text.value ?? '',
      owner,
      type: kr.type,
      unit: kr.unit.value ?? '',
      start: display(kr.start.value, kr.start.raw, percent, comma, lang),
      target: display(kr.target.value, kr.target.raw, percent, comma, lang),
      current: currentShown(kr, comma, lang),
      percent,
      confidence: kr.confidence.value,
      score: scores.get(kr.row) ?? null,
      stale: staleNotes.get(kr.row) ?? null,
      seen: seenOf(kr, team),
    });
  }
  items.sort((a, b) => a.row - b.row);
  // Teams in the plan's order; owners by name.
  return { items, teams: [...teams], owners: [...owners].sort((a, b) => a.localeCompare(b)) };
}

/** A new value, checked and typed, for one key result. */
export interface CheckInChange {
  row: number;
  /** Where the value goes: the Current column, or a periodic tracker's column of today's week or month. */
  column: number;
  /** The value to write there; undefined keeps the current one. */
  value: number | boolean | string | undefined;
  confidence: number | null;
  comment: string;
}

interface Run {
  start: number;
  values: (number | boolean | string)[];
  formats: string[];
}

/** Consecutive rows as runs: one write per run. */
function runsOf(cells: { row: number; value: number | boolean | string; format: string | null }[]): Run[] {
  const runs: Run[] = [];
  for (const c of [...cells].sort((a, b) => a.row - b.row)) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.values.length === c.row) {
      last.values.push(c.value);
      last.formats.push(c.format ?? '');
    } else runs.push({ start: c.row, values: [c.value], formats: [c.format ?? ''] });
  }
  return runs;
}

function writeRuns(sheet: Sheet, column: number, cells: { row: number; value: number | boolean | string; format: string | null }[]): void {
  for (const run of runsOf(cells)) {
    const range = sheet.getRange(run.start, column, run.values.length, 1);
    // A percentage format only where the cell has none of its own: the user's formats stay.
    if (run.formats.some((f) => f !== '')) {
      const current = range.getNumberFormats();
      // An unformatted cell reports "0.###############" (or "General").
      const plainFormat = (f: string | undefined) => f === undefined || f === '' || f.toLowerCase() === 'general' || f === '0.###############';
      range.setNumberFormats(run.formats.map((f, i) => [f && plainFormat(current[i]?.[0]) ? f : current[i]?.[0] || 'General']));
    }
    // A milestone word (Done, In progress, انجام شد…) lands as the literal text typed (literal.ts).
    const shown = run.values.some((v) => typeof v === 'string') ? range.getNumberFormats() : null;
    range.setValues(run.values.map((v, i) => [shown ? literalValue(v, shown[i]?.[0]) : v]));
  }
}

const sameValue = (a: CellValue, b: number | boolean | string): boolean => (typeof b === 'number' ? typeof a === 'number' && Math.abs(a - b) < 1e-12 : a === b);

export interface SaveOutcome {
  updated: number;
  logged: number;
  asOf: IsoDate;
  historySheet: string;
}

/** Cells of a column, rows first..last, as one read. */
function columnBlock<T>(sheet: Sheet, column: number, rows: number[], read: (r: GoogleAppsScript.Spreadsheet.Range) => T[][]): Map<number, T> {
  const out = new Map<number, T>();
  if (rows.length === 0) return out;
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const grid = read(sheet.getRange(first, column, last - first + 1, 1));
  for (const r of rows) out.set(r, grid[r - first]![0]!);
  return out;
}

/** The rows whose cell in the column holds a formula (one read over the rows' span). */
export function formulaRowsOf(okr: OkrSheet, column: number, rows: number[]): number[] {
  const formulas = columnBlock(okr.sheet, column, rows, (r) => r.getFormulas());
  return rows.filter((r) => (formulas.get(r) ?? '') !== '');
}

/**
 * Writes the changes (checked against the sheet by the caller, formulas refused), logs one
 * history row per key result checked in, and moves As of to today. All or nothing: when a write
 * fails, the cells written so far are put back and the error is rethrown (with `restoreFailed`, in
 * the user's language, appended if putting them back failed too).
 */
export function saveCheckIn(okr: OkrSheet, changes: CheckInChange[], settings: Settings, user: string, restoreFailed = ''): SaveOutcome {
  const sheet = okr.sheet;
  const ss = sheet.getParent();
  const mapping = okr.mapping;
  const confidenceCol = mapping.columns.confidence;
  const places = keyResultsByRow(okr);
  const now = new Date();
  const today = todayIn(ss);

  const valueCells: { row: number; column: number; value: number | boolean | string; format: string | null }[] = [];
  const confidenceCells: { row: number; value: number; format: string | null }[] = [];
  const history: HistoryEntry[] = [];
  for (const change of changes) {
    const place = places.get(change.row)!;
    const kr = place.kr;
    const percent = isPercent(kr);
    const old = okr.values[change.row - 1]?.[change.column - 1] ?? '';
    const changed = change.value !== undefined && !sameValue(old, change.value);
    if (changed) {
      // A percent format (with the digits the values need) only for cells that store fractions.
      const fraction = percent && kr.percentStorage === 'fraction' && typeof change.value === 'number';
      valueCells.push({
        row: change.row,
        column: change.column,
        value: change.value!,
        format: fraction ? percentFormatFor([kr.start.value, kr.target.value, change.value as number]) : null,
      });
    }
    if (confidenceCol && change.confidence !== null && change.confidence !== kr.confidence.value) {
      // A sheet that keeps confidence as a percentage (70 %) gets one: the engine reads 0.7 as 7. So
      // does a percent-formatted cell, blank or not, where 8 would show as 800 %.
      const raw = kr.confidence.raw;
      const percentCell = isPercentFormat(okr.formats[change.row - 1]?.[confidenceCol - 1]);
      const asFraction = percentCell || (typeof raw === 'number' && ((raw > 0 && raw < 1) || (raw === 1 && kr.confidence.value === 10)));
      confidenceCells.push({ row: change.row, value: asFraction ? change.confidence / 10 : change.confidence, format: null });
    }
    if (!changed && change.confidence === null && change.comment === '') continue;
    // A Date is logged as the day it shows in the spreadsheet's time zone.
    const oldDay = Object.prototype.toString.call(old) === '[object Date]' ? parseDate(old, ss.getSpreadsheetTimeZone()) : null;
    const oldValue = oldDay ? (oldDay.ok ? oldDay.value : oldDay.text) : (old as string | number | boolean);
    history.push({
      time: now,
      timeFormat: historyTimeFormat(planCalendar(okr.analysis.plan), today, settings.language),
      user,
      sheet: sheet.getName(),
      row: change.row,
      keyResult: kr.text.value ?? '',
      objective: place.objective.text.value ?? '',
      oldValue: oldValue === '' ? null : oldValue,
      newValue: change.value === undefined ? (oldValue === '' ? null : oldValue) : change.value,
      valueFormat: percent && kr.percentStorage === 'fraction' ? '0.0%' : 'General',
      confidence: change.confidence,
      comment: change.comment,
    });
  }

  // One column in the template and adopted sheets; a periodic tracker's check-ins may fall in
  // different weeks for key results of different periods.
  const valueColumns = [...new Set(valueCells.map((v) => v.column))].map((column) => [column, valueCells.filter((v) => v.column === column)] as const);
  // Everything the writes need exists before the first of them: the history tab, its columns and rows.
  const historyTarget = prepareHistory(ss, history.length, settings.language as Language);
  const asOfCell = okr.analysis.plan.labels.asOf.cell;
  const touched = [
    ...valueColumns.flatMap(([column, cells]) => runsOf(cells).map((run) => sheet.getRange(run.start, column, run.values.length, 1))),
    ...(confidenceCol ? runsOf(confidenceCells).map((run) => sheet.getRange(run.start, confidenceCol, run.values.length, 1)) : []),
    ...(asOfCell ? [sheet.getRange(asOfCell)] : []),
    ...(history.length ? [historyBlock(historyTarget, history.length)] : []),
  ];
  // All or nothing: a failure half-way puts every touched cell back (Current, Confidence, As of, log).
  allOrNothing(
    touched,
    () => {
      for (const [column, cells] of valueColumns) writeRuns(sheet, column, cells);
      if (confidenceCol) writeRuns(sheet, confidenceCol, confidenceCells);
      // As of follows the check-in: custom functions cannot read TODAY(), so the sheet carries the date.
      if (asOfCell) writeAsOf(sheet, asOfCell, today, okr.analysis.plan.labels.asOf.value, planCalendar(okr.analysis.plan));
      writeHistory(historyTarget, history);
    },
    restoreFailed,
  );
  return { updated: valueCells.length, logged: history.length, asOf: today, historySheet: historyTarget.sheet.getName() };
}
