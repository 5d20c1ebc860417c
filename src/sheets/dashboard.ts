// Writes the dashboard tab (core/dashboard.ts): its cells through the same writer as the other
// progress tabs, then its native charts with Sheet.newChart() (EmbeddedChartBuilder: needs no scope
// beyond the spreadsheet's, developers.google.com/apps-script/reference/spreadsheet/sheet#newchart).
import type { Analysis, Settings } from '../core/model';
import { digitsOf, formatDay, planCalendar } from '../core/calendar';
import { inDigitsOf } from '../core/i18n/format';
import { buildDashboard, previousScores, type ChartSpec, type Dashboard } from '../core/dashboard';
import { readHistory } from './history';
import type { HistoryByRef } from '../core/history';
import { belongsTo, tabMarker } from './read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The dashboard of this OKR sheet, found by its marker (the sheet's id); null before the first refresh. */
export function findDashboard(ss: Spreadsheet, source: Sheet): Sheet | null {
  return (
    ss.getSheets().find((s) => {
      const marker = tabMarker(s);
      return marker?.kind === 'dashboard' && belongsTo(marker, source);
    }) ?? null
  );
}

/**
 * The dashboard of an analysis: the history read by key-result identity (sheets/history.ts), the
 * previous refresh's scores from the dashboard's own cells, unless the refresh that wrote them did
 * not finish (its marker says so). Up to three reads (history, the dashboard's marker and cells).
 */
export function dashboardOf(ss: Spreadsheet, source: Sheet, analysis: Analysis, settings: Settings, quarterLabel: string, history?: HistoryByRef): Dashboard {
  const language = settings.language;
  const existing = findDashboard(ss, source);
  const previous = !existing ? null : tabMarker(existing)?.unfinished ? 'unfinished' : previousScores(existing.getDataRange().getValues());
  const checkIns = (history ?? readHistory(ss, analysis.plan)).byRef;
  // When, in the plan's calendar (a Solar Hijri day with the Gregorian beside it) and the time.
  const now = new Date();
  const timeZone = ss.getSpreadsheetTimeZone();
  const calendar = planCalendar(analysis.plan);
  // Day and time in the language's digits (Persian ۱۲:۰۰), the Gregorian day beside a Solar Hijri one in 0–9.
  const day = formatDay(Utilities.formatDate(now, timeZone, 'yyyy-MM-dd'), calendar, { digits: digitsOf(language), withGregorian: calendar === 'jalali' });
  const refreshedAt = `${day} ${inDigitsOf(language, Utilities.formatDate(now, timeZone, 'HH:mm'))}`;
  return buildDashboard(analysis, { language, quarterLabel, refreshedAt, history: checkIns, previous, settings });
}

/**
 * Replaces the add-on's charts on its dashboard tab: a chart is the add-on's when every range it
 * reads is on the dashboard tab (whose cells are all the add-on's); a chart a user added that reads
 * another tab stays.
 */
export function writeCharts(sheet: Sheet, charts: readonly ChartSpec[]): void {
  const sheetId = sheet.getSheetId();
  for (const chart of sheet.getCharts()) {
    const ranges = chart.getRanges();
    if (ranges.length > 0 && ranges.every((r) => r.getSheet().getSheetId() === sheetId)) sheet.removeChart(chart);
  }
  for (const spec of charts) {
    let builder = sheet
      .newChart()
      .setChartType(Charts.ChartType[spec.type])
      .addRange(sheet.getRange(spec.range.row, spec.range.column, spec.range.rows, spec.range.columns))
      .setNumHeaders(1)
      .setPosition(spec.anchor.row, spec.anchor.column, 0, 0)
      .setOption('title', spec.title)
      .setOption('colors', spec.colors)
      .setOption('width', 560)
      .setOption('height', 320);
    for (const [name, value] of Object.entries(spec.options)) builder = builder.setOption(name, value);
    sheet.insertChart(builder.build());
  }
}
