// Checks the arguments of the sidebar's server API. Every top-level function of the script can be
// called from any page with any JSON, so each field is checked for type and range before use, and a
// bad one is reported in the user's language with the field's name.
import { listOf } from '../core/i18n/format';
import type { Language } from '../core/model';
import { fail, serverMessage } from './messages';

export type Json = Record<string, unknown>;

export class ArgumentReader {
  constructor(readonly language: Language) {}

  private bad(field: string, expected: string): never {
    return fail(this.language, 'badField', { field, expected });
  }

  /** The request object itself; `undefined` reads as `{}` when every field is optional. */
  object(value: unknown, what: string, allowMissing = false): Json {
    if (value === undefined && allowMissing) return {};
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(this.language, 'badRequest', { what });
    return value as Json;
  }

  /** A nested object field. */
  record(value: unknown, field: string): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.bad(field, serverMessage(this.language, 'badRequest', { what: field }));
    }
    return value as Json;
  }

  text(value: unknown, field: string, max = 200): string {
    if (typeof value !== 'string' || value.length > max) return this.bad(field, serverMessage(this.language, 'expText', { max }));
    return value;
  }

  optionalText(value: unknown, field: string, max = 200): string | undefined {
    return value === undefined || value === null ? undefined : this.text(value, field, max);
  }

  integer(value: unknown, field: string, min: number, max: number): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      return this.bad(field, serverMessage(this.language, 'expInteger', { min, max }));
    }
    return value;
  }

  optionalInteger(value: unknown, field: string, min: number, max: number): number | undefined {
    return value === undefined || value === null ? undefined : this.integer(value, field, min, max);
  }

  number(value: unknown, field: string, min: number, max: number): number {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      return this.bad(field, serverMessage(this.language, 'expNumber', { min, max }));
    }
    return value;
  }

  boolean(value: unknown, field: string): boolean {
    if (typeof value !== 'boolean') return this.bad(field, serverMessage(this.language, 'expBoolean'));
    return value;
  }

  oneOf<T extends string>(value: unknown, field: string, values: readonly T[]): T {
    if (typeof value !== 'string' || !values.includes(value as T)) {
      return this.bad(field, serverMessage(this.language, 'expOneOf', { values: listOf(this.language, values) }));
    }
    return value as T;
  }

  list(value: unknown, field: string, max: number): unknown[] {
    if (!Array.isArray(value) || value.length > max) return this.bad(field, serverMessage(this.language, 'expList', { max }));
    return value;
  }

  /** A typed cell value: number, text or boolean; null when absent. */
  cellValue(value: unknown, field: string): string | number | boolean | null {
    if (value === undefined || value === null) return null;
    if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return value;
    if (typeof value === 'string' && value.length <= 200) return value;
    return this.bad(field, serverMessage(this.language, 'expValue'));
  }
}
