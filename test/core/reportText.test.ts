// The progress tabs' sentences go through the one formatter: plural forms ("1 error", not
// "1 errors"; Arabic's six forms) and left-to-right values isolated in Persian and Arabic.
import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/core/i18n/format';
import { REPORT_LABELS } from '../../src/core/i18n/reportLabels';

describe('issue counts of the overview tab', () => {
  it.each([
    ['en', 1, 1, '1 error, 1 warning'],
    ['en', 0, 2, '0 errors, 2 warnings'],
    ['ar', 1, 2, 'خطأ واحد، تحذيران'],
    ['ar', 3, 11, '3 أخطاء، 11 تحذيرًا'],
    ['hu', 1, 2, '1 hiba, 2 figyelmeztetés'],
    // Persian counts in Persian digits, as every Persian message writes them (format numberText).
    ['fa', 1, 2, '۱ خطا، ۲ هشدار'],
  ] as const)('%s: %d errors, %d warnings → %s', (lang, errors, warnings, shown) => {
    expect(formatText(lang, REPORT_LABELS[lang].issueCounts, { errors, warnings })).toBe(shown);
  });
});
