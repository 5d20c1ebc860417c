// Runs every bench/*.bench.ts and prints its figures. Performance targets live here, never in
// timed unit tests (DESIGN §9).
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchRow } from '../bench/types';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'bench');
const only = process.argv[2];
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();

const rows: BenchRow[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(benchDir, file)).href)) as { default: Bench };
  const got = await mod.default();
  for (const row of got) {
    rows.push(row);
    const value = Number.isInteger(row.value) ? String(row.value) : row.value.toFixed(2);
    console.log(`${row.name.padEnd(64)} ${value.padStart(10)} ${row.unit}${row.note ? `  (${row.note})` : ''}`);
  }
}
if (rows.length === 0) console.log('no bench entries found');
