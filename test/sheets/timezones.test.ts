// A date cell is the calendar day the user sees in the spreadsheet's time zone, at any hour and in
// every zone from UTC−12 to UTC+14: through the reader (getProgressSummary), the check-in and the
// custom functions, on the built bundle.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle } from '../../local/index';
import { CODE_PATH, TEMPLATE_HEADER, kr, saveCheckInByRow } from '../server/fixtures';
import { bundleSource } from '../support/bundle';

const ZONES = [
  'Pacific/Kiritimati', // UTC+14
  'Pacific/Auckland', // UTC+13 in (southern) summer
  'Asia/Tehran', // UTC+3:30
  'Europe/Budapest', // UTC+1 / +2
  'America/Los_Angeles', // UTC−8 / −7
  'Etc/GMT+12', // UTC−12
  'Etc/UTC',
];

// Serial day numbers (days since 1899-12-30), which Sheets keeps in the spreadsheet's time zone.
const serial = (iso: string, hours = 0): number =>
  (Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(1899, 11, 30)) / 86_400_000 + hours / 24;

/** A template sheet whose Start, End, As of and Due are date cells typed at `hours` o'clock. */
function book(timeZone: string, hours: number) {
  bundleSource();
  const ss = createSpreadsheet('Zones', { locale: 'en_US', timeZone });
  const sheet = ss.addSheet('OKRs');
  sheet.getRange(1, 1, 4, 2).setValues([
    ['Quarter', '2026-Q1'],
    ['Start', serial('2026-01-01', hours)],
    ['End', serial('2026-03-31', hours)],
    ['As of', serial('2026-02-15', hours)],
  ]);
  sheet.getRange('B2:B4').setNumberFormat('yyyy-mm-dd hh:mm');
  sheet.getRange(6, 1, 1, TEMPLATE_HEADER.length).setValues([TEMPLATE_HEADER]);
  const rows = [
    kr('Growth', 'O1', 'Grow', 'aspirational', 'Signups', 'Ana', 0, 100, 50),
    kr('Growth', 'O1', 'Grow', 'aspirational', 'Churn', 'Ana', 10, 5, 8),
  ].map((r) => [...r, ...Array(TEMPLATE_HEADER.length - r.length).fill('')]);
  sheet.getRange(7, 1, rows.length, TEMPLATE_HEADER.length).setValues(rows);
  // Due on the last day of the quarter, and on its first day, at the same hour.
  const due = TEMPLATE_HEADER.indexOf('Due') + 1;
  sheet.getRange(7, due, 2, 1).setValues([[serial('2026-03-31', hours)], [serial('2026-01-01', hours)]]);
  sheet.getRange(7, due, 2, 1).setNumberFormat('yyyy-mm-dd hh:mm');
  const rt = loadBundle(CODE_PATH, ss);
  return { ss, sheet, rt };
}

describe('date cells in every time zone', () => {
  for (const timeZone of ZONES) {
    for (const hours of [0, 0.5, 11.99, 12, 16.5, 23.99]) {
      it(`${timeZone}, typed at ${hours} h: the days the sheet shows`, () => {
        const { rt } = book(timeZone, hours);
        const summary = rt.call('getProgressSummary') as {
          quarter: string;
          start: string;
          end: string;
          asOf: string;
          issues: { code: string; cell: string }[];
        };
        expect(summary).toMatchObject({ quarter: '2026-Q1', start: '2026-01-01', end: '2026-03-31', asOf: '2026-02-15' });
        expect(summary.issues.filter((i) => /DATE|DUE|PERIOD/.test(i.code))).toEqual([]);
        const rows = rt.call('sidebarCheckInRows', { sheet: 'OKRs' }) as { asOf: string; rows: unknown[] };
        expect(rows.asOf).toBe('2026-02-15');
        expect(rows.rows).toHaveLength(2);
      });
    }

    it(`${timeZone}: the custom functions read the day the cell shows`, () => {
      const { sheet, rt } = book(timeZone, 0);
      sheet.getRange('D1:D3').setValues([[serial('2026-01-01', 0)], [serial('2026-03-31', 23.5)], [serial('2026-07-01', 0.25)]]);
      sheet.getRange('D1:D3').setNumberFormat('yyyy-mm-dd hh:mm');
      sheet.getRange('E1').setFormula('=OKR_QUARTER(D1)');
      sheet.getRange('E2').setFormula('=OKR_QUARTER(D2)');
      sheet.getRange('E3').setFormula('=OKR_QUARTER(D1:D3, "", 4)');
      sheet.getRange('F1').setFormula('=OKR_EXPECTED(B2, B3, B4)');
      sheet.getRange('F2').setFormula('=OKR_QUARTER(D3, "jalali")');
      expect(sheet.getRange('E1:E2').getValues()).toEqual([['2026-Q1'], ['2026-Q1']]);
      // A fiscal year starting in April: 1 January and 31 March are its fourth quarter, 1 July its second.
      expect(sheet.getRange('E3:E5').getValues()).toEqual([['FY2026-Q4'], ['FY2026-Q4'], ['FY2027-Q2']]);
      // 1 January to 15 February of a 89-day period: 45 days.
      expect(sheet.getRange('F1').getValue()).toBeCloseTo(45 / 89, 12);
      expect(sheet.getRange('F2').getValue()).toBe('1405-Q2');
      expect(rt.formulaError('OKRs!E1')).toBeNull();
    });

    it(`${timeZone}: the check-in logs a date cell's old value as the day it shows`, () => {
      const { ss, sheet, rt } = book(timeZone, 0);
      const current = TEMPLATE_HEADER.indexOf('Current') + 1;
      sheet.getRange(7, current).setValue(serial('2026-01-01', 0)).setNumberFormat('yyyy-mm-dd');
      saveCheckInByRow(rt, 'OKRs', [{ row: 7, value: '60', confidence: null, comment: '' }]);
      const history = ss.getSheets().find((s) => s.getName() !== 'OKRs' && s.getName() !== 'Sheet1');
      const logged = history!.getDataRange().getValues().flat();
      expect(logged).toContain('2026-01-01');
    });
  }
});
