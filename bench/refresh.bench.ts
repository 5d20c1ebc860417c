// Refresh progress on plans of 50, 500 and 5,000 key results in the local runtime: the Spreadsheet
// service calls it makes (they must not grow with the number of key results, DESIGN §9) and its time,
// beside a naive writer that puts each cell of the same tabs with its own setValue, setBackground…
import { createSpreadsheet, loadBundle } from '../local/runtime';
import { createServices, Environment } from '../local/services/index';
import { analyze } from '../src/core';
import { DEFAULT_SETTINGS } from '../src/core/model';
import { buildReport } from '../src/core/report';
import { HISTORY_HEADERS } from '../src/core/i18n/historyHeaders';
import { isoToSerial } from '../src/sheets/dates';
import { syntheticPlanGrid } from '../test/support/syntheticPlan';
import type { Bench, BenchRow } from './types';

const SIZES = [50, 500, 5_000];
const FROZEN_NOW = Date.UTC(2026, 10, 20, 12);

function planSpreadsheet(keyResults: number) {
  const ss = createSpreadsheet('Bench', { timeZone: 'Etc/GMT', locale: 'en_US' });
  const grid = syntheticPlanGrid(keyResults);
  const width = Math.max(...grid.map((r) => r.length));
  const sheet = ss.getSheets()[0]!;
  sheet.setName('OKRs 2026-Q4');
  const rows = grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  // A new sheet has 1,000 rows; getRange beyond them throws, as in Apps Script.
  if (sheet.getMaxRows() < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  sheet.getRange(1, 1, rows.length, width).setValues(rows as never);
  return ss;
}

/**
 * A naive writer of the same tabs, measured: for every cell one getRange and one call per property
 * (value, number format, background, font colour, weight), through the same counted services.
 */
function naiveWrite(keyResults: number): { calls: number; ms: number } {
  const ss = planSpreadsheet(keyResults);
  const grid = ss.getSheets()[0]!.getDataRange().getValues();
  const analysis = analyze(grid, { sheet: 'OKRs 2026-Q4', asOf: '2026-11-20' });
  const tabs = buildReport(analysis, { settings: DEFAULT_SETTINGS });
  const env = new Environment(ss, { session: { locale: 'en_US' } });
  const { SpreadsheetApp } = createServices(env);
  const t0 = performance.now();
  const doc = SpreadsheetApp.getActiveSpreadsheet();
  for (const tab of tabs) {
    const sheet = doc.insertSheet(tab.name);
    if (sheet.getMaxRows() < tab.rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), tab.rows.length - sheet.getMaxRows());
    tab.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const range = sheet.getRange(r + 1, c + 1);
        range.setNumberFormat(cell.text !== undefined ? '@' : (cell.format ?? 'General'));
        range.setValue(cell.formula ?? cell.number ?? (cell.date !== undefined ? isoToSerial(cell.date) : (cell.text ?? '')));
        range.setBackground(cell.background ?? null);
        range.setFontColor(cell.color ?? '#202124');
        range.setFontWeight(cell.bold ? 'bold' : 'normal');
      }),
    );
  }
  return { calls: env.counter.spreadsheetCalls, ms: performance.now() - t0 };
}

/**
 * A plan of `keyResults` key results with a history of `weeks` weekly check-ins each (the dashboard's
 * over-time series and staleness read it): the history tab written as the add-on writes it.
 */
function planWithHistory(keyResults: number, weeks: number) {
  const ss = planSpreadsheet(keyResults);
  const okr = ss.getSheets()[0]!;
  const analysis = analyze(okr.getDataRange().getValues(), { sheet: 'OKRs 2026-Q4', asOf: '2026-11-20' });
  const history = ss.insertSheet('OKR history');
  history.addDeveloperMetadata('okr-sheets.tab', JSON.stringify({ kind: 'history', source: '' }));
  const log: unknown[][] = [[...HISTORY_HEADERS.en]];
  for (let w = weeks; w >= 1; w--) {
    const time = new Date(FROZEN_NOW - w * 7 * 86_400_000);
    for (const team of analysis.plan.teams)
      for (const o of team.objectives)
        for (const k of o.keyResults)
          log.push([time, 'bench@example.com', 'OKRs 2026-Q4', k.row, k.text.value ?? '', '', weeks - w + 1, 7, '', o.text.value ?? '']);
  }
  if (history.getMaxRows() < log.length) history.insertRowsAfter(history.getMaxRows(), log.length - history.getMaxRows());
  history.getRange(1, 1, log.length, log[0]!.length).setValues(log as never);
  ss.setActiveSheet(okr);
  return { ss, entries: log.length - 1 };
}

const bench: Bench = () => {
  const rows: BenchRow[] = [];
  {
    const { ss, entries } = planWithHistory(500, 13);
    const rt = loadBundle('dist/Code.js', ss, { now: () => FROZEN_NOW, session: { locale: 'en_US' } });
    rt.call('refreshProgress');
    ss.setActiveSheet(ss.getSheetByName('OKRs 2026-Q4')!);
    rt.resetCounter();
    const t0 = performance.now();
    rt.call('refreshProgress');
    const ms = performance.now() - t0;
    rows.push({
      name: '500 key results × 13 weekly check-ins: refresh, Spreadsheet calls',
      value: rt.counter.spreadsheetCalls,
      unit: 'calls',
      note: `${entries} history rows`,
    });
    rows.push({ name: '500 key results × 13 weekly check-ins: refresh, time (local runtime)', value: ms, unit: 'ms' });
  }
  for (const n of SIZES) {
    const ss = planSpreadsheet(n);
    const rt = loadBundle('dist/Code.js', ss, { now: () => FROZEN_NOW, session: { locale: 'en_US' } });
    rt.call('refreshProgress'); // warm-up, and creates the tabs
    rt.resetCounter();
    const t0 = performance.now();
    rt.call('refreshProgress');
    const ms = performance.now() - t0;
    const calls = rt.counter.spreadsheetCalls;
    const naive = naiveWrite(n);
    rows.push({ name: `refresh: ${n.toLocaleString('en')} key results, Spreadsheet service calls`, value: calls, unit: 'calls' });
    rows.push({ name: `refresh: ${n.toLocaleString('en')} key results, time (local runtime)`, value: ms, unit: 'ms' });
    rows.push({
      name: `refresh: ${n.toLocaleString('en')} key results, naive per-cell writer, calls`,
      value: naive.calls,
      unit: 'calls',
      note: `${Math.round(naive.ms)} ms`,
    });
    rows.push({ name: `refresh: ${n.toLocaleString('en')} key results, naive / batched calls`, value: naive.calls / calls, unit: 'x' });
  }
  return rows;
};

export default bench;
