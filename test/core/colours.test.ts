// The one colour rule (issue 11): the Score column's conditional-format rules, the tabs and the
// summary give every row the same colour, by pace before the quarter ends and by the objective's
// commitment from its end on; the rules are locale-proof (no argument separators, no decimal points).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/core';
import { scoreColourRules, type ScoreColourRule } from '../../src/core/colourRules';
import { summarize } from '../../src/core/summary';
import { DEFAULT_SETTINGS, type Analysis, type CellValue, type Colour } from '../../src/core/model';
import { TEMPLATE_HEADER } from '../support/syntheticPlan';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
type Row = Partial<Record<(typeof TEMPLATE_HEADER)[number], CellValue>>;
const SCORE_COL = TEMPLATE_HEADER.indexOf('Score') + 1;
const CURRENT_COL = TEMPLATE_HEADER.indexOf('Current') + 1;

function plan(rows: Row[], asOf: string): Analysis {
  const grid: CellValue[][] = [
    ['Quarter', '2026-Q4'],
    ['Start', utc('2026-10-01')],
    ['End', utc('2026-12-31')],
    ['As of', utc(asOf)],
    [],
    [...TEMPLATE_HEADER],
    ...rows.map((r) => TEMPLATE_HEADER.map((h) => (h === 'Owner' ? 'Sara' : (r[h] ?? '')))),
  ];
  return analyze(grid, { sheet: 'OKRs 2026-Q4', settings: DEFAULT_SETTINGS });
}

/**
 * The colour Sheets shows for one Score cell: the first rule whose range holds the row and whose
 * formula is true. The formulas are of the four shapes scoreColourRules writes; anything else fails.
 */
function colourShown(rules: ScoreColourRule[], row: number, score: number | string, currentBlank: boolean): Colour | 'unscored' | null {
  for (const r of rules) {
    if (row < r.row || row >= r.row + r.numRows) continue;
    const isNumber = typeof score === 'number';
    const f = r.formula.replace(new RegExp(`\\$[A-Z]+${r.row}`, 'g'), 'X');
    let m: RegExpExecArray | null;
    let holds: boolean;
    if (f === '=ISNUMBER(X)') holds = isNumber;
    else if (f === '=FALSE') holds = false;
    else if (f === '=(ISNUMBER(X)+ISBLANK(X))>1') holds = isNumber && currentBlank;
    else if ((m = /^=\(ISNUMBER\(X\)\+\(X\*(\d+)>=(-?\d+)\)\)>1$/.exec(f))) holds = isNumber && (score as number) * Number(m[1]) >= Number(m[2]);
    else throw new Error(`unexpected rule formula ${r.formula}`);
    if (holds) return r.colour;
  }
  return null;
}

function agree(a: Analysis): void {
  const rules = scoreColourRules(a, DEFAULT_SETTINGS, SCORE_COL, CURRENT_COL);
  for (const r of rules) expect(r.formula, r.formula).not.toMatch(/[,;.]/);
  const summary = summarize(a, 'en');
  const summaryColour = new Map(summary.objectives.flatMap((o) => o.keyResults).map((k) => [k.row, k.colour]));
  for (const s of a.scores.keyResults) {
    const kr = a.plan.teams
      .flatMap((t) => t.objectives)
      .flatMap((o) => o.keyResults)
      .find((k) => k.row === s.row)!;
    const cell = s.score === null ? '#OKR! cannot be scored' : s.score;
    expect(colourShown(rules, s.row, cell, kr.current.value === null), `row ${s.row}`).toBe(s.colour);
    expect(summaryColour.get(s.row)).toBe(s.colour);
  }
}

const committed = (rows: Row[]): Row[] => rows.map((r, i) => (i === 0 ? { Objective: 'Ship it', Commitment: 'committed', ...r } : r));

describe('one colour rule', () => {
  it('colours two 57 % rows of one committed objective alike after the quarter (only the first row says committed)', () => {
    const a = plan(
      committed([
        { 'Key result': 'A', Start: 0, Target: 100, Current: 57 },
        { 'Key result': 'B', Start: 0, Target: 100, Current: 57 },
      ]),
      '2026-12-31',
    );
    expect(a.scores.colourRule).toBe('grade');
    expect(a.scores.keyResults.map((k) => k.colour)).toEqual(['red', 'red']);
    agree(a);
  });

  it('mid-quarter colours answer pace: 50 % at half-time is green (on track), not the end-of-quarter band', () => {
    const a = plan(
      [
        { Objective: 'Grow', 'Key result': 'A', Start: 0, Target: 100, Current: 50 },
        { 'Key result': 'B', Start: 0, Target: 100, Current: 10 },
        { 'Key result': 'C', Start: 0, Target: 100 },
      ],
      '2026-11-15',
    );
    expect(a.scores.colourRule).toBe('pace');
    expect(a.scores.keyResults.map((k) => k.status)).toEqual(['onTrack', 'offTrack', 'notStarted']);
    expect(a.scores.keyResults.map((k) => k.colour)).toEqual(['green', 'red', 'grey']);
    agree(a);
  });

  it('an objective with 2 of 4 key results in error is incomplete: no band, status or colour, never done', () => {
    const a = plan(
      [
        { Objective: 'Grow', 'Key result': 'A', Start: 0, Target: 10, Current: 10 },
        { 'Key result': 'B', Start: 0, Target: 10, Current: 10 },
        { 'Key result': 'C', Start: 5, Target: 5, Current: 5 },
        { 'Key result': 'D', Start: 0, Target: '$500K', Current: 1 },
      ],
      '2026-12-31',
    );
    const o = a.scores.objectives[0]!;
    expect(o).toMatchObject({ score: 1, band: null, status: null, colour: null, parts: 4, missing: 2 });
    expect(a.scores.quarterRollUp).toMatchObject({ band: null, colour: null, missing: 2, parts: 4 });
    const summary = summarize(a, 'en');
    expect(summary).toMatchObject({ complete: false, missing: 2, parts: 4, status: null, colour: null });
    expect(summary.objectives[0]).toMatchObject({ complete: false, missing: 2, status: null });
    agree(a);
  });

  it.each([
    ['an invalid weight', { Weight: 'x' }],
    ['a duplicate objective ID', { 'Objective ID': 'O1' }],
  ])('a row the analysis rejects for %s: the number the Score function still shows there is struck through, never coloured', (_what, change) => {
    const a = plan(
      [
        { 'Objective ID': 'O1', Objective: 'Grow', 'Key result': 'A', Start: 0, Target: 100, Current: 50 },
        { 'Key result': 'B', Start: 0, Target: 100, Current: 60 },
        { 'Objective ID': 'O2', Objective: 'Keep', 'Key result': 'C', Start: 0, Target: 100, Current: 50, ...change },
        { 'Key result': 'D', Start: 0, Target: 100, Current: 50 },
      ],
      '2026-11-15',
    );
    const rules = scoreColourRules(a, DEFAULT_SETTINGS, SCORE_COL, CURRENT_COL);
    const rejected = a.plan.teams.flatMap((t) => t.objectives).flatMap((o) => o.keyResults.filter((k) => !k.scorable).map((k) => k.row));
    expect(rejected.length).toBeGreaterThan(0);
    for (const row of rejected) {
      expect(a.scores.keyResults.find((k) => k.row === row)?.score ?? null).toBeNull();
      // OKR_SCORE sees the row's start, target and current only: it shows 0.5.
      expect(colourShown(rules, row, 0.5, false), `row ${row}`).toBe('unscored');
    }
    expect(colourShown(rules, 8, 0.6, false)).not.toBe('unscored');
  });

  it.each([
    // [when, milestones' Current, the key results' status, the objective's status]
    [
      'late in the quarter, no Due: two milestones not done are at risk, and so is the objective',
      '2026-12-10',
      ['In progress', 'In progress'],
      ['atRisk', 'atRisk'],
      'atRisk',
    ],
    [
      'early in the quarter: not done yet is on track, and so is the objective',
      '2026-10-20',
      ['In progress', 'In progress'],
      ['onTrack', 'onTrack'],
      'onTrack',
    ],
    ['one done, one not done late in the quarter', '2026-12-10', ['Done', 'In progress'], ['done', 'atRisk'], 'onTrack'],
  ] as const)('milestones: %s (an objective never takes a colour its milestones do not explain)', (_what, asOf, currents, statuses, objective) => {
    const a = plan(
      [
        { Objective: 'Launch', 'Key result': 'Ship the beta', Type: 'milestone', Current: currents[0] },
        { 'Key result': 'Sign the first partner', Type: 'milestone', Current: currents[1] },
      ],
      asOf,
    );
    expect(a.scores.keyResults.map((k) => k.status)).toEqual(statuses);
    expect(a.scores.objectives[0]!.status).toBe(objective);
    agree(a);
  });

  it('an objective with a metric on track, a metric at risk and a milestone at risk is at risk, not on track', () => {
    const a = plan(
      [
        { Objective: 'Grow revenue', 'Key result': 'Upgrades', Start: 0, Target: 100, Current: 51 },
        { 'Key result': 'Trial-to-paid', Start: 0, Target: 100, Current: 37 },
        { 'Key result': 'Launch the pricing page', Type: 'milestone', Current: 'In progress' },
      ],
      '2026-11-20',
    );
    expect(a.scores.keyResults.map((k) => k.status)).toEqual(['onTrack', 'atRisk', 'atRisk']);
    expect(a.scores.objectives[0]!.status).toBe('atRisk');
    agree(a);
  });

  it('property: the rules, the tabs and the summary agree on every row, and an objective with an unscored part is never green or done', () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constant(''), fc.constant('n/a'));
    const rowArb = fc.record({
      start: fc.constantFrom(0, 10, 100),
      target: fc.constantFrom(0, 50, 100),
      current: value,
      committed: fc.boolean(),
      due: fc.constantFrom('', '2026-10-31', '2026-11-30'),
    });
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('2026-10-20', '2026-11-15', '2026-12-20', '2026-12-31', '2027-01-15'),
        (rows, asOf) => {
          const a = plan(
            rows.map((r, i) => ({
              ...(i % 3 === 0 ? { Objective: `Objective ${i}`, Commitment: r.committed ? 'committed' : 'aspirational' } : {}),
              'Key result': `KR ${i}`,
              Start: r.start,
              Target: r.target,
              Current: r.current,
              Due: r.due ? utc(r.due) : '',
            })),
            asOf,
          );
          agree(a);
          for (const o of a.scores.objectives) {
            if (o.missing > 0) {
              expect(o.colour).toBeNull();
              expect(o.status).toBeNull();
              expect(o.band).toBeNull();
            }
          }
          const anyMissing = a.scores.objectives.some((o) => o.missing > 0);
          if (anyMissing) expect(a.scores.quarterRollUp.colour).toBeNull();
        },
      ),
      { numRuns: 200 },
    );
  });
});
