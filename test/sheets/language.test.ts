// The language the add-on speaks: the saved setting, else the user's own locale, else the
// spreadsheet's locale, else what the sheet is written in; the same for the sidebar's settings and
// the progress summary's messages. On the built bundle.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet } from '../../local/index';
import { newBook } from '../server/fixtures';

interface Summary {
  issues: { code: string; message: string }[];
}

// A sheet whose quarter is unknown, so the summary has a message to say it in.
function book(userLocale: string, locale: string, header: string[]) {
  const ss = createSpreadsheet('Language', { locale });
  const sheet = ss.getSheets()[0]!;
  sheet.getRange(1, 1, 1, header.length).setValues([header]);
  sheet.getRange(2, 1, 1, 2).setValues([['Grow', 'Signups']]);
  return newBook({ ss, userLocale });
}

const PERSIAN_HEADER = ['هدف', 'نتیجه کلیدی', 'شروع', 'هدف‌گذاری', 'فعلی'];
const ARABIC_HEADER = ['الهدف', 'النتيجة الرئيسية', 'البداية', 'المستهدف', 'الحالي'];
const ENGLISH_HEADER = ['Objective', 'Key result', 'Start', 'Target', 'Current'];

describe('the language before one is saved', () => {
  const table: [userLocale: string, spreadsheetLocale: string, header: string[], expected: string][] = [
    ['fa', 'en_US', ENGLISH_HEADER, 'fa'], // the user's own locale first
    ['hu', 'en_US', PERSIAN_HEADER, 'hu'],
    ['de', 'hu_HU', ENGLISH_HEADER, 'hu'], // a user locale of another language: the spreadsheet's
    ['de', 'ar_EG', ENGLISH_HEADER, 'ar'],
    ['de', 'de_DE', PERSIAN_HEADER, 'fa'], // neither: what the sheet is written in
    ['de', 'de_DE', ARABIC_HEADER, 'ar'],
    ['de', 'de_DE', ENGLISH_HEADER, 'en'],
    ['en', 'de_DE', PERSIAN_HEADER, 'en'],
  ];
  for (const [userLocale, locale, header, expected] of table) {
    it(`user ${userLocale}, spreadsheet ${locale}, sheet in ${header === PERSIAN_HEADER ? 'Persian' : header === ARABIC_HEADER ? 'Arabic' : 'English'} → ${expected}`, () => {
      const { rt } = book(userLocale, locale, header);
      expect((rt.call('sidebarGetSettings') as { language: string }).language).toBe(expected);
      const summary = rt.call('getProgressSummary') as Summary;
      const unknown = summary.issues.find((i) => i.code === 'PERIOD_UNKNOWN');
      expect(unknown).toBeDefined();
      const script = { fa: /[\u0600-\u06ff]/, ar: /[\u0600-\u06ff]/, hu: /negyedév/i, en: /quarter is not known/ }[expected]!;
      expect(unknown!.message).toMatch(script);
    });
  }

  it('a saved language wins over every locale', () => {
    const { rt } = book('fa', 'ar_EG', PERSIAN_HEADER);
    const settings = rt.call('sidebarGetSettings') as Record<string, unknown>;
    rt.call('sidebarSaveSettings', { ...settings, language: 'hu' });
    expect((rt.call('sidebarGetSettings') as { language: string }).language).toBe('hu');
    const summary = rt.call('getProgressSummary') as Summary;
    expect(summary.issues.find((i) => i.code === 'PERIOD_UNKNOWN')!.message).toMatch(/negyedév/i);
  });
});

// The menu is built by onOpen, which runs in AuthMode.NONE until the add-on is used in the document
// (it may then read only the user's locale) and in LIMITED after (document and properties readable).
// The runtime refuses any other call in NONE, as Apps Script does (local/authMode.ts).
describe('the menu language in each AuthMode', () => {
  const MENU_FIRST: Record<string, string> = { en: 'New quarter…', fa: 'فصل جدید…', ar: 'ربع جديد…', hu: 'Új negyedév…' };
  const table: [authMode: 'NONE' | 'LIMITED' | 'FULL', userLocale: string, spreadsheetLocale: string, saved: string | null, expected: string][] = [
    ['NONE', 'fa', 'en_US', 'hu', 'fa'], // NONE reads no properties: the saved language waits
    ['LIMITED', 'fa', 'en_US', 'hu', 'hu'], // the saved setting, as in the sidebar
    ['FULL', 'fa', 'en_US', 'hu', 'hu'],
    ['NONE', 'de', 'hu_HU', null, 'en'], // NONE cannot read the spreadsheet's locale
    ['LIMITED', 'de', 'hu_HU', null, 'hu'],
    ['NONE', 'ar', 'en_US', null, 'ar'],
    ['LIMITED', 'ar', 'en_US', null, 'ar'],
  ];
  for (const [authMode, userLocale, locale, saved, expected] of table) {
    it(`${authMode}: user ${userLocale}, spreadsheet ${locale}, saved ${saved ?? 'none'} → ${expected}`, () => {
      const { rt } = book(userLocale, locale, ENGLISH_HEADER);
      if (saved) {
        const settings = rt.call<Record<string, unknown>>('sidebarGetSettings');
        rt.call('sidebarSaveSettings', { ...settings, language: saved });
      }
      rt.trigger('onOpen', authMode);
      const menu = rt.ui.menus.at(-1)!;
      expect(menu.addon).toBe(true);
      expect(menu.entries[0]).toMatchObject({ kind: 'item', caption: MENU_FIRST[expected] });
    });
  }
});
