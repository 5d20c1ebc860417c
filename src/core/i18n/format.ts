// The one formatter for every sentence the add-on shows or writes: `{name}` placeholders, plural
// forms `{count, plural, one {# key result} other {# key results}}` chosen by the language's
// plural rule, and left-to-right values isolated inside right-to-left text.
import type { Language } from '../model';

/** CLDR plural categories (https://cldr.unicode.org/index/cldr-spec/plural-rules). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * The plural category of `n` in `lang`, from the CLDR cardinal rules for en, fa, ar and hu
 * (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html). A small
 * rule per language instead of `Intl.PluralRules`, whose presence in Apps Script's V8 runtime the
 * Apps Script documentation does not state.
 * - en: one for 1 (integer); other otherwise.
 * - hu: one for 1; other otherwise.
 * - fa: one for integer part 0 or n = 1 (so 0 and 1); other otherwise.
 * - ar: zero 0; one 1; two 2; few n % 100 in 3..10; many n % 100 in 11..99; other otherwise
 *   (including fractions).
 */
export function pluralCategory(lang: Language, n: number): PluralCategory {
  if (!Number.isFinite(n)) return 'other';
  const abs = Math.abs(n);
  const integer = Number.isInteger(abs);
  switch (lang) {
    case 'fa':
      return Math.floor(abs) === 0 || abs === 1 ? 'one' : 'other';
    case 'ar': {
      if (!integer) return 'other';
      if (abs === 0) return 'zero';
      if (abs === 1) return 'one';
      if (abs === 2) return 'two';
      const mod = abs % 100;
      if (mod >= 3 && mod <= 10) return 'few';
      if (mod >= 11 && mod <= 99) return 'many';
      return 'other';
    }
    case 'hu':
      return abs === 1 ? 'one' : 'other';
    default:
      return abs === 1 && integer ? 'one' : 'other';
  }
}

const RTL: ReadonlySet<string> = new Set(['fa', 'ar']);
const STRONG_LTR = /[A-Za-z\u00c0-\u024f$€£¥]/;
// A sign before a digit (`-12`, `−۱۲`, `+5`): the sign is a weak character that a right-to-left
// paragraph moves to the number's other side (`12-`) unless the value is isolated (UAX #9, W5–W7).
const SIGNED_NUMBER = /[-+\u2212]\s*[0-9\u0660-\u0669\u06f0-\u06f9]/;
// First strong isolate and pop directional isolate (Unicode bidi algorithm, UAX #9 §2.7).
const FSI = '\u2068';
const PDI = '\u2069';

/** True for the add-on's right-to-left languages (Persian and Arabic). */
export function isRtl(lang: Language): boolean {
  return RTL.has(lang);
}

/**
 * `value` as it should sit inside a sentence in `lang`: in Persian and Arabic a value with
 * left-to-right characters (`$500K`, `C7`, `2026-Q4`) or a signed number (`-12`, `−۱۲`) is wrapped
 * in FSI…PDI so the bidi algorithm keeps it in its own order (`$500K`, not `500K$`; `-12`, not
 * `12-`). Other values and languages are unchanged.
 */
export function isolate(lang: Language, value: string): string {
  // A list whose items are isolated already (`listOf` of `quote`s) keeps the sentence's direction.
  if (value.includes(FSI)) return value;
  return isRtl(lang) && (STRONG_LTR.test(value) || SIGNED_NUMBER.test(value)) ? FSI + value + PDI : value;
}

/** Quotation marks of each language (CLDR delimiters: “…” en, «…» fa and ar, „…” hu). */
const QUOTES: Readonly<Record<Language, readonly [string, string]>> = { en: ['“', '”'], fa: ['«', '»'], ar: ['«', '»'], hu: ['„', '”'] };
/** Between the items of a list: the Arabic comma in Persian and Arabic. */
const LIST_SEPARATORS: Readonly<Record<Language, string>> = { en: ', ', fa: '، ', ar: '، ', hu: ', ' };

/** A name (a sheet's, a tab's) in the language's quotation marks, isolated in right-to-left text. */
export function quote(lang: Language, text: string): string {
  const [open, close] = QUOTES[lang];
  return `${open}${isolate(lang, text)}${close}`;
}

/** Items as a list in the language (`“A”, “B”`; `«A»، «B»`), each item as given. */
export function listOf(lang: Language, items: readonly string[]): string {
  return items.join(LIST_SEPARATORS[lang]);
}

export type MessageParams = Record<string, string | number>;

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/**
 * A number as `lang` writes it in running text, for counts, row numbers, days and scores the add-on
 * puts into a sentence: Persian digits and the Persian decimal separator ٫ in Persian (the digits of
 * the days the add-on shows, core calendar `digitsOf`); the decimal comma in Hungarian; plain digits
 * in English and Arabic (Arabic sheets and the Arabic articles the product grew from write 0–9). No
 * thousands grouping, so a year or a row number reads as typed: 1405 → `۱۴۰۵`, 2.5 → `2,5` in hu.
 * Text a user typed is never passed through this; it keeps its own digits.
 */
export function numberText(lang: Language, n: number): string {
  const text = String(n);
  if (lang === 'hu') return text.replace('.', ',');
  return inDigitsOf(lang, text);
}

/**
 * A number the add-on wrote with ASCII digits (`1,640`, `4.1%`, `12:00`) in the digits of `lang`:
 * in Persian, Persian digits with the Persian separators (٬ for thousands, ٫ for decimals) and ٪
 * (CLDR fa); unchanged in other languages. Only for text the add-on made, never for text a user typed.
 */
export function inDigitsOf(lang: Language, text: string): string {
  if (lang !== 'fa') return text;
  return text.replace(/[0-9.,%]/g, (c) => (c === '.' ? '٫' : c === ',' ? '٬' : c === '%' ? '٪' : (PERSIAN_DIGITS[Number(c)] ?? c)));
}

/**
 * A score or a share (a fraction, 0.734) as a percentage in `lang`, whole unless `decimals` says
 * otherwise: `73%`, `۷۳٪` in Persian (the Arabic percent sign ٪ with Persian digits, CLDR fa),
 * `75,5%` in Hungarian (CLDR hu percent pattern `#,##0%`, no space).
 */
export function percentText(lang: Language, fraction: number, decimals = 0): string {
  const factor = 10 ** decimals;
  const shown = Math.round(fraction * 100 * factor) / factor;
  return lang === 'fa' ? `${numberText(lang, shown)}٪` : `${numberText(lang, shown)}%`;
}

/** The default of `formatText`'s `show`: numbers in the language's way (`numberText`), text as it is. */
function shown(lang: Language, value: string | number): string {
  return typeof value === 'number' ? numberText(lang, value) : String(value);
}

function has(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

/** The index just after the `}` that closes the `{` at `open`, or -1. */
function closing(template: string, open: number): number {
  let depth = 0;
  for (let i = open; i < template.length; i++) {
    if (template[i] === '{') depth++;
    else if (template[i] === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

function pluralForm(lang: Language, body: string, n: number): string | undefined {
  const forms: Record<string, string> = {};
  const form = /\s*(zero|one|two|few|many|other|=\d+)\s*\{/gy;
  let at = 0;
  while (at < body.length) {
    form.lastIndex = at;
    const m = form.exec(body);
    if (!m) break;
    const open = form.lastIndex - 1;
    const end = closing(body, open);
    if (end < 0) return undefined;
    forms[m[1] ?? 'other'] = body.slice(open + 1, end - 1);
    at = end;
  }
  return forms[`=${n}`] ?? forms[pluralCategory(lang, n)] ?? forms.other;
}

/**
 * Fills `template` for `lang`:
 * - `{name}` is `params.name` (isolated in right-to-left text, see `isolate`; `show` may localize
 *   it first, e.g. a column code to its label; by default a number is written as the language
 *   writes it, `numberText`, and text is kept as it is);
 * - `{name, plural, one {…} other {…}}` picks the form for the number `params.name` by the
 *   language's plural rule (`=N` forms win), and `#` inside the form is the number.
 * A placeholder without its parameter stays as written, so a missing value is visible.
 */
export function formatText(
  lang: Language,
  template: string,
  params: MessageParams = {},
  show: (name: string, value: string | number) => string = (_name, value) => shown(lang, value),
): string {
  const safe = params ?? {};
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    out += template.slice(i, open);
    const end = closing(template, open);
    if (end < 0) {
      out += template.slice(open);
      i = template.length;
      break;
    }
    const inner = template.slice(open + 1, end - 1);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    const simple = /^\s*(\w+)\s*$/.exec(inner);
    const pluralName = plural?.[1];
    const simpleName = simple?.[1];
    if (pluralName !== undefined && has(safe, pluralName)) {
      const value = safe[pluralName] as string | number;
      const form = pluralForm(lang, plural?.[2] ?? '', Number(value));
      out += form === undefined ? template.slice(open, end) : formatText(lang, form, safe, show).replace(/#/g, () => isolate(lang, show(pluralName, value)));
    } else if (simpleName !== undefined && has(safe, simpleName)) {
      out += isolate(lang, show(simpleName, safe[simpleName] as string | number));
    } else {
      out += template.slice(open, end);
    }
    i = end;
  }
  return out + template.slice(i);
}

/**
 * The names a template uses: `{name}` and the number of `{name, plural, …}`, sorted, without
 * duplicates. Two languages' forms of one message must use the same names.
 */
export function placeholders(template: string): string[] {
  const names = new Set<string>();
  for (const m of template.matchAll(/\{\s*(\w+)\s*(?:\}|,\s*plural\s*,)/g)) if (m[1]) names.add(m[1]);
  return [...names].sort();
}
