// =OKR_QUARTER: the quarter a date falls in, in any of the add-on's calendars.
import { calendarFromText, quarterContaining } from '../core';
import type { CalendarKind, CellValue } from '../core/model';
import { problem, numberArgument, isBlank, overCells, planDateOrProblem, quote } from './cells';

function calendarOrProblem(value: CellValue): CalendarKind {
  if (isBlank(value)) return 'gregorian';
  const kind = calendarFromText(String(value));
  if (!kind) throw problem('unknownCalendar', { value: quote(value) });
  return kind;
}

function monthOrProblem(value: CellValue, calendar: CalendarKind): number | undefined {
  if (isBlank(value)) {
    if (calendar === 'fiscal') throw problem('fiscalNeedsMonth');
    return undefined;
  }
  const parsed = numberArgument(value);
  if (!parsed.ok || !Number.isInteger(parsed.value) || parsed.value < 1 || parsed.value > 12) {
    throw problem('badMonth', { value: quote(value) });
  }
  // A start month with another calendar would be left unused: "jalali", 7 is not a year from Mehr
  // (found by an attack on issue 12).
  if (calendar !== 'fiscal') throw problem('monthNotFiscal', { value: quote(value) });
  return parsed.value;
}

/**
 * The quarter a date falls in: 2026-Q4 for calendar quarters, FY2027-Q1 for a fiscal year that
 * starts in another month (labelled with the year it ends in), 1405-Q3 in the Solar Hijri calendar.
 *
 * =OKR_QUARTER(DATE(2026, 11, 23)) → 2026-Q4
 * =OKR_QUARTER(B4, "jalali") → 1405-Q3
 * =OKR_QUARTER(B4, "fiscal", 7) → FY2027-Q2
 * =OKR_QUARTER(B4, "", 7) → FY2027-Q2 (a start month alone means fiscal)
 *
 * @param {date|Array<Array<date>>} date The date.
 * @param {string} [calendar] gregorian (default; fiscal when fiscal_start_month is given), fiscal, or jalali (also: persian, shamsi, solar hijri, شمسی).
 * @param {number} [fiscal_start_month] For fiscal: the month (1–12) the fiscal year starts in.
 * @return {string|Array<Array<string>>} The quarter's label.
 * @customfunction
 */
export function OKR_QUARTER(date: unknown, calendar?: unknown, fiscal_start_month?: unknown): unknown {
  return overCells(
    'OKR_QUARTER',
    [
      ['date', date],
      ['calendar', calendar ?? ''],
      ['fiscal_start_month', fiscal_start_month ?? ''],
    ],
    (d, cal, month) => {
      // A fiscal start month with the calendar left blank names a fiscal year.
      const kind = isBlank(cal) && !isBlank(month) ? 'fiscal' : calendarOrProblem(cal);
      const startMonth = monthOrProblem(month, kind);
      if (isBlank(d)) return '';
      const day = planDateOrProblem('date', d);
      // A fiscal year that starts in January is the calendar year.
      if (kind === 'fiscal' && startMonth === 1) return quarterContaining(day, 'gregorian').label;
      return quarterContaining(day, kind, startMonth).label;
    },
  );
}
