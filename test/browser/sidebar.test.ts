// The sidebar in Chromium, against `npm run preview`'s server: the built sidebar.html, with
// google.script.run answered by the built Code.js on the local Sheets runtime.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSpreadsheet, type LocalSpreadsheet } from '../../local/index';
import { startPreview, type Preview } from '../../local/preview';
import { STRINGS, fill } from '../../sidebar/strings';
import { commitmentLabel, fieldLabel, formatDay, nextQuarter, quarterContaining, typeLabel } from '../../src/core';
import { COLUMN_KEYS, DEFAULT_SETTINGS, KR_TYPES, type Language } from '../../src/core/model';
import { templateSet } from '../../src/core/templates';
import { hasChromium, launchBrowser, openView, requireBuild, screenshot, settled, sidebarPage } from '../support/browser';
import { kr, templateSheet } from '../server/fixtures';

if (!hasChromium) {
  console.warn('Skipping the browser tests: no Chromium at /usr/bin/chromium (set CHROMIUM_PATH, or install the chromium package).');
}

const EXAMPLE = join(process.cwd(), 'examples', 'marketing-okrs.xlsx');
const VIEWS = ['newQuarter', 'adopt', 'validate', 'checkIn', 'settings'] as const;

describe.skipIf(!hasChromium)('the sidebar in a browser', () => {
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

  async function start(workbook?: string | LocalSpreadsheet, locale?: string): Promise<{ preview: Preview; page: Page }> {
    open.preview = await startPreview({ workbook, ...(locale ? { locale } : {}) });
    open.page = await sidebarPage(browser);
    return { preview: open.preview, page: open.page };
  }

  const statusOf = (page: Page, kind: 'success' | 'error') => page.locator(`#status.${kind}`);

  it('creates a Solar Hijri quarter from a Persian template with the wizard', async () => {
    // A Persian user in an en_US spreadsheet (Sheets has no fa_IR locale): the preview's user locale.
    const ss = createSpreadsheet('برنامه‌ریزی', { locale: 'en_US' });
    const { preview, page } = await start(ss, 'fa');
    const t = STRINGS.fa;
    await openView(page, preview.url, 'newQuarter');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('fa');

    await page.getByLabel(t.newQuarter.jalali).check();
    await page.getByRole('button', { name: t.next }).click();
    const expected = nextQuarter(quarterContaining(new Date().toISOString().slice(0, 10), 'jalali'));
    const quarter = page.getByLabel(t.newQuarter.quarterLabel);
    await expect.poll(() => quarter.locator('option:checked').textContent()).toContain(expected.label);
    await page.getByRole('button', { name: t.next }).click();
    await page.getByLabel(t.newQuarter.teamsLabel).fill('بازاریابی');
    await page.getByRole('button', { name: t.next }).click();
    await page.getByLabel(t.newQuarter.template).check();
    await page.getByLabel(fill(t.newQuarter.templateFor, { team: 'بازاریابی' })).selectOption('seo');
    await page.getByRole('button', { name: t.next }).click();
    await expect.poll(() => page.locator('dl.summary').textContent()).toContain(`OKRs ${expected.label}`);
    await screenshot(page, 'newQuarter-summary-fa');
    await page.getByRole('button', { name: t.newQuarter.create }).click();
    await statusOf(page, 'success').waitFor();

    const sheet = ss.getSheetByName(`OKRs ${expected.label}`)!;
    expect(sheet).not.toBeNull();
    expect(sheet.isRightToLeft()).toBe(true);
    expect(sheet.getFrozenRows()).toBe(6);
    expect(sheet.getRange('B1').getValue()).toBe(expected.label);
    // Start and End as the Solar Hijri days, in Persian digits, in text cells.
    expect(sheet.getRange('B2:B3').getDisplayValues().flat()).toEqual([expected.start, expected.end].map((d) => formatDay(d, 'jalali', { digits: 'arabext' })));
    expect(sheet.getRange('B2:B3').getNumberFormats().flat()).toEqual(['@', '@']);
    expect(sheet.getRange(6, 1, 1, 17).getValues()[0]).toEqual(COLUMN_KEYS.map((k) => fieldLabel('fa', k)));
    const seo = templateSet('seo', 'fa');
    expect(sheet.getRange('A7').getValue()).toBe('بازاریابی');
    expect(sheet.getRange('C7').getValue()).toBe(seo.objectives[0]!.text);
    expect(sheet.getRange('F7').getValue()).toBe(seo.objectives[0]!.keyResults[0]!.text);
    expect(sheet.getRange('H7').getDataValidation()?.getCriteriaValues()[0]).toEqual(KR_TYPES.map((k) => typeLabel('fa', k)));
    expect(sheet.getRange('E7').getDataValidation()?.getCriteriaValues()[0]).toEqual([
      commitmentLabel('fa', 'aspirational'),
      commitmentLabel('fa', 'committed'),
    ]);
    expect(sheet.getRange('A7').getDataValidation()?.getCriteriaValues()[0]).toEqual(['بازاریابی']);
    expect(sheet.getRange('P7').getFormula()).toMatch(/^=ARRAYFORMULA\(OKR_SCORE\(/);
    expect(ss.getActiveSheet().getName()).toBe(sheet.getName());
  });

  it('adopts sheets with Persian and Hungarian headers, mapping every column', async () => {
    const ss = createSpreadsheet('Plans');
    const headers: Record<string, string[]> = {
      برنامه: [
        'تیم',
        'شناسه',
        'اهداف',
        'هدف بالادستی',
        'نوع تعهد',
        'نتایج کلیدی',
        'مسئول',
        'نوع',
        'مقدار اولیه',
        'مقدار هدف',
        'مقدار کنونی',
        'واحد',
        'وزن',
        'میزان اطمینان',
        'سررسید',
        'امتیاز',
        'یادداشت‌ها',
      ],
      Terv: [
        'Csapat',
        'Azonosító',
        'Célkitűzés',
        'Szülőcél',
        'Vállalás',
        'Kulcseredmények',
        'Felelős',
        'Típus',
        'Bázisérték',
        'Célérték',
        'Tényérték',
        'Mértékegység',
        'Súly',
        'Bizalmi szint',
        'Határidő',
        'Pontszám',
        'Megjegyzések',
      ],
    };
    for (const [name, row] of Object.entries(headers)) {
      const sheet = ss.addSheet(name);
      // The add-on's own order reversed, under a title row, after a column it does not know.
      sheet.getRange(1, 1).setValues([['OKR']]);
      sheet.getRange(2, 1, 1, 18).setValues([['Link', ...[...row].reverse()]]);
      const values: Partial<Record<(typeof COLUMN_KEYS)[number], string | number>> = {
        team: 'Growth',
        objectiveId: 'G-O1',
        objective: 'Win the market',
        keyResult: 'Grow sign-ups from 100 to 200',
        owner: 'Ana',
        start: 100,
        target: 200,
        current: 150,
      };
      sheet.getRange(3, 1, 1, 18).setValues([['https://example.com', ...[...COLUMN_KEYS].reverse().map((k) => values[k] ?? '')]]);
    }
    ss.setActiveSheet(ss.getSheetByName('برنامه')!);
    const { preview, page } = await start(ss);
    await openView(page, preview.url, 'adopt');
    const expectEveryColumn = async () => {
      await expect.poll(() => page.locator('select[data-key]').count()).toBe(18);
      for (const [i, key] of COLUMN_KEYS.entries()) {
        expect(await page.locator(`select[data-key="${key}"]`).inputValue(), key).toBe(String(18 - i));
      }
    };
    await expectEveryColumn();
    expect(await page.getByLabel(STRINGS.en.adopt.headerRow).inputValue()).toBe('2');

    await page.getByLabel(STRINGS.en.sheet).selectOption('Terv');
    await settled(page);
    await expectEveryColumn();
    await page.getByRole('button', { name: STRINGS.en.adopt.save }).click();
    await statusOf(page, 'success').waitFor();
    await expect.poll(() => page.locator('.report .counts').count()).toBe(1);
    const id = ss.getSheetByName('Terv')!.getSheetId();
    const saved = JSON.parse(ss.documentProperties.get(`okr-sheets.mapping.${id}`) ?? 'null');
    expect(saved.headerRow).toBe(2);
    expect(Object.keys(saved.columns).sort()).toEqual([...COLUMN_KEYS].sort());
  });

  it('checks in a value: the cell changes and one history row is added', async () => {
    const ss = createSpreadsheet('Check-in');
    templateSheet(ss, 'OKRs 2030-Q3', '2030-Q3', '2030-07-01', '2030-09-30', [
      kr('Growth', 'G-O1', 'Win the market', '', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 120),
      kr('Growth', '', '', '', 'Grow trials from 10 to 20', 'Bo', 10, 20, 12),
      kr('Brand', 'B-O1', 'Be known', '', 'Grow mentions from 40 to 80', 'Cy', 40, 80, 50),
    ]);
    ss.setActiveSheet(ss.getSheetByName('OKRs 2030-Q3')!);
    const { preview, page } = await start(ss);
    const t = STRINGS.en.checkIn;
    await openView(page, preview.url, 'checkIn');
    expect(await page.getByLabel(t.team).inputValue()).toBe('Growth');
    await expect.poll(() => page.locator('fieldset.kr:visible').count()).toBe(2);
    const card = page.locator('fieldset.kr', { hasText: 'Grow sign-ups from 100 to 200' });
    await card.getByLabel(t.newValue).fill('145');
    await card.getByLabel(t.confidence).fill('7');
    await card.getByLabel(t.comment).fill('Launch week');
    await page.getByRole('button', { name: t.save }).click();
    await statusOf(page, 'success').waitFor();
    // The save is said, then the progress tabs are refreshed after it (and that is said too).
    const said = (await page.locator('#status').textContent()) ?? '';
    expect(said.startsWith(fill(t.saved, { updated: 1, logged: 1, history: 'OKR history' }))).toBe(true);
    expect(said).toMatch(/Progress refreshed: quarter score \d+%/);
    expect(ss.getSheets().some((s) => s.getName().startsWith('Progress'))).toBe(true);

    expect(ss.getSheetByName('OKRs 2030-Q3')!.getRange('K7:K9').getValues().flat()).toEqual([145, 12, 50]);
    const history = ss.getSheetByName('OKR history')!;
    expect(history.getLastRow()).toBe(2);
    expect(history.getRange(2, 3, 1, 7).getValues()[0]).toEqual(['OKRs 2030-Q3', 7, 'Grow sign-ups from 100 to 200', 120, 145, 7, 'Launch week']);
    // The list shows the new value after saving.
    const plainText = async () => (await card.textContent())?.replace(/[\u2068\u2069]/g, '');
    await expect.poll(plainText).toContain('Current: 145');
  });

  it('shows sheet text as text and runs none of it', async () => {
    const ss = createSpreadsheet('Hostile');
    const img = '<img src=x onerror=alert(1)>';
    const flag = '<img src=x onerror="window.__pwned=1">';
    const script = '<script>window.__pwned=2</script>';
    templateSheet(ss, 'OKRs 2030-Q3', '2030-Q3', '2030-07-01', '2030-09-30', [
      kr(script, 'X-O1', img, '', flag, img, 100, 200, 120),
      kr(script, '', '', '', `${img} again`, 'Bo', 10, 20, ''),
    ]);
    ss.setActiveSheet(ss.getSheetByName('OKRs 2030-Q3')!);
    const { preview, page } = await start(ss);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    for (const view of ['checkIn', 'validate', 'adopt'] as const) {
      await openView(page, preview.url, view);
      await page.waitForTimeout(100);
      expect(await page.locator('#app img, #app script').count(), view).toBe(0);
    }
    await openView(page, preview.url, 'checkIn');
    await page.getByLabel(STRINGS.en.checkIn.team).selectOption({ label: STRINGS.en.all });
    const text = await page.locator('#app').textContent();
    expect(text).toContain(flag);
    expect(text).toContain(img);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('shows a clear message when a server call is malformed or fails', async () => {
    const { preview, page } = await start(EXAMPLE);
    // A call whose argument is not what the server accepts: the server's own check answers.
    await page.route('**/run', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { name: string; args: unknown[] };
      if (body.name === 'sidebarValidate') return route.continue({ postData: JSON.stringify({ name: body.name, args: ['garbage'] }) });
      if (body.name === 'sidebarCheckInRows') return route.continue({ postData: JSON.stringify({ name: 'sidebarNoSuchThing', args: [] }) });
      return route.continue();
    });
    await openView(page, preview.url, 'validate');
    await statusOf(page, 'error').waitFor();
    expect(await page.locator('#status').textContent()).toBe('The request is not valid: expected an object with the fields of sheet.');
    expect(await page.getAttribute('#status', 'role')).toBe('status');

    await page.getByRole('button', { name: STRINGS.en.nav.checkIn }).click();
    await statusOf(page, 'error').waitFor();
    expect(await page.locator('#status').textContent()).toBe('Script function not found: sidebarNoSuchThing');
    expect(await page.getAttribute('#app', 'aria-busy')).toBeNull();

    // The save button is usable again after a failure: nothing hangs.
    await page.unroute('**/run');
    await page.route('**/run', (route) => route.fulfill({ status: 500, body: 'boom' }));
    await page.getByRole('button', { name: STRINGS.en.nav.settings }).click();
    await page.getByRole('button', { name: STRINGS.en.settings.save }).click();
    await statusOf(page, 'error').waitFor();
    expect(await page.locator('#status').textContent()).toBe('The preview server answered 500.');
    expect(await page.getByRole('button', { name: STRINGS.en.settings.save }).isEnabled()).toBe(true);
  });

  it('saves a screenshot of every view in English and in Persian (right to left)', async () => {
    expect(existsSync(EXAMPLE), `${EXAMPLE} is missing`).toBe(true);
    const { preview, page } = await start(EXAMPLE);
    for (const language of ['en', 'fa'] as Language[]) {
      preview.runtime.call('sidebarSaveSettings', { ...structuredClone(DEFAULT_SETTINGS), language });
      for (const view of VIEWS) {
        await openView(page, preview.url, view);
        expect(await page.getAttribute('html', 'dir')).toBe(language === 'fa' ? 'rtl' : 'ltr');
        expect(await page.locator('#app h1').textContent()).toBe(STRINGS[language][view].title);
        await page.waitForLoadState('networkidle');
        await settled(page);
        const path = await screenshot(page, `${view}-${language}`);
        expect(existsSync(path)).toBe(true);
      }
    }
  });
});
