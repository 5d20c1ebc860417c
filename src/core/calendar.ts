// Quarters of three calendars (calendar year, a fiscal year starting in any month, the Solar Hijri
// year) and the civil-date arithmetic they need. Dates are `YYYY-MM-DD` strings throughout.
import { jalaaliMonthLength, toGregorian, toJalaali } from 'jalaali-js';
import { normalizeText } from './i18n/text';
import type { CalendarKind, IsoDate, Language, Period, PlanLabels } from './model';
import { normalizeDigits } from './numbers';

type Quarter = 1 | 2 | 3 | 4;

/** Years before this in a date or a label are Solar Hijri years (1405 is 2026–27). */
export const JALALI_YEAR_LIMIT = 1700;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-compatible low-level
// date algorithms"); exact for every year, unlike Date.UTC which treats years 0–99 as 1900–1999.
function daysFromCivil(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): { y: number; m: number; d: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

function format(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function dayNumber(iso: IsoDate): number {
  const match = ISO_DATE.exec(iso);
  if (match) {
    const y = Number(match[1]);
    const m = Number(match[2]);
    const d = Number(match[3]);
    const days = daysFromCivil(y, m, d);
    const back = civilFromDays(days);
    if (back.y === y && back.m === m && back.d === d) return days;
  }
  throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
}

function fromDayNumber(days: number): IsoDate {
  const { y, m, d } = civilFromDays(days);
  return format(y, m, d);
}

/** True for a real `YYYY-MM-DD` date (not 2026-02-30). */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  try {
    dayNumber(s);
    return true;
  } catch {
    return false;
  }
}

/**
 * The ISO date of year, month, day; out-of-range months and days roll over like DATE() in Sheets
 * (month 13 is January of the next year, day 0 the last day of the month before).
 */
export function isoFromParts(y: number, m: number, d: number): IsoDate {
  const year = y + Math.floor((m - 1) / 12);
  const month = ((((m - 1) % 12) + 12) % 12) + 1;
  return fromDayNumber(daysFromCivil(year, month, 1) + d - 1);
}

export function addDays(iso: IsoDate, n: number): IsoDate {
  return fromDayNumber(dayNumber(iso) + n);
}

/** Days from `a` to `b` (b − a): 2026-10-01 → 2026-12-31 is 91. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function toJalaliParts(iso: IsoDate): { jy: number; jm: number; jd: number } {
  const match = ISO_DATE.exec(iso);
  if (!match || !isIsoDate(iso)) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
  return toJalaali(Number(match[1]), Number(match[2]), Number(match[3]));
}

function jalaliIso(jy: number, jm: number, jd: number): IsoDate {
  const g = toGregorian(jy, jm, jd);
  return format(g.gy, g.gm, g.gd);
}

function checkQuarter(quarter: number): asserts quarter is Quarter {
  if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) {
    throw new RangeError(`quarter must be 1–4, not ${quarter}`);
  }
}

function checkMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`fiscal start month must be a whole number 1–12, not ${month}`);
  }
}

/**
 * A quarter of a calendar. Calendar quarters are `2026-Q4`. A fiscal year starting in month m is
 * named for the calendar year it ends in (`FY2027` with m = 7 runs 2026-07-01 … 2027-06-30). Solar
 * Hijri quarters are the seasons of the Persian year: `1405-Q1` is Farvardin–Khordad.
 */
export function quarterOf(calendar: CalendarKind, year: number, quarter: Quarter, fiscalStartMonth = 1): Period {
  checkQuarter(quarter);
  if (!Number.isInteger(year)) throw new RangeError(`year must be a whole number, not ${year}`);
  if (calendar === 'jalali') {
    const first = quarter * 3 - 2;
    const last = quarter * 3;
    return {
      calendar,
      label: `${year}-Q${quarter}`,
      year,
      quarter,
      // Esfand has 30 days in a leap year, 29 otherwise.
      start: jalaliIso(year, first, 1),
      end: jalaliIso(year, last, jalaaliMonthLength(year, last)),
    };
  }
  if (calendar === 'gregorian') {
    return {
      calendar,
      label: `${year}-Q${quarter}`,
      year,
      quarter,
      fiscalStartMonth: 1,
      start: isoFromParts(year, quarter * 3 - 2, 1),
      end: isoFromParts(year, quarter * 3 + 1, 0),
    };
  }
  checkMonth(fiscalStartMonth);
  const startYear = fiscalStartMonth === 1 ? year : year - 1;
  const firstMonth = fiscalStartMonth + (quarter - 1) * 3;
  return {
    calendar,
    label: `FY${year}-Q${quarter}`,
    year,
    quarter,
    fiscalStartMonth,
    start: isoFromParts(startYear, firstMonth, 1),
    end: isoFromParts(startYear, firstMonth + 3, 0),
  };
}

/**
 * The last day of the n-th week or month (1-based) of a period, for the Month 1 … Month 3 and
 * Wk 1 … Wk 13 columns of periodic trackers. Week n ends 7n − 1 days after Start. Month n is the
 * n-th month of the period's calendar when the period starts on a month's first day (a Solar Hijri
 * quarter's months are Solar Hijri months); otherwise the period is cut into three equal parts.
 * Never after the period's End. Errors: RangeError for n < 1.
 */
export function periodSlotEnd(period: Pick<Period, 'calendar' | 'start' | 'end'>, kind: 'week' | 'month', n: number): IsoDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`slot must be a whole number from 1, not ${n}`);
  let end: IsoDate;
  if (kind === 'week') end = addDays(period.start, 7 * n - 1);
  else if (period.calendar === 'jalali' && toJalaliParts(period.start).jd === 1) {
    const { jy, jm } = toJalaliParts(period.start);
    const month = jm + n - 1;
    const year = jy + Math.floor((month - 1) / 12);
    const m = ((month - 1) % 12) + 1;
    end = jalaliIso(year, m, jalaaliMonthLength(year, m));
  } else if (period.calendar !== 'jalali' && period.start.endsWith('-01')) {
    end = isoFromParts(Number(period.start.slice(0, 4)), Number(period.start.slice(5, 7)) + n, 0);
  } else end = addDays(period.start, Math.round((n * (daysBetween(period.start, period.end) + 1)) / 3) - 1);
  return end < period.end ? end : period.end;
}

/** The first day of the n-th week or month of a period: the day after the (n − 1)-th ends (`periodSlotEnd`). */
export function periodSlotStart(period: Pick<Period, 'calendar' | 'start' | 'end'>, kind: 'week' | 'month', n: number): IsoDate {
  return n === 1 ? period.start : addDays(periodSlotEnd(period, kind, n - 1), 1);
}

/** The quarter of `calendar` that contains the date. */
export function quarterContaining(iso: IsoDate, calendar: CalendarKind, fiscalStartMonth = 1): Period {
  const { y, m } = civilFromDays(dayNumber(iso));
  if (calendar === 'jalali') {
    const { jy, jm } = toJalaliParts(iso);
    return quarterOf('jalali', jy, Math.ceil(jm / 3) as Quarter);
  }
  if (calendar === 'gregorian') return quarterOf('gregorian', y, Math.ceil(m / 3) as Quarter);
  checkMonth(fiscalStartMonth);
  const offset = (m - fiscalStartMonth + 12) % 12;
  const fiscalYear = fiscalStartMonth === 1 || m < fiscalStartMonth ? y : y + 1;
  return quarterOf('fiscal', fiscalYear, (Math.floor(offset / 3) + 1) as Quarter, fiscalStartMonth);
}

export function nextQuarter(p: Period): Period {
  return p.quarter === 4
    ? quarterOf(p.calendar, p.year + 1, 1, p.fiscalStartMonth ?? 1)
    : quarterOf(p.calendar, p.year, (p.quarter + 1) as Quarter, p.fiscalStartMonth ?? 1);
}

export function previousQuarter(p: Period): Period {
  return p.quarter === 1
    ? quarterOf(p.calendar, p.year - 1, 4, p.fiscalStartMonth ?? 1)
    : quarterOf(p.calendar, p.year, (p.quarter - 1) as Quarter, p.fiscalStartMonth ?? 1);
}

const YEAR_FIRST = /^(FY)?\s*(\d{4})\s*[-–—/_]?\s*Q\s*([1-4])$/;
const QUARTER_FIRST = /^Q\s*([1-4])\s*[-–—/_]?\s*(FY)?\s*(\d{4})$/;

/**
 * The quarter a label names: `2026-Q4`, `2026 Q4`, `Q4 2026`, `Q4-2026`, `1405-Q3` (a year before
 * 1700 is Solar Hijri), in any digits and case. `FY2027-Q2` needs the fiscal start month, since
 * the label alone does not say when that year starts; without it the answer is null.
 */
export function parsePeriodLabel(text: string, fiscalStartMonth?: number): Period | null {
  const t = normalizeDigits(String(text))
    .replace(/[\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .trim()
    .toUpperCase();
  let fy: string | undefined;
  let year: number;
  let quarter: number;
  const yearFirst = YEAR_FIRST.exec(t);
  const quarterFirst = yearFirst ? null : QUARTER_FIRST.exec(t);
  if (yearFirst) {
    fy = yearFirst[1];
    year = Number(yearFirst[2]);
    quarter = Number(yearFirst[3]);
  } else if (quarterFirst) {
    fy = quarterFirst[2];
    year = Number(quarterFirst[3]);
    quarter = Number(quarterFirst[1]);
  } else {
    return null;
  }
  checkQuarter(quarter);
  if (fy) {
    if (fiscalStartMonth === undefined || !Number.isInteger(fiscalStartMonth)) return null;
    if (fiscalStartMonth < 1 || fiscalStartMonth > 12 || year < JALALI_YEAR_LIMIT) return null;
    return quarterOf('fiscal', year, quarter, fiscalStartMonth);
  }
  return quarterOf(year < JALALI_YEAR_LIMIT ? 'jalali' : 'gregorian', year, quarter);
}

/**
 * The share of a period that has passed at `at`, in [0, 1]: 0 on the first day, 1 on the last
 * (2026-11-15 in 2026-10-01 … 2026-12-31 is 45/91). A period that ends on or before its start is
 * all or nothing.
 */
export function elapsedShare(start: IsoDate, end: IsoDate, at: IsoDate): number {
  const total = daysBetween(start, end);
  if (total <= 0) return daysBetween(end, at) >= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, daysBetween(start, at) / total));
}

const CALENDAR_WORDS: Record<CalendarKind, readonly string[]> = {
  gregorian: [
    '',
    'gregorian',
    'calendar',
    'standard',
    'calendar year',
    'civil',
    'miladi',
    'میلادی',
    'گریگوری',
    'ميلادي',
    'الميلادي',
    'غريغوري',
    'gregorián',
    'gergely',
    'gergely-naptár',
    'naptári év',
  ],
  fiscal: ['fiscal', 'fiscal year', 'financial year', 'fy', 'مالی', 'سال مالی', 'السنة المالية', 'المالية', 'üzleti év', 'pénzügyi év', 'üzleti'],
  jalali: [
    'jalali',
    'jalaali',
    'persian',
    'shamsi',
    'solar hijri',
    'solar-hijri',
    'hijri shamsi',
    'hejri shamsi',
    'iranian',
    'شمسی',
    'جلالی',
    'هجری شمسی',
    'خورشیدی',
    'ایرانی',
    'هجري شمسي',
    'الهجري الشمسي',
    'الشمسي',
    'فارسي',
    'perzsa',
    'iráni',
    'jalali naptár',
    'perzsa naptár',
  ],
};

function calendarKey(text: string): string {
  return normalizeText(text).replace(/[\s\-_]/g, '');
}

/** The calendar a word names, in any of the four languages (`shamsi`, `شمسی`, `perzsa` → jalali). */
export function calendarFromText(text: string): CalendarKind | null {
  const key = calendarKey(text);
  for (const kind of ['gregorian', 'fiscal', 'jalali'] as const) {
    if (CALENDAR_WORDS[kind].some((w) => calendarKey(w) === key)) return kind;
  }
  return null;
}

/** How a day is written: its calendar's own digits, and whether the Gregorian day goes beside a Solar Hijri one. */
export interface DayStyle {
  /** `latn` 0–9, `arabext` Persian ۰–۹, `arab` Arabic-Indic ٠–٩. */
  digits?: 'latn' | 'arabext' | 'arab';
  /** Solar Hijri only: the Gregorian day in brackets after it, `۱۴۰۵/۱۰/۰۱ (2026-12-22)`. */
  withGregorian?: boolean;
}

const DIGIT_SETS = { latn: '0123456789', arabext: '۰۱۲۳۴۵۶۷۸۹', arab: '٠١٢٣٤٥٦٧٨٩' } as const;

/**
 * The digits a language writes dates in: Persian ۰–۹ for fa, Latin 0–9 otherwise. Arabic keeps
 * 0–9: CLDR's default numbering system for `ar` is `latn` (CLDR 48, unicode.org/cldr, numbers.json
 * `defaultNumberingSystem`; Node's ICU and current browsers agree, so the sidebar's
 * Intl.NumberFormat('ar') writes 0–9 too), and the Arabic OKR articles the templates grew from
 * write every number and date in 0–9. Arabic-Indic digits are read everywhere, never written.
 */
export function digitsOf(language: Language): NonNullable<DayStyle['digits']> {
  return language === 'fa' ? 'arabext' : 'latn';
}

const SOLAR_HIJRI_TEXT = /^\s*1[0-6]\d\d\s*[-/.]/;

/** True when a label-block cell as read (`raw`: text, or a Date as an ISO string) holds a Solar Hijri date. */
export function solarHijriRaw(raw: string | number | boolean | null): boolean {
  return typeof raw === 'string' && SOLAR_HIJRI_TEXT.test(normalizeDigits(raw.replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, '')));
}

/**
 * The calendar a plan's days are shown in: Solar Hijri when its quarter is a Solar Hijri quarter
 * or its Start, End or As of was written as a Solar Hijri date (typed as text, or a date cell whose
 * year is below 1700); else the calendar of its quarter (Gregorian days for calendar and fiscal
 * quarters alike); Gregorian when the quarter is unknown.
 */
export function planCalendar(plan: { period: Period | null; labels: PlanLabels }): CalendarKind {
  if (plan.period?.calendar === 'jalali') return 'jalali';
  const { start, end, asOf, quarter } = plan.labels;
  if ([start, end, asOf].some((f) => solarHijriRaw(f.raw))) return 'jalali';
  if (!plan.period && quarter.value && /^\s*1[0-6]\d\d\s*-\s*q/i.test(normalizeDigits(quarter.value))) return 'jalali';
  return plan.period?.calendar ?? 'gregorian';
}

/** Issue parameters that hold a day (`YYYY-MM-DD`): Start, End and Due in period and due-date messages. */
const DAY_PARAMS = ['start', 'end', 'due'] as const;

/**
 * An issue's parameters with its days written as the plan shows them (formatDay, with the Gregorian
 * day beside a Solar Hijri one): `{ due: '2026-12-22' }` → `{ due: '۱۴۰۵/۱۰/۰۱ (2026-12-22)' }` for a
 * Solar Hijri plan in Persian. Other parameters, and values that are not days, are kept.
 */
export function daysShownIn(params: Record<string, string | number>, calendar: CalendarKind, language: Language): Record<string, string | number> {
  if (calendar !== 'jalali') return params;
  let out = params;
  for (const key of DAY_PARAMS) {
    const v = params[key];
    if (typeof v === 'string' && isIsoDate(v)) {
      if (out === params) out = { ...params };
      out[key] = formatDay(v, calendar, { digits: digitsOf(language), withGregorian: true });
    }
  }
  return out;
}

/**
 * A day as it is shown for a period of `calendar`: the Solar Hijri day `1405/10/01` (year first,
 * slashes, as Persian planners type it and as the reader reads it back) for a Solar Hijri period,
 * the ISO day `2026-12-22` for calendar and fiscal periods. Every place the add-on shows or writes a
 * day of a period (the wizard, the label block, As of, the tabs, the check-in, the history) goes
 * through this. Throws a RangeError for a string that is not a `YYYY-MM-DD` date.
 */
export function formatDay(iso: IsoDate, calendar: CalendarKind, style: DayStyle = {}): string {
  const digits = DIGIT_SETS[style.digits ?? 'latn'];
  const native = (s: string) => s.replace(/\d/g, (d) => digits[Number(d)]!);
  if (calendar !== 'jalali') {
    if (!isIsoDate(iso)) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
    return native(iso);
  }
  const { jy, jm, jd } = toJalaliParts(iso);
  const day = native(`${jy}/${String(jm).padStart(2, '0')}/${String(jd).padStart(2, '0')}`);
  // The Gregorian day keeps Latin digits and its own direction inside right-to-left text.
  return style.withGregorian ? `${day} (\u2066${iso}\u2069)` : day;
}
