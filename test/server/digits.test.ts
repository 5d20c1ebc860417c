// The server reads a number field sent as text in any digits (a page other than the sidebar, or a
// value pasted as text): ۸ and ٨ are 8, ٫ is the decimal separator, and anything else is refused by
// name in the user's language, never dropped. On the built bundle, in fa, ar, hu and en.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle } from '../../local/index';
import { DEFAULT_SETTINGS } from '../../src/core/model';
import { CODE_PATH, errorOf, kr, saveCheckInByRow, templateSheet } from './fixtures';
import { bundleSource } from '../support/bundle';

function book(language: string) {
  bundleSource();
  const ss = createSpreadsheet('Digits');
  templateSheet(ss, 'OKRs 2030-Q3', '2030-Q3', '2030-07-01', '2030-09-30', [
    kr('Growth', 'G-O1', 'Win the market', '', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 120),
  ]);
  const rt = loadBundle(CODE_PATH, ss);
  rt.call('sidebarSaveSettings', { ...structuredClone(DEFAULT_SETTINGS), language });
  return { ss, rt };
}

// The history's columns are in the same order in every language: find Confidence in English.
function confidenceColumn(): number {
  const { ss, rt } = book('en');
  saveCheckInByRow(rt, 'OKRs 2030-Q3', [{ row: 7, value: '150', confidence: 5, comment: '' }]);
  return (ss.getSheetByName('OKR history')!.getDataRange().getValues()[0] as string[]).indexOf('Confidence');
}

const confidenceIn = (ss: ReturnType<typeof book>['ss']) => {
  const history = [...ss.getSheets()].find((s) => s.getName() !== 'OKRs 2030-Q3' && s.getName() !== 'Sheet1')!;
  const values = history.getDataRange().getValues();
  const column = confidenceColumn();
  expect(column).toBeGreaterThanOrEqual(0);
  return values[values.length - 1]![column];
};

describe('number fields sent as text', () => {
  it.each([
    ['fa', '۸', 8],
    ['ar', '٨', 8],
    ['fa', '۷٫۵', 7.5],
    ['hu', '8', 8],
    ['en', ' 8 ', 8],
  ] as const)('%s: confidence "%s" is %s', (language, typed, expected) => {
    const { ss, rt } = book(language);
    saveCheckInByRow(rt, 'OKRs 2030-Q3', [{ row: 7, value: '150', confidence: typed as unknown as number, comment: '' }]);
    expect(confidenceIn(ss)).toBe(expected);
  });

  it.each([
    ['fa', '۸x'],
    ['ar', '٨٨'],
    ['hu', '8,5,1'],
    ['en', 'eight'],
  ] as const)('%s: confidence "%s" is refused by name, nothing saved', (language, typed) => {
    const { ss, rt } = book(language);
    const message = errorOf(() => saveCheckInByRow(rt, 'OKRs 2030-Q3', [{ row: 7, value: '150', confidence: typed as unknown as number, comment: '' }]));
    expect(message).toContain('entries[0].confidence');
    expect(ss.getSheets().map((s) => s.getName()).filter((n) => n !== 'OKRs 2030-Q3' && n !== 'Sheet1')).toEqual([]);
    expect(ss.getSheetByName('OKRs 2030-Q3')!.getRange('K7').getValue()).toBe(120);
  });
});
