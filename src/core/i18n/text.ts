// Makes typed words comparable: a header, a type or a done-word matches whatever the case, the
// accents, the Arabic or Persian letter forms, the digits or a trailing note the user wrote.
import { normalizeDigits } from '../numbers';
import type { Language } from '../model';

// Direction marks and zero-width joiners copied along with right-to-left text.
const INVISIBLES = /[\u200b\u200d\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/g;
// Combining marks: Latin accents after NFKD, Arabic harakat, madda and hamza above/below,
// superscript alef, and variation selectors (✔️ → ✔).
const MARKS = /\p{M}/gu;
// Tatweel (ـ) only stretches a word.
const TATWEEL = /\u0640/g;
// Arabic yeh and alef maksura are written for the Persian yeh, and Arabic kaf for the Persian one.
const YEH = /[\u064a\u0649]/g;
const KAF = /\u0643/g;
// ZWNJ (نیم‌فاصله) is read as a space, so `سه‌ماهه` and `سه ماهه` are the same word.
const ZWNJ = /\u200c/g;
// A note after the word, `Target (%)` or `Weight [0–1]`, and trailing marks like `Owner:` or `Due *`.
const TRAILING = /(?:\s*(?:\([^()]*\)|\[[^[\]]*\]|[:：*.?؟!،,;؛]))+$/u;
const LEADING = /^[\s*]+/;
// Printable ASCII and whitespace: NFKD, the mark, letter-form and digit steps change nothing in it.
const ASCII = /^[\t-\r\x20-\x7e]*$/;

/**
 * Lowercase, trimmed, single-spaced text without accents or harakat, with one form of the
 * Persian/Arabic yeh and kaf, ZWNJ as a space, ASCII digits, and no trailing `:`, `*` or `(…)`.
 */
export function normalizeText(s: string): string {
  const text = String(s);
  // The fast path gives the same result as the full one; most cells of most sheets take it.
  if (ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim().replace(TRAILING, '').replace(LEADING, '').trim();
  return normalizeDigits(
    text
      .normalize('NFKD')
      .replace(INVISIBLES, '')
      .replace(MARKS, '')
      .replace(TATWEEL, '')
      .replace(YEH, '\u06cc')
      .replace(KAF, '\u06a9')
      .replace(ZWNJ, ' ')
      .toLowerCase(),
  )
    .replace(/\s+/g, ' ')
    .trim()
    .replace(TRAILING, '')
    .replace(LEADING, '')
    .trim();
}

/**
 * The language of text: Persian letters (پ چ ژ گ, Persian ک ی) or Persian digits say Persian,
 * other Arabic letters Arabic, ő and ű Hungarian; null when the text does not tell. Letters Persian
 * shares with Arabic (انجام شد) are Persian when `hint` (the user's language) is, unless a letter
 * only Arabic writes (ة ى ي ك, Arabic-Indic digits) says otherwise.
 */
export function languageOfText(text: string, hint?: Language): Language | null {
  if (/[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06f0-\u06f9]/.test(text)) return 'fa';
  if (/[\u0621-\u064a]/.test(text)) return hint === 'fa' && !/[\u0629\u0649\u064a\u0643\u0660-\u0669]/.test(text) ? 'fa' : 'ar';
  if (/[őűŐŰ]/.test(text)) return 'hu';
  return null;
}
