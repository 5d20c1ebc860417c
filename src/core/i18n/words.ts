// The words typed into the Type, Commitment and Current cells, and the words the add-on writes
// for types, statuses and bands, in English, Persian, Arabic and Hungarian.
import type { Band, CellValue, Commitment, KrType, Language, PaceStatus } from '../model';
import { isBlank, isSheetsError, parseNumber } from '../numbers';
import { normalizeText } from './text';

function pick<T>(table: Record<Language, T>, lang: Language): T {
  return Object.prototype.hasOwnProperty.call(table, lang) ? table[lang] : table.en;
}

const TYPE_WORDS: Record<KrType, readonly string[]> = {
  increase: [
    'increase',
    'increasing',
    'inc',
    'up',
    'raise',
    'grow',
    'growth',
    'higher is better',
    'افزایش',
    'افزایشی',
    'رشد',
    'بیشتر بهتر',
    'زيادة',
    'تصاعدي',
    'ارتفاع',
    'نمو',
    'növelés',
    'növekedés',
    'növekvő',
    'emelés',
  ],
  decrease: [
    'decrease',
    'decreasing',
    'dec',
    'down',
    'reduce',
    'reduction',
    'lower is better',
    'کاهش',
    'کاهشی',
    'کمتر بهتر',
    'خفض',
    'تخفيض',
    'تنازلي',
    'تقليل',
    'انخفاض',
    'csökkentés',
    'csökkenés',
    'csökkenő',
  ],
  atLeast: [
    'at least',
    'at-least',
    'atleast',
    'min',
    'minimum',
    '>=',
    '≥',
    'no less than',
    'stay above',
    'keep above',
    'حداقل',
    'دست‌کم',
    'کمینه',
    'نه کمتر از',
    'على الأقل',
    'حد أدنى',
    'الحد الأدنى',
    'لا يقل عن',
    'legalább',
    'nem kevesebb mint',
    'alsó határ',
  ],
  atMost: [
    'at most',
    'at-most',
    'atmost',
    'max',
    'maximum',
    '<=',
    '≤',
    'no more than',
    'stay below',
    'keep below',
    'حداکثر',
    'بیشینه',
    'نه بیشتر از',
    'على الأكثر',
    'حد أقصى',
    'الحد الأقصى',
    'لا يزيد عن',
    'legfeljebb',
    'nem több mint',
    'felső határ',
  ],
  milestone: [
    'milestone',
    'binary',
    'boolean',
    'yes/no',
    'done/not done',
    'checkbox',
    'نقطه عطف',
    'گام کلیدی',
    'دودویی',
    'بله/خیر',
    'مرحلة رئيسية',
    'معلم رئيسي',
    'ثنائي',
    'نعم/لا',
    'mérföldkő',
    'igen/nem',
    'bináris',
  ],
  grade: [
    'grade',
    'score',
    'graded',
    'rating',
    'self-score',
    'self score',
    'نمره',
    'امتیاز',
    'ارزیابی',
    'درجة',
    'تقييم',
    'علامة',
    'pontszám',
    'értékelés',
    'osztályzat',
  ],
};

/**
 * Type words of trackers that name a kind of number rather than a direction (`Metric`, `Number`,
 * `KPI`): the direction comes from Start and Target. `percentage` also says the values are per cent.
 */
const NUMERIC_TYPE_WORDS: readonly string[] = [
  'metric',
  'number',
  'numeric',
  'kpi',
  'value',
  'quantity',
  'count',
  'measurable',
  'عددی',
  'متریک',
  'شاخص',
  'کمی',
  'مقدار',
  'رقمي',
  'عددي',
  'مقياس',
  'مؤشر',
  'كمي',
  'قيمة',
  'szám',
  'számszerű',
  'numerikus',
  'mérőszám',
  'metrika',
  'mennyiség',
  'érték',
];

const PERCENT_TYPE_WORDS: readonly string[] = [
  'percentage',
  'percent',
  '%',
  'pct',
  'درصد',
  'درصدی',
  '٪',
  'نسبة',
  'نسبة مئوية',
  'مئوي',
  'مئوية',
  'százalék',
  'százalékos',
  'arány',
];

const TYPE_LABELS: Record<Language, Record<KrType, string>> = {
  en: { increase: 'increase', decrease: 'decrease', atLeast: 'at least', atMost: 'at most', milestone: 'milestone', grade: 'grade' },
  fa: { increase: 'افزایشی', decrease: 'کاهشی', atLeast: 'حداقل', atMost: 'حداکثر', milestone: 'نقطه عطف', grade: 'نمره' },
  ar: { increase: 'زيادة', decrease: 'خفض', atLeast: 'على الأقل', atMost: 'على الأكثر', milestone: 'مرحلة رئيسية', grade: 'درجة' },
  hu: { increase: 'növelés', decrease: 'csökkentés', atLeast: 'legalább', atMost: 'legfeljebb', milestone: 'mérföldkő', grade: 'pontszám' },
};

/**
 * Words meaning a committed objective, lowercase and as typed (with the Arabic-letter spellings
 * of the Persian ones), for a conditional-format formula that compares the cell to each word.
 */
export const COMMITTED_WORDS: readonly string[] = [
  'committed',
  'commit',
  'تعهدی',
  'تعهدي',
  'متعهد',
  'قطعی',
  'قطعي',
  'الزامی',
  'الزامي',
  'ملتزم',
  'ملتزمة',
  'التزام',
  'إلزامي',
  'vállalt',
  'kötelező',
  'elkötelezett',
];

const ASPIRATIONAL_WORDS: readonly string[] = [
  'aspirational',
  'aspiration',
  'stretch',
  'moonshot',
  'moon shot',
  'roofshot',
  'roof shot',
  'ambitious',
  'بلندپروازانه',
  'بلندپروازی',
  'آرمانی',
  'جاه‌طلبانه',
  'طموح',
  'طموحة',
  'تطلعي',
  'ambiciózus',
  'inspiráló',
  'törekvés',
  'kihívást jelentő',
];

const COMMITMENT_LABELS: Record<Language, Record<Commitment, string>> = {
  en: { committed: 'committed', aspirational: 'aspirational' },
  fa: { committed: 'تعهدی', aspirational: 'بلندپروازانه' },
  ar: { committed: 'ملتزم', aspirational: 'طموح' },
  hu: { committed: 'vállalt', aspirational: 'ambiciózus' },
};

const DONE_WORDS: readonly string[] = [
  'true',
  'done',
  'yes',
  'y',
  '✓',
  '✔',
  '✅',
  '☑',
  'x',
  'complete',
  'completed',
  'finished',
  'achieved',
  'انجام شد',
  'انجام شده',
  'بله',
  'بلی',
  'آره',
  'تمام',
  'تمام شد',
  'تکمیل',
  'تکمیل شد',
  'تحقق یافت',
  'تم',
  'نعم',
  'منجز',
  'منجزة',
  'مكتمل',
  'أنجز',
  'تم الإنجاز',
  'تحقق',
  'kész',
  'igen',
  'teljesítve',
  'teljesült',
  'elkészült',
  'megvan',
];

const NOT_DONE_WORDS: readonly string[] = [
  'false',
  'no',
  'n',
  'not done',
  'pending',
  'not started',
  'open',
  'todo',
  'to do',
  'in progress',
  '✗',
  '✘',
  '❌',
  '☐',
  'خیر',
  'نه',
  'انجام نشده',
  'انجام نشد',
  'ناتمام',
  'در حال انجام',
  'هنوز نه',
  'شروع نشده',
  'شروع‌نشده',
  'لا',
  'لم يبدأ',
  'لم تبدأ',
  'لم يتم',
  'غير منجز',
  'قيد التنفيذ',
  'معلق',
  'لم ينجز',
  'nem',
  'nincs kész',
  'folyamatban',
  'függőben',
  'nem teljesült',
  'nem kezdődött el',
  'nem kezdődött meg',
  'nincs elkezdve',
];

const STATUS_LABELS: Record<Language, Record<PaceStatus, string>> = {
  en: { done: 'done', onTrack: 'on track', atRisk: 'at risk', offTrack: 'off track', notStarted: 'not started' },
  fa: { done: 'انجام شد', onTrack: 'در مسیر', atRisk: 'در خطر', offTrack: 'عقب از برنامه', notStarted: 'شروع نشده' },
  ar: { done: 'منجز', onTrack: 'على المسار', atRisk: 'في خطر', offTrack: 'متأخر', notStarted: 'لم يبدأ' },
  hu: { done: 'kész', onTrack: 'jól halad', atRisk: 'veszélyben', offTrack: 'lemaradásban', notStarted: 'nem kezdődött el' },
};

const BAND_LABELS: Record<Language, Record<Band, string>> = {
  en: { green: 'green', yellow: 'yellow', red: 'red' },
  fa: { green: 'سبز', yellow: 'زرد', red: 'قرمز' },
  ar: { green: 'أخضر', yellow: 'أصفر', red: 'أحمر' },
  hu: { green: 'zöld', yellow: 'sárga', red: 'piros' },
};

// Built on first use rather than at load: the bundle is evaluated on every custom-function call.
let typeIndex: Map<string, KrType> | null = null;
let commitmentIndex: Map<string, Commitment> | null = null;
let doneIndex: Map<string, boolean> | null = null;

function addAll<V>(index: Map<string, V>, words: readonly string[], value: V): Map<string, V> {
  for (const w of words) index.set(normalizeText(w), value);
  return index;
}

/** The key-result type a word names, in any language: `at least`, `حداقل`, `legfeljebb`, `milestone`. */
export function parseKrType(text: string): KrType | null {
  if (!typeIndex) {
    typeIndex = new Map();
    for (const type of Object.keys(TYPE_WORDS) as KrType[]) {
      addAll(typeIndex, TYPE_WORDS[type], type);
      for (const lang of Object.keys(TYPE_LABELS) as Language[]) addAll(typeIndex, [TYPE_LABELS[lang][type]], type);
    }
  }
  return typeIndex.get(normalizeText(text)) ?? null;
}

let aliasIndex: Map<string, 'numeric' | 'percentage'> | null = null;

/**
 * A type word that names a kind of number, not a direction, in any language: `numeric` for
 * `Metric`, `Number`, `KPI`, `عددی`, `mérőszám`…; `percentage` for `Percentage`, `درصدی`, `százalékos`…
 * Null for anything else (including the direction words of `parseKrType`).
 */
export function parseTypeAlias(text: string): 'numeric' | 'percentage' | null {
  if (!aliasIndex) {
    aliasIndex = new Map();
    addAll(aliasIndex, NUMERIC_TYPE_WORDS, 'numeric');
    addAll(aliasIndex, PERCENT_TYPE_WORDS, 'percentage');
  }
  return aliasIndex.get(normalizeText(text)) ?? null;
}

/** Confidence words on the 0–10 scale: high 8, medium 5, low 2 (in all four languages). */
const CONFIDENCE_WORDS: Record<'high' | 'medium' | 'low', readonly string[]> = {
  high: ['high', 'hi', 'confident', 'زیاد', 'بالا', 'عالی', 'عالية', 'عالي', 'مرتفعة', 'مرتفع', 'magas'],
  medium: ['medium', 'med', 'mid', 'moderate', 'متوسط', 'متوسطة', 'میانه', 'közepes'],
  low: ['low', 'lo', 'not confident', 'کم', 'پایین', 'منخفضة', 'منخفض', 'ضعيفة', 'alacsony'],
};

/** The 0–10 value of each confidence word (README "Scoring rules"). */
export const CONFIDENCE_WORD_VALUES = { high: 8, medium: 5, low: 2 } as const;

let confidenceIndex: Map<string, number> | null = null;

/**
 * Words that say a key result goes down: reduce, cut, lower, decrease, shrink, minimise (en);
 * کاهش (fa); خفض, تخفيض, تقليل, خفّض (ar); csökkent…, mérsékel… (hu, any ending). The first such
 * word in the text, or null. A key result whose text says down while its Start → Target goes up
 * is an issue (parse.ts, KR_TEXT_SAYS_DECREASE), never scored as an increase.
 */
export function decreaseWordIn(text: string): string | null {
  const m = DECREASE_TEXT.exec(text.normalize('NFC'));
  return m ? m[0] : null;
}

const DECREASE_TEXT = new RegExp(
  [
    String.raw`\b(?:reduce|reduces|reducing|reduction|cut|cuts|cutting|lower|lowering|decrease|decreases|decreasing|shrink|shrinking|minimi[sz]e|minimi[sz]ing)\b`,
    String.raw`کاهش|کم\s*کردن`,
    'خفض|خفّض|تخفيض|تقليل|تقليص',
    String.raw`(?:^|[^\p{L}])(?:csökkent|mérsékel|mérsékl)\p{L}*`,
  ].join('|'),
  'iu',
);

/**
 * Words that say a key result goes up: grow, increase, raise, boost, double, expand (en); افزایش,
 * رشد (fa); زيادة, رفع, تنمية, مضاعفة (ar); növel…, emel…, bővít… (hu, any ending). The first such
 * word in the text, or null. The mirror of `decreaseWordIn`: text that says up while Start → Target
 * goes down is an issue (parse.ts, KR_TEXT_SAYS_INCREASE), never scored as a decrease.
 */
export function increaseWordIn(text: string): string | null {
  const m = INCREASE_TEXT.exec(text.normalize('NFC'));
  return m ? m[0] : null;
}

const INCREASE_TEXT = new RegExp(
  [
    String.raw`\b(?:grow|grows|growing|growth|increase|increases|increasing|raise|raises|raising|boost|boosts|boosting|double|doubling|triple|tripling|expand|expanding)\b`,
    String.raw`افزایش|رشد|بالا\s*بردن`,
    String.raw`زيادة|تنمية|مضاعفة|(?<!\p{L})[وب]?رفع`,
    String.raw`(?:^|[^\p{L}])(?:növel|növek|emel|bővít|gyarapít|megdupláz)\p{L}*`,
  ].join('|'),
  'iu',
);

/** The 0–10 confidence a word names (`High` 8, `متوسط` 5, `alacsony` 2); null for anything else. */
export function parseConfidenceWord(text: string): number | null {
  if (!confidenceIndex) {
    confidenceIndex = new Map();
    for (const level of ['high', 'medium', 'low'] as const) addAll(confidenceIndex, CONFIDENCE_WORDS[level], CONFIDENCE_WORD_VALUES[level]);
  }
  return confidenceIndex.get(normalizeText(text)) ?? null;
}

export function typeLabel(lang: Language, type: KrType): string {
  return pick(TYPE_LABELS, lang)[type] ?? type;
}

/** `committed` or `aspirational` from a word in any language (`stretch` is aspirational); else null. */
export function parseCommitment(text: string): Commitment | null {
  if (!commitmentIndex) {
    commitmentIndex = new Map();
    addAll(commitmentIndex, COMMITTED_WORDS, 'committed');
    addAll(commitmentIndex, ASPIRATIONAL_WORDS, 'aspirational');
  }
  return commitmentIndex.get(normalizeText(text)) ?? null;
}

export function commitmentLabel(lang: Language, commitment: Commitment): string {
  return pick(COMMITMENT_LABELS, lang)[commitment] ?? commitment;
}

/**
 * Whether a milestone's Current cell says done: true for a ticked checkbox, 1, `done`, `✓`, `بله`,
 * `تم`, `kész`…; false for an unticked box, 0, a blank, `not done`, `خیر`, `لا`, `nem`…; null for
 * anything else, which is worth an issue rather than a guess.
 */
export function isDoneWord(v: CellValue): boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : null;
  if (isBlank(v)) return false;
  if (typeof v !== 'string' || isSheetsError(v)) return null;
  const n = parseNumber(v);
  if (n.ok) return n.value === 1 ? true : n.value === 0 ? false : null;
  if (!doneIndex) {
    doneIndex = new Map();
    addAll(doneIndex, DONE_WORDS, true);
    addAll(doneIndex, NOT_DONE_WORDS, false);
  }
  return doneIndex.get(normalizeText(v)) ?? null;
}

/** en: `done`, `on track`, `at risk`, `off track`, `not started`. */
export function statusLabel(lang: Language, status: PaceStatus): string {
  return pick(STATUS_LABELS, lang)[status] ?? status;
}

/** en: `green`, `yellow`, `red`. */
export function bandLabel(lang: Language, band: Band): string {
  return pick(BAND_LABELS, lang)[band] ?? band;
}
