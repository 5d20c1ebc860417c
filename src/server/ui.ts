import { runDiagnostics, diagnosticsPage } from '../sheets/diagnostics';
import { defaultLanguageOf } from '../sheets/menu';
import { loadSettings } from '../sheets/properties';
import { serverMessage } from './messages';
import { PRODUCT_NAME } from '../core/i18n/historyHeaders';

// Opens the sidebar at a given view. Sidebars open only from menu items, which run in
// AuthMode.FULL (developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
export type SidebarView = 'newQuarter' | 'adopt' | 'validate' | 'checkIn' | 'settings';

/** The global the sidebar page reads its first view from (sidebar/main.ts initialView). */
export const VIEW_GLOBAL = 'okrSheetsView';

/**
 * The sidebar page with the view it should open set by a script at the top of its <head>. HtmlService
 * serves the page's own <script> elements as they are (that is how google.script.run pages work,
 * developers.google.com/apps-script/guides/html/communication), while it documents nothing about
 * keeping attributes of <html>, which it may rewrite; the view is one of five fixed names.
 */
export function pageWithView(page: string, view: SidebarView): string {
  return page.replace('<head>', () => `<head>\n<script>var ${VIEW_GLOBAL} = ${JSON.stringify(view)};</script>`);
}

export function showSidebar(view: SidebarView): void {
  const page = HtmlService.createHtmlOutputFromFile('sidebar').getContent();
  const html = HtmlService.createHtmlOutput(pageWithView(page, view)).setTitle(PRODUCT_NAME);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showNewQuarter(): void {
  showSidebar('newQuarter');
}
export function showAdopt(): void {
  showSidebar('adopt');
}
export function showValidate(): void {
  showSidebar('validate');
}
export function showCheckIn(): void {
  showSidebar('checkIn');
}
export function showSettings(): void {
  showSidebar('settings');
}

/**
 * Menu item Help → Diagnostics: runs the platform probes (src/sheets/diagnostics.ts) and shows the
 * report in a dialog, as text the user can copy, in the add-on's language.
 */
export function showDiagnostics(): void {
  const language = loadSettings(defaultLanguageOf(SpreadsheetApp.getActiveSpreadsheet())).language;
  const say = (key: Parameters<typeof serverMessage>[1]) => serverMessage(language, key);
  const report = runDiagnostics(say);
  const page = HtmlService.createHtmlOutput(diagnosticsPage(report, language, say))
    .setWidth(560)
    .setHeight(420);
  SpreadsheetApp.getUi().showModalDialog(page, say('diagTitle'));
}
