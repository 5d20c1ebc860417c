import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarFromText,
  daysBetween,
  elapsedShare,
  isoFromParts,
  nextQuarter,
  parsePeriodLabel,
  previousQuarter,
  quarterContaining,
  quarterOf,
  toJalaliParts,
} from '../../src/core/calendar';
import type { CalendarKind, Period } from '../../src/core/model';

const span = (p: Period) => [p.label, p.start, p.end];

describe('civil dates', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts days from a to b', () => {
    expect(daysBetween('2026-10-01', '2026-12-31')).toBe(91);
    expect(daysBetween('2026-12-31', '2026-10-01')).toBe(-91);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('rolls months and days over like DATE() in Sheets', () => {
    expect(isoFromParts(2026, 10, 1)).toBe('2026-10-01');
    expect(isoFromParts(2026, 13, 1)).toBe('2027-01-01');
    expect(isoFromParts(2024, 3, 0)).toBe('2024-02-29');
    expect(isoFromParts(2026, 0, 1)).toBe('2025-12-01');
  });

  it('converts to Solar Hijri parts', () => {
    expect(toJalaliParts('2026-03-21')).toEqual({ jy: 1405, jm: 1, jd: 1 });
    expect(toJalaliParts('2025-03-20')).toEqual({ jy: 1403, jm: 12, jd: 30 });
  });

  it('rejects text that is not a YYYY-MM-DD date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => daysBetween('yesterday', '2026-01-01')).toThrow(RangeError);
  });

  it('agrees with Date for every day from 1990 to 2090', () => {
    const base = Date.UTC(1990, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 36_600 }), fc.integer({ min: -400, max: 400 }), (n, k) => {
        const iso = new Date(base + n * 864e5).toISOString().slice(0, 10);
        const later = new Date(base + (n + k) * 864e5).toISOString().slice(0, 10);
        expect(addDays(iso, k)).toBe(later);
        expect(daysBetween(iso, later)).toBe(k);
      }),
    );
  });
});

describe('quarterOf', () => {
  it('gives calendar quarters as 2026-Q4', () => {
    expect(quarterOf('gregorian', 2026, 4)).toEqual({
      calendar: 'gregorian',
      label: '2026-Q4',
      year: 2026,
      quarter: 4,
      fiscalStartMonth: 1,
      start: '2026-10-01',
      end: '2026-12-31',
    });
    expect(span(quarterOf('gregorian', 2024, 1))).toEqual(['2024-Q1', '2024-01-01', '2024-03-31']);
  });

  it('names a fiscal year starting in July for the year it ends in: FY2027 is 2026-07-01 … 2027-06-30', () => {
    expect(span(quarterOf('fiscal', 2027, 1, 7))).toEqual(['FY2027-Q1', '2026-07-01', '2026-09-30']);
    expect(span(quarterOf('fiscal', 2027, 2, 7))).toEqual(['FY2027-Q2', '2026-10-01', '2026-12-31']);
    expect(span(quarterOf('fiscal', 2027, 4, 7))).toEqual(['FY2027-Q4', '2027-04-01', '2027-06-30']);
  });

  it('gives a fiscal year starting in January the calendar quarters with an FY label', () => {
    expect(span(quarterOf('fiscal', 2026, 4, 1))).toEqual(['FY2026-Q4', '2026-10-01', '2026-12-31']);
  });

  it('handles a fiscal quarter that spans February of a leap year (start month 12)', () => {
    expect(span(quarterOf('fiscal', 2024, 1, 12))).toEqual(['FY2024-Q1', '2023-12-01', '2024-02-29']);
  });

  it('gives Solar Hijri quarters by season: 1405-Q1 is Farvardin–Khordad, 2026-03-21 … 2026-06-21', () => {
    expect(quarterOf('jalali', 1405, 1)).toEqual({
      calendar: 'jalali',
      label: '1405-Q1',
      year: 1405,
      quarter: 1,
      start: '2026-03-21',
      end: '2026-06-21',
    });
    expect(span(quarterOf('jalali', 1405, 3))).toEqual(['1405-Q3', '2026-09-23', '2026-12-21']);
  });

  it('ends 1403-Q4 on the leap day Esfand 30 (2025-03-20)', () => {
    const q = quarterOf('jalali', 1403, 4);
    expect(q.end).toBe('2025-03-20');
    expect(toJalaliParts(q.end)).toEqual({ jy: 1403, jm: 12, jd: 30 });
  });

  it('ends 1404-Q4 on Esfand 29, as 1404 is not a leap year', () => {
    const q = quarterOf('jalali', 1404, 4);
    expect(q.end).toBe('2026-03-20');
    expect(toJalaliParts(q.end)).toEqual({ jy: 1404, jm: 12, jd: 29 });
  });

  it('rejects a fiscal start month outside 1–12', () => {
    expect(() => quarterOf('fiscal', 2027, 1, 13)).toThrow(RangeError);
    expect(() => quarterOf('fiscal', 2027, 1, 0)).toThrow(RangeError);
  });
});

describe('quarterContaining', () => {
  it.each([
    ['2026-11-23', 'gregorian', 1, '2026-Q4'],
    ['2026-11-23', 'jalali', 1, '1405-Q3'],
    ['2026-03-21', 'jalali', 1, '1405-Q1'],
    ['2026-03-20', 'jalali', 1, '1404-Q4'],
    ['2026-06-30', 'fiscal', 7, 'FY2026-Q4'],
    ['2026-07-01', 'fiscal', 7, 'FY2027-Q1'],
    ['2026-11-23', 'fiscal', 1, 'FY2026-Q4'],
    ['2026-01-15', 'fiscal', 4, 'FY2026-Q4'],
  ] as const)('puts %s in %s (start month %d) quarter %s', (iso, calendar, month, label) => {
    expect(quarterContaining(iso, calendar, month).label).toBe(label);
  });

  it('puts 2026-11-23 in FY2027-Q2 of a July fiscal year, starting 2026-10-01', () => {
    const q = quarterContaining('2026-11-23', 'fiscal', 7);
    expect(q).toMatchObject({ label: 'FY2027-Q2', year: 2027, quarter: 2, fiscalStartMonth: 7, start: '2026-10-01', end: '2026-12-31' });
  });
});

describe('nextQuarter and previousQuarter', () => {
  it('crosses the calendar year end: 2026-Q4 → 2027-Q1', () => {
    const next = nextQuarter(quarterOf('gregorian', 2026, 4));
    expect(span(next)).toEqual(['2027-Q1', '2027-01-01', '2027-03-31']);
    expect(previousQuarter(next)).toEqual(quarterOf('gregorian', 2026, 4));
  });

  it('crosses the fiscal year end: FY2027-Q4 → FY2028-Q1 (start month 7)', () => {
    const next = nextQuarter(quarterOf('fiscal', 2027, 4, 7));
    expect(span(next)).toEqual(['FY2028-Q1', '2027-07-01', '2027-09-30']);
    expect(previousQuarter(next).label).toBe('FY2027-Q4');
  });

  it('crosses the Persian new year: 1404-Q4 → 1405-Q1 on Nowruz', () => {
    const next = nextQuarter(quarterOf('jalali', 1404, 4));
    expect(span(next)).toEqual(['1405-Q1', '2026-03-21', '2026-06-21']);
    expect(previousQuarter(next).label).toBe('1404-Q4');
  });

  it('steps within a year', () => {
    expect(nextQuarter(quarterOf('jalali', 1405, 2)).label).toBe('1405-Q3');
    expect(previousQuarter(quarterOf('gregorian', 2026, 3)).label).toBe('2026-Q2');
  });
});

describe('quarters as properties', () => {
  const base = Date.UTC(1990, 0, 1);
  const dates = fc.integer({ min: 0, max: 36_524 }).map((n) => new Date(base + n * 864e5).toISOString().slice(0, 10));
  const calendars = fc.oneof(
    fc.constant<[CalendarKind, number]>(['gregorian', 1]),
    fc.constant<[CalendarKind, number]>(['jalali', 1]),
    fc.integer({ min: 1, max: 12 }).map((m): [CalendarKind, number] => ['fiscal', m]),
  );

  it('puts every date from 1990 to 2090 inside its quarter, in every calendar', () => {
    fc.assert(
      fc.property(dates, calendars, (iso, [calendar, month]) => {
        const q = quarterContaining(iso, calendar, month);
        expect(q.start <= iso && iso <= q.end).toBe(true);
        expect(daysBetween(q.start, q.end)).toBeGreaterThanOrEqual(88);
        expect(daysBetween(q.start, q.end)).toBeLessThanOrEqual(92);
      }),
    );
  });

  it('tiles time: the next quarter starts the day after this one ends, and steps back to it', () => {
    fc.assert(
      fc.property(dates, calendars, (iso, [calendar, month]) => {
        const q = quarterContaining(iso, calendar, month);
        const next = nextQuarter(q);
        expect(next.start).toBe(addDays(q.end, 1));
        expect(quarterContaining(next.start, calendar, month)).toEqual(next);
        expect(previousQuarter(next)).toEqual(q);
        expect(previousQuarter(q).end).toBe(addDays(q.start, -1));
      }),
    );
  });

  it('reads back its own labels', () => {
    fc.assert(
      fc.property(dates, calendars, (iso, [calendar, month]) => {
        const q = quarterContaining(iso, calendar, month);
        expect(parsePeriodLabel(q.label, q.fiscalStartMonth)).toEqual(q);
      }),
    );
  });
});

describe('parsePeriodLabel', () => {
  it.each(['2026-Q4', '2026 Q4', 'Q4 2026', 'Q4-2026', '2026q4', ' q4 2026 ', '٢٠٢٦-Q٤'])('reads %j as 2026-Q4', (text) => {
    expect(parsePeriodLabel(text)).toEqual(quarterOf('gregorian', 2026, 4));
  });

  it.each(['1405-Q3', '۱۴۰۵-Q۳', 'Q3 1405', '١٤٠٥ q٣'])('reads %j as the Solar Hijri quarter 1405-Q3', (text) => {
    expect(parsePeriodLabel(text)).toEqual(quarterOf('jalali', 1405, 3));
  });

  it('reads an FY label only when it knows the month the fiscal year starts', () => {
    expect(parsePeriodLabel('FY2027-Q2')).toBeNull();
    expect(parsePeriodLabel('FY2027-Q2', 7)).toEqual(quarterOf('fiscal', 2027, 2, 7));
    expect(parsePeriodLabel('Q2 FY2027', 7)?.start).toBe('2026-10-01');
    expect(parsePeriodLabel('fy2027 q2', 13)).toBeNull();
  });

  it.each(['', '2026', 'Q5 2026', '2026-Q0', '26-Q4', 'Quarter 4', 'Q4', 'FY1405-Q1'])('gives null for %j', (text) => {
    expect(parsePeriodLabel(text, 7)).toBeNull();
  });
});

describe('elapsedShare', () => {
  const start = '2026-10-01';
  const end = '2026-12-31';

  it('is 0 on the first day and 1 on the last', () => {
    expect(elapsedShare(start, end, start)).toBe(0);
    expect(elapsedShare(start, end, end)).toBe(1);
  });

  it('is 45/91 on 2026-11-15 in 2026-10-01 … 2026-12-31', () => {
    expect(elapsedShare(start, end, '2026-11-15')).toBe(45 / 91);
  });

  it('stays within [0, 1] before and after the period', () => {
    expect(elapsedShare(start, end, '2026-09-01')).toBe(0);
    expect(elapsedShare(start, end, '2027-02-01')).toBe(1);
  });

  it('is all or nothing when the end is not after the start', () => {
    expect(elapsedShare(start, start, start)).toBe(1);
    expect(elapsedShare(start, start, '2026-09-30')).toBe(0);
    expect(elapsedShare(end, start, '2026-11-01')).toBe(1);
    expect(elapsedShare(end, start, '2026-09-01')).toBe(0);
  });

  it('never decreases as the as-of date moves forward', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 120 }), fc.integer({ min: 0, max: 30 }), (a, k) => {
        expect(elapsedShare(start, end, addDays(start, a + k))).toBeGreaterThanOrEqual(elapsedShare(start, end, addDays(start, a)));
      }),
    );
  });
});

describe('calendarFromText', () => {
  it.each(['', 'gregorian', 'Gregorian', 'calendar', 'Standard', ' میلادی ', 'Gergely-naptár'])('reads %j as gregorian', (text) => {
    expect(calendarFromText(text)).toBe('gregorian');
  });

  it.each(['fiscal', 'FISCAL', 'Fiscal year', 'سال مالی', 'السنة المالية', 'üzleti év'])('reads %j as fiscal', (text) => {
    expect(calendarFromText(text)).toBe('fiscal');
  });

  it.each([
    'jalali',
    'Persian',
    'shamsi',
    'Solar Hijri',
    'solar-hijri',
    'SolarHijri',
    'iranian',
    'شمسی',
    'شمسي',
    'جلالی',
    'هجری شمسی',
    'هجری‌شمسی',
    'خورشیدی',
    'هجري شمسي',
    'perzsa',
    'Perzsa',
  ])('reads %j as jalali', (text) => {
    expect(calendarFromText(text)).toBe('jalali');
  });

  it.each(['lunar', 'هجري', 'hijri', 'julian', 'Q4'])('does not guess %j', (text) => {
    expect(calendarFromText(text)).toBeNull();
  });
});
