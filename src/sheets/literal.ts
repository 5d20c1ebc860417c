// Literal text. Range.setValue(s) reads a string as if a user typed it: "=…" becomes a formula
// ("If it begins with '=' it is interpreted as a formula", developers.google.com/apps-script/
// reference/spreadsheet/range#setvaluevalue), and "007", "+4915…", "1/2", "1,5" (hu), "TRUE" or
// "10%" become numbers, dates or booleans by the spreadsheet's locale. Text the add-on copies from
// the user (or writes as a label) must land as that text: either the cell is formatted as plain
// text '@' first, or the string gets Sheets' leading apostrophe, which marks typed text as literal
// and is not part of the value ("put an apostrophe before it", support.google.com/docs/answer/3094284).

/** The plain-text number format: a string written into it stays the string. */
export const TEXT_FORMAT = '@';

/**
 * The value to write so that a string lands as literal text in a cell whose number format is
 * `numberFormat` (after any format the same operation sets): an apostrophe before every non-empty
 * string unless the cell is plain text (where an apostrophe would stay part of the text). Numbers,
 * booleans and dates pass through. Never use it for a formula the add-on writes on purpose.
 */
export function literalValue<T>(value: T, numberFormat: string | null | undefined): T | string {
  if (typeof value !== 'string' || value === '' || numberFormat === TEXT_FORMAT) return value;
  return `'${value}`;
}
