// `npm run preview` draws the dashboard: the dashboard tab's panel holds its charts as SVG, drawn as
// the HTML report draws them; other tabs have none.
import { describe, expect, it } from 'vitest';
import { renderWorkbook } from '../../local/preview';
import { newBook, sampleQuarter } from '../server/fixtures';

describe('the preview draws the dashboard', () => {
  it('one SVG per chart in the dashboard tab, none elsewhere', () => {
    const { ss, rt } = newBook({ now: () => Date.UTC(2030, 7, 15, 9, 30) });
    ss.setActiveSheet(sampleQuarter(ss, '2030-08-01'));
    rt.call('sidebarRefresh', { sheet: 'OKRs 2030-Q3' });
    const html = renderWorkbook(ss);
    const panels = [...html.matchAll(/<section role="tabpanel"[^>]*data-sheet="([^"]*)"[^>]*>([\s\S]*?)<\/section>/g)];
    const dashboard = ss.getSheets().find((s) => s.getName().startsWith('OKR dashboard'))!;
    expect(dashboard.charts.length).toBeGreaterThan(2);
    for (const [, name, body] of panels) {
      const svgs = (body!.match(/<svg /g) ?? []).length;
      expect(svgs, name).toBe(name === dashboard.getName() ? dashboard.charts.length : 0);
    }
  });
});

describe('chart labels never run into each other', () => {
  it('a quarter of week labels (Solar Hijri days too) is thinned to what fits, without the year', async () => {
    const { chartSvg } = await import('../../local/report');
    const { LocalCharts } = await import('../../local/spreadsheet/Chart');
    const Charts = new LocalCharts();
    for (const days of [
      Array.from({ length: 13 }, (_, i) => `۱۴۰۵/۰${7 + Math.floor(i / 5)}/${String(1 + (i % 5) * 6).padStart(2, '0')}`),
      Array.from({ length: 13 }, (_, i) => `2030-0${7 + Math.floor(i / 5)}-${String(1 + (i % 5) * 6).padStart(2, '0')}`),
    ]) {
      const { ss } = newBook();
      const sheet = ss.addSheet('D');
      sheet.getRange(1, 1, 14, 2).setValues([['Week', 'Score'], ...days.map((d, i) => [`'${d}`, i / 20])]);
      const chart = sheet
        .newChart()
        .setChartType(Charts.ChartType.LINE as never)
        .addRange(sheet.getRange(1, 1, 14, 2))
        .setNumHeaders(1)
        .setPosition(1, 4, 0, 0)
        .build();
      sheet.insertChart(chart);
      const svg = chartSvg(sheet.charts[0]!, false);
      const labels = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" font-size="10" text-anchor="middle">([^<]*)<\/text>/g)];
      expect(labels.length).toBeGreaterThan(2);
      expect(labels.length).toBeLessThan(13);
      for (const [, , text] of labels) expect(text).not.toMatch(/^(2030|۱۴۰۵)/);
      const xs = labels.map((m) => Number(m[1]));
      for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(labels[i]![2]!.length * 6);
    }
  });
});

describe('charts in a right-to-left workbook stay inside their frame', () => {
  it.each([false, true])('rtl %s: value labels and a legend of long names fit, the legend wraps to a second line', async (rtl) => {
    const { chartSvg } = await import('../../local/report');
    const { LocalCharts } = await import('../../local/spreadsheet/Chart');
    const Charts = new LocalCharts();
    const { ss } = newBook();
    const sheet = ss.addSheet('D');
    const series = ['در مسیر', 'در خطر', 'عقب از برنامه', 'شروع نشده', 'ناقص (همه امتیاز ندارند)', 'پیشرفت مورد انتظار'];
    sheet.getRange(1, 1, 3, 7).setValues([
      ['تیم', ...series],
      ['رشد', 0.5, '', '', '', '', 0.6],
      ['محتوا', '', 0.4, '', '', '', 0.6],
    ]);
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN as never)
      .addRange(sheet.getRange(1, 1, 3, 7))
      .setNumHeaders(1)
      .setOption('vAxis', { format: 'percent' })
      .setPosition(1, 9, 0, 0)
      .build();
    sheet.insertChart(chart);
    const svg = chartSvg(sheet.charts[0]!, rtl);
    const width = Number(/viewBox="0 0 (\d+) /.exec(svg)![1]);
    // Every text's extent (about 6 px a character at these sizes) is inside the frame.
    for (const [, x, anchor, text] of svg.matchAll(/<text x="([\d.-]+)" y="[\d.]+" font-size="1[01]"(?: text-anchor="(\w+)")?[^>]*>([^<]*)<\/text>/g)) {
      const extent = text!.length * 6;
      const from = anchor === 'end' ? Number(x) - extent : anchor === 'middle' ? Number(x) - extent / 2 : Number(x);
      expect(from, text).toBeGreaterThanOrEqual(0);
      expect(from + extent, text).toBeLessThanOrEqual(width);
    }
    // All six names are drawn, on two lines.
    const legendLines = new Set([...svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="10" height="10"/g)].map((m) => m[1]));
    expect(legendLines.size).toBe(2);
    for (const name of series) expect(svg).toContain(`>${name}</text>`);
  });
});
