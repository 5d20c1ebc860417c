// The layers the build enforces (README, "Project layout"): the rules of test/support/architecture.ts
// hold on the whole of src/, and each rule catches a deliberately wrong file.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { codeOnly, importsOf, sourceTree, violations } from './support/architecture';

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
  ])('catch %s', (_what, file, source, rule) => {
    const found = violations(new Map([[file, source]]));
    expect(found.map((v) => v.rule)).toContain(rule);
  });

  it.each([
    ['core importing core', "import { parseDate } from './calendar';\nimport type { Settings } from './model';"],
    ['core importing jalaali-js', "import { toJalaali } from 'jalaali-js';"],
    ['a comment or a message naming Apps Script', "// SpreadsheetApp.flush() is the adapter's job\nconst m = 'Use SpreadsheetApp.getUi() there';"],
    ['a type from the Apps Script namespace in a comment', '/* GoogleAppsScript.Spreadsheet.Sheet */ export const x = 1;'],
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
  });
});
