// Type-level tests of the wire between the sidebar and src/server/api.ts, checked by
// `npm run typecheck` (this file is never run). google.script.run carries plain JSON only: "a Date
// fails the request" and functions are not sent
// (developers.google.com/apps-script/guides/html/reference/run#parameters), so no request and no
// response of the sidebar API may hold a Date or a function, at any depth.
import type * as ServerApi from '../../src/server/api';
import { run, type ApiName } from '../../sidebar/rpc';

type Api = typeof ServerApi;
type Scalar = string | number | boolean | null | undefined;

/**
 * `true` when every value a T can hold is plain JSON; `false` when a Date, a function or anything else
 * can hide in it. A type a Date or a function is assignable to (`object`, `{}`, `Object`, `unknown`,
 * `any`, or a union with one of them) is refused as a whole, before it is taken apart: `keyof object`
 * and `keyof {}` are `never`, so property by property they looked empty and therefore plain (found by
 * an attack on issue 14).
 */
export type IsPlainJson<T> = [T] extends [never] ? true : [Date] extends [T] ? false : [AnyFunction] extends [T] ? false : IsPlainParts<T>;
type AnyFunction = (...args: never[]) => unknown;
/** IsPlainJson once T is known to hold no Date or function as a whole: its scalars, arrays and properties. */
type IsPlainParts<T> = T extends Scalar
  ? true
  : T extends Date
    ? false
    : T extends AnyFunction
      ? false
      : T extends readonly (infer E)[]
        ? AllTrue<IsPlainJson<E>>
        : T extends object
          ? AllTrue<{ [K in keyof T]-?: IsPlainJson<T[K]> }[keyof T]>
          : false;
/** A union of booleans is true only when it is `true` alone. */
type AllTrue<B> = [B] extends [true] ? true : false;

type Equals<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
/** Compiles only when T is exactly `true`. */
function expectTrue<T extends true>(_proof: T): void {}
/** Compiles only when T is `never`; otherwise the error names T (here: the offending functions). */
function expectNone<_T extends never>(): void {}

/** The names of the API functions whose response (or request) is not plain JSON; `never` when none. */
type NotPlainResponses = { [K in ApiName]: AllTrue<IsPlainJson<ReturnType<Api[K]>>> extends true ? never : K }[ApiName];
type NotPlainRequests = { [K in ApiName]: AllTrue<IsPlainJson<Parameters<Api[K]>>> extends true ? never : K }[ApiName];

// An error here names the function whose response or request could carry a Date or a function.
expectNone<NotPlainResponses>();
expectNone<NotPlainRequests>();

// The check itself tells JSON from what google.script.run cannot carry (a check that cannot fail proves nothing).
expectTrue<Equals<IsPlainJson<{ a: string; b: { c: number[] }; d: null }>, true>>(true);
expectTrue<Equals<IsPlainJson<{ a: Date }>, false>>(true);
expectTrue<Equals<IsPlainJson<{ a: { b: (string | Date)[] } }>, false>>(true);
expectTrue<Equals<IsPlainJson<{ a?: () => void }>, false>>(true);
expectTrue<Equals<IsPlainJson<{ a: unknown }>, false>>(true);
expectTrue<Equals<IsPlainJson<Map<string, string>>, false>>(true);
// A Date fits object, {}, Object, unknown and any, so none of them may appear in a response, at any
// depth, alone or in a union (an attack on issue 14 found object and {} let through).
expectTrue<Equals<IsPlainJson<{ meta: object }>, false>>(true);
// biome-ignore lint/complexity/noBannedTypes: {} is the type under test
expectTrue<Equals<IsPlainJson<{ meta: {} }>, false>>(true);
// biome-ignore lint/complexity/noBannedTypes: Object is the type under test
expectTrue<Equals<IsPlainJson<{ meta: Object }>, false>>(true);
expectTrue<Equals<IsPlainJson<{ meta: unknown }>, false>>(true);
expectTrue<Equals<IsPlainJson<{ meta: any }>, false>>(true);
expectTrue<Equals<IsPlainJson<object>, false>>(true);
expectTrue<Equals<IsPlainJson<unknown>, false>>(true);
expectTrue<Equals<IsPlainJson<any>, false>>(true);
expectTrue<Equals<IsPlainJson<{ a: { b: [string, object] } }>, false>>(true);
expectTrue<Equals<IsPlainJson<{ a?: string | object }>, false>>(true);
expectTrue<Equals<IsPlainJson<Record<string, unknown>>, false>>(true);
expectTrue<Equals<IsPlainJson<{ a: { toISOString(): string } }>, false>>(true);
// … while plain shapes that merely have optional or indexed properties stay plain.
expectTrue<Equals<IsPlainJson<{ a?: string; b?: { c?: number } }>, true>>(true);
expectTrue<Equals<IsPlainJson<Record<string, string[]>>, true>>(true);
expectTrue<Equals<IsPlainJson<[string, number | null]>, true>>(true);

// The sidebar's run() takes each function's request type: a wrong shape does not compile.
export function wrongCallsDoNotCompile(): void {
  // @ts-expect-error a number is not a SaveCheckInRequest
  void run('sidebarSaveCheckIn', 42);
  // @ts-expect-error a save needs its entries
  void run('sidebarSaveCheckIn', { sheet: 'OKRs' });
  // @ts-expect-error an entry's value is typed text, a number or a boolean, never a Date
  void run('sidebarSaveCheckIn', { sheet: 'OKRs', entries: [{ ref: 'r', current: '', value: new Date(), confidence: null, comment: '' }] });
  // @ts-expect-error no such server function
  void run('sidebarDeleteEverything', {});
  // @ts-expect-error the calendar is one of three words
  void run('sidebarQuarters', { calendar: 'lunar' });
  // A right call compiles, and its response has the server's declared type.
  void run('sidebarValidate', { sheet: 'OKRs' }).then((report) => report.counts.error satisfies number);
}
