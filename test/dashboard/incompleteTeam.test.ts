// A team some of whose key results cannot be scored has no colour; on the dashboard its bar is in
// the grey Incomplete series, never missing (the Persian example's two teams showed no bar at all)
// and never in a colour.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { buildDashboard, seriesFromHistory, type DatedCheckIn } from '../../src/core/dashboard';
import { refOf } from '../../src/core/identity';
import { HISTORY_NOTES } from '../../src/core/i18n/historyHeaders';
import { DEFAULT_SETTINGS, type Analysis, type IsoDate } from '../../src/core/model';
import { TEMPLATE_HEADER } from '../support/syntheticPlan';

type Row = Partial<Record<(typeof TEMPLATE_HEADER)[number], string | number>>;

function analysisGrid(rows: Row[]) {
  return [
    ['Quarter', '2026-Q4'],
    ['Start', '2026-10-01'],
    ['End', '2026-12-31'],
    ['As of', '2026-11-15'],
    [],
    [...TEMPLATE_HEADER],
    ...rows.map((r) => TEMPLATE_HEADER.map((h) => (h === 'Owner' ? 'Sara' : (r[h] ?? '')))),
  ];
}

function analysis(rows: Row[]): Analysis {
  return analyze(analysisGrid(rows) as never, { sheet: 'OKRs 2026-Q4', settings: DEFAULT_SETTINGS });
}

describe('the teams chart', () => {
  it('an incomplete team has its bar in the Incomplete series; a complete one in its colour', () => {
    const a = analysis([
      { Team: 'Growth', 'Objective ID': 'G-O1', Objective: 'Grow', 'Key result': 'A', Start: 0, Target: 100, Current: 50 },
      { Team: 'Growth', 'Key result': 'B', Start: 0, Target: 100, Current: 60 },
      { Team: 'Brand', 'Objective ID': 'B-O1', Objective: 'Be known', 'Key result': 'C', Start: 0, Target: 100, Current: 50 },
      { Team: 'Brand', 'Key result': 'D', Start: 5, Target: 5, Current: 5 },
    ]);
    const dashboard = buildDashboard(a, {
      language: 'en',
      quarterLabel: '2026-Q4',
      refreshedAt: '',
      history: new Map(),
      previous: null,
      settings: DEFAULT_SETTINGS,
    });
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

describe('scores over time', () => {
  type Logged =
    | [string, string, number | boolean | string]
    | [string, string, number | boolean | string, number | string | null]
    | [string, string, number | boolean | string, number | string | null, string];
  const history = (entries: Logged[]) => {
    const byRef = new Map<string, DatedCheckIn[]>();
    return (a: Analysis) => {
      for (const [text, date, value, oldValue, comment] of entries) {
        const o = a.plan.teams.flatMap((t) => t.objectives).find((x) => x.keyResults.some((k) => k.text.value === text))!;
        const kr = o.keyResults.find((k) => k.text.value === text)!;
        const ref = refOf(kr, o);
        byRef.set(ref, [
          ...(byRef.get(ref) ?? []),
          { date: date as IsoDate, value, confidence: null, ...(oldValue !== undefined ? { oldValue } : {}), ...(comment !== undefined ? { comment } : {}) },
        ]);
      }
      return byRef;
    };
  };
  const rows: Row[] = [
    { Team: 'Growth', 'Objective ID': 'G-O1', Objective: 'Grow', 'Key result': 'A', Start: 0, Target: 100, Current: 50 },
    { Team: 'Growth', 'Key result': 'B', Start: 0, Target: 10, Current: 8 },
    { Team: 'Brand', 'Objective ID': 'B-O1', Objective: 'Be known', 'Key result': 'C', Type: 'milestone', Current: 'Done' },
  ];
  const table = (dashboard: ReturnType<typeof buildDashboard>) => {
    const chart = dashboard.charts.find((c) => c.title === 'Scores over time')!;
    const r = chart.range;
    const at = (row: number) => dashboard.tab.rows[row - 1]!;
    return {
      headers: at(r.row)
        .slice(0, r.columns)
        .map((c) => c.text),
      body: Array.from({ length: r.rows - 1 }, (_, i) =>
        at(r.row + 1 + i)
          .slice(1, r.columns)
          .map((c) => (c.number === undefined ? null : Math.round(c.number * 1000) / 1000)),
      ),
      note: at(r.row + r.rows)[0]?.text ?? '',
      colors: chart.colors,
    };
  };
  it.each([
    [
      'Growth has a key result that cannot be scored (Start = Target): its weeks are left blank and the quarter is in Incomplete',
      [...rows, { Team: 'Growth', 'Key result': 'E', Start: 5, Target: 5, Current: 5 }],
      [
        ['A', '2026-11-01', 20],
        ['C', '2026-11-01', 'Done'],
        ['B', '2026-11-08', 4],
      ] as Logged[],
      // [Quarter, Incomplete, Growth, Brand] on 11-01, 11-08, 11-15 (today, as the tabs).
      [
        [null, 0.6, null, 1],
        [null, 0.65, null, 1],
        [null, 0.825, null, 1],
      ],
    ],
    [
      'B’s value on 11-01 is not known (its first check-in came later, from a value): Growth that week is incomplete',
      rows,
      [
        ['A', '2026-11-01', 20],
        ['C', '2026-11-01', 'Done'],
        ['B', '2026-11-08', 4, 2],
      ] as Logged[],
      [
        [null, 0.6, null, 1],
        [0.65, null, 0.3, 1],
        [0.825, null, 0.65, 1],
      ],
    ],
    [
      'B was blank before its first check-in (Old value blank): not started on 11-01, as a blank Current, and complete',
      rows,
      [
        ['A', '2026-11-01', 20],
        ['C', '2026-11-01', 'Done'],
        ['B', '2026-11-08', 4, null],
      ] as Logged[],
      [
        [0.55, null, 0.1, 1],
        [0.65, null, 0.3, 1],
        [0.825, null, 0.65, 1],
      ],
    ],
    [
      // Found by an attack on issue 16: a paste logs a blank Old value that means "not known".
      'B’s first check-in was a paste over several cells (its Old value is not known): Growth on 11-01 is incomplete',
      rows,
      [
        ['A', '2026-11-01', 20],
        ['C', '2026-11-01', 'Done'],
        ['B', '2026-11-08', 4, null, HISTORY_NOTES.hu.pasted],
      ] as Logged[],
      [
        [null, 0.6, null, 1],
        [0.65, null, 0.3, 1],
        [0.825, null, 0.65, 1],
      ],
    ],
    [
      // Found by an attack on issue 16: a cleared Current kept its old value in the weeks after.
      'B’s Current was cleared on 11-08: from that week it is blank (not started), as in the tab',
      rows,
      [
        ['A', '2026-11-01', 20],
        ['B', '2026-11-01', 4],
        ['C', '2026-11-01', 'Done'],
        ['B', '2026-11-08', '', 4],
      ] as Logged[],
      [
        [0.65, null, 0.3, 1],
        [0.55, null, 0.1, 1],
        [0.825, null, 0.65, 1],
      ],
    ],
    [
      'a milestone checked in as a tick, then a word in Hungarian',
      rows,
      [
        ['A', '2026-11-01', 20],
        ['B', '2026-11-01', 4],
        ['C', '2026-11-01', false],
        ['C', '2026-11-08', 'kész'],
      ] as Logged[],
      [
        [0.15, null, 0.3, 0],
        [0.65, null, 0.3, 1],
        [0.825, null, 0.65, 1],
      ],
    ],
  ])('%s', (_name, plan, logged, expected) => {
    const a = analysis(plan);
    const dashboard = buildDashboard(a, {
      language: 'en',
      quarterLabel: '2026-Q4',
      refreshedAt: '',
      history: history(logged)(a),
      previous: null,
      settings: DEFAULT_SETTINGS,
    });
    const t = table(dashboard);
    expect(t.headers).toEqual(['Week', 'Quarter', 'Incomplete (not all scored)', 'Growth', 'Brand']);
    expect(t.body.slice(-3)).toEqual(expected);
    expect(t.colors[1]).toBe('#dadce0');
    if (expected.some((r) => r[1] !== null)) expect(t.note).toMatch(/is not a score/);
  });

  it('a week whose values are today’s scores as today does (one roll-up, weights and alignment included)', () => {
    const weighted: Row[] = [
      { Team: 'Growth', 'Objective ID': 'G-O1', Objective: 'Grow', 'Key result': 'A', Start: 0, Target: 100, Current: 50, Weight: 3 },
      { Team: 'Growth', 'Key result': 'B', Start: 0, Target: 10, Current: 8, Weight: 1 },
      { Team: 'Growth', 'Objective ID': 'G-O2', Objective: 'Child', Parent: 'G-O1', 'Key result': 'D', Start: 10, Target: 0, Current: 4 },
      { Team: 'Brand', 'Objective ID': 'B-O1', Objective: 'Be known', 'Key result': 'C', Type: 'milestone', Current: 'Done' },
    ];
    for (const rollUpAligned of [false, true]) {
      const settings = { ...DEFAULT_SETTINGS, rollUpAligned };
      const grid = analysisGrid(weighted);
      const a = analyze(grid as never, { sheet: 'OKRs 2026-Q4', settings });
      const logged = a.plan.teams
        .flatMap((t) => t.objectives)
        .flatMap((o) =>
          o.keyResults.map(
            (k) => [k.text.value!, '2026-10-01', k.type === 'milestone' ? true : (k.current.value as number)] as [string, string, number | boolean],
          ),
        );
      const series = seriesFromHistory(a, history(logged)(a), settings);
      expect(series.length).toBeGreaterThan(2);
      for (const p of series) {
        expect(p.quarter.score).toBeCloseTo(a.scores.quarterRollUp.score!, 9);
        expect(p.quarter.missing).toBe(0);
        expect(p.teams.map((t) => t.score)).toEqual(a.scores.teams.map((t) => t.score));
      }
    }
  });

  it('a 0–100 grade logged as 70 is 70 %', () => {
    const a = analysis([{ Team: 'Growth', 'Objective ID': 'G-O1', Objective: 'Grow', 'Key result': 'Q', Type: 'grade', Current: 0.7 }]);
    const kr = a.plan.teams[0]!.objectives[0]!.keyResults[0]!;
    const series = seriesFromHistory(
      a,
      new Map([[refOf(kr, a.plan.teams[0]!.objectives[0]!), [{ date: '2026-11-01' as IsoDate, value: 70, confidence: null }]]]),
      DEFAULT_SETTINGS,
    );
    // The plan's own 0–1 grade column reads 70 as out of scale; a 0–100 one as 0.7.
    const scaled = {
      ...a,
      plan: {
        ...a.plan,
        teams: [{ ...a.plan.teams[0]!, objectives: [{ ...a.plan.teams[0]!.objectives[0]!, keyResults: [{ ...kr, gradeScale: 100 as const }] }] }],
      },
    };
    const on100 = seriesFromHistory(
      scaled,
      new Map([[refOf(kr, a.plan.teams[0]!.objectives[0]!), [{ date: '2026-11-01' as IsoDate, value: 70, confidence: null }]]]),
      DEFAULT_SETTINGS,
    );
    expect(on100.find((p) => p.date === '2026-11-01')!.quarter.score).toBeCloseTo(0.7, 9);
    expect(series.find((p) => p.date === '2026-11-01')!.quarter.score).not.toBeCloseTo(0.7, 9);
  });
});
