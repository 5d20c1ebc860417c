// The period one row of an adopted sheet names in its own Quarter or Season column: `Q2 2026`,
// `2026-Q2`, `1405-Q1`, `فصل ۲ ۱۴۰۵`, `الربع 2 2026`, `2026. 2. negyedév`, or a season (`بهار`,
// `تابستان ۱۴۰۵`, `الربيع 2026`, `2026 ősz`).
//
// Seasons: the Solar Hijri year's four quarters are its seasons (Farvardin–Khordad is spring,
// بهار, and so on; each starts at an equinox or solstice), so a season is that Solar Hijri quarter.
// The Arabic and Hungarian season words name the same astronomical seasons (spring from the March
// equinox, winter from the December solstice): `الربيع 2026` is 1405-Q1 (2026-03-21 … 2026-06-21),
// `tél 2026` is 1405-Q4 (2026-12-21 … 2027-03-20). English season words are not read: which months
// they mean depends on the hemisphere and the team (meteorological or astronomical).
import { JALALI_YEAR_LIMIT, parsePeriodLabel, quarterOf, toJalaliParts } from './calendar';
import { normalizeText } from './i18n/text';
import type { IsoDate, Period } from './model';

type QuarterNumber = 1 | 2 | 3 | 4;

/** Season words by quarter of the Solar Hijri year (normalized on first use). */
const SEASON_WORDS: Record<QuarterNumber, readonly string[]> = {
  1: ['بهار', 'الربيع', 'ربيع', 'tavasz', 'tavasszal'],
  2: ['تابستان', 'الصيف', 'صيف', 'nyár', 'nyári'],
  3: ['پاییز', 'پائیز', 'الخريف', 'خريف', 'ősz', 'őszi'],
  4: ['زمستان', 'الشتاء', 'شتاء', 'tél', 'téli'],
};

/** "Quarter" words before or after the quarter number (`فصل ۲`, `الربع 2`, `2. negyedév`). */
const QUARTER_WORDS = ['q', 'quarter', 'فصل', 'سه ماهه', 'الربع', 'ربع', 'negyedev'];

let seasonIndex: Map<string, QuarterNumber> | null = null;

function seasonOf(word: string): QuarterNumber | null {
  if (!seasonIndex) {
    seasonIndex = new Map();
    for (const q of [1, 2, 3, 4] as const) for (const w of SEASON_WORDS[q]) seasonIndex.set(normalizeText(w), q);
  }
  return seasonIndex.get(word) ?? null;
}

export type RowPeriod = { ok: true; period: Period } | { ok: false };

/**
 * The period a row's Quarter or Season cell names, or `{ ok: false }` when the text names none.
 * A season without a year is the season of the Solar Hijri year that contains `reference` (the
 * sheet's As of date, else its period's end); without a reference it is unreadable. A year below
 * 1700 is Solar Hijri; a season with a Gregorian year Y is the season that starts in Y.
 */
export function parseRowPeriod(text: string, reference: IsoDate | null): RowPeriod {
  const label = parsePeriodLabel(text);
  if (label) return { ok: true, period: label };
  const norm = normalizeText(text)
    .replace(/[-–—/_,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (norm === '') return { ok: false };
  const years = norm.match(/\b[0-9]{4}\b/g) ?? [];
  if (years.length > 1) return { ok: false };
  const year = years[0] ? Number(years[0]) : null;
  const rest = norm
    .replace(/\b[0-9]{4}\b\.?/, ' ')
    .replace(/\s+/g, ' ')
    .trim();

  // A season word, with or without a year.
  const season = seasonOf(rest);
  if (season) {
    let jy: number;
    if (year !== null) jy = year < JALALI_YEAR_LIMIT ? year : year - 621;
    else if (reference) jy = toJalaliParts(reference).jy;
    else return { ok: false };
    return { ok: true, period: quarterOf('jalali', jy, season) };
  }

  // A quarter word and a number 1–4, in either order, with a year.
  if (year === null) return { ok: false };
  const m = /^(?:([^\d]+?)\s*([1-4])|([1-4])\s*\.?\s*([^\d]+?))$/u.exec(rest);
  const word = (m?.[1] ?? m?.[4] ?? '').replace(/\.$/, '').trim();
  const quarter = Number(m?.[2] ?? m?.[3]) as QuarterNumber;
  if (!m || !QUARTER_WORDS.includes(word)) return { ok: false };
  return { ok: true, period: quarterOf(year < JALALI_YEAR_LIMIT ? 'jalali' : 'gregorian', year, quarter) };
}
