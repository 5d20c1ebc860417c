// Found by a second attack on issue 16: "Scores over time" scores a past week from the history's stored value,
// but a percentage key result kept in points (Unit %, Start 18, Target 25, Current 19 in General
// cells) is read by the plan as fractions (0.18 → 0.25) while its history holds the cell's 20.
// The past weeks are then drawn as 100 % (20 against a target of 0.25), a plain score.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle } from '../../local/index';
import { CODE_PATH, kr, saveCheckInByRow, templateSheet } from '../server/fixtures';

const DAY = 86_400_000;
const SHEET = 'OKRs 2030-Q3';

describe('scores over time of a percentage key result kept in points', () => {
  it.each(['sidebar', 'typed'] as const)('a %s check-in of 20 on 18 → 25 (Unit pct) is 29 pct that week, never 100 pct', (how) => {
    const ss = createSpreadsheet('T', { locale: 'en_US', timeZone: 'Etc/GMT' });
    templateSheet(
      ss,
      SHEET,
      '2030-Q3',
      '2030-07-01',
      '2030-09-30',
      [kr('Growth', 'G-O1', 'Win the market', '', 'Grow share from 18% to 25%', 'Ana', 18, 25, 19, '%')],
      '2030-07-01',
    );
    const clock = { now: Date.UTC(2030, 6, 1, 10) };
    const rt = loadBundle(CODE_PATH, ss, { now: () => clock.now });
    rt.call('refreshProgress');
    clock.now += 7 * DAY; // 2030-07-08
    if (how === 'sidebar') saveCheckInByRow(rt, SHEET, [{ row: 7, value: 20 }]);
    else rt.userEdit(`'${SHEET}'!K7`, [['20']]);
    clock.now += 14 * DAY; // 2030-07-22: nothing else changed
    const summary: any = rt.call('refreshProgress');
    // The tabs today: 20 on 18 → 25 is 2/7.
    expect(summary.objectives[0].keyResults[0].score).toBeCloseTo(2 / 7, 9);
    const dash = ss.getSheets().find((s) => /dashboard/i.test(s.getName()))!;
    const grid = dash.getDataRange().getDisplayValues();
    const head = grid.findIndex((r) => r[0] === 'Week' && r[1] === 'Quarter');
    const week = (d: string) =>
      grid
        .slice(head + 1)
        .find((r) => r[0] === d)!
        .slice(0, 4);
    expect(week('2030-07-22')).toEqual(['2030-07-22', '29%', '', '29%']);
    // Same value (20) on 07-08 and 07-15 as today: the same 29 %.
    expect(week('2030-07-08')).toEqual(['2030-07-08', '29%', '', '29%']);
    expect(week('2030-07-15')).toEqual(['2030-07-15', '29%', '', '29%']);
  });
});
