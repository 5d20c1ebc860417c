// One run of the add-on on a workbook file: what `npm start` does, and what the end-to-end tests and
// the bench drive. It loads the .xlsx into the local runtime, evaluates the built dist/Code.js over
// it, and calls the add-on's own entry points (Refresh progress, then the read-only summary).
import { isSheetsLocale } from './locales';
import { resolve } from 'node:path';
import type { PlanSummary } from '../src/core/summary';
import { languageOfText } from '../src/core/i18n/text';
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
  /**
   * The locale of the run: a Sheets spreadsheet locale (`hu_HU`) sets the spreadsheet's and the user's;
   * a language's locale Sheets does not offer for spreadsheets (`fa`, `fa_IR`) is the user's own
   * (Session.getActiveUserLocale) with an en_US spreadsheet. Without it, the workbook's own locale,
   * else a guess from the first sheet (see guessLocales).
   */
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
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/** The two locales a run needs: the spreadsheet's (one Sheets offers) and the user's own. */
export interface RunLocales {
  /** SpreadsheetApp getSpreadsheetLocale(): always one of Sheets' list (local/locales.ts). */
  spreadsheet: string;
  /** Session.getActiveUserLocale(): the user's Google account language, such as `fa`. */
  user: string;
}

/**
 * The locales for a workbook that records none: an .xlsx downloaded from Sheets loses its locale. A
 * first sheet laid out right to left with Persian letters is a Persian user's: Sheets has no Persian
 * spreadsheet locale (local/locales.ts), so such a spreadsheet has another one (en_US here) and the
 * user's own locale is `fa`, which is where the add-on takes its language from (src/sheets/menu.ts
 * defaultLanguage). Other Arabic script reads as ar_EG and `ar`; anything else as en_US.
 */
export function guessLocales(ss: LocalSpreadsheet): RunLocales {
  const first = ss.getSheets()[0];
  if (!first?.isRightToLeft()) return { spreadsheet: 'en_US', user: 'en' };
  const text = first
    .getDataRange()
    .getValues()
    .flat()
    .filter((v): v is string => typeof v === 'string')
    .join(' ');
  // The add-on's own reading of a sheet's language (Persian ک ی and digits too, not only پ چ ژ گ).
  const language = languageOfText(text);
  if (language === 'fa') return { spreadsheet: 'en_US', user: 'fa' };
  return language === 'ar' || ARABIC_SCRIPT.test(text) ? { spreadsheet: 'ar_EG', user: 'ar' } : { spreadsheet: 'en_US', user: 'en' };
}

/** `hu-HU`, `hu_hu`, `HU` → `hu_HU`, `hu`: the form Sheets gives its locales (language_REGION). */
export function normalizeLocale(locale: string): string {
  const [language = '', region] = locale.trim().split(/[-_]/);
  return region ? `${language.toLowerCase()}_${region.toUpperCase()}` : language.toLowerCase();
}

/**
 * The locales of a run from `--locale` (or the workbook's own, or a guess): a Sheets locale is both
 * the spreadsheet's and the user's; another one (`fa_IR`, `fa`) is the user's only, with en_US for
 * the spreadsheet, as a Persian user's spreadsheet has in Sheets.
 */
export function runLocales(ss: LocalSpreadsheet, given?: string): RunLocales {
  const asked = given ? normalizeLocale(given) : undefined;
  if (asked) return isSheetsLocale(asked) ? { spreadsheet: asked, user: asked } : { spreadsheet: 'en_US', user: asked };
  const own = ss.getSpreadsheetLocale();
  if (own && own !== 'en_US') return runLocales(ss, own);
  return guessLocales(ss);
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
  const locales = runLocales(ss, options.locale);
  ss.setSpreadsheetLocale(locales.spreadsheet);
  const session = { locale: locales.user };

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
