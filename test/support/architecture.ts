// The layer rules of src/, as a checker over the TypeScript syntax tree (test/architecture.test.ts
// runs it on the tree and on fixtures). The rules, as the README's "Project layout" states them:
// - src/core is pure: it imports only src/core and the packages in CORE_PACKAGES;
// - src/functions and src/sheets never import src/server;
// - only the adapter layer touches Apps Script's globals: src/sheets, src/server, src/main.ts, and
//   src/functions/cells.ts (the custom functions' one door to the spreadsheet: its time zone).
//
// The checker reads each file with the TypeScript compiler (its parser and binder, not regular
// expressions), so a comment, a string, a template literal or a regex literal can neither hide an
// import or a call nor fake one (an attack on issue 14 found six ways past the earlier regex reader).
// A name counts as an Apps Script global when it is used as a value and no declaration of this file
// binds it (a `declare`, an `import type` or a type-only declaration binds nothing at run time).
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import ts from 'typescript';

/**
 * The globals Apps Script puts in scope: its built-in services and their enums, and the advanced
 * services (each a global once enabled in the manifest). Every `declare var` of
 * @types/google-apps-script is here (test/architecture.test.ts checks), apart from JavaScript's own
 * `Date` and `console` (and the types' `Date2`); the advanced services the types do not declare are added by hand.
 */
export const APPS_SCRIPT_GLOBALS = [
  // Built-in services.
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
  'SitesApp',
  'XmlService',
  'LanguageApp',
  'LinearOptimizationService',
  'Maps',
  'Jdbc',
  'DataStudioApp',
  'ConferenceDataService',
  // Built-in enums and deprecated globals.
  'MimeType',
  'Charset',
  'DigestAlgorithm',
  'MacAlgorithm',
  'RsaAlgorithm',
  'Content',
  'ScriptProperties',
  'UserProperties',
  // Advanced services.
  'Sheets',
  'Drive',
  'Drive_v2',
  'DriveActivity',
  'DriveLabels',
  'Calendar',
  'Gmail',
  'Docs',
  'Slides',
  'Tasks',
  'People',
  'Classroom',
  'BigQuery',
  'Chat',
  'Analytics',
  'AnalyticsAdmin',
  'AnalyticsData',
  'AdminDirectory',
  'AdminGroupsMigration',
  'AdminGroupsSettings',
  'AdminLicenseManager',
  'AdminReports',
  'AdminReseller',
  'Adsense',
  'Dfareporting',
  'TagManager',
  'YouTube',
  'YouTubeAnalytics',
  'YoutubePartner',
] as const;

/** Names of the global object itself: whatever is read from it cannot be known from the source. */
export const GLOBAL_OBJECT_NAMES = ['globalThis', 'global', 'self', 'window'] as const;

/** Globals that turn a string into code, which no checker can read: `eval` and the Function constructor. */
export const CODE_FROM_TEXT = ['eval', 'Function'] as const;

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

export interface Violation {
  file: string;
  rule: string;
  detail: string;
}

const CORE_RULE = 'core imports only core';
const SERVER_RULE = 'functions and sheets do not import server';
const SRC_RULE = 'src imports only src';
const APPS_SCRIPT_RULE = 'only the adapter layer touches Apps Script';
const PARSE_RULE = 'every file of src parses';

const appsScriptGlobals: ReadonlySet<string> = new Set(APPS_SCRIPT_GLOBALS);
const globalObjectNames: ReadonlySet<string> = new Set(GLOBAL_OBJECT_NAMES);
const codeFromText: ReadonlySet<string> = new Set(CODE_FROM_TEXT);

/** A file as the checker reads it: its syntax tree, and the binder's view of what each name refers to. */
interface Parsed {
  program: ts.Program;
  checker: ts.TypeChecker;
  sourceOf(file: string): ts.SourceFile;
}

/**
 * Parses and binds every file on its own: no default library, no type packages and no module
 * resolution, so the only declarations a name can resolve to are the file's own (and every file is a
 * module, so one file's top-level names never leak into another).
 */
function parse(files: Map<string, string>): Parsed {
  const names = new Map([...files.keys()].map((file) => [`/${file}`, file]));
  const cache = new Map<string, ts.SourceFile>();
  const options: ts.CompilerOptions = {
    noLib: true,
    types: [],
    noResolve: true,
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleDetection: ts.ModuleDetectionKind.Force,
  };
  const host: ts.CompilerHost = {
    getSourceFile(fileName, languageVersion) {
      const file = names.get(fileName);
      if (file === undefined) return undefined;
      let sf = cache.get(fileName);
      if (!sf) cache.set(fileName, (sf = ts.createSourceFile(fileName, files.get(file)!, languageVersion, true, ts.ScriptKind.TS)));
      return sf;
    },
    getDefaultLibFileName: () => '/lib.d.ts',
    writeFile: () => {},
    getCurrentDirectory: () => '/',
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (f) => names.has(f),
    readFile: (f) => {
      const file = names.get(f);
      return file === undefined ? undefined : files.get(file);
    },
  };
  const program = ts.createProgram([...names.keys()], options, host);
  return { program, checker: program.getTypeChecker(), sourceOf: (file) => program.getSourceFile(`/${file}`)! };
}

/** The text of a string literal or a template literal with no substitution; null for anything computed. */
function literalText(node: ts.Node | undefined): string | null {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null;
}

/** What a file imports: module specifiers in source order, and the imports whose module is computed. */
interface Imports {
  specs: string[];
  computed: string[];
}

function importsIn(sf: ts.SourceFile, isGlobal: (id: ts.Identifier) => boolean): Imports {
  const specs: string[] = [];
  const computed: string[] = [];
  // Triple-slash directives are comments TypeScript obeys: a file, a type package, a library.
  for (const ref of sf.referencedFiles) specs.push(ref.fileName);
  for (const ref of sf.typeReferenceDirectives) specs.push(ref.fileName);
  for (const ref of sf.libReferenceDirectives) specs.push(`lib:${ref.fileName}`);
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      const spec = literalText(node.moduleSpecifier);
      if (spec !== null) specs.push(spec);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const spec = literalText(node.moduleReference.expression);
      if (spec === null) computed.push('import = require of a computed name');
      else specs.push(spec);
    } else if (ts.isImportTypeNode(node)) {
      // type T = import('../server/types').X
      const spec = ts.isLiteralTypeNode(node.argument) ? literalText(node.argument.literal) : null;
      if (spec === null) computed.push('an import type of a computed name');
      else specs.push(spec);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const spec = node.arguments.length === 1 ? literalText(node.arguments[0]) : null;
      if (spec === null) computed.push('an import of a computed name');
      else specs.push(spec);
    } else if (ts.isIdentifier(node) && node.text === 'require' && isValueReference(node) && isGlobal(node)) {
      // A CommonJS require bundles the module as surely as an import does.
      const call = node.parent;
      const spec = ts.isCallExpression(call) && call.expression === node && call.arguments.length === 1 ? literalText(call.arguments[0]) : null;
      if (spec === null) computed.push('a require of a computed name');
      else specs.push(spec);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { specs, computed };
}

/** Every module a source file imports or re-exports (static, dynamic, type-only, require, triple-slash). */
export function importsOf(source: string): string[] {
  const file = 'src/file.ts';
  const parsed = parse(new Map([[file, source]]));
  const sf = parsed.sourceOf(file);
  return importsIn(sf, (id) => resolvesToGlobal(parsed.checker, sf, id)).specs;
}

/**
 * Source with comments and the contents of strings, template literals (not their `${…}`) and regex
 * literals blanked, line breaks kept: the code a reader of the file runs. Built from the parser's
 * tokens, so a quote inside a regex or a `/*` inside a string cannot shift what counts as code.
 */
export function codeOnly(source: string): string {
  const sf = ts.createSourceFile('/code.ts', source, ts.ScriptTarget.ES2020, true, ts.ScriptKind.TS);
  const out = source.replace(/[^\n]/g, ' ').split('');
  const put = (at: number, text: string) => {
    for (let i = 0; i < text.length; i++) out[at + i] = text[i]!;
  };
  const blank = (text: string, open: number, close: number) =>
    text.slice(0, open) + text.slice(open, text.length - close).replace(/[^\n]/g, ' ') + text.slice(text.length - close);
  const visit = (node: ts.Node): void => {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const children = node.getChildren(sf);
    if (children.length > 0 && !ts.isTemplateLiteralToken(node)) {
      for (const child of children) visit(child);
      return;
    }
    const text = node.getText(sf);
    const at = node.getStart(sf);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateTail(node)) put(at, blank(text, 1, 1));
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node)) put(at, blank(text, 1, 2));
    else if (ts.isRegularExpressionLiteral(node)) put(at, blank(text, 1, text.length - text.lastIndexOf('/')));
    else put(at, text);
  };
  visit(sf);
  return out.join('');
}

/**
 * Whether an identifier is read as a value at run time: not a property name after a dot, not a
 * declared member or label, not inside a type (types are erased, so `GoogleAppsScript.…` or
 * `typeof SpreadsheetApp` reach nothing).
 */
function isValueReference(id: ts.Identifier): boolean {
  const p = id.parent;
  if ((ts.isPropertyAccessExpression(p) || ts.isQualifiedName(p)) && (ts.isPropertyAccessExpression(p) ? p.name : p.right) === id) return false;
  if (
    (ts.isPropertyAssignment(p) ||
      ts.isMethodDeclaration(p) ||
      ts.isPropertyDeclaration(p) ||
      ts.isPropertySignature(p) ||
      ts.isMethodSignature(p) ||
      ts.isGetAccessorDeclaration(p) ||
      ts.isSetAccessorDeclaration(p) ||
      ts.isEnumMember(p)) &&
    p.name === id
  )
    return false;
  if (ts.isBindingElement(p) && p.propertyName === id) return false;
  if (ts.isImportSpecifier(p) && p.propertyName === id) return false;
  if (ts.isExportSpecifier(p) && (p.parent.parent.moduleSpecifier !== undefined || (p.propertyName !== undefined && p.name === id))) return false;
  if ((ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p)) && p.label === id) return false;
  if (ts.isMetaProperty(p)) return false;
  for (let n: ts.Node = p; !ts.isSourceFile(n); n = n.parent) {
    if (
      ts.isExpressionWithTypeArguments(n) &&
      ts.isHeritageClause(n.parent) &&
      n.parent.token === ts.SyntaxKind.ExtendsKeyword &&
      ts.isClassLike(n.parent.parent)
    ) {
      continue; // class X extends Y: Y runs
    }
    if (ts.isTypeNode(n) || ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n)) return false;
    if (ts.isHeritageClause(n) && n.token === ts.SyntaxKind.ImplementsKeyword) return false;
  }
  return true;
}

/** Whether a declaration binds its name at run time in this file (not `declare`, not `import type`). */
function bindsAtRunTime(decl: ts.Declaration, sf: ts.SourceFile): boolean {
  if (decl.getSourceFile() !== sf) return false;
  for (let n: ts.Node = decl; !ts.isSourceFile(n); n = n.parent) {
    // declare const X, declare function X, declare namespace N { … }, declare global { … }
    if (ts.canHaveModifiers(n) && ts.getModifiers(n)?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) return false;
  }
  if (ts.isTypeOnlyImportDeclaration(decl) || ts.isTypeOnlyExportDeclaration(decl)) return false;
  return true;
}

/** Whether a value reference reaches a global: no declaration of this file binds the name where it is used. */
function resolvesToGlobal(checker: ts.TypeChecker, sf: ts.SourceFile, id: ts.Identifier): boolean {
  const p = id.parent;
  // { SpreadsheetApp } is a property named after the value it reads; export { Session } exports
  // whatever Session is where it stands.
  const symbol =
    ts.isShorthandPropertyAssignment(p) && p.name === id
      ? checker.getShorthandAssignmentValueSymbol(p)
      : ts.isExportSpecifier(p)
        ? checker.getExportSpecifierLocalTargetSymbol(p)
        : checker.getSymbolAtLocation(id);
  return !symbol?.declarations?.some((d) => bindsAtRunTime(d, sf));
}

/**
 * Where a `this` may stand for the global object: at top level, or in a plain function (Apps Script
 * runs the bundle sloppy, so a plain call gets the global object); null inside a class or a method.
 */
function thisMayBeGlobal(node: ts.Node): 'top level' | 'a plain function' | null {
  for (let n = node.parent; ; n = n.parent) {
    if (ts.isSourceFile(n) || ts.isModuleDeclaration(n)) return 'top level';
    // A computed member name and a class's heritage are evaluated outside the member and the class.
    if (ts.isComputedPropertyName(n) || ts.isHeritageClause(n)) {
      n = n.parent;
      continue;
    }
    if (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n)) {
      const methodLike = ts.isFunctionExpression(n) && (ts.isPropertyAssignment(n.parent) || (ts.isBinaryExpression(n.parent) && n.parent.right === n));
      return methodLike ? null : 'a plain function';
    }
    if (ts.isClassLike(n) || ts.isMethodDeclaration(n) || ts.isAccessor(n) || ts.isConstructorDeclaration(n)) return null;
    // Arrow functions, object literals and property values take the this of where they stand.
  }
}

/** The Apps Script reach of a file outside the adapters: each use of a global, the global object, eval or Function. */
function reachesIn(sf: ts.SourceFile, checker: ts.TypeChecker): string[] {
  const found: string[] = [];
  const propertyOf = (node: ts.Expression): string | null => {
    let n: ts.Node = node;
    while (ts.isParenthesizedExpression(n.parent) || ts.isAsExpression(n.parent) || ts.isNonNullExpression(n.parent) || ts.isSatisfiesExpression(n.parent))
      n = n.parent;
    const p = n.parent;
    if (ts.isPropertyAccessExpression(p) && p.expression === n) return p.name.text;
    if (ts.isElementAccessExpression(p) && p.expression === n) return literalText(p.argumentExpression) ?? '[a computed name]';
    return null;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && isValueReference(node)) {
      const name = node.text;
      if ((appsScriptGlobals.has(name) || globalObjectNames.has(name) || codeFromText.has(name)) && resolvesToGlobal(checker, sf, node)) {
        if (appsScriptGlobals.has(name)) found.push(name);
        else if (codeFromText.has(name)) found.push(name === 'eval' ? 'eval' : 'the Function constructor');
        else {
          // The global object itself, in any spelling (an alias, a cast, a computed name): what is
          // read from it cannot be known here, so it is not allowed outside the adapters at all.
          const property = propertyOf(node);
          found.push(property !== null && (appsScriptGlobals.has(property) || codeFromText.has(property)) ? property : 'the global object');
        }
      }
    } else if (node.kind === ts.SyntaxKind.ThisKeyword) {
      const where = thisMayBeGlobal(node);
      const property = propertyOf(node as ts.Expression);
      if (where === 'top level') found.push('the global object (this at top level)');
      else if (
        where === 'a plain function' &&
        property !== null &&
        (property.startsWith('[') || appsScriptGlobals.has(property) || globalObjectNames.has(property) || codeFromText.has(property))
      )
        found.push(`the global object (this in a plain function): ${property}`);
    } else if (
      (ts.isPropertyAccessExpression(node) && node.name.text === 'constructor') ||
      (ts.isElementAccessExpression(node) && literalText(node.argumentExpression) === 'constructor')
    ) {
      // (() => {}).constructor is the Function constructor under another name.
      found.push('the Function constructor (.constructor)');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** The layer rules' violations in a set of files (repository-relative path → source). */
export function violations(files: Map<string, string>): Violation[] {
  const found: Violation[] = [];
  const parsed = parse(files);
  for (const file of files.keys()) {
    const layer = layerOf(file);
    const sf = parsed.sourceOf(file);
    const syntax = parsed.program.getSyntacticDiagnostics(sf);
    if (syntax.length > 0 && layer !== 'outside') {
      // What the parser cannot read, the checker cannot vouch for.
      found.push({ file, rule: PARSE_RULE, detail: ts.flattenDiagnosticMessageText(syntax[0]!.messageText, '\n') });
    }
    const imports = importsIn(sf, (id) => resolvesToGlobal(parsed.checker, sf, id));
    for (const spec of imports.specs) {
      const target = spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file), spec)).replace(/\.ts$/, '') : null;
      const targetLayer = target === null ? null : layerOf(`${target}.ts`) === 'outside' ? layerOf(`${target}/index.ts`) : layerOf(`${target}.ts`);
      if (layer === 'core') {
        if (target === null ? !CORE_PACKAGES.includes(spec) : targetLayer !== 'core') {
          found.push({ file, rule: CORE_RULE, detail: spec });
        }
      }
      // src/main.ts re-exports the server's API: importing it is importing the server.
      if ((layer === 'functions' || layer === 'sheets') && (targetLayer === 'server' || targetLayer === 'main')) {
        found.push({ file, rule: SERVER_RULE, detail: spec });
      }
      if (layer !== 'outside' && targetLayer === 'outside' && target !== null) {
        found.push({ file, rule: SRC_RULE, detail: spec });
      }
    }
    // An import of a computed name: what it reaches cannot be read here (found by an attack on issue 14).
    if (layer !== 'outside') for (const detail of imports.computed) found.push({ file, rule: SRC_RULE, detail });
    if (layer !== 'outside' && !isAdapter(file)) {
      for (const detail of reachesIn(sf, parsed.checker)) found.push({ file, rule: APPS_SCRIPT_RULE, detail });
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
