// Arabic counts days with the form each number takes (one, two, 3–10, 11–99, 100 and more), in the
// staleness and period messages, never "3 يومًا" or "1 يومًا".
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/core/i18n/messages';

describe('Arabic day counts', () => {
  it.each([
    [1, 'منذ يوم واحد'],
    [2, 'منذ يومين'],
    [3, '3 أيام'],
    [10, '10 أيام'],
    [14, '14 يومًا'],
    [100, '100 يوم'],
  ])('%d days since the last check-in', (days, words) => {
    const text = formatMessage('ar', 'KR_STALE', { days, last: '2026-11-01', limit: 14 }).replace(/[\u2066-\u2069]/g, '');
    expect(text).toContain(words);
    expect(text).toContain('هو 14 يومًا');
  });

  it.each([
    [2, 'هو يومان'],
    [7, 'هو 7 أيام'],
    [30, 'هو 30 يومًا'],
  ])('a Stale after setting of %d days', (limit, words) => {
    expect(formatMessage('ar', 'KR_STALE_NEVER', { days: 40, limit }).replace(/[\u2066-\u2069]/g, '')).toContain(words);
  });
});
