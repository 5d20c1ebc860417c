// The core's public surface is a list of names (src/core/index.ts), not `export *`: what the core
// offers the adapters is read in one file, and every listed value really exists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core';

const source = readFileSync(join(__dirname, '..', '..', 'src', 'core', 'index.ts'), 'utf8');

describe('src/core/index.ts', () => {
  it('names every export (no export *)', () => {
    expect(source).not.toMatch(/export\s*\*/);
  });
  it('lists values that exist in their module', () => {
    const values = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) =>
      m[1]!
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('type ')),
    );
    expect(values.length).toBeGreaterThan(50);
    const exported = new Map(Object.entries(core));
    for (const name of values) expect(exported.get(name), name).toBeDefined();
  });
});
