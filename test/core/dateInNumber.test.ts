// A date where a number belongs: Sheets turns a typed 8/10, 1/2 or 1-2 into a date in a General
// cell (local/typed.ts parses typed strings the same way). Every numeric column flags it at its cell
// with VALUE_IS_DATE, in the user's language; none reads it as a number or shows a raw timestamp.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet } from '../../local/index';
import { newBook, templateSheet } from '../server/fixtures';

// Template columns: Start I (9), Target J (10), Current K (11), Weight M (13), Confidence N (14).
const COLUMNS: [name: string, index: number, severity: 'error' | 'warning'][] = [
  ['start', 9, 'error'],
  ['target', 10, 'error'],
  ['current', 11, 'error'],
  ['weight', 13, 'error'],
  ['confidence', 14, 'warning'],
];
const TYPED: [locale: string, typed: string, day: string][] = [
  ['en_US', '8/10', '2026-08-10'],
  ['en_US', '1/2', '2026-01-02'],
  ['en_GB', '8/10', '2026-10-08'],
  ['hu_HU', '2026. 8. 10.', '2026-08-10'],
];

describe('a date in a number column is flagged at its cell, never read as a number', () => {
  for (const [name, col, severity] of COLUMNS)
    for (const [locale, typed, day] of TYPED)
      it(`${name}: ${typed} typed in ${locale}`, () => {
        const { ss, rt } = newBook({ locale });
        const rows = [
          ['A', 'O1', 'Grow', '', '', 'Grow sign-ups from 0 to 10', 'Ana', '', 0, 10, 5, '', 1, 7, ''],
          ['A', '', '', '', '', 'Grow trials from 0 to 10', 'Bo', '', 0, 10, 5, '', 1, 7, ''],
        ];
        const sheet = templateSheet(ss, 'OKRs', 'Q4 2026', '2026-10-01', '2026-12-31', rows, '2026-11-20');
        sheet.getRange(7, col).setValue(typed);
        expect(Object.prototype.toString.call(sheet.getRange(7, col).getValue()), 'Sheets made it a date').toBe('[object Date]');
        const report: any = rt.call('sidebarValidate', { sheet: 'OKRs' });
        // Staleness (a check-in overdue by today's clock) is not what this test is about.
        const at = report.issues.filter((i: any) => i.cell === `${String.fromCharCode(64 + col)}7` && !i.code.startsWith('KR_STALE'));
        expect(at.map((i: any) => [i.code, i.severity])).toEqual([['VALUE_IS_DATE', severity]]);
        expect(at[0].message).toContain(day);
        expect(at[0].message).not.toMatch(/T00:00|GMT/);
      });

  it('speaks the user’s language (Persian)', () => {
    const { ss, rt } = newBook({ userLocale: 'fa' });
    const sheet = templateSheet(ss, 'OKRs', 'Q4 2026', '2026-10-01', '2026-12-31', [
      ['A', 'O1', 'Grow', '', '', 'Grow sign-ups from 0 to 10', 'Ana', '', 0, 10, 5, '', 1, 7, ''],
    ]);
    sheet.getRange('N7').setValue('8/10');
    const report: any = rt.call('sidebarValidate', { sheet: 'OKRs' });
    const issue = report.issues.find((i: any) => i.cell === 'N7');
    expect(issue.message).toContain('«اطمینان»');
  });

  it('OKR_SCORE says a date argument is a date', () => {
    const { ss, rt } = newBook();
    const sheet = ss.getSheets()[0]!;
    sheet.getRange('A1:C2').setValues([
      [0, 10, '8/10'],
      [0, 10, 5],
    ]);
    sheet.getRange('D1').setFormula('=OKR_SCORE(A1:A2, B1:B2, C1:C2)');
    expect(String(sheet.getRange('D1').getValue())).toMatch(/^#OKR! current is the date 2026-08-10, not a number/);
    expect(sheet.getRange('D2').getValue()).toBe(0.5);
    sheet.getRange('E1').setFormula('=OKR_SCORE(A1, B1, C1)');
    expect(sheet.getRange('E1').getValue()).toBe('#ERROR!');
    expect(rt.formulaError('E1')).toMatch(/^current is the date 2026-08-10/);
  });
});

// Found by an attack on issue 12 (F10): the day named is the day the cell shows in the spreadsheet's
// time zone, also at UTC+13 and +14, where midnight is nearer the UTC midnight before.
describe('the date named in the message is the day the cell shows, in any time zone', () => {
  it.each(['Pacific/Kiritimati', 'Pacific/Auckland', 'Pacific/Tongatapu', 'Asia/Tehran', 'America/Los_Angeles', 'Etc/GMT+12'])('%s', (timeZone) => {
    const ss = createSpreadsheet('D', { locale: 'en_US', timeZone });
    const { rt } = newBook({ ss });
    const rows = [
      ['A', 'O1', 'Grow', '', '', 'Grow sign-ups from 0 to 10', 'Ana', '', 0, 10, 5, '', 1, 7, ''],
      ['A', '', '', '', '', 'Grow trials from 0 to 10', 'Bo', '', 0, 10, 5, '', 1, 7, ''],
    ];
    const sheet = templateSheet(ss, 'OKRs', '2026-Q1', '2026-01-01', '2026-03-31', rows, '2026-02-01');
    sheet.getRange(7, 11).setValue('1/15/2026');
    expect(sheet.getRange(7, 11).getDisplayValue()).toBe('1/15/2026');
    const report: any = rt.call('sidebarValidate', { sheet: 'OKRs' });
    const at = report.issues.find((i: any) => i.cell === 'K7' && i.code === 'VALUE_IS_DATE');
    expect(at.message).toContain('2026-01-15');
  });
});

describe('custom functions name the day a date argument shows, in any time zone', () => {
  it.each([
    ['Pacific/Auckland', Date.UTC(2026, 0, 14, 11)],
    ['Pacific/Kiritimati', Date.UTC(2026, 0, 14, 10)],
    ['America/Los_Angeles', Date.UTC(2026, 0, 15, 8)],
  ])('%s: OKR_SCORE with 1/15/2026 as current', (timeZone, midnight) => {
    const ss = createSpreadsheet('D', { locale: 'en_US', timeZone });
    const { rt } = newBook({ ss });
    let message = '';
    try {
      rt.call('OKR_SCORE', 0, 10, new Date(midnight));
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('2026-01-15');
  });
});
