// The HTML report `npm start` writes beside the .xlsx: the dashboard tab of the saved workbook, its
// tables and its charts drawn as inline SVG from the chart specs the runtime keeps (spreadsheet/
// Chart.ts), in the workbook's language and direction. Self-contained: no script, no fetch.
import type { LocalEmbeddedChart } from './spreadsheet/Chart';
import type { LocalSheet } from './spreadsheet/Sheet';
import type { LocalSpreadsheet } from './spreadsheet/Spreadsheet';

const TAB_METADATA_KEY = 'okr-sheets.tab';
const W = 520;
const H = 280;
const PLOT_PAD = { top: 36, right: 16, bottom: 48, left: 48 };

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The dashboard tabs of a spreadsheet (found by the add-on's metadata). */
export function dashboardSheets(ss: LocalSpreadsheet): LocalSheet[] {
  return ss.sheets.filter((s) => s.getDeveloperMetadata().some((m) => m.getKey() === TAB_METADATA_KEY && /"kind":"dashboard"/.test(String(m.getValue()))));
}

interface Table {
  headers: string[];
  labels: string[];
  /** columns[i][j]: series i (after the label column), row j; null where the cell is not a number. */
  columns: (number | null)[][];
}

function tableOf(chart: LocalEmbeddedChart): Table {
  const range = chart.ranges[0];
  if (!range) return { headers: [], labels: [], columns: [] };
  const values = range.getValues();
  const display = range.getDisplayValues();
  const headers = (values[0] ?? []).map(String);
  const body = values.slice(1);
  return {
    headers,
    labels: display.slice(1).map((r) => String(r[0] ?? '')),
    columns: headers.slice(1).map((_, i) => body.map((r) => (typeof r[i + 1] === 'number' ? (r[i + 1] as number) : null))),
  };
}

const colours = (chart: LocalEmbeddedChart) => (Array.isArray(chart.options.colors) ? (chart.options.colors as string[]) : []);
const isPercent = (chart: LocalEmbeddedChart, axis: 'vAxis' | 'hAxis') => (chart.options[axis] as { format?: string } | undefined)?.format === 'percent';
const fmt = (v: number, percent: boolean) => (percent ? `${Math.round(v * 100)}%` : Number.isInteger(v) ? String(v) : v.toFixed(1));

/**
 * The legend under a chart: swatch then name, in reading order (from the right in a right-to-left
 * workbook, the swatch on the name's right); a second line when one does not hold every name.
 */
function legend(names: string[], cols: string[], rtl: boolean): string {
  const margin = 16;
  const widthOf = (n: string) => 24 + n.length * 7;
  const lines: number[][] = [[]];
  let used = 0;
  names.forEach((n, i) => {
    const width = widthOf(n);
    if (used > 0 && used + width > W - 2 * margin) {
      lines.push([]);
      used = 0;
    }
    lines[lines.length - 1]!.push(i);
    used += width;
  });
  const baselines = lines.length === 1 ? [H - 12] : [H - 22, H - 8];
  return lines
    .slice(0, 2)
    .flatMap((line, l) => {
      let x = rtl ? W - margin : margin;
      const y = baselines[l]!;
      return line.map((i) => {
        const n = names[i]!;
        const width = widthOf(n);
        const swatch = rtl ? x - 10 : x;
        const item = `<g><rect x="${swatch}" y="${y - 9}" width="10" height="10" fill="${cols[i] ?? '#999'}"/><text x="${rtl ? x - 14 : x + 14}" y="${y}" font-size="11" text-anchor="${rtl ? 'end' : 'start'}">${esc(n)}</text></g>`;
        x += rtl ? -width : width;
        return item;
      });
    })
    .join('');
}

/** A category label as drawn under the axis: a day without its year, anything else cut to 12 characters. */
function shortLabel(label: string): string {
  const day = /^(?:\d{4}|[\u06f0-\u06f9]{4}|[\u0660-\u0669]{4})[-/.](.+)$/.exec(label);
  if (day) return day[1]!;
  return label.length > 12 ? `${label.slice(0, 11)}…` : label;
}

/** One chart as SVG: column/combo (bars with an optional line series), bar, line or pie. */
export function chartSvg(chart: LocalEmbeddedChart, rtl: boolean): string {
  // The value axis's labels sit on the reading side: the wide margin is on the right in right-to-left.
  const PAD = rtl ? { ...PLOT_PAD, left: PLOT_PAD.right, right: PLOT_PAD.left } : PLOT_PAD;
  const t = tableOf(chart);
  const cols = colours(chart);
  const title = esc(chart.options.title ?? '');
  const head = `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${title}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" data-chart-type="${chart.type}" data-range="${esc(chart.ranges[0]?.getA1Notation())}"><rect width="${W}" height="${H}" fill="#fff" stroke="#dadce0"/><text x="${W / 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${title}</text>`;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const n = t.labels.length;
  // In a right-to-left workbook the category axis runs from the right, as Sheets draws it.
  const xAt = (i: number, width: number) => (rtl ? PAD.left + plotW - (i + 1) * width : PAD.left + i * width);
  let body = '';
  if (chart.type === 'PIE') {
    const values = t.columns[0] ?? [];
    const total = values.reduce<number>((a, v) => a + (v ?? 0), 0);
    let angle = -Math.PI / 2;
    const cx = W / 2 - 90;
    const cy = PAD.top + plotH / 2 + 10;
    const r = 100;
    values.forEach((v, i) => {
      if (!v || total === 0) return;
      const a2 = angle + (v / total) * Math.PI * 2;
      const large = a2 - angle > Math.PI ? 1 : 0;
      const p = (a: number, rr: number) => `${cx + rr * Math.cos(a)},${cy + rr * Math.sin(a)}`;
      body +=
        v === total
          ? `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${cols[i] ?? '#999'}" data-slice="${esc(t.labels[i])}"/>`
          : `<path d="M${p(angle, r)} A${r},${r} 0 ${large} 1 ${p(a2, r)} L${cx},${cy} Z" fill="${cols[i] ?? '#999'}" data-slice="${esc(t.labels[i])}"/>`;
      angle = a2;
    });
    body += `<circle cx="${cx}" cy="${cy}" r="${r * 0.4}" fill="#fff"/>`;
    t.labels.forEach((l, i) => {
      const y = PAD.top + 30 + i * 22;
      body += `<rect x="${W / 2 + 40}" y="${y - 10}" width="12" height="12" fill="${cols[i] ?? '#999'}"/><text x="${W / 2 + 58}" y="${y}" font-size="12">${esc(l)}: ${fmt(values[i] ?? 0, false)}</text>`;
    });
    return `${head}${body}</svg>`;
  }
  const horizontal = chart.type === 'BAR';
  const percent = isPercent(chart, horizontal ? 'hAxis' : 'vAxis');
  const all = t.columns.flat().filter((v): v is number => v !== null);
  const view = (chart.options.vAxis as { viewWindow?: { min?: number; max?: number } } | undefined)?.viewWindow;
  const stacked = chart.options.isStacked === true;
  const lineSeries = new Set(
    Object.entries((chart.options.series as Record<string, { type?: string }> | undefined) ?? {})
      .filter(([, s]) => s.type === 'line')
      .map(([k]) => Number(k)),
  );
  let min = view?.min ?? Math.min(0, ...all);
  let max = view?.max ?? Math.max(1e-9, ...all);
  if (horizontal) {
    min = Math.min(0, ...all);
    max = Math.max(0, ...all);
    if (min === max) max = min + 1;
  }
  if (horizontal) {
    // Bars across: categories down the left (right in RTL), values across, from zero.
    const rowH = plotH / Math.max(1, n);
    const xOf = (v: number) => {
      const f = (v - min) / (max - min);
      return rtl ? PAD.left + plotW * (1 - f) : PAD.left + plotW * f;
    };
    body += `<line x1="${xOf(0)}" y1="${PAD.top}" x2="${xOf(0)}" y2="${PAD.top + plotH}" stroke="#5f6368"/>`;
    t.labels.forEach((label, j) => {
      const y = PAD.top + j * rowH;
      t.columns.forEach((col, i) => {
        const v = col[j];
        if (v === null || v === undefined) return;
        const x1 = xOf(0);
        const x2 = xOf(v);
        body += `<rect x="${Math.min(x1, x2)}" y="${y + rowH * 0.2}" width="${Math.abs(x2 - x1)}" height="${rowH * 0.6}" fill="${cols[i] ?? '#999'}" data-series="${esc(t.headers[i + 1])}"/><text x="${v >= 0 === !rtl ? x2 + 4 : x2 - 4}" y="${y + rowH * 0.65}" font-size="10" text-anchor="${v >= 0 === !rtl ? 'start' : 'end'}">${fmt(v, percent)}</text>`;
      });
      body += `<text x="${v0(rtl)}" y="${y + rowH * 0.65}" font-size="10" text-anchor="${rtl ? 'end' : 'start'}" fill="#3c4043">${esc(label.slice(0, 28))}</text>`;
    });
    return `${head}${body}${legend(t.headers.slice(1), cols, rtl)}</svg>`;
  }
  const yOf = (v: number) => PAD.top + plotH * (1 - (v - min) / (max - min));
  for (let k = 0; k <= 4; k++) {
    const v = min + ((max - min) * k) / 4;
    const y = yOf(v);
    body += `<line x1="${PAD.left}" y1="${y}" x2="${PAD.left + plotW}" y2="${y}" stroke="#e8eaed"/><text x="${rtl ? PAD.left + plotW + 4 : PAD.left - 4}" y="${y + 4}" font-size="10" text-anchor="${rtl ? 'start' : 'end'}">${fmt(v, percent)}</text>`;
  }
  const slot = plotW / Math.max(1, n);
  const widest = Math.max(1, ...t.labels.map((l) => shortLabel(l).length));
  const labelStep = Math.max(1, Math.ceil((widest * 6 + 8) / slot));
  const bars = t.columns.map((_, i) => i).filter((i) => chart.type !== 'LINE' && !lineSeries.has(i));
  const lines = t.columns.map((_, i) => i).filter((i) => chart.type === 'LINE' || lineSeries.has(i));
  t.labels.forEach((label, j) => {
    const x = xAt(j, slot);
    let base = 0;
    bars.forEach((i, b) => {
      const v = t.columns[i]![j];
      if (v === null || v === undefined) return;
      const from = stacked ? base : 0;
      const to = from + v;
      const bw = stacked ? slot * 0.6 : (slot * 0.8) / bars.length;
      const bx = stacked ? x + slot * 0.2 : x + slot * 0.1 + b * bw;
      body += `<rect x="${bx}" y="${yOf(Math.max(from, to))}" width="${bw}" height="${Math.abs(yOf(from) - yOf(to))}" fill="${cols[i] ?? '#999'}" data-series="${esc(t.headers[i + 1])}" data-value="${v}"/>`;
      if (stacked) base = to;
    });
    // A day's year is left out (2030-08-15 → 08-15, ۱۴۰۹/۰۵/۲۴ → ۰۵/۲۴), and only every step-th
    // label is drawn, so that labels never run into each other (about 6 px per character at 10 px).
    const shown = shortLabel(label);
    if (j % labelStep === 0) body += `<text x="${x + slot / 2}" y="${PAD.top + plotH + 14}" font-size="10" text-anchor="middle">${esc(shown)}</text>`;
  });
  for (const i of lines) {
    const at = t.columns[i]!.map((v, j) => (v === null ? null : `${xAt(j, slot) + slot / 2},${yOf(v)}`));
    const pts = at.filter((p): p is string => p !== null);
    const width = i === 0 && chart.type === 'LINE' && t.columns.length > 1 ? 4 : 2;
    // A blank cell is a gap in the line, as in Sheets (Google Charts' interpolateNulls is false by
    // default: developers.google.com/chart/interactive/docs/gallery/linechart#configuration-options).
    const runs: string[][] = [[]];
    for (const p of at) {
      if (p === null) runs.push([]);
      else runs[runs.length - 1]!.push(p);
    }
    const dash = (chart.options.series as Record<string, { lineDashStyle?: number[] }> | undefined)?.[String(i)]?.lineDashStyle;
    for (const run of runs.filter((r) => r.length > 1))
      body += `<polyline points="${run.join(' ')}" fill="none" stroke="${cols[i] ?? '#999'}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash.join(' ')}"` : ''} data-series="${esc(t.headers[i + 1])}"/>`;
    for (const p of pts)
      body += `<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3" fill="${cols[i] ?? '#999'}" data-series="${esc(t.headers[i + 1])}"/>`;
  }
  return `${head}${body}${legend(t.headers.slice(1), cols, rtl)}</svg>`;

  function v0(r: boolean) {
    return r ? W - PAD.right : PAD.left + 2;
  }
}

/** The report: each dashboard tab's cells (as shown) and charts, as one HTML page. */
export function htmlReport(ss: LocalSpreadsheet): string {
  const sheets = dashboardSheets(ss);
  const rtl = sheets.some((s) => s.rightToLeft);
  const lang = /[\u0600-\u06ff]/.test(sheets[0]?.name ?? '')
    ? /[پچژگ]/.test(sheets[0]?.name ?? '') || /داشبورد/.test(sheets[0]?.name ?? '')
      ? 'fa'
      : 'ar'
    : /irányítópult/.test(sheets[0]?.name ?? '')
      ? 'hu'
      : 'en';
  const sections = sheets.map((sheet) => {
    const values = sheet.getDataRange().getDisplayValues();
    const backgrounds = sheet.getDataRange().getBackgrounds();
    const charts = sheet.charts.map((c) => `<figure>${chartSvg(c, sheet.rightToLeft)}</figure>`).join('\n');
    const rows = values
      .map((row, r) =>
        row.every((v) => v === '') || row.includes('okr-sheets:scores-at-refresh')
          ? ''
          : `<tr>${row.map((v, c) => `<td style="background:${backgrounds[r]?.[c] ?? '#fff'}">${esc(v)}</td>`).join('')}</tr>`,
      )
      .filter((r) => r !== '');
    // The table of scores kept for the next refresh is the add-on's memory, not part of the report.
    const cut = values.findIndex((row) => row.includes('okr-sheets:scores-at-refresh'));
    const shown = cut < 0 ? rows : rows.slice(0, values.slice(0, cut).filter((row) => !row.every((v) => v === '')).length);
    return `<section><h1>${esc(sheet.name)}</h1><div class="charts">${charts}</div><table>${shown.join('\n')}</table></section>`;
  });
  return `<!doctype html>
<html lang="${lang}" dir="${rtl ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><title>${esc(sheets[0]?.name ?? 'OKR dashboard')}</title>
<style>
body{font-family:system-ui,"Noto Sans","Vazirmatn",Tahoma,sans-serif;margin:24px;color:#202124}
.charts{display:flex;flex-wrap:wrap;gap:16px}
figure{margin:0}
svg{direction:ltr}
svg text{font-family:inherit;fill:#202124}
table{border-collapse:collapse;margin-top:24px;font-size:13px}
td{border:1px solid #e8eaed;padding:3px 8px;white-space:nowrap;max-width:360px;overflow:hidden;text-overflow:ellipsis}
</style></head>
<body>
${sections.join('\n') || '<p>No dashboard: run Refresh progress first.</p>'}
</body></html>
`;
}
