// `npm start [-- book.xlsx] [--out FILE] [--json] [--as-of YYYY-MM-DD|today]`
//
// Opens a workbook in the local Sheets runtime, runs the add-on's own Refresh progress from the
// built dist/Code.js, saves the result and prints a summary. No Google account needed.
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digitsOf, formatDay, isIsoDate } from '../src/core/calendar';
import { CLI_LABELS, type CliLabel } from '../src/core/i18n/cliLabels';
import { formatText, percentText } from '../src/core/i18n/format';
import { statusLabel } from '../src/core/i18n/words';
import type { PaceStatus } from '../src/core/model';
import type { PlanSummary } from '../src/core/summary';
import { writeFileSync } from 'node:fs';
import { htmlReport } from './report';
import { openWorkbookRun } from './session';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_BOOK = join(root, 'examples', 'marketing-okrs.xlsx');

interface CliOptions {
  input: string;
  output: string;
  json: boolean;
  asOf: string | 'today' | null;
  locale: string | undefined;
}

const USAGE = `usage: npm start -- [book.xlsx] [--out FILE] [--json] [--as-of YYYY-MM-DD|today] [--locale fa_IR]

Runs the add-on's Refresh progress on a workbook (default: examples/marketing-okrs.xlsx), saves the
result as <name>.progress.xlsx (or --out FILE) and prints a summary (--json: machine-readable).
Pace is measured at the workbook's As of date unless --as-of says otherwise. An .xlsx does not keep
the spreadsheet's locale: --locale gives it (a locale Sheets offers, such as hu_HU, is the
spreadsheet's and the user's; fa or fa_IR, which Sheets lacks, is the user's own locale over an en_US
spreadsheet); otherwise a right-to-left first sheet in Persian is a Persian user's en_US spreadsheet,
in Arabic ar_EG, and anything else en_US. The language follows the user's locale (see README).`;

function parseArgs(argv: string[]): CliOptions {
  let input: string | null = null;
  let output: string | null = null;
  let json = false;
  let asOf: string | null = null;
  let locale: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--out' || arg === '-o') output = argv[++i] ?? fail('--out needs a file name');
    else if (arg.startsWith('--out=')) output = arg.slice(6);
    else if (arg === '--as-of') asOf = argv[++i] ?? fail('--as-of needs a date');
    else if (arg.startsWith('--as-of=')) asOf = arg.slice(8);
    else if (arg === '--locale') locale = argv[++i] ?? fail('--locale needs a locale such as fa_IR');
    else if (arg.startsWith('--locale=')) locale = arg.slice(9);
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('-')) fail(`unknown option ${arg}`);
    else if (input === null) input = arg;
    else fail(`one workbook at a time (got ${input} and ${arg})`);
  }
  if (asOf !== null && asOf !== 'today') {
    // A real Gregorian day of a plan's years: 2026-02-30 is not rolled over, and 1405-08-29 (a Solar
    // Hijri day) is not the year 1405.
    if (!isIsoDate(asOf)) fail(`--as-of must be a real day as YYYY-MM-DD (or today), not ${asOf}`);
    const year = Number(asOf.slice(0, 4));
    if (year < 1900 || year > 2200)
      fail(`--as-of ${asOf} is in the year ${year}: give the Gregorian day (a Solar Hijri 1405-08-29 is 2026-11-20), from 1900 to 2200`);
  }
  const book = resolve(input ?? DEFAULT_BOOK);
  if (!existsSync(book)) fail(`no such file: ${book}`);
  if (extname(book).toLowerCase() !== '.xlsx') fail(`${basename(book)} is not an .xlsx workbook (File → Download → Microsoft Excel in Google Sheets)`);
  const out = resolve(output ?? join(dirname(book), `${basename(book, extname(book))}.progress.xlsx`));
  // The input is never overwritten: the saved copy keeps less than Sheets does (see README), and a
  // refresh that went wrong must leave the user's file as it was. Same file by path or by link.
  if (out === book || (existsSync(out) && realpathSync(out) === realpathSync(book)))
    fail(`--out must not be the input workbook (${basename(book)}): choose another file name`);
  return { input: book, output: out, json, asOf, locale };
}

function fail(message: string): never {
  console.error(`npm start: ${message}\n\n${USAGE}`);
  process.exit(2);
}

// --- the readable summary -------------------------------------------------------------------

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number, text: string) => (useColour ? `\x1b[${code}m${text}\x1b[0m` : text);
const BAND_CODE: Record<string, number> = { green: 32, yellow: 33, red: 31, grey: 90 };
const STATUS_OF: Record<string, PaceStatus> = {
  done: 'done',
  'on track': 'onTrack',
  'at risk': 'atRisk',
  'off track': 'offTrack',
  'not started': 'notStarted',
};

/** One line for a terminal, without the isolation marks the add-on puts around values in right-to-left text. */
const print = (line: string) => console.log(line.replace(/[\u2066-\u2069]/g, ''));

/** The readable summary, in the language of the summary's messages (core/i18n/cliLabels.ts). */
function printSummary(summary: PlanSummary, input: string, output: string, tabs: string[]): void {
  const language = summary.language;
  // Scores as the language writes them (۵۴٪ in Persian), right-aligned in four characters.
  const pct = (v: number | null) => (v === null ? '   –' : percentText(language, v).padStart(4));
  // Without the isolation marks formatText puts around values in right-to-left text: a terminal shows them.
  const say = (key: CliLabel, params: Record<string, string | number> = {}) =>
    formatText(language, CLI_LABELS[language][key], params).replace(/[\u2066-\u2069]/g, '');
  const width = Math.max(...(['green', 'yellow', 'red', 'grey'] as const).map((b) => say(b).length));
  // The one colour rule of the summary (pace before the quarter ends, grade bands after); an
  // incomplete roll-up has no colour and says how many key results could not be scored.
  const band = (b: string | null) => (b && b in BAND_CODE ? paint(BAND_CODE[b]!, `● ${say(b as CliLabel).padEnd(width)}`) : ' '.repeat(width + 2));
  const colourOf = (r: { colour: string | null; missing: number; parts: number }) =>
    r.missing > 0 ? paint(90, say('incomplete', { missing: r.missing, parts: r.parts })) : band(r.colour);
  // Days in the plan's calendar (Solar Hijri with the Gregorian day beside it), as the add-on shows them.
  const day = (iso: string | null) =>
    iso ? formatDay(iso, summary.calendar, { withGregorian: true, digits: digitsOf(language) }).replace(/[\u2066\u2069]/g, '') : '?';
  const period = summary.start && summary.end ? ` (${day(summary.start)} – ${day(summary.end)})` : '';
  print(paint(1, `OKR Sheets · ${basename(input)} · ${summary.sheet}`));
  print(say('quarter', { quarter: summary.quarter ?? '?', period, asOf: day(summary.asOf) }));
  print(say(summary.colourRule === 'pace' ? 'coloursPace' : 'coloursGrade'));
  print(`${say('quarterScore', { score: pct(summary.score) })}  ${colourOf(summary)}\n`);
  print(paint(1, say('teams')));
  for (const t of summary.teams) print(`  ${pct(t.score)}  ${colourOf(t)}  ${t.name || summary.sheet}`);
  print(`\n${paint(1, say('objectives'))}`);
  const statusOf = (s: string | null) => (s && STATUS_OF[s] ? statusLabel(language, STATUS_OF[s]!) : '');
  const statusWidth = Math.max(0, ...summary.objectives.map((o) => statusOf(o.status).length));
  for (const o of summary.objectives) {
    print(`  ${pct(o.score)}  ${colourOf(o)}  ${statusOf(o.status).padEnd(statusWidth)}  ${o.id.padEnd(10)} ${o.text}${o.team ? `  (${o.team})` : ''}`);
  }
  const count = (s: string) => summary.issues.filter((i) => i.severity === s).length;
  print(`\n${paint(1, say('issues'))}: ${say('issueCounts', { errors: count('error'), warnings: count('warning'), notes: count('info') })}`);
  const sevWidth = Math.max(...(['error', 'warning', 'info'] as const).map((k) => say(k).length));
  for (const issue of summary.issues) {
    const word = say(issue.severity as CliLabel).padEnd(sevWidth);
    const sev = issue.severity === 'error' ? paint(31, word) : issue.severity === 'warning' ? paint(33, word) : word;
    print(`  ${sev}  ${`${issue.sheet}!${issue.cell}`.padEnd(22)} ${issue.message}`);
  }
  print(`\n${say('saved', { file: output })}${tabs.length ? ` ${say('progressTabs', { tabs: tabs.join(', ') })}` : ''}`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const run = await openWorkbookRun({ workbook: options.input, asOf: options.asOf, ...(options.locale ? { locale: options.locale } : {}) });
  const summary = run.refresh();
  await run.save(options.output);
  // The dashboard as a page anyone can open, beside the .xlsx (charts drawn as inline SVG).
  const report = `${options.output.replace(/\.xlsx$/i, '')}.html`;
  writeFileSync(report, htmlReport(run.spreadsheet));
  if (!options.json) print(formatText(summary.language, CLI_LABELS[summary.language].report, { file: report }));
  if (options.json) {
    console.log(JSON.stringify(summary, null, 2));
  } else {
    printSummary(summary, options.input, options.output, run.progressTabNames());
  }
}

main().catch((err: unknown) => {
  console.error(`npm start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
