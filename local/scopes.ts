// The OAuth scopes a call needs. With an explicit `oauthScopes` list in the manifest, Apps Script
// turns off automatic scope detection (developers.google.com/workspace/add-ons/concepts/editor-scopes),
// so a call needing a scope the list lacks fails. Each method's reference page lists the scopes it
// needs under "Authorization", e.g. Session.getActiveUser: "https://www.googleapis.com/auth/
// userinfo.email" (developers.google.com/apps-script/reference/base/session#getactiveuser). Apps Script
// then throws "You do not have permission to call Session.getActiveUser. Required permissions:
// https://www.googleapis.com/auth/userinfo.email" (the form of the message as reported by users; the
// runtime writes it the same way).
import type { ApiClass } from './api';
import { ScriptException } from './errors';

const AUTH = 'https://www.googleapis.com/auth/';
const SPREADSHEETS = [`${AUTH}spreadsheets.currentonly`, `${AUTH}spreadsheets`];
const CONTAINER_UI = [`${AUTH}script.container.ui`];
const EMAIL = [`${AUTH}userinfo.email`];
const SCRIPT_APP = [`${AUTH}script.scriptapp`];

const SPREADSHEET_CLASSES = new Set<string>([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'RangeList',
  'DeveloperMetadata',
  'DeveloperMetadataFinder',
  'ConditionalFormatRule',
  'ConditionalFormatRuleBuilder',
  'BooleanCondition',
  'GradientCondition',
  'DataValidation',
  'DataValidationBuilder',
]);

/** The scopes of which the call needs one, or an empty list when it needs none. */
export function requiredScopes(apiClass: ApiClass | string, method: string): readonly string[] {
  if (apiClass === 'Session' && (method === 'getActiveUser' || method === 'getEffectiveUser')) return EMAIL;
  if (apiClass === 'SpreadsheetApp' && method === 'getUi') return CONTAINER_UI;
  if (apiClass === 'Ui' || apiClass === 'Menu') return CONTAINER_UI;
  if (apiClass === 'ScriptApp' && /^(newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger)$/.test(method)) return SCRIPT_APP;
  // Builders of values (newConditionalFormatRule, newDataValidation…) need no document access.
  if (apiClass === 'SpreadsheetApp' && method.startsWith('new')) return [];
  if (SPREADSHEET_CLASSES.has(apiClass) && !/Builder$|Condition$/.test(apiClass)) return SPREADSHEETS;
  return [];
}

/** The error Apps Script raises for a call whose scope the manifest lacks, or null. `granted` null: no manifest, no check. */
export function scopeError(granted: ReadonlySet<string> | null, apiClass: ApiClass | string, method: string): ScriptException | null {
  if (!granted) return null;
  const needed = requiredScopes(apiClass, method);
  if (needed.length === 0 || needed.some((s) => granted.has(s))) return null;
  return new ScriptException(`You do not have permission to call ${apiClass}.${method}. Required permissions: ${needed[0]}`);
}
