// Sheets keeps at most 50,000 characters in a cell and refuses a longer write as a whole (the local
// runtime does the same). A refresh whose tabs would hold a longer text (the joined owners of a
// large objective, an issue message quoting a long cell) writes the start of it, ended with "…",
// instead of failing half-way.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet } from '../../local/index';
import { errorOf, kr, newBook, templateSheet } from '../server/fixtures';

const SHEET = 'OKRs 2030-Q3';

describe('the 50,000-character cell', () => {
  it('the local runtime refuses a longer text, as Sheets does, and writes nothing of the grid', () => {
    const ss = createSpreadsheet('Limit');
    const sheet = ss.addSheet('S');
    expect(errorOf(() => sheet.getRange('A1:B1').setValues([['short', 'x'.repeat(50_001)]]))).toMatch(/more than the maximum of 50000 characters/);
    expect(sheet.getRange('A1').getValue()).toBe('');
    sheet.getRange('A1').setValue('x'.repeat(50_000));
    expect(String(sheet.getRange('A1').getValue()).length).toBe(50_000);
  });

  it.each([
    [
      'sixty owners of 900 characters on one objective',
      Array.from({ length: 60 }, (_, i) =>
        kr('Growth', i === 0 ? 'G-O1' : '', i === 0 ? 'Win the market' : '', '', `Key result ${i + 1}`, `${i}`.padEnd(900, 'o'), 0, 10, 5),
      ),
    ],
    [
      'a Current of 49,990 characters quoted in an issue message',
      [kr('Growth', 'G-O1', 'Win', '', 'Grow sign-ups', 'Ana', 0, 10, 'n'.repeat(49_990)), kr('Growth', '', '', '', 'Grow trials', 'Bo', 0, 10, 5)],
    ],
  ])('a refresh with %s writes every tab, each cell within 50,000 characters', (_what, rows) => {
    const { ss, rt } = newBook({ now: () => Date.UTC(2030, 7, 15, 9, 30) });
    const sheet = templateSheet(ss, SHEET, '2030-Q3', '2030-07-01', '2030-09-30', rows, '2030-08-01');
    ss.setActiveSheet(sheet);
    rt.call('sidebarRefresh', { sheet: SHEET });
    const tabs = ss.getSheets().filter((s) => s.getDeveloperMetadata().length > 0);
    expect(tabs.length).toBeGreaterThanOrEqual(3);
    let cut = 0;
    for (const tab of tabs) {
      for (const row of tab.getDataRange().getValues()) {
        for (const v of row) {
          const text = String(v);
          expect(text.length).toBeLessThanOrEqual(50_000);
          if (text.length === 50_000 && text.endsWith('…')) cut++;
        }
      }
    }
    expect(cut).toBeGreaterThan(0);
  });
});
