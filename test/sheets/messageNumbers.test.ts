// Numbers from the sheet's cells in the add-on's sentences follow the language (README "Numbers the
// add-on writes in its own sentences"; found by a re-attack): a number cell is a number param, so
// KR_START_EQUALS_TARGET says ۲٫۵ in Persian and 2,5 in Hungarian, where it wrote String(raw).
import { describe, expect, it } from 'vitest';
import { newBook, q4Sheet } from '../server/fixtures';

function issue(language: string, locale: string, start: number, target: number, format = '', _confidence: number | string = '') {
  const { ss, rt } = newBook({ locale });
  const sheet = q4Sheet(ss, [
    ['A', 'O1', 'Grow', '', '', 'Grow weekly demos to a steady rate', 'Ana', '', start, target, start, ''],
    ['A', '', '', '', '', 'Grow trials from 10 to 20', 'Bo', '', 10, 20, 15, ''],
  ]);
  if (format) sheet.getRange('I7:K7').setNumberFormat(format);
  rt.call('sidebarSaveSettings', { ...(rt.call('sidebarGetSettings') as any), language });
  const summary: any = rt.call('refreshProgress');
  const i = summary.issues.find((x: any) => x.code === 'KR_START_EQUALS_TARGET');

  return String(i?.message);
}

describe('KR_START_EQUALS_TARGET writes its number in the language', () => {
  it('Persian: 2.5 is ۲٫۵', () => expect(issue('fa', 'en_US', 2.5, 2.5)).toContain('۲٫۵'));
  it('Persian: 10 is ۱۰', () => expect(issue('fa', 'en_US', 10, 10)).toContain('۱۰'));
  it('Hungarian (hu_HU): 2.5 is 2,5', () => expect(issue('hu', 'hu_HU', 2.5, 2.5)).toContain('2,5'));
  // A percentage key result's value as its cells show it.
  it('English: a percent-formatted 0.2 is 20%, not 0.2', () => expect(issue('en', 'en_US', 0.2, 0.2, '0%')).toMatch(/both 20%/));
  it('Persian: a percent-formatted 0.125 is ۱۲٫۵٪', () => expect(issue('fa', 'en_US', 0.125, 0.125, '0.0%')).toContain('۱۲٫۵٪'));
});
