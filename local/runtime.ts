// Runs the built add-on (dist/Code.js) the way Apps Script does: the whole file evaluated as one
// script in a fresh global scope whose globals are the Apps Script services, then its top-level
// functions called by name (menu items, triggers, google.script.run targets, custom functions).
// The script runs in a node:vm context, so it sees no Node globals (no require, process, setTimeout)
// and its values are of its own realm (see ./realm.ts).
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import vm from 'node:vm';
import { parseA1 } from './a1';
import type { AuthModeName } from './authMode';
import type { CallCounter } from './counter';
import { AuthMode, member } from './enums';
import type { CustomFunctionHost } from './formulas';
import type { Membrane } from './membrane';
import { isError, realmOf } from './realm';
import { createServiceSet, Environment, type EnvironmentOptions, type ServiceGlobals } from './services/index';
import type { LockRegistry } from './services/lock';
import type { LogEntry } from './services/logging';
import type { UiLog } from './services/ui';
import { LocalSpreadsheet, type SpreadsheetOptions } from './spreadsheet/Spreadsheet';
import { LocalUser } from './services/session';
import type { LocalRange } from './spreadsheet/Range';

export interface BundleOptions extends EnvironmentOptions {
  /**
   * Evaluate the bundle afresh for every custom-function call, as Apps Script does: "each time a
   * custom function is used in a spreadsheet, Google Sheets makes a separate call to the Apps Script
   * server" (guides/sheets/functions), which loads the script anew. A function that leans on state
   * left by another call then fails here too. Default true.
   */
  isolateCustomFunctions?: boolean;
  /** A custom function's time limit: 30 s in Apps Script (guides/sheets/functions). */
  customFunctionTimeoutMs?: number;
  /**
   * The script's clock: `new Date()` and `Date.now()` inside the bundle read it. Default: the real
   * clock. The CLI and the tests fix it so that "today" (the As of a refresh writes) is repeatable.
   */
  now?: () => number;
}

// Replaces the context's Date with one whose clock is `now` (constructor with no arguments, Date.now).
// Dates made any other way behave as usual, and the subclass still tags as [object Date].
const FREEZE_CLOCK = `(function (now) {
  const RealDate = Date;
  class ScriptDate extends RealDate {
    constructor(...args) { if (args.length === 0) super(now()); else super(...args); }
    static now() { return now(); }
  }
  globalThis.Date = ScriptDate;
})`;

export interface BundleRuntime {
  /** The node:vm context the bundle was evaluated in; its top-level functions are properties of it. */
  readonly context: vm.Context;
  readonly spreadsheet: LocalSpreadsheet;
  /** The service globals installed in the context (proxies, counted). */
  readonly services: ServiceGlobals;
  readonly counter: CallCounter;
  readonly environment: Environment;
  /** Menus, sidebars, dialogs, alerts and prompts the script showed. */
  readonly ui: UiLog;
  /** Document, script and user locks, with the hook to make another process hold one. */
  readonly locks: LockRegistry;
  /** What the script logged with Logger and console. */
  readonly logs: readonly LogEntry[];
  /** The bundle's top-level functions. */
  functionNames(): string[];
  hasFunction(name: string): boolean;
  /** Calls a top-level function in AuthMode.FULL (a menu item or a google.script.run call). */
  call<T = unknown>(name: string, ...args: unknown[]): T;
  /** Calls a top-level function in the given AuthMode. */
  callAs<T = unknown>(authMode: AuthModeName, name: string, ...args: unknown[]): T;
  /**
   * Runs a simple trigger (onOpen, onInstall, onEdit…) with its event object: `{ authMode, source }`
   * and the fields of `event` (runtime objects such as a Range are handed to the script as its own).
   */
  trigger(name: string, authMode?: AuthModeName, event?: Record<string, unknown>): unknown;
  /**
   * A person edits cells: `typed` is written as typing is read (strings parsed by the spreadsheet's
   * locale), then the script's `onEdit` runs in AuthMode.LIMITED, if it has one, with the event
   * object Sheets builds (see `editEvent`). Returns that event.
   */
  userEdit(a1WithSheet: string, typed: unknown[][]): Record<string, unknown>;
  resetCounter(): void;
  /** Why a formula cell shows an error (#ERROR!, #REF!…), e.g. the message a custom function threw. */
  formulaError(a1WithSheet: string): string | null;
}

/** An empty in-memory spreadsheet with one sheet, Sheet1, as a new Google spreadsheet has. */
export function createSpreadsheet(name = 'Untitled spreadsheet', options: Omit<SpreadsheetOptions, 'name'> = {}): LocalSpreadsheet {
  const ss = new LocalSpreadsheet({ ...options, name });
  ss.addSheet('Sheet1');
  return ss;
}

/** The manifest's oauthScopes (appsscript.json next to the bundle), which limit what the script may call. */
function manifestScopes(codeDir: string): string[] | undefined {
  const path = join(codeDir, 'appsscript.json');
  if (!existsSync(path)) return undefined;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { oauthScopes?: unknown };
  return Array.isArray(manifest.oauthScopes) ? manifest.oauthScopes.map(String) : undefined;
}

/** The manifest's time zone (appsscript.json next to the bundle), which Session.getScriptTimeZone reports. */
function manifestTimeZone(codeDir: string): string | undefined {
  const path = join(codeDir, 'appsscript.json');
  if (!existsSync(path)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { timeZone?: unknown };
    return typeof manifest.timeZone === 'string' ? manifest.timeZone : undefined;
  } catch {
    return undefined;
  }
}

const ARGS_GLOBAL = '__localRuntimeArguments__';

interface Evaluated {
  context: vm.Context;
  globals: ServiceGlobals;
  membrane: Membrane;
}

/** A host Error carrying a script error's name, message and stack. */
function toHostError(err: unknown): Error {
  if (err instanceof Error) return err;
  if (!isError(err)) return new Error(String(err));
  const host = new Error(err.message);
  host.name = err.name;
  if (err.stack) host.stack = err.stack;
  return host;
}

/**
 * Loads the bundle into a new context with the Apps Script services of `spreadsheet` as globals,
 * and makes the spreadsheet's formulas able to call its custom functions.
 */
export function loadBundle(codePath = 'dist/Code.js', spreadsheet: LocalSpreadsheet = createSpreadsheet(), options: BundleOptions = {}): BundleRuntime {
  const file = resolve(codePath);
  const source = readFileSync(file, 'utf8');
  const script = new vm.Script(source, { filename: file });
  const codeDir = dirname(file);
  const env = new Environment(spreadsheet, {
    ...options,
    htmlDir: options.htmlDir ?? codeDir,
    session: { scriptTimeZone: manifestTimeZone(codeDir), ...options.session },
    oauthScopes: options.oauthScopes ?? manifestScopes(codeDir),
  });

  if (options.now) spreadsheet.now = options.now;

  const evaluate = (count: boolean): Evaluated => {
    const context = vm.createContext({});
    if (options.now) (vm.runInContext(FREEZE_CLOCK, context) as (now: () => number) => void)(options.now);
    const { globals, membrane } = createServiceSet(env, { realm: realmOf(context), count });
    Object.assign(context, globals);
    script.runInContext(context);
    return { context, globals, membrane };
  };
  const main = evaluate(true);
  const installed = new Set(Object.keys(main.globals));
  const functionNames = Object.getOwnPropertyNames(main.context).filter(
    (n) => !installed.has(n) && n !== ARGS_GLOBAL && typeof (main.context as Record<string, unknown>)[n] === 'function',
  );
  const byUpperName = new Map(functionNames.map((n) => [n.toUpperCase(), n]));

  const run = (target: Evaluated, name: string, args: unknown[], timeout?: number): unknown => {
    const ctx = target.context as Record<string, unknown>;
    ctx[ARGS_GLOBAL] = target.membrane.toGuest(args);
    try {
      return target.membrane.toHost(vm.runInContext(`${name}.apply(undefined, ${ARGS_GLOBAL})`, target.context, timeout === undefined ? {} : { timeout }));
    } finally {
      delete ctx[ARGS_GLOBAL];
    }
  };

  const callAs = <T>(authMode: AuthModeName, name: string, args: unknown[]): T => {
    if (!functionNames.includes(name)) throw new Error(`Script function not found: ${name}`);
    const previous = env.mode.authMode;
    env.mode.authMode = authMode;
    try {
      return run(main, name, args) as T;
    } catch (err) {
      throw toHostError(err);
    } finally {
      env.mode.authMode = previous;
      // Locks are released automatically when the script terminates (Lock.releaseLock).
      env.locks.releaseScriptLocks();
    }
  };

  const isolate = options.isolateCustomFunctions ?? true;
  const timeoutMs = options.customFunctionTimeoutMs ?? 30_000;
  const customFunctions: CustomFunctionHost = {
    // Functions whose names end with "_" are private: not callable from a cell (guides/sheets/functions).
    has: (name) => {
      const actual = byUpperName.get(name.toUpperCase());
      return actual !== undefined && !actual.endsWith('_');
    },
    call: (name, args) => {
      const actual = byUpperName.get(name.toUpperCase())!;
      const previous = env.mode.authMode;
      env.mode.authMode = 'CUSTOM_FUNCTION';
      try {
        return run(isolate ? evaluate(false) : main, actual, args, timeoutMs);
      } catch (err) {
        if ((err as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new Error('Exceeded maximum execution time (line 0).');
        // Sheets shows a thrown Error in the cell's tooltip with the script line it came from
        // ("message (line 1234)."), and a thrown string as it is. Commonly observed, not documented:
        // docs/ACCEPTANCE.md checks it in real Sheets.
        if (isError(err) || err instanceof Error) {
          const line = new RegExp(`${basename(file).replace('.', '\\.')}:(\\d+)`).exec((err as Error).stack ?? '')?.[1] ?? '0';
          throw new Error(`${(err as Error).message} (line ${line}).`);
        }
        throw toHostError(err);
      } finally {
        env.mode.authMode = previous;
      }
    },
  };
  spreadsheet.customFunctions = customFunctions;

  return {
    context: main.context,
    spreadsheet,
    services: main.globals,
    counter: env.counter,
    environment: env,
    ui: env.ui,
    locks: env.locks,
    get logs() {
      return env.logs.entries;
    },
    functionNames: () => [...functionNames],
    hasFunction: (name) => functionNames.includes(name),
    call: <T>(name: string, ...args: unknown[]) => callAs<T>('FULL', name, args),
    callAs: <T>(authMode: AuthModeName, name: string, ...args: unknown[]) => callAs<T>(authMode, name, args),
    trigger: (name, authMode = 'FULL', extra = {}) => {
      // The event object of a simple trigger: e.authMode and e.source (the spreadsheet), and the
      // fields of its kind (an edit's range, value, oldValue and user).
      const event = { ...extra, authMode: member(AuthMode, authMode), source: main.membrane.wrap(spreadsheet) };
      return callAs(authMode, name, [event]);
    },
    userEdit: (a1WithSheet, typed) => {
      const range = rangeOf(spreadsheet, a1WithSheet);
      const single = range.getNumRows() === 1 && range.getNumColumns() === 1;
      const old = single ? range.getValues()[0]![0] : undefined;
      range.setValues(typed);
      const event = editEvent(range, single, old, env.session.activeUserEmail, 'LIMITED');
      if (functionNames.includes('onEdit'))
        callAs('LIMITED', 'onEdit', [{ ...event, authMode: member(AuthMode, 'LIMITED'), source: main.membrane.wrap(spreadsheet) }]);
      return event;
    },
    resetCounter: () => env.counter.reset(),
    formulaError: (a1WithSheet) => {
      const ref = parseA1(a1WithSheet);
      const sheet = ref?.sheet ? spreadsheet.findSheet(ref.sheet) : spreadsheet.getActiveSheet();
      if (!ref || !sheet || ref.area.startRow === null || ref.area.startCol === null) throw new Error(`Not a cell: ${a1WithSheet}`);
      spreadsheet.ensureCalculated();
      return sheet.cells.get(ref.area.startRow, ref.area.startCol)?.formulaError ?? null;
    },
  };
}

/** The range an A1 reference with a sheet ("OKRs!K7", "'My sheet'!K7:K9") names. */
function rangeOf(spreadsheet: LocalSpreadsheet, a1WithSheet: string): LocalRange {
  const ref = parseA1(a1WithSheet);
  const sheet = ref?.sheet ? spreadsheet.findSheet(ref.sheet) : null;
  if (!ref || !sheet) throw new Error(`Not a range with its sheet: ${a1WithSheet}`);
  return sheet.getRange(a1WithSheet.slice(a1WithSheet.lastIndexOf('!') + 1)) as LocalRange;
}

/**
 * The event object of an edit, as the Edit event of guides/triggers/events documents it: `range`
 * (the edited cells), `value` and `oldValue` only when a single cell was edited (`oldValue`
 * undefined when that cell was empty), `user` (the active user "if available": a simple trigger
 * gets the email only where Session.getActiveUser would, here only in AuthMode.FULL, see
 * services/session.ts). The documentation does not say how a number, a checkbox or a date is
 * written in `value`/`oldValue`; its example is the text of a number (1234), and so this runtime
 * gives numbers as their plain text, checkboxes as TRUE/FALSE and dates as the day YYYY-MM-DD
 * (an assumption listed in docs/ACCEPTANCE.md).
 */
export function editEvent(range: LocalRange, single: boolean, oldValue: unknown, email: string, authMode: AuthModeName): Record<string, unknown> {
  const text = (v: unknown): string | undefined =>
    v === '' || v === null || v === undefined
      ? undefined
      : v instanceof Date
        ? v.toISOString().slice(0, 10)
        : typeof v === 'boolean'
          ? v
            ? 'TRUE'
            : 'FALSE'
          : String(v);
  const event: Record<string, unknown> = { range, user: new LocalUser(authMode === 'FULL' ? email : '') };
  if (single) {
    const value = text(range.getValues()[0]![0]);
    if (value !== undefined) event.value = value;
    const old = text(oldValue);
    if (old !== undefined) event.oldValue = old;
  }
  return event;
}
