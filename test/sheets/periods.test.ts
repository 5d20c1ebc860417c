// Period sanity and Solar Hijri date cells, through getProgressSummary and the refresh on the built
// bundle, in every language: bad periods and error values in the label block are error issues at
// their cell, and tab names come only from a quarter label that was read.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle } from '../../local/index';
import { CODE_PATH, TEMPLATE_HEADER, kr } from '../server/fixtures';
import { bundleSource } from '../support/bundle';

const LANGUAGES = ['en', 'fa', 'ar', 'hu'] as const;
type Lang = (typeof LANGUAGES)[number];

const serial = (y: number, m: number, d: number): number => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

type Cell = string | number;

interface Summary {
  quarter: string | null;
  start: string | null;
  end: string | null;
  issues: { code: string; severity: string; cell: string; message: string }[];
}

/** A template sheet with the label block given as cells (numbers are date cells), in a language. */
function book(lang: Lang, labels: { quarter: Cell; start: Cell; end: Cell }, timeZone = 'Asia/Tehran', due: Cell = '') {
  bundleSource();
  const ss = createSpreadsheet('Periods', { locale: 'en_US', timeZone });
  const sheet = ss.addSheet('OKRs');
  sheet.getRange(1, 1, 4, 2).setValues([
    ['Quarter', labels.quarter],
    ['Start', labels.start],
    ['End', labels.end],
    ['As of', ''],
  ]);
  for (const [r, v] of [
    [2, labels.start],
    [3, labels.end],
  ] as const)
    if (typeof v === 'number') sheet.getRange(r, 2).setNumberFormat('yyyy-mm-dd');
  sheet.getRange(6, 1, 1, TEMPLATE_HEADER.length).setValues([TEMPLATE_HEADER]);
  const row = kr('Growth', 'O1', 'Grow', 'aspirational', 'Signups', 'Ana', 0, 100, 50);
  const full = [...row, ...Array(TEMPLATE_HEADER.length - row.length).fill('')];
  full[TEMPLATE_HEADER.indexOf('Due')] = due;
  sheet.getRange(7, 1, 1, TEMPLATE_HEADER.length).setValues([full]);
  if (typeof due === 'number') sheet.getRange(7, TEMPLATE_HEADER.indexOf('Due') + 1).setNumberFormat('yyyy-mm-dd');
  const rt = loadBundle(CODE_PATH, ss);
  const settings = rt.call('sidebarGetSettings') as Record<string, unknown>;
  rt.call('sidebarSaveSettings', { ...settings, language: lang });
  return { ss, sheet, rt };
}

const errorsOf = (s: Summary) => s.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}@${i.cell}`);

describe('period sanity, in every language', () => {
  const cases: { name: string; labels: { quarter: Cell; start: Cell; end: Cell }; expected: string[] }[] = [
    {
      name: 'Start and End swapped',
      labels: { quarter: '2026-Q4', start: serial(2026, 12, 31), end: serial(2026, 10, 1) },
      expected: ['PERIOD_END_BEFORE_START@B3'],
    },
    { name: 'Start equals End', labels: { quarter: '2026-Q4', start: serial(2026, 10, 1), end: serial(2026, 10, 1) }, expected: ['PERIOD_EMPTY@B3'] },
    { name: 'a multi-year period', labels: { quarter: '2026-Q4', start: serial(2026, 10, 1), end: serial(2028, 12, 31) }, expected: ['PERIOD_TOO_LONG@B3'] },
    {
      name: 'the year 0999 in a date cell',
      labels: { quarter: '2026-Q4', start: serial(999, 10, 1), end: serial(2026, 12, 31) },
      expected: ['DATE_IMPLAUSIBLE@B2'],
    },
    { name: 'the year 0999 typed as text', labels: { quarter: '', start: '0999-10-01', end: '2026-12-31' }, expected: ['DATE_IMPLAUSIBLE@B2'] },
    {
      name: '#REF! in the Quarter cell',
      labels: { quarter: '#REF!', start: serial(2026, 10, 1), end: serial(2026, 12, 31) },
      expected: ['PERIOD_LABEL_ERROR@B1'],
    },
    { name: '#N/A in End', labels: { quarter: '2026-Q4', start: serial(2026, 10, 1), end: '#N/A' }, expected: ['DATE_UNPARSABLE@B3'] },
    // One of Start and End typed, the other from the label (found by an attack on issue 12, F13).
    {
      name: 'a Start after the labelled quarter',
      labels: { quarter: '2026-Q4', start: serial(2027, 1, 15), end: '' },
      expected: ['PERIOD_END_BEFORE_START@B2'],
    },
    {
      name: 'an End before the labelled quarter',
      labels: { quarter: '2026-Q4', start: '', end: serial(2026, 9, 1) },
      expected: ['PERIOD_END_BEFORE_START@B3'],
    },
    {
      name: 'an End on the first day of the labelled quarter',
      labels: { quarter: '2026-Q4', start: '', end: serial(2026, 10, 1) },
      expected: ['PERIOD_EMPTY@B3'],
    },
  ];
  for (const lang of LANGUAGES) {
    for (const c of cases) {
      it(`${lang}: ${c.name} is an error at the cell`, () => {
        const { rt } = book(lang, c.labels);
        const summary = rt.call('getProgressSummary') as Summary;
        expect(errorsOf(summary)).toEqual(expect.arrayContaining(c.expected));
        for (const i of summary.issues) {
          expect(i.message, i.code).not.toMatch(/^[A-Z_]+$/);
          expect(i.message, i.code).not.toContain('{');
        }
        // Never a quarter label made of an error value.
        expect(summary.quarter ?? '').not.toMatch(/#/);
      });
    }

    it(`${lang}: tab names come from a valid quarter label, never "Progress #REF!"`, () => {
      const { ss, rt } = book(lang, { quarter: '#REF!', start: serial(2026, 10, 1), end: serial(2026, 12, 31) });
      rt.call('refreshProgress');
      const names = ss.getSheets().map((s) => s.getName());
      expect(names.some((n) => n.includes('#'))).toBe(false);
      expect(names.some((n) => n.includes('2026-Q4'))).toBe(true);
    });
  }

  // A Quarter label that was not read, or that the dates contradict, is said (attack on issue 12, F6, F7).
  it.each([
    ['a label the dates contradict', '2026-Q4', [2026, 7, 1], [2026, 9, 30], 'PERIOD_LABEL_MISMATCH', '2026-Q4'],
    ['a Solar Hijri label the dates contradict', '1405-Q3', [2026, 7, 1], [2026, 9, 30], 'PERIOD_LABEL_MISMATCH', '1405-Q3'],
    ['a fiscal label it cannot read', 'H2 2026', [2026, 7, 1], [2026, 9, 30], 'PERIOD_LABEL_UNREAD', '2026-Q3'],
  ] as const)('%s is a warning at the Quarter cell', (_name, quarter, [y1, m1, d1], [y2, m2, d2], code, label) => {
    const { rt } = book('en', { quarter, start: serial(y1, m1, d1), end: serial(y2, m2, d2) });
    const summary = rt.call('getProgressSummary') as Summary;
    expect(summary.issues.filter((i) => /PERIOD_LABEL/.test(i.code)).map((i) => `${i.code}@${i.cell}`)).toEqual([`${code}@B1`]);
    expect(summary.quarter).toBe(label);
  });

  it('a Persian season in the Quarter cell is read as its Solar Hijri quarter', () => {
    const { rt } = book('fa', { quarter: 'پاییز ۱۴۰۵', start: serial(2026, 9, 23), end: serial(2026, 12, 21) });
    const summary = rt.call('getProgressSummary') as Summary;
    expect(summary).toMatchObject({ quarter: '1405-Q3', start: '2026-09-23', end: '2026-12-21' });
    expect(summary.issues.filter((i) => /PERIOD/.test(i.code))).toEqual([]);
  });

  it('a sound quarter has no period issue', () => {
    const { rt } = book('en', { quarter: '2026-Q4', start: serial(2026, 10, 1), end: serial(2026, 12, 31) });
    const summary = rt.call('getProgressSummary') as Summary;
    expect(summary.issues.filter((i) => /PERIOD|DATE/.test(i.code))).toEqual([]);
    expect(summary).toMatchObject({ quarter: '2026-Q4', start: '2026-10-01', end: '2026-12-31' });
  });
});

describe('Solar Hijri dates typed into date cells', () => {
  // Sheets turns a typed 1405/07/01 in a date cell into 1 July 1405 AD; the digits are the Solar Hijri date.
  for (const timeZone of ['Asia/Tehran', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
    for (const lang of LANGUAGES) {
      it(`${timeZone}, ${lang}: Start, End and Due read as the Solar Hijri days typed, with a note at each cell`, () => {
        const { rt } = book(lang, { quarter: '1405-Q3', start: serial(1405, 7, 1), end: serial(1405, 9, 30) }, timeZone, serial(1405, 8, 15));
        const summary = rt.call('getProgressSummary') as Summary;
        expect(summary).toMatchObject({ quarter: '1405-Q3', start: '2026-09-23', end: '2026-12-21' });
        expect(errorsOf(summary)).toEqual([]);
        const notes = summary.issues.filter((i) => i.code === 'DATE_READ_AS_SOLAR_HIJRI');
        expect(notes.map((i) => i.cell).sort()).toEqual(['B2', 'B3', `${String.fromCharCode(64 + TEMPLATE_HEADER.indexOf('Due') + 1)}7`].sort());
        expect(notes.every((i) => i.severity === 'info')).toBe(true);
        expect(notes.find((i) => i.cell === 'B2')?.message).toContain('2026-09-23');
        expect(notes.find((i) => i.cell !== 'B2' && i.cell !== 'B3')?.message).toContain('2026-11-06');
      });
    }
  }

  it('1405/02/31 is not a Gregorian day, so Sheets keeps it as text, which is read the same way', () => {
    const { rt } = book('fa', { quarter: '1405-Q1', start: '1405/01/01', end: '1405/03/31' }, 'Asia/Tehran', '1405/02/31');
    const summary = rt.call('getProgressSummary') as Summary;
    expect(errorsOf(summary)).toEqual([]);
    expect(summary).toMatchObject({ start: '2026-03-21', end: '2026-06-21' });
  });
});
