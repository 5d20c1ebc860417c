// The add-on menu's items in the four languages (sheets/menu.ts builds the menu).
import type { Language } from '../model';

export type MenuKey = 'newQuarter' | 'adopt' | 'validate' | 'checkIn' | 'refresh' | 'settings' | 'help' | 'diagnostics';

export const MENU_LABELS: Record<Language, Record<MenuKey, string>> = {
  en: {
    newQuarter: 'New quarter…',
    adopt: 'Adopt this sheet…',
    validate: 'Validate',
    checkIn: 'Check-in…',
    refresh: 'Refresh progress',
    settings: 'Settings…',
    help: 'Help',
    diagnostics: 'Diagnostics',
  },
  fa: {
    newQuarter: 'فصل جدید…',
    adopt: 'استفاده از این برگه…',
    validate: 'بررسی برنامه',
    checkIn: 'ثبت پیشرفت…',
    refresh: 'به‌روزرسانی پیشرفت',
    settings: 'تنظیمات…',
    help: 'راهنما',
    diagnostics: 'عیب‌یابی',
  },
  ar: {
    newQuarter: 'ربع جديد…',
    adopt: 'اعتماد هذه الورقة…',
    validate: 'تدقيق الخطة',
    checkIn: 'تسجيل التقدم…',
    refresh: 'تحديث التقدم',
    settings: 'الإعدادات…',
    help: 'مساعدة',
    diagnostics: 'التشخيص',
  },
  hu: {
    newQuarter: 'Új negyedév…',
    adopt: 'Munkalap átvétele…',
    validate: 'Ellenőrzés',
    checkIn: 'Előrehaladás rögzítése…',
    refresh: 'Haladás frissítése',
    settings: 'Beállítások…',
    help: 'Súgó',
    diagnostics: 'Diagnosztika',
  },
};
