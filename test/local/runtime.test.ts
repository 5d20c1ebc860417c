// Running a bundle in node:vm with the services as globals, the way Apps Script runs dist/Code.js.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle } from '../../local/index';
import { writeBundle } from './helpers';

const SOURCE = `
var App = (() => {
  function refresh() {
    const lock = LockService.getDocumentLock();
    if (!lock.tryLock(5000)) throw new Error('Another refresh is running.');
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    const values = sheet.getDataRange().getValues();
    sheet.getRange(1, 3, values.length, 1).setValues(values.map((row) => [row[0] instanceof Date ? 'date' : typeof row[0]]));
    return values.length;
  }
  return { refresh };
})();
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Refresh', 'refresh').addToUi();
  return String(e.authMode);
}
function refresh() { return App.refresh(); }
function holdLock() { return LockService.getDocumentLock().tryLock(0); }
function kinds(value) {
  return { isDate: value.when instanceof Date, isArray: value.list instanceof Array, year: value.when.getUTCFullYear() };
}
function today() { return new Date(Date.UTC(2026, 0, 15)); }
function failWith(message) { throw new TypeError(message); }
function caught() {
  try { SpreadsheetApp.getActiveSheet().getRange('A1:B2').setValues([[1]]); } catch (e) { return { isError: e instanceof Error, name: e.name, message: e.message }; }
}
function globalsSeen() { return [typeof require, typeof process, typeof setTimeout, typeof SpreadsheetApp, typeof Utilities]; }
function logSomething() { Logger.log('value: %s', 42); console.warn('careful'); }
`;

function setUp() {
  const ss = createSpreadsheet('Runtime');
  const rt = loadBundle(writeBundle(SOURCE, { 'appsscript.json': JSON.stringify({ timeZone: 'Asia/Tehran' }), 'sidebar.html': '<p>side</p>' }), ss, {
    addonName: 'OKR Sheets',
  });
  return { ss, rt };
}

describe('loadBundle', () => {
  it('lists the top-level functions and calls them by name', () => {
    const { rt, ss } = setUp();
    expect(rt.functionNames()).toContain('refresh');
    expect(rt.functionNames()).not.toContain('App');
    ss.getSheets()[0]!
      .getRange('A1:A2')
      .setValues([[new Date('2026-01-15T00:00:00Z')], ['x']]);
    expect(rt.call('refresh')).toBe(2);
    expect(ss.getSheets()[0]!.getRange('C1:C2').getValues()).toEqual([['date'], ['string']]);
    expect(() => rt.call('nope')).toThrow('Script function not found: nope');
  });

  it('runs the script with Apps Script globals only', () => {
    const { rt } = setUp();
    expect(rt.call('globalsSeen')).toEqual(['undefined', 'undefined', 'undefined', 'object', 'object']);
  });

  it('hands the script Dates, arrays and errors of its own realm', () => {
    const { rt } = setUp();
    expect(rt.call('kinds', { when: new Date('2026-01-15T00:00:00Z'), list: [1, 2] })).toEqual({ isDate: true, isArray: true, year: 2026 });
    expect(rt.call('caught')).toEqual({
      isError: true,
      name: 'Exception',
      message: 'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    });
  });

  it('returns the script’s values and errors in Node’s realm', () => {
    const { rt } = setUp();
    const d = rt.call<Date>('today');
    expect(d).toBeInstanceOf(Date);
    expect(d.toISOString()).toBe('2026-01-15T00:00:00.000Z');
    const error = (() => {
      try {
        rt.call('failWith', 'bad input');
      } catch (e) {
        return e as Error;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(Error);
    expect([error!.name, error!.message]).toEqual(['TypeError', 'bad input']);
  });

  it('runs a simple trigger with its event object in the given AuthMode', () => {
    const { rt } = setUp();
    expect(rt.trigger('onOpen', 'NONE')).toBe('NONE');
    expect(rt.ui.menus).toEqual([{ caption: 'OKR Sheets', addon: true, entries: [{ kind: 'item', caption: 'Refresh', functionName: 'refresh' }] }]);
  });

  it('counts the script’s service calls and resets the count', () => {
    const { rt } = setUp();
    rt.call('refresh');
    expect(rt.counter.snapshot().byMethod).toMatchObject({ 'LockService.getDocumentLock': 1, 'Lock.tryLock': 1, 'Range.setValues': 1 });
    expect(rt.counter.spreadsheetCalls).toBe(6);
    rt.resetCounter();
    expect(rt.counter.total).toBe(0);
  });

  it('releases the script’s locks when a call ends, and respects another process’s lock', () => {
    const { rt } = setUp();
    expect(rt.call('holdLock')).toBe(true);
    expect(rt.locks.isHeld('document')).toBe(false);
    const release = rt.locks.holdForAnotherProcess('document');
    expect(() => rt.call('refresh')).toThrow('Another refresh is running.');
    release();
    expect(rt.call('refresh')).toBe(1);
  });

  it('takes the script time zone from appsscript.json and pages from the bundle’s folder', () => {
    const { rt } = setUp();
    expect(rt.services.Session.getScriptTimeZone()).toBe('Asia/Tehran');
    expect(rt.services.HtmlService.createHtmlOutputFromFile('sidebar').getContent()).toBe('<p>side</p>');
  });

  it('keeps what the script logs', () => {
    const { rt } = setUp();
    rt.call('logSomething');
    expect(rt.logs).toEqual([
      { level: 'log', message: 'value: 42' },
      { level: 'warn', message: 'careful' },
    ]);
  });
});
