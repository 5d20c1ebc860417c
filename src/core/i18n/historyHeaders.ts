// The header row of the `OKR history` tab in the four languages. The tab's columns are found by
// these texts when it is read (core/history.ts), so a moved column still reads right; a tab keeps
// the language it was created in.
import type { Language } from '../model';
import { COLUMN_NAMES } from './columns';

export type HistoryColumn = 'time' | 'user' | 'sheet' | 'row' | 'keyResult' | 'oldValue' | 'newValue' | 'confidence' | 'comment' | 'objective';

/** The columns in the order the tab is written. Objective came last so that older tabs keep their layout. */
export const HISTORY_COLUMNS: readonly HistoryColumn[] = [
  'time',
  'user',
  'sheet',
  'row',
  'keyResult',
  'oldValue',
  'newValue',
  'confidence',
  'comment',
  'objective',
];

/** The header row of each language, in HISTORY_COLUMNS order, from the one table of column names. */
export const HISTORY_HEADERS: Readonly<Record<Language, readonly string[]>> = {
  en: HISTORY_COLUMNS.map((c) => COLUMN_NAMES.en[c]),
  fa: HISTORY_COLUMNS.map((c) => COLUMN_NAMES.fa[c]),
  ar: HISTORY_COLUMNS.map((c) => COLUMN_NAMES.ar[c]),
  hu: HISTORY_COLUMNS.map((c) => COLUMN_NAMES.hu[c]),
};

/**
 * Headers that history tabs written by earlier versions carry: the Comment column was called by the
 * Notes column's name in Hungarian and by the Message column's in Persian, until each column got a
 * name of its own. Such a tab is still read by these.
 */
export const FORMER_HISTORY_HEADERS: readonly (readonly [Language, HistoryColumn, string])[] = [
  ['hu', 'comment', 'Megjegyzés'],
  ['fa', 'comment', 'توضیح'],
];

/** The column a history header text names, in any of the four languages; null for another text. */
export function historyColumnOf(header: string): HistoryColumn | null {
  const wanted = header.trim().toLowerCase();
  if (wanted === '') return null;
  for (const texts of Object.values(HISTORY_HEADERS)) {
    const i = texts.findIndex((t) => t.toLowerCase() === wanted);
    if (i >= 0) return HISTORY_COLUMNS[i]!;
  }
  return FORMER_HISTORY_HEADERS.find(([, , text]) => text.toLowerCase() === wanted)?.[1] ?? null;
}

/**
 * The history tab's name when the add-on creates it, in the user's language. The tab is found by
 * its marker afterwards, so a tab created in another language (or renamed) is still the one log.
 */
export const HISTORY_TAB_NAMES: Readonly<Record<Language, string>> = {
  en: 'OKR history',
  fa: 'تاریخچه OKR',
  ar: 'سجل OKR',
  hu: 'OKR-előzmények',
};

/** The product's name, the title of the notices the history writes. */
export const PRODUCT_NAME = 'OKR Sheets';

export const HISTORY_NOTES: Record<Language, { typed: string; pasted: string; confidenceCleared: string; notLogged: string }> = {
  en: {
    typed: 'Typed in the sheet',
    pasted: 'Typed or pasted over several cells: the old value is not known',
    confidenceCleared: 'Confidence cleared in the sheet',
    notLogged:
      'Your edit is in the sheet but was not logged as a check-in: another change was being saved. Check in this key result from the sidebar to keep it in the history.',
  },
  fa: {
    typed: 'در برگه تایپ شد',
    pasted: 'در چند خانه با هم تایپ یا جای‌گذاری شد: مقدار قبلی معلوم نیست',
    confidenceCleared: 'اطمینان در برگه پاک شد',
    notLogged:
      'ویرایش شما در برگه هست اما به‌عنوان ثبت وضعیت ذخیره نشد: تغییر دیگری در حال ذخیره بود. برای ماندن در تاریخچه، وضعیت این نتیجه کلیدی را از نوار کناری ثبت کنید.',
  },
  ar: {
    typed: 'كُتبت في الورقة',
    pasted: 'كُتبت أو لُصقت في عدة خلايا معًا: القيمة السابقة غير معروفة',
    confidenceCleared: 'مُسحت الثقة في الورقة',
    notLogged:
      'تعديلك موجود في الورقة لكنه لم يُسجَّل كتسجيل للتقدم: كان هناك تغيير آخر قيد الحفظ. سجّل تقدم هذه النتيجة الرئيسية من الشريط الجانبي ليبقى في السجل.',
  },
  hu: {
    typed: 'A munkalapon beírva',
    pasted: 'Több cellába egyszerre beírva vagy beillesztve: az előző érték nem ismert',
    confidenceCleared: 'A magabiztosság törölve a munkalapon',
    notLogged:
      'A módosítás bekerült a munkalapra, de a bővítmény nem naplózta rögzített előrehaladásként, mert közben egy másik módosítás mentése zajlott. Rögzítse ennek a kulcseredménynek az előrehaladását az oldalsávon, hogy bekerüljön az előzményekbe.',
  },
};

/**
 * True when a history row's comment is the add-on's `note` in any language: `pasted` (a multi-cell
 * edit, whose Old value is not known) or `confidenceCleared` (a blank confidence that is news, not
 * "not given").
 */
export function isHistoryNote(comment: string, note: 'pasted' | 'confidenceCleared'): boolean {
  const text = comment.trim();
  return text !== '' && Object.values(HISTORY_NOTES).some((n) => n[note] === text);
}
