// One model of a key result's scale: whether its numbers are per cent, and how each cell stores
// them. The sheet reader (with the cells' number formats), the check-in and the custom functions
// (which see values only) all read values through `readScale`, so `18`, `18%` and 0.18 in a
// percent-formatted cell are the same 18 % everywhere, and values that cannot be put on one scale
// are an error naming the cells, never a silent conversion.
//
// The rule (README "Scoring rules"):
// - A key result is a percentage when its Unit says per cent (`%`, `٪`, `percent`, `درصد`,
//   `بالمئة`, `százalék`), its type is `percentage`, or any of its Start/Target/Current cells is
//   percent-formatted or typed with a percent sign.
// - Marked values (a percent format, or typed `18%`) are fractions: Sheets stores 18 % as 0.18.
// - Plain numbers of a percentage key result are percentage points (18 is 18 %) when one of them is
//   above 1 and none looks like a fraction (0 < |v| < 1); otherwise they are fractions (0.18 is
//   18 %; 0.98 next to 1.06 is 98 % → 106 %).
// - A percentage key result whose plain numbers both look like fractions and reach 2 or more
//   (0.14 next to 18), or that mixes marked values with plain numbers read as fractions, cannot be
//   put on one scale: `KR_MIXED_SCALE`, naming the cells.
// - A Current far too big for its Start and Target as the cells store them (20 in a percent cell
//   next to 18 % and 25 % is 2,000 %; 0 → 1 at 50 with Unit %; OKR_SCORE(0.1, 0.5, 30)) is a
//   percentage point typed among fractions: not ours to guess, `KR_MIXED_SCALE` for plain and
//   percent key results alike. Precisely: the last cell given (Current) is 2 or more and at least
//   10 times every other non-zero value, all of which are within ±1 (at least one non-zero).
// - 0 is the same on every scale.
import { isDoneWord, statusLabel } from './i18n';
import { languageOfText } from './i18n/text';
import type { CellValue, KeyResult, Language } from './model';
import { isPercentUnit, parseNumber, type NumberConvention, type NumberResult } from './numbers';
import { normalizeDigits } from './digits';

export type Scale = 'plain' | 'percent';

/** How a percentage key result's plain numbers are stored in its cells. */
export type PercentStorage = 'fraction' | 'points';

/** One value cell of a key result as read: what the cell holds, its number format, its A1 place. */
export interface ScaleCell {
  raw: CellValue;
  /** The cell's number format (Range.getNumberFormats); '' or absent when unknown (custom functions). */
  format?: string;
  cell: string;
}

export interface ScaleReading {
  scale: Scale;
  /** For a percentage key result: how its plain numbers are stored; null for a plain one. */
  storage: PercentStorage | null;
  /** The numbers, one per input cell, on the key result's scale (fractions for per cent); null when blank or unreadable. */
  values: (number | null)[];
  /** The parse result of each cell (for the unreadable ones' issues). */
  parsed: NumberResult[];
  /** The cells whose values cannot be put on one scale with the others; empty when they can. */
  mixed: string[];
}

const PERCENT_SIGN = /%|٪|﹪|％/;

/**
 * True for a number format that shows a percentage (`0%`, `0.0%`, `#,##0.00%`): a `%` outside
 * quotes and backslash escapes (Sheets number-format syntax:
 * developers.google.com/sheets/api/guides/formats).
 */
export function isPercentFormat(format: string | undefined | null): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return bare.includes('%');
}

/**
 * The number format that `isPercentFormat` reads for a cell of which a reader knows the value and the
 * text it shows, but not its format: =OKR_SCORE given `TO_TEXT` of each cell by the Score formula
 * (TO_TEXT "returns value as a string, with existing formatting retained … percentages as
 * percentages": support.google.com/docs/answer/3094285). `SHOWN_PERCENT_FORMAT` when `raw` is a
 * number and `shown` is that number shown as a percentage; '' otherwise, so the cell reads as
 * unformatted (a plain or blank cell, text, whose own % says it, an error's stand-in).
 *
 * The shown text is Sheets' rendering in the spreadsheet's locale, never typed, so it is read by
 * that locale's separators alone (`numbers.decimalComma`: `12,345%` is 12.345 % in Budapest,
 * `1.234,5%` 1234.5 % in Berlin) and around whatever literal text the format adds (`$20.00%`,
 * `20% done`, `≥ 20%`, `(20%)` for a negative): a percent sign and one number whose hundredth is the
 * value, to the half of the last digit shown and at most the half per cent a `0%` format rounds
 * away. A percent sign that is literal text of the format (20 shown `20 %` or `20%`) reads back as
 * 0.2, not 20, so it is not a percent format. A value within ±0.005 shown with a literal % is taken
 * as percent-formatted; it is 0 on either scale to the half per cent. Only the number beside
 * the percent sign is read (`20% by Q4`).
 */
export function formatOfShown(raw: CellValue, shown: CellValue, numbers: NumberConvention = {}): string {
  if (typeof raw !== 'number' || typeof shown !== 'string' || !PERCENT_SIGN.test(shown)) return '';
  const comma = numbers.decimalComma === true;
  const text = normalizeDigits(shown).replace(/\u066b/g, comma ? ',' : '.');
  const [before, after] = shownPercentPatterns(comma);
  const found = before.exec(text) ?? after.exec(text);
  if (!found) return '';
  const whole = (found[1] ?? '').replace(/\D/g, '');
  const fraction = found[2] ?? '';
  const value = Number(`${whole}.${fraction || '0'}`);
  const tolerance = Math.min(HALF_PER_CENT, 0.5 * 10 ** -(fraction.length + 2) + 1e-12);
  return Math.abs(value / 100 - Math.abs(raw)) <= tolerance ? SHOWN_PERCENT_FORMAT : '';
}

/**
 * The number beside a percent sign (`20%`, `1 234,5 %`, `٪20`), before it or after it: digits in
 * groups of three after the locale's grouping (a point or a comma, whichever is not the decimal
 * separator, a space, a no-break space or an apostrophe), then the decimal separator and its digits.
 * Literal text of a format may hold other numbers (`20% by Q4`, `20% in 2026`); they are not read.
 * Made once per decimal convention, when first needed (OKR_SCORE reads three cells a row).
 */
function shownPercentPatterns(comma: boolean): readonly [RegExp, RegExp] {
  const cached = SHOWN_PERCENT_PATTERNS.get(comma);
  if (cached) return cached;
  const group = `[${comma ? '.' : ','}\\s\\u00a0\\u202f'\\u066c]`;
  const number = `(\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:\\${comma ? ',' : '.'}(\\d+))?`;
  const patterns = [new RegExp(`${number}\\s*(?:${PERCENT_SIGN.source})`), new RegExp(`(?:${PERCENT_SIGN.source})\\s*${number}`)] as const;
  SHOWN_PERCENT_PATTERNS.set(comma, patterns);
  return patterns;
}

const SHOWN_PERCENT_PATTERNS = new Map<boolean, readonly [RegExp, RegExp]>();

/** The stand-in format of a cell shown as a percentage (formatOfShown). */
export const SHOWN_PERCENT_FORMAT = '0%';

/** Half of the smallest step a `0%` format shows, with room for binary noise. */
const HALF_PER_CENT = 0.005 + 1e-12;

/** True when a cell says by itself that it holds a percentage: percent text, or a number in a percent format. */
function isMarked(c: ScaleCell): boolean {
  if (typeof c.raw === 'string') return PERCENT_SIGN.test(c.raw);
  return typeof c.raw === 'number' && isPercentFormat(c.format);
}

const looksFraction = (v: number): boolean => v !== 0 && Math.abs(v) < 1;

/**
 * Reads the value cells of one key result (Start, Target, Current, in any order) on one scale.
 * `unit` is the Unit cell's text; `percentType` is true when the Type cell says percentage.
 */
export function readScale(cells: readonly ScaleCell[], unit: CellValue, percentType = false, numbers: NumberConvention = {}): ScaleReading {
  const read = readCells(cells, unit, percentType, numbers);
  if (!cells.some((c) => typeof c.raw === 'number' && isPercentFormat(c.format))) return read;
  // The add-on's Score formula (=OKR_SCORE) sees values, not formats: a reading that the formats
  // alone decide would put one number in the tabs and another in the sheet. The numbers are read
  // as OKR_SCORE reads them; the formats only say that the key result is a percentage.
  const blind = readCells(
    cells.map((c) => ({ ...c, format: '' })),
    unit,
    percentType,
    numbers,
  );
  if (blind.mixed.length > 0) return { ...blind, scale: 'percent' };
  // 0 % → 100 % formatted with a plain 0.5: fractions, as the cells store them and OKR_SCORE reads them.
  if (read.mixed.length > 0) return { scale: 'percent', storage: blind.storage ?? 'fraction', values: blind.values, parsed: blind.parsed, mixed: [] };
  if (!proportional(read.values, blind.values)) {
    // A formatted 100 % next to a plain 1.01 with Unit %: 100 % → 1.01 % here, 1 % → 1.01 % there.
    const cellsOf = cells.map((c, i) => (read.values[i] === null || c.cell === '' ? '' : c.cell)).filter((c) => c !== '');
    return { scale: 'percent', storage: null, values: read.values.map(() => null), parsed: read.parsed, mixed: cellsOf };
  }
  return read;
}

/** True when b = k·a for one k > 0 (the same scores on either reading). */
function proportional(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  let k: number | null = null;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === null || y === null) {
      if (x !== y) return false;
      continue;
    }
    if (x === 0 || y === 0) {
      if (x !== y) return false;
      continue;
    }
    const r = y / x;
    if (k === null) k = r;
    else if (Math.abs(r - k) > 1e-9 * Math.abs(k)) return false;
  }
  return k === null || k > 0;
}

function readCells(cells: readonly ScaleCell[], unit: CellValue, percentType: boolean, numbers: NumberConvention): ScaleReading {
  const parsed = cells.map((c) => parseNumber(c.raw, numbers));
  const marked = cells.map(isMarked);
  const unitPercent = isPercentUnit(unit) || percentType;
  const isPercent = unitPercent || marked.some((m, i) => m && parsed[i]!.ok);
  const values = parsed.map((p) => (p.ok ? p.value : null));
  const cellsOf = (idx: number[]) => idx.map((i) => cells[i]!.cell).filter((c) => c !== '');
  // A Current a hundred times its Start and Target (as the cells store them: 20 in a percent cell
  // is 2,000 %): a percentage point among fractions, on either scale.
  // (Marked values mixed with plain ones are read by the rules below instead.)
  const markedMix = values.some((v, i) => v && marked[i]) && values.some((v, i) => v && !marked[i]);
  if (!markedMix && (hundredfoldOutlier(values) === cells.length - 1 || hundredthOutlier(values) !== null)) {
    return { scale: isPercent ? 'percent' : 'plain', storage: null, values: values.map(() => null), parsed, mixed: cellsOf(numericIdx(values)) };
  }
  if (!isPercent) return { scale: 'plain', storage: null, values, parsed, mixed: [] };

  const plainIdx = cells.map((_, i) => i).filter((i) => !marked[i] && values[i] !== null && values[i] !== 0);
  const markedIdx = cells.map((_, i) => i).filter((i) => marked[i] && values[i] !== null);
  const plain = plainIdx.map((i) => values[i] as number);
  const anyFraction = plain.some(looksFraction);
  const anyBig = plain.some((v) => Math.abs(v) >= 2);
  const mixed = (): ScaleReading => ({
    scale: 'percent',
    storage: null,
    values: values.map(() => null),
    parsed,
    mixed: cellsOf([...plainIdx, ...markedIdx].sort((a, b) => a - b)),
  });
  // 0.14 next to 18: a fraction and a percentage point side by side.
  if (anyFraction && anyBig) return mixed();
  // Points when a plain number is above 1 and none looks like a fraction; otherwise fractions
  // (0.98 next to 1.06 is 98 % → 106 %).
  const storage: PercentStorage = !anyFraction && plain.some((v) => Math.abs(v) > 1) ? 'points' : 'fraction';
  // 0.5 next to 18 %: a fraction typed without a format, or half a per cent? Not ours to guess.
  if (storage === 'fraction' && plain.length > 0 && markedIdx.length > 0) return mixed();
  const scaled = values.map((v, i) => (v === null || marked[i] || storage === 'fraction' ? v : v / 100));
  return { scale: 'percent', storage, values: scaled, parsed, mixed: [] };
}

function numericIdx(values: readonly (number | null)[]): number[] {
  return values.map((v, i) => (v === null ? -1 : i)).filter((i) => i >= 0);
}

/**
 * The index of the one value that is 2 or more and at least ten times every other non-zero value,
 * all of which are within ±1 (so it reads as percentage points among fractions); null when none.
 */
export function hundredfoldOutlier(values: readonly (number | null)[]): number | null {
  let big = -1;
  let others = 0;
  let otherMax = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || v === 0) continue;
    const a = Math.abs(v);
    if (a >= 2) {
      if (big >= 0) return null;
      big = i;
    } else if (a > 1) return null;
    else {
      others++;
      otherMax = Math.max(otherMax, a);
    }
  }
  if (big < 0 || others === 0) return null;
  return Math.abs(values[big] as number) >= 10 * otherMax ? big : null;
}

/** `kész` → `Kész`: a state word written where the row's words start with a capital. */
const capitalized = (word: string): string => word.charAt(0).toLocaleUpperCase() + word.slice(1);

/**
 * The index of the one value that is a fraction (non-zero, under 1) among values of 2 or more (zeros
 * aside), and that a hundred times over falls within them: 0.45 between 30 and 50, 0.06 between 8
 * and 5 (a percentage typed with % among plain numbers, stored as a fraction); null when none. The
 * mirror of `hundredfoldOutlier`. It is read on the values alone, so the sheet's reader and
 * =OKR_SCORE, which sees no formats, say the same (found by an attack on issue 11).
 */
export function hundredthOutlier(values: readonly (number | null)[]): number | null {
  let small = -1;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    const a = Math.abs(v);
    if (a > 0 && a < 1) {
      if (small >= 0) return null;
      small = i;
      continue;
    }
    if (a !== 0 && a < 2) return null;
    lo = Math.min(lo, a);
    hi = Math.max(hi, a);
  }
  if (small < 0 || hi < 2) return null;
  const scaled = Math.abs(values[small] as number) * 100;
  return scaled >= lo && scaled <= hi ? small : null;
}

/** A value on a key result's scale as the number to write in its cell (points are ×100). */
export function toStorage(value: number, storage: PercentStorage | null): number {
  return storage === 'points' ? roundFloat(value * 100) : value;
}

/** Drops binary noise from a scaled value (0.155 × 100 = 15.500000000000002 → 15.5). */
export function roundFloat(x: number): number {
  return Number.parseFloat(x.toPrecision(12));
}

/**
 * The percent number format that shows every given fraction without losing digits: `0%` for
 * whole per cents, `0.0%` for 1.4 %, `0.00%` for 1.25 % (at most four decimals).
 */
export function percentFormatFor(values: readonly (number | null | undefined)[]): string {
  let decimals = 0;
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    const points = roundFloat(v * 100);
    const text = String(points);
    const dot = text.indexOf('.');
    if (dot >= 0) decimals = Math.max(decimals, Math.min(4, text.length - dot - 1));
  }
  return decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%`;
}

export type CheckInProblem =
  | 'badNumber'
  | 'ambiguousNumber'
  | 'badMilestone'
  | 'badCount'
  | 'gradeOutOfRange'
  | 'gradeTooSmall'
  | 'mixedScale'
  | 'ambiguousPercent';

/**
 * What the user typed as a key result's new Current value, as the number (or done-flag) to write
 * in its Current cell, on the same scale model as the reader:
 * - a percentage key result: the check-in field is in per cent, so `21` and `21%` are both 21 %;
 *   it is written as the cells store it (0.21 for fractions, 21 for points); a plain value that as
 *   a fraction lands near the key result's range (0.215 for 18 % → 25 %, 1.02 for 98 % → 106 %)
 *   is 'ambiguousPercent' (21.5 % or 0.215 %?);
 * - a plain key result: `85%` on a 0 → 100 target is 85; `30%` next to plain fractions cannot be
 *   put on one scale ('mixedScale');
 * - a milestone: a done word (`done`, `in progress`, ✓, `تم`, `kész`…), written as the word typed
 *   when the row keeps its state in words (a checkbox becomes the row's own word), else TRUE/FALSE;
 *   a counted milestone (target above 1): a count, or `done` for the whole count ('badCount');
 * - a grade: 0–1, or typed with % (70 % is 0.7); a plain 70 or 7 is 'gradeOutOfRange'. A grade the
 *   sheet keeps 0–100 (`gradeScale` 100: 20 is 20 %) takes 70 and 70 % alike and is written 70;
 *   a plain 0.7 could be either ('ambiguousPercent'), and a value that would be written as 1 or
 *   less would read back two ways ('gradeTooSmall').
 */
export function readCheckInValue(
  kr: KeyResult,
  typed: string | number | boolean,
  numbers: NumberConvention = {},
  language: Language = 'en',
): { ok: true; value: number | boolean | string } | { ok: false; problem: CheckInProblem } {
  const counted = kr.type === 'milestone' && kr.target.value !== null && kr.target.value > 1;
  if (kr.type === 'milestone' && !counted) {
    const done = isDoneWord(typed as CellValue);
    if (done === null) return { ok: false, problem: 'badMilestone' };
    // A row that keeps its state in words (Done / In progress / Not started, in any language)
    // keeps words: the typed word as typed, or for a checkbox the row's own word for the state.
    const wordOf = (raw: unknown) => (typeof raw === 'string' && raw.trim() !== '' && !parseNumber(raw).ok && isDoneWord(raw) !== null ? raw.trim() : null);
    const oldWord = wordOf(kr.current.raw);
    const targetWord = wordOf(kr.target.raw);
    if (oldWord === null && targetWord === null) return { ok: true, value: done };
    const typedWord = wordOf(typed);
    if (typedWord !== null) return { ok: true, value: typedWord };
    // A state the row has no word for yet is written in the row's language: Persian or Arabic words
    // say so by their letters; Latin words are the user's language when it is written in Latin
    // letters (en, hu), else English. The word is the status word the tabs use, which the reader
    // takes back (Done, Kész, انجام شد…), never an English word in a Persian row.
    const rowLanguage = languageOfText(`${oldWord ?? ''} ${targetWord ?? ''}`, language) ?? (language === 'fa' || language === 'ar' ? 'en' : language);
    const word = (status: 'done' | 'notStarted') => capitalized(statusLabel(rowLanguage, status));
    if (done) return { ok: true, value: targetWord ?? (isDoneWord(oldWord) === true ? oldWord! : word('done')) };
    return { ok: true, value: oldWord !== null && isDoneWord(oldWord) === false ? oldWord : word('notStarted') };
  }
  if (typeof typed === 'boolean')
    return counted && typed ? { ok: true, value: kr.target.value as number } : { ok: false, problem: counted ? 'badCount' : 'badNumber' };
  const parsed = parseNumber(typed, numbers);
  if (!parsed.ok) {
    if (counted && isDoneWord(typed) === true) return { ok: true, value: kr.target.value as number };
    // 2,125 in Hungarian (2.125 or 2125?): said so, not "not a number" ($500K stays not a number).
    if (parsed.reason === 'ambiguous' && typeof typed === 'string' && /^[\s\d\u06f0-\u06f9\u0660-\u0669.,\u066b\u066c+\-\u2212%\u066a]+$/.test(typed))
      return { ok: false, problem: 'ambiguousNumber' };
    return { ok: false, problem: counted ? 'badCount' : 'badNumber' };
  }
  const percentText = typeof typed === 'string' && PERCENT_SIGN.test(typed);
  // A grade is 0–1 or a percentage (70 %): a plain 70 or 7 is refused here, as the reader would flag it.
  if (kr.type === 'grade' && kr.scale !== 'percent' && kr.gradeScale === 100) {
    if (!percentText && parsed.value > 0 && parsed.value <= 1) return { ok: false, problem: 'ambiguousPercent' };
    const points = percentText ? roundFloat(parsed.value * 100) : parsed.value;
    if (points < 0 || points > 100) return { ok: false, problem: 'gradeOutOfRange' };
    return points > 0 && points <= 1 ? { ok: false, problem: 'gradeTooSmall' } : { ok: true, value: points };
  }
  if (kr.type === 'grade' && kr.scale !== 'percent') {
    const grade = parsed.value;
    return grade < 0 || grade > 1 ? { ok: false, problem: 'gradeOutOfRange' } : { ok: true, value: grade };
  }
  // The value the reader would then flag (2,000 % next to 18 % → 25 %; 30 next to 0.1 → 0.5) is refused here.
  const outlier = (value: number) =>
    hundredfoldOutlier([kr.start.value, kr.target.value, value]) === 2 || hundredthOutlier([kr.start.value, kr.target.value, value]) === 2;
  if (kr.scale === 'percent') {
    // A row whose cells could not be put on one scale (KR_MIXED_SCALE): how its cells keep per cent
    // is not known, so nothing is written until the row is corrected (found by an attack: a check-in
    // on such a row wrote a plain 0.5 where the sheet had 52 %).
    if (kr.percentStorage === null) return { ok: false, problem: 'mixedScale' };
    // 0.215 for a key result from 18 % to 25 %: 21.5 % typed as a fraction, or 0.215 %? The field is
    // in per cent, but a plain value that, read as a fraction, lands near the key result's range
    // (within half its smaller end to twice its larger one) is not ours to guess: the user types
    // 21.5 (or 21.5%), or 0.215% for a fraction of a per cent. So is 1.02 for 98 % → 106 %, the
    // form its cells hold. 0.5 for 8 % → 5 % (50 % would be far off) stays 0.5 %.
    const ends = [kr.start.value, kr.target.value].filter((v): v is number => v !== null && v !== 0).map(Math.abs);
    const v = Math.abs(parsed.value);
    if (!percentText && v !== 0 && ends.length > 0 && v >= Math.min(...ends) / 2 && v <= Math.max(...ends) * 2)
      return { ok: false, problem: 'ambiguousPercent' };
    const fraction = percentText ? parsed.value : parsed.value / 100;
    if (outlier(fraction)) return { ok: false, problem: 'mixedScale' };
    return { ok: true, value: toStorage(fraction, kr.percentStorage) };
  }
  if (!percentText) return outlier(parsed.value) ? { ok: false, problem: 'mixedScale' } : { ok: true, value: parsed.value };
  // A percentage typed for a plain key result: read with its Start and Target on one scale.
  const reading = readScale(
    [
      { raw: kr.start.raw as CellValue, cell: 'start' },
      { raw: kr.target.raw as CellValue, cell: 'target' },
      { raw: typed, cell: 'current' },
    ],
    kr.unit.value,
    false,
    numbers,
  );
  const value = reading.values[2];
  if (reading.mixed.length > 0 || value === null || value === undefined) return { ok: false, problem: 'mixedScale' };
  return { ok: true, value: toStorage(value, reading.storage) };
}
