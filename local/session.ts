// One run of the add-on on a workbook file: what `npm start` does, and what the end-to-end tests and
// the bench drive. It loads the .xlsx into the local runtime, evaluates the built dist/Code.js over
// it, and calls the add-on's own entry points (Refresh progress, then the read-only summary).
import { isSheetsLocale } from './locales';
import { resolve } from 'node:path';
import type { PlanSummary } from '../src/core/summary';
import { loadBundle, type BundleRuntime } from './runtime';
import type { LocalSpreadsheet } from './spreadsheet/index';
import { loadWorkbook, saveWorkbook } from './xlsx';

export interface WorkbookRunOptions {
  /** Path of the .xlsx, or an already loaded spreadsheet. */
  workbook: string | LocalSpreadsheet;
  /**
   * The day the refresh runs on (its "today", written into As of): a `YYYY-MM-DD`, `'today'` for the
   * real clock, or null for the workbook's own As of date, so that a run is repeatable.
   */
  asOf?: string | null;
  /** The spreadsheet locale when the file does not record one (an .xlsx from Google Sheets does not). */
  locale?: string;
  bundle?: string;
}

export interface WorkbookRun {
  readonly runtime: BundleRuntime;
  readonly spreadsheet: LocalSpreadsheet;
  /** The add-on's Refresh progress menu item; it returns the summary of what it wrote. */
  refresh(): PlanSummary;
  /** The read-only summary of the active OKR sheet. */
  summary(): PlanSummary;
  save(path: string): Promise<void>;
  /** Names of the tabs the add-on created (marked with its developer metadata). */
  progressTabNames(): string[];
}

const TAB_METADATA_KEY = 'okr-sheets.tab';
const PERSIAN_LETTERS = /[پچژگ]/;
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/**
 * A locale for a workbook that records none: an .xlsx downloaded from Sheets loses it. A first sheet
 * laid out right to left with Persian letters reads as fa_IR, with other Arabic script as ar; else en_US.
 */
export function guessLocale(ss: LocalSpreadsheet): string {
  const first = ss.getSheets()[0];
  if (!first || !first.isRightToLeft()) return 'en_US';
  const text = first
    .getDataRange()
    .getValues()
    .flat()
    .filter((v): v is string => typeof v === 'string')
    .join(' ');
  if (PERSIAN_LETTERS.test(text)) return 'fa_IR';
  return ARABIC_SCRIPT.test(text) ? 'ar' : 'en_US';
}

/** The instant at noon of `iso` in the time zone, so that "today" there is that date. */
export function noonIn(iso: string, timeZone: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' });
  for (let shift = -14; shift <= 14; shift++) {
    const t = Date.UTC(y, m - 1, d, 12) - shift * 3_600_000;
    const parts = Object.fromEntries(fmt.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
    if (`${parts.year}-${parts.month}-${parts.day}` === iso && parts.hour === '12') return t;
  }
  return Date.UTC(y, m - 1, d, 12);
}

export async function openWorkbookRun(options: WorkbookRunOptions): Promise<WorkbookRun> {
  const bundle = resolve(options.bundle ?? 'dist/Code.js');
  const ss = typeof options.workbook === 'string' ? await loadWorkbook(options.workbook) : options.workbook;
  const locale = options.locale ?? (ss.getSpreadsheetLocale() && ss.getSpreadsheetLocale() !== 'en_US' ? ss.getSpreadsheetLocale() : guessLocale(ss));
  // Sheets has no fa_IR spreadsheet locale (local/locales.ts), so a script cannot set it; a workbook
  // guessed as Persian still opens with it here, because the add-on's language is chosen from the
  // spreadsheet locale. Once the language comes from the user's locale, open it as en_US.
  if (isSheetsLocale(locale)) ss.setSpreadsheetLocale(locale);
  else ss.locale = locale;
  const session = { locale };

  let now: (() => number) | undefined;
  if (options.asOf === 'today') now = undefined;
  else if (options.asOf) {
    const t = noonIn(options.asOf, ss.getSpreadsheetTimeZone());
    now = () => t;
  } else {
    // The workbook's own As of, read by the add-on itself (read-only), fixes the clock of the run.
    const probe = loadBundle(bundle, ss, { session });
    let asOf: string | null = null;
    try {
      asOf = probe.call<PlanSummary>('getProgressSummary').asOf;
    } catch {
      // No OKR sheet: the refresh below says so in the user's language.
    }
    if (asOf) {
      const t = noonIn(asOf, ss.getSpreadsheetTimeZone());
      now = () => t;
    }
  }
  const runtime = loadBundle(bundle, ss, { session, ...(now ? { now } : {}) });
  return {
    runtime,
    spreadsheet: ss,
    refresh() {
      return runtime.call<PlanSummary>('refreshProgress');
    },
    summary() {
      return runtime.call<PlanSummary>('getProgressSummary');
    },
    save(path: string) {
      return saveWorkbook(ss, path);
    },
    progressTabNames() {
      return ss
        .getSheets()
        .filter((s) => s.getDeveloperMetadata().some((m) => m.getKey() === TAB_METADATA_KEY))
        .map((s) => s.getName());
    },
  };
}
