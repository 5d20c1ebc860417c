// Numbers a person types into a sidebar field, in any of the add-on's languages: Persian (۰–۹) and
// Arabic-Indic (٠–٩) digits, the Arabic decimal separator ٫ and thousands separator ٬, a decimal
// comma (2,5) or point. Text that is not one number for sure is null, and the field says so; it is
// never dropped or guessed. Number fields are text inputs: a browser's type="number" input empties
// its value for digits it does not know (html.spec.whatwg.org, "value sanitization algorithm" of the
// number state: a string that is not a valid floating-point number becomes the empty string), so ۸
// would silently read as blank.

// Digits and direction marks are normalised as the server does (one rule, in core).
import { normalizeDigits, withoutBidiMarks } from '../src/core/digits';

// A whole part in plain digits or in groups of three (1٬500, 1 500, 1,500 only when a decimal
// part settles it), then one decimal separator (. , ٫) and its digits.
const NUMBER = /^([+\-\u2212]?)(\d+|\d{1,3}(?:\u066c\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?:([.,\u066b])(\d+))?$/;

/** The number in a typed field value, or null when it is blank or cannot be read for sure. */
export function readTypedNumber(text: string): number | null {
  const s = normalizeDigits(withoutBidiMarks(text));
  const m = NUMBER.exec(s);
  if (!m) return null;
  const [, sign, whole = '', separator, decimals] = m;
  // 2,500: two and a half in Budapest, two thousand five hundred in London; 1.500 the other way
  // round (one and a half in London, fifteen hundred in Berlin, and in Budapest as often as not).
  // A thousands group never follows a lone 0, so 0,750 and 0.125 are fractions.
  if ((separator === ',' || separator === '.') && decimals?.length === 3 && whole !== '0' && !/[\u066c \u00a0\u202f]/.test(whole)) return null;
  const value = Number(`${whole.replace(/\D/g, '')}${decimals === undefined ? '' : `.${decimals}`}`);
  if (!Number.isFinite(value)) return null;
  return sign === '-' || sign === '\u2212' ? -value || 0 : value;
}

/** True when the field is empty (spaces and direction marks only). */
export function isBlankField(text: string): boolean {
  return withoutBidiMarks(text) === '';
}
