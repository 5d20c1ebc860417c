// The Score cell (the live =OKR_SCORE formula the refresh writes) and the reader agree on a key
// result whose text says down while its numbers go up with no Type: both refuse to score it as an
// increase, in every language the reader knows (issue 11, "the Score column, the tabs and Validate
// never disagree silently"). The formula gets the key result's text as its last argument.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle, shownBackground } from '../../local/index';
import { newBook, templateSheet } from '../server/fixtures';
import { codePath } from '../support/bundle';

const TEXTS: [language: string, text: string, says: boolean][] = [
  ['en', 'Reduce monthly churn to 1.8 %', true],
  ['en', 'Cut support tickets to 200', true],
  ['fa', 'کاهش نرخ ریزش به ۲٪', true],
  ['ar', 'خفض معدل التسرب إلى 2٪', true],
  ['hu', 'Csökkentsük a lemorzsolódást 2%-ra', true],
  ['en', 'Grow sign-ups to 200', false],
  ['en', 'Lower-funnel sign-ups to 200', true],
];

describe('text that says down with numbers that go up: the Score cell agrees with Validate', () => {
  it.each(TEXTS)('%s: %j', (_language, text, says) => {
    const { ss, rt } = newBook();
    const sheet = templateSheet(ss, 'OKRs', 'Q4 2026', '2026-10-01', '2026-12-31', [
      ['A', 'O1', 'Keep customers', '', '', text, 'Ana', '', 0, 10, 5, '', '', '', ''],
      ['A', '', '', '', '', 'Grow trials from 10 to 20', 'Bo', '', 10, 20, 15, '', '', '', ''],
    ]);
    const summary: any = rt.call('refreshProgress');
    const kr = summary.objectives[0].keyResults.find((k: any) => k.row === 7);
    const flagged = summary.issues.some((i: any) => i.code === 'KR_TEXT_SAYS_DECREASE' && /^[A-Z]+7$/.test(i.cell));
    const cell = sheet.getRange('P7').getValue();
    expect(flagged).toBe(says);
    if (says) {
      expect(kr.score).toBeNull();
      expect(String(cell)).toMatch(/^#OKR! the key result says ".+" but its numbers go up from 0 to 10/);
    } else {
      expect(kr.score).toBeCloseTo(0.5, 9);
      expect(cell).toBeCloseTo(0.5, 9);
    }
    expect(sheet.getRange('P8').getValue()).toBeCloseTo(0.5, 9);
  });

  it('a Type says what the text cannot: "Reduce…" with Type increase is scored as an increase in both places', () => {
    const { ss, rt } = newBook();
    const sheet = templateSheet(ss, 'OKRs', 'Q4 2026', '2026-10-01', '2026-12-31', [
      ['A', 'O1', 'Keep customers', '', '', 'Reduce the backlog of ideas by shipping 10', 'Ana', 'increase', 0, 10, 5, '', '', '', ''],
      ['A', '', '', '', '', 'Grow trials from 10 to 20', 'Bo', '', 10, 20, 15, '', '', '', ''],
    ]);
    const summary: any = rt.call('refreshProgress');
    expect(summary.objectives[0].keyResults[0].score).toBeCloseTo(0.5, 9);
    expect(sheet.getRange('P7').getValue()).toBeCloseTo(0.5, 9);
  });
});

// The mirror (found by an attack on issue 11): text that says up with numbers that go down.
describe('text that says up with numbers that go down: the Score cell agrees with Validate', () => {
  it.each([
    ['en', 'Grow sign-ups from 100 to 200', true],
    ['fa', 'افزایش ثبت‌نام به ۲۰۰', true],
    ['ar', 'زيادة التسجيلات إلى 200', true],
    ['hu', 'Növeljük a regisztrációkat 200-ra', true],
    ['en', 'Keep tickets to 100', false],
  ] as const)('%s: %j', (_language, text, says) => {
    const { ss, rt } = newBook();
    const sheet = templateSheet(ss, 'OKRs', 'Q4 2026', '2026-10-01', '2026-12-31', [
      ['A', 'O1', 'Grow', '', '', text, 'Ana', '', 200, 100, 150, '', '', '', ''],
      ['A', '', '', '', '', 'Grow trials from 10 to 20', 'Bo', '', 10, 20, 15, '', '', '', ''],
    ]);
    const summary: any = rt.call('refreshProgress');
    const kr = summary.objectives[0].keyResults.find((k: any) => k.row === 7);
    const flagged = summary.issues.some((i: any) => i.code === 'KR_TEXT_SAYS_INCREASE' && /^[A-Z]+7$/.test(i.cell));
    const cell = sheet.getRange('P7').getValue();
    expect(flagged).toBe(says);
    if (says) {
      expect(kr.score).toBeNull();
      expect(String(cell)).toMatch(/^#OKR! the key result says ".+" but its numbers go down from 200 to 100/);
    } else {
      expect(kr.score).toBeCloseTo(0.5, 9);
      expect(cell).toBeCloseTo(0.5, 9);
    }
  });
});

describe('the Score cell and Validate agree on more kinds of row (second attack)', () => {
  it.each(['Metric', 'Percentage', 'KPI', 'Number'])('text that says down with the tracker Type %j: both refuse', (type) => {
    const { ss, rt } = newBook();
    const sheet = templateSheet(ss, 'OKRs', 'Q4 2026', '2026-10-01', '2026-12-31', [
      ['A', 'O1', 'Keep customers', '', '', 'Reduce monthly churn to 10', 'Ana', type, 0, 10, 5, '', '', '', ''],
      ['A', '', '', '', '', 'Grow trials from 10 to 20', 'Bo', '', 10, 20, 15, '', '', '', ''],
    ]);
    const summary: any = rt.call('refreshProgress');
    expect(summary.issues.some((i: any) => i.code === 'KR_TEXT_SAYS_DECREASE')).toBe(true);
    expect(summary.objectives[0].keyResults[0].score).toBeNull();
    expect(String(sheet.getRange('P7').getValue())).toMatch(/^#OKR! the key result says/);
  });

  it('relative growth with no Start ("Grow revenue by 20 %"): both score it from 0', () => {
    const { ss, rt } = newBook();
    const sheet = templateSheet(ss, 'OKRs', 'Q4 2026', '2026-10-01', '2026-12-31', [
      ['A', 'O1', 'Grow', '', '', 'Grow revenue by 20 %', 'Ana', '', '', 0.2, 0.1, '', '', '', ''],
      ['A', '', '', '', '', 'Grow trials from 10 to 20', 'Bo', '', 10, 20, 15, '', '', '', ''],
    ]);
    sheet.getRange('J7:K7').setNumberFormat('0%');
    const summary: any = rt.call('refreshProgress');
    expect(summary.objectives[0].keyResults[0].score).toBeCloseTo(0.5, 9);
    expect(sheet.getRange('P7').getValue()).toBeCloseTo(0.5, 9);
  });

  it.each([
    ['2026-10-20', 'on track'],
    ['2026-11-25', 'at risk'],
  ])('a not-done milestone with no Due, as of %s: the Score cell shows the colour the tabs give (%s)', (day, status) => {
    const ss = createSpreadsheet('Milestone', { locale: 'en_US' });
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const rt = loadBundle(codePath, ss, { now: () => Date.UTC(y, m - 1, d, 12) });
    const sheet = templateSheet(ss, 'OKRs', 'Q4 2026', '2026-10-01', '2026-12-31', [
      ['A', 'O1', 'Launch', '', '', 'Launch the pricing page', 'Ana', 'milestone', '', '', 'Not started', '', '', '', ''],
      ['A', '', '', '', '', 'Grow trials from 10 to 20', 'Bo', '', 10, 20, 15, '', '', '', ''],
    ]);
    const summary: any = rt.call('refreshProgress');
    const kr = summary.objectives[0].keyResults[0];
    expect(kr.status).toBe(status);
    const colours: Record<string, string> = { green: '#b7e1cd', yellow: '#fce8b2', red: '#f4c7c3' };
    expect(shownBackground(sheet as any, 'P7')).toBe(colours[kr.colour]);
  });
});
