import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMITTED_WORDS,
  HEADER_ALIASES,
  LABEL_ALIASES,
  MESSAGES,
  bandLabel,
  commitmentLabel,
  fieldLabel,
  formatMessage,
  isDoneWord,
  matchHeader,
  matchLabel,
  normalizeText,
  parseCommitment,
  parseKrType,
  statusLabel,
  typeLabel,
} from '../../src/core/i18n';
import { COLUMN_KEYS, KR_TYPES, LANGUAGES, type CellValue, type PaceStatus } from '../../src/core/model';

/** Every validation message and the placeholders it takes (DESIGN §6). */
const MESSAGE_PARAMS: Record<string, readonly string[]> = {
  HEADER_NOT_FOUND: ['sheet'],
  COLUMN_MISSING: ['column'],
  MAPPING_HEADER_GONE: ['column', 'header'],
  KR_MULTI_LINE: ['count'],
  SCORE_AUDIT_IGNORES_BASELINE: ['theirs', 'ours', 'cells'],
  SCORE_AUDIT_DECREASE_RATIO: ['theirs', 'ours', 'cells'],
  SCORE_AUDIT_MIXED_SCALE: ['theirs', 'ours', 'cells'],
  SCORE_AUDIT_CAPS_BELOW_ZERO: ['ours', 'cells'],
  SCORE_AUDIT_DIFFERS: ['theirs', 'ours', 'cells'],
  MAPPING_HEADER_AMBIGUOUS: ['column', 'header', 'cells'],
  KR_NO_OBJECTIVE: [],
  VALUE_MISSING: ['field'],
  VALUE_NOT_NUMBER: ['field', 'text'],
  VALUE_AMBIGUOUS: ['field', 'text'],
  VALUE_ERROR: ['field', 'text'],
  VALUE_IS_DATE: ['field', 'text'],
  KR_START_EQUALS_TARGET: ['value'],
  KR_MIXED_SCALE: ['cells'],
  KR_GRADE_OUT_OF_RANGE: ['text'],
  KR_GRADE_OUT_OF_RANGE_100: ['text'],
  MILESTONE_COUNT_NEEDED: ['text', 'target'],
  KR_UNKNOWN_TYPE: ['text'],
  KR_TYPE_UNKNOWN_VALUES: [],
  MILESTONE_NOT_DONE_WORD: ['text'],
  OBJ_DUPLICATE_ID: ['id', 'first'],
  OBJ_PARENT_NOT_FOUND: ['parent'],
  OBJ_ALIGNMENT_CYCLE: ['path'],
  KR_WEIGHT_INVALID: ['text'],
  DATE_UNPARSABLE: ['field', 'text'],
  DATE_IMPLAUSIBLE: ['field', 'text', 'year'],
  DATE_READ_AS_SOLAR_HIJRI: ['field', 'text', 'date'],
  PERIOD_LABEL_ERROR: ['text'],
  PERIOD_ROW_UNREADABLE: ['text'],
  PERIOD_ROWS_SEVERAL: ['periods'],
  PERIOD_END_BEFORE_START: ['start', 'end'],
  PERIOD_EMPTY: ['start'],
  PERIOD_TOO_LONG: ['start', 'end', 'days'],
  KR_DUE_OUTSIDE_QUARTER: ['due', 'start', 'end'],
  COMMITMENT_UNKNOWN: ['text'],
  OBJ_COMMITMENT_CONFLICT: ['cells'],
  KR_TEXT_SAYS_DECREASE: ['word', 'start', 'target'],
  KR_TEXT_SAYS_INCREASE: ['word', 'start', 'target'],
  KR_TEXT_SAYS_INCREASE_NO_TYPE: ['word', 'start', 'target'],
  OBJECTIVES_TAB_GONE: ['tab'],
  OBJ_TEXT_BY_ID_ONLY: ['column'],
  PERIOD_LABEL_UNREAD: ['text', 'label'],
  PERIOD_LABEL_MISMATCH: ['label', 'start', 'end'],
  OBJ_LINK_ERROR: ['id', 'tab', 'text'],
  PERIODIC_SLOT_TWICE: ['first', 'second'],
  OBJ_ID_NOT_LINKED: ['id', 'tab'],
  OBJ_ID_AMBIGUOUS_LINK: ['id', 'tab'],
  KR_TEXT_SAYS_DECREASE_NO_TYPE: ['word', 'start', 'target'],
  CONFIDENCE_SCALE_AMBIGUOUS: ['text'],
  CONFIDENCE_OUT_OF_RANGE: ['text'],
  PERIOD_UNKNOWN: [],
  OBJ_TOO_FEW_KRS: ['count', 'min'],
  OBJ_TOO_MANY_KRS: ['count', 'max'],
  TEAM_TOO_MANY_OBJECTIVES: ['team', 'count', 'max'],
  OBJ_HAS_NUMBER: [],
  KR_NO_NUMBER: [],
  KR_PERCENT_NO_BASELINE: [],
  KR_NO_OWNER: [],
  KR_TYPE_CONTRADICTS: ['type'],
  KR_ALREADY_MET: [],
  KR_NO_CHECKIN: ['elapsed'],
  KR_STALE: ['days', 'last', 'limit'],
  KR_STALE_NEVER: ['days', 'limit'],
  QUARTER_TOO_EASY: ['score'],
  OBJ_COMMITTED_MISSED: ['score'],
  OBJ_NO_SCORE: [],
  SCORE_COLUMN_IN_USE: [],
  SCORE_BLOCKED: [],
};

// Plural placeholders `{count, plural, …}` count as `{count}`.
const placeholders = (template: string) => [...template.matchAll(/\{\s*(\w+)\s*(?:\}|,\s*plural\s*,)/g)].map((m) => m[1] ?? '').sort();
const unique = (xs: readonly string[]) => [...new Set(xs)].sort();

/** Normalized aliases that appear under more than one key of a table. */
function sharedAliases(table: Record<string, readonly string[]>): string[] {
  const owner = new Map<string, string>();
  const shared: string[] = [];
  for (const [key, aliases] of Object.entries(table)) {
    for (const alias of aliases) {
      const n = normalizeText(alias);
      const first = owner.get(n);
      if (first !== undefined && first !== key) shared.push(`${alias} (${first}, ${key})`);
      owner.set(n, key);
    }
  }
  return shared;
}

describe('normalizeText', () => {
  it.each([
    ['  Key   Result  ', 'key result'],
    ['Target (%)', 'target'],
    ['Owner:', 'owner'],
    ['Due *', 'due'],
    ['* Weight [0–1]', 'weight'],
    ['Kulcseredmény', 'kulcseredmeny'],
    ['Felelős', 'felelos'],
    ['الْهَدَفُ', 'الهدف'],
    ['الهـــدف', 'الهدف'],
    ['مسؤولي', 'مسوولی'],
    ['كيفي', 'کیفی'],
    ['سه‌ماهه', 'سه ماهه'],
    ['۱۴۰۵', '1405'],
    ['٢٠٢٦', '2026'],
    ['\u200fهدف\u200f', 'هدف'],
    ['✔️', '✔'],
  ])('normalizes %j to %j', (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });

  it('treats Arabic and Persian spellings of the same word alike', () => {
    expect(normalizeText('شمسي')).toBe(normalizeText('شمسی'));
    expect(normalizeText('الأساس')).toBe(normalizeText('الاساس'));
  });

  it('reads ASCII text (its fast path) exactly as it reads the same text through every step', () => {
    // A zero-width space is removed by the full path and sends the text down it.
    const asciiText = fc.string({ unit: fc.constantFrom(...' \t\n*:()[].?!,;-_%KeyResultOwnerTgt0129') });
    fc.assert(
      fc.property(asciiText, (s) => {
        expect(normalizeText(s)).toBe(normalizeText(`${s}\u200b`));
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
      }),
    );
  });
});

describe('header aliases', () => {
  it('has aliases for every column in all four languages', () => {
    for (const key of COLUMN_KEYS) {
      const aliases = HEADER_ALIASES[key];
      expect(
        aliases.some((a) => /^[\x20-\x7e]+$/.test(a)),
        `${key}: English`,
      ).toBe(true);
      expect(
        aliases.some((a) => /[\u06a9\u06cc\u067e\u0686\u06af\u0698]|[\u0600-\u06ff]/.test(a)),
        `${key}: Persian/Arabic`,
      ).toBe(true);
      expect(aliases.length, key).toBeGreaterThanOrEqual(8);
    }
  });

  it('never gives one alias to two columns', () => {
    expect(sharedAliases(HEADER_ALIASES)).toEqual([]);
  });

  it('never gives one label alias to two labels', () => {
    expect(sharedAliases(LABEL_ALIASES)).toEqual([]);
  });

  it('matches every alias to its own column', () => {
    for (const key of COLUMN_KEYS) {
      for (const alias of HEADER_ALIASES[key]) expect(matchHeader(alias), alias).toBe(key);
    }
  });

  it.each([
    ['Key result', 'keyResult'],
    ['KR', 'keyResult'],
    ['key results', 'keyResult'],
    ['نتیجه کلیدی', 'keyResult'],
    ['نتايج کليدي', 'keyResult'],
    ['النتائج الرئيسية', 'keyResult'],
    ['Kulcseredmények', 'keyResult'],
    ['Baseline', 'start'],
    ['خط مبنا', 'start'],
    ['خط الاساس', 'start'],
    ['Kezdőérték', 'start'],
    ['Objective ID', 'objectiveId'],
    ['شناسه هدف', 'objectiveId'],
    ['معرف الهدف', 'objectiveId'],
    ['Cél ID', 'objectiveId'],
    ['Target (%)', 'target'],
    ['Weight:', 'weight'],
    ['CONFIDENCE', 'confidence'],
  ] as const)('reads the header %j as %s', (text, key) => {
    expect(matchHeader(text)).toBe(key);
  });

  it.each(['', 'Status', 'Budget', 'Key'])('does not match %j', (text) => {
    expect(matchHeader(text)).toBeNull();
  });

  it('recognises its own localized column names as headers', () => {
    for (const lang of LANGUAGES) {
      for (const key of COLUMN_KEYS) expect(matchHeader(fieldLabel(lang, key)), `${lang} ${key}`).toBe(key);
    }
  });
});

describe('label aliases', () => {
  it.each([
    ['Quarter', 'quarter'],
    ['فصل', 'quarter'],
    ['سه‌ماهه', 'quarter'],
    ['سه ماهه', 'quarter'],
    ['الربع', 'quarter'],
    ['Negyedév', 'quarter'],
    ['Start:', 'start'],
    ['تاریخ شروع', 'start'],
    ['تاريخ البدء', 'start'],
    ['Kezdete', 'start'],
    ['End', 'end'],
    ['پایان', 'end'],
    ['النهاية', 'end'],
    ['Befejezés', 'end'],
    ['As of', 'asOf'],
    ['به تاریخ', 'asOf'],
    ['حتى تاريخ', 'asOf'],
    ['Állapot napja', 'asOf'],
  ] as const)('reads the label %j as %s', (text, key) => {
    expect(matchLabel(text)).toBe(key);
  });

  it('recognises its own localized label names', () => {
    for (const lang of LANGUAGES) {
      expect(matchLabel(fieldLabel(lang, 'quarter'))).toBe('quarter');
      expect(matchLabel(fieldLabel(lang, 'quarterStart'))).toBe('start');
      expect(matchLabel(fieldLabel(lang, 'quarterEnd'))).toBe('end');
      expect(matchLabel(fieldLabel(lang, 'asOf'))).toBe('asOf');
    }
  });

  it('does not match other text', () => {
    expect(matchLabel('Objective')).toBeNull();
  });
});

describe('key-result types', () => {
  it.each([
    ['increase', 'increase'],
    ['Increase', 'increase'],
    ['decrease', 'decrease'],
    ['at least', 'atLeast'],
    ['at-least', 'atLeast'],
    ['atLeast', 'atLeast'],
    ['min', 'atLeast'],
    ['≥', 'atLeast'],
    ['at most', 'atMost'],
    ['max', 'atMost'],
    ['milestone', 'milestone'],
    ['binary', 'milestone'],
    ['grade', 'grade'],
    ['score', 'grade'],
    ['افزایشی', 'increase'],
    ['کاهش', 'decrease'],
    ['حداقل', 'atLeast'],
    ['حداکثر', 'atMost'],
    ['حداكثر', 'atMost'],
    ['نقطه عطف', 'milestone'],
    ['زيادة', 'increase'],
    ['خفض', 'decrease'],
    ['على الأقل', 'atLeast'],
    ['على الأكثر', 'atMost'],
    ['növelés', 'increase'],
    ['csökkentés', 'decrease'],
    ['legalább', 'atLeast'],
    ['legfeljebb', 'atMost'],
    ['mérföldkő', 'milestone'],
  ] as const)('reads %j as %s', (text, type) => {
    expect(parseKrType(text)).toBe(type);
  });

  it.each(['', 'more or less', 'sometimes', 'KPI'])('does not guess %j', (text) => {
    expect(parseKrType(text)).toBeNull();
  });

  it('reads back every type label it writes, in every language', () => {
    for (const lang of LANGUAGES) {
      const labels = KR_TYPES.map((t) => typeLabel(lang, t));
      expect(unique(labels).length, lang).toBe(KR_TYPES.length);
      for (const type of KR_TYPES) expect(parseKrType(typeLabel(lang, type)), `${lang} ${type}`).toBe(type);
    }
  });
});

describe('commitment', () => {
  it.each([
    ['committed', 'committed'],
    ['Committed', 'committed'],
    ['aspirational', 'aspirational'],
    ['stretch', 'aspirational'],
    ['تعهدی', 'committed'],
    ['متعهد', 'committed'],
    ['بلندپروازانه', 'aspirational'],
    ['ملتزم', 'committed'],
    ['طموح', 'aspirational'],
    ['vállalt', 'committed'],
    ['ambiciózus', 'aspirational'],
  ] as const)('reads %j as %s', (text, commitment) => {
    expect(parseCommitment(text)).toBe(commitment);
  });

  it('does not guess other words', () => {
    expect(parseCommitment('maybe')).toBeNull();
    expect(parseCommitment('')).toBeNull();
  });

  it('lists committed words a Sheets formula can compare against: plain lowercase text', () => {
    expect(COMMITTED_WORDS).toContain('committed');
    for (const word of COMMITTED_WORDS) {
      expect(word).toBe(word.toLowerCase().trim());
      expect(word).not.toMatch(/["\\*?~]/);
      expect(parseCommitment(word), word).toBe('committed');
    }
  });

  it('includes committed words in all four languages', () => {
    for (const lang of LANGUAGES) expect(COMMITTED_WORDS).toContain(commitmentLabel(lang, 'committed'));
  });

  it('reads back its own commitment labels', () => {
    for (const lang of LANGUAGES) {
      expect(parseCommitment(commitmentLabel(lang, 'committed'))).toBe('committed');
      expect(parseCommitment(commitmentLabel(lang, 'aspirational'))).toBe('aspirational');
    }
  });
});

describe('isDoneWord', () => {
  it.each<[CellValue, boolean]>([
    [true, true],
    [1, true],
    ['1', true],
    ['100%', true],
    ['done', true],
    ['Done', true],
    ['yes', true],
    ['Y', true],
    ['✓', true],
    ['✔', true],
    ['✔️', true],
    ['x', true],
    ['complete', true],
    ['completed', true],
    ['انجام شد', true],
    ['بله', true],
    ['تمام', true],
    ['تم', true],
    ['نعم', true],
    ['منجز', true],
    ['kész', true],
    ['igen', true],
    ['teljesítve', true],
  ])('reads %j as done', (v, expected) => {
    expect(isDoneWord(v)).toBe(expected);
  });

  it.each<[CellValue, boolean]>([
    [false, false],
    [0, false],
    ['0', false],
    ['', false],
    [null, false],
    ['no', false],
    ['not done', false],
    ['pending', false],
    ['خیر', false],
    ['خير', false],
    ['نه', false],
    ['لا', false],
    ['nem', false],
    ['nincs kész', false],
  ])('reads %j as not done', (v, expected) => {
    expect(isDoneWord(v)).toBe(expected);
  });

  it.each<[CellValue]>([[0.5], [2], [-1], ['50%'], ['maybe'], ['#N/A'], [new Date(0)]])('cannot tell from %j', (v) => {
    expect(isDoneWord(v)).toBeNull();
  });
});

describe('status and band labels', () => {
  it('writes the English statuses exactly', () => {
    const statuses: PaceStatus[] = ['done', 'onTrack', 'atRisk', 'offTrack', 'notStarted'];
    expect(statuses.map((s) => statusLabel('en', s))).toEqual(['done', 'on track', 'at risk', 'off track', 'not started']);
  });

  it('writes the English bands exactly', () => {
    expect([bandLabel('en', 'green'), bandLabel('en', 'yellow'), bandLabel('en', 'red')]).toEqual(['green', 'yellow', 'red']);
  });

  it('has distinct, translated statuses and bands in every language', () => {
    const statuses: PaceStatus[] = ['done', 'onTrack', 'atRisk', 'offTrack', 'notStarted'];
    for (const lang of LANGUAGES) {
      expect(unique(statuses.map((s) => statusLabel(lang, s))).length, lang).toBe(5);
      expect(unique((['green', 'yellow', 'red'] as const).map((b) => bandLabel(lang, b))).length, lang).toBe(3);
      if (lang !== 'en') {
        expect(statusLabel(lang, 'onTrack')).not.toBe(statusLabel('en', 'onTrack'));
        expect(bandLabel(lang, 'green')).not.toBe('green');
      }
    }
  });

  it('gives Persian and Arabic statuses in their own script', () => {
    expect(statusLabel('fa', 'atRisk')).toBe('در خطر');
    expect(statusLabel('ar', 'onTrack')).toBe('على المسار');
  });
});

describe('messages', () => {
  it('has every validation message, and only those, in every language', () => {
    for (const lang of LANGUAGES) expect(Object.keys(MESSAGES[lang]).sort(), lang).toEqual(Object.keys(MESSAGE_PARAMS).sort());
  });

  it('uses the same placeholders in every language', () => {
    for (const [key, params] of Object.entries(MESSAGE_PARAMS)) {
      for (const lang of LANGUAGES) {
        expect(unique(placeholders(MESSAGES[lang][key] ?? '')), `${lang} ${key}`).toEqual([...params].sort());
      }
    }
  });

  it('translates every message rather than copying the English one', () => {
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      for (const key of Object.keys(MESSAGE_PARAMS)) expect(MESSAGES[lang][key], `${lang} ${key}`).not.toBe(MESSAGES.en[key]);
    }
  });

  it('fills placeholders', () => {
    expect(formatMessage('en', 'KR_START_EQUALS_TARGET', { value: 40 })).toBe(
      'Start and target are both 40: there is no distance to score. Set a baseline different from the target.',
    );
    expect(formatMessage('en', 'OBJ_TOO_MANY_KRS', { count: 7, max: 5 })).toContain('7 key results');
  });

  it('names fields and columns in the message language', () => {
    expect(formatMessage('en', 'VALUE_MISSING', { field: 'target' })).toMatch(/^Target is empty/);
    expect(formatMessage('hu', 'VALUE_MISSING', { field: 'target' })).toContain('„Célérték”');
    expect(formatMessage('fa', 'VALUE_NOT_NUMBER', { field: 'current', text: 'حدود ۲۰' })).toContain('«مقدار فعلی»');
    expect(formatMessage('ar', 'COLUMN_MISSING', { column: 'keyResult' })).toContain('«النتيجة الرئيسية»');
    expect(formatMessage('en', 'DATE_UNPARSABLE', { field: 'somethingElse', text: 'x' })).toContain('somethingElse');
  });

  it('names key-result types in the message language', () => {
    expect(formatMessage('en', 'KR_TYPE_CONTRADICTS', { type: 'decrease' })).toContain('The type is decrease');
    expect(formatMessage('fa', 'KR_TYPE_CONTRADICTS', { type: 'decrease' })).toContain('کاهشی');
  });

  it('leaves nothing unfilled when given its params, in any language', () => {
    for (const lang of LANGUAGES) {
      for (const [key, names] of Object.entries(MESSAGE_PARAMS)) {
        const params = Object.fromEntries(names.map((n) => [n, n === 'field' ? 'start' : 'v']));
        expect(formatMessage(lang, key, params), `${lang} ${key}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('returns an unknown key with its params instead of throwing', () => {
    expect(formatMessage('en', 'NO_SUCH_RULE', { row: 4, text: 'x' })).toBe('NO_SUCH_RULE (row: 4, text: x)');
    expect(formatMessage('fa', 'NO_SUCH_RULE', {})).toBe('NO_SUCH_RULE');
    expect(formatMessage('xx' as never, 'KR_NO_OWNER', {})).toBe(MESSAGES.en.KR_NO_OWNER);
  });

  it('never throws, whatever key and params it gets', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGUAGES),
        fc.oneof(fc.constantFrom(...Object.keys(MESSAGE_PARAMS), 'constructor', '__proto__', 'toString'), fc.string()),
        fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.double())),
        (lang, key, params) => {
          expect(typeof formatMessage(lang, key, params)).toBe('string');
        },
      ),
    );
  });
});

// Found by an attack as a new user: Persian messages wrote counts in Latin digits beside Persian ones.
describe('numbers in Persian messages', () => {
  it.each([
    ['KR_STALE_NEVER', { days: 72, limit: 14 }, ['۷۲', '۱۴'], ['72', '14']],
    ['OBJ_TOO_MANY_KRS', { count: 7, max: 5 }, ['۷', '۵'], []],
  ] as const)('%s: counts in Persian digits', (key, params, persian, latin) => {
    const text = formatMessage('fa', key, { ...params });
    for (const d of persian) expect(text).toContain(d);
    for (const d of latin) expect(text).not.toContain(d);
    // English, Arabic and Hungarian keep 0–9 (CLDR's default numbering of ar is latn).
    expect(formatMessage('ar', key, { ...params })).toContain(String(Object.values(params)[0]));
  });
  it('text a user typed keeps its own digits', () => {
    expect(formatMessage('fa', 'KR_GRADE_OUT_OF_RANGE', { text: '70' })).toContain('70');
  });
});
