// Words of the progress tabs, in the four languages of the add-on.
import type { Language } from './model';

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
  coloursGrade: string;
}

export const REPORT_LABELS: Record<Language, ReportLabels> = {
  en: {
    overviewTab: 'Progress',
    detailTab: 'Key results',
    title: 'OKR progress',
    quarter: 'Quarter',
    asOf: 'As of',
    score: 'Score',
    issues: 'Issues',
    issueCounts: '{errors} errors, {warnings} warnings',
    teamsHeading: 'Teams',
    objectivesHeading: 'Objectives',
    issuesHeading: 'Issues to fix',
    team: 'Team',
    objectives: 'Objectives',
    keyResults: 'Key results',
    band: 'Band',
    progress: 'Progress',
    objectiveId: 'Objective ID',
    objective: 'Objective',
    owner: 'Owner',
    commitment: 'Commitment',
    committed: 'committed',
    aspirational: 'aspirational',
    status: 'Status',
    expected: 'Expected',
    keyResult: 'Key result',
    type: 'Type',
    start: 'Start',
    target: 'Target',
    current: 'Current',
    unit: 'Unit',
    uncapped: 'Uncapped',
    due: 'Due',
    confidence: 'Confidence',
    source: 'Row',
    severity: 'Severity',
    cell: 'Cell',
    message: 'Message',
    error: 'error',
    warning: 'warning',
    info: 'info',
    noIssues: 'No issues found.',
    incomplete: 'incomplete: {missing} of {parts} not scored',
    coloursPace: 'Colours show pace (are we on track?) until the quarter ends.',
    coloursGrade: "Colours show the grade (how did we do?) by each objective's commitment.",
  },
  fa: {
    overviewTab: 'پیشرفت',
    detailTab: 'نتایج کلیدی',
    title: 'پیشرفت OKR',
    quarter: 'فصل',
    asOf: 'تاریخ گزارش',
    score: 'امتیاز',
    issues: 'مشکلات',
    issueCounts: '{errors} خطا، {warnings} هشدار',
    teamsHeading: 'تیم‌ها',
    objectivesHeading: 'اهداف',
    issuesHeading: 'مواردی که باید اصلاح شوند',
    team: 'تیم',
    objectives: 'اهداف',
    keyResults: 'نتایج کلیدی',
    band: 'رنگ',
    progress: 'پیشرفت',
    objectiveId: 'شناسه هدف',
    objective: 'هدف',
    owner: 'مسئول',
    commitment: 'نوع تعهد',
    committed: 'تعهدی',
    aspirational: 'بلندپروازانه',
    status: 'وضعیت',
    expected: 'پیشرفت مورد انتظار',
    keyResult: 'نتیجه کلیدی',
    type: 'نوع',
    start: 'شروع',
    target: 'هدف عددی',
    current: 'فعلی',
    unit: 'واحد',
    uncapped: 'بدون سقف',
    due: 'موعد',
    confidence: 'اطمینان',
    source: 'ردیف',
    severity: 'شدت',
    cell: 'خانه',
    message: 'توضیح',
    error: 'خطا',
    warning: 'هشدار',
    info: 'نکته',
    noIssues: 'مشکلی پیدا نشد.',
    incomplete: 'ناقص: {missing} از {parts} سنجیده نشد',
    coloursPace: 'رنگ‌ها تا پایان فصل سرعت پیشرفت را نشان می‌دهند (آیا در مسیریم؟).',
    coloursGrade: 'رنگ‌ها نمره را بر پایه تعهد هر هدف نشان می‌دهند (چگونه عمل کردیم؟).',
  },
  ar: {
    overviewTab: 'التقدم',
    detailTab: 'النتائج الرئيسية',
    title: 'تقدم الأهداف والنتائج الرئيسية',
    quarter: 'الربع',
    asOf: 'بتاريخ',
    score: 'النتيجة',
    issues: 'المشكلات',
    issueCounts: '{errors} أخطاء، {warnings} تحذيرات',
    teamsHeading: 'الفرق',
    objectivesHeading: 'الأهداف',
    issuesHeading: 'ما يجب إصلاحه',
    team: 'الفريق',
    objectives: 'الأهداف',
    keyResults: 'النتائج الرئيسية',
    band: 'اللون',
    progress: 'التقدم',
    objectiveId: 'معرّف الهدف',
    objective: 'الهدف',
    owner: 'المسؤول',
    commitment: 'نوع الالتزام',
    committed: 'ملتزم به',
    aspirational: 'طموح',
    status: 'الحالة',
    expected: 'المتوقع',
    keyResult: 'النتيجة الرئيسية',
    type: 'النوع',
    start: 'البداية',
    target: 'المستهدف',
    current: 'الحالي',
    unit: 'الوحدة',
    uncapped: 'دون سقف',
    due: 'الموعد',
    confidence: 'الثقة',
    source: 'الصف',
    severity: 'الخطورة',
    cell: 'الخلية',
    message: 'الرسالة',
    error: 'خطأ',
    warning: 'تحذير',
    info: 'ملاحظة',
    noIssues: 'لا توجد مشكلات.',
    incomplete: 'غير مكتمل: {missing} من {parts} بلا درجة',
    coloursPace: 'تُظهر الألوان وتيرة التقدم (هل نحن على المسار؟) حتى نهاية الربع.',
    coloursGrade: 'تُظهر الألوان الدرجة (كيف كان أداؤنا؟) حسب التزام كل هدف.',
  },
  hu: {
    overviewTab: 'Haladás',
    detailTab: 'Kulcseredmények',
    title: 'OKR-haladás',
    quarter: 'Negyedév',
    asOf: 'Állapot dátuma',
    score: 'Pontszám',
    issues: 'Problémák',
    issueCounts: '{errors} hiba, {warnings} figyelmeztetés',
    teamsHeading: 'Csapatok',
    objectivesHeading: 'Célkitűzések',
    issuesHeading: 'Javítandó',
    team: 'Csapat',
    objectives: 'Célkitűzések',
    keyResults: 'Kulcseredmények',
    band: 'Sáv',
    progress: 'Haladás',
    objectiveId: 'Célkitűzés azonosító',
    objective: 'Célkitűzés',
    owner: 'Felelős',
    commitment: 'Vállalás',
    committed: 'vállalt',
    aspirational: 'ambiciózus',
    status: 'Állapot',
    expected: 'Elvárt',
    keyResult: 'Kulcseredmény',
    type: 'Típus',
    start: 'Kiinduló érték',
    target: 'Célérték',
    current: 'Aktuális',
    unit: 'Egység',
    uncapped: 'Korlát nélkül',
    due: 'Határidő',
    confidence: 'Bizalom',
    source: 'Sor',
    severity: 'Súlyosság',
    cell: 'Cella',
    message: 'Üzenet',
    error: 'hiba',
    warning: 'figyelmeztetés',
    info: 'megjegyzés',
    noIssues: 'Nincs probléma.',
    incomplete: 'hiányos: {parts} közül {missing} nincs pontozva',
    coloursPace: 'A színek a negyedév végéig a haladást mutatják (tartjuk az ütemet?).',
    coloursGrade: 'A színek az eredményt mutatják (hogyan teljesítettünk?) az egyes célkitűzések vállalása szerint.',
  },
};
