// The membrane between the script and the runtime's service objects. Every service object the
// script sees is a Proxy made here, which
// - counts each method call (CallCounter),
// - throws "<Class>.<method> is not implemented in the local runtime" for an Apps Script method the
//   runtime lacks, and hides the runtime's own members (the script sees only Apps Script's API),
// - refuses calls the current AuthMode does not allow (developers.google.com/workspace/add-ons/
//   concepts/editor-auth-lifecycle: NONE, LIMITED, CUSTOM_FUNCTION, FULL),
// - converts values both ways between the realms (see ./realm.ts): arguments into the runtime's
//   realm with proxies unwrapped, results into the script's realm with service objects wrapped,
//   and errors into the script's Error with Apps Script's name "Exception".
import { API, SERVICE_OF, type ApiClass } from './api';
import { authorizationError, type AuthModeName } from './authMode';
import { scopeError } from './scopes';
import type { CallCounter } from './counter';
import { NotImplementedError, ScriptException } from './errors';
import { HOST_REALM, isDate, isError, isPlainObject, type Realm } from './realm';

/** Base class of every runtime object that stands for an Apps Script object. */
export abstract class ServiceObject {
  /** The Apps Script class this object implements, e.g. "Range". */
  abstract readonly apiClass: ApiClass;
}

/** An enum value as Apps Script hands it out: an object whose string form is the member's name. */
export class EnumValue {
  constructor(
    readonly enumName: string,
    readonly name: string,
    readonly ordinal: number,
  ) {
    Object.freeze(this);
  }
  toString(): string {
    return this.name;
  }
  toJSON(): string {
    return this.name;
  }
}

/** Which membrane-made proxy stands for which runtime object (shared by every membrane). */
const targets = new WeakMap<object, ServiceObject>();

/** The runtime object behind a proxy handed to a script, or the value itself if it is one. */
export function unwrap(value: unknown): ServiceObject | undefined {
  if (value instanceof ServiceObject) return value;
  if (value !== null && (typeof value === 'object' || typeof value === 'function')) return targets.get(value);
  return undefined;
}

/** Where the membrane reads the AuthMode the current execution runs in. */
export interface ExecutionMode {
  authMode: AuthModeName;
  /** The manifest's oauthScopes; null when there is no manifest (nothing is checked). */
  scopes?: ReadonlySet<string> | null;
}

export interface MembraneOptions {
  /** The realm of the script: results are made with its constructors. Default: Node's own. */
  realm?: Realm;
  /** Where calls are counted; null counts nothing. */
  counter: CallCounter | null;
  mode: ExecutionMode;
}

/** One membrane per script realm. Proxies are cached, so one runtime object has one proxy. */
export class Membrane {
  private readonly realm: Realm;
  private readonly proxies = new WeakMap<ServiceObject, object>();

  constructor(private readonly options: MembraneOptions) {
    this.realm = options.realm ?? HOST_REALM;
  }

  /** The script-facing proxy of a runtime object, typed as its Apps Script interface. */
  wrap<T>(target: ServiceObject): T {
    let proxy = this.proxies.get(target);
    if (!proxy) {
      proxy = this.makeProxy(target);
      this.proxies.set(target, proxy);
      targets.set(proxy, target);
    }
    return proxy as T;
  }

  private makeProxy(target: ServiceObject): object {
    const api = API[target.apiClass];
    const methods = new Map<string, (...args: unknown[]) => unknown>();
    const name = target.apiClass;
    return new Proxy(target, {
      get: (t, prop) => {
        if (typeof prop === 'symbol') return undefined;
        if (prop === 'toString') return () => name;
        if (api.methods.has(prop)) {
          let fn = methods.get(prop);
          if (!fn) {
            fn = this.method(t, prop);
            methods.set(prop, fn);
          }
          return fn;
        }
        if (api.properties.has(prop)) {
          const value: unknown = (t as unknown as Record<string, unknown>)[prop];
          if (value === undefined) throw this.toGuestError(new NotImplementedError(name, prop));
          return value;
        }
        // Not part of Apps Script's API: the runtime's own members stay invisible to the script.
        return undefined;
      },
      has: (_t, prop) => typeof prop === 'string' && (api.methods.has(prop) || api.properties.has(prop)),
      ownKeys: () => [],
      getOwnPropertyDescriptor: () => undefined,
      set: () => false,
      defineProperty: () => false,
      deleteProperty: () => false,
      getPrototypeOf: () => this.realm.Object.prototype,
    });
  }

  private method(target: ServiceObject, prop: string): (...args: unknown[]) => unknown {
    const apiClass = target.apiClass;
    const implementation: unknown = (target as unknown as Record<string, unknown>)[prop];
    const membrane = this;
    // A named function expression, so stack traces in the script read `Range.setValues`.
    return function serviceMethod(...args: unknown[]): unknown {
      if (membrane.options.counter?.record(apiClass, prop)) {
        throw membrane.toGuestError(
          new ScriptException(`Service ${SERVICE_OF[apiClass]} failed while accessing document (injected fault at ${apiClass}.${prop}).`),
        );
      }
      // Authorization comes first, as in Apps Script: a call the auth mode or the manifest's scopes
      // forbid fails for that reason, whether or not this runtime implements the method.
      const denied = authorizationError(membrane.options.mode.authMode, apiClass, prop);
      if (denied) throw membrane.toGuestError(denied);
      const unscoped = scopeError(membrane.options.mode.scopes ?? null, apiClass, prop);
      if (unscoped) throw membrane.toGuestError(unscoped);
      if (typeof implementation !== 'function') throw membrane.toGuestError(new NotImplementedError(apiClass, prop));
      let result: unknown;
      try {
        result = (implementation as (...a: unknown[]) => unknown).apply(
          target,
          args.map((a) => membrane.toHost(a)),
        );
      } catch (err) {
        throw membrane.toGuestError(err);
      }
      return membrane.toGuest(result);
    };
  }

  /** A runtime value as the script should see it. */
  toGuest(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (targets.has(value)) return value;
    if (value instanceof ServiceObject) return this.wrap(value);
    if (value instanceof EnumValue) return value;
    if (isDate(value)) return new this.realm.Date(value.getTime());
    if (Array.isArray(value)) {
      const out = new this.realm.Array<unknown>(value.length);
      for (let i = 0; i < value.length; i++) out[i] = this.toGuest(value[i]);
      return out;
    }
    if (isPlainObject(value)) {
      const out = new this.realm.Object() as Record<string, unknown>;
      for (const [k, v] of Object.entries(value)) out[k] = this.toGuest(v);
      return out;
    }
    return value;
  }

  /** A script value as the runtime works with it: proxies unwrapped, Dates, arrays and objects re-made here. */
  toHost(value: unknown): unknown {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    const target = targets.get(value);
    if (target) return target;
    if (typeof value === 'function' || value instanceof EnumValue) return value;
    if (isDate(value)) return new Date(value.getTime());
    if (Array.isArray(value)) return Array.from(value, (v: unknown) => this.toHost(v));
    if (isPlainObject(value)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.toHost(v);
      return out;
    }
    return value;
  }

  /** An error as the script should see it: an Error of its realm, Apps Script's name and message kept. */
  toGuestError(err: unknown): Error {
    if (!isError(err)) return new this.realm.Error(String(err));
    if (Object.getPrototypeOf(err) === this.realm.Error.prototype) return err;
    const guest = new this.realm.Error(err.message);
    guest.name = err.name;
    if (err.stack) guest.stack = err.stack;
    return guest;
  }
}
