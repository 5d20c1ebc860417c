// A team some of whose key results cannot be scored has no colour; on the dashboard its bar is in
// the grey Incomplete series, never missing (the Persian example's two teams showed no bar at all)
// and never in a colour.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { buildDashboard } from '../../src/core/dashboard';
import { DEFAULT_SETTINGS } from '../../src/core/model';
import { TEMPLATE_HEADER } from '../support/syntheticPlan';

type Row = Partial<Record<(typeof TEMPLATE_HEADER)[number], string | number>>;

function analysis(rows: Row[]) {
  const grid = [
    ['Quarter', '2026-Q4'],
    ['Start', '2026-10-01'],
    ['End', '2026-12-31'],
    ['As of', '2026-11-15'],
    [],
    [...TEMPLATE_HEADER],
    ...rows.map((r) => TEMPLATE_HEADER.map((h) => (h === 'Owner' ? 'Sara' : (r[h] ?? '')))),
  ];
  return analyze(grid as never, { sheet: 'OKRs 2026-Q4', settings: DEFAULT_SETTINGS });
}

describe('the teams chart', () => {
  it('an incomplete team has its bar in the Incomplete series; a complete one in its colour', () => {
    const a = analysis([
      { Team: 'Growth', 'Objective ID': 'G-O1', Objective: 'Grow', 'Key result': 'A', Start: 0, Target: 100, Current: 50 },
      { Team: 'Growth', 'Key result': 'B', Start: 0, Target: 100, Current: 60 },
      { Team: 'Brand', 'Objective ID': 'B-O1', Objective: 'Be known', 'Key result': 'C', Start: 0, Target: 100, Current: 50 },
      { Team: 'Brand', 'Key result': 'D', Start: 5, Target: 5, Current: 5 },
    ]);
    const dashboard = buildDashboard(a, { language: 'en', quarterLabel: '2026-Q4', refreshedAt: '', history: new Map(), previous: null });
    const chart = dashboard.charts[0]!;
    const rows = dashboard.tab.rows;
    const headerRow = chart.range.row - 1;
    const headers = rows[headerRow]!.slice(0, chart.range.columns).map((c) => c.text);
    expect(headers).toEqual(['Team', 'on track', 'at risk', 'off track', 'not started', 'Incomplete (not all scored)', 'Expected']);
    const line = (team: string) =>
      rows
        .find((r, i) => i > headerRow && r[0]?.text === team)!
        .slice(0, chart.range.columns)
        .map((c) => c.number ?? null);
    const brand = a.scores.teams.find((t) => t.name === 'Brand')!;
    expect(brand.missing).toBe(1);
    expect(line('Brand')).toEqual([null, null, null, null, null, brand.score, brand.expected]);
    const growth = a.scores.teams.find((t) => t.name === 'Growth')!;
    expect(line('Growth').filter((v) => v !== null)).toHaveLength(2);
    expect(line('Growth')[5]).toBeNull();
    expect(growth.missing).toBe(0);
    expect(chart.colors[4]).toBe('#dadce0');
    expect(chart.options.series).toEqual({ 5: { type: 'line' } });
  });
});
