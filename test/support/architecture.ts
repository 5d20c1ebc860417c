// The layer rules of src/, as a checker over source text (test/architecture.test.ts runs it on the
// tree and on fixtures). The rules, as the README's "Project layout" states them:
// - src/core is pure: it imports only src/core and the packages in CORE_PACKAGES;
// - src/functions and src/sheets never import src/server;
// - only the adapter layer touches Apps Script's globals: src/sheets, src/server, src/main.ts, and
//   src/functions/cells.ts (the custom functions' one door to the spreadsheet: its time zone).
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

export const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'Session',
  'PropertiesService',
  'LockService',
  'HtmlService',
  'CacheService',
  'Utilities',
  'ScriptApp',
  'Browser',
  'DriveApp',
  'UrlFetchApp',
  'Logger',
  'CardService',
  'ContentService',
  'MailApp',
  'GmailApp',
  'Charts',
  'DocumentApp',
  'FormApp',
  'SlidesApp',
  'CalendarApp',
  'ContactsApp',
  'GroupsApp',
  'XmlService',
  'LanguageApp',
  'Maps',
  'Jdbc',
  'DataStudioApp',
  'ConferenceDataService',
  'AdminDirectory',
] as const;

/** Packages the core may import: pure computation, no platform. */
export const CORE_PACKAGES = ['jalaali-js'];

/** Files (paths relative to the repository, with /) allowed to call Apps Script globals. */
export function isAdapter(file: string): boolean {
  return file.startsWith('src/sheets/') || file.startsWith('src/server/') || file === 'src/main.ts' || file === 'src/functions/cells.ts';
}

export type Layer = 'core' | 'functions' | 'sheets' | 'server' | 'main' | 'outside';

export function layerOf(file: string): Layer {
  if (file === 'src/main.ts') return 'main';
  const m = /^src\/(core|functions|sheets|server)\//.exec(file);
  return m ? (m[1] as Layer) : 'outside';
}

/** Source without comments and string contents, so a word in a comment or a message is not a call. */
export function codeOnly(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, (m) =>
    m.startsWith('/') ? ' ' : m[0]! + m[0]!,
  );
}

/** Every module a source file imports or re-exports (static and dynamic). */
export function importsOf(source: string): string[] {
  const out: string[] = [];
  const text = source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ' ');
  const patterns = [
    /\b(?:import|export)\s[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`$]+)['"`]\s*\)/g,
    // A CommonJS require bundles the module as surely as an import does.
    /\brequire\s*\(\s*['"`]([^'"`$]+)['"`]\s*\)/g,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) out.push(m[1]!);
  return out;
}

export interface Violation {
  file: string;
  rule: string;
  detail: string;
}

/** The layer rules' violations in a set of files (repository-relative path → source). */
export function violations(files: Map<string, string>): Violation[] {
  const found: Violation[] = [];
  for (const [file, source] of files) {
    const layer = layerOf(file);
    for (const spec of importsOf(source)) {
      const target = spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file), spec)) : null;
      const targetLayer = target === null ? null : layerOf(`${target}.ts`) === 'outside' ? layerOf(`${target}/index.ts`) : layerOf(`${target}.ts`);
      if (layer === 'core') {
        if (target === null ? !CORE_PACKAGES.includes(spec) : targetLayer !== 'core') {
          found.push({ file, rule: 'core imports only core', detail: spec });
        }
      }
      // src/main.ts re-exports the server's API: importing it is importing the server.
      if ((layer === 'functions' || layer === 'sheets') && (targetLayer === 'server' || targetLayer === 'main')) {
        found.push({ file, rule: 'functions and sheets do not import server', detail: spec });
      }
      if (layer !== 'outside' && targetLayer === 'outside' && target !== null) {
        found.push({ file, rule: 'src imports only src', detail: spec });
      }
    }
    if (layer !== 'outside' && !isAdapter(file)) {
      const code = codeOnly(source);
      // The global object itself, in any spelling (an alias, a cast, a computed name), and a
      // dynamic import of a computed name: what they reach cannot be read here, so neither is allowed
      // outside the adapters (found by an attack on issue 14).
      if (/(?<![\w.$])(?:globalThis|self|window|global)(?![\w$])/.test(code))
        found.push({ file, rule: 'only the adapter layer touches Apps Script', detail: 'the global object' });
      if (/\bimport\s*\(\s*(?!['"`])/.test(code) || /\bimport\s*\(\s*`[^`]*\$\{/.test(source))
        found.push({ file, rule: 'src imports only src', detail: 'an import of a computed name' });
      for (const name of APPS_SCRIPT_GLOBALS) {
        if (new RegExp(`\\[\\s*['"\`]${name}['"\`]\\s*\\]`).test(source))
          found.push({ file, rule: 'only the adapter layer touches Apps Script', detail: name });
      }
      for (const name of APPS_SCRIPT_GLOBALS) {
        // A use of the global in any spelling (SpreadsheetApp., SpreadsheetApp?., an alias
        // const App = SpreadsheetApp, globalThis.SpreadsheetApp), never a property of something
        // else (x.Session) nor a type (GoogleAppsScript.…).
        const bare = new RegExp(`(?<![\\w.$])${name}(?![\\w$])`);
        const viaGlobal = new RegExp(`\\b(?:globalThis|self|this)\\s*(?:\\.\\s*|\\[\\s*.)${name}\\b`);
        if (bare.test(code) || viaGlobal.test(code)) found.push({ file, rule: 'only the adapter layer touches Apps Script', detail: name });
      }
    }
  }
  return found;
}

/** Every .ts file under src/, read from disk. */
export function sourceTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) files.set(relative(root, path).split('\\').join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(join(root, 'src'));
  return files;
}
