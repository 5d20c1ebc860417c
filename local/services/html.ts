// HtmlService and HtmlOutput (developers.google.com/apps-script/reference/html/html-service),
// enough to build the sidebar: pages come from the files of the script project, which for the
// built add-on are the files of dist/ (sidebar.html).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Implements } from '../conformance';
import { memberName, SandboxMode, XFrameOptionsMode } from '../enums';
import { NotImplementedError, ScriptException } from '../errors';
import { ServiceObject } from '../membrane';

export class LocalHtmlOutput extends ServiceObject implements Partial<Implements<GoogleAppsScript.HTML.HtmlOutput>> {
  readonly apiClass = 'HtmlOutput' as const;
  private content: string;
  private title = '';
  /** 0 until set: the UI then uses its own size (a sidebar is always about 300 px wide). */
  private width = 0;
  private height = 0;
  private faviconUrl = '';
  xFrameOptionsMode: 'ALLOWALL' | 'DEFAULT' = 'DEFAULT';

  constructor(content = '') {
    super();
    this.content = content;
  }

  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = String(content);
    return this;
  }
  append(addedContent: string): this {
    this.content += String(addedContent);
    return this;
  }
  /** "Appends new content ... using contextual escaping": the text is added as text, not markup. */
  appendUntrusted(addedContent: string): this {
    this.content += String(addedContent).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    return this;
  }
  clear(): this {
    this.content = '';
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  getFaviconUrl(): string {
    return this.faviconUrl;
  }
  setFaviconUrl(iconUrl: string): this {
    this.faviconUrl = String(iconUrl);
    return this;
  }
  /**
   * Accepted and ignored, as in Apps Script: IFRAME is the only sandbox mode left and "setting
   * this has no effect" (developers.google.com/apps-script/reference/html/sandbox-mode).
   */
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): this {
    memberName(SandboxMode, mode, 'mode');
    return this;
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): this {
    this.xFrameOptionsMode = memberName(XFrameOptionsMode, mode, 'mode');
    return this;
  }
}

export class LocalHtmlService extends ServiceObject implements Partial<Implements<GoogleAppsScript.HTML.HtmlService>> {
  readonly apiClass = 'HtmlService' as const;
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  /** @param projectDir where the script project's .html files are (dist/ for the built add-on). */
  constructor(private readonly projectDir: string) {
    super();
  }

  /** A page from an .html file of the project; the name may omit ".html", as in the script editor. */
  createHtmlOutputFromFile(filename: string): LocalHtmlOutput {
    const name = String(filename);
    const path = join(this.projectDir, name.endsWith('.html') ? name : `${name}.html`);
    if (!existsSync(path)) throw new ScriptException(`No HTML file named ${name} was found.`);
    return new LocalHtmlOutput(readFileSync(path, 'utf8'));
  }
  createHtmlOutput(html?: string): LocalHtmlOutput {
    if (html !== undefined && typeof html !== 'string') throw new NotImplementedError('HtmlService', 'createHtmlOutput(blob)');
    return new LocalHtmlOutput(html ?? '');
  }
}
