// Loads the built dist/Code.js the way Apps Script does: one script evaluated in a fresh global
// scope, whose top-level functions are then called by name.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const distDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
export const codePath = join(distDir, 'Code.js');

export function bundleSource(): string {
  return readFileSync(codePath, 'utf8');
}

export type BundleGlobals = Record<string, unknown>;

/** Evaluates the bundle in a new context with the given globals; returns that context. */
export function loadBundleInVm(globals: BundleGlobals = {}): vm.Context & Record<string, any> {
  const context = vm.createContext({ ...globals });
  vm.runInContext(bundleSource(), context, { filename: 'Code.js' });
  return context as vm.Context & Record<string, any>;
}
