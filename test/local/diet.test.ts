// The runtime on the add-on's diet: every Apps Script method the built bundle calls is one the
// local runtime defines (by name: a method of that name on one of its classes), and the methods it
// defines that no caller uses (the bundle, the CLI, the preview) are listed, so they can be deleted
// with their tests. Static: a call the bundle makes in a branch no test reaches is checked too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API } from '../../local/api';
import { bundleSource } from '../support/bundle';

const LOCAL = join(__dirname, '..', '..', 'local');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? tsFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every Apps Script method name of the classes the runtime stands in for. */
const apiMethods = new Set(Object.values(API).flatMap((c) => [...(c as { methods: ReadonlySet<string> }).methods]));

/** JavaScript's own methods (`[].sort()`, `''.split()`): a call to one is not an Apps Script call. */
const BUILT_IN = new Set(
  [
    Array.prototype,
    String.prototype,
    Object.prototype,
    Map.prototype,
    Set.prototype,
    Date.prototype,
    Number.prototype,
    RegExp.prototype,
    Promise.prototype,
    Function.prototype,
    Math,
    JSON,
    Object,
    Array,
    Number,
    String,
  ].flatMap((o) => Object.getOwnPropertyNames(o)),
);

/** Names called as methods (`.name(`) in a source. */
function calledNames(source: string): Set<string> {
  return new Set([...source.matchAll(/\.([A-Za-z_$][\w$]*)\s*\(/g)].map((m) => m[1]!));
}

/** Method names defined in the runtime's classes (`  name(` at the start of a class member). */
function definedNames(): Set<string> {
  const out = new Set<string>();
  for (const file of tsFiles(LOCAL)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/^\s+(?:(?:public|async|static|override)\s+)*([A-Za-z_$][\w$]*)\s*(?:<[^>]*>)?\(/gm)) out.add(m[1]!);
  }
  return out;
}

describe('the local runtime and the bundle', () => {
  const bundle = bundleSource();
  const called = [...calledNames(bundle)].filter((n) => apiMethods.has(n) && !BUILT_IN.has(n)).sort();
  const defined = definedNames();

  it('defines every Apps Script method the bundle calls (by name)', () => {
    expect(called.length).toBeGreaterThan(40);
    expect(called.filter((n) => !defined.has(n))).toEqual([]);
    // The diet's to-do: methods the runtime defines that nothing calls (the bundle, the CLI, the
    // preview), printed for whoever trims them with their tests.
    const callers = new Set([
      ...calledNames(bundle),
      ...calledNames(readFileSync(join(LOCAL, 'cli.ts'), 'utf8')),
      ...calledNames(readFileSync(join(LOCAL, 'preview.ts'), 'utf8')),
    ]);
    const unused = [...defined].filter((n) => apiMethods.has(n) && !callers.has(n)).sort();
    console.info(`${called.length} Apps Script methods called by the bundle; ${unused.length} defined by local/ and called by nothing: ${unused.join(', ')}`);
  });
});
