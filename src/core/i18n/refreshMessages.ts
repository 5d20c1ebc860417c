// What Refresh progress says (sheets/refresh.ts), in the four languages; filled by the one
// formatter (format.ts: plural forms, left-to-right values isolated).
import type { Language } from '../model';

export type RefreshMessageKey = 'busy' | 'noSheet' | 'several' | 'done' | 'failed' | 'undoFailed';

export const REFRESH_MESSAGES: Record<Language, Record<RefreshMessageKey, string>> = {
  en: {
    failed:
      'Google Sheets reported an error, so the refresh stopped. Your OKR sheet is as it was; the progress tabs may be incomplete until the next Refresh progress. (Details for support: {detail})',
    undoFailed: 'Some cells of the OKR sheet could not be put back: check As of and the Score column, or use Edit → Undo.',
    busy: 'Another refresh is running in this spreadsheet. Try again in a moment.',
    noSheet: 'No OKR sheet found: open the sheet with your OKRs (or use New quarter… or Adopt this sheet…) and try again.',
    several: 'Several sheets hold OKRs ({sheets}): open the one to refresh and try again. Nothing was changed.',
    done: 'Progress refreshed: quarter score {score}, {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}.',
  },
  fa: {
    failed:
      'Google Sheets خطایی گزارش داد و به‌روزرسانی متوقف شد. برگه OKR شما مانند قبل است؛ برگه‌های پیشرفت تا «به‌روزرسانی پیشرفت» بعدی ممکن است ناقص باشند. (جزئیات برای پشتیبانی: {detail})',
    undoFailed: 'برخی خانه‌های برگه OKR به حالت قبل برنگشتند: «تاریخ گزارش» و ستون امتیاز را بررسی کنید یا با ویرایش ← واگرد برگردانید.',
    busy: 'به‌روزرسانی دیگری در این صفحه‌گسترده در حال اجراست. چند لحظه بعد دوباره امتحان کنید.',
    noSheet: 'برگه OKR پیدا نشد: برگه اهداف خود را باز کنید (یا از «فصل جدید…» یا «استفاده از این برگه…» کمک بگیرید) و دوباره امتحان کنید.',
    several: 'چند برگه OKR دارند ({sheets}): برگه‌ای را که باید به‌روز شود باز کنید و دوباره امتحان کنید. چیزی تغییر نکرد.',
    done: 'پیشرفت به‌روز شد: امتیاز فصل {score}، {errors} خطا، {warnings} هشدار.',
  },
  ar: {
    failed: 'أبلغ Google Sheets عن خطأ، فتوقّف التحديث. ورقة أهدافك كما كانت؛ وقد تبقى أوراق التقدّم ناقصة حتى «تحديث التقدّم» التالي. (تفاصيل للدعم: {detail})',
    undoFailed: 'تعذّرت إعادة بعض خلايا ورقة الأهداف كما كانت: راجع خلية «بتاريخ» وعمود التقييم، أو تراجع عبر تعديل ← تراجع.',
    busy: 'يجري تحديث آخر في جدول البيانات هذا. حاول مرة أخرى بعد لحظات.',
    noSheet: 'لم يتم العثور على ورقة أهداف: افتح ورقة أهدافك (أو استخدم «ربع جديد…» أو «اعتماد هذه الورقة…») ثم حاول مرة أخرى.',
    several: 'تحتوي عدة أوراق على أهداف ({sheets}): افتح الورقة المراد تحديثها ثم حاول مرة أخرى. لم يتغيّر شيء.',
    done: 'تم تحديث التقدم: تقييم الربع {score}، {errors, plural, zero {لا أخطاء} one {خطأ واحد} two {خطآن} few {# أخطاء} many {# خطأً} other {# خطأ}}، {warnings, plural, zero {لا تحذيرات} one {تحذير واحد} two {تحذيران} few {# تحذيرات} many {# تحذيرًا} other {# تحذير}}.',
  },
  hu: {
    failed:
      'A Google Táblázatok hibát jelzett, ezért a frissítés leállt. Az OKR-munkalap olyan, amilyen volt; a haladási lapok hiányosak lehetnek, amíg a Haladás frissítése újra nem fut. (Részletek az ügyfélszolgálatnak: {detail})',
    undoFailed:
      'Az OKR-munkalap néhány celláját nem sikerült visszaállítani: ellenőrizze az Állapot napja cellát és a Pontszám oszlopot, vagy vonja vissza: Szerkesztés → Visszavonás.',
    busy: 'Ebben a táblázatban már fut egy frissítés. Próbálja újra egy pillanat múlva.',
    noSheet:
      'Nem található OKR-munkalap: nyissa meg az OKR-eket tartalmazó munkalapot (vagy használja az Új negyedév… vagy a Munkalap átvétele… menüpontot), majd próbálja újra.',
    several: 'Több munkalapon is vannak OKR-ek ({sheets}): nyissa meg azt, amelyiket frissíteni szeretné, majd próbálja újra. Semmi sem változott.',
    done: 'Haladás frissítve: negyedéves pontszám {score}, {errors} hiba, {warnings} figyelmeztetés.',
  },
};
