// Values crossing between the runtime (Node's realm) and the bundle (a node:vm context, another
// realm with its own Array, Date, Error and Object). A Date made in one realm is not `instanceof
// Date` in the other, so the runtime never uses instanceof on values that may come from the bundle
// (isDate below), and it hands the bundle values made with the bundle's own constructors, so that
// `value instanceof Date` and `err instanceof Error` hold in the script as they do in Apps Script.
import vm from 'node:vm';

/** The constructors of one realm. */
export interface Realm {
  readonly Array: ArrayConstructor;
  readonly Date: DateConstructor;
  readonly Error: ErrorConstructor;
  readonly Object: ObjectConstructor;
}

export const HOST_REALM: Realm = { Array, Date, Error, Object };

export function realmOf(context: vm.Context): Realm {
  return vm.runInContext('({ Array, Date, Error, Object })', context) as Realm;
}

/** A Date from any realm. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** An Error from any realm. */
export function isError(value: unknown): value is Error {
  return Object.prototype.toString.call(value) === '[object Error]' || value instanceof Error;
}

/** A plain object (`{...}` literal or Object.create(null)) from any realm, not a class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null) return true;
  // Object.prototype of whichever realm: its own prototype is null and it has the Object constructor.
  return (
    Object.getPrototypeOf(proto) === null &&
    typeof (proto as { constructor?: unknown }).constructor === 'function' &&
    (proto as { constructor: { name: string } }).constructor.name === 'Object'
  );
}
