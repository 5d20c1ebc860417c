// The google.script.run rules (developers.google.com/apps-script/guides/html/communication and
// .../guides/html/reference/run).
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, handleScriptRunCall, loadBundle, serializeForScriptRun } from '../../local/index';
import { writeBundle } from './helpers';

describe('serializeForScriptRun', () => {
  it('passes numbers, booleans, strings, null and objects and arrays of them', () => {
    const value = { n: 1.5, ok: true, s: 'x', none: null, list: [1, 'a', [false]], nested: { deep: { v: 0 } } };
    expect(serializeForScriptRun(value)).toEqual(value);
  });

  it('turns undefined array entries into null and drops undefined properties', () => {
    expect(serializeForScriptRun([1, undefined, 3])).toEqual([1, null, 3]);
    expect(serializeForScriptRun({ a: 1, b: undefined })).toEqual({ a: 1 });
  });

  it('fails on a Date, a function or a class instance, also inside objects and arrays', () => {
    expect(() => serializeForScriptRun(new Date())).toThrow('value is a Date, which cannot be passed through google.script.run (send dates as ISO strings).');
    expect(() => serializeForScriptRun({ rows: [{ due: new Date() }] })).toThrow('value.rows[0].due is a Date');
    expect(() => serializeForScriptRun({ f: () => 1 })).toThrow('value.f is a function');
    expect(() => serializeForScriptRun(new Map())).toThrow('value is an instance of Map');
    expect(() => serializeForScriptRun([Symbol('s')])).toThrow('value[0] is a symbol');
  });

  it('fails on circular references', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    expect(() => serializeForScriptRun(a)).toThrow('circular references cannot be passed');
    const shared = { x: 1 };
    expect(serializeForScriptRun({ one: shared, two: shared })).toEqual({ one: { x: 1 }, two: { x: 1 } });
  });
});

describe('handleScriptRunCall', () => {
  const bundle = writeBundle(`
function getSummary(options) { return { sheet: 'OKRs', count: options.limit, asOf: '2026-01-15' }; }
function getDate() { return new Date(); }
function nothing() {}
function fails() { throw new Error('No OKR sheet found'); }
function internal_() { return 'secret'; }
var notAFunction = 1;
`);
  const rt = loadBundle(bundle, createSpreadsheet());

  it('calls a top-level function with JSON arguments and returns its JSON result, asynchronously', async () => {
    const pending = handleScriptRunCall(rt, 'getSummary', [{ limit: 3 }]);
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toEqual({ ok: true, value: { sheet: 'OKRs', count: 3, asOf: '2026-01-15' } });
    expect(await handleScriptRunCall(rt, 'nothing', [])).toEqual({ ok: true, value: undefined });
  });

  it('hands a thrown error to the failure handler', async () => {
    expect(await handleScriptRunCall(rt, 'fails', [])).toEqual({ ok: false, error: { name: 'Error', message: 'No OKR sheet found' } });
  });

  it('refuses private functions, unknown names and non-functions', async () => {
    for (const name of ['internal_', 'missing', 'notAFunction']) {
      expect(await handleScriptRunCall(rt, name, [])).toEqual({ ok: false, error: { name: 'ScriptError', message: `Script function not found: ${name}` } });
    }
  });

  it('fails a request whose arguments or return value cannot cross', async () => {
    expect(await handleScriptRunCall(rt, 'getSummary', [{ limit: new Date() }])).toMatchObject({
      ok: false,
      error: { message: 'argument 1.limit is a Date, which cannot be passed through google.script.run (send dates as ISO strings).' },
    });
    expect(await handleScriptRunCall(rt, 'getDate', [])).toMatchObject({
      ok: false,
      error: { name: 'ScriptError', message: expect.stringContaining('the return value is a Date') },
    });
  });
});
