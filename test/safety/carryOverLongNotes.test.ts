// Found by a second attack on issue 10 ("written cells within 50,000"): carry-over prepends its "Carried over
// from …" note to the key result's Notes without keeping the cell within Sheets' 50,000
// characters, so a long note makes New quarter fail every time, with "Try again in a moment".
import { describe, expect, it } from 'vitest';
import { kr, newBook, templateSheet } from '../server/fixtures';

describe('carry-over of a key result with a long note', () => {
  it('a Notes cell of 49,990 characters (within the limit) still carries over, its cell within 50,000', () => {
    const { ss, rt } = newBook();
    const row = kr('Growth', 'G-O1', 'Win', '', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 150);
    row[16] = 'x'.repeat(49_990);
    templateSheet(ss, 'OKRs 2030-Q3', '2030-Q3', '2030-07-01', '2030-09-30', [row], '2030-09-30');

    rt.call('sidebarCreateQuarter', { calendar: 'gregorian', year: 2030, quarter: 4, teams: [], start: 'carryOver', carryFrom: 'OKRs 2030-Q3' });
    const sheet = ss.getSheetByName('OKRs 2030-Q4')!;
    expect(sheet.getRange('F7').getValue()).toBe('Grow sign-ups from 100 to 200');
    expect(String(sheet.getRange('Q7').getValue()).length).toBeLessThanOrEqual(50_000);
  });
});
