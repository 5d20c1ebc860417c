/** One figure reported by `npm run bench`. */
export interface BenchRow {
  /** What was measured, e.g. `core: parse + validate + score, 10,000 key results`. */
  name: string;
  value: number;
  /** `ms`, `calls`, `KB`, `x`… */
  unit: string;
  /** Optional context, e.g. the budget it is held against. */
  note?: string;
}

/** Each `bench/*.bench.ts` default-exports one of these; `scripts/bench.ts` runs them all. */
export type Bench = () => Promise<BenchRow[]> | BenchRow[];
