// The sidebar's number fields and the server read digits and direction marks by one rule
// (src/core/digits.ts): a number typed in any mix of Latin, Persian and Arabic-Indic digits, with
// direction marks around it, is the same number on both sides.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlankField, readTypedNumber } from '../../sidebar/numbers';
import { normalizeDigits } from '../../src/core/digits';
import { parseNumber } from '../../src/core/numbers';

const DIGITS = ['0123456789', '۰۱۲۳۴۵۶۷۸۹', '٠١٢٣٤٥٦٧٨٩'];
const MARKS = ['', '\u200e', '\u200f', '\u061c', '\u2066', '\u2069', '\ufeff', ' '];

describe('one digit rule for the sidebar and the server', () => {
  it('any digits, any direction marks: the sidebar reads the number the server reads', () => {
    const digit = fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 2 })).map(([d, set]) => DIGITS[set]![d]!);
    fc.assert(
      fc.property(
        fc.array(digit, { minLength: 1, maxLength: 6 }),
        fc.option(fc.array(digit, { minLength: 1, maxLength: 3 }), { nil: undefined }),
        fc.constantFrom(...MARKS),
        fc.constantFrom(...MARKS),
        (whole, decimals, before, after) => {
          const typed = `${before}${whole.join('')}${decimals ? `٫${decimals.join('')}` : ''}${after}`;
          const expected = Number(normalizeDigits(`${whole.join('')}${decimals ? `.${decimals.join('')}` : ''}`));
          expect(readTypedNumber(typed)).toBe(expected);
          expect(parseNumber(typed)).toEqual({ ok: true, value: expected });
        },
      ),
    );
  });

  it('direction marks alone are a blank field', () => {
    expect(isBlankField(MARKS.join(''))).toBe(true);
    expect(isBlankField('۰')).toBe(false);
  });

  it('the sidebar keeps no digit table of its own', () => {
    const dir = join(__dirname, '../../sidebar');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    for (const file of files) expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(/\\u06f0|\\u0660|[۰٠]-[۹٩]/);
  });
});

describe('a number field never guesses which separator was meant', () => {
  it.each([
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['2,500', null],
    ['1.500', null],
    ['12.125', null],
    ['0,750', 0.75],
    ['0.125', 0.125],
    ['1 500', 1500],
    ['1 500,25', 1500.25],
    ['1٬500', 1500],
    ['۱٫۵۰۰', 1.5],
    ['1500', 1500],
    ['-0.5', -0.5],
  ] as const)('%j → %s', (typed, expected) => {
    expect(readTypedNumber(typed)).toBe(expected);
  });
});
