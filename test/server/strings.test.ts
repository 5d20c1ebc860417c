// The words of the sidebar and of the server's errors: every language has every string, with the
// same placeholders, and none is an English string left untranslated.
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../sidebar/strings';
import { LANGUAGES } from '../../src/core/model';
import { SERVER_MESSAGES, serverMessage } from '../../src/server/messages';

type Tree = { [key: string]: string | string[] | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else if (Array.isArray(v)) v.forEach((s, i) => out.set(`${prefix}${k}[${i}]`, s));
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

import { placeholders } from '../../src/core/i18n/format';
// Words that are the same in every language: the product's name, the separator of Hungarian.
const SAME = new Set(['app', 'sep']);

describe('the sidebar’s strings', () => {
  const en = leaves(STRINGS.en as unknown as Tree);
  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    it(`has every string in ${lang}, with the same placeholders, translated`, () => {
      const other = leaves(STRINGS[lang] as unknown as Tree);
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, text] of en) {
        expect(placeholders(other.get(key)!), `${lang} ${key}`).toEqual(placeholders(text));
        if (!SAME.has(key)) expect(other.get(key), `${lang} ${key}`).not.toBe(text);
      }
    });
  }
});

// Written alike in English and Hungarian (CLDR's hu percent pattern is #,##0%, no space).
const SAME_MESSAGES = new Set(['percentOf']);

describe('the server’s messages', () => {
  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    it(`has every message in ${lang}, with the same placeholders, translated`, () => {
      expect(Object.keys(SERVER_MESSAGES[lang]).sort()).toEqual(Object.keys(SERVER_MESSAGES.en).sort());
      for (const [key, text] of Object.entries(SERVER_MESSAGES.en)) {
        const other = SERVER_MESSAGES[lang][key as keyof typeof SERVER_MESSAGES.en];
        expect(placeholders(other), `${lang} ${key}`).toEqual(placeholders(text));
        if (!SAME_MESSAGES.has(key)) expect(other, `${lang} ${key}`).not.toBe(text);
      }
    });
  }

  it('fills the placeholders', () => {
    expect(serverMessage('en', 'noSheet', { sheet: 'Q1' })).toBe('There is no sheet named “Q1”.');
    // A left-to-right sheet name sits isolated (FSI…PDI) in right-to-left text.
    expect(serverMessage('fa', 'noSheet', { sheet: 'Q1' })).toBe('برگه‌ای با نام «\u2068Q1\u2069» وجود ندارد.');
    expect(serverMessage('hu', 'rowTwice', { row: 7 })).toBe('A(z) 7. sor kétszer szerepel a rögzítésben.');
    expect(serverMessage('ar', 'badCell', { cell: 'ZZ' })).toBe('«\u2068ZZ\u2069» ليس عنوان خلية مثل C7.');
  });
});
