// Utilities (developers.google.com/apps-script/reference/utilities/utilities): formatDate with Java
// SimpleDateFormat patterns ("Formats date according to specification described in Java SE
// SimpleDateFormat class"), formatString, getUuid and sleep.
import { randomUUID } from 'node:crypto';
import type { Implements } from '../conformance';
import { wallTime } from '../dates';
import { ScriptException } from '../errors';
import { ServiceObject } from '../membrane';
import { isDate } from '../realm';
import type { LockRegistry } from './lock';

type Zone = { kind: 'iana'; name: string } | { kind: 'fixed'; offsetMinutes: number; name: string };

/**
 * A time zone as Java reads it: an IANA name, or GMT/UTC with an optional offset ("GMT+2",
 * "GMT-05:30"). Like java.util.TimeZone, an unknown ID means GMT.
 */
function resolveZone(timeZone: string): Zone {
  const fixed = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i.exec(timeZone);
  if (fixed) {
    const minutes = (Number(fixed[2] ?? 0) * 60 + Number(fixed[3] ?? 0)) * (fixed[1] === '-' ? -1 : 1);
    return { kind: 'fixed', offsetMinutes: minutes, name: timeZone };
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return { kind: 'iana', name: timeZone };
  } catch {
    return { kind: 'fixed', offsetMinutes: 0, name: 'GMT' };
  }
}

function partsIn(ms: number, zone: Zone) {
  if (zone.kind === 'iana') return wallTime(ms, zone.name);
  const d = new Date(ms + zone.offsetMinutes * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

function offsetMinutes(ms: number, zone: Zone): number {
  if (zone.kind === 'fixed') return zone.offsetMinutes;
  const w = wallTime(ms, zone.name);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return Math.round((asUtc - ms) / 60_000);
}

function zoneName(ms: number, zone: Zone, long: boolean): string {
  const offset = offsetMinutes(ms, zone);
  const gmt = () => (offset === 0 ? 'GMT' : `GMT${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60), 2)}:${pad(Math.abs(offset) % 60, 2)}`);
  if (zone.kind === 'fixed') return gmt();
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone.name, timeZoneName: long ? 'long' : 'short' })
    .formatToParts(new Date(ms))
    .find((p) => p.type === 'timeZoneName')?.value;
  return !name || /^GMT[+-]/.test(name) ? gmt() : name;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Formats an instant with a Java SimpleDateFormat pattern in a time zone. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const ms = date.getTime();
  const zone = resolveZone(timeZone);
  const w = partsIn(ms, zone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      if (end < 0) throw new ScriptException(`Unterminated quote in date pattern "${pattern}"`);
      out += pattern.slice(i + 1, end).replace(/''/g, "'");
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    const offset = () => offsetMinutes(ms, zone);
    switch (ch) {
      case 'G':
        out += w.year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
      case 'Y':
        out += n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        break;
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[w.month - 1]! : n === 3 ? MONTHS[w.month - 1]!.slice(0, 3) : pad(w.month, n);
        break;
      case 'd':
        out += pad(w.day, n);
        break;
      case 'D': {
        const dayOfYear = Math.round((Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / 86_400_000) + 1;
        out += pad(dayOfYear, n);
        break;
      }
      case 'E':
        out += n >= 4 ? DAYS[w.weekday]! : DAYS[w.weekday]!.slice(0, 3);
        break;
      case 'u':
        out += pad(w.weekday === 0 ? 7 : w.weekday, n);
        break;
      case 'a':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(w.hour, n);
        break;
      case 'k':
        out += pad(w.hour === 0 ? 24 : w.hour, n);
        break;
      case 'K':
        out += pad(w.hour % 12, n);
        break;
      case 'h':
        out += pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
        break;
      case 'm':
        out += pad(w.minute, n);
        break;
      case 's':
        out += pad(w.second, n);
        break;
      case 'S':
        out += pad(w.millisecond, n);
        break;
      case 'z':
        out += zoneName(ms, zone, n >= 4);
        break;
      case 'Z': {
        const o = offset();
        out += `${o < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(o) / 60), 2)}${pad(Math.abs(o) % 60, 2)}`;
        break;
      }
      case 'X': {
        const o = offset();
        if (o === 0) out += 'Z';
        else {
          const sign = o < 0 ? '-' : '+';
          const hh = pad(Math.floor(Math.abs(o) / 60), 2);
          const mm = pad(Math.abs(o) % 60, 2);
          out += n === 1 ? `${sign}${hh}` : n === 2 ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
        }
        break;
      }
      default:
        throw new ScriptException(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

/** sprintf-like formatting: %s, %d, %i, %f with an optional precision (%.2f), %%. */
export function formatString(template: string, args: readonly unknown[]): string {
  let i = 0;
  return template.replace(
    /%(%|(\d+\$)?([-+ 0]*)(\d+)?(?:\.(\d+))?([sdif]))/g,
    (_whole, literal: string, _pos: string | undefined, flags: string, width: string | undefined, precision: string | undefined, conv: string | undefined) => {
      if (literal === '%') return '%';
      const value = args[i++];
      let text: string;
      if (conv === 'd' || conv === 'i') text = String(Math.trunc(Number(value)));
      else if (conv === 'f') text = Number(value).toFixed(precision === undefined ? 6 : Number(precision));
      else text = precision === undefined ? String(value) : String(value).slice(0, Number(precision));
      if (flags.includes('+') && conv !== 's' && Number(value) >= 0) text = `+${text}`;
      const w = width === undefined ? 0 : Number(width);
      if (text.length < w) text = flags.includes('-') ? text.padEnd(w) : text.padStart(w, flags.includes('0') && conv !== 's' ? '0' : ' ');
      return text;
    },
  );
}

export class LocalUtilities extends ServiceObject implements Partial<Implements<GoogleAppsScript.Utilities.Utilities>> {
  readonly apiClass = 'Utilities' as const;

  constructor(private readonly clock: LockRegistry) {
    super();
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw new ScriptException("The parameters don't match the method signature for Utilities.formatDate.");
    }
    return formatDate(date, timeZone, format);
  }
  formatString(template: string, ...args: unknown[]): string {
    return formatString(String(template), args);
  }
  getUuid(): string {
    return randomUUID();
  }
  /**
   * "Sleeps for specified number of milliseconds" (at most 300,000). Nothing else runs in the local
   * runtime meanwhile, so the time is counted on the virtual clock (the one lock waits use)
   * instead of being spent.
   */
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number' || milliseconds < 0 || milliseconds > 300_000) throw new ScriptException('Invalid argument: milliseconds');
    this.clock.clockMs += milliseconds;
  }
}
