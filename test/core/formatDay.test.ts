// One function writes a day of a period in the period's calendar and the language's digits
// (core formatDay): the wizard's quarter list and the other views call it. A table per calendar
// and language, and the wizard's list on the built bundle.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle } from '../../local/index';
import { digitsOf, formatDay } from '../../src/core/calendar';
import { parseDate } from '../../src/core/numbers';
import type { Language } from '../../src/core/model';
import { CODE_PATH } from '../server/fixtures';
import { bundleSource } from '../support/bundle';

const LRI = '\u2066';
const PDI = '\u2069';

describe('formatDay', () => {
  it.each([
    ['2026-12-22', 'jalali', 'fa', false, '۱۴۰۵/۱۰/۰۱'],
    ['2026-12-22', 'jalali', 'fa', true, `۱۴۰۵/۱۰/۰۱ (${LRI}2026-12-22${PDI})`],
    ['2027-03-20', 'jalali', 'fa', false, '۱۴۰۵/۱۲/۲۹'],
    ['2026-03-21', 'jalali', 'ar', false, '1405/01/01'],
    ['2026-03-21', 'jalali', 'en', true, `1405/01/01 (${LRI}2026-03-21${PDI})`],
    ['2026-09-22', 'jalali', 'hu', false, '1405/06/31'],
    ['2026-12-22', 'gregorian', 'fa', false, '۲۰۲۶-۱۲-۲۲'],
    ['2026-12-22', 'gregorian', 'en', true, '2026-12-22'],
    ['2026-07-01', 'fiscal', 'hu', false, '2026-07-01'],
  ] as const)('%s in %s, %s (Gregorian beside: %s) is %s', (iso, calendar, language, withGregorian, expected) => {
    expect(formatDay(iso, calendar, { digits: digitsOf(language as Language), withGregorian })).toBe(expected);
  });

  it('refuses a day that is not a YYYY-MM-DD date', () => {
    expect(() => formatDay('2026-02-30', 'gregorian')).toThrow(RangeError);
    expect(() => formatDay('1405/10/01', 'jalali')).toThrow(RangeError);
  });
});

describe('the New quarter wizard lists quarters in their calendar', () => {
  for (const language of ['fa', 'ar', 'hu', 'en'] as const) {
    it(`${language}: Solar Hijri quarters show Solar Hijri days, Gregorian beside; calendar quarters ISO days`, () => {
      bundleSource();
      const ss = createSpreadsheet('Wizard', { timeZone: 'Asia/Tehran' });
      const rt = loadBundle(CODE_PATH, ss);
      rt.call('sidebarSaveSettings', { ...(rt.call('sidebarGetSettings') as object), language });
      const digits = digitsOf(language);
      const jalali = rt.call<{ quarters: { calendar: string; start: string; end: string; startShown: string; endShown: string }[] }>('sidebarQuarters', {
        calendar: 'jalali',
      });
      expect(jalali.quarters).toHaveLength(5);
      for (const q of jalali.quarters) {
        expect(q.startShown).toBe(formatDay(q.start, 'jalali', { digits, withGregorian: true }));
        expect(q.endShown).toBe(formatDay(q.end, 'jalali', { digits, withGregorian: true }));
        // A Solar Hijri quarter starts on day 1 of its first month.
        expect(q.startShown).toMatch(/^[۱1][۴4][۰0][۰-۹\d]\/[۰-۹\d]{2}\/[۰0][۱1] /);
      }
      const gregorian = rt.call<{ quarters: { start: string; startShown: string }[] }>('sidebarQuarters', { calendar: 'gregorian' });
      for (const q of gregorian.quarters) expect(q.startShown).toBe(formatDay(q.start, 'gregorian', { digits, withGregorian: true }));
    });
  }
});

// Which digits each language writes: Persian ۰–۹ for fa; 0–9 for ar (CLDR's default numbering system
// for `ar` is latn, and the Arabic OKR writing the templates grew from uses 0–9), en and hu. The
// sidebar writes its numbers with Intl.NumberFormat(language), so dates and numbers agree only when
// Intl's default for the bare language is the same: the table checks both.
describe('digitsOf', () => {
  const INTL_SYSTEM = { latn: 'latn', arabext: 'arabext', arab: 'arab' } as const;
  it.each([
    ['en', 'latn', '2026-12-22'],
    ['hu', 'latn', '2026-12-22'],
    ['ar', 'latn', '2026-12-22'],
    ['fa', 'arabext', '۲۰۲۶-۱۲-۲۲'],
  ] as const)('%s writes %s digits', (language, digits, gregorianDay) => {
    expect(digitsOf(language)).toBe(digits);
    expect(new Intl.NumberFormat(language).resolvedOptions().numberingSystem).toBe(INTL_SYSTEM[digits]);
    expect(formatDay('2026-12-22', 'gregorian', { digits: digitsOf(language) })).toBe(gregorianDay);
  });

  it('reads every digit it writes back (Arabic-Indic digits are read, though never written)', () => {
    for (const language of ['en', 'hu', 'ar', 'fa'] as const) {
      const shown = formatDay('2026-12-22', 'jalali', { digits: digitsOf(language) });
      expect(parseDate(shown)).toEqual({ ok: true, value: '2026-12-22' });
    }
    expect(parseDate('١٤٠٥/١٠/٠١')).toEqual({ ok: true, value: '2026-12-22' });
  });
});
