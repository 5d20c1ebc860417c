// Builds what `clasp push` uploads: dist/Code.js, dist/sidebar.html, dist/appsscript.json.
//
// Code.js is one esbuild IIFE namespace (NAMESPACE) followed by one top-level
// `function NAME(a, b) { return NAMESPACE.NAME(a, b); }` per export of src/main.ts. Apps Script only
// sees top-level function declarations (custom functions, menu handlers, google.script.run targets),
// and esbuild drops comments, so the wrappers take their parameter names and JSDoc (with
// @customfunction, which Sheets needs for autocomplete) from the TypeScript source.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
export const NAMESPACE = 'OKRSheets';

/**
 * The entry points of src/main.ts: name, parameter names and the JSDoc block of the declaration
 * they resolve to (through re-exports).
 */
export function readEntryPoints(mainPath = join(root, 'src', 'main.ts')) {
  const program = ts.createProgram([mainPath], {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(mainPath);
  if (!source) throw new Error(`cannot read ${mainPath}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) return [];
  const entries = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decl = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (!decl) continue;
    const fn = functionLike(decl);
    if (!fn) {
      throw new Error(`src/main.ts exports ${exported.name}, which is not a function: only entry points belong there`);
    }
    const params = fn.parameters.map((p, i) => (ts.isIdentifier(p.name) ? p.name.text : `arg${i}`));
    if (fn.parameters.some((p) => p.dotDotDotToken)) {
      throw new Error(`${exported.name}: rest parameters cannot be mirrored in an Apps Script wrapper`);
    }
    entries.push({ name: exported.name, params, jsdoc: jsdocOf(decl) });
  }
  return entries.sort((a, b) => a.name.localeCompare(b.name));
}

function functionLike(decl) {
  if (ts.isFunctionDeclaration(decl)) return decl;
  if (ts.isVariableDeclaration(decl) && decl.initializer) {
    const init = decl.initializer;
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
  }
  return null;
}

/** The last `/** ... *\/` block right above the declaration (a variable's JSDoc sits on its statement). */
function jsdocOf(decl) {
  const node = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
  const text = node.getSourceFile().getFullText();
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  const docs = ranges.map((r) => text.slice(r.pos, r.end)).filter((c) => c.startsWith('/**'));
  const doc = docs.at(-1);
  if (!doc) return '';
  // Re-indent to column 0 so the wrapper reads as hand-written Apps Script.
  return doc
    .split('\n')
    .map((line, i) => (i === 0 ? line.trim() : ` ${line.trim()}`))
    .join('\n');
}

export function wrapperSource(entries, namespace = NAMESPACE) {
  return entries
    .map(({ name, params, jsdoc }) => {
      const list = params.join(', ');
      // A custom function's failure leaves as its message alone: Sheets shows a thrown Error in the
      // cell's tooltip with the bundle's line ("… (line 1234)."), meaningless to the user; a thrown
      // string is shown as it is (docs/ACCEPTANCE.md checks it; Help → Diagnostics cannot read tooltips).
      const fn = /@customfunction\b/.test(jsdoc)
        ? `function ${name}(${list}) {\n  try {\n    return ${namespace}.${name}(${list});\n  } catch (e) {\n    throw e instanceof Error ? e.message : e;\n  }\n}`
        : `function ${name}(${list}) {\n  return ${namespace}.${name}(${list});\n}`;
      return jsdoc ? `${jsdoc}\n${fn}` : fn;
    })
    .join('\n\n');
}

async function buildCode() {
  const entries = readEntryPoints();
  const result = await build({
    entryPoints: [join(root, 'src', 'main.ts')],
    bundle: true,
    format: 'iife',
    globalName: NAMESPACE,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: false,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  const bundle = result.outputFiles[0].text;
  const header = '// OKR Sheets: built by scripts/build.mjs from src/. Do not edit; edit the TypeScript source.\n';
  const code = `${header}${bundle}\n// Apps Script entry points: one top-level function per export of src/main.ts.\n\n${wrapperSource(entries)}\n`;
  writeFileSync(join(dist, 'Code.js'), code);
  return { entries: entries.length, bytes: Buffer.byteLength(code) };
}

/** Escapes sequences that would end or confuse an inline <script>/<style> block. */
export function escapeInline(code, tag) {
  const closing = new RegExp(`</${tag}`, 'gi');
  return code.replace(closing, (m) => `<\\/${m.slice(2)}`).replace(/<!--/g, '<\\!--');
}

async function buildSidebar() {
  const sidebarDir = join(root, 'sidebar');
  const js = await build({
    entryPoints: [join(sidebarDir, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  const css = await build({
    entryPoints: [join(sidebarDir, 'styles.css')],
    bundle: true,
    minify: true,
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  const template = readFileSync(join(sidebarDir, 'index.html'), 'utf8');
  for (const marker of ['<!-- @inline-css -->', '<!-- @inline-js -->']) {
    if (!template.includes(marker)) throw new Error(`sidebar/index.html lacks the ${marker} placeholder`);
  }
  const style = `<style>${escapeInline(css.outputFiles[0].text.trim(), 'style')}</style>`;
  const script = `<script>${escapeInline(js.outputFiles[0].text.trim(), 'script')}</script>`;
  // Function replacers: a `$` in the inlined code must not be read as a replacement pattern.
  const html = template.replace('<!-- @inline-css -->', () => style).replace('<!-- @inline-js -->', () => script);
  writeFileSync(join(dist, 'sidebar.html'), html);
  return { bytes: Buffer.byteLength(html) };
}

async function main() {
  // A clean dist/: `clasp push` uploads every file in it, so a stale file must not survive a build.
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const [code, sidebar] = await Promise.all([buildCode(), buildSidebar()]);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  // On stderr, so that `npm start -- --json` leaves stdout to the JSON.
  console.error(`built dist/Code.js (${kb(code.bytes)}, ${code.entries} entry points), dist/sidebar.html (${kb(sidebar.bytes)}), dist/appsscript.json`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
