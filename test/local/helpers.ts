// Shared set-up for the local runtime's tests: services over an in-memory spreadsheet, and small
// Code.js-like bundles written to a temporary directory (the tests do not depend on dist/).
import { afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices, createSpreadsheet, Environment, type EnvironmentOptions, type LocalSpreadsheet, type ServiceGlobals } from '../../local/index';

export interface Harness extends ServiceGlobals {
  spreadsheet: LocalSpreadsheet;
  env: Environment;
  /** The active spreadsheet as the script sees it. */
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Its first sheet, Sheet1. */
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
}

/** Apps Script services over a new spreadsheet (or the given one), used from Node directly. */
export function harness(spreadsheet: LocalSpreadsheet = createSpreadsheet('Test'), options: EnvironmentOptions = {}): Harness {
  const env = new Environment(spreadsheet, options);
  const globals = createServices(env);
  const ss = globals.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0]!;
  env.counter.reset();
  return { ...globals, spreadsheet, env, ss, sheet };
}

/** Writes files into a new temporary directory and returns its path. */
const madeDirs: string[] = [];
// Registered while the importing test file is collected: its temporary directories go when it ends.
afterAll(() => {
  for (const dir of madeDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'okr-local-'));
  madeDirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** A bundle (Code.js) with the given source, plus any other project files; returns the Code.js path. */
export function writeBundle(source: string, files: Record<string, string> = {}): string {
  const dir = tempDir({ 'Code.js': `"use strict";\n${source}`, ...files });
  return join(dir, 'Code.js');
}

/** The message of the error fn throws (fails the test when it does not throw). */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the call to throw');
}
