// The one name of each column in each language. Every place that names a column reads it from
// here: the template's header row and labels (sheets/newQuarter.ts), the progress tabs
// (core/report.ts), the history tab (historyHeaders.ts), the dashboard (core/dashboard.ts), the
// messages that name a column (`{field}`, `{column}`) and the sidebar. A column called one thing in
// the template and another in the progress tab reads as two different things; test/core/columnNames
// proves every catalogue uses these names.
import type { ColumnKey, Language } from '../model';

/**
 * Every column the add-on names: the template's columns (`ColumnKey`) and the labels above its
 * header (quarter, start, end, As of), the progress tabs' own columns, the history tab's and the
 * dashboard's.
 */
export type ColumnName =
  | ColumnKey
  | 'quarter'
  | 'asOf'
  | 'quarterStart'
  | 'quarterEnd'
  | 'objectives'
  | 'keyResults'
  | 'band'
  | 'progress'
  | 'status'
  | 'expected'
  | 'uncapped'
  | 'row'
  | 'severity'
  | 'cell'
  | 'message'
  | 'time'
  | 'user'
  | 'sheet'
  | 'oldValue'
  | 'newValue'
  | 'comment'
  | 'week'
  | 'before'
  | 'now';

/** Column names in the four languages; the template's header row is the first eighteen. */
export const COLUMN_NAMES: Readonly<Record<Language, Readonly<Record<ColumnName, string>>>> = {
  en: {
    team: 'Team',
    objectiveId: 'Objective ID',
    objective: 'Objective',
    parent: 'Parent',
    commitment: 'Commitment',
    keyResult: 'Key result',
    owner: 'Owner',
    type: 'Type',
    start: 'Start',
    target: 'Target',
    current: 'Current',
    unit: 'Unit',
    weight: 'Weight',
    confidence: 'Confidence',
    due: 'Due',
    score: 'Score',
    notes: 'Notes',
    period: 'Period',
    quarter: 'Quarter',
    asOf: 'As of',
    quarterStart: 'Start date',
    quarterEnd: 'End date',
    objectives: 'Objectives',
    keyResults: 'Key results',
    band: 'Band',
    progress: 'Progress',
    status: 'Status',
    expected: 'Expected',
    uncapped: 'Uncapped',
    row: 'Row',
    severity: 'Severity',
    cell: 'Cell',
    message: 'Message',
    time: 'Time',
    user: 'User',
    sheet: 'Sheet',
    oldValue: 'Old value',
    newValue: 'New value',
    comment: 'Comment',
    week: 'Week',
    before: 'Before',
    now: 'Now',
  },
  fa: {
    team: 'تیم',
    objectiveId: 'شناسه هدف',
    objective: 'هدف',
    parent: 'والد',
    commitment: 'تعهد',
    keyResult: 'نتیجه کلیدی',
    owner: 'مسئول',
    type: 'نوع',
    start: 'شروع',
    target: 'مقدار هدف',
    current: 'مقدار فعلی',
    unit: 'واحد',
    weight: 'وزن',
    confidence: 'اطمینان',
    due: 'سررسید',
    score: 'امتیاز',
    notes: 'یادداشت',
    period: 'دوره',
    quarter: 'فصل',
    asOf: 'تاریخ گزارش',
    quarterStart: 'تاریخ شروع',
    quarterEnd: 'تاریخ پایان',
    objectives: 'اهداف',
    keyResults: 'نتایج کلیدی',
    band: 'رنگ',
    progress: 'پیشرفت',
    status: 'وضعیت',
    expected: 'پیشرفت مورد انتظار',
    uncapped: 'بدون سقف',
    row: 'ردیف',
    severity: 'شدت',
    cell: 'خانه',
    message: 'توضیح',
    time: 'زمان',
    user: 'کاربر',
    sheet: 'برگه',
    oldValue: 'مقدار قبلی',
    newValue: 'مقدار جدید',
    comment: 'نظر',
    week: 'هفته',
    before: 'قبل',
    now: 'اکنون',
  },
  ar: {
    team: 'الفريق',
    objectiveId: 'معرف الهدف',
    objective: 'الهدف',
    parent: 'الهدف الأعلى',
    commitment: 'الالتزام',
    keyResult: 'النتيجة الرئيسية',
    owner: 'المسؤول',
    type: 'النوع',
    start: 'البداية',
    target: 'المستهدف',
    current: 'القيمة الحالية',
    unit: 'الوحدة',
    weight: 'الوزن',
    confidence: 'الثقة',
    due: 'تاريخ الاستحقاق',
    score: 'التقييم',
    notes: 'ملاحظات',
    period: 'الفترة',
    quarter: 'الربع',
    asOf: 'بتاريخ',
    quarterStart: 'تاريخ البدء',
    quarterEnd: 'تاريخ الانتهاء',
    objectives: 'الأهداف',
    keyResults: 'النتائج الرئيسية',
    band: 'اللون',
    progress: 'التقدم',
    status: 'الحالة',
    expected: 'المتوقع',
    uncapped: 'دون سقف',
    row: 'الصف',
    severity: 'الخطورة',
    cell: 'الخلية',
    message: 'الرسالة',
    time: 'الوقت',
    user: 'المستخدم',
    sheet: 'الورقة',
    oldValue: 'القيمة السابقة',
    newValue: 'القيمة الجديدة',
    comment: 'تعليق',
    week: 'الأسبوع',
    before: 'قبل',
    now: 'الآن',
  },
  hu: {
    team: 'Csapat',
    objectiveId: 'Célkitűzés-azonosító',
    objective: 'Célkitűzés',
    parent: 'Szülőcél',
    commitment: 'Vállalás',
    keyResult: 'Kulcseredmény',
    owner: 'Felelős',
    type: 'Típus',
    start: 'Kiinduló érték',
    target: 'Célérték',
    current: 'Aktuális érték',
    unit: 'Mértékegység',
    weight: 'Súly',
    confidence: 'Magabiztosság',
    due: 'Határidő',
    score: 'Pontszám',
    notes: 'Megjegyzés',
    period: 'Időszak',
    quarter: 'Negyedév',
    asOf: 'Állapot napja',
    quarterStart: 'Kezdés',
    quarterEnd: 'Vége',
    objectives: 'Célkitűzések',
    keyResults: 'Kulcseredmények',
    band: 'Sáv',
    progress: 'Haladás',
    status: 'Állapot',
    expected: 'Elvárt haladás',
    uncapped: 'Korlát nélkül',
    row: 'Sor',
    severity: 'Súlyosság',
    cell: 'Cella',
    message: 'Üzenet',
    time: 'Időpont',
    user: 'Felhasználó',
    sheet: 'Munkalap',
    oldValue: 'Előző érték',
    newValue: 'Új érték',
    comment: 'Hozzászólás',
    week: 'Hét',
    before: 'Előtte',
    now: 'Most',
  },
};

/** The name of `column` in `lang` (`confidence` in hu → `Magabiztosság`). */
export function columnName(lang: Language, column: ColumnName): string {
  return COLUMN_NAMES[lang][column];
}
