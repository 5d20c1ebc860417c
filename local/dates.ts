// Dates in a spreadsheet. Sheets stores a date as a serial number of days since 1899-12-30 in the
// spreadsheet's time zone, with no offset of its own (developers.google.com/sheets/api/guides/formats,
// "Date/Time serial numbers"); Apps Script turns such a cell into a JavaScript Date, the instant at
// which that wall-clock time occurs in the spreadsheet's time zone (Range.getValues: "Values may be
// of type Number, Boolean, Date, or String").

const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws a RangeError for a time zone name Intl does not know. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday */
  weekday: number;
}

/** The wall-clock time of an instant in a time zone. */
export function wallTime(ms: number, timeZone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const millisecond = ((ms % 1000) + 1000) % 1000;
  const wall = {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond,
    weekday: 0,
  };
  wall.weekday = new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();
  return wall;
}

/** Milliseconds to add to an instant to get its wall-clock time in the zone, read as if it were UTC. */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallTime(ms, timeZone);
  const asUtc = new Date(0);
  asUtc.setUTCFullYear(w.year, w.month - 1, w.day);
  asUtc.setUTCHours(w.hour, w.minute, w.second, w.millisecond);
  return asUtc.getTime() - ms;
}

/** The instant at which a wall-clock time (given as if UTC) occurs in the time zone. */
function instantOfWallTime(wallAsUtcMs: number, timeZone: string): number {
  // Two rounds settle the offset, except for a wall time inside a DST gap, which no instant shows:
  // then the later of the two candidates, as a JavaScript Date built from local parts does (ECMA-262
  // §21.4.1.26 UTC(t): skipped local time "must be interpreted using the time zone offset before the
  // transition"). A midnight skipped in America/Santiago is then 01:00 of the same day, never 23:00
  // of the day before. What Apps Script returns there is in docs/ACCEPTANCE.md.
  const first = wallAsUtcMs - offsetAt(wallAsUtcMs, timeZone);
  const second = wallAsUtcMs - offsetAt(first, timeZone);
  if (second + offsetAt(second, timeZone) === wallAsUtcMs) return second;
  return Math.max(first, second);
}

/** A Date as the serial number Sheets stores for it in a spreadsheet of this time zone. */
export function dateToSerial(date: Date, timeZone: string): number {
  const ms = date.getTime();
  return (ms + offsetAt(ms, timeZone) - SERIAL_EPOCH_MS) / MS_PER_DAY;
}

/** A serial number of a spreadsheet in this time zone as the Date Apps Script returns for it. */
export function serialToDate(serial: number, timeZone: string): Date {
  // Sheets keeps time to the millisecond; rounding removes the float noise of serial arithmetic.
  const wall = Math.round(SERIAL_EPOCH_MS + serial * MS_PER_DAY);
  return new Date(instantOfWallTime(wall, timeZone));
}

/** A serial number read as UTC, the way exceljs reads and writes xlsx dates. */
export function serialToUtcDate(serial: number): Date {
  return new Date(Math.round(SERIAL_EPOCH_MS + serial * MS_PER_DAY));
}

export function utcDateToSerial(date: Date): number {
  return (date.getTime() - SERIAL_EPOCH_MS) / MS_PER_DAY;
}
