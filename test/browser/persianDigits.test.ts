// Every number a Persian user reads in the sidebar is written in Persian digits (issue 12): the
// counts, scores and days of every view, the numbers the fields start with, and the status after a
// check-in (the saved counts and the refresh's score and issue counts, which the server writes).
// What keeps its own digits is named: text from the sheet (a key result, a cell as it shows) and the
// Gregorian day beside a Solar Hijri one, isolated (FSI…PDI, LRI…PDI) in the page; cell references
// such as K7, as Sheets names cells; and the spreadsheet's tab names (OKRs 1405-Q3).
// The harness reads the page as a user sees it, in Chromium, on the Persian example workbook.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../local/xlsx';
import { startPreview, type Preview } from '../../local/preview';
import { STRINGS } from '../../sidebar/strings';
import { DEFAULT_SETTINGS } from '../../src/core/model';
import { hasChromium, launchBrowser, openView, requireBuild, settled, sidebarPage } from '../support/browser';

const t = STRINGS.fa;

const ISOLATED = /[\u2066-\u2068][^\u2069]*\u2069/g;
const CELL_REFERENCE = /^[A-Z]{1,3}[0-9]+(?::[A-Z]{1,3}[0-9]+)?$/;

/** The words with a Latin digit in the page's text and fields, but for isolated runs, references and tab names. */
async function shownNumbers(page: Page, tabNames: readonly string[]): Promise<string[]> {
  const text = await page.evaluate(() => {
    const app = document.getElementById('app')!;
    const status = document.getElementById('status');
    const fields = [...app.querySelectorAll('input:not([type=checkbox]):not([type=radio]), textarea')].map((e) => (e as HTMLInputElement).value);
    const options = [...app.querySelectorAll('option')].map((o) => o.textContent ?? '');
    // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out for the user (words apart, hidden cards left out)
    return [app.innerText, status?.innerText ?? '', ...fields, ...options].join('\n');
  });
  let rest = text.replace(ISOLATED, ' ');
  for (const name of tabNames) rest = rest.split(name).join(' ');
  return [...rest.matchAll(/[^\s]*[0-9][^\s]*/g)].map((m) => m[0]).filter((word) => !CELL_REFERENCE.test(word));
}

describe.skipIf(!hasChromium)('Persian digits in the Persian sidebar', () => {
  let browser: Browser;
  const open: { preview?: Preview; page?: Page } = {};
  beforeAll(async () => {
    requireBuild();
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => {
    await open.page?.close();
    await open.preview?.close();
    open.page = undefined;
    open.preview = undefined;
  });

  async function start(): Promise<{ page: Page; preview: Preview; tabs: string[] }> {
    const ss = await loadWorkbook('examples/persian-okrs.xlsx', { locale: 'en_US', timeZone: 'Asia/Tehran' });
    open.preview = await startPreview({ workbook: ss });
    open.preview.runtime.call('sidebarSaveSettings', { ...structuredClone(DEFAULT_SETTINGS), language: 'fa' });
    open.page = await sidebarPage(browser);
    return { page: open.page, preview: open.preview, tabs: ss.getSheets().map((s) => s.getName()) };
  }

  it.each(['validate', 'checkIn', 'settings', 'adopt', 'newQuarter'])('%s: no Latin digit outside text from the sheet', async (view) => {
    const { page, preview, tabs } = await start();
    await openView(page, preview.url, view);
    await settled(page);
    if (view === 'newQuarter') {
      // The quarter step lists Solar Hijri quarters with their days.
      await page.getByRole('button', { name: t.next }).click();
      await settled(page);
    }
    expect(await page.locator('#app').textContent()).not.toBe('');
    expect(await shownNumbers(page, tabs)).toEqual([]);
  });

  it('a check-in: the status after saving, with the refresh’s score, has no Latin digit', async () => {
    const { page, preview, tabs } = await start();
    await openView(page, preview.url, 'checkIn');
    const card = page.locator('fieldset.kr').first();
    await card.getByLabel(t.checkIn.comment).fill('بررسی هفتگی');
    await card.getByLabel(t.checkIn.confidence).fill('۷');
    await page.getByRole('button', { name: t.checkIn.save }).click();
    await page.locator('#status.success').waitFor();
    const status = ((await page.locator('#status').textContent()) ?? '').replace(ISOLATED, ' ');
    expect(status).toMatch(/[۰-۹]/);
    expect(status).not.toMatch(/[0-9]/);
    expect(await shownNumbers(page, tabs)).toEqual([]);
  });
});
