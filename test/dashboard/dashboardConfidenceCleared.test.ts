// Found by a second attack on issue 16: the confidence trend keeps a cleared Confidence in the weeks after it
// was cleared (the mirror of the cleared-Current defect fixed after the first attack).
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle } from '../../local/index';
import { CODE_PATH, kr, templateSheet } from '../server/fixtures';

const DAY = 86_400_000;
const SHEET = 'OKRs 2030-Q3';

describe('confidence trend after a cleared Confidence', () => {
  it('weeks after the Confidence cell was cleared show what the sheet shows (no confidence), not the old 2.0', () => {
    const ss = createSpreadsheet('T', { locale: 'en_US', timeZone: 'Etc/GMT' });
    templateSheet(
      ss,
      SHEET,
      '2030-Q3',
      '2030-07-01',
      '2030-09-30',
      [
        kr('Growth', 'G-O1', 'Win the market', '', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 120),
        kr('Growth', '', '', '', 'Grow trials from 10 to 20', 'Bo', 10, 20, 12),
      ],
      '2030-07-01',
    );
    const clock = { now: Date.UTC(2030, 6, 1, 10) };
    const rt = loadBundle(CODE_PATH, ss, { now: () => clock.now });
    rt.call('refreshProgress');
    clock.now += 7 * DAY; // 07-08: sign-ups confidence 2, trials confidence 8
    rt.userEdit(`'${SHEET}'!N7`, [['2']]);
    rt.userEdit(`'${SHEET}'!N8`, [['8']]);
    clock.now += 7 * DAY; // 07-15: the sign-ups owner clears the confidence (no longer an estimate)
    rt.userEdit(`'${SHEET}'!N7`, [['']]);
    clock.now += 14 * DAY; // 07-29
    rt.call('refreshProgress');
    const dash = ss.getSheets().find((s) => /dashboard/i.test(s.getName()))!;
    const grid = dash.getDataRange().getDisplayValues();
    const head = grid.findIndex((r) => r[0] === 'Week' && /onfidence/.test(r[1]!));
    const week = (d: string) => grid.slice(head + 1).find((r) => r[0] === d)![1];
    expect(week('2030-07-08')).toBe('5.0');
    expect(week('2030-07-29')).toBe('8.0'); // today: only trials has a confidence
    // From 07-15 on the sheet held no confidence for sign-ups: the mean is trials' 8.0 .
    expect([week('2030-07-15'), week('2030-07-22')]).toEqual(['8.0', '8.0']);
  });
});
