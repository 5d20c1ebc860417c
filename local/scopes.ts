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
// SpreadsheetApp.open, openById, openByUrl and create reach other spreadsheets: their reference pages
// list only the full `spreadsheets` scope, and `spreadsheets.currentonly` is "spreadsheets that this
// application has been installed in" (developers.google.com/apps-script/reference/spreadsheet/
// spreadsheet-app#openbyidid; /workspace/add-ons/concepts/editor-scopes).
const OTHER_SPREADSHEETS = [`${AUTH}spreadsheets`];
// UrlFetchApp.fetch: "https://www.googleapis.com/auth/script.external_request"
// (developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetchurl).
const EXTERNAL_REQUEST = [`${AUTH}script.external_request`];
// DriveApp: reading needs drive or drive.readonly, changing needs drive
// (developers.google.com/apps-script/reference/drive/drive-app, each method's "Authorization").
const DRIVE = [`${AUTH}drive`];
const DRIVE_READ = [`${AUTH}drive.readonly`, `${AUTH}drive`];
// MailApp.sendEmail and getRemainingDailyQuota: "https://www.googleapis.com/auth/script.send_mail"
// (developers.google.com/apps-script/reference/mail/mail-app, "Authorization").
const SEND_MAIL = [`${AUTH}script.send_mail`];
// GmailApp: "https://mail.google.com/" (developers.google.com/apps-script/reference/gmail/gmail-app,
// each method's "Authorization"; a few also accept narrower Gmail scopes, not modelled).
const GMAIL = ['https://mail.google.com/'];
// CalendarApp: reading accepts calendar.readonly or calendar, changing needs calendar
// (developers.google.com/apps-script/reference/calendar/calendar-app, each method's "Authorization").
const CALENDAR = [`${AUTH}calendar`];
const CALENDAR_READ = [`${AUTH}calendar.readonly`, `${AUTH}calendar`];

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
  if (apiClass === 'SpreadsheetApp' && /^(open|openById|openByUrl|create)$/.test(method)) return OTHER_SPREADSHEETS;
  if (apiClass === 'UrlFetchApp') return EXTERNAL_REQUEST;
  if (apiClass === 'DriveApp') return /^(get|search|continue)/.test(method) ? DRIVE_READ : DRIVE;
  if (apiClass === 'MailApp') return SEND_MAIL;
  if (apiClass === 'GmailApp') return GMAIL;
  if (apiClass === 'CalendarApp') return /^(get|is)/.test(method) ? CALENDAR_READ : CALENDAR;
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
