// The layers the build enforces (README, "Project layout"): the rules of test/support/architecture.ts
// hold on the whole of src/, and each rule catches a deliberately wrong file.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APPS_SCRIPT_GLOBALS, codeOnly, importsOf, sourceTree, violations } from './support/architecture';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('layers of src/', () => {
  it('hold on the tree: core imports nothing outward, functions and sheets never import server, only adapters call Apps Script', () => {
    const tree = sourceTree(root);
    expect(tree.size).toBeGreaterThan(40);
    expect([...tree.keys()].filter((f) => f.startsWith('src/core/')).length).toBeGreaterThan(15);
    expect(violations(tree)).toEqual([]);
  });

  const core = (source: string) => violations(new Map([['src/core/score.ts', source]]));
  it.each([
    ['core importing an adapter', 'src/core/score.ts', "import { refreshTabs } from '../sheets/refresh';", 'core imports only core'],
    [
      'core importing the server (multi-line, type only)',
      'src/core/i18n/format.ts',
      "import type {\n  SidebarState,\n} from '../../server/types';",
      'core imports only core',
    ],
    ['core re-exporting a custom function', 'src/core/index.ts', "export { okrScore } from '../functions/score';", 'core imports only core'],
    ['core importing a platform package', 'src/core/calendar.ts', "import { readFileSync } from 'node:fs';", 'core imports only core'],
    ['core loading an adapter lazily', 'src/core/report.ts', "const m = await import('../sheets/read');", 'core imports only core'],
    [
      'sheets importing server types',
      'src/sheets/checkin.ts',
      "import type { CheckInRow } from '../server/types';",
      'functions and sheets do not import server',
    ],
    [
      'a custom function importing the server',
      'src/functions/score.ts',
      "import { fail } from '../server/messages';",
      'functions and sheets do not import server',
    ],
    [
      'core calling SpreadsheetApp',
      'src/core/score.ts',
      'export const tz = () => SpreadsheetApp.getActive().getSpreadsheetTimeZone();',
      'only the adapter layer touches Apps Script',
    ],
    [
      'core calling Utilities',
      'src/core/a1.ts',
      "export const d = (x: Date) => Utilities.formatDate(x, 'UTC', 'yyyy');",
      'only the adapter layer touches Apps Script',
    ],
    [
      'a custom function reading properties',
      'src/functions/score.ts',
      'const p = PropertiesService.getDocumentProperties();',
      'only the adapter layer touches Apps Script',
    ],
    ['core using Session', 'src/core/model.ts', 'const who = Session.getActiveUser();', 'only the adapter layer touches Apps Script'],
    // Other spellings of the same reach (found by an attack on issue 14).
    [
      'a custom function through globalThis',
      'src/functions/score.ts',
      'export const tz = () => globalThis.SpreadsheetApp.getActive();',
      'only the adapter layer touches Apps Script',
    ],
    [
      'a custom function with ?.',
      'src/functions/score.ts',
      'export const tz = () => SpreadsheetApp?.getActive();',
      'only the adapter layer touches Apps Script',
    ],
    [
      'a custom function through an alias',
      'src/functions/score.ts',
      'const App = SpreadsheetApp;\nexport const tz = () => App.getActive();',
      'only the adapter layer touches Apps Script',
    ],
    ['sheets requiring server', 'src/sheets/checkin.ts', "const api = require('../server/api');", 'functions and sheets do not import server'],
    // A second attack on issue 14.
    [
      'the global object through an alias',
      'src/functions/score.ts',
      'const g = globalThis;\nexport const tz = () => g.SpreadsheetApp.getActive();',
      'only the adapter layer touches Apps Script',
    ],
    [
      'the global object through a cast',
      'src/functions/score.ts',
      'export const tz = () => (globalThis as typeof globalThis).SpreadsheetApp;',
      'only the adapter layer touches Apps Script',
    ],
    [
      'a global by a computed name',
      'src/functions/score.ts',
      "export const tz = () => (this as any)['SpreadsheetApp'].getActive();",
      'only the adapter layer touches Apps Script',
    ],
    [
      'sheets importing the server through main',
      'src/sheets/checkin.ts',
      "import { sidebarSaveCheckIn } from '../main';",
      'functions and sheets do not import server',
    ],
    ['a custom function importing main', 'src/functions/score.ts', "import { sidebarValidate } from '../main';", 'functions and sheets do not import server'],
    ['core drawing a chart', 'src/core/dashboard.ts', 'export const t = () => Charts.ChartType.LINE;', 'only the adapter layer touches Apps Script'],
    ['core importing an adapter with backticks', 'src/core/report.ts', 'const m = await import(`../sheets/read`);', 'core imports only core'],
    ['core importing a computed name', 'src/core/report.ts', 'const where = "../sheets/read";\nconst m = await import(where);', 'src imports only src'],
    // A third attack on issue 14 (its six bypasses of the regex reader; the checker now reads the
    // syntax tree, so comments, strings, template literals and regex literals neither hide nor fake).
    [
      'an import between two strings that look like a block comment',
      'src/sheets/checkin.ts',
      "const a = '/*';\nimport { sidebarSaveCheckIn } from '../server/api';\nconst b = '*/';\nexport const x = [a, b, sidebarSaveCheckIn];",
      'functions and sheets do not import server',
    ],
    [
      'Apps Script inside a template-literal substitution',
      'src/functions/score.ts',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source under test, with its ${…}
      'export const tz = () => `${SpreadsheetApp.getActive().getSpreadsheetTimeZone()}`;',
      'only the adapter layer touches Apps Script',
    ],
    [
      'a regex literal with a quote before the call',
      'src/functions/score.ts',
      "export const tz = () => /'/.test('x') && SpreadsheetApp.getActive(); const q = 'y';",
      'only the adapter layer touches Apps Script',
    ],
    [
      'new Function returning the global',
      'src/functions/score.ts',
      "export const tz = () => new Function('return SpreadsheetApp')().getActive();",
      'only the adapter layer touches Apps Script',
    ],
    ['eval', 'src/functions/score.ts', "export const tz = () => eval('Spreadsheet' + 'App').getActive();", 'only the adapter layer touches Apps Script'],
    [
      'the advanced Sheets service',
      'src/functions/score.ts',
      "export const v = () => Sheets.Spreadsheets.get('id');",
      'only the adapter layer touches Apps Script',
    ],
    // Neighbours of those bypasses.
    ['Function called without new', 'src/core/score.ts', "export const f = Function('return this')();", 'only the adapter layer touches Apps Script'],
    [
      'the Function constructor reached through .constructor',
      'src/core/score.ts',
      "export const f = (() => 0).constructor('return SpreadsheetApp')();",
      'only the adapter layer touches Apps Script',
    ],
    [
      'an import with a comment in it',
      'src/sheets/checkin.ts',
      "import /* '../core' */ { fail } from /* x */ '../server/messages';",
      'functions and sheets do not import server',
    ],
    ['a type imported inline', 'src/sheets/checkin.ts', "export type Row = import('../server/types').CheckInRow;", 'functions and sheets do not import server'],
    [
      'core loading Apps Script types by a directive',
      'src/core/score.ts',
      '/// <reference types="google-apps-script" />\nexport const x = 1;',
      'core imports only core',
    ],
    [
      'an import of a template with a substitution',
      'src/core/report.ts',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source under test, with its ${…}
      'const n = "read";\nconst m = await import(`../sheets/${n}`);',
      'src imports only src',
    ],
    ['a require of a computed name', 'src/core/report.ts', "const r = require('../sheets/' + 'read');", 'src imports only src'],
    ['the advanced Drive service in a shorthand property', 'src/core/score.ts', 'export const deps = { Drive };', 'only the adapter layer touches Apps Script'],
    ['a global re-exported', 'src/core/score.ts', 'export { Session };', 'only the adapter layer touches Apps Script'],
    [
      'a declare that binds nothing at run time',
      'src/core/score.ts',
      'declare const SpreadsheetApp: { getActive(): unknown };\nexport const s = () => SpreadsheetApp.getActive();',
      'only the adapter layer touches Apps Script',
    ],
    [
      'a declare global that binds nothing at run time',
      'src/core/score.ts',
      'declare global {\n  const Sheets: { Spreadsheets: { get(id: string): unknown } };\n}\nexport const v = () => Sheets.Spreadsheets.get("id");',
      'only the adapter layer touches Apps Script',
    ],
    [
      'a type-only import of the same name',
      'src/core/score.ts',
      "import type { Session } from './model';\nexport const who = () => Session.getActiveUser();",
      'only the adapter layer touches Apps Script',
    ],
    [
      'a global shadowed only in another scope',
      'src/core/score.ts',
      'function f(SpreadsheetApp: unknown) {\n  return SpreadsheetApp;\n}\nexport const g = () => [f, SpreadsheetApp.getActive()];',
      'only the adapter layer touches Apps Script',
    ],
    ['a class extending a service', 'src/core/score.ts', 'export class Card extends CardService.Card {}', 'only the adapter layer touches Apps Script'],
    [
      'the global object by a computed name',
      'src/core/score.ts',
      "export const s = global['Spreadsheet' + 'App'];",
      'only the adapter layer touches Apps Script',
    ],
    ['this at top level', 'src/core/score.ts', 'export const s = this.SpreadsheetApp;', 'only the adapter layer touches Apps Script'],
    [
      'this at top level in an object literal',
      'src/core/score.ts',
      "export const o = { app: this['SpreadsheetApp'] };",
      'only the adapter layer touches Apps Script',
    ],
    [
      'this in a plain function',
      'src/core/score.ts',
      "export function s(this: Record<string, unknown>) {\n  return this['Spreadsheet' + 'App'];\n}",
      'only the adapter layer touches Apps Script',
    ],
    ['a file the parser cannot read', 'src/core/score.ts', "const a = ;\nimport { x } from '../sheets/read'", 'every file of src parses'],
  ])('catch %s', (_what, file, source, rule) => {
    const found = violations(new Map([[file, source]]));
    expect(found.map((v) => v.rule)).toContain(rule);
  });

  it.each([
    ['core importing core', "import { parseDate } from './calendar';\nimport type { Settings } from './model';"],
    ['core importing jalaali-js', "import { toJalaali } from 'jalaali-js';"],
    ['a comment or a message naming Apps Script', "// SpreadsheetApp.flush() is the adapter's job\nconst m = 'Use SpreadsheetApp.getUi() there';"],
    ['a type from the Apps Script namespace in a comment', '/* GoogleAppsScript.Spreadsheet.Sheet */ export const x = 1;'],
    [
      'Apps Script named in a template literal, a regex literal and strings that look like comments',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source under test, with its ${…}
      "const a = '/*';\nexport const t = (n: number) => `SpreadsheetApp ${n} Session`;\nexport const r = /SpreadsheetApp|eval\\(/;\nconst b = '*/';\nexport const ab = a + b;",
    ],
    [
      'local names that shadow a global',
      "const Sheets = ['OKRs'];\nexport function who(Session: string) {\n  return Session;\n}\nexport const first = Sheets[0];\ntry {\n} catch (Drive) {\n  void Drive;\n}",
    ],
    [
      'property names, members and labels that spell a global',
      'const o = { Sheets: 1, Session() {} };\nexport const n = o.Sheets;\nconst { Session: s } = o;\nexport { s as Session };\nenum E {\n  Drive = 1,\n}\nexport const e = E.Drive;\nloop: for (;;) break loop;',
    ],
    [
      'types, which are erased',
      'export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;\nexport type App = typeof SpreadsheetApp;\nexport interface Cell extends Sheets.Schema.CellData {}\nexport const f = (x: Function) => x;',
    ],
    [
      'this in a class and in an object method',
      'export class L {\n  n = 1;\n  add() {\n    return this.n;\n  }\n}\nexport const o = { n: 1, get() { return this.n; }, f: function () { return this.n; } };',
    ],
  ])('leave alone %s', (_what, source) => {
    expect(core(source)).toEqual([]);
  });

  it('adapters may call Apps Script and sheets may import core', () => {
    const files = new Map([
      ['src/sheets/read.ts', "import { analyze } from '../core';\nconst ss = SpreadsheetApp.getActiveSpreadsheet();"],
      ['src/server/api.ts', "import { readOkrSheet } from '../sheets/read';\nconst lock = LockService.getDocumentLock();"],
      ['src/main.ts', "export * from './server/api';\nSpreadsheetApp.getUi();"],
    ]);
    expect(violations(files)).toEqual([]);
  });

  it('reads imports of every form and ignores code in comments and strings', () => {
    expect(
      importsOf(
        "import a from './a';\nimport type {\n  B,\n} from \"../b\";\nexport * from './c';\nimport './d';\nconst e = import('./e');\n// import x from './x';",
      ),
    ).toEqual(['./a', '../b', './c', './d', './e']);
    expect(codeOnly("const s = 'SpreadsheetApp.x'; // Session.y\nLockService.z")).not.toMatch(/SpreadsheetApp|Session/);
    // A quote in a regex, a comment opener in a string and a template's substitutions are read as the parser reads them.
    expect(importsOf("const a = '/*';\nimport { x } from '../server/api';\nconst b = '*/';")).toEqual(['../server/api']);
    expect(codeOnly("/'/.test(q) && Utilities.x; const s = 'Session';")).toMatch(/Utilities/);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source under test, with its ${…}
    expect(codeOnly('const t = `SpreadsheetApp ${Session.x} CacheService`;')).toMatch(/^(?!.*SpreadsheetApp)(?!.*CacheService).*Session/);
  });

  it('knows every global the Apps Script types declare', () => {
    const dir = fileURLToPath(new URL('../node_modules/@types/google-apps-script/', import.meta.url));
    const declared = new Set<string>();
    // The built-in services at the top, the advanced services under apis/.
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.d.ts'))) {
      for (const m of readFileSync(join(dir, name), 'utf8').matchAll(/^declare (?:var|const|let) (\w+)/gm)) declared.add(m[1]!);
    }
    expect(declared.size).toBeGreaterThan(40);
    const known: ReadonlySet<string> = new Set(APPS_SCRIPT_GLOBALS);
    // Date and console are JavaScript's own, which the types only extend; Date2 is the types' own
    // spelling of Apps Script's Date (google-apps-script.base.d.ts), not a name the runtime has.
    const javascript = new Set(['Date', 'Date2', 'console']);
    expect([...declared].filter((name) => !known.has(name) && !javascript.has(name))).toEqual([]);
  });
});
