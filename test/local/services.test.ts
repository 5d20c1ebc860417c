// The service layer: unimplemented methods, call counting, AuthMode limits, and the non-Spreadsheet
// services (Properties, Lock, Session, Utilities, HtmlService, Ui).
import { describe, expect, it } from 'vitest';
import { API } from '../../local/api';
import { createSpreadsheet } from '../../local/index';
import { LocalRange } from '../../local/spreadsheet/Range';
import { LocalSheet } from '../../local/spreadsheet/Sheet';
import { LocalSpreadsheet } from '../../local/spreadsheet/Spreadsheet';
import { harness, tempDir, thrown } from './helpers';

type Loose = Record<string, (...args: unknown[]) => unknown>;

describe('Unimplemented Apps Script methods', () => {
  it('throw "<Class>.<method> is not implemented in the local runtime" instead of doing nothing', () => {
    const { sheet, ss, SpreadsheetApp } = harness();
    expect(() => (sheet.getRange('A1') as unknown as Loose).breakApart!()).toThrow('Range.breakApart is not implemented in the local runtime');
    expect(() => (sheet as unknown as Loose).sort!(1)).toThrow('Sheet.sort is not implemented in the local runtime');
    expect(() => (ss as unknown as Loose).getNamedRanges!()).toThrow('Spreadsheet.getNamedRanges is not implemented in the local runtime');
    expect(() => (SpreadsheetApp as unknown as Loose).openById!('x')).toThrow('SpreadsheetApp.openById is not implemented in the local runtime');
    expect(() => SpreadsheetApp.AutoFillSeries).toThrow('SpreadsheetApp.AutoFillSeries is not implemented in the local runtime');
  });

  it('hide the runtime’s own members: the script sees only Apps Script’s API', () => {
    const { sheet } = harness();
    const loose = sheet as unknown as Record<string, unknown>;
    expect(loose.cells).toBeUndefined();
    expect(loose.rangeAt).toBeUndefined();
    expect(loose.noSuchMethod).toBeUndefined();
    expect(String(sheet)).toBe('Sheet');
  });

  it('implement only names that Apps Script has', () => {
    for (const [cls, proto] of [
      ['Range', LocalRange.prototype],
      ['Sheet', LocalSheet.prototype],
      ['Spreadsheet', LocalSpreadsheet.prototype],
    ] as const) {
      const own = Object.getOwnPropertyNames(proto).filter(
        (n) => n !== 'constructor' && typeof Object.getOwnPropertyDescriptor(proto, n)?.value === 'function',
      );
      const api = own.filter((n) => API[cls].methods.has(n));
      // Every public-looking method is either Apps Script's or one of the runtime's documented internals.
      const internal = own.filter((n) => !API[cls].methods.has(n));
      expect(api.length, cls).toBeGreaterThan(10);
      for (const name of internal)
        expect(
          [
            'rangeAt',
            'rangeFromArea',
            'storedAt',
            'select',
            'extent',
            'shift',
            'shiftRange',
            'insert',
            'remove',
            'touch',
            'ensureCalculated',
            'formulaSheets',
            'findSheet',
            'addSheet',
            'newSheetId',
            'activateSheet',
            'sheetHidden',
            'addMetadata',
            'requireActiveSheet',
            'forEachPosition',
            'readGrid',
            'writeGrid',
            'writeAll',
            'setFormat',
            'enter',
            'enterFormula',
            'setCheckboxes',
            'nextChartId',
          ],
          `${cls}.${name}`,
        ).toContain(name);
    }
  });
});

describe('Call counting', () => {
  it('counts every call into a service object, by Class.method and by service', () => {
    const { sheet, SpreadsheetApp, PropertiesService, env } = harness();
    const range = sheet.getRange('A1:B2');
    range.setValues([
      [1, 2],
      [3, 4],
    ]);
    range.getValues();
    SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().build();
    PropertiesService.getDocumentProperties().getProperty('x');
    const counts = env.counter.snapshot();
    expect(counts.byMethod['Sheet.getRange']).toBe(1);
    expect(counts.byMethod['Range.setValues']).toBe(1);
    expect(env.counter.count('ConditionalFormatRuleBuilder')).toBe(2);
    expect(env.counter.service('Properties')).toBe(2);
    expect(env.counter.spreadsheetCalls).toBe(6);
    expect(env.counter.total).toBe(8);
    env.counter.reset();
    expect(env.counter.total).toBe(0);
  });

  it('does not count the runtime’s own work', () => {
    const { sheet, env } = harness();
    sheet.getRange('A1:Z1000').setValue(1);
    sheet.getDataRange().getValues();
    expect(env.counter.total).toBe(4);
  });
});

describe('AuthMode limits', () => {
  it('lets onOpen in AuthMode.NONE build the menu and read the locale, and nothing else', () => {
    const { SpreadsheetApp, Session, PropertiesService, env } = harness();
    env.mode.authMode = 'NONE';
    SpreadsheetApp.getUi().createAddonMenu().addItem('Refresh', 'refresh').addToUi();
    expect(Session.getActiveUserLocale()).toBe('en');
    expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet');
    expect(() => PropertiesService.getDocumentProperties()).toThrow('You do not have permission');
    expect(env.ui.menus[0]!.entries).toEqual([{ kind: 'item', caption: 'Refresh', functionName: 'refresh' }]);
  });

  it('refuses sidebars in AuthMode.LIMITED', () => {
    const { SpreadsheetApp, HtmlService, env } = harness();
    env.mode.authMode = 'LIMITED';
    const ui = SpreadsheetApp.getUi();
    expect(() => ui.showSidebar(HtmlService.createHtmlOutput('<p>x</p>'))).toThrow('AuthMode.LIMITED');
  });

  it('gives custom functions a read-only Spreadsheet service and no UI', () => {
    const { SpreadsheetApp, sheet, Session, env } = harness(undefined, { session: { activeUserEmail: 'lead@example.com' } });
    expect(Session.getActiveUser().getEmail()).toBe('lead@example.com');
    env.mode.authMode = 'CUSTOM_FUNCTION';
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(() => sheet.getRange('A1').setValue(1)).toThrow('You do not have permission to call setValue');
    expect(() => SpreadsheetApp.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(Session.getActiveUser().getEmail()).toBe('');
  });
});

describe('PropertiesService', () => {
  it('stores values as strings in document, user and script stores', () => {
    const { PropertiesService } = harness();
    const doc = PropertiesService.getDocumentProperties();
    doc.setProperty('count', 5 as unknown as string);
    doc.setProperties({ a: '1', b: '2' });
    expect(doc.getProperty('count')).toBe('5');
    expect(doc.getProperties()).toEqual({ count: '5', a: '1', b: '2' });
    doc.setProperties({ only: 'this' }, true);
    expect(doc.getKeys()).toEqual(['only']);
    doc.deleteProperty('only');
    expect(doc.getProperty('only')).toBeNull();
    PropertiesService.getUserProperties().setProperty('k', 'user');
    expect(PropertiesService.getScriptProperties().getProperty('k')).toBeNull();
  });

  it('keeps document properties with the document', () => {
    const ss = createSpreadsheet();
    harness(ss).PropertiesService.getDocumentProperties().setProperty('settings', '{}');
    expect(ss.documentProperties.get('settings')).toBe('{}');
    expect(harness(ss).PropertiesService.getDocumentProperties().getProperty('settings')).toBe('{}');
  });

  it('refuses a value over 9 KB and a store over 500 KB', () => {
    const { PropertiesService } = harness();
    const props = PropertiesService.getDocumentProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    for (let i = 0; i < 55; i++) props.setProperty(`k${i}`, 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('one-more', 'x'.repeat(9 * 1024))).toThrow('You have exceeded the property storage quota');
  });
});

describe('LockService', () => {
  it('gives the lock to the first taker and releases it', () => {
    const { LockService } = harness();
    const lock = LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('times out while another process holds the document lock', () => {
    const { LockService, env } = harness();
    env.locks.holdForAnotherProcess('document');
    const lock = LockService.getDocumentLock();
    expect(lock.tryLock(5000)).toBe(false);
    expect(thrown(() => lock.waitLock(5000)).message).toBe('Lock timeout: another process was holding the lock for too long.');
    expect(env.locks.waits.map((w) => [w.method, w.acquired, w.waitedMs])).toEqual([
      ['tryLock', false, 5000],
      ['waitLock', false, 5000],
    ]);
    // Other scopes are independent.
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);
  });

  it('gets the lock when the other process lets go within the timeout', () => {
    const { LockService, env } = harness();
    env.locks.holdForAnotherProcess('document', { releaseAfterMs: 2000 });
    const lock = LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(env.locks.clockMs).toBe(2000);
  });

  it('makes a second Lock object of the same scope wait for the first', () => {
    const { LockService } = harness();
    const first = LockService.getDocumentLock();
    first.waitLock(10);
    expect(LockService.getDocumentLock().tryLock(10)).toBe(false);
  });
});

describe('Session and Utilities', () => {
  it('reports the locale, the script time zone and an empty email by default', () => {
    const { Session } = harness(undefined, { session: { locale: 'fa', scriptTimeZone: 'Asia/Tehran' } });
    expect(Session.getActiveUserLocale()).toBe('fa');
    expect(Session.getScriptTimeZone()).toBe('Asia/Tehran');
    expect(Session.getActiveUser().getEmail()).toBe('');
  });

  it('formats dates with SimpleDateFormat patterns in a time zone', () => {
    const { Utilities } = harness();
    const d = new Date('2026-03-31T22:05:09.045Z');
    expect(Utilities.formatDate(d, 'Etc/UTC', 'yyyy-MM-dd')).toBe('2026-03-31');
    expect(Utilities.formatDate(d, 'Asia/Tehran', 'yyyy-MM-dd HH:mm:ss.SSS')).toBe('2026-04-01 01:35:09.045');
    expect(Utilities.formatDate(d, 'America/New_York', 'EEE, d MMM yyyy h:mm a Z')).toBe('Tue, 31 Mar 2026 6:05 PM -0400');
    expect(Utilities.formatDate(d, 'GMT+2', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-04-01T00:05:09+02:00');
    expect(Utilities.formatDate(d, 'Etc/UTC', "''yy''")).toBe("'26'");
    expect(() => Utilities.formatDate(d, 'Etc/UTC', 'yyyy-bb')).toThrow("Illegal pattern character 'b'");
  });

  it('makes UUIDs, formats strings and counts sleeping time', () => {
    const { Utilities, env } = harness();
    expect(Utilities.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(Utilities.formatString('%s scored %.1f%% (%d)', 'MKT', 72.456, 3.9)).toBe('MKT scored 72.5% (3)');
    Utilities.sleep(1500);
    expect(env.locks.clockMs).toBe(1500);
  });
});

describe('HtmlService and Ui', () => {
  it('reads pages from the project directory and records the sidebar shown', () => {
    const dir = tempDir({ 'sidebar.html': '<!DOCTYPE html><html><body>Hi</body></html>' });
    const { HtmlService, SpreadsheetApp, env } = harness(undefined, { htmlDir: dir });
    const page = HtmlService.createHtmlOutputFromFile('sidebar').setTitle('OKR Sheets');
    expect(page.getContent()).toContain('Hi');
    SpreadsheetApp.getUi().showSidebar(page);
    expect(env.ui.sidebars).toEqual([{ kind: 'sidebar', title: 'OKR Sheets', content: page.getContent(), width: 0, height: 0 }]);
    expect(() => HtmlService.createHtmlOutputFromFile('missing')).toThrow('No HTML file named missing was found.');
    expect(HtmlService.createHtmlOutput('<b>').appendUntrusted('<i>').getContent()).toBe('<b>&lt;i&gt;');
  });

  it('records menus with separators and submenus, and answers alerts and prompts', () => {
    const { SpreadsheetApp, env } = harness(undefined, { addonName: 'OKR Sheets' });
    const ui = SpreadsheetApp.getUi();
    const sub = ui.createMenu('More').addItem('About', 'about');
    ui.createAddonMenu().addItem('Refresh', 'refresh').addSeparator().addSubMenu(sub).addToUi();
    expect(env.ui.menus[0]).toEqual({
      caption: 'OKR Sheets',
      addon: true,
      entries: [
        { kind: 'item', caption: 'Refresh', functionName: 'refresh' },
        { kind: 'separator' },
        { kind: 'submenu', menu: { caption: 'More', addon: false, entries: [{ kind: 'item', caption: 'About', functionName: 'about' }] } },
      ],
    });
    expect(ui.alert('Sure?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    env.ui.promptAnswers.push({ button: 'CANCEL', text: 'typed' });
    const answer = ui.prompt('Name', 'Your name?', ui.ButtonSet.OK_CANCEL);
    expect([answer.getSelectedButton(), answer.getResponseText()]).toEqual([ui.Button.CANCEL, 'typed']);
    expect(env.ui.alerts).toEqual([{ title: '', prompt: 'Sure?', buttons: 'YES_NO' }]);
  });

  it('records toasts', () => {
    const { ss, spreadsheet } = harness();
    ss.toast('Progress refreshed', 'OKR Sheets', 8);
    expect(spreadsheet.toasts).toEqual([{ message: 'Progress refreshed', title: 'OKR Sheets', timeoutSeconds: 8 }]);
  });
});
