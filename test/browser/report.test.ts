// The HTML report npm start writes beside the .xlsx, opened in Chromium: the dashboard's charts
// drawn from the chart specs the runtime keeps (the same ranges, series and colours as in the
// workbook), in the workbook's language and direction. Screenshots in test-artifacts/screenshots.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { htmlReport } from '../../local/report';
import { openWorkbookRun } from '../../local/session';
import { hasChromium, launchBrowser, requireBuild, SCREENSHOT_DIR } from '../support/browser';

describe.skipIf(!hasChromium)('the HTML report in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    requireBuild();
    browser = await launchBrowser();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });
  afterAll(async () => browser?.close());

  it.each([
    ['en', 'examples/marketing-okrs.xlsx', 'ltr'],
    ['fa', 'examples/persian-okrs.xlsx', 'rtl'],
  ] as const)('%s: every chart of the dashboard, drawn with its colours', async (lang, workbook, dir) => {
    const run = await openWorkbookRun({ workbook });
    run.refresh();
    const dashboard = run.spreadsheet.getSheets().find((s) => run.progressTabNames().includes(s.getName()) && s.getCharts().length > 0)!;
    const charts = dashboard.getCharts();
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.setContent(htmlReport(run.spreadsheet));
    expect(await page.getAttribute('html', 'dir')).toBe(dir);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    const drawn = await page.$$eval('svg[data-chart-type]', (svgs) =>
      svgs.map((s) => ({
        type: s.getAttribute('data-chart-type'),
        range: s.getAttribute('data-range'),
        fills: [
          ...new Set(
            [...s.querySelectorAll('rect[data-series], circle[data-series], path[data-slice], circle[data-slice]')].map((e) => e.getAttribute('fill')),
          ),
        ],
        strokes: [...s.querySelectorAll('polyline')].map((e) => e.getAttribute('stroke')),
      })),
    );
    expect(drawn.map((d) => [d.type, d.range])).toEqual(charts.map((c) => [c.type, c.ranges[0]!.getA1Notation()]));
    drawn.forEach((d, i) => {
      const colours = charts[i]!.options.colors as string[];
      // Every drawn bar, slice and line has one of its chart's series colours, and something is drawn.
      for (const f of [...d.fills, ...d.strokes]) expect(colours).toContain(f);
      expect(d.fills.length + d.strokes.length).toBeGreaterThan(0);
    });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `report-${lang}.png`), fullPage: true });
    await page.close();
  });
});
