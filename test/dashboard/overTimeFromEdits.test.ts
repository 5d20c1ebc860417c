// "Scores over time" and the confidence trend after check-ins and typed edits, on a clock (found by a
// second attack on issue 16): a percentage kept in points (Unit %, 18 → 25 in General cells) is read
// by the plan as fractions while its history holds the cell's 20, so past weeks were drawn as 100 %;
// a Confidence cleared in the sheet stayed in the trend for the weeks after.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle, type LocalSpreadsheet } from '../../local/index';
import { CODE_PATH, kr, saveCheckInByRow, templateSheet, type RowValues } from '../server/fixtures';

const DAY = 86_400_000;
const SHEET = 'OKRs 2030-Q3';

/** A plan of `rows` with As of 2030-07-01, refreshed once, and a clock the test moves. */
function onClock(rows: RowValues[]) {
  const ss = createSpreadsheet('T', { locale: 'en_US', timeZone: 'Etc/GMT' });
  templateSheet(ss, SHEET, '2030-Q3', '2030-07-01', '2030-09-30', rows, '2030-07-01');
  const clock = { now: Date.UTC(2030, 6, 1, 10) };
  const rt = loadBundle(CODE_PATH, ss, { now: () => clock.now });
  rt.call('refreshProgress');
  return { ss, rt, clock };
}

/** The dashboard table whose header row starts with Week and `second`, by week: the row's shown cells. */
function table(ss: LocalSpreadsheet, second: RegExp): (week: string) => string[] {
  const dash = ss.getSheets().find((s) => /dashboard/i.test(s.getName()))!;
  const grid = dash.getDataRange().getDisplayValues();
  const head = grid.findIndex((r) => r[0] === 'Week' && second.test(r[1]!));
  return (week) => grid.slice(head + 1).find((r) => r[0] === week)!;
}

describe('scores over time of a percentage key result kept in points', () => {
  it.each(['sidebar', 'typed'] as const)('a %s check-in of 20 on 18 → 25 (Unit %%) is 29 %% that week, never 100 %%', (how) => {
    const { ss, rt, clock } = onClock([kr('Growth', 'G-O1', 'Win the market', '', 'Grow share from 18% to 25%', 'Ana', 18, 25, 19, '%')]);
    clock.now += 7 * DAY; // 2030-07-08
    if (how === 'sidebar') saveCheckInByRow(rt, SHEET, [{ row: 7, value: 20 }]);
    else rt.userEdit(`'${SHEET}'!K7`, [['20']]);
    clock.now += 14 * DAY; // 2030-07-22: nothing else changed
    const summary = rt.call<{ objectives: { keyResults: { score: number }[] }[] }>('refreshProgress');
    expect(summary.objectives[0]!.keyResults[0]!.score).toBeCloseTo(2 / 7, 9);
    const week = table(ss, /^Quarter$/);
    for (const day of ['2030-07-08', '2030-07-15', '2030-07-22']) expect(week(day).slice(0, 4)).toEqual([day, '29%', '', '29%']);
  });
});

describe('the confidence trend after a cleared Confidence', () => {
  it('weeks after the Confidence cell was cleared show what the sheet shows (no confidence)', () => {
    const { ss, rt, clock } = onClock([
      kr('Growth', 'G-O1', 'Win the market', '', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 120),
      kr('Growth', '', '', '', 'Grow trials from 10 to 20', 'Bo', 10, 20, 12),
    ]);
    clock.now += 7 * DAY; // 07-08: sign-ups confidence 2, trials confidence 8
    rt.userEdit(`'${SHEET}'!N7`, [['2']]);
    rt.userEdit(`'${SHEET}'!N8`, [['8']]);
    clock.now += 7 * DAY; // 07-15: the sign-ups owner clears the confidence
    rt.userEdit(`'${SHEET}'!N7`, [['']]);
    clock.now += 14 * DAY; // 07-29
    rt.call('refreshProgress');
    const week = table(ss, /onfidence/);
    expect(week('2030-07-08')[1]).toBe('5.0');
    expect([week('2030-07-15')[1], week('2030-07-22')[1], week('2030-07-29')[1]]).toEqual(['8.0', '8.0', '8.0']);
  });
});
