// The custom functions speak the user's language: the saved setting, else the user's locale, else the
// spreadsheet's, as the sidebar and the tabs do. The catalogue has every message in the four
// languages with the same placeholders; through the built bundle, a cell's error and a range's
// `#OKR!` text come in the language of the spreadsheet's user.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet } from '../../local/index';
import { FUNCTION_MESSAGES } from '../../src/core/i18n/functionMessages';
import { LANGUAGES } from '../../src/core/model';
import { newBook } from '../server/fixtures';

// Simple ({name}) and plural ({name, plural, …}) placeholders alike.
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?:\}|,\s*plural)/g)].map((m) => m[1]))].sort();

describe('the custom functions’ catalogue', () => {
  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    it(`has every message in ${lang}, with the same placeholders, translated`, () => {
      expect(Object.keys(FUNCTION_MESSAGES[lang]).sort()).toEqual(Object.keys(FUNCTION_MESSAGES.en).sort());
      for (const [key, text] of Object.entries(FUNCTION_MESSAGES.en)) {
        const other = FUNCTION_MESSAGES[lang][key as keyof typeof FUNCTION_MESSAGES.en];
        expect(placeholders(other), `${lang} ${key}`).toEqual(placeholders(text));
        expect(other, `${lang} ${key}`).not.toBe(text);
      }
    });
  }
});

// [who, spreadsheet locale, user's locale, saved language, what a cell's error says, what a range's row says]
const USERS: [string, string, string, string | null, RegExp, RegExp][] = [
  ['an English user', 'en_US', 'en_US', null, /^start "abc" is not a number$/, /^#OKR! target is blank$/],
  ['a Hungarian user', 'hu_HU', 'hu_HU', null, /^a\(z\) start értéke \("abc"\) nem szám$/, /^#OKR! a target üres$/],
  ['a Persian user in an en_US spreadsheet (Sheets lists no fa_IR locale)', 'en_US', 'fa_IR', null, /start.*"abc".*عدد نیست/, /^#OKR! target خالی است$/],
  ['an Arab user', 'ar_EG', 'ar_EG', null, /start.*"abc".*ليس رقمًا/, /^#OKR! target فارغ$/],
  ['a user whose saved language is Persian, in an English spreadsheet', 'en_US', 'en_US', 'fa', /عدد نیست/, /^#OKR! target خالی است$/],
];

describe('the custom functions speak the user’s language', () => {
  it.each(USERS)('%s', (_who, locale, userLocale, saved, cellError, rowText) => {
    const ss = createSpreadsheet('Functions', { locale, timeZone: 'Europe/Budapest' });
    const { rt } = newBook({ ss, userLocale });
    if (saved) {
      const settings = rt.call<Record<string, unknown>>('sidebarGetSettings');
      rt.call('sidebarSaveSettings', { ...settings, language: saved });
    }
    const sheet = ss.addSheet('F');
    // A script writes formulas in English syntax in every locale (local/formulaSyntax.ts).
    const sep = ',';
    sheet.getRange('D1').setFormula(`=OKR_SCORE("abc"${sep}10${sep}5)`);
    expect(sheet.getRange('D1').getDisplayValue()).toBe('#ERROR!');
    expect(rt.formulaError('F!D1')).toMatch(cellError);
    // Over ranges, the row that cannot be scored says why in its own cell; the others are scored.
    sheet.getRange('A1:C2').setValues([
      [0, 10, 5],
      [0, '', 5],
    ]);
    sheet.getRange('E1').setFormula(`=OKR_SCORE(A1:A2${sep}B1:B2${sep}C1:C2)`);
    expect(sheet.getRange('E1').getValue()).toBe(0.5);
    expect(String(sheet.getRange('E2').getValue())).toMatch(rowText);
  });
});
