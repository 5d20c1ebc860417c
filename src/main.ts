// The Apps Script entry points, and nothing else. scripts/build.mjs turns every export here into a
// top-level function of dist/Code.js (with its JSDoc), which is all Apps Script can call: triggers,
// menu items, custom functions and google.script.run targets.
import { okrScore } from './functions/okrScore';
import { buildAddonMenu, languageOfLocale } from './sheets/menu';

export { showAdopt, showCheckIn, showNewQuarter, showSettings, showValidate } from './server/ui';

/**
 * Builds the add-on menu. May run in AuthMode.NONE: it only reads the locale and adds menu items.
 * @param {Object} e The onOpen event.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  void e;
  buildAddonMenu(SpreadsheetApp.getUi(), languageOfLocale(Session.getActiveUserLocale()));
}

/**
 * Runs when the add-on is installed: the document is already open, so build the menu now.
 * @param {Object} e The onInstall event.
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/**
 * Scores a key result from its start, target and current value.
 *
 * @param {number} start The baseline value.
 * @param {number} target The target value.
 * @param {number} current The latest value.
 * @return The score, from 0 to 1.
 * @customfunction
 */
export function OKR_SCORE(start: number, target: number, current: number): number {
  return okrScore(start, target, current);
}
