// Chromium for the browser tests, through playwright-core (no browser download: CI installs the
// distribution's chromium, and /usr/bin/chromium is where it lives).
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCREENSHOT_DIR = join(root, 'test-artifacts', 'screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** The built sidebar and script must exist: the browser tests run what `npm run build` made. */
export function requireBuild(): void {
  for (const file of ['Code.js', 'sidebar.html']) {
    const path = join(root, 'dist', file);
    if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build before the browser tests.`);
  }
}

/** A page as wide as a Sheets sidebar. */
export async function sidebarPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 720 } });
  page.setDefaultTimeout(10_000);
  return page;
}

/** Opens the sidebar at a view, as the menu item would, and waits for it to finish loading. */
export async function openView(page: Page, previewUrl: string, view: string): Promise<void> {
  await page.goto(`${previewUrl}sidebar?view=${view}`);
  await settled(page);
}

/** Waits until the view is drawn and no server call is in flight. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const app = document.getElementById('app');
    return !!app && !!app.querySelector('h1') && app.getAttribute('aria-busy') === null;
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
