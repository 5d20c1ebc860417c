// Numbers typed by people follow their locale: the decimal comma in Hungarian, in cells (text cells of
// a hu_HU spreadsheet) and in the check-in, with `2,500` an issue rather than a guess. Through
// getProgressSummary and the check-in on the built bundle.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle } from '../../local/index';
import { CODE_PATH, TEMPLATE_HEADER, errorOf, kr } from '../server/fixtures';
import { bundleSource } from '../support/bundle';

const CURRENT = TEMPLATE_HEADER.indexOf('Current') + 1;

/** Checks in `value` for the key result on `row`, by the ref and Current the check-in list shows. */
function checkIn(rt: { call(name: string, ...args: unknown[]): unknown }, sheet: string, row: number, value: string): unknown {
  const list = rt.call('sidebarCheckInRows', { sheet }) as { rows: { ref: string; row: number; current: string; seen: string; team: string }[] };
  const item = list.rows.find((r) => r.row === row)!;
  return rt.call('sidebarSaveCheckIn', {
    sheet,
    entries: [{ ref: item.ref, current: item.current, seen: item.seen, team: item.team, value, confidence: null, comment: '' }],
  });
}

interface Summary {
  issues: { code: string; severity: string; cell: string; message: string }[];
  objectives: { keyResults: { row: number; current?: number | null; score: number | null }[] }[];
}

function book(locale: string, language: string, currents: string[]) {
  bundleSource();
  const ss = createSpreadsheet('Decimals', { locale, timeZone: 'Europe/Budapest' });
  const sheet = ss.addSheet('OKRs');
  sheet.getRange(1, 1, 3, 2).setValues([
    ['Quarter', '2026-Q4'],
    ['Start', '2026-10-01'],
    ['End', '2026-12-31'],
  ]);
  sheet.getRange(6, 1, 1, TEMPLATE_HEADER.length).setValues([TEMPLATE_HEADER]);
  const rows = currents.map((_, i) => kr('Growth', 'O1', 'Grow', 'aspirational', `KR ${i + 1}`, 'Ana', 0, 10, 0));
  sheet.getRange(7, 1, rows.length, TEMPLATE_HEADER.length).setValues(rows.map((r) => [...r, ...Array(TEMPLATE_HEADER.length - r.length).fill('')]));
  // Text cells (Format › Number › Plain text): what was typed stays text, as in Sheets.
  const current = sheet.getRange(7, CURRENT, currents.length, 1);
  current.setNumberFormat('@');
  current.setValues(currents.map((c) => [c]));
  const rt = loadBundle(CODE_PATH, ss);
  const settings = rt.call('sidebarGetSettings') as Record<string, unknown>;
  rt.call('sidebarSaveSettings', { ...settings, language });
  return { ss, sheet, rt };
}

const currentCell = (row: number) => `${String.fromCharCode(64 + CURRENT)}${row}`;

describe('text numbers in the cells of a hu_HU spreadsheet', () => {
  const table: [typed: string, expected: number | 'ambiguous'][] = [
    ['2,5', 2.5],
    ['2,125', 'ambiguous'],
    ['2,500', 'ambiguous'],
    ['1 500,25', 1500.25],
    ['7,25%', 0.0725],
    ['-0,5', -0.5],
    ['2.500', 'ambiguous'],
    ['2.5', 2.5],
    ['۲٫۵', 2.5],
  ];
  for (const language of ['hu', 'en', 'fa', 'ar']) {
    it(`${language}: each is read by the Hungarian convention, or is an issue at its cell`, () => {
      const { rt } = book(
        'hu_HU',
        language,
        table.map(([t]) => t),
      );
      const summary = rt.call('getProgressSummary') as Summary;
      table.forEach(([typed, expected], i) => {
        const cell = currentCell(7 + i);
        const issue = summary.issues.find((x) => x.cell === cell && x.code === 'VALUE_AMBIGUOUS');
        if (expected === 'ambiguous') expect(issue, typed).toBeDefined();
        else expect(issue, typed).toBeUndefined();
      });
      const scores = summary.objectives.flatMap((o) => o.keyResults).map((k) => k.score);
      // Start 0, target 10: the score is the value over 10.
      table.forEach(([typed, expected], i) => {
        if (typeof expected === 'number' && expected >= 0 && expected <= 10 && !typed.includes('%')) expect(scores[i], typed).toBeCloseTo(expected / 10, 10);
      });
    });
  }

  it('in an en_US spreadsheet, 2,500 is still two thousand five hundred and 2,5 is ambiguous', () => {
    const { rt } = book('en_US', 'en', ['2,500', '2,5']);
    const summary = rt.call('getProgressSummary') as Summary;
    expect(summary.issues.filter((x) => x.code === 'VALUE_AMBIGUOUS').map((x) => x.cell)).toEqual([currentCell(8)]);
  });
});

describe('the check-in reads what the user types by their convention', () => {
  const save = (rt: ReturnType<typeof book>['rt'], value: string) => checkIn(rt, 'OKRs', 7, value);

  for (const [locale, language] of [
    ['hu_HU', 'hu'],
    ['hu_HU', 'en'],
    ['en_US', 'hu'],
  ] as const) {
    it(`${locale}, sidebar in ${language}: 2,5 is saved as 2.5; 2,125 and 2,500 are refused`, () => {
      const { sheet, rt } = book(locale, language, ['1']);
      save(rt, '2,5');
      expect(sheet.getRange(7, CURRENT).getValue()).toBe(2.5);
      for (const typed of ['2,125', '2,500']) {
        const message = errorOf(() => save(rt, typed));
        expect(message).toContain(typed);
        // Said to be two numbers, never "not a number".
        expect(message).toMatch(/two numbers|kétféle számként|دو عدد|رقمين/);
        // …and names the decimal separator to write (never a fixed example such as 2.1250).
        expect(message).toMatch(/[“„«]\u2068?,\u2069?[”»]/);
        expect(sheet.getRange(7, CURRENT).getValue()).toBe(2.5);
      }
    });
  }

  it('en_US, sidebar in English: 2,500 is 2500 and 2,5 is refused', () => {
    const { sheet, rt } = book('en_US', 'en', ['1']);
    save(rt, '2,500');
    expect(sheet.getRange(7, CURRENT).getValue()).toBe(2500);
    const message = errorOf(() => save(rt, '2,5'));
    expect(message).toContain('2,5');
    // Found by an attack as a new user: the message offered 2.1250 or 2125 for a typed 2,5.
    expect(message).toContain('decimals after “.”');
    expect(message).not.toMatch(/2\.1250|2125/);
  });

  it('Persian and Arabic-Indic digits and separators: ۲٫۵ and ٢٫٥ are 2.5', () => {
    const { sheet, rt } = book('en_US', 'fa', ['1']);
    save(rt, '۲٫۵');
    expect(sheet.getRange(7, CURRENT).getValue()).toBe(2.5);
    save(rt, '٣٫٥');
    expect(sheet.getRange(7, CURRENT).getValue()).toBe(3.5);
  });
});

// Found by an attack as a new user: the Hungarian check-in showed 1,640 (which reads as 1.64 there).
describe('the check-in list shows numbers as the user writes them', () => {
  it.each([
    ['hu_HU', 'hu', ['1640', '2,5'], ['1\u00a0640', '2,5']],
    ['en_US', 'en', ['1640', '2.5'], ['1,640', '2.5']],
    ['en_US', 'hu', ['1640', '2.5'], ['1\u00a0640', '2,5']],
  ] as const)('%s, sidebar in %s: %j shows as %j, and a check-in against it saves', (locale, language, currents, shown) => {
    const { sheet, rt } = book(locale, language, [...currents]);
    const list = rt.call('sidebarCheckInRows', { sheet: 'OKRs' }) as { rows: { current: string }[] };
    expect(list.rows.map((r) => r.current)).toEqual(shown);
    checkIn(rt, 'OKRs', 7, '1700');
    expect(sheet.getRange(currentCell(7)).getValue()).toBe(1700);
  });
});

// Found by a check of the change above: the list showed 1,640 in English, a co-editor switched the
// language to Hungarian, and the save of the unchanged row was refused (1,640 → 1 640).
it('a language changed between the list and the save changes only how Current is written: the save goes through', () => {
  const { sheet, rt } = book('en_US', 'en', ['1640']);
  const list = rt.call('sidebarCheckInRows', { sheet: 'OKRs' }) as { rows: { ref: string; row: number; current: string; seen: string; team: string }[] };
  const item = list.rows.find((r) => r.row === 7)!;
  expect(item.current).toBe('1,640');
  const settings = rt.call('sidebarGetSettings') as Record<string, unknown>;
  rt.call('sidebarSaveSettings', { ...settings, language: 'hu' });
  rt.call('sidebarSaveCheckIn', {
    sheet: 'OKRs',
    entries: [{ ref: item.ref, current: item.current, seen: item.seen, team: item.team, value: '1700', confidence: null, comment: '' }],
  });
  expect(sheet.getRange(currentCell(7)).getValue()).toBe(1700);
  // A value a co-editor changed meanwhile is still refused, whichever way it is written.
  const other = book('en_US', 'en', ['1234']);
  const before = (other.rt.call('sidebarCheckInRows', { sheet: 'OKRs' }) as typeof list).rows.find((r) => r.row === 7)!;
  expect(before.current).toBe('1,234');
  other.sheet.getRange(currentCell(7)).setValue('1.234');
  other.rt.call('sidebarSaveSettings', { ...(other.rt.call('sidebarGetSettings') as Record<string, unknown>), language: 'hu' });
  // 1.234 written the Hungarian way is "1,234", the text the list showed for 1234: `seen` tells them apart.
  expect(
    errorOf(() =>
      other.rt.call('sidebarSaveCheckIn', {
        sheet: 'OKRs',
        entries: [{ ref: before.ref, current: before.current, seen: before.seen, team: before.team, value: '1700', confidence: null, comment: '' }],
      }),
    ),
  ).toMatch(/megváltozott|changed/);
});
