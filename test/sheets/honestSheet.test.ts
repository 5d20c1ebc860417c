// Issue 11 through the built bundle on a sheet: the Score cell the refresh writes (=OKR_SCORE, which
// sees values, not number formats) and the tabs/summary agree on every row, or both say the row
// cannot be scored; the check-in refuses what the reader would flag, and keeps a milestone's words.
import { describe, expect, it } from 'vitest';
import { errorOf, newBook, saveCheckInByRow, templateSheet } from '../server/fixtures';
import { shownBackground } from '../../local/index';

type Values = [number | string, number | string, number | string];
// [name, Start, Target, Current, percent format on Start/Target/Current]
const ROWS: [string, Values, [boolean, boolean, boolean]][] = [
  ['18 % → 25 % with 20 in the Current % cell (2,000 %)', [0.18, 0.25, 20], [true, true, true]],
  ['0 % → 100 % with 50 in the Current % cell', [0, 1, 50], [true, true, true]],
  ['10 % → 50 % formatted, plain 30', [0.1, 0.5, 30], [true, true, false]],
  ['0 % → 100 % formatted, plain 50', [0, 1, 50], [true, true, false]],
  ['0 % → 100 % formatted, plain 0.5', [0, 1, 0.5], [true, true, false]],
  ['18 % → 25 % all formatted, 20 %', [0.18, 0.25, 0.2], [true, true, true]],
  ['plain 0 → 10 at 5', [0, 10, 5], [false, false, false]],
  ['100 % formatted → plain 0 at 0.5', [1, 0, 0.5], [true, false, false]],
];

describe('the Score cell and the tabs agree on every row', () => {
  it("each row: the same score, or an error in both places; the audit never flags the add-on's formula", () => {
    const { ss, rt } = newBook();
    const sh = templateSheet(
      ss,
      'OKRs',
      'Q4 2026',
      '2026-10-01',
      '2026-12-31',
      ROWS.map(([name, v], i) => ['A', `O${i + 1}`, `Objective ${i + 1}`, '', 'committed', name, 'x', '', v[0], v[1], v[2], '']),
    );
    ROWS.forEach(([, , f], i) => f.forEach((pct, c) => pct && sh.getRange(7 + i, 9 + c).setNumberFormat('0%')));
    const sum: any = rt.call('refreshProgress');
    expect(sh.getRange(7, 16).getFormula()).toMatch(/^=ARRAYFORMULA\(OKR_SCORE\(/);
    const krs = sum.objectives.flatMap((o: any) => o.keyResults);
    ROWS.forEach(([name], i) => {
      const row = 7 + i;
      const k = krs.find((x: any) => x.row === row);
      const cell = sh.getRange(row, 16).getValue();
      const issues = sum.issues.filter((x: any) => x.severity === 'error' && new RegExp(`^[A-Z]+${row}$`).test(x.cell));
      if (k.score === null) {
        expect(String(cell), name).toMatch(/^#OKR!|^$/);
        expect(issues.length, name).toBeGreaterThan(0);
        expect(shownBackground(sh as any, `P${row}`), name).toBeNull();
      } else {
        expect(typeof cell, name).toBe('number');
        expect(cell as number, name).toBeCloseTo(k.score, 9);
        expect(k.status === 'done' && issues.length === 0 ? k.score : 1, name).toBe(1);
      }
    });
    // Rows 1–4 are two scales (an error); 5 and 6 are fractions; the issue's examples are never done.
    expect(krs.slice(0, 4).map((k: any) => k.score)).toEqual([null, null, null, null]);
    expect(krs[4].score).toBeCloseTo(0.5, 9);
    const report: any = rt.call('sidebarValidate', { sheet: 'OKRs' });
    expect(report.issues.filter((x: any) => x.code === 'SCORE_AUDIT_DIFFERS')).toEqual([]);
  });
});

describe('check-in values the reader would flag are refused; milestone words are kept', () => {
  function book() {
    const b = newBook();
    const sh = templateSheet(b.ss, 'OKRs', 'Q4 2026', '2026-10-01', '2026-12-31', [
      ['A', 'O1', 'G', '', 'committed', 'Sign 3 partners', 'x', 'milestone', 0, 3, 0, ''],
      ['A', 'O1', 'G', '', '', 'Quality grade', 'x', 'grade', '', '', 0.2, ''],
      ['A', 'O1', 'G', '', '', 'Launch', 'x', '', '', 'Done', 'Not started', ''],
      ['A', 'O1', 'G', '', '', 'Conversion 18% to 25%', 'x', '', 0.18, 0.25, 0.2, ''],
      ['A', 'O1', 'G', '', '', 'Ratio 0.1 to 0.5', 'x', '', 0.1, 0.5, 0.2, ''],
      ['A', 'O1', 'G', '', '', 'Go live', 'x', '', '', 'انجام شد', 'انجام نشده', ''],
    ]);
    sh.getRange(10, 9, 1, 3).setNumberFormat('0%');
    return { ...b, sh };
  }
  it.each([
    ['"In progress" on a Done / Not started milestone keeps the word', 9, 'In progress', 'In progress'],
    ['"Done" on a Done / Not started milestone', 9, 'Done', 'Done'],
    ['a checkbox TRUE on a word milestone writes its own word', 9, true, 'Done'],
    ['a checkbox TRUE on a Persian word milestone writes its own word', 12, true, 'انجام شد'],
    ['a counted milestone takes a count', 7, '2', 2],
    ['a grade of 0.7', 8, '0.7', 0.7],
    ['a grade typed 70%', 8, '70%', 0.7],
  ] as const)('%s', (_name, row, value, written) => {
    const { rt, sh } = book();
    saveCheckInByRow(rt, 'OKRs', [{ row, value: value as any }]);
    expect(sh.getRange(row, 11).getValue()).toBe(written);
  });
  it.each([
    ['a counted milestone asks for a count, not true/false', 7, 'In progress', /not a count/],
    ['a grade of 70 is refused before it is written', 8, '70', /grade .* outside 0–1/],
    ['a grade of 7 is refused', 8, '7', /grade .* outside 0–1/],
    ['2000% on 18 % → 25 % is refused', 10, '2000%', /not on the same scale/],
    ['30 on plain 0.1 → 0.5 is refused', 11, '30', /not on the same scale/],
  ] as const)('%s', (_name, row, value, message) => {
    const { rt, sh } = book();
    const before = sh.getRange(row, 11).getValue();
    expect(errorOf(() => saveCheckInByRow(rt, 'OKRs', [{ row, value }]))).toMatch(message);
    expect(sh.getRange(row, 11).getValue()).toBe(before);
  });
});
