// The engine alone: parse + validate + score of a large plan, in Node (budget: well under a second).
import { analyze } from '../src/core';
import { syntheticPlanGrid } from '../test/support/syntheticPlan';
import type { Bench } from './types';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const bench: Bench = () => {
  const grid = syntheticPlanGrid(10_000);
  analyze(grid, { sheet: 'OKRs 2026-Q4' }); // warm-up
  const times: number[] = [];
  let issues = 0;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const analysis = analyze(grid, { sheet: 'OKRs 2026-Q4' });
    times.push(performance.now() - t0);
    issues = analysis.issues.length;
  }
  return [
    {
      name: 'core: parse + validate + score, 10,000 key results, median of 7',
      value: median(times),
      unit: 'ms',
      note: `budget: well under 1,000 ms; ${issues} issues`,
    },
  ];
};

export default bench;
