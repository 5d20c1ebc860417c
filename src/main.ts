// The Apps Script entry points, and nothing else. scripts/build.mjs turns every export here into a
// top-level function of dist/Code.js (with its JSDoc), which is all Apps Script can call: triggers,
// menu items, custom functions and google.script.run targets.
import { logEdit } from './sheets/editLog';
import { buildAddonMenu, menuLanguage } from './sheets/menu';

/**
 * Builds the add-on menu. In AuthMode.NONE it only reads the user's locale and adds menu items; in
 * LIMITED and FULL the menu speaks the language the sidebar speaks (sheets/menu.ts menuLanguage).
 * @param {Object} e The onOpen event.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildAddonMenu(SpreadsheetApp.getUi(), menuLanguage(e?.authMode));
}

/**
 * Runs when the add-on is installed: the document is already open, so build the menu now.
 * @param {Object} e The onInstall event.
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/**
 * Logs a value typed into the Current or Confidence column of an OKR sheet to the history tab.
 * A simple trigger: an editor add-on's onEdit runs in AuthMode.LIMITED, which may change the
 * document (guides/triggers/events, add-ons/concepts/editor-auth-lifecycle). Edits anywhere else
 * cost one property read and one Range call.
 * @param {Object} e The onEdit event.
 */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  logEdit(e);
}

// Menu items.
export { showAdopt, showCheckIn, showDiagnostics, showNewQuarter, showSettings, showValidate } from './server/ui';
export { getProgressSummary, refreshProgress } from './sheets/refresh';

// Custom functions.
export { OKR_FORECAST, OKR_NEEDED } from './functions/forecast';
export { OKR_BAND, OKR_EXPECTED, OKR_STATUS } from './functions/pace';
export { OKR_QUARTER } from './functions/quarter';
export { OKR_ROLLUP, OKR_SCORE } from './functions/score';

// The sidebar's server API (google.script.run targets).
export * from './server/api';
