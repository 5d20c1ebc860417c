// The sidebar's server API: the google.script.run targets. Each is a top-level function of the
// built script, so any page can call it with anything: every argument is checked here and a bad
// one gets a clear message in the user's language. Plain JSON in and out (see ./types.ts).
// Each parameter is declared as its request type, so the sidebar's typed `run` (sidebar/rpc.ts)
// cannot send the wrong shape; the checks below stay, for pages that are not ours.
// Only functions are exported: src/main.ts re-exports this module as entry points.
import { listOf, quote } from '../core/i18n/format';
import { ADOPT_COLUMN_KEYS, KR_TYPES, LANGUAGES, type ColumnKey, type KrType, type Language, type Settings } from '../core/model';
import {
  columnLetter,
  digitsOf,
  fieldLabel,
  daysShownIn,
  formatDay,
  planCalendar,
  formatMessage,
  hasMappingError,
  nextQuarter,
  normalizeText,
  a1,
  cellPosition,
  commitmentLabel,
  columnScale,
  isPeriodBlank,
  periodicColumnOn,
  periodicColumns,
  periodicOf,
  periodicSlotsTwice,
  previousQuarter,
  quarterContaining,
  parseNumber,
  readCheckInValue,
  roundFloat,
  typeLabel,
} from '../core';
import { isTemplateArea, listTemplates, templateSet, TEMPLATE_AREAS } from '../core/templates';
import {
  duplicateColumn,
  guessAdoption,
  headerRowTexts,
  headingCells,
  missingColumns,
  objectivesTabFor,
  short,
  splitKeyResultCell,
  switchToOkrScore,
} from '../sheets/adopt';
import { stalenessIssues, type StaleKeyResult } from '../core/staleness';
import { withStaleness } from '../sheets/staleness';
import { refresh, refreshedMessage } from '../sheets/refresh';
import { checkInItems, currentShown, formulaRowsOf, keyResultsByRow, saveCheckIn, seenOf, type CheckInChange } from '../sheets/checkin';
import { describeRef, findByRef, placesByRef, refOf } from '../core/identity';
import { todayIn, typedNumbers } from '../sheets/dates';
import { defaultLanguageOf, languageOfLocale } from '../sheets/menu';
import { isUserError } from '../sheets/userError';
import { createQuarterSheet, periodOf, sheetNameOf } from '../sheets/newQuarter';
import { captureMapping, loadSettings, normalizeMapping, saveMapping, saveSettings } from '../sheets/properties';
import { activeOkrSheet, looksLikeOkrSheet, readOkrSheet, rememberLastSheet, tabMarker, type OkrSheet } from '../sheets/read';
import { ArgumentReader } from './args';
import { fail, serverMessage } from './messages';
import type {
  CheckInList,
  CheckInRequest,
  CreateQuarterRequest,
  CreateQuarterResult,
  DetectMappingRequest,
  MappingGuess,
  QuarterChoices,
  QuarterOption,
  QuarterRequest,
  SaveCheckInRequest,
  SaveCheckInResult,
  SaveMappingRequest,
  SelectCellRequest,
  SheetRequest,
  SidebarState,
  SplitKeyResultsRequest,
  SplitKeyResultsResult,
  TemplateInfo,
  TemplatesRequest,
  UseOkrScoreRequest,
  UseOkrScoreResult,
  ValidationReport,
} from './types';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const CALENDARS = ['gregorian', 'fiscal', 'jalali'] as const;
const STARTS = ['blank', 'template', 'carryOver'] as const;
const MAX_TEAMS = 30;
const MAX_ENTRIES = 500;
// A key-result ref holds the objective's and the key result's text (core/identity.ts).
const MAX_REF = 120_000;
/** A cell's value as text (`seen` of a score-audit finding): a cell holds at most 50,000 characters. */
const MAX_SEEN = 50_000;
const MAX_NAME = 100;
// A sheet name in Sheets is at most 100 characters.
const MAX_SHEET_NAME = 100;
const LOCK_WAIT_MS = 5_000;

interface Context {
  ss: Spreadsheet;
  settings: Settings;
  language: Language;
  args: ArgumentReader;
}

/**
 * Runs one server call for the sidebar. A refusal or a failed check (sheets/userError.ts) reaches
 * the sidebar as it is; any other error is the platform's (a quota, a sheet removed by a co-editor,
 * a timeout) and reaches the user in their language as `unexpected`, with the original text kept
 * for support. The language is the saved one, else the user's locale.
 */
function serve<T>(work: () => T): T {
  try {
    return work();
  } catch (err) {
    if (isUserError(err)) throw err;
    let language: Language = 'en';
    try {
      language = loadSettings(defaultLanguageOf(SpreadsheetApp.getActiveSpreadsheet())).language;
    } catch {
      try {
        language = languageOfLocale(Session.getActiveUserLocale());
      } catch {
        // Nothing says the user's language: English.
      }
    }
    return fail(language, 'unexpected', { detail: err instanceof Error ? err.message : String(err) });
  }
}

/** The settings (language by menu.ts defaultLanguage until one is saved) and a reader in that language. */
function context(): Context {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const settings = loadSettings(defaultLanguageOf(ss));
  return { ss, settings, language: settings.language, args: new ArgumentReader(settings.language) };
}

function sheetNamed(c: Context, name: string): Sheet {
  const sheet = c.ss.getSheetByName(name);
  if (!sheet) return fail(c.language, 'noSheet', { sheet: name });
  return sheet;
}

/** The sheet a request names, or the OKR sheet the user means. */
/**
 * A sheet the user names as the target of a write or a read for one (check-in, carry-over, adopt):
 * never one of the add-on's own tabs (progress tabs, the history log), which it rewrites itself.
 */
function targetSheet(c: Context, name: string): Sheet {
  const sheet = sheetNamed(c, name);
  if (tabMarker(sheet) !== null) return fail(c.language, 'ownTab', { sheet: name });
  return sheet;
}

/**
 * The OKR sheet a request means: by id when the request carries one (a list's sheet, followed
 * through a rename; refused when gone), else by name, else the one the user is on
 * (sheets/read.ts activeOkrSheet, never tab order). Remembered as the last one used.
 */
function okrSheetOf(c: Context, name: string | undefined, sheetId?: number): OkrSheet {
  let sheet: Sheet | null;
  if (sheetId !== undefined) {
    sheet = c.ss.getSheetById(sheetId);
    if (!sheet) return fail(c.language, 'sheetGone');
    if (tabMarker(sheet) !== null) return fail(c.language, 'ownTab', { sheet: sheet.getName() });
  } else sheet = name !== undefined ? targetSheet(c, name) : activeOkrSheet();
  if (!sheet) {
    const candidates = userSheets(c.ss).filter(looksLikeOkrSheet);
    if (candidates.length > 1)
      return fail(c.language, 'severalOkrSheets', {
        sheets: listOf(
          c.language,
          candidates.map((s) => quote(c.language, s.getName())),
        ),
      });
    return fail(c.language, 'noOkrSheet');
  }
  const okr = readOkrSheet(sheet, c.settings, { asOf: todayIn(c.ss) });
  if (!okr) return fail(c.language, 'notOkrSheet', { sheet: sheet.getName() });
  rememberLastSheet(okr.sheet);
  return okr;
}

/** A request's optional sheet id (SheetRequest.sheetId). */
const sheetIdOf = (c: Context, value: unknown): number | undefined => c.args.optionalInteger(value, 'sheetId', 0, 2 ** 31 - 1);

/**
 * Runs the rest of an operation whose first change is made; when it throws, `undo` takes the change
 * back before the error goes on (when the undo fails too, the message says to check the sheet).
 */
function undoOnFailure<T>(c: Context, undo: () => void, rest: () => T): T {
  try {
    return rest();
  } catch (err) {
    try {
      undo();
    } catch {
      if (err instanceof Error) err.message = `${err.message} ${serverMessage(c.language, 'restoreFailed')}`;
    }
    throw err;
  }
}

/** Runs a step whose failure changes nothing the user owns (moving the selection). */
function quietly(step: () => unknown): void {
  try {
    step();
  } catch {
    // The operation's outcome stands without it.
  }
}

/** Runs the work under the document lock, or says that another change is being saved. */
function withLock<T>(c: Context, work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(LOCK_WAIT_MS)) return fail(c.language, 'busy');
  try {
    return work();
  } finally {
    try {
      lock.releaseLock();
    } catch {
      // The lock ends with the execution anyway (LockService reference); the work's outcome stands.
    }
  }
}

const isRtl = (language: Language) => language === 'fa' || language === 'ar';

function userSheets(ss: Spreadsheet): Sheet[] {
  return ss.getSheets().filter((s) => !s.isSheetHidden() && tabMarker(s) === null);
}

/** Each key result's identity (core/identity.ts) by the row of a cell (A1 notation). */
function refAtCell(okr: OkrSheet): (cell: string) => string | undefined {
  const places = keyResultsByRow(okr);
  return (cell) => {
    const place = places.get(Number(/\d+$/.exec(cell)?.[0] ?? 0));
    return place ? refOf(place.kr, place.objective) : undefined;
  };
}

/** A cell's value as read, as text: what a write compares to know the cell has not changed since. */
function seenAt(okr: OkrSheet, cell: string): string {
  const rc = cellPosition(cell);
  const v = rc ? okr.values[rc.row - 1]?.[rc.column - 1] : undefined;
  return v instanceof Date ? String(v.getTime()) : String(v ?? '');
}

function report(okr: OkrSheet, language: Language): ValidationReport {
  const refAt = refAtCell(okr);
  const issues = okr.analysis.issues.map((i) => {
    const audit = i.code.startsWith('SCORE_AUDIT_');
    const ref = audit ? refAt(i.cell) : undefined;
    return {
      code: i.code,
      severity: i.severity,
      sheet: i.sheet,
      cell: i.cell,
      message: formatMessage(language, i.messageKey, daysShownIn(i.params, planCalendar(okr.analysis.plan), language)),
      ...(ref ? { ref } : {}),
      ...(audit ? { seen: seenAt(okr, i.cell) } : {}),
    };
  });
  const count = (s: string) => issues.filter((i) => i.severity === s).length;
  return {
    sheet: okr.sheet.getName(),
    quarter: okr.analysis.plan.period?.label ?? null,
    counts: { error: count('error'), warning: count('warning'), info: count('info') },
    issues,
    score: okr.analysis.scores.quarter,
    parts: okr.analysis.scores.quarterRollUp.parts,
    missing: okr.analysis.scores.quarterRollUp.missing,
  };
}

/** The sidebar's starting point: language, settings, and the sheets it can work on. */
export function sidebarState(): SidebarState {
  return serve(() => {
    const c = context();
    const sheets = userSheets(c.ss);
    const okrSheets = sheets.filter(looksLikeOkrSheet).map((s) => s.getName());
    const active = activeOkrSheet();
    const okr = active ? readOkrSheet(active, c.settings) : null;
    const teams = okr ? okr.analysis.plan.teams.map((t) => t.name).filter((n) => n !== '') : [];
    const fieldLabels = Object.fromEntries(ADOPT_COLUMN_KEYS.map((k) => [k, fieldLabel(c.language, k)])) as Record<ColumnKey, string>;
    const typeLabels = Object.fromEntries(KR_TYPES.map((k) => [k, typeLabel(c.language, k)])) as Record<KrType, string>;
    return {
      language: c.language,
      dir: isRtl(c.language) ? 'rtl' : 'ltr',
      settings: c.settings,
      spreadsheetLocale: c.ss.getSpreadsheetLocale(),
      today: todayIn(c.ss),
      activeSheet: c.ss.getActiveSheet().getName(),
      // With several OKR sheets and none active, none is chosen for the user (never tab order).
      okrSheet: okr ? okr.sheet.getName() : okrSheets.length === 1 ? okrSheets[0]! : null,
      okrSheets,
      sheets: sheets.map((s) => s.getName()),
      teams,
      fieldLabels,
      typeLabels,
    };
  });
}

/** The quarters the wizard offers for a calendar: last, this, the next three (default: the next). */
export function sidebarQuarters(request: QuarterRequest): QuarterChoices {
  return serve(() => {
    const c = context();
    const r = c.args.object(request, 'calendar, fiscalStartMonth');
    const calendar = c.args.oneOf(r.calendar, 'calendar', CALENDARS);
    const fiscalStartMonth = calendar === 'fiscal' ? c.args.integer(r.fiscalStartMonth ?? 1, 'fiscalStartMonth', 1, 12) : 1;
    const names = new Set(c.ss.getSheets().map((s) => s.getName()));
    const current = quarterContaining(todayIn(c.ss), calendar, fiscalStartMonth);
    const periods = [previousQuarter(current), current];
    for (let i = 0; i < 3; i++) periods.push(nextQuarter(periods[periods.length - 1]!));
    const shown = { digits: digitsOf(c.language), withGregorian: true };
    const quarters: QuarterOption[] = periods.map((p) => {
      const previous = sheetNameOf(previousQuarter(p));
      return {
        calendar: p.calendar,
        year: p.year,
        quarter: p.quarter,
        ...(p.calendar === 'fiscal' ? { fiscalStartMonth: p.fiscalStartMonth ?? fiscalStartMonth } : {}),
        label: p.label,
        start: p.start,
        end: p.end,
        startShown: formatDay(p.start, p.calendar, shown),
        endShown: formatDay(p.end, p.calendar, shown),
        sheetName: sheetNameOf(p),
        exists: names.has(sheetNameOf(p)),
        previousSheet: names.has(previous) ? previous : null,
      };
    });
    return { quarters, defaultIndex: 2 };
  });
}

/** The template sets of a language (default: the sidebar's), with their size and objectives. */
export function sidebarTemplates(request?: TemplatesRequest): TemplateInfo[] {
  return serve(() => {
    const c = context();
    const r = c.args.object(request, 'language', true);
    const language = r.language === undefined ? c.language : c.args.oneOf(r.language, 'language', LANGUAGES);
    return listTemplates(language).map(({ area, name, description }) => {
      const set = templateSet(area, language);
      return {
        area,
        name,
        description,
        objectives: set.objectives.length,
        keyResults: set.objectives.reduce((n, o) => n + o.keyResults.length, 0),
        sample: set.objectives.map((o) => o.text),
      };
    });
  });
}

/** Creates the `OKRs <quarter>` sheet: blank, from template sets, or carried over from a sheet. */
export function sidebarCreateQuarter(request: CreateQuarterRequest): CreateQuarterResult {
  return serve(() => {
    const c = context();
    const a = c.args;
    const r = a.object(request, 'calendar, year, quarter, teams, start');
    const calendar = a.oneOf(r.calendar, 'calendar', CALENDARS);
    const year = a.integer(r.year, 'year', calendar === 'jalali' ? 1300 : 1900, calendar === 'jalali' ? 1600 : 2200);
    const quarter = a.integer(r.quarter, 'quarter', 1, 4) as 1 | 2 | 3 | 4;
    const fiscalStartMonth = calendar === 'fiscal' ? a.integer(r.fiscalStartMonth ?? 1, 'fiscalStartMonth', 1, 12) : undefined;
    const start = a.oneOf(r.start, 'start', STARTS);
    const teamList = a.list(r.teams, 'teams', MAX_TEAMS);
    const teams = teamList.map((item, i) => {
      const t = a.record(item, `teams[${i}]`);
      const name = a.text(t.name, `teams[${i}].name`, MAX_NAME).trim();
      let template = null;
      if (start === 'template') {
        const area = t.template;
        if (!isTemplateArea(area)) {
          if (typeof area === 'string') return fail(c.language, 'unknownTemplate', { area: area.slice(0, 60) });
          a.oneOf(area, `teams[${i}].template`, TEMPLATE_AREAS);
        }
        template = area as (typeof TEMPLATE_AREAS)[number];
      }
      return { name, template };
    });
    // A template needs a team to go to ('' is the one team of a sheet without teams).
    if (start === 'template' && teams.length === 0) {
      return fail(c.language, 'badField', { field: 'teams', expected: serverMessage(c.language, 'expListMin', { min: 1 }) });
    }
    const seenTeams = new Set<string>();
    const uniqueTeams = teams.filter((t) => !seenTeams.has(t.name) && seenTeams.add(t.name));
    const carryName = start === 'carryOver' ? a.optionalText(r.carryFrom, 'carryFrom', MAX_SHEET_NAME) : undefined;
    if (start === 'carryOver' && !carryName) return fail(c.language, 'noCarrySource');
    const period = periodOf(calendar, year, quarter, fiscalStartMonth);
    if (!period) return fail(c.language, 'badField', { field: 'year', expected: serverMessage(c.language, 'expInteger', { min: 1, max: 9999 }) });

    return withLock(c, () => {
      const name = sheetNameOf(period);
      if (c.ss.getSheetByName(name)) return fail(c.language, 'sheetExists', { sheet: name });
      const carryFrom = carryName ? targetSheet(c, carryName) : null;
      if (carryFrom && !readOkrSheet(carryFrom, c.settings)) return fail(c.language, 'notOkrSheet', { sheet: carryName! });
      // All or nothing (newQuarter.ts): built under a temporary name, deleted when a call fails.
      const result = createQuarterSheet(c.ss, {
        period,
        teams: uniqueTeams,
        start,
        carryFrom,
        settings: c.settings,
        restoreFailed: serverMessage(c.language, 'restoreFailed'),
      });
      return {
        sheet: name,
        label: period.label,
        start: period.start,
        end: period.end,
        objectives: result.objectives,
        keyResults: result.keyResults,
        carriedOver: result.carriedOver,
        leftBehind: result.leftBehind,
      };
    });
  });
}

/** The header row and column guesses of a sheet (its saved mapping when adopted before). */
export function sidebarDetectMapping(request?: DetectMappingRequest): MappingGuess {
  return serve(() => {
    const c = context();
    const r = c.args.object(request, 'sheet, headerRow', true);
    const name = c.args.optionalText(r.sheet, 'sheet', MAX_SHEET_NAME);
    const headerRow = c.args.optionalInteger(r.headerRow, 'headerRow', 1, 1000);
    const sheet = name !== undefined ? sheetNamed(c, name) : c.ss.getActiveSheet();
    const guess = guessAdoption(sheet, headerRow);
    return { sheet: sheet.getName(), ...guess };
  });
}

/** Saves the column mapping of an adopted sheet, then validates the sheet with it. */
export function sidebarSaveMapping(request: SaveMappingRequest): ValidationReport {
  return serve(() => {
    const c = context();
    const a = c.args;
    const r = a.object(request, 'sheet, headerRow, columns, shown');
    const name = a.text(r.sheet, 'sheet', MAX_SHEET_NAME);
    const headerRow = a.integer(r.headerRow, 'headerRow', 1, 1000);
    // What the Adopt view showed for each chosen column: required, so no save is by position alone.
    const shownIn = a.record(r.shown, 'shown');
    const shownHeaders: Partial<Record<ColumnKey, string>> = {};
    for (const [key, value] of Object.entries(shownIn)) {
      a.oneOf(key, 'shown', ADOPT_COLUMN_KEYS);
      shownHeaders[key as ColumnKey] = a.text(value, `shown.${key}`, 200);
    }
    const columnsIn: Record<string, number | null> = {};
    for (const [key, value] of Object.entries(a.record(r.columns, 'columns'))) {
      a.oneOf(key, 'columns', ADOPT_COLUMN_KEYS);
      columnsIn[key] = value === null || value === undefined ? null : a.integer(value, `columns.${key}`, 1, 18278);
    }
    const mapping = normalizeMapping({ headerRow, columns: columnsIn })!;
    const twice = duplicateColumn(mapping);
    if (twice) {
      const [first, second, column] = twice;
      return fail(c.language, 'mappingTwice', { letter: columnLetter(column), first: fieldLabel(c.language, first), second: fieldLabel(c.language, second) });
    }
    const sheet = targetSheet(c, name);
    // A mapping that points past the sheet's last row or column would fail every later read.
    const outside = Object.entries(mapping.columns).find(([, column]) => typeof column === 'number' && column > sheet.getMaxColumns());
    if (outside || mapping.headerRow > sheet.getMaxRows()) {
      return fail(c.language, 'mappingOutside', { sheet: name, column: outside ? columnLetter(outside[1] as number) : '', row: mapping.headerRow });
    }
    const shown = sheet.getDataRange().getDisplayValues();
    const found = { headings: headingCells(shown, mapping.headerRow).length > 0, periodic: periodicColumns(shown[mapping.headerRow - 1] ?? []).length > 0 };
    const missing = missingColumns(mapping, found);
    if (missing.length)
      return fail(c.language, 'mappingNeeds', {
        columns: listOf(
          c.language,
          missing.map((k) => fieldLabel(c.language, k)),
        ),
      });
    return withLock(c, () => {
      // The mapping keeps each column's header text, so later reads find the columns by name.
      const header = headerRowTexts(sheet, mapping.headerRow);
      const headerTexts: Partial<Record<ColumnKey, string>> = {};
      for (const [key, column] of Object.entries(mapping.columns) as [ColumnKey, number][]) {
        const text = header[column - 1] ?? '';
        const field = fieldLabel(c.language, key);
        // Never by position alone: the column holds the header the user chose it by.
        const was = shownHeaders[key];
        if (was === undefined || short(text) !== was)
          return fail(c.language, 'mappingMoved', { letter: columnLetter(column), field, was: was ?? '—', now: text });
        if (text === '') return fail(c.language, 'mappingBlankHeader', { letter: columnLetter(column), field, row: mapping.headerRow });
        if (header.filter((h) => normalizeText(h) === normalizeText(text)).length > 1)
          return fail(c.language, 'mappingHeaderTwice', { header: text, field, row: mapping.headerRow });
        headerTexts[key] = text;
      }
      // A periodic tracker (no Current column) keeps its Month/Wk headers' texts too, so a renamed or
      // removed week is an error on later reads, not a silent change of which column is Current.
      const periodic = mapping.columns.current === undefined ? periodicColumns(header) : [];
      // Two columns for one week would make every later write refuse: said now, nothing saved.
      const twice = periodicSlotsTwice(periodic, header)[0];
      if (twice) return fail(c.language, 'periodicSlotTwice', { first: header[twice.first - 1] ?? '', second: header[twice.second - 1] ?? '' });
      const periodicTexts = periodic.map((column) => header[column - 1] ?? '');
      // All or nothing: a failure after the mapping is saved puts the previous one back.
      // A two-tab tracker: the objectives' texts come from the tab that lists their IDs.
      const found = objectivesTabFor(sheet, mapping);
      // Two tabs that both list the IDs (one may have appeared since the Adopt view was read): said, nothing saved.
      if (found.tied.length > 1)
        return fail(c.language, 'objectivesTied', {
          tabs: listOf(
            c.language,
            found.tied.map((t) => quote(c.language, t)),
          ),
        });
      const objectivesTab = found.chosen;
      const linked = objectivesTab ? { objectives: objectivesTab } : {};
      const previous = captureMapping(sheet);
      const validation = undoOnFailure(c, previous.restore, () => {
        saveMapping(sheet, periodicTexts.length > 0 ? { ...mapping, headerTexts, periodicTexts, periodic, ...linked } : { ...mapping, headerTexts, ...linked });
        const okr = readOkrSheet(sheet, c.settings, { asOf: todayIn(c.ss) });
        if (!okr) return fail(c.language, 'notOkrSheet', { sheet: name });
        return report(okr, c.language);
      });
      quietly(() => sheet.activate());
      return validation;
    });
  });
}

/**
 * "Put each key result on its own row" for one multi-line key-result cell of an adopted sheet:
 * inserts a row for each further line. Refused, with nothing changed, unless the cell is still the
 * Key result cell the sidebar showed (same number of lines, same first line), then validates.
 */
export function sidebarSplitKeyResults(request: SplitKeyResultsRequest): SplitKeyResultsResult & { report: ValidationReport } {
  return serve(() => {
    const c = context();
    const a = c.args;
    const r = a.object(request, 'sheet, cell, count, first');
    const name = a.text(r.sheet, 'sheet', MAX_SHEET_NAME);
    const cell = a.text(r.cell, 'cell', 20).trim().toUpperCase();
    if (!/^[A-Z]{1,3}[1-9][0-9]{0,6}$/.test(cell)) return fail(c.language, 'badCell', { cell });
    const count = a.integer(r.count, 'count', 2, 500);
    const first = a.text(r.first, 'first', 50_000);
    const sheet = targetSheet(c, name);
    return withLock(c, () => {
      const okr = readOkrSheet(sheet, c.settings);
      if (!okr) return fail(c.language, 'notOkrSheet', { sheet: name });
      // Only a cell the read reports as several key results, in the Key result column as mapped now.
      if (!okr.analysis.issues.some((i) => i.code === 'KR_MULTI_LINE' && i.cell === cell)) return fail(c.language, 'splitChanged', { cell });
      if (hasMappingError(okr.analysis.issues)) return fail(c.language, 'mappingStale', { sheet: name });
      const outcome = splitKeyResultCell(sheet, cell, { count, first });
      if (!outcome.ok) return fail(c.language, outcome.problem, { cell });
      // The validation after it is part of the operation: when it fails, the rows go again.
      return undoOnFailure(c, outcome.undo, () => {
        const after = readOkrSheet(sheet, c.settings, { asOf: todayIn(c.ss) });
        if (!after) return fail(c.language, 'notOkrSheet', { sheet: name });
        return { sheet: name, inserted: outcome.inserted, report: report(after, c.language) };
      });
    });
  });
}

/**
 * Switches score cells the audit named to the add-on's per-row =OKR_SCORE (only on the user's
 * click in Adopt; the previous content is kept in each cell's note), then validates.
 */
export function sidebarUseOkrScore(request: UseOkrScoreRequest): UseOkrScoreResult {
  return serve(() => {
    const c = context();
    const a = c.args;
    const r = a.object(request, 'sheet, cells, refs, seen');
    const name = a.text(r.sheet, 'sheet', MAX_SHEET_NAME);
    const cells = a.list(r.cells, 'cells', MAX_ENTRIES).map((v, i) => a.text(v, `cells[${i}]`, 20).trim().toUpperCase());
    // Per cell, the key result and the score the report showed there: required, one per cell.
    const refs = a.list(r.refs, 'refs', MAX_ENTRIES).map((v, i) => a.text(v, `refs[${i}]`, MAX_REF));
    const seen = a.list(r.seen, 'seen', MAX_ENTRIES).map((v, i) => a.text(v, `seen[${i}]`, MAX_SEEN));
    if (refs.length !== cells.length || seen.length !== cells.length) return fail(c.language, 'auditChanged', { cell: cells[0] ?? '' });
    // Never one of the add-on's own tabs.
    const sheet = targetSheet(c, name);
    return withLock(c, () => {
      const okr = readOkrSheet(sheet, c.settings, { asOf: todayIn(c.ss) });
      if (!okr) return fail(c.language, 'notOkrSheet', { sheet: name });
      if (hasMappingError(okr.analysis.issues)) return fail(c.language, 'mappingStale', { sheet: name });
      // Never by address alone: each cell's row still holds the key result the report named there.
      const refAt = refAtCell(okr);
      const moved = cells.find((cell, i) => refAt(cell) !== refs[i]);
      if (moved !== undefined) return fail(c.language, 'auditChanged', { cell: moved });
      // …and the score the report showed: a co-editor's new score is never replaced unseen.
      const changed = cells.find((cell, i) => seenAt(okr, cell) !== seen[i]);
      if (changed !== undefined) return fail(c.language, 'auditChanged', { cell: changed });
      // =OKR_SCORE gives 0–1: in a 0–100 column (75 for 75 %) a switched cell would sit on another
      // scale than its neighbours, and the user's own total over the column would be wrong.
      const scoreCol = okr.mapping.columns.score;
      if (scoreCol !== undefined && columnScale(okr.values, okr.mapping.headerRow, scoreCol, typedNumbers(c.ss)) === 100)
        return fail(c.language, 'scoreColumnPoints', { column: columnLetter(scoreCol) });
      const outcome = switchToOkrScore(sheet, { mapping: okr.mapping, issues: okr.analysis.issues, scores: okr.analysis.scores.keyResults }, cells, (before) =>
        serverMessage(c.language, 'scoreNoteBefore', { before }),
      );
      if (!outcome.ok) return fail(c.language, 'auditChanged', { cell: outcome.cell });
      return undoOnFailure(c, outcome.undo, () => {
        const after = readOkrSheet(sheet, c.settings, { asOf: todayIn(c.ss) });
        if (!after) return fail(c.language, 'notOkrSheet', { sheet: name });
        return { sheet: name, switched: outcome.switched, report: report(after, c.language) };
      });
    });
  });
}

/** The issues of an OKR sheet (the named one, or the one the user is on), with messages. */
export function sidebarValidate(request?: SheetRequest): ValidationReport {
  return serve(() => {
    const c = context();
    const r = c.args.object(request, 'sheet', true);
    const name = c.args.optionalText(r.sheet, 'sheet', MAX_SHEET_NAME);
    const okr = okrSheetOf(c, name, sheetIdOf(c, r.sheetId));
    // Validate says which key results have no recent check-in (KR_STALE, core/staleness.ts).
    return report({ ...okr, analysis: withStaleness(c.ss, okr.analysis, c.settings).analysis }, c.language);
  });
}

/** Selects a cell (an issue's) in its sheet. */
export function sidebarSelectCell(request: SelectCellRequest): SelectCellRequest {
  return serve(() => {
    const c = context();
    const r = c.args.object(request, 'sheet, cell');
    const name = c.args.text(r.sheet, 'sheet', MAX_SHEET_NAME);
    const cell = c.args.text(r.cell, 'cell', 20).trim().toUpperCase();
    if (!/^\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6}(:\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6})?$/.test(cell)) return fail(c.language, 'badCell', { cell });
    const sheet = sheetNamed(c, name);
    sheet.activate();
    sheet.getRange(cell).activate();
    return { sheet: name, cell };
  });
}

/** The key results to check in, for a team or an owner (all when neither is given). */
export function sidebarCheckInRows(request?: CheckInRequest): CheckInList {
  return serve(() => {
    const c = context();
    const a = c.args;
    const r = a.object(request, 'sheet, team, owner', true);
    const name = a.optionalText(r.sheet, 'sheet', MAX_SHEET_NAME);
    const team = a.optionalText(r.team, 'team', 500);
    const owner = a.optionalText(r.owner, 'owner', 500);
    const okr = okrSheetOf(c, name, sheetIdOf(c, r.sheetId));
    const { stale } = withStaleness(c.ss, okr.analysis, c.settings);
    const { items, teams, owners } = checkInItems(
      okr,
      { team, owner },
      staleNotes(c, okr, stale),
      typedNumbers(c.ss, c.language).decimalComma === true,
      c.language,
    );
    const asOf = okr.analysis.plan.labels.asOf.value ?? okr.analysis.asOf;
    const asOfShown = asOf ? formatDay(asOf, planCalendar(okr.analysis.plan), { digits: digitsOf(c.language), withGregorian: true }) : null;
    return { sheet: okr.sheet.getName(), sheetId: okr.sheet.getSheetId(), asOf, asOfShown, teams, owners, rows: items };
  });
}

/** Per row of a stale key result, what its KR_STALE warning says, in the user's language. */
function staleNotes(c: Context, okr: OkrSheet, stale: StaleKeyResult[]): Map<number, string> {
  const issues = stalenessIssues(okr.analysis.plan, stale, c.settings.staleAfterDays, c.language);
  return new Map(stale.map((s, i) => [s.row, formatMessage(c.language, issues[i]!.messageKey, issues[i]!.params)]));
}

/**
 * Refresh progress from the sidebar (the menu's Refresh progress): the named OKR sheet, or the one
 * the user is on. Returns the sheet and what was written, in the user's language.
 */
export function sidebarRefresh(request?: SheetRequest): { sheet: string; message: string } {
  return serve(() => {
    const c = context();
    const r = c.args.object(request, 'sheet', true);
    const name = c.args.optionalText(r.sheet, 'sheet', MAX_SHEET_NAME);
    const sheetId = sheetIdOf(c, r.sheetId);
    // refresh() works on the OKR sheet the user means; one named (by id first) is made the active sheet first.
    if (sheetId !== undefined) c.ss.setActiveSheet(okrSheetOf(c, name, sheetId).sheet);
    else if (name !== undefined) c.ss.setActiveSheet(targetSheet(c, name));
    const summary = refresh(c.settings);
    return { sheet: summary.sheet, message: refreshedMessage(c.language, summary) };
  });
}

/** Writes new Current values, logs each check-in to OKR history, and updates As of. */
export function sidebarSaveCheckIn(request: SaveCheckInRequest): SaveCheckInResult {
  return serve(() => {
    const c = context();
    const a = c.args;
    const r = a.object(request, 'sheet, entries');
    const name = a.text(r.sheet, 'sheet', MAX_SHEET_NAME);
    const sheetId = sheetIdOf(c, r.sheetId);
    const list = a.list(r.entries, 'entries', MAX_ENTRIES);
    const entries = list.map((item, i) => {
      const e = a.record(item, `entries[${i}]`);
      const ref = a.text(e.ref, `entries[${i}].ref`, MAX_REF);
      const shown = e.current === undefined || e.current === null ? '' : a.text(e.current, `entries[${i}].current`, 1000);
      const value = a.cellValue(e.value, `entries[${i}].value`);
      const confidence = e.confidence === null || e.confidence === undefined ? null : a.number(e.confidence, `entries[${i}].confidence`, 0, 10);
      const comment = e.comment === undefined || e.comment === null ? '' : a.text(e.comment, `entries[${i}].comment`, 1000).trim();
      // What the list showed of the row (seenOf) and the team it was listed under: required, so a
      // check-in is never matched by less than the list knew.
      const seen = a.text(e.seen, `entries[${i}].seen`, 50_000);
      const team = a.text(e.team, `entries[${i}].team`, 50_000);
      return { ref, shown, value, confidence, comment, seen, team };
    });

    return withLock(c, () => {
      const okr = okrSheetOf(c, name, sheetId);
      // An adopted column that cannot be found by its header any more: nothing is written by position.
      if (hasMappingError(okr.analysis.issues)) return fail(c.language, 'mappingStale', { sheet: okr.sheet.getName() });
      const currentCol = okr.mapping.columns.current;
      // A periodic tracker (Wk 1 … Wk 13, Month 1 … Month 3, no Current column) takes a check-in in
      // the column of today's week or month, or refuses it.
      const header = okr.values[okr.mapping.headerRow - 1] ?? [];
      const periodic = currentCol ? [] : periodicOf(okr.mapping, header).map((column) => ({ column, header: String(header[column - 1] ?? '') }));
      if (!currentCol && periodic.length === 0) return fail(c.language, 'noCurrentColumn', { sheet: okr.sheet.getName() });
      // Two columns for one week: which is the value cannot be told, so nothing is written there.
      const twice = okr.analysis.issues.find((i) => i.code === 'PERIODIC_SLOT_TWICE');
      if (twice) return fail(c.language, 'periodicSlotTwice', { first: String(twice.params.first ?? ''), second: String(twice.params.second ?? '') });
      const today = periodic.length > 0 ? todayIn(c.ss) : null;
      // By identity, never by row: a row inserted, deleted or sorted since the list was read moves
      // the key result, and the save follows it or refuses as a whole, before anything is written.
      const index = placesByRef(okr.analysis.plan);
      const seen = new Set<string>();
      const changes: CheckInChange[] = [];
      const confidenceNow = new Map<number, number | null>();
      // Typed as the user writes numbers: Hungarian 2,5 is 2.5, and 2,500 is refused as ambiguous.
      const numbers = typedNumbers(c.ss, c.language);
      for (const e of entries) {
        const keyResult = describeRef(e.ref)?.keyResult ?? e.ref;
        const found = findByRef(index, e.ref, e.team);
        if (!found.ok && found.problem === 'ambiguous')
          return fail(c.language, 'keyResultAmbiguous', { keyResult, sheet: okr.sheet.getName(), rows: listOf(c.language, found.rows.map(String)) });
        if (!found.ok) return fail(c.language, 'keyResultGone', { keyResult, sheet: okr.sheet.getName() });
        const place = found.place;
        if (seen.has(e.ref)) return fail(c.language, 'keyResultTwice', { keyResult });
        seen.add(e.ref);
        // The list showed Current as the user writes numbers (1 640 or 1,640, ۱٬۶۴۰ in Persian); a
        // language changed in Settings since then changes only how it is written, so any of these
        // forms is the same Current. The exact value is checked by `seen` below, written one way only.
        const comma = numbers.decimalComma === true;
        const now = currentShown(place.kr, comma, c.language);
        const forms = [true, false].flatMap((k) => LANGUAGES.map((l) => currentShown(place.kr, k, l)));
        if (!forms.includes(e.shown)) return fail(c.language, 'currentChanged', { keyResult, shown: e.shown || '—', now: now || '—' });
        // What the value was typed against (Start, Target, Confidence, type, unit) is as the list showed it.
        if (seenOf(place.kr, place.team) !== e.seen) return fail(c.language, 'keyResultChanged', { keyResult });
        let value: number | boolean | string | undefined;
        if (e.value !== null && e.value !== '') {
          const read = readCheckInValue(place.kr, e.value, numbers, c.language);
          if (!read.ok)
            return fail(c.language, read.problem, {
              row: place.kr.row,
              value: String(e.value),
              percent: asPercent(c, e.value, numbers),
              decimal: numbers.decimalComma ? ',' : '.',
            });
          value = read.value;
        }
        let column = currentCol;
        if (!column && today) {
          const period = place.kr.period === undefined ? okr.analysis.plan.period : place.kr.period;
          if (!period) return fail(c.language, 'periodicNoPeriod', { sheet: okr.sheet.getName() });
          const on = periodicColumnOn(periodic, period, today);
          const day = formatDay(today, period.calendar, { digits: digitsOf(c.language), withGregorian: true });
          if (on === null) return fail(c.language, 'periodicNoColumn', { sheet: okr.sheet.getName(), day });
          // Today's cell is the Current the list showed, or was empty: a value a co-editor typed
          // there since the list was read is never overwritten.
          const there = okr.values[place.kr.row - 1]?.[on - 1] ?? '';
          if (a1(place.kr.row, on) !== place.kr.current.cell && !isPeriodBlank(there))
            return fail(c.language, 'currentChanged', { keyResult, shown: e.shown || '—', now: String(there) });
          column = on;
        }
        changes.push({ row: place.kr.row, column: column!, value, confidence: e.confidence, comment: e.comment });
        confidenceNow.set(place.kr.row, place.kr.confidence.value);
      }
      for (const column of new Set(changes.map((ch) => ch.column))) {
        const writing = changes.filter((ch) => ch.value !== undefined && ch.column === column).map((ch) => ch.row);
        const formulas = formulaRowsOf(okr, column, writing);
        if (formulas.length && periodic.length > 0)
          return fail(c.language, 'formulaWeekCell', { cell: a1(formulas[0]!, column), header: String(header[column - 1] ?? '') });
        if (formulas.length) return fail(c.language, 'formulaCell', { row: formulas[0]! });
      }
      // A formula in Confidence is the user's too: a new confidence is never written over it.
      const confidenceCol = okr.mapping.columns.confidence;
      if (confidenceCol) {
        const rowsOfNewConfidence = changes.filter((ch) => ch.confidence !== null && ch.confidence !== confidenceNow.get(ch.row)).map((ch) => ch.row);
        const confidenceFormulas = formulaRowsOf(okr, confidenceCol, rowsOfNewConfidence);
        if (confidenceFormulas.length) return fail(c.language, 'formulaConfidenceCell', { row: confidenceFormulas[0]! });
      }
      let user = '';
      try {
        user = Session.getActiveUser().getEmail();
      } catch {
        // Not every account lets a script see the user's address; the log then leaves it blank.
      }
      let outcome: ReturnType<typeof saveCheckIn>;
      try {
        outcome = saveCheckIn(okr, changes, c.settings, user, serverMessage(c.language, 'restoreFailed'));
      } catch (err) {
        // Everything was checked before the first write: what fails now is the platform. The user reads
        // it in their language; the original text is kept for support.
        return fail(c.language, 'unexpected', { detail: err instanceof Error ? err.message : String(err) });
      }
      return { sheet: okr.sheet.getName(), ...outcome };
    });
  });
}

/** A typed fraction as the per cent it would be (0.215 → 21.5%, hu 0,215 → 21,5%), for a message. */
function asPercent(c: Context, typed: string | number | boolean, numbers: ReturnType<typeof typedNumbers>): string {
  const parsed = parseNumber(String(typed), numbers);
  if (!parsed.ok) return '';
  const points = String(roundFloat(parsed.value * 100));
  // Written with the decimal mark the user typed.
  const decimalComma = typeof typed === 'string' && typed.includes(',') && !typed.includes('.');
  return serverMessage(c.language, 'percentOf', { points: decimalComma ? points.replace('.', ',') : points });
}

/** The saved settings (language from the spreadsheet's locale until one is saved). */
export function sidebarGetSettings(): Settings {
  return serve(() => {
    return context().settings;
  });
}

/** Checks and saves the settings; returns them as stored. */
export function sidebarSaveSettings(settings: Settings): Settings {
  return serve(() => {
    const c = context();
    const a = c.args;
    const r = a.object(settings, 'language, bands, tolerances, rollUpAligned, staleAfterDays');
    const language = a.oneOf(r.language, 'language', LANGUAGES);
    const bandsIn = a.record(r.bands, 'bands');
    const band = (kind: 'aspirational' | 'committed') => {
      const b = a.record(bandsIn[kind], `bands.${kind}`);
      const yellow = a.number(b.yellow, `bands.${kind}.yellow`, 0, 1);
      const green = a.number(b.green, `bands.${kind}.green`, 0, 1);
      if (yellow > green) fail(c.language, 'bandsOrder', { kind: commitmentLabel(c.language, kind) });
      return { yellow, green };
    };
    const bands = { aspirational: band('aspirational'), committed: band('committed') };
    const tol = a.record(r.tolerances, 'tolerances');
    const onTrack = a.number(tol.onTrack, 'tolerances.onTrack', 0, 1);
    const atRisk = a.number(tol.atRisk, 'tolerances.atRisk', 0, 1);
    if (onTrack > atRisk) fail(c.language, 'tolerancesOrder');
    const rollUpAligned = a.boolean(r.rollUpAligned, 'rollUpAligned');
    const staleAfterDays = r.staleAfterDays === undefined ? c.settings.staleAfterDays : a.number(r.staleAfterDays, 'staleAfterDays', 1, 366);
    if (!Number.isInteger(staleAfterDays)) fail(c.language, 'staleAfterDaysWhole');
    return saveSettings({ language, bands, tolerances: { onTrack, atRisk }, rollUpAligned, staleAfterDays });
  });
}
