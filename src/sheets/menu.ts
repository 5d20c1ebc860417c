// The add-on menu. onOpen may run in AuthMode.NONE, where any service call other than building the
// menu (and reading the locale) breaks it (developers.google.com/workspace/add-ons/concepts/
// editor-auth-lifecycle: in NONE, "user data: locale only", no document, no properties). So in NONE
// the menu speaks the user's own locale only; in LIMITED and FULL it follows the same chain as the
// sidebar (saved setting, user locale, spreadsheet locale, the sheet's words).
import type { Language } from '../core/model';
import { loadSettings } from './properties';
import { MENU_LABELS, type MenuKey } from '../core/i18n/menuLabels';
import { languageOfText } from '../core/i18n/text';

/** `fa_IR`, `fa`, `ar-EG`… → the add-on's language; English otherwise. */
export function languageOfLocale(locale: string | null | undefined): Language {
  return ownLanguageOfLocale(locale) ?? 'en';
}

/** `fa_IR`, `fa`, `ar-EG`, `hu`, `en_GB` → that language; null for a locale of another language. */
export function ownLanguageOfLocale(locale: string | null | undefined): Language | null {
  const code = String(locale ?? '')
    .toLowerCase()
    .slice(0, 2);
  return code === 'fa' || code === 'ar' || code === 'hu' || code === 'en' ? code : null;
}

export { languageOfText };

/**
 * The language to speak before one is saved: the user's own locale (Session.getActiveUserLocale),
 * else the spreadsheet's locale, else what the sheet is written in, else English. Sheets' list of
 * spreadsheet locales has no Persian (Iran) entry, so a Persian sheet is mostly known by the first
 * or the last of these.
 */
export function defaultLanguage(userLocale: string | null | undefined, spreadsheetLocale: string | null | undefined, sheetText: () => string): Language {
  return ownLanguageOfLocale(userLocale) ?? ownLanguageOfLocale(spreadsheetLocale) ?? languageOfText(sheetText()) ?? 'en';
}

/** The language to speak in a spreadsheet when no language is saved (see defaultLanguage). */
export function defaultLanguageOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Language {
  let userLocale = '';
  try {
    userLocale = Session.getActiveUserLocale();
  } catch {
    // Not available in this context: the spreadsheet decides.
  }
  return defaultLanguage(userLocale, ss.getSpreadsheetLocale(), () => {
    // The first rows of the active sheet (labels, title and header) in one read.
    const sheet = ss.getActiveSheet();
    const rows = Math.min(sheet.getLastRow(), 10);
    const columns = Math.min(sheet.getLastColumn(), 30);
    if (rows < 1 || columns < 1) return '';
    return sheet.getRange(1, 1, rows, columns).getDisplayValues().flat().join(' ');
  });
}

/**
 * The language of the menu for an onOpen (or onInstall) event: in AuthMode.NONE, or with no event,
 * the user's locale (the one thing NONE may read); otherwise the saved setting and the chain of
 * defaultLanguageOf, as in the sidebar. A call that fails falls back to the user's locale, so the
 * menu is always built.
 */
export function menuLanguage(authMode: unknown): Language {
  const userLocale = () => languageOfLocale(Session.getActiveUserLocale());
  // AuthMode values are enum members whose string is their name (ScriptApp.AuthMode.NONE → "NONE").
  const mode = authMode === undefined || authMode === null ? 'NONE' : String(authMode);
  if (mode !== 'LIMITED' && mode !== 'FULL') return userLocale();
  try {
    return loadSettings(defaultLanguageOf(SpreadsheetApp.getActiveSpreadsheet())).language;
  } catch {
    return userLocale();
  }
}

/** Menu item → the top-level function (in src/main.ts) it runs. */
const MENU_ITEMS: readonly (readonly [MenuKey, string])[] = [
  ['newQuarter', 'showNewQuarter'],
  ['adopt', 'showAdopt'],
  ['validate', 'showValidate'],
  ['checkIn', 'showCheckIn'],
  ['refresh', 'refreshProgress'],
  ['settings', 'showSettings'],
];

export function buildAddonMenu(ui: GoogleAppsScript.Base.Ui, language: Language): void {
  const labels = MENU_LABELS[language];
  const menu = ui.createAddonMenu();
  MENU_ITEMS.forEach(([key, handler], i) => {
    // Separators set reporting (Refresh) and configuration (Settings) apart from planning.
    if (i === 4 || i === 5) menu.addSeparator();
    menu.addItem(labels[key], handler);
  });
  // Help is a submenu of its own: checks of the platform, apart from the work on OKRs.
  menu.addSeparator();
  const help = ui.createMenu(labels.help);
  for (const [key, handler] of HELP_ITEMS) help.addItem(labels[key], handler);
  menu.addSubMenu(help);
  menu.addToUi();
}

/** Help submenu item → the top-level function (in src/main.ts) it runs. */
const HELP_ITEMS: readonly (readonly [MenuKey, string])[] = [['diagnostics', 'showDiagnostics']];

export function menuHandlers(): string[] {
  return [...MENU_ITEMS, ...HELP_ITEMS].map(([, handler]) => handler);
}
