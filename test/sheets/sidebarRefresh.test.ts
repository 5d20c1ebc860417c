// Fresh by default: the sidebar's Refresh (sidebarRefresh) refreshes the progress tabs of the
// named OKR sheet, and every progress tab says the day it was last refreshed, as the plan shows days.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle, type LocalSpreadsheet } from '../../local/index';
import { CODE_PATH, kr, templateSheet } from '../server/fixtures';

const SHEET = 'OKRs 2030-Q3';

function book(): LocalSpreadsheet {
  const ss = createSpreadsheet('Test', { locale: 'en_US', timeZone: 'Asia/Tehran' });
  templateSheet(ss, SHEET, '2030-Q3', '2030-07-01', '2030-09-30', [
    kr('Growth', 'G-O1', 'Win the market', '', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 120),
  ]);
  ss.addSheet('Notes');
  return ss;
}

const shown = (ss: LocalSpreadsheet, prefix: string) =>
  ss
    .getSheets()
    .find((s) => s.getName().startsWith(prefix))!
    .getDataRange()
    .getDisplayValues();

describe('sidebar Refresh and last refreshed', () => {
  it('refreshes the named sheet from any active sheet, says what it wrote, and each tab says the day (in the spreadsheet time zone)', () => {
    const ss = book();
    ss.setActiveSheet(ss.getSheetByName('Notes')!);
    // 22:00 UTC on the 25th is the 26th in Tehran.
    const rt = loadBundle(CODE_PATH, ss, { now: () => Date.UTC(2030, 6, 25, 22) });
    const done = rt.call('sidebarRefresh', { sheet: SHEET }) as { sheet: string; message: string };
    expect(done.sheet).toBe(SHEET);
    expect(done.message).toMatch(/^Progress refreshed: quarter score 20%/);
    const overview = shown(ss, 'Progress');
    expect(overview[0]![3]).toBe('Last refreshed 2030-07-26');
    const detail = shown(ss, 'Key results');
    expect(detail.flat()).toContain('Last refreshed 2030-07-26');
    // A later refresh says the later day.
    const later = loadBundle(CODE_PATH, ss, { now: () => Date.UTC(2030, 6, 27, 12) });
    later.call('sidebarRefresh', { sheet: SHEET });
    expect(shown(ss, 'Progress')[0]![3]).toBe('Last refreshed 2030-07-27');
  });

  it('a sheet that is not there is refused, and nothing is written', () => {
    const ss = book();
    const rt = loadBundle(CODE_PATH, ss, { now: () => Date.UTC(2030, 6, 25, 12) });
    expect(() => rt.call('sidebarRefresh', { sheet: 'Nope' })).toThrow();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', SHEET, 'Notes']);
  });
});
