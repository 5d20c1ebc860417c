// The one formatter: plural forms by each language's rule, left-to-right values isolated inside
// right-to-left text, and every catalogue key in every language with the same placeholders.
import { describe, expect, it } from 'vitest';
import { formatText, isolate, numberText, percentText, placeholders, pluralCategory } from '../../src/core/i18n/format';
import { MESSAGES, formatMessage } from '../../src/core/i18n/messages';
import type { Language } from '../../src/core/model';
import { FUNCTION_MESSAGES } from '../../src/core/i18n/functionMessages';
import { SERVER_MESSAGES, serverMessage } from '../../src/server/messages';

const LANGUAGES: Language[] = ['en', 'fa', 'ar', 'hu'];

describe('pluralCategory (CLDR cardinal rules)', () => {
  const table: [Language, number, string][] = [
    ['en', 0, 'other'],
    ['en', 1, 'one'],
    ['en', 2, 'other'],
    ['en', 1.5, 'other'],
    ['hu', 0, 'other'],
    ['hu', 1, 'one'],
    ['hu', 5, 'other'],
    ['fa', 0, 'one'],
    ['fa', 1, 'one'],
    ['fa', 2, 'other'],
    ['fa', 0.5, 'one'],
    ['fa', 1.5, 'other'],
    ['ar', 0, 'zero'],
    ['ar', 1, 'one'],
    ['ar', 2, 'two'],
    ['ar', 3, 'few'],
    ['ar', 10, 'few'],
    ['ar', 11, 'many'],
    ['ar', 99, 'many'],
    ['ar', 100, 'other'],
    ['ar', 103, 'few'],
    ['ar', 111, 'many'],
    ['ar', 1.5, 'other'],
  ];
  it.each(table)('%s %d is %s', (lang, n, category) => {
    expect(pluralCategory(lang, n)).toBe(category);
  });
});

describe('formatText', () => {
  const errors = '{n, plural, one {# error} other {# errors}}';
  it('chooses the plural form and fills #', () => {
    expect(formatText('en', errors, { n: 1 })).toBe('1 error');
    expect(formatText('en', errors, { n: 0 })).toBe('0 errors');
    expect(formatText('en', '{n, plural, =0 {none} other {#}}', { n: 0 })).toBe('none');
  });
  it('keeps a placeholder without its value visible', () => {
    expect(formatText('en', 'a {x} b', {})).toBe('a {x} b');
    expect(formatText('en', errors, {})).toBe(errors);
  });
  it.each([
    // [language, value, isolated?]
    ['fa', '-12', true],
    ['ar', '\u221212', true],
    ['fa', '-۱۲', true],
    ['ar', '-٢٫٥', true],
    ['fa', '+5', true],
    ['ar', '-12.5%', true],
    ['fa', '12', false],
    ['fa', '۱۲٪', false],
    ['ar', '٢٠٢٦/١٢/٠٣', false],
    ['en', '-12', false],
    ['hu', '-12', false],
  ] as const)('%s: a signed number "%s" keeps its sign before it (isolated: %s)', (lang, value, isolated) => {
    expect(isolate(lang, value)).toBe(isolated ? `\u2068${value}\u2069` : value);
  });

  it('isolates left-to-right values in Persian and Arabic only', () => {
    expect(isolate('fa', '$500K')).toBe('\u2068$500K\u2069');
    expect(isolate('ar', 'C7')).toBe('\u2068C7\u2069');
    expect(isolate('ar', '۱۲')).toBe('۱۲');
    expect(isolate('en', '$500K')).toBe('$500K');
    expect(formatText('fa', 'مقدار «{text}»', { text: '$500K' })).toBe('مقدار «\u2068$500K\u2069»');
  });
  it('reads the names a template uses, plural ones included', () => {
    expect(placeholders(`{a} ${errors} {a}`)).toEqual(['a', 'n']);
  });
});

describe('catalogues', () => {
  const catalogues: [string, Record<Language, Record<string, string>>][] = [
    ['validation messages', MESSAGES],
    ['server messages', SERVER_MESSAGES],
  ];
  for (const [name, catalogue] of catalogues) {
    it(`${name}: every key in every language with the same placeholders`, () => {
      const keys = Object.keys(catalogue.en).sort();
      for (const lang of LANGUAGES) {
        expect(Object.keys(catalogue[lang]).sort(), `${name} ${lang}`).toEqual(keys);
        for (const key of keys) {
          expect(placeholders(catalogue[lang][key] ?? ''), `${name} ${lang} ${key}`).toEqual(placeholders(catalogue.en[key] ?? ''));
        }
      }
    });
  }

  it('Hungarian messages address the user formally (no informal imperatives)', () => {
    const informal = /(?<!\p{L})(add|adj|írd|töltsd|válassz|vedd|nézd|tedd|vidd|javítsd|ellenőrizd|használj|törölj|célozz|ürítsd|nevezd)(?!\p{L})/iu;
    for (const catalogue of [MESSAGES.hu, SERVER_MESSAGES.hu]) {
      for (const [key, text] of Object.entries(catalogue)) expect(informal.test(text), `${key}: ${text}`).toBe(false);
    }
  });

  it('one key result is singular in every language (the issue example "1 key result(s)")', () => {
    const en = formatMessage('en', 'OBJ_TOO_FEW_KRS', { count: 1, min: 2 });
    expect(en).toContain('only 1 key result.');
    expect(formatMessage('en', 'OBJ_TOO_FEW_KRS', { count: 0, min: 2 })).toContain('only 0 key results.');
    expect(formatMessage('ar', 'OBJ_TOO_FEW_KRS', { count: 1, min: 2 })).toContain('نتيجة رئيسية واحدة');
    expect(formatMessage('ar', 'OBJ_TOO_FEW_KRS', { count: 2, min: 3 })).toContain('نتيجتان');
    for (const lang of LANGUAGES) expect(formatMessage(lang, 'OBJ_TOO_FEW_KRS', { count: 1, min: 2 })).not.toMatch(/\{|\(s\)/);
  });

  it('server messages isolate a left-to-right sheet name in right-to-left text', () => {
    expect(serverMessage('ar', 'noSheet', { sheet: 'Q4 OKRs' })).toContain('\u2068Q4 OKRs\u2069');
    expect(serverMessage('en', 'noSheet', { sheet: 'Q4 OKRs' })).toContain('“Q4 OKRs”');
  });
});

// Found by an attack on issue 14: Arabic counts took the noun form of 3–10 whatever the number.
describe('Arabic counts agree with their number', () => {
  it.each([
    [1, 'حرف واحد'],
    [2, 'حرفين'],
    [5, '5 أحرف'],
    [20, '20 حرفًا'],
    [200, '200 حرف'],
    [50_000, '50000 حرف'],
  ])('%s characters: %s', (max, words) => {
    expect(formatText('ar', SERVER_MESSAGES.ar.expText, { max })).toBe(`نصًا لا يزيد على ${words}`);
  });
  it('a roll-up with 1 error in 20 counts the scores with the plural form of 20', () => {
    expect(formatText('ar', FUNCTION_MESSAGES.ar.rollUpIncomplete, { errors: 1, total: 20 })).toContain('من بين 20 تقييمًا تعذّر حساب 1 (#OKR!)');
  });
});

// One way of writing numbers per language, for every count, day number and score the add-on puts
// into a sentence (issue 12): the sidebar, the toasts, the issues and the tabs' texts alike.
describe('numbers in running text', () => {
  it.each([
    ['en', 1405, '1405', 0.734, '73%'],
    ['fa', 1405, '۱۴۰۵', 0.734, '۷۳٪'],
    ['fa', 2.5, '۲٫۵', 1, '۱۰۰٪'],
    ['ar', 1405, '1405', 0.734, '73%'],
    ['hu', 2.5, '2,5', 0.734, '73%'],
    ['en', -3, '-3', -0.05, '-5%'],
  ] as const)('%s: %s → %s; %s → %s', (lang, n, text, score, shown) => {
    expect(numberText(lang, n)).toBe(text);
    expect(percentText(lang, score)).toBe(shown);
  });

  it('every catalogue fills a number param in the language’s digits, and a text param as given', () => {
    expect(formatText('fa', '{n} خطا', { n: 12 })).toBe('۱۲ خطا');
    expect(formatText('fa', '{n} خطا', { n: '12' })).toBe('12 خطا');
    expect(formatText('fa', '{n, plural, one {# خطا} other {# خطا}}', { n: 3 })).toBe('۳ خطا');
    expect(formatText('hu', '{n} nap', { n: 1.5 })).toBe('1,5 nap');
    // The add-on's own percentages in issue messages (validate.ts writes them as 54%).
    expect(formatMessage('fa', 'QUARTER_TOO_EASY', { score: '54%' })).toContain('۵۴٪');
    expect(formatMessage('fa', 'QUARTER_TOO_EASY', { score: '54%' })).not.toMatch(/[0-9]/);
  });
});
