// Words of the dashboard tab, in the four languages of the add-on. Its column names come from the
// one table (columns.ts); templates are filled by the one formatter (format.ts).
import { COLUMN_NAMES } from './columns';
import type { Language } from '../model';

export interface DashboardLabels {
  tab: string;
  title: string;
  lastRefreshed: string;
  teamsVsExpected: string;
  team: string;
  expected: string;
  statusCounts: string;
  keyResults: string;
  notScored: string;
  /** A team some of whose key results could not be scored (its bar has no colour). */
  incomplete: string;
  overTime: string;
  /** Under the over-time table when some week's roll-up was incomplete. */
  overTimeIncomplete: string;
  week: string;
  quarter: string;
  confidenceTrend: string;
  confidence: string;
  changed: string;
  keyResult: string;
  before: string;
  now: string;
  up: string;
  down: string;
  noChange: string;
  firstRefresh: string;
  lastUnfinished: string;
  scoresAtRefresh: string;
  score: string;
}

/** The dashboard's words; its column names come from the one table (i18n/columns.ts). */
export const DASHBOARD_LABELS: Record<Language, DashboardLabels> = {
  en: {
    tab: 'OKR dashboard',
    title: 'OKR dashboard',
    lastRefreshed: 'Last refreshed',
    teamsVsExpected: 'Scores by team against expected progress',
    team: COLUMN_NAMES.en.team,
    expected: COLUMN_NAMES.en.expected,
    statusCounts: 'Key results by colour',
    keyResults: COLUMN_NAMES.en.keyResults,
    notScored: 'Cannot be scored',
    incomplete: 'Incomplete (not all scored)',
    overTimeIncomplete: 'A week when some key results had no value yet is not a score: the quarter’s is in Incomplete, a team’s is left blank.',
    overTime: 'Scores over time',
    week: COLUMN_NAMES.en.week,
    quarter: COLUMN_NAMES.en.quarter,
    confidenceTrend: 'Confidence trend',
    confidence: `${COLUMN_NAMES.en.confidence} (0–10)`,
    changed: 'What changed since the last refresh',
    keyResult: COLUMN_NAMES.en.keyResult,
    before: COLUMN_NAMES.en.before,
    now: COLUMN_NAMES.en.now,
    up: 'Up',
    down: 'Down',
    noChange: 'No score moved.',
    firstRefresh: 'First refresh: changes show from the next one.',
    lastUnfinished: 'The last refresh did not finish: changes show from the next one.',
    scoresAtRefresh: 'Scores at this refresh (the next refresh compares against them)',
    score: COLUMN_NAMES.en.score,
  },
  fa: {
    tab: 'داشبورد OKR',
    title: 'داشبورد OKR',
    lastRefreshed: 'آخرین به‌روزرسانی',
    teamsVsExpected: 'امتیاز تیم‌ها در برابر پیشرفت مورد انتظار',
    team: COLUMN_NAMES.fa.team,
    expected: COLUMN_NAMES.fa.expected,
    statusCounts: 'نتایج کلیدی بر اساس رنگ',
    keyResults: COLUMN_NAMES.fa.keyResults,
    notScored: 'امتیازپذیر نیست',
    incomplete: 'ناقص (همه امتیاز ندارند)',
    overTimeIncomplete: 'هفته‌ای که برخی نتایج کلیدی هنوز مقداری نداشتند امتیاز نیست: امتیاز فصل در ستون «ناقص» است و امتیاز تیم خالی می‌ماند.',
    overTime: 'امتیاز در طول زمان',
    week: COLUMN_NAMES.fa.week,
    quarter: COLUMN_NAMES.fa.quarter,
    confidenceTrend: 'روند اطمینان',
    confidence: `${COLUMN_NAMES.fa.confidence} (۰ تا ۱۰)`,
    changed: 'تغییرات از آخرین به‌روزرسانی',
    keyResult: COLUMN_NAMES.fa.keyResult,
    before: COLUMN_NAMES.fa.before,
    now: COLUMN_NAMES.fa.now,
    up: 'افزایش',
    down: 'کاهش',
    noChange: 'هیچ امتیازی تغییر نکرد.',
    firstRefresh: 'نخستین به‌روزرسانی: تغییرات از دفعه بعد نمایش داده می‌شود.',
    lastUnfinished: 'به‌روزرسانی قبلی کامل نشد: تغییرات از دفعه بعد نمایش داده می‌شود.',
    scoresAtRefresh: 'امتیازها در این به‌روزرسانی (مبنای مقایسه دفعه بعد)',
    score: COLUMN_NAMES.fa.score,
  },
  ar: {
    tab: 'لوحة OKR',
    title: 'لوحة OKR',
    lastRefreshed: 'آخر تحديث',
    teamsVsExpected: 'تقييمات الفرق مقابل التقدم المتوقع',
    team: COLUMN_NAMES.ar.team,
    expected: COLUMN_NAMES.ar.expected,
    statusCounts: 'النتائج الرئيسية حسب اللون',
    keyResults: COLUMN_NAMES.ar.keyResults,
    notScored: 'لا يمكن احتسابها',
    incomplete: 'ناقص (لم يُقيَّم الكل)',
    overTimeIncomplete: 'الأسبوع الذي لم يكن فيه لبعض النتائج الرئيسية قيمة بعد ليس تقييمًا: تقييم الربع في عمود «ناقص»، وتقييم الفريق يُترك فارغًا.',
    overTime: 'التقييمات عبر الزمن',
    week: COLUMN_NAMES.ar.week,
    quarter: COLUMN_NAMES.ar.quarter,
    confidenceTrend: 'اتجاه الثقة',
    confidence: `${COLUMN_NAMES.ar.confidence} (0–10)`,
    changed: 'ما الذي تغيّر منذ آخر تحديث',
    keyResult: COLUMN_NAMES.ar.keyResult,
    before: COLUMN_NAMES.ar.before,
    now: COLUMN_NAMES.ar.now,
    up: 'صعود',
    down: 'هبوط',
    noChange: 'لم يتغيّر أي تقييم.',
    firstRefresh: 'التحديث الأول: تظهر التغييرات بدءًا من التحديث التالي.',
    lastUnfinished: 'لم يكتمل التحديث السابق: تظهر التغييرات بدءًا من التحديث التالي.',
    scoresAtRefresh: 'التقييمات عند هذا التحديث (يقارن بها التحديث التالي)',
    score: COLUMN_NAMES.ar.score,
  },
  hu: {
    tab: 'OKR-irányítópult',
    title: 'OKR-irányítópult',
    lastRefreshed: 'Utolsó frissítés',
    teamsVsExpected: 'Csapatok pontszáma az elvárt haladáshoz képest',
    team: COLUMN_NAMES.hu.team,
    expected: COLUMN_NAMES.hu.expected,
    statusCounts: 'Kulcseredmények szín szerint',
    keyResults: COLUMN_NAMES.hu.keyResults,
    notScored: 'Nem pontozható',
    incomplete: 'Hiányos (nincs mind pontozva)',
    overTimeIncomplete:
      'Ha egy héten még nem volt minden kulcseredménynek értéke, az a hét nem kap pontszámot: a negyedév értéke ilyenkor a Hiányos oszlopba kerül, a csapat cellája üresen marad.',
    overTime: 'Pontszámok időben',
    week: COLUMN_NAMES.hu.week,
    quarter: COLUMN_NAMES.hu.quarter,
    confidenceTrend: 'Magabiztosság alakulása',
    confidence: `${COLUMN_NAMES.hu.confidence} (0–10)`,
    changed: 'Mi változott a legutóbbi frissítés óta',
    keyResult: COLUMN_NAMES.hu.keyResult,
    before: COLUMN_NAMES.hu.before,
    now: COLUMN_NAMES.hu.now,
    up: 'Nőtt',
    down: 'Csökkent',
    noChange: 'Egyik pontszám sem változott.',
    firstRefresh: 'Első frissítés: a változások a következőtől látszanak.',
    lastUnfinished: 'Az előző frissítés nem fejeződött be: a változások a következőtől látszanak.',
    scoresAtRefresh: 'Pontszámok ennél a frissítésnél (a következő frissítés ezekkel veti össze)',
    score: COLUMN_NAMES.hu.score,
  },
};
