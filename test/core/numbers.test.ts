import fc from 'fast-check';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/model';
import { isBlank, isSheetsError, normalizeDigits, parseDate, parseNumber } from '../../src/core/numbers';

const value = (v: CellValue): number | undefined => {
  const r = parseNumber(v);
  return r.ok ? r.value : undefined;
};
const reason = (v: CellValue): string | undefined => {
  const r = parseNumber(v);
  return r.ok ? undefined : r.reason;
};

describe('normalizeDigits', () => {
  it('turns Persian and Arabic-Indic digits into ASCII and keeps everything else', () => {
    expect(normalizeDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(normalizeDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizeDigits('Q۳ ١٤٠٥ abc')).toBe('Q3 1405 abc');
  });
});

describe('isBlank and isSheetsError', () => {
  it.each([[''], ['   '], ['\u00a0\u2009'], [null], [undefined]])('reads %j as blank', (v) => {
    expect(isBlank(v)).toBe(true);
  });

  it.each([[0], [false], ['0'], ['x']])('does not read %j as blank', (v) => {
    expect(isBlank(v)).toBe(false);
  });

  it.each(['#REF!', '#N/A', '#DIV/0!', '#VALUE!', '#ERROR!', '#NAME?', '#NUM!', '#NULL!', ' #n/a '])('knows %s is a Sheets error', (v) => {
    expect(isSheetsError(v)).toBe(true);
  });

  it('does not take other text or numbers for errors', () => {
    expect(isSheetsError('#1')).toBe(false);
    expect(isSheetsError('REF')).toBe(false);
    expect(isSheetsError(404)).toBe(false);
  });
});

describe('parseNumber', () => {
  it('keeps numbers as Sheets gives them (a 30 % cell is already 0.3)', () => {
    expect(parseNumber(1500)).toEqual({ ok: true, value: 1500 });
    expect(parseNumber(0.3)).toEqual({ ok: true, value: 0.3 });
    expect(parseNumber(-2)).toEqual({ ok: true, value: -2 });
  });

  it('does not take NaN or Infinity for numbers', () => {
    expect(reason(Number.NaN)).toBe('notNumber');
    expect(reason(Number.POSITIVE_INFINITY)).toBe('notNumber');
  });

  it('does not read checkboxes or dates as numbers', () => {
    expect(parseNumber(true)).toEqual({ ok: false, reason: 'notNumber', text: 'TRUE' });
    expect(parseNumber(false)).toEqual({ ok: false, reason: 'notNumber', text: 'FALSE' });
    expect(reason(new Date(Date.UTC(2026, 9, 1)))).toBe('date');
  });

  it.each([[''], ['   '], [null], [undefined]])('reads %j as blank', (v) => {
    expect(reason(v)).toBe('blank');
  });

  it.each([
    ['30%', 0.3],
    ['۳۰٪', 0.3],
    ['٪۳۰', 0.3],
    ['12.5 %', 0.125],
    ['-30%', -0.3],
  ])('reads the percentage %j as %d', (text, expected) => {
    expect(value(text)).toBeCloseTo(expected, 12);
  });

  it.each([
    ['1,500', 1500],
    ['١٬٥٠٠', 1500],
    ['۱٬۵۰۰', 1500],
    ['1 500', 1500],
    ['1\u00a0500', 1500],
    ['1\u202f500\u202f000', 1_500_000],
    ['12,345,678.9', 12_345_678.9],
  ])('reads thousands separators in %j as %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each([
    ['12٫5', 12.5],
    ['۱۲٫۵', 12.5],
    ['12.5', 12.5],
    ['.5', 0.5],
  ])('reads the decimal %j as %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each([
    ['−12', -12],
    ['-12', -12],
    ['+12', 12],
    ['  42  ', 42],
    ['\u200f۴۲\u200f', 42],
  ])('reads signs and padding in %j as %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('reads -0 as 0', () => {
    expect(Object.is(value('-0'), 0)).toBe(true);
  });

  // A thousands group never follows a leading 0: 0,750 (or ۰٬۷۵۰, a slip for ۰٫۷۵۰) is never 750.
  it.each(['0,750', '00,750', '۰٬۷۵۰', '٠٬٧٥٠', '0 750', '0,500,000'])('does not read %j as thousands: it is ambiguous', (text) => {
    expect(parseNumber(text)).toEqual({ ok: false, reason: 'ambiguous', text });
  });

  it.each(['$500K', '500k', '€20', '20 USD', 'about 20', '~20', '20-30', '20 to 30', '1 2', '1,5', '12,34', '1.500,5', '%30%', '1e3', '(12)', '--5'])(
    'does not guess %j: it is ambiguous',
    (text) => {
      expect(parseNumber(text)).toEqual({ ok: false, reason: 'ambiguous', text });
    },
  );

  it.each(['abc', 'N/A', 'TBD', '%', '-'])('reports %j, which has no digit, as not a number', (text) => {
    expect(reason(text)).toBe('notNumber');
  });

  it.each(['#REF!', '#N/A', '#DIV/0!', '#VALUE!'])('reports the Sheets error %s as an error', (text) => {
    expect(parseNumber(text)).toEqual({ ok: false, reason: 'error', text });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const r = parseNumber(v as CellValue);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });

  it('reads back any finite number written plainly, with Persian digits too', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const text = `${whole}.${String(cents).padStart(2, '0')}`;
        const persian = text.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d))).replace('.', '٫');
        expect(value(text)).toBe(Number(text));
        expect(value(persian)).toBe(Number(text));
      }),
    );
  });
});

describe('parseDate', () => {
  it('reads the Hungarian written date, year first with dots (2026. 10. 01.), and nothing day-first', () => {
    expect(parseDate('2026. 10. 01.')).toEqual({ ok: true, value: '2026-10-01' });
    expect(parseDate('2026.10.01.')).toEqual({ ok: true, value: '2026-10-01' });
    expect(parseDate('2026-10-01.').ok).toBe(false);
    expect(parseDate('01/10/2026').ok).toBe(false);
  });

  it('reads a Date as its civil date', () => {
    expect(parseDate(new Date(Date.UTC(2026, 9, 1)))).toEqual({ ok: true, value: '2026-10-01' });
  });

  it('reads midnight in a spreadsheet east of UTC as that day (Tehran: 20:30 UTC the day before)', () => {
    expect(parseDate(new Date('2026-09-30T20:30:00Z'))).toEqual({ ok: true, value: '2026-10-01' });
  });

  it('reads midnight in a spreadsheet west of UTC as that day (New York: 04:00 UTC)', () => {
    expect(parseDate(new Date('2026-10-01T04:00:00Z'))).toEqual({ ok: true, value: '2026-10-01' });
  });

  it('reads a Date from another realm, as the bundle sees in node:vm', () => {
    const foreign = vm.runInNewContext('new Date(Date.UTC(2026, 10, 23))') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(parseDate(foreign)).toEqual({ ok: true, value: '2026-11-23' });
  });

  it('reports an invalid Date as not a date', () => {
    expect(parseDate(new Date(Number.NaN))).toMatchObject({ ok: false, reason: 'notDate' });
  });

  it.each([
    ['2026-10-01', '2026-10-01'],
    ['2026/10/01', '2026-10-01'],
    ['2026.10.01', '2026-10-01'],
    ['2026-1-5', '2026-01-05'],
    ['٢٠٢٦-١٠-٠١', '2026-10-01'],
    ['2024-02-29', '2024-02-29'],
  ])('reads the typed Gregorian date %j as %s', (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['۱۴۰۵/۰۷/۰۱', '2026-09-23'],
    ['1405/01/01', '2026-03-21'],
    ['۱۴۰۳/۱۲/۳۰', '2025-03-20'],
    ['1404-12-29', '2026-03-20'],
  ])('reads the Solar Hijri date %j as %s', (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each(['2026-02-30', '2026-13-01', '2025-02-29', '1404/12/30', '1405/07/32', '2026-10/01', '01/10/2026', 'next Monday', '20261001'])(
    'reports %j as not a date',
    (text) => {
      expect(parseDate(text)).toEqual({ ok: false, reason: 'notDate', text });
    },
  );

  it('does not read numbers or checkboxes as dates: Sheets gives Dates for date cells', () => {
    expect(parseDate(46296)).toEqual({ ok: false, reason: 'notDate', text: '46296' });
    expect(parseDate(true)).toMatchObject({ ok: false, reason: 'notDate' });
  });

  it('reports blanks and error values for what they are', () => {
    expect(parseDate('')).toMatchObject({ ok: false, reason: 'blank' });
    expect(parseDate(null)).toMatchObject({ ok: false, reason: 'blank' });
    expect(parseDate('#REF!')).toEqual({ ok: false, reason: 'error', text: '#REF!' });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.date()), (v) => {
        const r = parseDate(v as CellValue);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });

  it('reads back any typed ISO date, and the Date of any UTC midnight', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1800, 0, 1) / 864e5, max: Date.UTC(2200, 0, 1) / 864e5 }), (day) => {
        const iso = new Date(day * 864e5).toISOString().slice(0, 10);
        expect(parseDate(iso)).toEqual({ ok: true, value: iso });
        expect(parseDate(new Date(day * 864e5))).toEqual({ ok: true, value: iso });
      }),
    );
  });
});
