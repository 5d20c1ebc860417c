// Words of the progress tabs, in the four languages of the add-on. Templates are filled by the one
// formatter (i18n/format.ts: plural forms, left-to-right values isolated); column names come from
// the one table (i18n/columns.ts).
import { COLUMN_NAMES } from './columns';
import { commitmentLabel } from './words';
import type { Language } from '../model';

export interface ReportLabels {
  overviewTab: string;
  detailTab: string;
  title: string;
  quarter: string;
  asOf: string;
  score: string;
  issues: string;
  issueCounts: string;
  teamsHeading: string;
  objectivesHeading: string;
  issuesHeading: string;
  team: string;
  objectives: string;
  keyResults: string;
  band: string;
  progress: string;
  /** A key result's checked-in values over time (a line). */
  trend: string;
  objectiveId: string;
  objective: string;
  owner: string;
  commitment: string;
  committed: string;
  aspirational: string;
  status: string;
  expected: string;
  keyResult: string;
  type: string;
  start: string;
  target: string;
  current: string;
  unit: string;
  uncapped: string;
  due: string;
  confidence: string;
  source: string;
  severity: string;
  cell: string;
  message: string;
  error: string;
  warning: string;
  info: string;
  noIssues: string;
  /** A roll-up over key results that could not be scored. */
  incomplete: string;
  coloursPace: string;
  /** `{day}`: the day of the refresh that wrote the tab. */
  refreshed: string;
  /** Written over `refreshed` when a value is typed into the OKR sheet after the refresh. */
  staleSince: string;
  coloursGrade: string;
}

export const REPORT_LABELS: Record<Language, ReportLabels> = {
  en: {
    overviewTab: 'Progress',
    detailTab: 'Key results',
    title: 'OKR progress',
    quarter: COLUMN_NAMES.en.quarter,
    asOf: COLUMN_NAMES.en.asOf,
    score: COLUMN_NAMES.en.score,
    issues: 'Issues',
    issueCounts: '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}',
    teamsHeading: 'Teams',
    objectivesHeading: 'Objectives',
    issuesHeading: 'Issues to fix',
    team: COLUMN_NAMES.en.team,
    objectives: COLUMN_NAMES.en.objectives,
    keyResults: COLUMN_NAMES.en.keyResults,
    band: COLUMN_NAMES.en.band,
    progress: COLUMN_NAMES.en.progress,
    trend: 'Trend',
    objectiveId: COLUMN_NAMES.en.objectiveId,
    objective: COLUMN_NAMES.en.objective,
    owner: COLUMN_NAMES.en.owner,
    commitment: COLUMN_NAMES.en.commitment,
    committed: commitmentLabel('en', 'committed'),
    aspirational: commitmentLabel('en', 'aspirational'),
    status: COLUMN_NAMES.en.status,
    expected: COLUMN_NAMES.en.expected,
    keyResult: COLUMN_NAMES.en.keyResult,
    type: COLUMN_NAMES.en.type,
    start: COLUMN_NAMES.en.start,
    target: COLUMN_NAMES.en.target,
    current: COLUMN_NAMES.en.current,
    unit: COLUMN_NAMES.en.unit,
    uncapped: COLUMN_NAMES.en.uncapped,
    due: COLUMN_NAMES.en.due,
    confidence: COLUMN_NAMES.en.confidence,
    source: COLUMN_NAMES.en.row,
    severity: COLUMN_NAMES.en.severity,
    cell: COLUMN_NAMES.en.cell,
    message: COLUMN_NAMES.en.message,
    error: 'error',
    warning: 'warning',
    info: 'info',
    noIssues: 'No issues found.',
    incomplete: 'incomplete: {missing} of {parts} not scored',
    coloursPace: 'Colours show pace (are we on track?) until the quarter ends.',
    refreshed: 'Last refreshed {day}',
    staleSince: 'Values changed after this refresh: use Refresh progress',
    coloursGrade: "Colours show the grade (how did we do?) by each objective's commitment.",
  },
  fa: {
    overviewTab: 'پیشرفت',
    detailTab: 'نتایج کلیدی',
    title: 'پیشرفت OKR',
    quarter: COLUMN_NAMES.fa.quarter,
    asOf: COLUMN_NAMES.fa.asOf,
    score: COLUMN_NAMES.fa.score,
    issues: 'مشکلات',
    issueCounts: '{errors} خطا، {warnings} هشدار',
    teamsHeading: 'تیم‌ها',
    objectivesHeading: 'اهداف',
    issuesHeading: 'مواردی که باید اصلاح شوند',
    team: COLUMN_NAMES.fa.team,
    objectives: COLUMN_NAMES.fa.objectives,
    keyResults: COLUMN_NAMES.fa.keyResults,
    band: COLUMN_NAMES.fa.band,
    progress: COLUMN_NAMES.fa.progress,
    trend: 'روند',
    objectiveId: COLUMN_NAMES.fa.objectiveId,
    objective: COLUMN_NAMES.fa.objective,
    owner: COLUMN_NAMES.fa.owner,
    commitment: COLUMN_NAMES.fa.commitment,
    committed: commitmentLabel('fa', 'committed'),
    aspirational: commitmentLabel('fa', 'aspirational'),
    status: COLUMN_NAMES.fa.status,
    expected: COLUMN_NAMES.fa.expected,
    keyResult: COLUMN_NAMES.fa.keyResult,
    type: COLUMN_NAMES.fa.type,
    start: COLUMN_NAMES.fa.start,
    target: COLUMN_NAMES.fa.target,
    current: COLUMN_NAMES.fa.current,
    unit: COLUMN_NAMES.fa.unit,
    uncapped: COLUMN_NAMES.fa.uncapped,
    due: COLUMN_NAMES.fa.due,
    confidence: COLUMN_NAMES.fa.confidence,
    source: COLUMN_NAMES.fa.row,
    severity: COLUMN_NAMES.fa.severity,
    cell: COLUMN_NAMES.fa.cell,
    message: COLUMN_NAMES.fa.message,
    error: 'خطا',
    warning: 'هشدار',
    info: 'نکته',
    noIssues: 'مشکلی پیدا نشد.',
    incomplete: 'ناقص: {missing} از {parts} سنجیده نشد',
    coloursPace: 'رنگ‌ها تا پایان فصل سرعت پیشرفت را نشان می‌دهند (آیا در مسیریم؟).',
    refreshed: 'آخرین به‌روزرسانی: {day}',
    staleSince: 'مقادیر پس از این به‌روزرسانی تغییر کرده‌اند: «به‌روزرسانی پیشرفت» را بزنید',
    coloursGrade: 'رنگ‌ها نمره را بر پایه تعهد هر هدف نشان می‌دهند (چگونه عمل کردیم؟).',
  },
  ar: {
    overviewTab: 'التقدم',
    detailTab: 'النتائج الرئيسية',
    title: 'تقدم الأهداف والنتائج الرئيسية',
    quarter: COLUMN_NAMES.ar.quarter,
    asOf: COLUMN_NAMES.ar.asOf,
    score: COLUMN_NAMES.ar.score,
    issues: 'المشكلات',
    issueCounts:
      '{errors, plural, zero {لا أخطاء} one {خطأ واحد} two {خطآن} few {# أخطاء} many {# خطأً} other {# خطأ}}، {warnings, plural, zero {لا تحذيرات} one {تحذير واحد} two {تحذيران} few {# تحذيرات} many {# تحذيرًا} other {# تحذير}}',
    teamsHeading: 'الفرق',
    objectivesHeading: 'الأهداف',
    issuesHeading: 'ما يجب إصلاحه',
    team: COLUMN_NAMES.ar.team,
    objectives: COLUMN_NAMES.ar.objectives,
    keyResults: COLUMN_NAMES.ar.keyResults,
    band: COLUMN_NAMES.ar.band,
    progress: COLUMN_NAMES.ar.progress,
    trend: 'الاتجاه',
    objectiveId: COLUMN_NAMES.ar.objectiveId,
    objective: COLUMN_NAMES.ar.objective,
    owner: COLUMN_NAMES.ar.owner,
    commitment: COLUMN_NAMES.ar.commitment,
    committed: commitmentLabel('ar', 'committed'),
    aspirational: commitmentLabel('ar', 'aspirational'),
    status: COLUMN_NAMES.ar.status,
    expected: COLUMN_NAMES.ar.expected,
    keyResult: COLUMN_NAMES.ar.keyResult,
    type: COLUMN_NAMES.ar.type,
    start: COLUMN_NAMES.ar.start,
    target: COLUMN_NAMES.ar.target,
    current: COLUMN_NAMES.ar.current,
    unit: COLUMN_NAMES.ar.unit,
    uncapped: COLUMN_NAMES.ar.uncapped,
    due: COLUMN_NAMES.ar.due,
    confidence: COLUMN_NAMES.ar.confidence,
    source: COLUMN_NAMES.ar.row,
    severity: COLUMN_NAMES.ar.severity,
    cell: COLUMN_NAMES.ar.cell,
    message: COLUMN_NAMES.ar.message,
    error: 'خطأ',
    warning: 'تحذير',
    info: 'ملاحظة',
    noIssues: 'لا توجد مشكلات.',
    incomplete: 'غير مكتمل: {missing} من {parts} بلا درجة',
    coloursPace: 'تُظهر الألوان وتيرة التقدم (هل نحن على المسار؟) حتى نهاية الربع.',
    refreshed: 'آخر تحديث: {day}',
    staleSince: 'تغيّرت القيم بعد هذا التحديث: استخدم «تحديث التقدم»',
    coloursGrade: 'تُظهر الألوان الدرجة (كيف كان أداؤنا؟) حسب التزام كل هدف.',
  },
  hu: {
    overviewTab: 'Haladás',
    detailTab: 'Kulcseredmények',
    title: 'OKR-haladás',
    quarter: COLUMN_NAMES.hu.quarter,
    asOf: COLUMN_NAMES.hu.asOf,
    score: COLUMN_NAMES.hu.score,
    issues: 'Problémák',
    issueCounts: '{errors} hiba, {warnings} figyelmeztetés',
    teamsHeading: 'Csapatok',
    objectivesHeading: 'Célkitűzések',
    issuesHeading: 'Javítandó problémák',
    team: COLUMN_NAMES.hu.team,
    objectives: COLUMN_NAMES.hu.objectives,
    keyResults: COLUMN_NAMES.hu.keyResults,
    band: COLUMN_NAMES.hu.band,
    progress: COLUMN_NAMES.hu.progress,
    trend: 'Alakulás',
    objectiveId: COLUMN_NAMES.hu.objectiveId,
    objective: COLUMN_NAMES.hu.objective,
    owner: COLUMN_NAMES.hu.owner,
    commitment: COLUMN_NAMES.hu.commitment,
    committed: commitmentLabel('hu', 'committed'),
    aspirational: commitmentLabel('hu', 'aspirational'),
    status: COLUMN_NAMES.hu.status,
    expected: COLUMN_NAMES.hu.expected,
    keyResult: COLUMN_NAMES.hu.keyResult,
    type: COLUMN_NAMES.hu.type,
    start: COLUMN_NAMES.hu.start,
    target: COLUMN_NAMES.hu.target,
    current: COLUMN_NAMES.hu.current,
    unit: COLUMN_NAMES.hu.unit,
    uncapped: COLUMN_NAMES.hu.uncapped,
    due: COLUMN_NAMES.hu.due,
    confidence: COLUMN_NAMES.hu.confidence,
    source: COLUMN_NAMES.hu.row,
    severity: COLUMN_NAMES.hu.severity,
    cell: COLUMN_NAMES.hu.cell,
    message: COLUMN_NAMES.hu.message,
    error: 'hiba',
    warning: 'figyelmeztetés',
    info: 'megjegyzés',
    noIssues: 'Nem található probléma.',
    incomplete: 'hiányos: {parts} közül {missing} nincs pontozva',
    coloursPace: 'A színek a negyedév végéig a haladás ütemét mutatják (tartjuk az ütemet?).',
    refreshed: 'Utolsó frissítés: {day}',
    staleSince: 'Az értékek a frissítés óta változtak: használja a Haladás frissítése menüpontot',
    coloursGrade: 'A színek az értékelést mutatják (hogyan teljesítettünk?), az egyes célkitűzések vállalása szerint.',
  },
};
