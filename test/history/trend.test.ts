// Each key result's checked-in values over time, as a line in the key-results tab (a SPARKLINE of
// the values from the history, by identity): drawn from two check-ins on, blank before, following
// the key result through a moved row.
import { describe, expect, it } from 'vitest';
import { TREND_POINTS, trendLine } from '../../src/core/report';
import { kr, newBook, saveCheckInByRow, templateSheet } from '../server/fixtures';

const SHEET = 'OKRs 2030-Q3';

describe('trend lines', () => {
  it.each([
    ['no check-in', [], null],
    ['one check-in', [120], null],
    ['three check-ins', [120, 135, 150], '=SPARKLINE({120,135,150},{"charttype","line";"color","#1a73e8";"linewidth",2})'],
    ['milestone words are left out', ['In progress', 1, 'Done', 3], '=SPARKLINE({1,3},{"charttype","line";"color","#1a73e8";"linewidth",2})'],
    [
      'the value before the first check-in starts the line',
      [
        { value: 140, oldValue: 120 },
        { value: 150, oldValue: 140 },
      ],
      '=SPARKLINE({120,140,150},{"charttype","line";"color","#1a73e8";"linewidth",2})',
    ],
    ['binary noise is dropped', [0.1 + 0.2, 0.45], '=SPARKLINE({0.3,0.45},{"charttype","line";"color","#1a73e8";"linewidth",2})'],
  ] as [string, unknown[], string | null][])('%s', (_what, values, formula) => {
    const points = (values as unknown[]).map((v) => (typeof v === 'object' && v !== null ? (v as { value: unknown }) : { value: v }));
    expect(trendLine(points, false)).toBe(formula);
  });

  it(`shows the last ${TREND_POINTS} check-ins, right to left in fa and ar`, () => {
    const line = trendLine(
      Array.from({ length: 40 }, (_, i) => ({ value: i })),
      true,
    )!;
    expect(line).toMatch(/^=SPARKLINE\(\{14,15,.*,39\},/);
    expect(line).toContain('"rtl",true');
  });

  it('the key-results tab draws each key result’s check-ins, after its row moved', () => {
    const { ss, rt } = newBook({ email: 'ana@example.com', now: () => Date.UTC(2030, 7, 15, 9, 30) });
    const sheet = templateSheet(
      ss,
      SHEET,
      '2030-Q3',
      '2030-07-01',
      '2030-09-30',
      [
        kr('Growth', 'G-O1', 'Win', '', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 120),
        kr('Growth', '', '', '', 'Grow trials from 10 to 20', 'Bo', 10, 20, 12),
      ],
      '2030-08-01',
    );
    saveCheckInByRow(rt, SHEET, [{ row: 7, value: '140' }]);
    saveCheckInByRow(rt, SHEET, [{ row: 7, value: '150' }]);
    // A co-editor inserts a row above: the history follows the key result, not the row.
    sheet.insertRowBefore(7);
    ss.setActiveSheet(sheet);
    rt.call('sidebarRefresh', { sheet: SHEET });
    const detail = ss.getSheets().find((s) => s.getName().startsWith('Key results'))!;
    const grid = detail.getDataRange().getValues();
    const formulas = detail.getDataRange().getFormulas();
    const header = grid[0]!.map(String);
    const trend = header.indexOf('Trend');
    expect(trend).toBeGreaterThan(0);
    const rowOf = (text: string) => grid.findIndex((r) => r.includes(text));
    expect(formulas[rowOf('Grow sign-ups from 100 to 200')]![trend]).toBe('=SPARKLINE({120,140,150},{"charttype","line";"color","#1a73e8";"linewidth",2})');
    expect(formulas[rowOf('Grow trials from 10 to 20')]![trend]).toBe('');
    expect(rt.formulaError(`'${detail.getName()}'!${String.fromCharCode(65 + trend)}${rowOf('Grow sign-ups from 100 to 200') + 1}`)).toBeNull();
  });
});
