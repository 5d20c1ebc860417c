// Refresh is all or nothing on the user's sheet. The fault-injection harness of the local runtime
// (CallCounter.failCall) makes the n-th service call of a refresh throw, for every n of a clean run:
// after each failure the OKR sheet (As of, the Score column, its colour rules) and every other tab
// of the user's are exactly as they were, the user reads that the refresh stopped in their
// language, and the next refresh leaves every tab, progress tabs included, as a clean run does.
import { describe, expect, it } from 'vitest';
import type { LocalSheet, LocalSpreadsheet } from '../../local/index';
import { errorOf, newBook, sampleQuarter } from '../server/fixtures';
import { bookSnapshot, sheetSnapshot } from './snapshot';

const SHEET = 'OKRs 2030-Q3';
const TAB_KEY = 'okr-sheets.tab';

function planned(options: { locale?: string; userLocale?: string; refreshed?: boolean } = {}) {
  // A fixed clock: every run of a test refreshes at the same minute (tabs say when they were refreshed).
  const book = newBook({
    email: 'ana@example.com',
    locale: options.locale ?? 'en_US',
    ...(options.userLocale ? { userLocale: options.userLocale } : {}),
    now: () => Date.UTC(2030, 7, 15, 9, 30),
  });
  const sheet = sampleQuarter(book.ss, '2030-08-01', SHEET);
  // The user's own things near the add-on's cells: a total under the Score column, and a note tab.
  sheet.getRange('P12').setFormula('=AVERAGE(P7:P9)');
  book.ss.addSheet('Notes').getRange('A1').setValue('team notes');
  book.ss.setActiveSheet(sheet);
  if (options.refreshed) {
    // A refresh last week; since then a check-in was typed.
    book.rt.call('sidebarRefresh', { sheet: SHEET });
    sheet.getRange('K7').setValue(150);
    book.ss.setActiveSheet(sheet);
  }
  return book;
}

const isOurs = (s: LocalSheet) => s.getDeveloperMetadata().some((m) => m.getKey() === TAB_KEY);
const usersTabs = (ss: LocalSpreadsheet) => bookSnapshot(ss, (s) => !isOurs(s));
/** Every tab by name, without sheet ids (a tab a failed run created and the retry kept has another id). */
const everyTab = (ss: LocalSpreadsheet, besidesDashboard = false) =>
  JSON.stringify(
    ss
      .getSheets()
      .filter((s) => !besidesDashboard || !s.getName().startsWith('OKR dashboard'))
      .map((s) => ({ ...(sheetSnapshot(s) as object), id: 0 })),
  );
const dashboardTexts = (ss: LocalSpreadsheet) =>
  ss
    .getSheets()
    .find((s) => s.getName().startsWith('OKR dashboard'))!
    .getDataRange()
    .getValues()
    .flat()
    .map(String);

describe('Refresh is all or nothing on the user’s sheet', () => {
  for (const refreshed of [false, true]) {
    it(`a service call failing at any point leaves the user's tabs as they were; the next refresh is whole (${refreshed ? 'tabs exist' : 'first refresh'})`, {
      timeout: 180_000,
    }, () => {
      const clean = planned({ refreshed });
      clean.rt.resetCounter();
      clean.rt.call('sidebarRefresh', { sheet: SHEET });
      const calls = clean.rt.counter.total;
      const done = everyTab(clean.ss);
      const doneBesidesDashboard = everyTab(clean.ss, true);
      const cleanDashboard = dashboardTexts(clean.ss);
      // And the refresh after it (the dashboard compares scores with the one before).
      clean.rt.call('sidebarRefresh', { sheet: SHEET });
      const doneTwice = everyTab(clean.ss);
      expect(calls).toBeGreaterThan(20);

      let failures = 0;
      for (let n = 1; n <= calls; n++) {
        const { ss, rt } = planned({ refreshed });
        const before = usersTabs(ss);
        rt.counter.failCall(n);
        let message = '';
        try {
          rt.call('sidebarRefresh', { sheet: SHEET });
        } catch (err) {
          message = (err as Error).message;
        }
        rt.counter.failCall(null);
        if (message === '') {
          const result = everyTab(ss);
          expect(result === done, `call ${n}: the refresh differs from a clean one`).toBe(true);
        } else {
          failures++;
          expect(message, `call ${n}`).toMatch(
            /^Google Sheets reported an error(, and nothing was saved|, so the refresh stopped\. Your OKR sheet is as it was).*injected fault/,
          );
          const after = usersTabs(ss);
          expect(after === before, `call ${n}: the user's tabs changed`).toBe(true);
          // The retry is whole; its dashboard compares with nothing a stopped refresh wrote.
          ss.setActiveSheet(ss.getSheetByName(SHEET)!);
          rt.call('sidebarRefresh', { sheet: SHEET });
          const retried = everyTab(ss, true);
          expect(retried === doneBesidesDashboard, `call ${n}: the retry differs from a clean refresh`).toBe(true);
          // Its dashboard is a clean one's, or says that the stopped refresh is not compared with
          // (never "No score moved" against the half-written one).
          const dashboard = dashboardTexts(ss);
          const same = JSON.stringify(dashboard) === JSON.stringify(cleanDashboard);
          expect(same || dashboard.includes('The last refresh did not finish: changes show from the next one.'), `call ${n}: the retry's dashboard`).toBe(true);
        }
        rt.call('sidebarRefresh', { sheet: SHEET });
        const twice = everyTab(ss);
        expect(twice === doneTwice, `call ${n}: the refresh after differs from a clean one`).toBe(true);
      }
      expect(failures).toBeGreaterThan(calls / 2);
    });
  }

  it('the Score column and As of are put back after a failure while the progress tabs are written', () => {
    const { ss, rt } = planned();
    const sheet = ss.getSheetByName(SHEET)!;
    const rules = sheet.getConditionalFormatRules().length;
    const asOf = sheet.getRange('B4').getDisplayValue();
    const formats = sheet.getRange('P7:P12').getNumberFormats();
    // The last call of a refresh writes the dashboard's charts: fail there.
    const clean = planned();
    clean.rt.resetCounter();
    clean.rt.call('sidebarRefresh', { sheet: SHEET });
    rt.counter.failCall(clean.rt.counter.total - 2);
    expect(errorOf(() => rt.call('sidebarRefresh', { sheet: SHEET }))).toMatch(/refresh stopped/);
    expect(sheet.getRange('B4').getDisplayValue()).toBe(asOf);
    expect(sheet.getRange('P7').getFormula()).toBe('');
    expect(sheet.getRange('P7:P12').getNumberFormats()).toEqual(formats);
    expect(sheet.getConditionalFormatRules().length).toBe(rules);
    expect(sheet.getRange('P12').getFormula()).toBe('=AVERAGE(P7:P9)');
  });

  it('a failure reaches a Persian user in Persian, with the platform text kept', () => {
    const { rt } = planned({ userLocale: 'fa' });
    rt.counter.failCall(12);
    expect(errorOf(() => rt.call('sidebarRefresh', { sheet: SHEET }))).toMatch(/^Google Sheets خطایی گزارش داد و به‌روزرسانی متوقف شد\..*injected fault/);
  });
});
