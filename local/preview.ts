// `npm run preview [-- book.xlsx] [--port N] [--locale fa_IR]`
//
// Serves the built sidebar (dist/sidebar.html) on localhost, 300 px wide as in Sheets, with
// google.script.run answered by the built add-on (dist/Code.js) running on the local Sheets
// runtime over a workbook (default: examples/marketing-okrs.xlsx). Beside it, the workbook's tabs
// are drawn as HTML and redrawn after every call, so a person can watch what each action does.
// Tests start the same server with startPreview() and drive it with a browser.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { handleScriptRunCall, loadBundle, loadWorkbook, workbookToBuffer, type BundleRuntime, type LocalSpreadsheet } from './index';
import { runLocales } from './session';
import { createSpreadsheet } from './runtime';
import { chartSvg } from './report';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_BOOK = join(root, 'examples', 'marketing-okrs.xlsx');
const VIEWS = ['newQuarter', 'adopt', 'validate', 'checkIn', 'settings'] as const;
const VIEW_TITLES: Record<(typeof VIEWS)[number], string> = {
  newQuarter: 'New quarter…',
  adopt: 'Adopt this sheet…',
  validate: 'Validate',
  checkIn: 'Check-in…',
  settings: 'Settings…',
};
/** The drawn part of each tab: enough to see what changed, small enough to redraw after each call. */
const MAX_ROWS = 200;
const MAX_COLUMNS = 30;
const MAX_BODY = 1_000_000;

export interface PreviewOptions {
  /** An .xlsx path or a spreadsheet already in memory; default examples/marketing-okrs.xlsx. */
  workbook?: string | LocalSpreadsheet;
  /** 0 (default) picks a free port. */
  port?: number;
  /** The built script; default dist/Code.js. */
  codePath?: string;
  /**
   * The locale of the preview, as for `npm start` (local/session.ts runLocales): a Sheets locale is the
   * spreadsheet's and the user's own; `fa_IR`, which Sheets lacks, is the user's over an en_US
   * spreadsheet. Without it, the workbook's own locale when it records one, else a guess from the first sheet.
   */
  locale?: string;
}

export interface Preview {
  url: string;
  runtime: BundleRuntime;
  spreadsheet: LocalSpreadsheet;
  close(): Promise<void>;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function columnName(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

// The page side of google.script.run: the documented builder (withSuccessHandler,
// withFailureHandler, withUserObject, then the function name), arguments checked as Apps Script
// checks them (a Date or a function fails the request), the call POSTed to /run.
const SHIM = `(function () {
  function describe(v) {
    if (v instanceof Date) return 'a Date (send dates as ISO strings)';
    if (typeof v === 'function') return 'a function';
    if (typeof Node !== 'undefined' && v instanceof Node) return 'a DOM node';
    return 'an object that is not a plain object';
  }
  function check(v, path, seen) {
    if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return;
    var plain = Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null;
    if (typeof v !== 'object' || !plain) throw new Error(path + ' is ' + describe(v) + ', which cannot be passed through google.script.run.');
    if (seen.indexOf(v) >= 0) throw new Error(path + ' refers back to one of its own containers.');
    seen.push(v);
    for (var k in v) check(v[k], Array.isArray(v) ? path + '[' + k + ']' : path + '.' + k, seen);
    seen.pop();
  }
  function ran() { try { window.parent.postMessage({ type: 'okr-preview:ran' }, '*'); } catch (e) {} }
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, failure, userObject); };
        if (name === 'withFailureHandler') return function (f) { return runner(success, f, userObject); };
        if (name === 'withUserObject') return function (o) { return runner(success, failure, o); };
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          var fail = function (err) { if (failure) failure(err, userObject); else console.error(err); };
          try { args.forEach(function (a, i) { check(a, 'argument ' + (i + 1), []); }); }
          catch (err) { setTimeout(function () { fail(err); }); return; }
          fetch('/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: name, args: args }) })
            .then(function (r) { if (!r.ok) throw new Error('The preview server answered ' + r.status + '.'); return r.json(); })
            .then(function (res) {
              ran();
              if (res.ok) { if (success) success(res.value, userObject); }
              else { var e = new Error(res.error.message); e.name = res.error.name; fail(e); }
            }, function (err) { fail(err instanceof Error ? err : new Error(String(err))); });
        };
      }
    });
  }
  window.google = { script: {
    run: runner(null, null, undefined),
    host: { close: function () {}, setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} } }
  } };
})();`;

function sidebarPage(codeDir: string, view: string): string {
  const file = join(codeDir, 'sidebar.html');
  if (!existsSync(file)) return `<!DOCTYPE html><p>${escapeHtml(file)} is missing: run <code>npm run build</code>.</p>`;
  const html = readFileSync(file, 'utf8');
  const safeView = (VIEWS as readonly string[]).includes(view) ? view : 'validate';
  // As src/server/ui.ts pageWithView does in Apps Script: a script sets the okrSheetsView global.
  return html.replace('<head>', () => `<head>\n<script>var okrSheetsView = ${JSON.stringify(safeView)};</script>\n<script>${SHIM}</script>`);
}

/** The tabs of the workbook as HTML tables: values as shown, fills, bold, colours, RTL, frozen rows. */
export function renderWorkbook(ss: LocalSpreadsheet): string {
  const active = ss.getActiveSheet();
  const tabs: string[] = [];
  const bodies: string[] = [];
  ss.getSheets().forEach((sheet, i) => {
    if (sheet.isSheetHidden()) return;
    const name = sheet.getName();
    const isActive = sheet === active;
    tabs.push(`<button type="button" role="tab" data-tab="${i}" aria-selected="${isActive}">${escapeHtml(name)}</button>`);
    const rows = Math.min(sheet.getLastRow(), MAX_ROWS);
    const cols = Math.min(sheet.getLastColumn(), MAX_COLUMNS);
    let table = '<p class="empty">(empty)</p>';
    if (rows > 0 && cols > 0) {
      const range = sheet.getRange(1, 1, rows, cols);
      const shown = range.getDisplayValues();
      const formulas = range.getFormulas();
      const fills = range.getBackgrounds();
      const weights = range.getFontWeights();
      const colours = range.getFontColors();
      const sel = isActive ? sheet.getActiveRange() : null;
      const selected = (r: number, c: number) =>
        sel !== null && r >= sel.getRow() && r < sel.getRow() + sel.getNumRows() && c >= sel.getColumn() && c < sel.getColumn() + sel.getNumColumns();
      const frozen = sheet.getFrozenRows();
      const head = `<tr><th></th>${Array.from({ length: cols }, (_, c) => `<th>${columnName(c + 1)}</th>`).join('')}</tr>`;
      const body = shown
        .map((line, r) => {
          const cells = line
            .map((text, c) => {
              const style: string[] = [];
              const fill = fills[r]?.[c];
              if (fill && fill !== '#ffffff') style.push(`background:${escapeHtml(fill)}`);
              if (String(weights[r]?.[c]) === 'bold') style.push('font-weight:bold');
              const colour = colours[r]?.[c];
              if (colour && colour !== '#000000') style.push(`color:${escapeHtml(colour)}`);
              const formula = formulas[r]?.[c] ?? '';
              const cls = [selected(r + 1, c + 1) ? 'sel' : '', formula ? 'f' : ''].filter(Boolean).join(' ');
              return `<td${cls ? ` class="${cls}"` : ''}${style.length ? ` style="${style.join(';')}"` : ''}${formula ? ` title="${escapeHtml(formula)}"` : ''}>${escapeHtml(text)}</td>`;
            })
            .join('');
          return `<tr${r + 1 === frozen ? ' class="frozen"' : ''}><th>${r + 1}</th>${cells}</tr>`;
        })
        .join('');
      const more =
        sheet.getLastRow() > rows || sheet.getLastColumn() > cols
          ? `<p class="empty">Showing ${rows} × ${cols} of ${sheet.getLastRow()} × ${sheet.getLastColumn()}.</p>`
          : '';
      table = `<table dir="${sheet.isRightToLeft() ? 'rtl' : 'ltr'}"><thead>${head}</thead><tbody>${body}</tbody></table>${more}`;
    }
    // The tab's charts (the dashboard's), drawn as the HTML report draws them (local/report.ts).
    const charts = sheet.charts.length
      ? `<div class="charts">${sheet.charts.map((chart) => `<figure>${chartSvg(chart, sheet.isRightToLeft())}</figure>`).join('')}</div>`
      : '';
    bodies.push(`<section role="tabpanel" data-panel="${i}" data-sheet="${escapeHtml(name)}"${isActive ? '' : ' hidden'}>${charts}${table}</section>`);
  });
  return `<div role="tablist" class="sheet-tabs">${tabs.join('')}</div>${bodies.join('')}`;
}

function previewPage(title: string): string {
  const links = VIEWS.map((v) => `<a href="/sidebar?view=${v}" target="sidebar" data-view="${v}">${VIEW_TITLES[v]}</a>`).join('');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>OKR Sheets preview · ${escapeHtml(title)}</title>
<style>
body{margin:0;font:13px Arial,"DejaVu Sans",sans-serif;color:#202124;display:flex;height:100vh;background:#f8f9fa}
#book{flex:1;overflow:auto;padding:0 12px 12px;background:#fff}
#side{width:300px;flex:none;display:flex;flex-direction:column;border-inline-start:1px solid #dadce0;background:#fff}
#side header{padding:8px 12px;border-bottom:1px solid #dadce0;font-weight:bold}
#menu{display:flex;flex-wrap:wrap;gap:4px 10px;padding:6px 12px;border-bottom:1px solid #dadce0;font-size:12px}
#menu a{color:#1a73e8;text-decoration:none}#menu a:hover{text-decoration:underline}
iframe{border:0;width:300px;flex:1}
.bar{position:sticky;top:0;background:#fff;padding:8px 0;display:flex;gap:12px;align-items:center;z-index:2}
.bar h1{font-size:15px;margin:0}
.charts{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:12px}.charts figure{margin:0}
.sheet-tabs{display:flex;flex-wrap:wrap;gap:2px;border-bottom:1px solid #dadce0;margin-bottom:8px}
.sheet-tabs button{border:1px solid #dadce0;border-bottom:0;background:#f1f3f4;padding:4px 10px;font:inherit;cursor:pointer}
.sheet-tabs button[aria-selected=true]{background:#fff;color:#188038;font-weight:bold}
table{border-collapse:collapse;font-size:12px}
th,td{border:1px solid #e2e3e3;padding:2px 5px;white-space:nowrap;max-width:320px;overflow:hidden;text-overflow:ellipsis}
th{background:#f8f9fa;color:#5f6368;font-weight:normal;text-align:center}
td.sel{outline:2px solid #1a73e8;outline-offset:-2px}
td.f{font-style:italic}
tr.frozen td,tr.frozen th{border-bottom:3px solid #bdc1c6}
.empty{color:#5f6368}
</style></head>
<body>
<div id="book"><div class="bar"><h1>${escapeHtml(title)}</h1><a href="/workbook.xlsx">Download .xlsx</a></div><div id="sheets"></div></div>
<div id="side"><header>OKR Sheets</header><nav id="menu" aria-label="Add-on menu">${links}</nav>
<iframe name="sidebar" title="Sidebar" src="/sidebar?view=validate"></iframe></div>
<script>
var chosen = null;
function show(i) {
  document.querySelectorAll('[data-tab]').forEach(function (b) { b.setAttribute('aria-selected', String(b.dataset.tab === i)); });
  document.querySelectorAll('[data-panel]').forEach(function (p) { p.hidden = p.dataset.panel !== i; });
}
function refresh() {
  fetch('/workbook').then(function (r) { return r.text(); }).then(function (html) {
    var box = document.getElementById('sheets');
    box.innerHTML = html; // rendered and escaped by the preview server
    var active = box.querySelector('[data-tab][aria-selected=true]');
    if (active) chosen = active.dataset.tab;
    var cell = box.querySelector('section:not([hidden]) td.sel');
    if (cell) cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
}
document.getElementById('sheets').addEventListener('click', function (e) {
  var b = e.target.closest('[data-tab]');
  if (b) { chosen = b.dataset.tab; show(chosen); }
});
window.addEventListener('message', function (e) { if (e.data && e.data.type === 'okr-preview:ran') refresh(); });
refresh();
</script>
</body></html>`;
}

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const codePath = resolve(options.codePath ?? join(root, 'dist', 'Code.js'));
  if (!existsSync(codePath)) throw new Error(`${codePath} is missing: run npm run build first.`);
  const codeDir = dirname(codePath);
  let spreadsheet: LocalSpreadsheet;
  let title: string;
  if (typeof options.workbook === 'string' || options.workbook === undefined) {
    const path = resolve(options.workbook ?? DEFAULT_BOOK);
    spreadsheet = existsSync(path) || options.workbook !== undefined ? await loadWorkbook(path) : createSpreadsheet('Untitled spreadsheet');
    title = existsSync(path) ? path.slice(path.lastIndexOf('/') + 1) : spreadsheet.getName();
  } else {
    spreadsheet = options.workbook;
    title = spreadsheet.getName();
  }
  const locales = runLocales(spreadsheet, options.locale);
  spreadsheet.setSpreadsheetLocale(locales.spreadsheet);
  const runtime = loadBundle(codePath, spreadsheet, { session: { locale: locales.user } });

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      try {
        if (req.method === 'GET' && url.pathname === '/') return send(res, 200, 'text/html; charset=utf-8', previewPage(title));
        if (req.method === 'GET' && url.pathname === '/sidebar')
          return send(res, 200, 'text/html; charset=utf-8', sidebarPage(codeDir, url.searchParams.get('view') ?? ''));
        if (req.method === 'GET' && url.pathname === '/workbook') return send(res, 200, 'text/html; charset=utf-8', renderWorkbook(spreadsheet));
        if (req.method === 'GET' && url.pathname === '/workbook.xlsx') {
          return send(res, 200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', await workbookToBuffer(spreadsheet));
        }
        if (req.method === 'POST' && url.pathname === '/run') {
          let call: { name?: unknown; args?: unknown };
          try {
            call = JSON.parse(await readBody(req)) as { name?: unknown; args?: unknown };
          } catch {
            return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { name: 'Error', message: 'The request is not JSON.' } }));
          }
          const args = Array.isArray(call.args) ? call.args : [];
          const result = await handleScriptRunCall(runtime, String(call.name), args);
          return send(res, 200, 'application/json', JSON.stringify(result));
        }
        send(res, 404, 'text/plain; charset=utf-8', 'Not found');
      } catch (err) {
        send(res, 500, 'text/plain; charset=utf-8', err instanceof Error ? err.message : String(err));
      }
    })();
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    runtime,
    spreadsheet,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

function parseArgs(argv: string[]): PreviewOptions {
  const options: PreviewOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--port' || arg === '-p') options.port = Number(argv[++i]);
    else if (arg.startsWith('--port=')) options.port = Number(arg.slice(7));
    else if (arg === '--locale') options.locale = argv[++i];
    else if (arg.startsWith('--locale=')) options.locale = arg.slice(9);
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run preview -- [book.xlsx] [--port N] [--locale fa_IR]');
      process.exit(0);
    } else if (!arg.startsWith('-')) options.workbook = arg;
    else {
      console.error(`npm run preview: unknown option ${arg}`);
      process.exit(2);
    }
  }
  if (options.port !== undefined && (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)) {
    console.error('npm run preview: --port must be a number from 0 to 65535');
    process.exit(2);
  }
  return options;
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  startPreview(parseArgs(process.argv.slice(2)))
    .then((preview) => {
      console.log(`OKR Sheets preview: ${preview.url}  (Ctrl+C to stop)`);
    })
    .catch((err: unknown) => {
      console.error(`npm run preview: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    });
}
