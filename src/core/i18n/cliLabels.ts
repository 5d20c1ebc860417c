// The words of the local command line's readable summary (`npm start`), in the four languages: the
// summary speaks the language its messages are in (PlanSummary.language). The JSON (--json) is a
// machine format and keeps its English codes.
import type { Language } from '../model';

const EN = {
  report: 'Report {file}',
  quarter: 'Quarter {quarter}{period}, as of {asOf}',
  coloursPace: 'Colours show pace (are we on track?)',
  coloursGrade: 'Colours show the grade (how did we do?)',
  quarterScore: 'Quarter score {score}',
  teams: 'Teams',
  objectives: 'Objectives',
  issues: 'Issues',
  issueCounts:
    '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {notes, plural, one {# note} other {# notes}}',
  incomplete: 'incomplete: {missing} of {parts} not scored',
  saved: 'Saved {file}',
  progressTabs: '(progress tabs: {tabs})',
  error: 'error',
  warning: 'warning',
  info: 'info',
  green: 'green',
  yellow: 'yellow',
  red: 'red',
  grey: 'grey',
};

export type CliLabel = keyof typeof EN;

const FA: Record<CliLabel, string> = {
  report: 'گزارش {file}',
  quarter: 'فصل {quarter}{period}، تا تاریخ {asOf}',
  coloursPace: 'رنگ‌ها سرعت پیشرفت را نشان می‌دهند (آیا در مسیریم؟)',
  coloursGrade: 'رنگ‌ها نمره را نشان می‌دهند (چطور عمل کردیم؟)',
  quarterScore: 'امتیاز فصل {score}',
  teams: 'تیم‌ها',
  objectives: 'اهداف',
  issues: 'مشکلات',
  issueCounts: '{errors} خطا، {warnings} هشدار، {notes} یادداشت',
  incomplete: 'ناقص: {missing} از {parts} امتیاز ندارند',
  saved: 'ذخیره شد: {file}',
  progressTabs: '(برگه‌های پیشرفت: {tabs})',
  error: 'خطا',
  warning: 'هشدار',
  info: 'یادداشت',
  green: 'سبز',
  yellow: 'زرد',
  red: 'قرمز',
  grey: 'خاکستری',
};

const AR: Record<CliLabel, string> = {
  report: 'التقرير {file}',
  quarter: 'الربع {quarter}{period}، بتاريخ {asOf}',
  coloursPace: 'تُظهر الألوان وتيرة التقدّم (هل نحن على المسار؟)',
  coloursGrade: 'تُظهر الألوان التقييم (كيف كان أداؤنا؟)',
  quarterScore: 'تقييم الربع {score}',
  teams: 'الفرق',
  objectives: 'الأهداف',
  issues: 'المشكلات',
  issueCounts:
    '{errors, plural, zero {لا أخطاء} one {خطأ واحد} two {خطآن} few {# أخطاء} many {# خطأً} other {# خطأ}}، {warnings, plural, zero {لا تحذيرات} one {تحذير واحد} two {تحذيران} few {# تحذيرات} many {# تحذيرًا} other {# تحذير}}، {notes, plural, zero {لا ملاحظات} one {ملاحظة واحدة} two {ملاحظتان} few {# ملاحظات} many {# ملاحظة} other {# ملاحظة}}',
  incomplete: 'ناقص: {missing} من {parts} بلا تقييم',
  saved: 'حُفظ {file}',
  progressTabs: '(أوراق التقدّم: {tabs})',
  error: 'خطأ',
  warning: 'تحذير',
  info: 'ملاحظة',
  green: 'أخضر',
  yellow: 'أصفر',
  red: 'أحمر',
  grey: 'رمادي',
};

const HU: Record<CliLabel, string> = {
  report: 'Jelentés: {file}',
  quarter: 'Negyedév: {quarter}{period}, állapot napja: {asOf}',
  coloursPace: 'A színek a haladás ütemét mutatják (tartjuk az ütemet?)',
  coloursGrade: 'A színek az értékelést mutatják (hogyan teljesítettünk?)',
  quarterScore: 'Negyedéves pontszám: {score}',
  teams: 'Csapatok',
  objectives: 'Célkitűzések',
  issues: 'Problémák',
  issueCounts: '{errors} hiba, {warnings} figyelmeztetés, {notes} megjegyzés',
  incomplete: 'hiányos: {parts} közül {missing} nincs pontozva',
  saved: 'Mentve: {file}',
  progressTabs: '(haladási lapok: {tabs})',
  error: 'hiba',
  warning: 'figyelmeztetés',
  info: 'megjegyzés',
  green: 'zöld',
  yellow: 'sárga',
  red: 'piros',
  grey: 'szürke',
};

export const CLI_LABELS: Record<Language, Record<CliLabel, string>> = { en: EN, fa: FA, ar: AR, hu: HU };
