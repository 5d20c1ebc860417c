// The sheet the user works on, never the first in tab order; progress tabs that belong to their OKR
// sheet by id. A spreadsheet with two quarters (next quarter's tab first) is the common case: the
// issue's example is a check-in on this quarter, then Refresh from another tab, which wrote next
// quarter's As of, Score column and tabs.
import { describe, expect, it } from 'vitest';
import type { BundleRuntime, LocalSpreadsheet } from '../../local/index';
import type { CheckInList } from '../../src/server/types';
import { entriesByRow, errorOf, kr, newBook, saveCheckInByRow, templateSheet, TEMPLATE_HEADER } from '../server/fixtures';
import { bookSnapshot, sheetSnapshot } from './snapshot';

const Q3 = 'OKRs 2030-Q3';
const Q4 = 'OKRs 2030-Q4';
const CURRENT = TEMPLATE_HEADER.indexOf('Current') + 1;

/** Next quarter's sheet first in tab order, then this quarter's, then a tab of the user's. */
function twoQuarters(label3 = '2030-Q3', userLocale?: string) {
  const book = newBook({ email: 'ana@example.com', ...(userLocale ? { userLocale } : {}) });
  const { ss } = book;
  // The same key result carried over: only the sheet tells the two apart.
  const rows = [kr('Growth', 'G-O1', 'Win the market', '', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 120)];
  templateSheet(ss, Q4, '2030-Q4', '2030-10-01', '2030-12-31', rows, '2030-10-01');
  templateSheet(ss, Q3, label3, '2030-07-01', '2030-09-30', rows, '2030-08-01');
  ss.addSheet('Notes').getRange('A1').setValue('team notes');
  // The spreadsheet's first tab ("Sheet1") is gone, as in most real books.
  const first = ss.getSheetByName('Sheet1');
  if (first) ss.deleteSheet(first);
  return book;
}

const on = (ss: LocalSpreadsheet, name: string) => ss.setActiveSheet(ss.getSheetByName(name)!);
const refresh = (rt: BundleRuntime) => rt.call<{ sheet: string }>('refreshProgress');
const progressTabs = (ss: LocalSpreadsheet) => ss.getSheets().filter((s) => s.getDeveloperMetadata().length > 0 && !/history/i.test(s.getName()));

describe('Refresh, Validate and Check-in use the sheet the user means', () => {
  it('the issue: check-in on this quarter (the history tab is created), then Refresh from another tab refreshes this quarter, not the first OKRs tab', () => {
    const { ss, rt } = twoQuarters();
    on(ss, Q3);
    saveCheckInByRow(rt, Q3, [{ row: 7, value: 150 }]);
    // The history tab never takes focus.
    expect(ss.getActiveSheet().getName()).toBe(Q3);
    on(ss, 'Notes');
    const q4Before = JSON.stringify(sheetSnapshot(ss.getSheetByName(Q4)!));
    expect(refresh(rt).sheet).toBe(Q3);
    expect(JSON.stringify(sheetSnapshot(ss.getSheetByName(Q4)!))).toBe(q4Before);
  });

  it.each([
    ['on this quarter', Q3, Q3],
    ['on next quarter', Q4, Q4],
  ])('Refresh %s refreshes that one; then Refresh from its progress tab refreshes the same one', (_what, active, expected) => {
    const { ss, rt } = twoQuarters();
    on(ss, active);
    expect(refresh(rt).sheet).toBe(expected);
    // Refresh leaves the user on the overview tab; from there Refresh means its OKR sheet.
    expect(ss.getActiveSheet().getName()).toMatch(/^Progress/);
    expect(refresh(rt).sheet).toBe(expected);
  });

  // Found by an attack on issue 14: the list of sheets was quoted and joined the English way.
  it.each([
    ['fa', `«\u2068${Q4}\u2069»، «\u2068${Q3}\u2069»`],
    ['ar', `«\u2068${Q4}\u2069»، «\u2068${Q3}\u2069»`],
    ['hu', `„${Q4}”, „${Q3}”`],
  ])('in %s the sheets are listed in the language’s quotation marks and commas', (lang, listed) => {
    const { ss, rt } = twoQuarters('2030-Q3', lang);
    on(ss, 'Notes');
    expect(errorOf(() => rt.call('sidebarValidate', {}))).toContain(listed);
    expect(errorOf(() => refresh(rt))).toContain(listed);
  });

  it('with several OKR sheets and nothing that says which, Refresh and Check-in ask, and change nothing', () => {
    const { ss, rt } = twoQuarters();
    on(ss, 'Notes');
    const before = bookSnapshot(ss);
    expect(errorOf(() => refresh(rt))).toBe(`Several sheets hold OKRs (“${Q4}”, “${Q3}”): open the one to refresh and try again. Nothing was changed.`);
    expect(errorOf(() => rt.call('sidebarCheckInRows', {}))).toMatch(/^Several sheets hold OKRs/);
    expect(errorOf(() => rt.call('sidebarValidate', {}))).toMatch(/^Several sheets hold OKRs/);
    // The sidebar opens with no sheet chosen for the user (never the first tab in tab order).
    const state = rt.call<{ okrSheet: string | null; okrSheets: string[] }>('sidebarState');
    expect(state.okrSheet).toBeNull();
    expect(state.okrSheets.sort()).toEqual([Q3, Q4].sort());
    expect(bookSnapshot(ss)).toBe(before);
  });

  it('with one OKR sheet, Refresh from any other tab refreshes it', () => {
    const { ss, rt } = twoQuarters();
    ss.deleteSheet(ss.getSheetByName(Q4)!);
    on(ss, 'Notes');
    expect(refresh(rt).sheet).toBe(Q3);
  });

  it('a check-in list read from one sheet saves into that sheet even after a co-editor swaps the two sheets’ names', () => {
    const { ss, rt } = twoQuarters();
    const list = rt.call<CheckInList>('sidebarCheckInRows', { sheet: Q3 });
    const q3 = ss.getSheetByName(Q3)!;
    const q4 = ss.getSheetByName(Q4)!;
    q3.setName('tmp');
    q4.setName(Q3);
    q3.setName(Q4);
    rt.call('sidebarSaveCheckIn', { sheet: list.sheet, sheetId: list.sheetId, entries: entriesByRow(list.rows, [{ row: 7, value: 175 }]) });
    // The sheet the list came from (now named Q4) got the value; the other did not.
    expect(q3.getRange(7, CURRENT).getValue()).toBe(175);
    expect(q4.getRange(7, CURRENT).getValue()).toBe(120);
  });

  it('a check-in list whose sheet was deleted before the save refuses and writes nothing', () => {
    const { ss, rt } = twoQuarters();
    const list = rt.call<CheckInList>('sidebarCheckInRows', { sheet: Q3 });
    ss.deleteSheet(ss.getSheetByName(Q3)!);
    const before = bookSnapshot(ss);
    expect(
      errorOf(() => rt.call('sidebarSaveCheckIn', { sheet: list.sheet, sheetId: list.sheetId, entries: entriesByRow(list.rows, [{ row: 7, value: 175 }]) })),
    ).toBe('The sheet this list was read from is no longer in the spreadsheet. Nothing was saved.');
    expect(bookSnapshot(ss)).toBe(before);
  });
});

describe('progress tabs belong to their OKR sheet by id', () => {
  it('renaming the OKR sheet: the next Refresh rewrites the same tabs (no “(2)” copies)', () => {
    const { ss, rt } = twoQuarters();
    on(ss, Q3);
    refresh(rt);
    const tabs = progressTabs(ss).map((s) => [s.getSheetId(), s.getName()]);
    ss.getSheetByName(Q3)!.setName('Our Q3 plan');
    on(ss, 'Our Q3 plan');
    refresh(rt);
    expect(progressTabs(ss).map((s) => [s.getSheetId(), s.getName()])).toEqual(tabs);
    expect(ss.getSheets().map((s) => s.getName())).not.toContainEqual(expect.stringMatching(/\(2\)$/));
  });

  it('a progress tab the user renamed keeps the name; one the add-on named follows a new quarter label', () => {
    const { ss, rt } = twoQuarters();
    on(ss, Q3);
    refresh(rt);
    const [overview, detail] = progressTabs(ss);
    overview!.setName('Q3 for the board');
    ss.getSheetByName(Q3)!
      .getRange('B1:B3')
      .setValues([['2031-Q3'], ['2031-07-01'], ['2031-09-30']]);
    on(ss, Q3);
    refresh(rt);
    expect(overview!.getName()).toBe('Q3 for the board');
    expect(detail!.getName()).toMatch(/2031-Q3$/);
    expect(progressTabs(ss)).toHaveLength(3);
  });

  it('an OKR sheet with a 100-character name and no quarter label gives tab names within 100 characters, found again by the next Refresh', () => {
    const { ss, rt } = twoQuarters();
    const long = `OKRs ${'x'.repeat(95)}`;
    templateSheet(ss, long, '', '', '', [kr('Growth', 'G-O1', 'Win the market', '', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 120)]);
    on(ss, long);
    refresh(rt);
    const names = progressTabs(ss).map((s) => s.getName());
    expect(names.length).toBe(3);
    for (const name of names) expect([...name].length).toBeLessThanOrEqual(100);
    expect(names.filter((n) => n.endsWith('…')).length).toBeGreaterThanOrEqual(2);
    on(ss, long);
    refresh(rt);
    expect(progressTabs(ss).map((s) => s.getName())).toEqual(names);
  });
});
