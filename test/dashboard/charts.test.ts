// The dashboard tab and its native charts, through the built bundle on the local runtime: the
// chart builder of the runtime (ranges, options, not-implemented methods, kept in the saved
// workbook), and the charts the add-on builds (the right ranges, series and colours of the one
// colour rule), the over-time series from check-ins and what changed since the last refresh.
import { describe, expect, it } from 'vitest';
import { createServices, Environment, loadBundle, loadWorkbook, workbookToBuffer, type LocalSheet, type LocalSpreadsheet } from '../../local/index';
import { CHART_COLOURS } from '../../src/core/dashboard';
import type { PlanSummary } from '../../src/core/summary';

const OKR_SHEET = 'OKRs 2026-Q4';
const DAY = 86_400_000;

describe('the runtime chart builder', () => {
  it('builds, inserts, lists, removes and saves charts; other builder methods are not implemented', async () => {
    const ss = await loadWorkbook('examples/marketing-okrs.xlsx');
    const g = createServices(new Environment(ss));
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Data');
    sheet.getRange('A1:B3').setValues([
      ['Team', 'Score'],
      ['A', 0.5],
      ['B', 0.7],
    ]);
    const chart = sheet
      .newChart()
      .setChartType(g.Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('A1:B3'))
      .setPosition(2, 4, 0, 0)
      .setOption('title', 'Scores')
      .setOption('colors', ['#34a853'])
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [placed] = sheet.getCharts();
    expect(placed!.getChartId()).toEqual(expect.any(Number));
    expect(placed!.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B3']);
    expect(placed!.getOptions().get('title')).toBe('Scores');
    expect(placed!.getOptions().get('colors')).toEqual(['#34a853']);
    expect(placed!.getOptions().get('legend')).toBeNull();
    expect(placed!.getContainerInfo().getAnchorColumn()).toBe(4);
    expect(() => sheet.newChart().asColumnChart()).toThrow(/EmbeddedChartBuilder.asColumnChart is not implemented/);
    expect(() => g.Charts.newDataTable()).toThrow(/not implemented/);

    const back = await loadWorkbook(await workbookToBuffer(ss));
    const saved = (back.getSheetByName('Data') as LocalSheet).getCharts();
    expect(saved.map((c) => [c.type, c.ranges.map((r) => r.getA1Notation()), c.options.title])).toEqual([['COLUMN', ['A1:B3'], 'Scores']]);

    sheet.removeChart(sheet.getCharts()[0]!);
    expect(sheet.getCharts()).toEqual([]);
  });
});

interface Clock {
  now: number;
}

async function opened(start: number) {
  const ss = await loadWorkbook('examples/marketing-okrs.xlsx', { locale: 'en_US' });
  const clock: Clock = { now: start };
  const rt = loadBundle('dist/Code.js', ss, { now: () => clock.now });
  return { ss, rt, clock };
}

function dashboardOf(ss: LocalSpreadsheet): LocalSheet {
  const found = ss
    .getSheets()
    .find((s) => s.getDeveloperMetadata().some((m) => m.getKey() === 'okr-sheets.tab' && String(m.getValue()).includes('"dashboard"')));
  expect(found, 'a dashboard tab marked by metadata').toBeDefined();
  return found as LocalSheet;
}

function checkIn(rt: ReturnType<typeof loadBundle>, text: RegExp, value: string, confidence: number) {
  const list = rt.call('sidebarCheckInRows', { sheet: OKR_SHEET }) as {
    rows: { ref: string; keyResult: string; current: string; seen: string; team: string }[];
  };
  const row = list.rows.find((r) => text.test(r.keyResult))!;
  expect(row, `a key result matching ${text}`).toBeDefined();
  const result = rt.call('sidebarSaveCheckIn', {
    sheet: OKR_SHEET,
    entries: [{ ref: row.ref, current: row.current, seen: row.seen, team: row.team, value, confidence }],
  }) as { ok?: boolean };
  expect(result).toBeTruthy();
}

describe('the dashboard tab a refresh writes', () => {
  it('charts read the dashboard tables, with the colours of the one colour rule', async () => {
    const { ss, rt } = await opened(Date.UTC(2026, 10, 15, 12));
    const summary = rt.call('refreshProgress') as PlanSummary;
    const dash = dashboardOf(ss);
    expect(dash.getName().length).toBeLessThanOrEqual(100);
    const charts = dash.getCharts();
    // First refresh: teams, colours, over time, confidence (no "what changed" yet).
    expect(charts.map((c) => c.type)).toEqual(['COMBO', 'PIE', 'LINE', 'LINE']);
    const values = dash.getDataRange().getValues();
    const cell = (a1: string) => dash.getRange(a1).getValue();

    // Teams against expected: one series per colour, the team's score only in its colour's column.
    const teams = charts[0]!;
    const range = teams.ranges[0]!;
    expect(range.getNumRows()).toBe(summary.teams.length + 1);
    expect(teams.options.colors).toEqual([CHART_COLOURS.green, CHART_COLOURS.yellow, CHART_COLOURS.red, CHART_COLOURS.grey, '#dadce0', '#202124']);
    const order = ['green', 'yellow', 'red', 'grey'];
    summary.teams.forEach((team, i) => {
      const row = range.getRow() + 1 + i;
      expect(cell(`A${row}`)).toBe(team.name || OKR_SHEET);
      const filled = order.filter((_, k) => typeof dash.getRange(row, 2 + k).getValue() === 'number');
      expect(filled).toEqual(team.complete && team.colour ? [team.colour] : []);
      if (team.complete && team.colour) expect(dash.getRange(row, 2 + order.indexOf(team.colour)).getValue()).toBeCloseTo(team.score!, 9);
      // An incomplete team's bar is in the Incomplete series (never missing, never coloured).
      const incomplete = dash.getRange(row, 2 + order.length).getValue();
      if (team.complete || team.score === null) expect(incomplete, team.name).toBe('');
      else expect(incomplete, team.name).toBeCloseTo(team.score, 9);
    });

    // Key results by colour: the counts of the summary's key-result colours, slices in the rule's colours.
    const pie = charts[1]!;
    expect(pie.options.colors).toEqual([CHART_COLOURS.green, CHART_COLOURS.yellow, CHART_COLOURS.red, CHART_COLOURS.grey, '#dadce0']);
    const krs = summary.objectives.flatMap((o) => o.keyResults);
    const pr = pie.ranges[0]!;
    const counts = dash
      .getRange(pr.getRow() + 1, 2, pr.getNumRows() - 1, 1)
      .getValues()
      .map((r) => r[0]);
    expect(counts).toEqual([...order.map((c) => krs.filter((k) => k.colour === c).length), krs.filter((k) => k.colour === null).length]);
    expect(values.flat()).toContain('okr-sheets:scores-at-refresh');
  });

  it('over time from check-ins, and what changed since the last refresh', async () => {
    const start = Date.UTC(2026, 10, 2, 12);
    const { ss, rt, clock } = await opened(start);
    rt.call('refreshProgress');
    // Three weekly check-ins on one key result, then a refresh two weeks later.
    const list = rt.call('sidebarCheckInRows', { sheet: OKR_SHEET }) as {
      rows: { ref: string; keyResult: string; current: string; seen: string; team: string }[];
    };
    const target = list.rows.find((r) => r.current !== '' && /^\d[\d,]*$/.test(r.current))!;
    const re = new RegExp(`^${target.keyResult.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const base = Number(target.current.replace(/,/g, ''));
    for (let w = 0; w < 3; w++) {
      clock.now = start + 7 * DAY * (w + 1);
      checkIn(rt, re, String(base + 1000 * (w + 1)), 3 + w * 2);
    }
    clock.now = start + 7 * DAY * 4;
    rt.call('refreshProgress');
    const dash = dashboardOf(ss);
    const charts = dash.getCharts();
    expect(charts.map((c) => c.type)).toEqual(['COMBO', 'PIE', 'LINE', 'LINE', 'BAR']);
    // Confidence trend: the series has a point per week, rising with the check-ins.
    const conf = charts[3]!.ranges[0]!;
    const series = dash.getRange(conf.getRow() + 1, 1, conf.getNumRows() - 1, 2).getValues();
    expect(series.length).toBeGreaterThanOrEqual(4);
    // What changed: the key result checked in moved up, and is named in the chart's table.
    const moves = charts[4]!;
    expect(moves.options.colors).toEqual([CHART_COLOURS.green, CHART_COLOURS.red]);
    const mr = moves.ranges[0]!;
    const named = dash.getRange(mr.getRow() + 1, 1, mr.getNumRows() - 1, 2).getValues();
    expect(named.some(([kr, up]) => String(kr) === target.keyResult.slice(0, 60) && typeof up === 'number' && up > 0)).toBe(true);
    // Refreshing again keeps one set of charts (the add-on's own are replaced, not added).
    rt.call('refreshProgress');
    expect(
      dashboardOf(ss)
        .getCharts()
        .map((c) => c.type),
    ).toEqual(['COMBO', 'PIE', 'LINE', 'LINE']);
    expect(dashboardOf(ss).getDataRange().getValues().flat()).toContain('No score moved.');
  });
});
