// Properties that hold for every grid, not just the examples: the engine never throws, capped scores
// stay in [0, 1], a roll-up lies within its parts, and row order within an objective does not matter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, weightedMean } from '../../src/core';
import type { CellValue } from '../../src/core/model';
import { TEMPLATE_HEADER } from '../support/syntheticPlan';

const ERRORS = ['#REF!', '#N/A', '#DIV/0!', '#VALUE!', '#ERROR!', '#NAME?'];
const WORDS = [
  'done',
  'TRUE',
  'committed',
  'at least',
  'decrease',
  'milestone',
  '=1+1',
  '+5',
  '-3',
  '@x',
  '۳۰٪',
  '١٬٥٠٠',
  '$500K',
  '20-30',
  'Quarter',
  'As of',
  '2026-Q4',
  '1405-Q3',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...WORDS, ...ERRORS, ...TEMPLATE_HEADER),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.boolean(),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01') }),
  fc.constant(new Date(Number.NaN)),
);

const grid = fc.array(fc.array(cell, { maxLength: 30 }), { maxLength: 200 });

/** Grids that have the template header somewhere in the first rows, so the row parser is exercised. */
const templated = fc.tuple(fc.integer({ min: 0, max: 9 }), grid).map(([at, rows]) => {
  const copy = rows.map((r) => r.slice());
  copy.splice(Math.min(at, copy.length), 0, [...TEMPLATE_HEADER]);
  return copy;
});

function allScores(a: ReturnType<typeof analyze>): number[] {
  const s = a.scores;
  return [...s.keyResults.map((k) => k.score), ...s.objectives.map((o) => o.score), ...s.teams.map((t) => t.score), s.quarter].filter(
    (x): x is number => x !== null,
  );
}

describe('the engine on arbitrary grids', () => {
  it('parse, validate and score never throw, and capped scores stay in [0, 1]', () => {
    fc.assert(
      fc.property(fc.oneof(grid, templated), (g) => {
        const a = analyze(g, { sheet: 'Any', asOf: '2026-11-20' });
        for (const s of allScores(a)) expect(s >= 0 && s <= 1).toBe(true);
        for (const i of a.issues) expect(i.cell).toMatch(/^[A-Z]+[0-9]+$/);
        // The analysis is plain JSON (it crosses google.script.run).
        expect(() => JSON.stringify(a)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('a roll-up lies between the smallest and largest of its parts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ value: fc.double({ min: -10, max: 10, noNaN: true }), weight: fc.double({ min: 0.001, max: 100, noNaN: true }) }), {
          minLength: 1,
          maxLength: 50,
        }),
        (parts) => {
          const m = weightedMean(parts)!;
          expect(m).toBeGreaterThanOrEqual(Math.min(...parts.map((p) => p.value)));
          expect(m).toBeLessThanOrEqual(Math.max(...parts.map((p) => p.value)));
        },
      ),
    );
  });

  it('objective scores lie between their key results’ scores', () => {
    fc.assert(
      fc.property(templated, (g) => {
        const a = analyze(g, { sheet: 'Any', asOf: '2026-11-20' });
        const byRow = new Map(a.scores.keyResults.map((k) => [k.row, k.score]));
        for (const o of a.plan.teams.flatMap((t) => t.objectives)) {
          const parts = o.keyResults
            .filter((k) => (k.weight.value ?? 1) > 0)
            .map((k) => byRow.get(k.row))
            .filter((s): s is number => s !== null && s !== undefined);
          const score = a.scores.objectives.find((s) => s.id === o.id)?.score;
          if (parts.length === 0 || score === null || score === undefined) continue;
          expect(score).toBeGreaterThanOrEqual(Math.min(...parts) - 1e-12);
          expect(score).toBeLessThanOrEqual(Math.max(...parts) + 1e-12);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reordering the key-result rows within an objective changes no score', () => {
    const krRow = fc.record({
      text: fc.string({ maxLength: 8 }),
      start: fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constant('')),
      target: fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constant('')),
      current: fc.oneof(fc.integer({ min: -60, max: 60 }), fc.constant(''), fc.constant(true)),
      weight: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 3 })),
      type: fc.constantFrom('', 'increase', 'decrease', 'at least', 'at most', 'milestone', 'grade'),
    });
    fc.assert(
      fc.property(fc.array(krRow, { minLength: 1, maxLength: 8 }), fc.func(fc.integer()), (rows, key) => {
        const toGrid = (list: typeof rows) => [
          [...TEMPLATE_HEADER],
          ...list.map((r, i) => {
            const cells: Record<string, CellValue> = {
              Team: i === 0 ? 'T' : '',
              'Objective ID': i === 0 ? 'T-O1' : '',
              Objective: i === 0 ? 'Objective' : '',
              'Key result': `KR ${r.text}`,
              Type: r.type,
              Start: r.start,
              Target: r.target,
              Current: r.current,
              Weight: r.weight,
            };
            return TEMPLATE_HEADER.map((h) => cells[h] ?? '');
          }),
        ];
        const shuffled = [...rows].sort((a, b) => key(a) - key(b));
        const a = analyze(toGrid(rows), { sheet: 'S' });
        const b = analyze(toGrid(shuffled), { sheet: 'S' });
        const objectiveA = a.scores.objectives[0]?.score ?? null;
        const objectiveB = b.scores.objectives[0]?.score ?? null;
        if (objectiveA === null) expect(objectiveB).toBeNull();
        else expect(objectiveB).toBeCloseTo(objectiveA, 12);
        expect(a.scores.keyResults.map((k) => k.score).sort()).toEqual(b.scores.keyResults.map((k) => k.score).sort());
      }),
      { numRuns: 300 },
    );
  });
});
