// New quarter…: creates the `OKRs <label>` template sheet (DESIGN §4) with its label block, header,
// drop-downs, formats, frozen header and live Score column, filled from a template set, carried
// over from last quarter, or blank. Each block is written with one call per property.
import { COLUMN_KEYS, KR_TYPES, type ColumnKey, type ColumnMapping, type Language, type Period, type Settings } from '../core/model';
import { commitmentLabel, digitsOf, fieldLabel, formatDay, idPrefix, isPercentUnit, percentFormatFor, quarterOf, typeLabel } from '../core';
import { carryOverRows, type QuarterRow } from '../core/carryOver';
import { templateSet, type TemplateArea } from '../core/templates';
import { isoToSerial, todayIn } from './dates';
import { readOkrSheet, removeTabMarker, setTabMarker, tabMarker } from './read';
import { applyScoreColumn } from './scoreColumn';
import { literalValue } from './literal';
import { fitCellText } from './progress';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The header sits on row 6, under the label block (A1:B4) and a blank row. */
export const HEADER_ROW = 6;
export const FIRST_DATA_ROW = HEADER_ROW + 1;
const LABEL_KEYS = ['quarter', 'quarterStart', 'quarterEnd', 'asOf'] as const;
const HEADER_BACKGROUND = '#e8eaed';
const TEXT_FORMAT = '@';
const DATE_FORMAT = 'yyyy-mm-dd';
const TEXT_COLUMNS: readonly ColumnKey[] = ['team', 'objectiveId', 'objective', 'parent', 'commitment', 'keyResult', 'owner', 'type', 'unit', 'notes'];
const WIDE_COLUMNS: Partial<Record<ColumnKey, number>> = { objective: 260, keyResult: 300, notes: 220, team: 120, owner: 110 };

export function sheetNameOf(period: Period): string {
  return `OKRs ${period.label}`;
}

/** The column (1-based) of each field in the template: the order of COLUMN_KEYS. */
export function templateMapping(): ColumnMapping {
  const columns: Partial<Record<ColumnKey, number>> = {};
  COLUMN_KEYS.forEach((key, i) => (columns[key] = i + 1));
  return { headerRow: HEADER_ROW, columns };
}

/** One data row of the template: a value per column, in COLUMN_KEYS order. */
type Row = QuarterRow;

export interface TeamStart {
  name: string;
  template: TemplateArea | null;
}

/**
 * The tab-marker kind of a sheet New quarter is still building (read.ts TabMarker). The sheet is
 * built under a temporary name and only then named `OKRs <label>`: a failure half-way deletes it,
 * and a sheet left behind (the deletion failed too) is removed by the next New quarter.
 */
export const BUILDING_KIND = 'building';

/** The temporary name of the sheet being built, `OKRs <label> …` (within Sheets' 100 characters). */
export function buildingName(period: Period): string {
  return `${sheetNameOf(period).slice(0, 98)} …`;
}

/** Deletes the sheets a New quarter that failed left behind (marked BUILDING_KIND); returns how many. */
export function removeUnfinished(ss: Spreadsheet): number {
  let removed = 0;
  for (const sheet of ss.getSheets()) {
    if (tabMarker(sheet)?.kind !== BUILDING_KIND) continue;
    ss.deleteSheet(sheet);
    removed++;
  }
  return removed;
}

export interface NewQuarterOptions {
  period: Period;
  teams: TeamStart[];
  start: 'blank' | 'template' | 'carryOver';
  /** The sheet to carry over from. */
  carryFrom?: Sheet | null;
  settings: Settings;
  /** Said after the platform's message when the half-built sheet could not be deleted. */
  restoreFailed?: string;
}

export interface NewQuarterResult {
  sheet: Sheet;
  objectives: number;
  keyResults: number;
  carriedOver: number;
  leftBehind: number;
}

function templateRows(teams: TeamStart[], language: Language): { rows: Row[]; objectives: number } {
  const rows: Row[] = [];
  let objectives = 0;
  const aspirational = commitmentLabel(language, 'aspirational');
  teams.forEach((team, t) => {
    if (!team.template) {
      rows.push({ team: team.name, commitment: aspirational });
      return;
    }
    const set = templateSet(team.template, language);
    const prefix = idPrefix(team.name, t);
    set.objectives.forEach((objective, o) => {
      objectives += 1;
      const id = prefix ? `${prefix}-O${o + 1}` : `O${o + 1}`;
      objective.keyResults.forEach((kr, k) => {
        rows.push({
          team: team.name,
          objectiveId: k === 0 ? id : '',
          objective: k === 0 ? objective.text : '',
          commitment: aspirational,
          keyResult: kr.text,
          type: typeLabel(language, kr.type),
          start: kr.start,
          target: kr.target,
          unit: kr.unit,
          weight: 1,
        });
      });
    });
  });
  return { rows, objectives };
}

function headerTexts(language: Language): string[] {
  return COLUMN_KEYS.map((key) => fieldLabel(language, key));
}

/** Number formats of the data block: text columns as text (user text is never a formula), dates, percentages. */
function formatGrid(rows: Row[], height: number, dayFormat: string): string[][] {
  const grid: string[][] = [];
  for (let r = 0; r < height; r++) {
    const row = rows[r];
    const percent = row ? isPercentUnit(row.unit) : false;
    // As many decimals as the values need (1.4 % → 2.2 % is not "1 % → 2 %").
    const percentFormat = row ? percentFormatFor([row.start, row.target].map((v) => (typeof v === 'number' ? v : null))) : '0%';
    grid.push(
      COLUMN_KEYS.map((key) => {
        if (TEXT_COLUMNS.includes(key)) return TEXT_FORMAT;
        if (key === 'due') return dayFormat;
        if (percent && (key === 'start' || key === 'target' || key === 'current')) return percentFormat;
        return 'General';
      }),
    );
  }
  return grid;
}

function listRule(values: string[], allowInvalid: boolean): GoogleAppsScript.Spreadsheet.DataValidation {
  return SpreadsheetApp.newDataValidation().requireValueInList(values, true).setAllowInvalid(allowInvalid).build();
}

/**
 * Creates and fills the sheet, all or nothing; the caller has checked that its name is free and
 * holds the document lock. The sheet is built under `buildingName` and named `OKRs <label>` last.
 * Throws the platform's error when a call fails, after deleting what was built (or, if that fails
 * too, leaving it marked for the next run to remove, with `options.restoreFailed` added).
 */
export function createQuarterSheet(ss: Spreadsheet, options: NewQuarterOptions): NewQuarterResult {
  removeUnfinished(ss);
  const rows = rowsOf(ss, options);
  // insertSheet makes the new sheet the active one; after a failure the user is put back.
  const previous = ss.getActiveSheet();
  let temporary = buildingName(options.period);
  // A sheet of the user's that happens to have that name is theirs: another name is taken.
  for (let i = 2; ss.getSheetByName(temporary); i++) temporary = `${buildingName(options.period)} ${i}`;
  const sheet = ss.insertSheet(temporary, 0);
  try {
    setTabMarker(sheet, { kind: BUILDING_KIND, source: '' });
    fillQuarterSheet(sheet, rows.rows, options);
    // Last: the marker goes, then the sheet takes its name. Before the name, it is not the user's.
    removeTabMarker(sheet);
    sheet.setName(sheetNameOf(options.period));
  } catch (err) {
    try {
      ss.deleteSheet(sheet);
    } catch {
      const detail = err instanceof Error ? err.message : String(err);
      throw new Error(options.restoreFailed ? `${detail} ${options.restoreFailed}` : detail);
    }
    quietly(() => previous?.activate());
    throw err;
  }
  // The sheet is made: the selection on its first data row is a courtesy that may fail alone.
  quietly(() => sheet.getRange(FIRST_DATA_ROW, 1).activate());
  return { sheet, objectives: rows.objectives, keyResults: rows.rows.filter((r) => r.keyResult).length, carriedOver: rows.carried, leftBehind: rows.left };
}

/** Runs a step whose failure changes nothing the user owns (moving the selection). */
function quietly(step: () => unknown): void {
  try {
    step();
  } catch {
    // The operation's outcome stands without it.
  }
}

/** The rows the new sheet starts with, and how many objectives they make (read before any write). */
function rowsOf(ss: Spreadsheet, options: NewQuarterOptions): { rows: Row[]; objectives: number; carried: number; left: number } {
  const { settings } = options;
  const language = settings.language;
  const teams = options.teams.length ? options.teams : [{ name: '', template: null }];
  let built: { rows: Row[]; objectives: number; carried: number; left: number };
  if (options.start === 'template') {
    built = { ...templateRows(teams, language), carried: 0, left: 0 };
  } else if (options.start === 'carryOver' && options.carryFrom) {
    const source = readOkrSheet(options.carryFrom, settings, { asOf: todayIn(ss) });
    built = source ? carryOverRows(source.analysis, teams, language) : { rows: [], objectives: 0, carried: 0, left: 0 };
  } else {
    built = {
      ...templateRows(
        teams.map((t) => ({ name: t.name, template: null })),
        language,
      ),
      carried: 0,
      left: 0,
    };
  }
  return built;
}

/** Writes the label block, header, rows, formats, drop-downs and Score column into the new sheet. */
function fillQuarterSheet(sheet: Sheet, rows: Row[], options: NewQuarterOptions): void {
  const ss = sheet.getParent();
  const { period, settings } = options;
  const language = settings.language;
  const teams = options.teams.length ? options.teams : [{ name: '', template: null }];
  const width = COLUMN_KEYS.length;
  // Room for the rows, and for as many again to be added by hand under the drop-downs.
  const neededRows = Math.max(FIRST_DATA_ROW + rows.length * 2, 200);
  if (sheet.getMaxRows() < neededRows) sheet.insertRowsAfter(sheet.getMaxRows(), neededRows - sheet.getMaxRows());
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  const dataHeight = sheet.getMaxRows() - HEADER_ROW;
  const today = todayIn(ss);

  // The label block: Quarter, Start, End, As of (As of is where pace is measured; DESIGN §4).
  // A Solar Hijri quarter's days are text cells (`@`) holding the Solar Hijri day: a date cell would
  // turn a typed 1405/08/15 into the year 1405 AD (Sheets parses typed text by the spreadsheet's
  // locale, and no Sheets number format writes the Solar Hijri calendar). The reader reads both.
  const solarHijri = period.calendar === 'jalali';
  const dayFormat = solarHijri ? TEXT_FORMAT : DATE_FORMAT;
  const day = (iso: string) => (solarHijri ? formatDay(iso, 'jalali', { digits: digitsOf(language) }) : isoToSerial(iso));
  const labels = sheet.getRange(1, 1, LABEL_KEYS.length, 2);
  labels.setNumberFormats([
    [TEXT_FORMAT, TEXT_FORMAT],
    [TEXT_FORMAT, dayFormat],
    [TEXT_FORMAT, dayFormat],
    [TEXT_FORMAT, dayFormat],
  ]);
  labels.setValues([
    [fieldLabel(language, 'quarter'), period.label],
    [fieldLabel(language, 'quarterStart'), day(period.start)],
    [fieldLabel(language, 'quarterEnd'), day(period.end)],
    [fieldLabel(language, 'asOf'), day(today)],
  ]);
  labels.setFontWeights(LABEL_KEYS.map(() => ['bold', 'normal']));

  const header = sheet.getRange(HEADER_ROW, 1, 1, width);
  header.setValues([headerTexts(language).map((text) => literalValue(text, null))]);
  header.setFontWeight('bold');
  header.setBackground(HEADER_BACKGROUND);

  // Formats before values, so that text starting with = + - @ stays text.
  const data = sheet.getRange(FIRST_DATA_ROW, 1, dataHeight, width);
  const formats = formatGrid(rows, dataHeight, dayFormat);
  data.setNumberFormats(formats);
  if (rows.length > 0) {
    // A carried Start "=IMPORTXML(…)" or "007" in a General cell stays the text it was.
    // Within a cell's 50,000 characters: a carried note is last quarter's note with the carry-over
    // note before it, and could pass the limit, which would fail New quarter on every retry (found
    // by an attack on issue 10). Last quarter's sheet keeps the whole note.
    const withinCell = (v: string | number | boolean) => (typeof v === 'string' ? fitCellText(v) : v);
    const values = rows.map((row, r) => COLUMN_KEYS.map((key, c) => literalValue(withinCell(row[key] ?? ''), formats[r]![c])));
    sheet.getRange(FIRST_DATA_ROW, 1, rows.length, width).setValues(values);
  }

  const mapping = templateMapping();
  const column = (key: ColumnKey) => sheet.getRange(FIRST_DATA_ROW, mapping.columns[key]!, dataHeight, 1);
  column('type').setDataValidation(
    listRule(
      KR_TYPES.map((t) => typeLabel(language, t)),
      false,
    ),
  );
  column('commitment').setDataValidation(listRule([commitmentLabel(language, 'aspirational'), commitmentLabel(language, 'committed')], false));
  const teamNames = teams.map((t) => t.name).filter((n) => n !== '');
  // New teams may join mid-quarter: their names are flagged, not refused.
  if (teamNames.length > 0) column('team').setDataValidation(listRule(teamNames, true));

  sheet.setFrozenRows(HEADER_ROW);
  if (language === 'fa' || language === 'ar') sheet.setRightToLeft(true);
  sheet.setColumnWidths(1, width, 100);
  for (const [key, px] of Object.entries(WIDE_COLUMNS)) sheet.setColumnWidth(mapping.columns[key as ColumnKey]!, px!);
  // The Score column's colours follow the analysis of the new sheet (one more batched read).
  applyScoreColumn(sheet, mapping, settings, readOkrSheet(sheet, settings)?.analysis ?? null);
}

/** The quarter of a request, or null when the numbers do not make one. */
export function periodOf(calendar: Period['calendar'], year: number, quarter: 1 | 2 | 3 | 4, fiscalStartMonth?: number): Period | null {
  try {
    return quarterOf(calendar, year, quarter, fiscalStartMonth ?? 1);
  } catch {
    return null;
  }
}
