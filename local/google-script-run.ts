// The server side of google.script.run for the local preview and browser tests: what may cross
// the wire and which functions a page may call, as documented in
// developers.google.com/apps-script/guides/html/communication and
// developers.google.com/apps-script/guides/html/reference/run:
// - "Legal parameters and return values are JavaScript primitives like a Number, Boolean, String,
//   or null, as well as JavaScript objects and arrays that are composed of primitives, objects and
//   arrays." A form element is legal only as the sole parameter (the browser side turns it into an
//   object of its fields before it reaches this module).
// - "Requests fail if you attempt to pass a Date, Function, DOM element besides a form, or other
//   prohibited type, including prohibited types inside objects or arrays. Objects that create
//   circular references will also fail, and undefined fields within arrays become null."
// - Return values follow the same rules.
// - Functions whose names end with "_" are private and cannot be called from the page, nor can
//   anything that is not a top-level function of the script.
import { isDate, isError, isPlainObject } from './realm';
import type { BundleRuntime } from './runtime';

/** A value that can cross google.script.run. */
export type ScriptRunValue = null | boolean | number | string | ScriptRunValue[] | { [key: string]: ScriptRunValue };

/** Why a value cannot cross google.script.run. */
export class ScriptRunTransferError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScriptError';
  }
}

function describe(value: unknown): string {
  if (isDate(value)) return 'a Date';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'bigint') return 'a BigInt';
  if (typeof value === 'object' && value !== null && 'nodeType' in value) return 'a DOM node';
  const name = (value as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return typeof name === 'string' && name !== '' ? `an instance of ${name}` : 'an object that is not a plain object';
}

/**
 * The value as it arrives on the other side, or a ScriptRunTransferError when the request would
 * fail. `undefined` inside an array becomes null and an undefined object property is dropped, as
 * JSON does; a top-level undefined (a function that returns nothing) stays undefined.
 */
export function serializeForScriptRun(value: unknown, path = 'value'): ScriptRunValue | undefined {
  return serialize(value, path, new Set());
}

function serialize(value: unknown, path: string, ancestors: Set<object>): ScriptRunValue | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  // The wire format is JSON, where NaN and ±Infinity have no form: they arrive as null.
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object' || isDate(value) || (!Array.isArray(value) && !isPlainObject(value))) {
    const hint = isDate(value) ? ' (send dates as ISO strings)' : '';
    throw new ScriptRunTransferError(`${path} is ${describe(value)}, which cannot be passed through google.script.run${hint}.`);
  }
  if (ancestors.has(value))
    throw new ScriptRunTransferError(`${path} refers back to one of its own containers: circular references cannot be passed through google.script.run.`);
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return Array.from(value, (v: unknown, i) => serialize(v, `${path}[${i}]`, ancestors) ?? null);
    const out: Record<string, ScriptRunValue> = {};
    for (const [k, v] of Object.entries(value)) {
      const s = serialize(v, `${path}.${k}`, ancestors);
      if (s !== undefined) out[k] = s;
    }
    return out;
  } finally {
    ancestors.delete(value);
  }
}

export type ScriptRunResult = { ok: true; value: ScriptRunValue | undefined } | { ok: false; error: { name: string; message: string } };

/**
 * Runs `google.script.run.<name>(...args)` against a loaded bundle, asynchronously like the real
 * thing, and reports what the page's success or failure handler would receive.
 */
export async function handleScriptRunCall(runtime: BundleRuntime, name: string, args: readonly unknown[]): Promise<ScriptRunResult> {
  // google.script.run calls are asynchronous: the page never gets the result in the same turn.
  await new Promise<void>((resolve) => setImmediate(resolve));
  try {
    // A private or unknown function is simply not there for the page.
    if (typeof name !== 'string' || name.endsWith('_') || !runtime.hasFunction(name))
      throw new ScriptRunTransferError(`Script function not found: ${String(name)}`);
    const sent = args.map((a, i) => serializeForScriptRun(a, `argument ${i + 1}`));
    const result = runtime.call(name, ...sent);
    return { ok: true, value: serializeForScriptRun(result, 'the return value') };
  } catch (err) {
    if (isError(err)) return { ok: false, error: { name: err.name, message: err.message } };
    return { ok: false, error: { name: 'Error', message: String(err) } };
  }
}
