// Sentences name a column by its one name (issue 14, found by an attack): the period messages name the
// label block's Start date and End date (not the key result's Start column), and the messages about
// a key result's values name its Target (in Persian «مقدار هدف», not «هدف», the Objective column).
import { describe, expect, it } from 'vitest';
import { COLUMN_NAMES } from '../../src/core/i18n/columns';
import { MESSAGES } from '../../src/core/i18n/messages';
import { SERVER_MESSAGES } from '../../src/core/i18n/serverMessages';
import { LANGUAGES } from '../../src/core/model';

const PERIOD_KEYS = ['PERIOD_END_BEFORE_START', 'PERIOD_EMPTY', 'PERIOD_TOO_LONG', 'PERIOD_LABEL_MISMATCH', 'PERIOD_UNKNOWN', 'PERIOD_LABEL_UNREAD'];
const TARGET_KEYS = ['KR_TEXT_SAYS_INCREASE', 'KR_TEXT_SAYS_INCREASE_NO_TYPE', 'KR_TEXT_SAYS_DECREASE', 'KR_TEXT_SAYS_DECREASE_NO_TYPE'];

describe('one name per column in sentences', () => {
  const rows = LANGUAGES.flatMap((lang) => PERIOD_KEYS.map((key) => [lang, key] as const));
  it.each(rows)('%s %s names the quarter’s Start date and End date', (lang, key) => {
    const text = MESSAGES[lang]![key]!;
    // Hungarian inflects the name (a Végéig, a Kezdéstől): its stem is what stays.
    const stem = (name: string) => (lang === 'hu' ? name.slice(0, -1) : name);
    expect(text).toContain(stem(COLUMN_NAMES[lang].quarterStart));
    expect(text).toContain(stem(COLUMN_NAMES[lang].quarterEnd));
  });

  it.each(['fa', 'ar'] as const)('%s: the messages about Start and Target name the Target column', (lang) => {
    for (const key of TARGET_KEYS) expect(MESSAGES[lang]![key], key).toContain(COLUMN_NAMES[lang].target);
    expect(SERVER_MESSAGES[lang].mixedScale).toContain(COLUMN_NAMES[lang].target);
  });
});
