// Native digits and direction marks: the one normalisation of typed numbers, shared by the server
// (core/numbers.ts) and the sidebar's number fields (sidebar/numbers.ts). Imports nothing, so the
// sidebar bundle takes only this file.

/**
 * Direction marks that right-to-left text picks up when typed, copied or pasted (LRM, RLM, ALM,
 * embeddings and overrides, isolates, BOM): invisible, so they must never make "۳۰٪" unreadable.
 */
export const BIDI_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits become ASCII digits; everything else is kept. */
const NATIVE_DIGIT = /[\u06f0-\u06f9\u0660-\u0669]/;
const NATIVE_DIGITS = /[\u06f0-\u06f9\u0660-\u0669]/g;

/** `۱۴۰۵` and `١٤٠٥` → `1405`; text without native digits is returned as it is. */
export function normalizeDigits(s: string): string {
  // Both digit blocks start at a code point ending in 0, so the low nibble is the digit.
  return NATIVE_DIGIT.test(s) ? s.replace(NATIVE_DIGITS, (c) => String(c.charCodeAt(0) & 0xf)) : s;
}

/** Text without direction marks and surrounding spaces. */
export function withoutBidiMarks(s: string): string {
  return s.replace(BIDI_MARKS, '').trim();
}
