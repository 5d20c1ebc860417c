// Refresh progress: read the OKR sheet once, score it, write the Score formula and As of, and
// rewrite the add-on's progress tabs. Guarded by the document lock.
import { a1, analyze, planCalendar } from '../core';
import { digitsOf, formatDay } from '../core/calendar';
import { formatText } from '../core/i18n/format';
import type { IsoDate, Language, Settings } from '../core/model';
import { buildReport } from '../core/report';
import { summarize, type PlanSummary } from '../core/summary';
import { todayIn, typedNumbers } from './dates';
import { dashboardOf, writeCharts } from './dashboard';
import { writeReport } from './progress';
import { defaultLanguageOf } from './menu';
import { loadSettings } from './properties';
import { activeOkrSheet, looksLikeOkrSheet, readOkrSheet, rememberLastSheet, tabMarker, type OkrSheet } from './read';
import { writeAsOf } from './asOf';
import { applyScoreColumn } from './scoreColumn';
import { withStaleness } from './staleness';

/** How long a second refresh waits for a running one before it says so. */
export const REFRESH_LOCK_WAIT_MS = 5_000;

const MESSAGES: Record<Language, { busy: string; noSheet: string; several: string; done: string }> = {
  en: {
    busy: 'Another refresh is running in this spreadsheet. Try again in a moment.',
    noSheet: 'No OKR sheet found: open the sheet with your OKRs (or use New quarter… or Adopt this sheet…) and try again.',
    several: 'Several sheets hold OKRs ({sheets}): open the one to refresh and try again. Nothing was changed.',
    done: 'Progress refreshed: quarter score {score}, {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}.',
  },
  fa: {
    busy: 'به‌روزرسانی دیگری در این صفحه‌گسترده در حال اجراست. چند لحظه بعد دوباره امتحان کنید.',
    noSheet: 'برگه OKR پیدا نشد: برگه اهداف خود را باز کنید (یا از «فصل جدید…» یا «استفاده از این برگه…» کمک بگیرید) و دوباره امتحان کنید.',
    several: 'چند برگه OKR دارند ({sheets}): برگه‌ای را که باید به‌روز شود باز کنید و دوباره امتحان کنید. چیزی تغییر نکرد.',
    done: 'پیشرفت به‌روز شد: امتیاز فصل {score}، {errors} خطا، {warnings} هشدار.',
  },
  ar: {
    busy: 'يجري تحديث آخر في جدول البيانات هذا. حاول مرة أخرى بعد لحظات.',
    noSheet: 'لم يتم العثور على ورقة أهداف: افتح ورقة أهدافك (أو استخدم «ربع جديد…» أو «اعتماد هذه الورقة…») ثم حاول مرة أخرى.',
    several: 'تحتوي عدة أوراق على أهداف ({sheets}): افتح الورقة المراد تحديثها ثم حاول مرة أخرى. لم يتغيّر شيء.',
    done: 'تم تحديث التقدم: نتيجة الربع {score}، {errors, plural, zero {لا أخطاء} one {خطأ واحد} two {خطآن} few {# أخطاء} many {# خطأً} other {# خطأ}}، {warnings, plural, zero {لا تحذيرات} one {تحذير واحد} two {تحذيران} few {# تحذيرات} many {# تحذيرًا} other {# تحذير}}.',
  },
  hu: {
    busy: 'Ebben a táblázatban már fut egy frissítés. Próbálja újra egy pillanat múlva.',
    noSheet:
      'Nem található OKR-munkalap: nyissa meg az OKR-eket tartalmazó lapot (vagy használja az Új negyedév… vagy a Munkalap átvétele… menüpontot), majd próbálja újra.',
    several: 'Több munkalapon is vannak OKR-ek ({sheets}): nyissa meg azt, amelyiket frissíteni szeretné, majd próbálja újra. Semmi sem változott.',
    done: 'Haladás frissítve: negyedéves pontszám {score}, {errors} hiba, {warnings} figyelmeztetés.',
  },
};

function message(language: Language, key: keyof (typeof MESSAGES)['en'], params: Record<string, string | number> = {}): string {
  return formatText(language, MESSAGES[language][key], params);
}

function requireOkrSheet(settings: Settings, dates: { asOf?: IsoDate; measureAt?: IsoDate } = {}): OkrSheet {
  const sheet = activeOkrSheet();
  if (!sheet) {
    // None, or several and nothing says which: never the first in tab order.
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const candidates = ss.getSheets().filter((s) => !s.isSheetHidden() && tabMarker(s) === null && looksLikeOkrSheet(s));
    if (candidates.length > 1) throw new Error(message(settings.language, 'several', { sheets: candidates.map((s) => `“${s.getName()}”`).join(', ') }));
  }
  const okr = sheet ? readOkrSheet(sheet, settings, dates) : null;
  if (!okr) throw new Error(message(settings.language, 'noSheet'));
  rememberLastSheet(okr.sheet);
  return okr;
}

/** Runs one refresh under the document lock and returns the summary of what it wrote. */
export function refresh(settings: Settings): PlanSummary {
  const lock = LockService.getDocumentLock();
  // tryLock, not waitLock: a second refresh waits briefly, then says that one is running.
  if (!lock?.tryLock(REFRESH_LOCK_WAIT_MS)) throw new Error(message(settings.language, 'busy'));
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const today = todayIn(ss);
    // Pace is measured today: the refresh writes today into As of, the one cell of the label block
    // it writes.
    const okr = requireOkrSheet(settings, { measureAt: today });
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
    const tabs = buildReport(analysis, { settings, refreshed });
    const quarterLabel = analysis.plan.period?.label ?? analysis.plan.sheet;
    const dashboard = dashboardOf(ss, okr.sheet, analysis, settings.language, quarterLabel);
    const [overview, , dashboardSheet] = writeReport(ss, [...tabs, dashboard.tab], okr.sheet);
    if (dashboardSheet) writeCharts(dashboardSheet, dashboard.charts);
    overview?.activate();
    return summarize(analysis, settings.language);
  } finally {
    lock.releaseLock();
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
  SpreadsheetApp.getActiveSpreadsheet().toast(refreshedMessage(settings.language, summary), 'OKR Sheets', 8);
  return summary;
}

/** What a refresh wrote, in one sentence of the user's language (the menu's toast, the sidebar's status). */
export function refreshedMessage(language: Language, summary: PlanSummary): string {
  const errors = summary.issues.filter((i) => i.severity === 'error').length;
  const warnings = summary.issues.filter((i) => i.severity === 'warning').length;
  const score = summary.score === null ? '–' : `${Math.round(summary.score * 100)}%`;
  return message(language, 'done', { score, errors, warnings });
}

/** The summary of the active OKR sheet, read-only (for the sidebar and the local CLI). */
export function getProgressSummary(): PlanSummary {
  const settings = documentSettings();
  return summarize(requireOkrSheet(settings).analysis, settings.language);
}
