// The add-on menu. onOpen may run in AuthMode.NONE, where any service call other than building the
// menu (and reading the locale) breaks it, so this file touches nothing else
// (developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
import type { Language } from '../core/model';

type MenuKey = 'newQuarter' | 'adopt' | 'validate' | 'checkIn' | 'refresh' | 'settings';

const MENU_LABELS: Record<Language, Record<MenuKey, string>> = {
  en: {
    newQuarter: 'New quarter…',
    adopt: 'Adopt this sheet…',
    validate: 'Validate',
    checkIn: 'Check-in…',
    refresh: 'Refresh progress',
    settings: 'Settings…',
  },
  fa: {
    newQuarter: 'فصل جدید…',
    adopt: 'استفاده از این برگه…',
    validate: 'بررسی برنامه',
    checkIn: 'ثبت پیشرفت…',
    refresh: 'به‌روزرسانی پیشرفت',
    settings: 'تنظیمات…',
  },
  ar: {
    newQuarter: 'ربع جديد…',
    adopt: 'اعتماد هذه الورقة…',
    validate: 'تدقيق الخطة',
    checkIn: 'تسجيل التقدم…',
    refresh: 'تحديث التقدم',
    settings: 'الإعدادات…',
  },
  hu: {
    newQuarter: 'Új negyedév…',
    adopt: 'Munkalap átvétele…',
    validate: 'Ellenőrzés',
    checkIn: 'Előrehaladás rögzítése…',
    refresh: 'Haladás frissítése',
    settings: 'Beállítások…',
  },
};

/** `fa_IR`, `fa`, `ar-EG`… → the add-on's language; English otherwise. */
export function languageOfLocale(locale: string | null | undefined): Language {
  const code = String(locale ?? '').toLowerCase().slice(0, 2);
  return code === 'fa' || code === 'ar' || code === 'hu' ? code : 'en';
}

/** Menu item → the top-level function (in src/main.ts) it runs. */
const MENU_ITEMS: readonly (readonly [MenuKey, string])[] = [
  ['newQuarter', 'showNewQuarter'],
  ['adopt', 'showAdopt'],
  ['validate', 'showValidate'],
  ['checkIn', 'showCheckIn'],
  ['refresh', 'refreshProgress'],
  ['settings', 'showSettings'],
];

export function buildAddonMenu(ui: GoogleAppsScript.Base.Ui, language: Language): void {
  const labels = MENU_LABELS[language];
  const menu = ui.createAddonMenu();
  MENU_ITEMS.forEach(([key, handler], i) => {
    // Separators set reporting (Refresh) and configuration (Settings) apart from planning.
    if (i === 4 || i === 5) menu.addSeparator();
    menu.addItem(labels[key], handler);
  });
  menu.addToUi();
}

export function menuHandlers(): string[] {
  return MENU_ITEMS.map(([, handler]) => handler);
}
