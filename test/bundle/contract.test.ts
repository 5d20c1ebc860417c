// The contract between the build and Apps Script, checked on the built dist/Code.js itself.
import { Parser } from 'acorn';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: the build script is plain JavaScript without type declarations.
import { readEntryPoints } from '../../scripts/build.mjs';
import { bundleSource, distDir, loadBundleInVm } from '../support/bundle';

interface EntryPoint {
  name: string;
  params: string[];
  jsdoc: string;
}

const code = bundleSource();
const entryPoints = readEntryPoints() as EntryPoint[];
const program = Parser.parse(code, { ecmaVersion: 2020, sourceType: 'script' }) as unknown as {
  body: { type: string; directive?: string; id?: { name: string }; params?: { name: string }[]; declarations?: { id: { name: string } }[] }[];
};
const topLevelFunctions = program.body.filter((n) => n.type === 'FunctionDeclaration');

describe('dist/Code.js', () => {
  it('parses as an ES2020 script, with no import or export', () => {
    expect(() => Parser.parse(code, { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
    expect(program.body.some((n) => n.type.startsWith('Import') || n.type.startsWith('Export'))).toBe(false);
  });

  it('is only declarations at top level, so loading it with no Apps Script globals does not throw', () => {
    for (const node of program.body) {
      // A "use strict" directive is allowed: it is not evaluated work.
      if (node.type === 'ExpressionStatement' && node.directive === 'use strict') continue;
      expect(['FunctionDeclaration', 'VariableDeclaration', 'EmptyStatement']).toContain(node.type);
    }
    expect(() => loadBundleInVm()).not.toThrow();
  });

  it('declares exactly one top-level function per entry point of src/main.ts', () => {
    const bundled = topLevelFunctions.map((f) => f.id?.name).sort();
    const declared = entryPoints.map((e) => e.name).sort();
    expect(declared.length).toBeGreaterThan(0);
    expect(bundled).toEqual(declared);
  });

  it('gives each wrapper the parameter names of its TypeScript source', () => {
    for (const entry of entryPoints) {
      const fn = topLevelFunctions.find((f) => f.id?.name === entry.name);
      expect(
        fn?.params?.map((p) => p.name),
        entry.name,
      ).toEqual(entry.params);
    }
  });

  it('puts a JSDoc block with @customfunction directly above every custom function', () => {
    const customFunctions = entryPoints.filter((e) => e.jsdoc.includes('@customfunction'));
    expect(customFunctions.map((e) => e.name)).toContain('OKR_SCORE');
    for (const { name } of customFunctions) {
      const doc = new RegExp(`/\\*\\*((?!\\*/)[\\s\\S])*@customfunction((?!\\*/)[\\s\\S])*\\*/\\nfunction ${name}\\(`);
      expect(code, name).toMatch(doc);
    }
  });

  it('names custom functions so Sheets accepts them: upper case, prefixed, not ending in _', () => {
    for (const entry of entryPoints.filter((e) => e.jsdoc.includes('@customfunction'))) {
      expect(entry.name).toMatch(/^OKR_[A-Z_]*[A-Z]$/);
    }
  });

  it('keeps no private (_-suffixed) function at top level, since every top-level function is client-callable', () => {
    for (const f of topLevelFunctions) expect(f.id?.name.endsWith('_')).toBe(false);
  });

  it('scores through the top-level wrapper: OKR_SCORE(0, 100, 50) = 0.5 and OKR_SCORE(8, 5, 6) = 2/3', () => {
    const gas = loadBundleInVm();
    expect(gas.OKR_SCORE(0, 100, 50)).toBe(0.5);
    expect(gas.OKR_SCORE(8, 5, 6)).toBeCloseTo(2 / 3, 12);
  });
});

describe('onOpen', () => {
  it('builds the add-on menu and calls nothing else', () => {
    const calls: string[] = [];
    const menu = {
      addItem(label: string, fn: string) {
        calls.push(`Menu.addItem(${fn})`);
        expect(label).not.toBe('');
        return menu;
      },
      addSeparator() {
        calls.push('Menu.addSeparator');
        return menu;
      },
      addSubMenu() {
        calls.push('Menu.addSubMenu');
        return menu;
      },
      addToUi() {
        calls.push('Menu.addToUi');
      },
    };
    const ui = new Proxy(
      {
        createAddonMenu: () => {
          calls.push('Ui.createAddonMenu');
          return menu;
        },
        createMenu: () => {
          calls.push('Ui.createMenu');
          return menu;
        },
      },
      {
        get(target, prop) {
          if (prop in target) return target[prop as keyof typeof target];
          calls.push(`Ui.${String(prop)}`);
          return () => undefined;
        },
      },
    );
    // Any SpreadsheetApp or Session method other than these is a call that breaks the menu in
    // AuthMode.NONE; the Proxy records it so the test fails.
    const recording = (name: string, methods: Record<string, () => unknown>) =>
      new Proxy(methods, {
        get(target, prop) {
          calls.push(`${name}.${String(prop)}`);
          return target[String(prop)] ?? (() => undefined);
        },
      });
    const gas = loadBundleInVm({
      SpreadsheetApp: recording('SpreadsheetApp', { getUi: () => ui }),
      // The user's locale is readable in AuthMode.NONE ("locale only" in the AuthMode table).
      Session: recording('Session', { getActiveUserLocale: () => 'fa_IR' }),
    });
    gas.onOpen({ authMode: 'NONE' });
    const allowed =
      /^(SpreadsheetApp\.getUi|Session\.getActiveUserLocale|Ui\.(createAddonMenu|createMenu)|Menu\.(addItem\(\w+\)|addSeparator|addSubMenu|addToUi))$/;
    expect(calls.filter((c) => !allowed.test(c))).toEqual([]);
    expect(calls.at(-1)).toBe('Menu.addToUi');
    // Every menu item runs a function that exists at top level.
    for (const call of calls) {
      const m = /^Menu\.addItem\((\w+)\)$/.exec(call);
      if (m) expect(typeof gas[m[1]!], m[1]).toBe('function');
    }
  });

  it('onInstall builds the same menu', () => {
    const items: string[] = [];
    const menu = {
      addItem: (_l: string, fn: string) => {
        items.push(fn);
        return menu;
      },
      addSeparator: () => menu,
      addSubMenu: () => menu,
      addToUi: () => items.push('|'),
    };
    const gas = loadBundleInVm({
      SpreadsheetApp: { getUi: () => ({ createAddonMenu: () => menu, createMenu: () => menu }) },
      Session: { getActiveUserLocale: () => 'en' },
    });
    gas.onInstall({ authMode: 'FULL' });
    expect(items.at(-1)).toBe('|');
    expect(items.length).toBeGreaterThan(3);
  });
});

describe('dist/', () => {
  it('holds the manifest with V8, Stackdriver logging and exactly the three narrow scopes', () => {
    const manifest = JSON.parse(readFileSync(join(distDir, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(typeof manifest.timeZone).toBe('string');
    expect(manifest.addOns).toBeUndefined();
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });

  it('holds a self-contained sidebar: inlined script and style, nothing loaded from elsewhere', () => {
    const html = readFileSync(join(distDir, 'sidebar.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('<script>');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/@import|https?:\/\/(?!www\.w3\.org)/i);
    // Exactly one closing tag each: inlined code never closes its own block early.
    expect(html.match(/<\/script/gi)?.length).toBe(1);
    expect(html.match(/<\/style/gi)?.length).toBe(1);
  });
});
