// A date whose midnight the time zone skips (America/Santiago and America/Havana move their clocks
// at 00:00) is still that day in the runtime: the wall time is read with the offset before the
// transition, as a JavaScript Date built from local parts is (ECMA-262 UTC(t)), never as 23:00 of
// the day before. Found by an attack on issue 12/15. What Apps Script does is in docs/ACCEPTANCE.md §5a.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet } from '../../local/index';

describe('a skipped midnight is still its own day', () => {
  it.each([
    // [time zone, the day typed, what the cell shows, the hour the Date has there]
    ['America/Santiago', '2026-09-06', '2026-09-06', 1],
    ['America/Havana', '2026-03-08', '2026-03-08', 1],
    ['Europe/Budapest', '2026-03-29', '2026-03-29', 0],
    ['Pacific/Auckland', '2026-09-27', '2026-09-27', 0],
    ['America/Santiago', '2026-09-07', '2026-09-07', 0],
  ] as const)('%s: %s', (timeZone, typed, shown, hour) => {
    const ss = createSpreadsheet('Plan', { timeZone });
    const cell = ss.getActiveSheet().getRange('A1');
    cell.setNumberFormat('yyyy-mm-dd').setValue(typed);
    expect(cell.getDisplayValue()).toBe(shown);
    const date = cell.getValue() as Date;
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(date);
    const part = (t: string) => parts.find((p) => p.type === t)!.value;
    expect(`${part('year')}-${part('month')}-${part('day')}`).toBe(shown);
    expect(Number(part('hour'))).toBe(hour);
  });
});
