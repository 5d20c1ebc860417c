// Refresh progress on plans of 50, 500 and 5,000 key results in the local runtime: the Spreadsheet
// service calls it makes (they must not grow with the number of key results, DESIGN §9) and its time,
// beside a naive writer that puts each cell of the same tabs with its own setValue/setBackground.
import { createSpreadsheet, loadBundle } from '../local/runtime';
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
  sheet.getRange(1, 1, rows.length, width).setValues(rows as never);
  return ss;
}

/** What a per-cell writer of the same tabs would cost: one call per value, background and format. */
function naiveCalls(ss: ReturnType<typeof createSpreadsheet>, tabNames: string[]): number {
  let calls = 0;
  for (const name of tabNames) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    const cells = sheet.getLastRow() * sheet.getLastColumn();
    // getRange + setValue + setBackground + setNumberFormat + setFontColor + setFontWeight per cell.
    calls += cells * 6;
  }
  return calls;
}

const bench: Bench = () => {
  const rows: BenchRow[] = [];
  for (const n of SIZES) {
    const ss = planSpreadsheet(n);
    const rt = loadBundle('dist/Code.js', ss, { now: () => FROZEN_NOW, session: { locale: 'en_US' } });
    rt.call('refreshProgress'); // warm-up, and creates the tabs
    rt.resetCounter();
    const t0 = performance.now();
    rt.call('refreshProgress');
    const ms = performance.now() - t0;
    const calls = rt.counter.spreadsheetCalls;
    const tabs = ss.getSheets().filter((s) => s.getDeveloperMetadata().some((m) => m.getKey() === 'okr-sheets.tab')).map((s) => s.getName());
    const naive = naiveCalls(ss, tabs);
    rows.push({ name: `refresh: ${n.toLocaleString('en')} key results, Spreadsheet service calls`, value: calls, unit: 'calls' });
    rows.push({ name: `refresh: ${n.toLocaleString('en')} key results, time (local runtime)`, value: ms, unit: 'ms' });
    rows.push({ name: `refresh: ${n.toLocaleString('en')} key results, naive per-cell writer / batched`, value: naive / calls, unit: 'x', note: `${naive.toLocaleString('en')} calls per cell vs ${calls}` });
  }
  return rows;
};

export default bench;
