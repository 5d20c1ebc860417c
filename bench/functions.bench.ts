// Custom functions: Apps Script evaluates the whole bundle before every custom-function call, so
// both the load time and the time of one call over a large range matter (30 s limit per call).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { Bench } from './types';

const codePath = join(process.cwd(), 'dist', 'Code.js');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const bench: Bench = () => {
  const source = readFileSync(codePath, 'utf8');
  const loads: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    // A fresh context and a fresh compile each time, as a cold Apps Script execution has.
    const context = vm.createContext({});
    new vm.Script(source, { filename: `Code-${i}.js` }).runInContext(context);
    loads.push(performance.now() - t0);
  }
  const context = vm.createContext({});
  vm.runInContext(source, context);
  const n = 10_000;
  const column = (f: (i: number) => unknown) => Array.from({ length: n }, (_, i) => [f(i)]);
  const start = column((i) => (i % 3 === 0 ? 100 : 0));
  const target = column((i) => (i % 3 === 0 ? 60 : 1000));
  const current = column((i) => (i % 7 === 0 ? '' : (i * 37) % 1000));
  const type = column((i) => (i % 5 === 0 ? 'at least' : ''));
  const calls: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    (context.OKR_SCORE as (...a: unknown[]) => unknown)(start, target, current, type);
    calls.push(performance.now() - t0);
  }
  return [
    { name: 'bundle: dist/Code.js size', value: statSync(codePath).size / 1024, unit: 'KB' },
    { name: 'bundle: load (compile + top-level evaluation), median of 30', value: median(loads), unit: 'ms', note: 'budget: a few ms' },
    { name: 'functions: OKR_SCORE over 10,000 rows, median of 7', value: median(calls), unit: 'ms', note: 'limit: 30 s per call' },
  ];
};

export default bench;
