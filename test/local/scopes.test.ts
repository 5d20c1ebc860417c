// The manifest's oauthScopes limit what the script may call (local/scopes.ts), as in Apps Script.
import { describe, expect, it } from 'vitest';
import { createServices, createSpreadsheet, Environment } from '../../local/index';
import { requiredScopes } from '../../local/scopes';

const AUTH = 'https://www.googleapis.com/auth/';
const NARROW = [`${AUTH}spreadsheets.currentonly`, `${AUTH}script.container.ui`];

function services(oauthScopes?: string[]) {
  return createServices(new Environment(createSpreadsheet('Scopes'), { oauthScopes, session: { activeUserEmail: 'ana@example.com' } }));
}

describe('scopes', () => {
  it.each([
    ['Session', 'getActiveUser', `${AUTH}userinfo.email`],
    ['Session', 'getEffectiveUser', `${AUTH}userinfo.email`],
    ['Session', 'getActiveUserLocale', undefined],
    ['SpreadsheetApp', 'getActiveSpreadsheet', `${AUTH}spreadsheets.currentonly`],
    ['Range', 'setValues', `${AUTH}spreadsheets.currentonly`],
    ['SpreadsheetApp', 'getUi', `${AUTH}script.container.ui`],
    ['Ui', 'showSidebar', `${AUTH}script.container.ui`],
    ['ScriptApp', 'newTrigger', `${AUTH}script.scriptapp`],
    ['PropertiesService', 'getDocumentProperties', undefined],
    ['LockService', 'getDocumentLock', undefined],
    ['SpreadsheetApp', 'openById', `${AUTH}spreadsheets`],
    ['SpreadsheetApp', 'openByUrl', `${AUTH}spreadsheets`],
    ['SpreadsheetApp', 'open', `${AUTH}spreadsheets`],
    ['SpreadsheetApp', 'create', `${AUTH}spreadsheets`],
    ['UrlFetchApp', 'fetch', `${AUTH}script.external_request`],
    ['DriveApp', 'getFiles', `${AUTH}drive.readonly`],
    ['DriveApp', 'createFile', `${AUTH}drive`],
    ['MailApp', 'sendEmail', `${AUTH}script.send_mail`],
    ['MailApp', 'getRemainingDailyQuota', `${AUTH}script.send_mail`],
    ['GmailApp', 'getInboxUnreadCount', 'https://mail.google.com/'],
    ['GmailApp', 'sendEmail', 'https://mail.google.com/'],
    ['CalendarApp', 'getDefaultCalendar', `${AUTH}calendar.readonly`],
    ['CalendarApp', 'createEvent', `${AUTH}calendar`],
    ['CacheService', 'getScriptCache', undefined],
  ])('%s.%s needs %s', (apiClass, method, scope) => {
    expect(requiredScopes(apiClass, method)[0]).toBe(scope);
  });

  it('fails Session.getActiveUser without userinfo.email, as Apps Script does', () => {
    const { Session, SpreadsheetApp } = services(NARROW);
    expect(() => Session.getActiveUser()).toThrow(`You do not have permission to call Session.getActiveUser. Required permissions: ${AUTH}userinfo.email`);
    expect(Session.getActiveUserLocale()).toBe('en');
    expect(SpreadsheetApp.getActiveSpreadsheet().getName()).toBe('Scopes');
  });

  it('gives the email with userinfo.email, in a run the user started', () => {
    const { Session } = services([...NARROW, `${AUTH}userinfo.email`]);
    expect(Session.getActiveUser().getEmail()).toBe('ana@example.com');
  });

  it('fails spreadsheet calls without a spreadsheets scope', () => {
    const { SpreadsheetApp } = services([`${AUTH}script.container.ui`]);
    expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow(`Required permissions: ${AUTH}spreadsheets.currentonly`);
    expect(SpreadsheetApp.newConditionalFormatRule()).toBeTruthy();
  });

  it('fails calls that reach beyond this spreadsheet under spreadsheets.currentonly, as Apps Script does', () => {
    const { SpreadsheetApp, UrlFetchApp, DriveApp } = services(NARROW);
    for (const call of [() => SpreadsheetApp.openById('1abc'), () => SpreadsheetApp.openByUrl('https://docs.google.com/x'), () => SpreadsheetApp.create('New')])
      expect(call).toThrow(`Required permissions: ${AUTH}spreadsheets`);
    expect(() => UrlFetchApp.fetch('https://example.com')).toThrow(
      `You do not have permission to call UrlFetchApp.fetch. Required permissions: ${AUTH}script.external_request`,
    );
    expect(() => DriveApp.getFiles()).toThrow(`Required permissions: ${AUTH}drive.readonly`);
    expect(() => DriveApp.createFolder('x')).toThrow(`Required permissions: ${AUTH}drive`);
  });

  it('says "not implemented" for a granted call the runtime does not implement', () => {
    const { UrlFetchApp } = services([...NARROW, `${AUTH}script.external_request`]);
    expect(() => UrlFetchApp.fetch('https://example.com')).toThrow(/not implemented/);
  });

  // Found by the audit of issue 15: these globals were missing, so a script died with a ReferenceError.
  it.each([
    ['MailApp', () => services(NARROW).MailApp.sendEmail('a@b.c', 's', 'b'), `${AUTH}script.send_mail`],
    ['GmailApp', () => services(NARROW).GmailApp.getInboxUnreadCount(), 'https://mail.google.com/'],
    ['CalendarApp', () => services(NARROW).CalendarApp.getDefaultCalendar(), `${AUTH}calendar.readonly`],
  ])('%s exists and fails for the scope the manifest lacks', (name, call, scope) => {
    expect(call).toThrow(new RegExp(`^You do not have permission to call ${name}\\.\\w+\\. Required permissions: ${scope.replace(/[./]/g, '\\$&')}$`));
  });

  it.each([
    ['MailApp', () => services([...NARROW, `${AUTH}script.send_mail`]).MailApp.sendEmail('a@b.c', 's', 'b')],
    ['GmailApp', () => services([...NARROW, 'https://mail.google.com/']).GmailApp.getInboxUnreadCount()],
    ['CalendarApp', () => services([...NARROW, `${AUTH}calendar`]).CalendarApp.getDefaultCalendar()],
    ['CacheService', () => services(NARROW).CacheService.getScriptCache()],
  ])('%s with its scope (CacheService needs none) is "not implemented"', (_name, call) => {
    expect(call).toThrow(/not implemented/);
  });

  it('checks nothing without a manifest', () => {
    expect(services().Session.getActiveUser().getEmail()).toBe('ana@example.com');
  });
});
