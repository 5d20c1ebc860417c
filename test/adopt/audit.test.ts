// The score-formula audit: sheets whose own Score/Progress formulas are wrong in known ways,
// adopted as the sidebar does it; each disagreement is named at the user's score cell, and the
// switch to =OKR_SCORE happens only when asked.
import { describe, expect, it } from 'vitest';
import { explainDisagreement } from '../../src/core/audit';
import type { ValidationReport } from '../../src/server/types';
import type { LocalSheet } from '../../local/index';
import { errorOf } from '../server/fixtures';
import { adopt, bookWith, codes, useScoreRequest, validate, type Cell } from './support';

const HEADER = ['Objective', 'Key result', 'Baseline', 'Target', 'Actual', 'Progress'];

/**
 * A tracker whose Progress column holds, on every key-result row, what the user's own formula
 * computes from Baseline a, Target t and Actual c (as getValues gives a formula's value in Sheets;
 * the local runtime does not evaluate Sheets' built-in functions).
 */
function tracker(formula: (a: number, t: number, c: number) => number, rows: [string, number, number, number][]): Cell[][] {
  return [HEADER, ...rows.map(([kr, a, t, c], i) => [i === 0 ? 'Win' : '', kr, a, t, c, formula(a, t, c)])];
}

const audits = (report: ValidationReport) => report.issues.filter((i) => i.code.startsWith('SCORE_AUDIT_')).map((i) => `${i.code}@${i.cell}`);

describe('explainDisagreement (the mistakes, by their numbers)', () => {
  const row = (type: 'increase' | 'decrease', start: number, target: number, current: number) => ({ type, start, target, current });
  it.each([
    ['ignores the baseline', row('increase', 100, 200, 150), { score: 0.5, uncapped: 0.5 }, 0.75, 'SCORE_AUDIT_IGNORES_BASELINE'],
    ['current ÷ target on a decrease', row('decrease', 8, 4, 6), { score: 0.5, uncapped: 0.5 }, 1, 'SCORE_AUDIT_DECREASE_RATIO'],
    ['target ÷ current on a decrease', row('decrease', 8, 4, 6), { score: 0.5, uncapped: 0.5 }, 4 / 6, 'SCORE_AUDIT_DECREASE_RATIO'],
    ['0–100 in a 0–1 column', row('increase', 100, 200, 150), { score: 0.5, uncapped: 0.5 }, 50, 'SCORE_AUDIT_MIXED_SCALE'],
    ['a reversed formula floored at 0', row('decrease', 8, 4, 6), { score: 0.5, uncapped: 0.5 }, 0, 'SCORE_AUDIT_CAPS_BELOW_ZERO'],
    ['a slide below the baseline shown as 0 agrees (OKR_SCORE caps too)', row('increase', 100, 200, 80), { score: 0, uncapped: -0.2 }, 0, null],
    ['something else', row('increase', 100, 200, 150), { score: 0.5, uncapped: 0.5 }, 0.9, 'SCORE_AUDIT_DIFFERS'],
    ['agreement (rounded)', row('increase', 0, 7, 4), { score: 4 / 7, uncapped: 4 / 7 }, 0.57, null],
    ['a zero baseline is no mistake', row('increase', 0, 200, 150), { score: 0.75, uncapped: 0.75 }, 0.75, null],
  ] as const)('%s', (_name, kr, ours, theirs, expected) => {
    expect(explainDisagreement(kr, ours, theirs, theirs)).toBe(expected);
  });
});

describe('the audit on adopted sheets', () => {
  it('names MIN(current/target,1) as ignoring the baseline, at each cell, and offers nothing it does on its own', () => {
    const book = bookWith(
      'Plan',
      tracker(
        (_a, t, c) => Math.min(c / t, 1),
        [
          ['Grow sign-ups from 100 to 200', 100, 200, 150],
          ['Grow trials from 10 to 20', 10, 20, 12],
          ['Ship 4 integrations', 0, 4, 2],
        ],
      ),
    );
    const { report } = adopt(book, 'Plan');
    expect(audits(report)).toEqual(['SCORE_AUDIT_IGNORES_BASELINE@F2', 'SCORE_AUDIT_IGNORES_BASELINE@F3']);
    const first = report.issues.find((i) => i.cell === 'F2')!;
    expect(first.message).toContain('75%');
    expect(first.message).toContain('50%');
    expect(first.message).toContain('C2, D2, E2');
    expect(book.sheet.getRange('F2').getValue()).toBe(0.75);
  });

  it('names a decrease scored as current ÷ target', () => {
    const book = bookWith(
      'Plan',
      tracker(
        (_a, t, c) => c / t,
        [
          ['Cut churn from 8% to 4%', 8, 4, 6],
          ['Cut tickets from 300 to 200', 300, 200, 250],
        ],
      ),
    );
    const { report } = adopt(book, 'Plan');
    expect(audits(report)).toEqual(['SCORE_AUDIT_DECREASE_RATIO@F2', 'SCORE_AUDIT_DECREASE_RATIO@F3']);
  });

  it('names a 0–100 value in a 0–1 column', () => {
    const book = bookWith(
      'Plan',
      tracker(
        (a, t, c) => (c === 15 ? Math.round((100 * (c - a)) / (t - a)) : Math.max(0, (c - a) / (t - a))),
        [
          ['Grow sign-ups from 100 to 200', 100, 200, 150],
          ['Grow trials from 10 to 20', 10, 20, 15],
          ['Grow demos from 10 to 20', 10, 20, 8],
          ['Grow visits from 10 to 20', 10, 20, 12],
        ],
      ),
    );
    const { report } = adopt(book, 'Plan');
    // Row 4 slid below its baseline: 0 there agrees with OKR_SCORE, which caps at 0 as well.
    expect(audits(report)).toEqual(['SCORE_AUDIT_MIXED_SCALE@F3']);
  });

  it('names a decrease whose reversed formula is floored at 0', () => {
    const book = bookWith(
      'Plan',
      tracker(
        (a, t, c) => Math.max(0, (a - c) / (t - a)),
        [
          ['Cut churn from 8% to 4%', 8, 4, 6],
          ['Cut tickets from 300 to 200', 300, 200, 250],
        ],
      ),
    );
    const { report } = adopt(book, 'Plan');
    expect(audits(report)).toEqual(['SCORE_AUDIT_CAPS_BELOW_ZERO@F2', 'SCORE_AUDIT_CAPS_BELOW_ZERO@F3']);
    expect(report.issues.find((i) => i.cell === 'F2')!.message).toMatch(/caps below 0 as 0.*50%/);
  });

  it('finds nothing when the sheet scores as OKR_SCORE does', () => {
    const book = bookWith(
      'Plan',
      tracker(
        (a, t, c) => Math.min(1, Math.max(0, (c - a) / (t - a))),
        [
          ['Grow sign-ups from 100 to 200', 100, 200, 150],
          ['Cut churn from 8% to 4%', 8, 4, 6],
        ],
      ),
    );
    expect(audits(adopt(book, 'Plan').report)).toEqual([]);
  });

  it('switches the named cells to =OKR_SCORE only on request, keeping what they held in the note', () => {
    const book = bookWith('Plan', [
      ...tracker(
        (_a, t, c) => Math.min(c / t, 1),
        [
          ['Grow sign-ups from 100 to 200', 100, 200, 150],
          ['Grow trials from 10 to 20', 10, 20, 12],
        ],
      ),
      ['', '', '', '', 'Average', '=AVERAGE(F2:F3)'],
    ]);
    const { report } = adopt(book, 'Plan');
    const request = useScoreRequest('Plan', report, (code) => code === 'SCORE_AUDIT_IGNORES_BASELINE');
    expect(request.cells).toEqual(['F2', 'F3']);
    const result = book.rt.call<{ switched: number; report: ValidationReport }>('sidebarUseOkrScore', request);
    expect(result.switched).toBe(2);
    expect(book.sheet.getRange('F2:F3').getFormulas()).toEqual([
      ['=OKR_SCORE(C2, D2, E2, "", TRUE, "", B2, TO_TEXT(C2), TO_TEXT(D2), TO_TEXT(E2))'],
      ['=OKR_SCORE(C3, D3, E3, "", TRUE, "", B3, TO_TEXT(C3), TO_TEXT(D3), TO_TEXT(E3))'],
    ]);
    expect(book.sheet.getRange('F2').getNote()).toBe('Before OKR_SCORE: 0.75');
    // The user's total below the table is theirs: untouched.
    expect(book.sheet.getRange('F4').getFormula()).toBe('=AVERAGE(F2:F3)');
    expect(audits(result.report)).toEqual([]);
    expect(audits(validate(book, 'Plan'))).toEqual([]);
  });

  it('writes a per-row =OKR_SCORE that reads what each input shows, as the Score column does', () => {
    const book = bookWith('Plan', [
      ...tracker(
        (_a, t, c) => Math.min(c / t, 1),
        [
          ['Grow sign-ups from 100 to 200', 100, 200, 150],
          ['Grow trials from 10 to 20', 10, 20, 12],
        ],
      ),
    ]);
    const { report } = adopt(book, 'Plan');
    book.rt.call(
      'sidebarUseOkrScore',
      useScoreRequest('Plan', report, (code) => code === 'SCORE_AUDIT_IGNORES_BASELINE'),
    );
    // A Target typed 20 % (0.2 in a percent format) between 100 and 110: the tabs' KR_MIXED_SCALE,
    // never the confident 0 % the values alone give (a plain decrease to 0.2).
    book.sheet.getRange('C2:E2').setValues([[100, '20%', 110]]);
    expect(book.sheet.getRange('D2').getNumberFormat()).toBe('0%');
    expect(book.sheet.getRange('F2').getValue()).toBe('#ERROR!');
    expect(book.rt.formulaError('Plan!F2')).toMatch(/not on one scale/);
    expect(codes(validate(book, 'Plan'))).toContain('KR_MIXED_SCALE@C2');
    // All three percent-formatted: 18 % → 25 % at 20 % scores normally (2/7).
    book.sheet.getRange('C3:E3').setValues([['18%', '25%', '20%']]);
    expect(book.sheet.getRange('F3').getValue()).toBeCloseTo(2 / 7, 12);
  });

  it('refuses to switch a cell the audit does not name, changing nothing', () => {
    const book = bookWith(
      'Plan',
      tracker(
        (_a, t, c) => Math.min(c / t, 1),
        [
          ['Grow sign-ups from 100 to 200', 100, 200, 150],
          ['Ship 4 integrations', 0, 4, 2],
        ],
      ),
    );
    const { report } = adopt(book, 'Plan');
    const named = useScoreRequest('Plan', report);
    expect(named.cells).toEqual(['F2']);
    const request = { sheet: 'Plan', cells: ['F2', 'F3'], refs: [named.refs[0], named.refs[0]], seen: [named.seen[0], '0.5'] };
    expect(errorOf(() => book.rt.call('sidebarUseOkrScore', request))).toMatch(/F3 has changed/);
    expect(book.sheet.getRange('F2').getValue()).toBe(0.75);
    expect(book.sheet.getRange('F2').getFormula()).toBe('');
  });
});

describe("an adopted sheet's own Score or Progress column is the user's", () => {
  // Found by an attack on issue 10 (F7): a blank first cell let a refresh take the column over.
  it.each([
    ['values typed below a blank first row', [0.5, 0.5], ''],
    ['one value in the last key result', ['', 0.25], ''],
  ] as const)('%s: a refresh writes nothing there and says so', (_name, [second, third], first) => {
    const book = bookWith('Plan', [
      ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current', 'Progress'],
      ['Win', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 150, first],
      ['', 'Grow trials from 10 to 20', 'Bo', 10, 20, 15, second],
      ['', 'Ship 4 integrations', 'Cy', 0, 4, 1, third],
    ]);
    adopt(book, 'Plan');
    const before = book.sheet.getRange('G2:G4').getValues();
    const formats = book.sheet.getRange('G2:G4').getNumberFormats();
    book.sheet.activate();
    const report = book.rt.call<{ issues: { code: string; cell: string }[] }>('refreshProgress');
    expect(book.sheet.getRange('G2:G4').getFormulas().flat()).toEqual(['', '', '']);
    expect(book.sheet.getRange('G2:G4').getValues()).toEqual(before);
    expect(book.sheet.getRange('G2:G4').getNumberFormats()).toEqual(formats);
    const codes = report.issues.map((i) => i.code);
    expect(codes).toContain('SCORE_COLUMN_IN_USE');
    expect(codes).not.toContain('SCORE_BLOCKED');
  });
});

// Found by an attack on issue 10 (F11): the switch names cells, so it carries the findings the
// report showed and refuses when rows moved between the report and the click.
describe('Use =OKR_SCORE after a co-editor moved rows', () => {
  it('refuses, changing nothing, when a row was inserted above the cells', () => {
    const book = bookWith(
      'Plan',
      tracker(
        (_a, t, c) => Math.min(c / t, 1),
        [
          ['Grow sign-ups from 100 to 200', 100, 200, 150],
          ['Grow trials from 10 to 20', 10, 20, 12],
          ['Grow demos from 20 to 40', 20, 40, 30],
        ],
      ),
    );
    const { report } = adopt(book, 'Plan');
    const findings = report.issues.filter((i) => i.code.startsWith('SCORE_AUDIT_'));
    expect(findings.map((i) => i.cell)).toEqual(['F2', 'F3', 'F4']);
    const chosen = findings.slice(0, 1);
    // The new row has the same numbers as the one chosen, so its finding reads the same: only the
    // key result tells them apart.
    book.sheet.insertRowBefore(2);
    book.sheet.getRange('A2:F3').setValues([
      ['Win', 'Grow leads from 100 to 200', 100, 200, 150, 0.75],
      ['Win', 'Grow sign-ups from 100 to 200', 100, 200, 150, 0.75],
    ]);
    const now = validate(book, 'Plan').issues.filter((i) => i.code.startsWith('SCORE_AUDIT_'));
    expect(now.find((i) => i.cell === 'F2')?.message).toBe(chosen[0]!.message);
    const before = book.sheet.getDataRange().getFormulas();
    const use = () =>
      book.rt.call('sidebarUseOkrScore', { sheet: 'Plan', cells: chosen.map((i) => i.cell), refs: chosen.map((i) => i.ref), seen: chosen.map((i) => i.seen) });
    expect(errorOf(use)).toMatch(/F2 has changed/);
    expect(book.sheet.getDataRange().getFormulas()).toEqual(before);
  });

  it.each([
    ['a co-editor typed another wrong score', (sheet: LocalSheet): void => void sheet.getRange('F3').setValue(0.5), /F3 has changed/],
    ['a co-editor wrote a formula of their own', (sheet: LocalSheet): void => void sheet.getRange('F3').setValue('=C3/D3'), /F3 has changed/],
    ['nobody changed anything', (_sheet: LocalSheet): void => undefined, null],
  ] as const)('switches only the scores the report showed: %s', (_name, edit, refused) => {
    const book = bookWith(
      'Plan',
      tracker(
        (_a, t, c) => Math.min(c / t, 1),
        [
          ['Grow sign-ups from 100 to 200', 100, 200, 150],
          ['Grow trials from 10 to 20', 10, 20, 12],
        ],
      ),
    );
    const { report } = adopt(book, 'Plan');
    const findings = report.issues.filter((i) => i.code.startsWith('SCORE_AUDIT_'));
    expect(findings.map((i) => i.cell)).toEqual(['F2', 'F3']);
    edit(book.sheet);
    const before = { formulas: book.sheet.getDataRange().getFormulas(), values: book.sheet.getDataRange().getValues() };
    const use = () =>
      book.rt.call('sidebarUseOkrScore', {
        sheet: 'Plan',
        cells: findings.map((i) => i.cell),
        refs: findings.map((i) => i.ref),
        seen: findings.map((i) => i.seen),
      });
    if (refused) {
      expect(errorOf(use)).toMatch(refused);
      expect({ formulas: book.sheet.getDataRange().getFormulas(), values: book.sheet.getDataRange().getValues() }).toEqual(before);
    } else {
      use();
      expect(book.sheet.getRange('F3').getFormula()).toMatch(/^=OKR_SCORE\(/);
    }
  });
});

// Found by an attack on issue 10/11: in a 0–100 Progress column one switched cell became 0.5 next
// to 50 and 80, and the user's own average read 43.5 instead of 60.
describe('Use =OKR_SCORE in a 0–100 score column', () => {
  it('is refused, naming the column, and changes nothing', () => {
    const book = bookWith('Plan', [
      ['Objective', 'Key result', 'Baseline', 'Target', 'Actual', 'Progress'],
      ['Win', 'Grow sign-ups from 100 to 200', 100, 200, 150, 75],
      ['', 'Grow trials from 10 to 20', 10, 20, 15, 50],
      ['', 'Grow demos from 0 to 10', 0, 10, 8, 80],
      ['', '', '', '', 'Average', '=AVERAGE(F2:F4)'],
    ]);
    const { report } = adopt(book, 'Plan');
    const request = useScoreRequest('Plan', report);
    expect(request.cells).toEqual(['F2']);
    const before = { formulas: book.sheet.getDataRange().getFormulas(), values: book.sheet.getDataRange().getValues() };
    expect(errorOf(() => book.rt.call('sidebarUseOkrScore', request))).toMatch(/The score column F holds scores from 0 to 100.*Nothing was changed/);
    expect({ formulas: book.sheet.getDataRange().getFormulas(), values: book.sheet.getDataRange().getValues() }).toEqual(before);
  });
});
