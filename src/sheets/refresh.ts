// Refresh progress: read the OKR sheet once, score it, write the Score formula and As of, and
// rewrite the add-on's progress tabs. Guarded by the document lock.
import { a1, analyze, hasMappingError, planCalendar } from '../core';
import { digitsOf, formatDay } from '../core/calendar';
import { formatText, listOf, percentText, quote } from '../core/i18n/format';
import { REFRESH_MESSAGES, type RefreshMessageKey } from '../core/i18n/refreshMessages';
import { PRODUCT_NAME } from '../core/i18n/historyHeaders';
import { SERVER_MESSAGES } from '../core/i18n/serverMessages';
import type { IsoDate, Language, Settings } from '../core/model';
import { buildReport } from '../core/report';
import { summarize, type PlanSummary } from '../core/summary';
import { todayIn, typedNumbers } from './dates';
import { dashboardOf, writeCharts } from './dashboard';
import { readHistory } from './history';
import { rememberOverview, writeReport } from './progress';
import { defaultLanguageOf } from './menu';
import { loadSettings } from './properties';
import { activeOkrSheet, looksLikeOkrSheet, readOkrSheet, rememberLastSheet, setTabMarker, tabMarker, type OkrSheet } from './read';
import { writeAsOf } from './asOf';
import { applyScoreColumn, rulesPropertyOf } from './scoreColumn';
import { captureForUndo, type Undo } from './apply';
import { isUserError, userError } from './userError';
import { withStaleness } from './staleness';

/** How long a second refresh waits for a running one before it says so. */
export const REFRESH_LOCK_WAIT_MS = 5_000;

function message(language: Language, key: RefreshMessageKey, params: Record<string, string | number> = {}): string {
  return formatText(language, REFRESH_MESSAGES[language][key], params);
}

function requireOkrSheet(settings: Settings, dates: { asOf?: IsoDate; measureAt?: IsoDate } = {}): OkrSheet {
  const sheet = activeOkrSheet();
  if (!sheet) {
    // None, or several and nothing says which: never the first in tab order.
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const candidates = ss.getSheets().filter((s) => !s.isSheetHidden() && tabMarker(s) === null && looksLikeOkrSheet(s));
    if (candidates.length > 1)
      throw userError(
        message(settings.language, 'several', {
          sheets: listOf(
            settings.language,
            candidates.map((s) => quote(settings.language, s.getName())),
          ),
        }),
      );
  }
  const okr = sheet ? readOkrSheet(sheet, settings, dates) : null;
  if (!okr) throw userError(message(settings.language, 'noSheet'));
  rememberLastSheet(okr.sheet);
  return okr;
}

/** Runs one refresh under the document lock and returns the summary of what it wrote. */
export function refresh(settings: Settings): PlanSummary {
  const lock = LockService.getDocumentLock();
  // tryLock, not waitLock: a second refresh waits briefly, then says that one is running.
  if (!lock?.tryLock(REFRESH_LOCK_WAIT_MS)) throw userError(message(settings.language, 'busy'));
  // All or nothing for the user's sheet: what Refresh may change there (As of, the Score column's
  // top cell and number formats, the colour rules and their record) is read before the first write
  // and put back when a call fails. The progress tabs are the add-on's own: a failure may leave one
  // incomplete, the message says so, and the next Refresh rewrites it.
  let undo: Undo | null = null;
  let previous: GoogleAppsScript.Spreadsheet.Sheet | null = null;
  try {
    // A tab the refresh creates becomes the active one (insertSheet): after a failure the user is put back.
    previous = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    // Pace is measured today: the refresh writes today into As of, the one cell of the label block
    // it writes.
    const okr = requireOkrSheet(settings, { measureAt: todayIn(SpreadsheetApp.getActiveSpreadsheet()) });
    // An adopted column that cannot be found by its header: nothing is written by position.
    if (hasMappingError(okr.analysis.issues))
      throw userError(formatText(settings.language, SERVER_MESSAGES[settings.language].mappingStale, { sheet: okr.sheet.getName() }));
    const scoreColumn = okr.mapping.columns.score;
    const firstDataRow = okr.mapping.headerRow + 1;
    const maxRows = okr.sheet.getMaxRows();
    const asOfCell = okr.analysis.plan.labels.asOf.cell;
    const scoreCells = scoreColumn && maxRows >= firstDataRow;
    undo = captureForUndo(
      okr.sheet,
      [...(asOfCell ? [okr.sheet.getRange(asOfCell)] : []), ...(scoreCells ? [okr.sheet.getRange(firstDataRow, scoreColumn)] : [])],
      scoreCells ? [okr.sheet.getRange(firstDataRow, scoreColumn, maxRows - firstDataRow + 1, 1)] : [],
      rulesPropertyOf(okr.sheet),
    );
    return write(okr);
  } catch (err) {
    if (isUserError(err)) throw err;
    // The platform's error (a quota, a sheet a co-editor removed, a timeout): in the user's
    // language, with the original text for support.
    const detail = err instanceof Error ? err.message : String(err);
    try {
      undo?.undo();
    } catch {
      throw userError(`${message(settings.language, 'failed', { detail })} ${message(settings.language, 'undoFailed')}`);
    }
    try {
      previous?.activate();
    } catch {
      // Where the user is left is a courtesy; the message below is what matters.
    }
    throw userError(message(settings.language, 'failed', { detail }));
  } finally {
    try {
      lock.releaseLock();
    } catch {
      // The lock ends with the execution anyway (LockService reference); the refresh's outcome stands.
    }
  }

  /** The writes of one refresh, in order: As of, the Score column, the progress tabs and dashboard. */
  function write(okr: OkrSheet): PlanSummary {
    const ss = okr.sheet.getParent();
    const today = todayIn(ss);
    let analysis = okr.analysis;
    const asOf = analysis.plan.labels.asOf;
    if (asOf.cell && asOf.value !== today) {
      // One rule for As of (asOf.ts): a formula the user put there (such as =TODAY()) stays, and pace
      // follows its value.
      if (writeAsOf(okr.sheet, asOf.cell, today, asOf.value, planCalendar(analysis.plan)) === 'formula') {
        analysis = analyze(okr.values, {
          sheet: okr.sheet.getName(),
          mapping: okr.mapping,
          merges: okr.merges,
          formats: okr.formats,
          settings,
          timeZone: ss.getSpreadsheetTimeZone(),
          numbers: typedNumbers(ss),
        });
      }
    }
    const scoreCol = okr.mapping.columns.score ?? 1;
    const lastKeyResultRow = Math.max(
      okr.mapping.headerRow + 1,
      ...analysis.plan.teams.flatMap((t) => t.objectives.flatMap((o) => o.keyResults.map((k) => k.row))),
    );
    const score = applyScoreColumn(okr.sheet, okr.mapping, settings, analysis, lastKeyResultRow);
    if (score.status === 'inUse') {
      analysis = {
        ...analysis,
        issues: [
          {
            code: 'SCORE_COLUMN_IN_USE',
            severity: 'warning',
            sheet: okr.sheet.getName(),
            cell: a1(okr.mapping.headerRow, scoreCol),
            messageKey: 'SCORE_COLUMN_IN_USE',
            params: {},
          },
          ...analysis.issues,
        ],
      };
    } else if (score.status === 'written' && score.blockedAt) {
      analysis = {
        ...analysis,
        issues: [
          { code: 'SCORE_BLOCKED', severity: 'warning', sheet: okr.sheet.getName(), cell: score.blockedAt, messageKey: 'SCORE_BLOCKED', params: {} },
          ...analysis.issues,
        ],
      };
    }
    // Key results without a recent check-in are warnings in the tabs' issue list (core/staleness.ts).
    analysis = withStaleness(ss, analysis, settings).analysis;
    // Each tab says when it was refreshed: today, as the plan shows days (core formatDay).
    const refreshed = formatDay(today, planCalendar(analysis.plan), { digits: digitsOf(settings.language), withGregorian: true });
    // One read of the history for the key results' trend lines and the dashboard.
    const history = readHistory(ss, analysis.plan);
    const tabs = buildReport(analysis, { settings, refreshed, history });
    const quarterLabel = analysis.plan.period?.label ?? analysis.plan.sheet;
    const dashboard = dashboardOf(ss, okr.sheet, analysis, settings, quarterLabel, history);
    const [overview, , dashboardSheet] = writeReport(ss, [...tabs, dashboard.tab], okr.sheet);
    // A value typed in the OKR sheet later marks this overview as out of date (editLog.ts).
    if (overview) rememberOverview(okr.sheet, overview);
    if (dashboardSheet) {
      writeCharts(dashboardSheet, dashboard.charts);
      // The dashboard is whole: the next refresh may compare with its scores.
      const { unfinished: _, ...finished } = tabMarker(dashboardSheet) ?? { kind: 'dashboard', source: okr.sheet.getName() };
      setTabMarker(dashboardSheet, finished);
    }
    try {
      overview?.activate();
    } catch {
      // Everything is written: where the user is left is a courtesy.
    }
    return summarize(analysis, settings.language);
  }
}

/** The saved settings; the language defaults as menu.ts defaultLanguage says. */
export function documentSettings(): Settings {
  return loadSettings(defaultLanguageOf(SpreadsheetApp.getActiveSpreadsheet()));
}

/** Menu item: Refresh progress. Returns what it wrote (the menu ignores it; the local CLI prints it). */
export function refreshProgress(): PlanSummary {
  const settings = documentSettings();
  const summary = refresh(settings);
  SpreadsheetApp.getActiveSpreadsheet().toast(refreshedMessage(settings.language, summary), PRODUCT_NAME, 8);
  return summary;
}

/** What a refresh wrote, in one sentence of the user's language (the menu's toast, the sidebar's status). */
export function refreshedMessage(language: Language, summary: PlanSummary): string {
  const errors = summary.issues.filter((i) => i.severity === 'error').length;
  const warnings = summary.issues.filter((i) => i.severity === 'warning').length;
  const score = summary.score === null ? '–' : percentText(language, summary.score);
  return message(language, 'done', { score, errors, warnings });
}

/** The summary of the active OKR sheet, read-only (for the sidebar and the local CLI). */
export function getProgressSummary(): PlanSummary {
  const settings = documentSettings();
  return summarize(requireOkrSheet(settings).analysis, settings.language);
}
