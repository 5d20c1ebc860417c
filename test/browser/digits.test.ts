// Native digits in every sidebar number field, typed in Chromium in Persian and Arabic: confidence
// (check-in), the settings thresholds and the adopt header row accept ۸ and ٨ and the ٫ separator,
// and an entry that cannot be read is a visible message with nothing saved, never a dropped value.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSpreadsheet } from '../../local/index';
import { startPreview, type Preview } from '../../local/preview';
import { STRINGS } from '../../sidebar/strings';
import { DEFAULT_SETTINGS } from '../../src/core/model';
import { hasChromium, launchBrowser, openView, requireBuild, settled, sidebarPage } from '../support/browser';
import { kr, templateSheet } from '../server/fixtures';
import { HISTORY_TAB_NAMES } from '../../src/core/i18n/historyHeaders';
import { numberText } from '../../src/core/i18n/format';

// [language, the digits of eight, seven and two, the decimal separator]
const SCRIPTS = [
  ['fa', '۸', '۷', '۲', '٫'],
  ['ar', '٨', '٧', '٢', '٫'],
] as const;

describe.skipIf(!hasChromium)('native digits in the sidebar', () => {
  let browser: Browser;
  const open: { preview?: Preview; page?: Page } = {};

  beforeAll(async () => {
    requireBuild();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await open.page?.close();
    await open.preview?.close();
    open.page = undefined;
    open.preview = undefined;
  });

  async function start(language: 'fa' | 'ar') {
    const ss = createSpreadsheet('Digits');
    templateSheet(ss, 'OKRs 2030-Q3', '2030-Q3', '2030-07-01', '2030-09-30', [
      kr('Growth', 'G-O1', 'Win the market', '', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 120),
    ]);
    ss.setActiveSheet(ss.getSheetByName('OKRs 2030-Q3')!);
    open.preview = await startPreview({ workbook: ss });
    open.preview.runtime.call('sidebarSaveSettings', { ...structuredClone(DEFAULT_SETTINGS), language });
    open.page = await sidebarPage(browser);
    return { ss, preview: open.preview, page: open.page };
  }

  const status = (page: Page) => page.locator('#status');

  for (const [language, eight, seven, two, decimal] of SCRIPTS) {
    const t = STRINGS[language];

    it(`${language}: a check-in confidence typed as ${eight} is 8; an unreadable one is a message and nothing is saved`, async () => {
      const { ss, preview, page } = await start(language);
      await openView(page, preview.url, 'checkIn');
      const card = page.locator('fieldset.kr', { hasText: 'Grow sign-ups' });
      await card.getByLabel(t.checkIn.confidence).waitFor();
      await card.getByLabel(t.checkIn.confidence).fill(`${eight}x`);
      await page.getByRole('button', { name: t.checkIn.save }).click();
      await expect.poll(() => status(page).textContent()).toBe(t.checkIn.badConfidence);
      expect(await card.getByLabel(t.checkIn.confidence).getAttribute('aria-invalid')).toBe('true');
      expect(ss.getSheetByName(HISTORY_TAB_NAMES[language as 'fa' | 'ar'])).toBeNull();

      await card.getByLabel(t.checkIn.newValue).fill(`۱۴${seven}`);
      await card.getByLabel(t.checkIn.confidence).fill(eight);
      await page.getByRole('button', { name: t.checkIn.save }).click();
      await page.locator('#status.success').waitFor();
      // The history tab is named in the user's language.
      const history = ss.getSheetByName(HISTORY_TAB_NAMES[language as 'fa' | 'ar'])!;
      const header = history.getRange(1, 1, 1, history.getLastColumn()).getValues()[0]!;
      const row = history.getRange(2, 1, 1, history.getLastColumn()).getValues()[0]!;
      const confidenceColumn = header.findIndex((h) => String(h) === 'Confidence' || /اطمینان|الثقة/.test(String(h)));
      expect(confidenceColumn).toBeGreaterThanOrEqual(0);
      expect(row[confidenceColumn]).toBe(8);
      expect(ss.getSheetByName('OKRs 2030-Q3')!.getRange('K7').getValue()).toBe(147);
    });

    it(`${language}: settings thresholds typed as ${seven}${two}${decimal}${eight} are 72.8 %; an unreadable one is a message`, async () => {
      const { preview, page } = await start(language);
      await openView(page, preview.url, 'settings');
      const aspirational = page.locator('fieldset', { has: page.locator('legend', { hasText: t.settings.aspirational }) }).last();
      const yellow = aspirational.getByLabel(t.settings.yellow);
      await yellow.fill(`${two}${eight}`);
      await aspirational.getByLabel(t.settings.green).fill(`${seven}${two}${decimal}${eight}`);
      await page.getByRole('button', { name: t.settings.save }).click();
      await page.locator('#status.success').waitFor();
      const saved = preview.runtime.call('sidebarGetSettings') as typeof DEFAULT_SETTINGS;
      expect(saved.bands.aspirational).toEqual({ yellow: 0.28, green: 0.728 });

      await yellow.fill(`${two}${eight}${eight}٬`);
      await page.getByRole('button', { name: t.settings.save }).click();
      await expect.poll(() => status(page).textContent()).toBe(t.settings.percent);
      expect(await yellow.getAttribute('aria-invalid')).toBe('true');
      expect((preview.runtime.call('sidebarGetSettings') as typeof DEFAULT_SETTINGS).bands.aspirational.yellow).toBe(0.28);
    });

    it(`${language}: the adopt header row typed as ${two} reads row 2; ${two}${decimal}${two} is a message`, async () => {
      const { preview, page } = await start(language);
      await openView(page, preview.url, 'adopt');
      const headerRow = page.getByLabel(t.adopt.headerRow);
      await settled(page);
      await headerRow.fill(`${two}${decimal}${two}`);
      await page.getByRole('button', { name: t.adopt.readAgain }).click();
      await expect.poll(() => status(page).textContent()).toBe(t.adopt.badHeaderRow);
      expect(await headerRow.getAttribute('aria-invalid')).toBe('true');
      // Row 2 of the template is the Start date: read as the header row it maps no columns.
      await headerRow.fill(two);
      await page.getByRole('button', { name: t.adopt.readAgain }).click();
      await settled(page);
      // The field then shows the row as the language writes numbers: ۲ in Persian, 2 in Arabic.
      await expect.poll(() => headerRow.inputValue()).toBe(numberText(language, 2));
      expect(await headerRow.getAttribute('aria-invalid')).toBeNull();
    });
  }
});
