// The history tab is named in the language of the user who made it, and stays the one log when
// someone in another language checks in next (it is found by its marker, not by its name).
import { describe, expect, it } from 'vitest';
import { HISTORY_TAB_NAMES } from '../../src/core/i18n/historyHeaders';
import { kr, newBook, saveCheckInByRow, templateSheet } from '../server/fixtures';

const SHEET = 'OKRs 2030-Q3';

describe('the history tab’s name', () => {
  it.each([
    ['en', 'OKR history'],
    ['fa', 'تاریخچه OKR'],
    ['ar', 'سجل OKR'],
    ['hu', 'OKR-előzmények'],
  ] as const)('%s: %s, and one log for the next user in English', (language, name) => {
    const { ss, rt } = newBook({ email: 'ana@example.com' });
    templateSheet(
      ss,
      SHEET,
      '2030-Q3',
      '2030-07-01',
      '2030-09-30',
      [kr('Growth', 'G-O1', 'Win', '', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 120)],
      '2030-08-01',
    );
    const settings = rt.call<Record<string, unknown>>('sidebarGetSettings');
    rt.call('sidebarSaveSettings', { ...settings, language });
    saveCheckInByRow(rt, SHEET, [{ row: 7, value: '150' }]);
    expect(HISTORY_TAB_NAMES[language]).toBe(name);
    const history = ss.getSheetByName(name)!;
    expect(history).not.toBeNull();
    rt.call('sidebarSaveSettings', { ...settings, language: 'en' });
    saveCheckInByRow(rt, SHEET, [{ row: 7, value: '160' }]);
    expect(ss.getSheets().filter((s) => Object.values(HISTORY_TAB_NAMES).some((n) => s.getName().startsWith(n)))).toHaveLength(1);
    expect(history.getLastRow()).toBe(3);
  });
});
