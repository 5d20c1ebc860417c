// The onEdit simple trigger runs on every edit anyone makes in the spreadsheet: an edit outside the
// OKR sheets' Current and Confidence columns must stay cheap whatever the plan's size. Measured on
// a plan of 500 key results in the local runtime (service calls are exact; time is this machine's).
import { createSpreadsheet, editEvent, loadBundle } from '../local/runtime';
import type { LocalRange } from '../local/spreadsheet/Range';
import { syntheticPlanGrid } from '../test/support/syntheticPlan';
import type { Bench, BenchRow } from './types';

const KEY_RESULTS = 500;
const EDITS = 100;

const bench: Bench = () => {
  const ss = createSpreadsheet('Bench', { timeZone: 'Etc/GMT', locale: 'en_US' });
  const grid = syntheticPlanGrid(KEY_RESULTS);
  const width = Math.max(...grid.map((r) => r.length));
  const sheet = ss.getSheets()[0]!;
  sheet.setName('OKRs 2026-Q4');
  if (sheet.getMaxRows() < grid.length) sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
  sheet.getRange(1, 1, grid.length, width).setValues(grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')) as never);
  ss.addSheet('Notes');
  const rt = loadBundle('dist/Code.js', ss, { now: () => Date.UTC(2026, 10, 20, 12), session: { locale: 'en_US' } });
  rt.call('refreshProgress'); // the add-on has read the sheet: the trigger knows its columns

  const header = grid.findIndex((r) => r.includes('Current')) + 1;
  const current = grid[header - 1]!.indexOf('Current') + 1;
  const letter = (c: number) => String.fromCharCode(64 + c);
  const rows: BenchRow[] = [];
  // The edit itself is made first; only the trigger, with the event Sheets would pass, is measured.
  const measure = (name: string, sheetName: string, a1: (i: number) => string, typed: (i: number) => unknown) => {
    const target = ss.getSheetByName(sheetName)!;
    const events = Array.from({ length: EDITS }, (_, i) => {
      const range = target.getRange(a1(i)) as LocalRange;
      const old = range.getValue();
      range.setValue(typed(i));
      return editEvent(range, true, old, '', 'LIMITED');
    });
    rt.resetCounter();
    const t0 = performance.now();
    for (const event of events) rt.trigger('onEdit', 'LIMITED', event);
    const ms = (performance.now() - t0) / EDITS;
    const counts = rt.counter.snapshot();
    rows.push({
      name: `onEdit: ${name}, service calls per edit`,
      value: counts.total / EDITS,
      unit: 'calls',
      note: Object.entries(counts.byService)
        .map(([s, n]) => `${s} ${n / EDITS}`)
        .join(', '),
    });
    rows.push({ name: `onEdit: ${name}, time per edit (local runtime)`, value: ms, unit: 'ms' });
  };
  const okr = 'OKRs 2026-Q4';
  measure(
    `another column of an OKR sheet of ${KEY_RESULTS} key results`,
    okr,
    (i) => `A${header + 1 + (i % KEY_RESULTS)}`,
    (i) => `note ${i}`,
  );
  measure(
    'another sheet',
    'Notes',
    (i) => `A${1 + i}`,
    (i) => i,
  );
  measure(
    "another sheet, in the OKR sheet's Current column letter",
    'Notes',
    (i) => `${letter(current)}${header + 1 + i}`,
    (i) => i,
  );
  measure(
    `Current of an OKR sheet of ${KEY_RESULTS} key results (logged)`,
    okr,
    (i) => `${letter(current)}${header + 1 + (i % 20)}`,
    (i) => i,
  );
  return rows;
};

export default bench;
