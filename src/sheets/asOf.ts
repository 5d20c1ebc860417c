// The one rule for writing As of, used by every path that moves it (check-in, refresh). As of is
// the date pace is measured at (DESIGN §4); custom functions cannot read TODAY() reliably, so the
// sheet carries it. The cell belongs to the user as much as to the add-on:
// - a formula there (=TODAY(), =B3, =TODAY()-7) stays, and its value is As of;
// - a date number format the user chose stays; an unformatted cell gets yyyy-mm-dd;
// - a cell that holds a Solar Hijri date as text (۱۴۰۵/۰۷/۱۰, 1405/07/10) gets today as Solar Hijri
//   text of the same shape (digits and separator kept), so a Solar Hijri sheet stays Solar Hijri;
// - a date cell stays a date cell, on a Solar Hijri plan too: formulas that read it (=B4-B2) keep
//   working, and the tabs show the day in the plan's calendar (found by an attack: a check-in turned
//   the Persian example's As of into text and its formulas into #VALUE!);
// - any other cell of a Solar Hijri plan (blank, or text that is no date) gets today as Solar Hijri
//   text (core formatDay) in a text cell (`@`);
// - a plain-text cell (`@`) holding a Gregorian date stays text, with today in the same shape
//   (2030. 08. 01., 01/08/2030), or as YYYY-MM-DD when its order cannot be told.
import { formatDay, toJalaliParts } from '../core/calendar';
import type { CalendarKind, IsoDate } from '../core/model';
import { isoToSerial } from './dates';
import { literalValue } from './literal';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const DATE_TOKENS = /[dmy]/i;

/** What writing As of does to its cell: 'formula' (kept), 'written', or 'unchanged' (already today). */
export type AsOfOutcome = 'formula' | 'written' | 'unchanged';

/** A Solar Hijri date written in the shape of `sample` (year first, 13xx–14xx), or null when the sample is no such date. */
export function jalaliTextLike(sample: string, today: IsoDate): string | null {
  const ascii = sample.replace(/[۰-۹]/g, (d) => String(PERSIAN_DIGITS.indexOf(d))).replace(/[٠-٩]/g, (d) => String(ARABIC_DIGITS.indexOf(d)));
  const m = /^\s*(1[34]\d\d)([/\-.])(\d{1,2})\2(\d{1,2})\s*$/.exec(ascii);
  if (!m) return null;
  const { jy, jm, jd } = toJalaliParts(today);
  const pad = (n: number) => String(n).padStart(2, '0');
  const text = `${jy}${m[2]}${pad(jm)}${m[2]}${pad(jd)}`;
  if (/[۰-۹]/.test(sample)) return text.replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)]!);
  if (/[٠-٩]/.test(sample)) return text.replace(/\d/g, (d) => ARABIC_DIGITS[Number(d)]!);
  return text;
}

/**
 * A Gregorian date written in the shape of `sample`, the text As of was read from as `current`
 * (2030-08-01, 2030. 08. 01., 01/08/2030, 8/1/2030): today with the same order, separators and
 * padding. Null when the sample's order cannot be told (its month and day are the same number and
 * the year is not first) or it is no such date.
 */
export function gregorianTextLike(sample: string, current: IsoDate | null, today: IsoDate): string | null {
  if (!current) return null;
  const [cy, cm, cd] = current.split('-').map(Number) as [number, number, number];
  const tokens = [...sample.matchAll(/\d+/g)];
  if (tokens.length !== 3) return null;
  const values = tokens.map((t) => Number(t[0]));
  const yearAt = values.findIndex((v, i) => v === cy && tokens[i]![0].length === 4);
  if (yearAt < 0) return null;
  const rest = [0, 1, 2].filter((i) => i !== yearAt) as [number, number];
  let monthAt: number;
  if (cm !== cd) monthAt = values[rest[0]] === cm && values[rest[1]] === cd ? rest[0] : values[rest[1]] === cm && values[rest[0]] === cd ? rest[1] : -1;
  else monthAt = yearAt === 0 ? rest[0] : -1;
  if (monthAt < 0) return null;
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const next = [0, 1, 2].map((i) => (i === yearAt ? ty : i === monthAt ? tm : td));
  let out = '';
  let at = 0;
  tokens.forEach((t, i) => {
    out += sample.slice(at, t.index) + String(next[i]).padStart(t[0].length === 2 ? 2 : 1, '0');
    at = (t.index ?? 0) + t[0].length;
  });
  return out + sample.slice(at);
}

/**
 * Moves the As of cell (A1 notation on `sheet`) to `today` by the rule above, with one read of the
 * cell's formula, value and format and at most two writes. `current` is As of as read (null when
 * unreadable): when it is already today, nothing is written. `calendar` is the plan's (core
 * planCalendar; Gregorian when not given).
 */
export function writeAsOf(sheet: Sheet, cellA1: string, today: IsoDate, current: IsoDate | null, calendar: CalendarKind = 'gregorian'): AsOfOutcome {
  const cell = sheet.getRange(cellA1);
  if (cell.getFormula() !== '') return 'formula';
  if (current === today) return 'unchanged';
  const value = cell.getValue();
  const format = cell.getNumberFormat();
  if (typeof value === 'string' && value.trim() !== '') {
    const jalali = jalaliTextLike(value, today);
    if (jalali !== null) {
      cell.setValue(literalValue(jalali, format));
      return 'written';
    }
  }
  // A Gregorian date kept as plain text (2030. 08. 01. in Hungarian) stays text, in its own shape.
  if (format === '@' && typeof value === 'string' && calendar !== 'jalali') {
    cell.setValue(gregorianTextLike(value, current, today) ?? today);
    return 'written';
  }
  const tokens = format.replace(/"[^"]*"/g, '').split(';')[0] ?? '';
  const dateCell = Object.prototype.toString.call(value) === '[object Date]' && format !== '@';
  if (calendar === 'jalali' && !dateCell) {
    if (format !== '@') cell.setNumberFormat('@');
    cell.setValue(formatDay(today, 'jalali'));
    return 'written';
  }
  if (!(format !== '@' && DATE_TOKENS.test(tokens) && format.toLowerCase() !== 'general')) cell.setNumberFormat('yyyy-mm-dd');
  cell.setValue(isoToSerial(today));
  return 'written';
}
