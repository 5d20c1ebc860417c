// Adopt this sheet in Chromium, against `npm run preview`'s server (the built sidebar and Code.js
// on the local runtime): the actions it offers and never takes on its own, clicked as a user would.
// "Put each key result on its own row", "Use =OKR_SCORE in these cells", and the two-tab hint.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSpreadsheet, type LocalSpreadsheet } from '../../local/index';
import { startPreview, type Preview } from '../../local/preview';
import { STRINGS, fill } from '../../sidebar/strings';
import { hasChromium, launchBrowser, openView, requireBuild, settled, sidebarPage } from '../support/browser';

type Cell = string | number;

function sheetOf(ss: LocalSpreadsheet, name: string, rows: Cell[][]) {
  const sheet = ss.addSheet(name);
  const width = Math.max(...rows.map((r) => r.length));
  sheet.getRange(1, 1, rows.length, width).setValues(rows.map((r) => [...r, ...Array(width - r.length).fill('')]));
  return sheet;
}

const t = STRINGS.en.adopt;
const plain = (text: string | null) => (text ?? '').replace(/[\u2068\u2069]/g, '');

describe.skipIf(!hasChromium)('Adopt this sheet in a browser', () => {
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
  async function start(ss: LocalSpreadsheet): Promise<Page> {
    open.preview = await startPreview({ workbook: ss });
    open.page = await sidebarPage(browser);
    await openView(open.page, open.preview.url, 'adopt');
    return open.page;
  }

  it('offers to put each key result of a multi-line cell on its own row, and does it only on the click', async () => {
    const ss = createSpreadsheet('Split');
    const sheet = sheetOf(ss, 'Plan', [
      ['Objective', 'Key results', 'Owner', 'Progress'],
      ['Win', 'Grow sign-ups to 200\nLaunch the referral programme\n=2+2 dashboards live', 'Ana', 0.4],
      ['Keep', 'Cut churn from 5% to 3%', 'Bo', 0.5],
    ]);
    ss.setActiveSheet(sheet);
    const page = await start(ss);
    await expect.poll(async () => plain(await page.locator('#app').textContent())).toContain(fill(t.multiLine, { cell: 'B2', count: 3 }));
    // Shown, not done: the sheet is as it was until the click.
    expect(sheet.getLastRow()).toBe(3);
    await page.getByRole('button', { name: t.split }).click();
    await page.locator('#status.success').waitFor();
    expect(plain(await page.locator('#status').textContent())).toContain(fill(t.splitDone, { count: 2 }));
    expect(sheet.getRange('A2:C5').getValues()).toEqual([
      ['Win', 'Grow sign-ups to 200', 'Ana'],
      ['', 'Launch the referral programme', ''],
      ['', '=2+2 dashboards live', ''],
      ['Keep', 'Cut churn from 5% to 3%', 'Bo'],
    ]);
    expect(sheet.getRange('B4').getFormula()).toBe('');
    await settled(page);
    expect(await page.getByRole('button', { name: t.split }).count()).toBe(0);
  });

  it('names score cells that ignore the baseline and switches them to =OKR_SCORE only when asked', async () => {
    const ss = createSpreadsheet('Audit');
    // What MIN(actual/target, 1) shows: 0.75 and 0.6, where the add-on scores 50 % and 20 %.
    const sheet = sheetOf(ss, 'Plan', [
      ['Objective', 'Key result', 'Baseline', 'Target', 'Actual', 'Progress'],
      ['Win', 'Grow sign-ups from 100 to 200', 100, 200, 150, 0.75],
      ['', 'Grow trials from 10 to 20', 10, 20, 12, 0.6],
    ]);
    ss.setActiveSheet(sheet);
    const page = await start(ss);
    await page.getByRole('button', { name: t.save }).click();
    await page.locator('#status.success').waitFor();
    const offer = page.getByRole('button', { name: fill(t.useScore, { count: 2 }) });
    await offer.waitFor();
    expect(sheet.getRange('F2:F3').getValues()).toEqual([[0.75], [0.6]]);
    await offer.click();
    await expect.poll(async () => plain(await page.locator('#status').textContent())).toContain(fill(t.useScoreDone, { count: 2 }));
    expect(sheet.getRange('F2').getFormula()).toMatch(/^=OKR_SCORE\(/);
    expect(sheet.getRange('F3').getFormula()).toMatch(/^=OKR_SCORE\(/);
    expect(sheet.getRange('F2').getNote()).toContain('0.75');
    await settled(page);
    expect(await page.getByRole('button', { name: fill(t.useScore, { count: 2 }) }).count()).toBe(0);
  });

  it('says which tab a key-result tab takes its objectives from', async () => {
    const ss = createSpreadsheet('Two tabs');
    sheetOf(ss, 'Objectives', [
      ['Objective ID', 'Objective'],
      ['O1', 'Delight our customers'],
    ]);
    const krs = sheetOf(ss, 'Key Results', [
      ['Objective ID', 'Key result', 'Start', 'Target', 'Current'],
      ['O1', 'Grow sign-ups from 100 to 200', 100, 200, 150],
    ]);
    ss.setActiveSheet(krs);
    const page = await start(ss);
    await expect.poll(async () => plain(await page.locator('#app').textContent())).toContain(fill(t.objectivesTab, { tab: 'Objectives' }));
  });
});
