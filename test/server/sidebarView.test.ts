// The view a menu item opens travels in the served page as a script-set global (src/server/ui.ts
// pageWithView), not as an attribute of <html> that HtmlService may not keep. On the built bundle:
// each menu item's page is read back from the local Ui and its scripts run as a browser would.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { newBook } from './fixtures';

const MENU_VIEWS: [handler: string, view: string][] = [
  ['showNewQuarter', 'newQuarter'],
  ['showAdopt', 'adopt'],
  ['showValidate', 'validate'],
  ['showCheckIn', 'checkIn'],
  ['showSettings', 'settings'],
];

/** The inline scripts of the page's <head>, in order. */
function headScripts(html: string): string[] {
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

describe('the sidebar page a menu item serves', () => {
  for (const [handler, view] of MENU_VIEWS) {
    it(`${handler} opens the ${view} view through a script-set global`, () => {
      const { rt } = newBook();
      rt.call(handler);
      const shown = rt.ui.sidebars.at(-1)!;
      expect(shown.title).toBe('OKR Sheets');
      expect(shown.content).toMatch(/^<!DOCTYPE html>\s*<html lang="en">/);
      expect(shown.content).not.toContain('data-view');
      const scripts = headScripts(shown.content);
      expect(scripts.length).toBeGreaterThan(0);
      const window: Record<string, unknown> = {};
      runInNewContext(scripts[0]!, window);
      expect(window.okrSheetsView).toBe(view);
    });
  }
});
