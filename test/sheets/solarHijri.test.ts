// A Solar Hijri plan shows Solar Hijri days everywhere the add-on shows or writes a day: the label
// block New quarter writes, As of after a check-in and a refresh, the progress tabs (overview and
// detail), the check-in view, the Validate messages and the summary's messages. The test walks every
// output of a Solar Hijri workbook, in each language and in several time zones, and finds no
// Gregorian-only day: a Gregorian day appears only in brackets right after the Solar Hijri one.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, type LocalSpreadsheet } from '../../local/index';
import { kr, newBook, saveCheckInByRow, templateSheet } from '../server/fixtures';

const LANGUAGES: [language: string, spreadsheetLocale: string][] = [
  ['en', 'en_US'],
  ['fa', 'en_US'], // Sheets lists no fa_IR locale (README): a Persian user in an en_US spreadsheet
  ['ar', 'ar_EG'],
  ['hu', 'hu_HU'],
];
const ZONES = ['Asia/Tehran', 'Pacific/Kiritimati', 'America/Los_Angeles'];

const NATIVE = /[\u06f0-\u06f9\u0660-\u0669]/g;
const ascii = (s: string) => s.replace(NATIVE, (c) => String(c.charCodeAt(0) & 0xf));
const DAY = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/g;

/** Every Gregorian day in `text` (year 1700 or later) that is not in brackets right after a Solar Hijri day. */
function gregorianOnly(text: string): string[] {
  const s = ascii(text);
  const out: string[] = [];
  for (const m of s.matchAll(DAY)) {
    if (Number(m[1]) < 1700) continue;
    const before = s.slice(0, m.index).replace(/[\u2066-\u2069\u200e\u200f]/g, '');
    if (!/1[34]\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s*\($/.test(before)) out.push(m[0]);
  }
  return out;
}

// Wire fields typed IsoDate (src/server/types.ts, the summary's start/end/asOf) are data for the
// sidebar's and scripts' own use, `YYYY-MM-DD` by contract; what the user reads is beside them
// (asOfShown, startShown, messages).
const DATA_FIELDS = /\.(asOf|start|end)$/;

/** Every string in a JSON-like value that is shown to a person, with its path. */
function strings(value: unknown, path = '$'): [string, string][] {
  if (typeof value === 'string') return DATA_FIELDS.test(path) && /^\d{4}-\d{2}-\d{2}$/.test(value) ? [] : [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

/** What each sheet shows, cell by cell, and any cell holding a Date (a Gregorian date cell). */
function sheetOutputs(ss: LocalSpreadsheet, skip: (name: string) => boolean): { shown: [string, string][]; dateCells: string[] } {
  const shown: [string, string][] = [];
  const dateCells: string[] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (skip(name)) continue;
    const range = sheet.getDataRange();
    const values = range.getValues();
    const display = range.getDisplayValues();
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const where = `${name}!R${r + 1}C${c + 1}`;
        if (Object.prototype.toString.call(v) === '[object Date]') dateCells.push(where);
        shown.push([where, display[r]![c]!]);
      }),
    );
  }
  return { shown, dateCells };
}

function solarHijriBook(language: string, locale: string, timeZone: string) {
  const ss = createSpreadsheet('Solar Hijri', { locale, timeZone });
  const book = newBook({ ss, userLocale: language });
  const { rt } = book;
  // The current Solar Hijri quarter, so that As of (today) falls inside it.
  const quarters = rt.call<{ quarters: { label: string; year: number; quarter: number; exists: boolean }[]; defaultIndex: number }>('sidebarQuarters', {
    calendar: 'jalali',
  });
  const current = quarters.quarters[1]!;
  const created = rt.call<{ sheet: string }>('sidebarCreateQuarter', {
    calendar: 'jalali',
    year: current.year,
    quarter: current.quarter,
    teams: [{ name: 'Growth', template: 'seo' }],
    start: 'template',
  });
  return { ss, rt, sheetName: created.sheet };
}

describe('a Solar Hijri plan shows no Gregorian-only day', () => {
  for (const [language, locale] of LANGUAGES) {
    for (const timeZone of ZONES) {
      it(`${language} (${locale}), ${timeZone}`, () => {
        const { ss, rt, sheetName } = solarHijriBook(language, locale, timeZone);
        const sheet = ss.getSheetByName(sheetName)!;
        const outputs: [string, string][] = [];

        // Label block: Start, End and As of are text cells holding Solar Hijri days.
        expect(
          sheet
            .getRange('B2:B4')
            .getNumberFormats()
            .map((r) => r[0]),
        ).toEqual(['@', '@', '@']);
        for (const [v] of sheet.getRange('B2:B4').getValues()) expect(ascii(String(v))).toMatch(/^14\d\d\/\d\d\/\d\d$/);
        if (language === 'fa') expect(String(sheet.getRange('B2').getValue())).toMatch(/^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}$/);

        // A Due typed in the sheet outside the quarter, another inside (Due cells are text cells).
        const header = sheet.getRange(6, 1, 1, sheet.getLastColumn()).getValues()[0]!;
        const due = header.length - 2; // Due, Score, Notes: the template's last three columns
        expect(sheet.getRange(7, due).getNumberFormat()).toBe('@');
        const [start, end] = [String(sheet.getRange('B2').getValue()), String(sheet.getRange('B3').getValue())];
        sheet.getRange(7, due, 2, 1).setValues([[`${ascii(start).slice(0, 4)}/12/29`], [ascii(end)]]);

        // The check-in view, a check-in (moves As of), Validate, the summary, a refresh (tabs).
        const list = rt.call<{ asOf: string; asOfShown: string; rows: { row: number; ref: string; current: string; seen: string; team: string }[] }>(
          'sidebarCheckInRows',
          {
            sheet: sheetName,
          },
        );
        expect(list.asOfShown).not.toBeNull();
        outputs.push(...strings(list, 'checkInRows'));
        const row = list.rows[0]!;
        rt.call('sidebarSaveCheckIn', {
          sheet: sheetName,
          entries: [{ ref: row.ref, current: row.current, seen: row.seen, team: row.team, value: '5', confidence: null, comment: '' }],
        });
        const validate = rt.call<{ issues: { code: string; message: string }[] }>('sidebarValidate', { sheet: sheetName });
        const late = validate.issues.find((i) => i.code === 'KR_DUE_OUTSIDE_QUARTER');
        // The Due as typed, and the quarter's days, in the plan's calendar.
        expect(ascii(late?.message ?? '')).toContain(`${ascii(start).slice(0, 4)}/12/29`);
        expect(ascii(late?.message ?? '')).toContain(ascii(start));
        outputs.push(...strings(validate, 'validate'));
        sheet.activate();
        outputs.push(...strings(rt.call('getProgressSummary'), 'summary'));
        rt.call('refreshProgress');
        expect(ascii(String(sheet.getRange('B4').getValue()))).toMatch(/^14\d\d\/\d\d\/\d\d$/);

        // Every tab, the dashboard and the check-in history included. The history's When cells stay
        // date-times (the history reader needs the instant); their format shows the Solar Hijri day.
        const history = (name: string) => /history|تاریخچه|سجل|előzmény/i.test(name);
        const tabs = sheetOutputs(ss, () => false);
        expect(tabs.shown.some(([where]) => !where.startsWith(sheetName))).toBe(true); // the progress tabs are there
        expect(tabs.shown.some(([where]) => /dashboard|داشبورد|لوحة|irányítópult/i.test(where))).toBe(true);
        expect(tabs.dateCells.filter((where) => !history(where.split('!')[0]!))).toEqual([]);
        expect(tabs.dateCells.length).toBeGreaterThan(0);
        outputs.push(...tabs.shown);

        const found = outputs.flatMap(([where, text]) => gregorianOnly(text).map((d) => `${where}: ${d} in ${JSON.stringify(text)}`));
        expect(found).toEqual([]);
        // The walk is not empty: Solar Hijri days were seen in the tabs and the messages.
        expect(outputs.filter(([, text]) => /14\d\d\/\d\d\/\d\d/.test(ascii(text))).length).toBeGreaterThan(3);
      });
    }
  }
});

describe('the walk itself', () => {
  it.each([
    ['2026-12-03', ['2026-12-03']],
    ['۱۴۰۵/۰۹/۱۲ (\u20662026-12-03\u2069)', []],
    ['1405-08-15 (2026-11-06)', []],
    ['Due 2027/03/20 is late', ['2027/03/20']],
    ['١٤٠٥/٠٩/١٢', []],
  ])('%s', (text, expected) => {
    expect(gregorianOnly(text)).toEqual(expected);
  });
});

// Sheets parses what is typed into a cell by the spreadsheet's locale (local/typed.ts): in a date
// cell, 1405/08/15 becomes 15 August 1405 AD. New quarter makes the days of a Solar Hijri quarter
// text cells, so what is typed there stays what the user typed; the reader reads both.
describe('typing Solar Hijri days into a Solar Hijri sheet', () => {
  const TYPED: [typed: string, iso: string][] = [
    ['1405/08/15', '2026-11-06'],
    ['۱۴۰۵/۰۸/۱۵', '2026-11-06'],
    ['١٤٠٥/٠٨/١٥', '2026-11-06'],
    ['1405-08-15', '2026-11-06'],
    ['2026-11-06', '2026-11-06'],
  ];
  for (const locale of ['en_US', 'hu_HU', 'ar_EG']) {
    for (const [typed, iso] of TYPED) {
      it(`${locale}: ${typed} typed into Start, End, As of and Due`, () => {
        const ss = createSpreadsheet('Typed', { locale, timeZone: 'Asia/Tehran' });
        const { rt } = newBook({ ss, userLocale: 'en' });
        rt.call('sidebarCreateQuarter', { calendar: 'jalali', year: 1405, quarter: 3, teams: [{ name: 'Growth', template: 'seo' }], start: 'template' });
        const sheet = ss.getSheetByName('OKRs 1405-Q3')!;
        const due = sheet.getRange(6, 1, 1, sheet.getLastColumn()).getValues()[0]!.length - 2;
        // One cell at a time, as a person types.
        sheet.getRange('B2').setValue('1405/07/01');
        sheet.getRange('B3').setValue('1405/09/30');
        sheet.getRange('B4').setValue(typed);
        sheet.getRange(7, due).setValue(typed);
        for (const cell of [sheet.getRange('B4'), sheet.getRange(7, due)]) expect(cell.getValue()).toBe(typed);
        const summary = rt.call<{ start: string; end: string; asOf: string; issues: { code: string }[] }>('getProgressSummary');
        expect(summary).toMatchObject({ start: '2026-09-23', end: '2026-12-21', asOf: iso });
        const codes = summary.issues.map((i) => i.code);
        for (const code of ['DATE_UNPARSABLE', 'DATE_IMPLAUSIBLE', 'DATE_READ_AS_SOLAR_HIJRI', 'KR_DUE_OUTSIDE_QUARTER']) expect(codes).not.toContain(code);
      });
    }
  }

  it('the same day typed into a date cell becomes 1405 AD, and is still read as the Solar Hijri day it shows, with a note', () => {
    const ss = createSpreadsheet('Typed', { locale: 'en_US', timeZone: 'Asia/Tehran' });
    const { rt } = newBook({ ss, userLocale: 'en' });
    rt.call('sidebarCreateQuarter', { calendar: 'jalali', year: 1405, quarter: 3, teams: [{ name: 'Growth', template: 'seo' }], start: 'template' });
    const sheet = ss.getSheetByName('OKRs 1405-Q3')!;
    sheet.getRange('B4').setNumberFormat('yyyy-mm-dd'); // a user who made As of a date cell
    sheet.getRange('B4').setValue('1405/08/15');
    expect(Object.prototype.toString.call(sheet.getRange('B4').getValue())).toBe('[object Date]');
    const summary = rt.call<{ asOf: string; issues: { code: string; cell: string; message: string }[] }>('getProgressSummary');
    expect(summary.asOf).toBe('2026-11-06');
    expect(summary.issues).toContainEqual(expect.objectContaining({ code: 'DATE_READ_AS_SOLAR_HIJRI', cell: 'B4' }));
    // The note writes the day as Solar Hijri days are written, never as an ISO-looking 1405-08-15.
    const note = summary.issues.find((i) => i.code === 'DATE_READ_AS_SOLAR_HIJRI')!.message;
    expect(note).toContain('1405/08/15');
    expect(note).not.toContain('1405-08-15');
  });
});

// A sheet with no Quarter label: Start written as a Solar Hijri day names a Solar Hijri quarter (and
// so the tabs' names), whether it was typed into a text cell or into a date cell that made it 1405 AD.
describe('a plan without a Quarter label, dated in Solar Hijri', () => {
  const CASES: [what: string, format: string, start: string, end: string, quarter: string][] = [
    ['text cells', '@', '1405/07/01', '1405/09/30', '1405-Q3'],
    ['text cells, Persian digits', '@', '۱۴۰۵/۰۱/۰۱', '۱۴۰۵/۰۳/۳۱', '1405-Q1'],
    ['date cells (1405 AD)', 'yyyy-mm-dd', '1405/07/01', '1405/09/30', '1405-Q3'],
    ['Gregorian date cells', 'yyyy-mm-dd', '2026-10-01', '2026-12-31', '2026-Q4'],
  ];
  for (const [what, format, start, end, quarter] of CASES) {
    it(`${what}: ${start} – ${end} is ${quarter}`, () => {
      const ss = createSpreadsheet('No label', { locale: 'en_US', timeZone: 'Asia/Tehran' });
      const sheet = ss.getSheets()[0]!;
      sheet.getRange('B1:B2').setNumberFormat(format);
      sheet.getRange('A1:B2').setValues([
        ['Start', start],
        ['End', end],
      ]);
      sheet.getRange(4, 1, 2, 5).setValues([
        ['Objective', 'Key result', 'Start', 'Target', 'Current'],
        ['Grow', 'Signups', 0, 100, 50],
      ]);
      const { rt } = newBook({ ss, userLocale: 'en' });
      const summary = rt.call<{ quarter: string; calendar: string }>('getProgressSummary');
      expect(summary.quarter).toBe(quarter);
      // The calendar the summary's readers (the CLI) show the days in.
      expect(summary.calendar).toBe(quarter.startsWith('14') ? 'jalali' : 'gregorian');
    });
  }
});

// Found by an attack as a new user: a check-in on a Solar Hijri plan turned an As of date cell into
// Solar Hijri text, and a formula reading it (=B4-B2) into #VALUE!.
describe('As of on a Solar Hijri plan keeps the kind of cell the user made', () => {
  it.each([
    ['a date cell stays a date, in its format, and formulas reading it still work', '2026-10-01', 'date'],
    ['a blank cell gets the Solar Hijri day as text', '', 'text'],
  ] as const)('%s', (_name, asOf, kind) => {
    const { ss, rt } = newBook({ userLocale: 'fa', now: () => Date.UTC(2026, 10, 20, 9) });
    const sheet = templateSheet(
      ss,
      'OKRs 1405-Q3',
      '1405-Q3',
      '2026-09-23',
      '2026-12-21',
      [kr('رشد', 'G-O1', 'رشد', '', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 120)],
      asOf,
    );
    sheet.getRange('D1').setFormula('=B4-B2');
    const format = sheet.getRange('B4').getNumberFormat();
    saveCheckInByRow(rt, 'OKRs 1405-Q3', [{ row: 7, value: '150' }]);
    const b4 = sheet.getRange('B4');
    if (kind === 'date') {
      expect(Object.prototype.toString.call(b4.getValue())).toBe('[object Date]');
      expect(b4.getNumberFormat()).toBe(format);
      expect(b4.getDisplayValue()).toMatch(/2026/);
      expect(sheet.getRange('D1').getValue()).toBe(58);
    } else {
      expect(b4.getValue()).toBe('1405/08/29');
      expect(b4.getNumberFormat()).toBe('@');
    }
  });
});
