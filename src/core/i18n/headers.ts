// The names people give the template's columns and the labels above its header, in English,
// Persian, Arabic and Hungarian, and the localized column names used in messages.
import type { ColumnKey, Language } from '../model';
import { normalizeText } from './text';

/**
 * Header aliases per column. Matching is on normalized text (case, accents, letter forms, a
 * trailing `(…)` or `:` do not matter), and no alias belongs to two columns.
 */
export const HEADER_ALIASES: Record<ColumnKey, readonly string[]> = {
  team: [
    'Team', 'Team name', 'Teams', 'Department', 'Group', 'Squad',
    'تیم', 'نام تیم', 'دپارتمان', 'گروه',
    'الفريق', 'فريق', 'اسم الفريق', 'القسم',
    'Csapat', 'Csapat neve', 'Részleg', 'Osztály',
  ],
  objectiveId: [
    'Objective ID', 'ID', 'Obj ID', 'OKR ID', 'Objective code', 'Objective no',
    'شناسه هدف', 'شناسه', 'کد هدف', 'شماره هدف',
    'معرف الهدف', 'المعرف', 'رمز الهدف', 'رقم الهدف',
    'Célkitűzés azonosító', 'Célkitűzés azonosítója', 'Cél ID', 'Cél azonosító', 'Azonosító',
    'Objective IDs', 'Objective #', 'Obj #', 'OKR #', 'شناسه‌های هدف', 'معرفات الأهداف', 'Célkitűzés azonosítók',
  ],
  objective: [
    'Objective', 'Objectives', 'Goal', 'Goals', 'O',
    'هدف', 'اهداف', 'هدف کلان',
    'الهدف', 'الأهداف',
    'Célkitűzés', 'Célkitűzések', 'Cél', 'Célok',
  ],
  parent: [
    'Parent', 'Parent ID', 'Parent objective', 'Aligned to', 'Supports', 'Contributes to',
    'والد', 'هدف والد', 'شناسه والد', 'هدف بالادستی', 'همسو با',
    'الهدف الأعلى', 'الهدف الأب', 'معرف الهدف الأعلى', 'يدعم',
    'Szülő', 'Szülőcél', 'Szülő azonosító', 'Felettes cél', 'Támogatott cél',
  ],
  commitment: [
    'Commitment', 'Commitment type', 'Commitment level', 'Committed or aspirational',
    'تعهد', 'نوع تعهد', 'سطح تعهد',
    'الالتزام', 'نوع الالتزام', 'مستوى الالتزام',
    'Vállalás', 'Vállalás típusa', 'Elköteleződés',
  ],
  keyResult: [
    'Key result', 'Key results', 'KR', 'KRs',
    'نتیجه کلیدی', 'نتایج کلیدی', 'نتیجه‌ی کلیدی',
    'النتيجة الرئيسية', 'النتائج الرئيسية', 'نتيجة رئيسية', 'النتيجة الأساسية',
    'Kulcseredmény', 'Kulcseredmények', 'Kulcs eredmény',
    'Key result title', 'Key result description', 'Description', 'KR description', 'عنوان نتیجه کلیدی', 'شرح نتیجه کلیدی', 'شرح', 'عنوان النتيجة الرئيسية', 'الوصف', 'Kulcseredmény leírása', 'Leírás',
  ],
  owner: [
    'Owner', 'Owners', 'Responsible', 'Accountable', 'DRI', 'Assignee',
    'مالک', 'مسئول', 'مسئول اجرا', 'پاسخگو',
    'المسؤول', 'مسؤول', 'المالك', 'صاحب النتيجة',
    'Felelős', 'Tulajdonos', 'Gazda',
    'Person', 'People', 'Person responsible', 'Lead', 'مسئولین', 'شخص', 'صاحب', 'الشخص', 'المسؤولون', 'Személy', 'Felelősök',
  ],
  type: [
    'Type', 'KR type', 'Kind', 'Measure type', 'Direction',
    'نوع', 'نوع نتیجه', 'نوع سنجه',
    'النوع', 'نوع النتيجة', 'نوع القياس',
    'Típus', 'KR típus', 'Mérés típusa',
  ],
  start: [
    'Start', 'Baseline', 'Starting value', 'Start value', 'Initial value', 'From',
    'شروع', 'مقدار اولیه', 'مبنا', 'خط مبنا', 'مقدار شروع', 'مقدار پایه',
    'البداية', 'خط الأساس', 'القيمة الأولية', 'قيمة البداية',
    'Kiinduló érték', 'Kezdőérték', 'Bázis', 'Bázisérték', 'Kiindulás',
    'Baselines', 'Base', 'خط پایه', 'مقدار مبنا', 'القيمة الأساسية', 'Kiinduló', 'Bázis érték',
  ],
  target: [
    'Target', 'Target value', 'Goal value', 'To',
    'مقدار هدف', 'مقدار مطلوب', 'تارگت', 'هدف عددی',
    'المستهدف', 'القيمة المستهدفة', 'الهدف الرقمي',
    'Célérték', 'Cél érték', 'Elvárt érték',
    'Targets', 'Target values', 'مقدار مورد انتظار', 'هدف کمی', 'القيمة المطلوبة', 'المستهدفات', 'Célértékek',
  ],
  current: [
    'Current', 'Current value', 'Actual', 'Latest', 'Latest value',
    'فعلی', 'مقدار فعلی', 'مقدار کنونی', 'وضعیت فعلی',
    'الحالي', 'القيمة الحالية', 'الفعلي', 'القيمة الفعلية',
    'Aktuális', 'Aktuális érték', 'Jelenlegi érték', 'Tényérték', 'Tény',
    'Actuals', 'Actual value', 'Current values', 'Result', 'Achieved', 'مقدار واقعی', 'عملکرد', 'مقدار محقق شده', 'المحقق', 'القيمة المحققة', 'Tényleges érték', 'Elért érték',
  ],
  unit: [
    'Unit', 'Units', 'Unit of measure', 'UoM',
    'واحد', 'واحد اندازه‌گیری', 'واحد سنجش',
    'الوحدة', 'وحدة القياس',
    'Mértékegység', 'Egység',
  ],
  weight: [
    'Weight', 'Weighting', 'Wt',
    'وزن', 'ضریب', 'وزن نسبی',
    'الوزن', 'الوزن النسبي', 'الترجيح',
    'Súly', 'Súlyozás',
  ],
  confidence: [
    'Confidence', 'Confidence level', 'Confidence score',
    'اطمینان', 'میزان اطمینان', 'سطح اطمینان',
    'الثقة', 'مستوى الثقة', 'درجة الثقة',
    'Magabiztosság', 'Bizalom', 'Bizalmi szint',
  ],
  due: [
    'Due', 'Due date', 'Deadline', 'By', 'End date',
    'سررسید', 'مهلت', 'تاریخ سررسید', 'ددلاین',
    'الموعد النهائي', 'تاريخ الاستحقاق', 'الموعد',
    'Határidő', 'Esedékesség', 'Határnap',
  ],
  score: [
    'Score', 'Grade', 'OKR score', 'Scoring',
    'امتیاز', 'نمره', 'امتیاز OKR',
    'التقييم', 'الدرجة', 'درجة الإنجاز',
    'Pontszám', 'Értékelés', 'Pont',
    'Progress', 'Progress %', '% Progress', '% complete', 'Percent complete', 'Completion', 'Completion %', 'Score %', 'Grade %', 'Average progress', 'پیشرفت', 'درصد پیشرفت', 'میانگین پیشرفت', 'میزان پیشرفت', 'درصد تحقق', 'نمره نهایی', 'التقدم', 'نسبة التقدم', 'نسبة الإنجاز', 'الإنجاز', 'Haladás', 'Előrehaladás', 'Teljesítés', 'Teljesülés',
  ],
  period: [
    'Quarter', 'Period', 'Season', 'OKR period', 'Cycle', 'Timeframe', 'Quarters',
    'فصل', 'سه‌ماهه', 'دوره', 'بازه', 'بازه زمانی', 'فصل اجرا',
    'الربع', 'الفترة', 'الفصل', 'ربع السنة', 'الدورة',
    'Negyedév', 'Időszak', 'Évszak', 'Ciklus',
  ],
  notes: [
    'Notes', 'Note', 'Comments', 'Comment', 'Initiatives', 'Actions', 'Remarks',
    'یادداشت', 'یادداشت‌ها', 'توضیحات', 'اقدامات', 'ابتکارات',
    'ملاحظات', 'الملاحظات', 'المبادرات', 'الإجراءات', 'تعليقات',
    'Megjegyzés', 'Megjegyzések', 'Kezdeményezések', 'Teendők', 'Intézkedések',
  ],
};

export type LabelKey = 'quarter' | 'start' | 'end' | 'asOf';

/** The labels in column A above the header (DESIGN §4). */
export const LABEL_ALIASES: Record<LabelKey, readonly string[]> = {
  quarter: [
    'Quarter', 'Period', 'OKR period', 'Cycle',
    'فصل', 'سه‌ماهه', 'دوره', 'بازه',
    'الربع', 'الفترة', 'ربع السنة', 'الدورة',
    'Negyedév', 'Időszak', 'Ciklus',
  ],
  start: [
    'Start', 'Start date', 'Starts', 'Begins',
    'شروع', 'تاریخ شروع', 'آغاز', 'از تاریخ',
    'البداية', 'تاريخ البدء', 'تاريخ البداية', 'من تاريخ',
    'Kezdés', 'Kezdete', 'Kezdő dátum', 'Kezdőnap',
  ],
  end: [
    'End', 'End date', 'Ends', 'Until',
    'پایان', 'تاریخ پایان', 'تا تاریخ',
    'النهاية', 'تاريخ الانتهاء', 'تاريخ النهاية', 'إلى تاريخ',
    'Vége', 'Befejezés', 'Záró dátum', 'Zárónap',
  ],
  asOf: [
    'As of', 'As-of', 'As of date', 'Report date', 'Status date',
    'تاریخ گزارش', 'به تاریخ', 'تاریخ وضعیت',
    'بتاريخ', 'حتى تاريخ', 'تاريخ التقرير', 'كما في',
    'Állapot napja', 'Dátum szerint', 'Fordulónap', 'Jelentés dátuma',
  ],
};

// Built on first use rather than at load: the bundle is evaluated on every custom-function call.
let headerIndex: Map<string, ColumnKey> | null = null;
let labelIndex: Map<string, LabelKey> | null = null;

function indexOf<K extends string>(aliases: Record<K, readonly string[]>): Map<string, K> {
  const index = new Map<string, K>();
  for (const key of Object.keys(aliases) as K[]) {
    for (const alias of aliases[key]) index.set(normalizeText(alias), key);
  }
  return index;
}

/**
 * Headers that name one column unless that column is already in the row, then another: "Goal" is
 * the objective in `Goal | Key result | Target`, and the target value in `Objective | Key result |
 * Goal | Actual` (a common tracker layout).
 */
export const SECOND_CHOICE: Record<string, ColumnKey> = {
  goal: 'target',
  goals: 'target',
  'هدف': 'target',
  'الهدف': 'target',
  'cel': 'target',
};

// A header in two languages: `عنوان نتیجه کلیدی (Key Result)`, `Key result / نتیجه کلیدی`.
const BILINGUAL_SPLIT = /\s+[/|]\s+|\s*\n\s*/;
const PARENTHESISED = /\(([^()]+)\)\s*$/;

/** The normalized forms a header cell can be read as: as written, each half of a bilingual header. */
function headerForms(text: string): string[] {
  const forms = [normalizeText(text)];
  const inner = PARENTHESISED.exec(String(text).trim());
  if (inner?.[1]) forms.push(normalizeText(inner[1]));
  for (const part of String(text).split(BILINGUAL_SPLIT)) if (part.trim()) forms.push(normalizeText(part));
  return forms.filter((f) => f !== '');
}

/** Whether the header is one that gives way to another column ("Goal" next to "Objective"). */
export function yieldsToOthers(text: string): boolean {
  return headerForms(text).some((f) => SECOND_CHOICE[f] !== undefined);
}

/**
 * The column a header names, or null: `Key results`, `نتایج کلیدی`, `Kulcseredmény`,
 * `عنوان نتیجه کلیدی (Key Result)` → keyResult. With `taken`, a header whose first choice is taken
 * by another column of the row gives its second choice ("Goal" → target when there is an Objective).
 */
export function matchHeader(text: string, taken?: ReadonlySet<ColumnKey>): ColumnKey | null {
  headerIndex ??= indexOf(HEADER_ALIASES);
  for (const form of headerForms(text)) {
    const key = headerIndex.get(form);
    if (!key) continue;
    const second = SECOND_CHOICE[form];
    if (taken?.has(key) && second && !taken.has(second)) return second;
    return key;
  }
  return null;
}

/** The label a column-A cell above the header names, or null: `As of`, `به تاریخ` → asOf. */
export function matchLabel(text: string): LabelKey | null {
  labelIndex ??= indexOf(LABEL_ALIASES);
  return labelIndex.get(normalizeText(text)) ?? null;
}

type FieldKey = ColumnKey | LabelKey | 'quarterStart' | 'quarterEnd';

/** Column and label names as the template of each language writes them. */
const FIELD_LABELS: Record<Language, Record<FieldKey, string>> = {
  en: {
    team: 'Team', objectiveId: 'Objective ID', objective: 'Objective', parent: 'Parent',
    commitment: 'Commitment', keyResult: 'Key result', owner: 'Owner', type: 'Type',
    start: 'Start', target: 'Target', current: 'Current', unit: 'Unit', weight: 'Weight',
    confidence: 'Confidence', due: 'Due', score: 'Score', notes: 'Notes',
    period: 'Period', quarter: 'Quarter', end: 'End', asOf: 'As of', quarterStart: 'Start date', quarterEnd: 'End date',
  },
  fa: {
    team: 'تیم', objectiveId: 'شناسه هدف', objective: 'هدف', parent: 'والد',
    commitment: 'تعهد', keyResult: 'نتیجه کلیدی', owner: 'مسئول', type: 'نوع',
    start: 'شروع', target: 'مقدار هدف', current: 'مقدار فعلی', unit: 'واحد', weight: 'وزن',
    confidence: 'اطمینان', due: 'سررسید', score: 'امتیاز', notes: 'یادداشت',
    period: 'دوره', quarter: 'فصل', end: 'پایان', asOf: 'تاریخ گزارش', quarterStart: 'تاریخ شروع', quarterEnd: 'تاریخ پایان',
  },
  ar: {
    team: 'الفريق', objectiveId: 'معرف الهدف', objective: 'الهدف', parent: 'الهدف الأعلى',
    commitment: 'الالتزام', keyResult: 'النتيجة الرئيسية', owner: 'المسؤول', type: 'النوع',
    start: 'البداية', target: 'المستهدف', current: 'القيمة الحالية', unit: 'الوحدة', weight: 'الوزن',
    confidence: 'الثقة', due: 'تاريخ الاستحقاق', score: 'التقييم', notes: 'ملاحظات',
    period: 'الفترة', quarter: 'الربع', end: 'النهاية', asOf: 'بتاريخ', quarterStart: 'تاريخ البدء', quarterEnd: 'تاريخ الانتهاء',
  },
  hu: {
    team: 'Csapat', objectiveId: 'Célkitűzés azonosító', objective: 'Célkitűzés', parent: 'Szülőcél',
    commitment: 'Vállalás', keyResult: 'Kulcseredmény', owner: 'Felelős', type: 'Típus',
    start: 'Kiinduló érték', target: 'Célérték', current: 'Aktuális érték', unit: 'Mértékegység', weight: 'Súly',
    confidence: 'Magabiztosság', due: 'Határidő', score: 'Pontszám', notes: 'Megjegyzés',
    period: 'Időszak', quarter: 'Negyedév', end: 'Vége', asOf: 'Állapot napja', quarterStart: 'Kezdés', quarterEnd: 'Vége',
  },
};

/** The localized name of a column or label (`target` → `Célérték`); an unknown field as given. */
export function fieldLabel(lang: Language, field: string): string {
  const labels = Object.prototype.hasOwnProperty.call(FIELD_LABELS, lang) ? FIELD_LABELS[lang] : FIELD_LABELS.en;
  return Object.prototype.hasOwnProperty.call(labels, field) ? labels[field as FieldKey] : field;
}
