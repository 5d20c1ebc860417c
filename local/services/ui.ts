// Ui and Menu (developers.google.com/apps-script/reference/base/ui): the runtime records what the
// script shows, so that tests and the CLI can see the menu, the sidebar and the dialogs.
import type { Implements } from '../conformance';
import { Button, ButtonSet, member, memberName } from '../enums';
import { ScriptException } from '../errors';
import { ServiceObject } from '../membrane';
import type { LocalHtmlOutput } from './html';

export type MenuEntry = { kind: 'item'; caption: string; functionName: string } | { kind: 'separator' } | { kind: 'submenu'; menu: MenuSnapshot };

export interface MenuSnapshot {
  caption: string;
  /** True for the add-on menu (Ui.createAddonMenu), shown under Extensions. */
  addon: boolean;
  entries: MenuEntry[];
}

export type ButtonName = keyof typeof GoogleAppsScript.Base.Button;

export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  width: number;
  height: number;
}

/** Everything the script showed, oldest first, and the answers the "user" gives to alerts and prompts. */
export class UiLog {
  readonly menus: MenuSnapshot[] = [];
  readonly shown: ShownHtml[] = [];
  readonly alerts: { title: string; prompt: string; buttons: string }[] = [];
  readonly prompts: { title: string; prompt: string; buttons: string }[] = [];
  /** Answers for the next alerts; without one, the first button of the set (OK or YES) is clicked. */
  readonly alertAnswers: ButtonName[] = [];
  /** Answers for the next prompts; without one, OK (or YES) with empty text. */
  readonly promptAnswers: { button: ButtonName; text: string }[] = [];

  get sidebars(): ShownHtml[] {
    return this.shown.filter((s) => s.kind === 'sidebar');
  }
  get dialogs(): ShownHtml[] {
    return this.shown.filter((s) => s.kind !== 'sidebar');
  }
}

export class LocalMenu extends ServiceObject implements Partial<Implements<GoogleAppsScript.Base.Menu>> {
  readonly apiClass = 'Menu' as const;
  private readonly entries: MenuEntry[] = [];

  constructor(
    private readonly log: UiLog,
    private readonly caption: string,
    private readonly addon: boolean,
  ) {
    super();
  }

  snapshot(): MenuSnapshot {
    return {
      caption: this.caption,
      addon: this.addon,
      entries: this.entries.map((e) => (e.kind === 'submenu' ? { kind: 'submenu', menu: { ...e.menu, entries: [...e.menu.entries] } } : { ...e })),
    };
  }

  addItem(caption: string, functionName: string): this {
    this.entries.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this.entries.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: LocalMenu): this {
    if (!(menu instanceof LocalMenu)) throw new ScriptException("The parameters don't match the method signature for Ui.Menu.addSubMenu.");
    this.entries.push({ kind: 'submenu', menu: menu.snapshot() });
    return this;
  }
  /** "Inserts the menu into the instance of the editor's user interface." */
  addToUi(): void {
    const snap = this.snapshot();
    const existing = this.log.menus.findIndex((m) => m.caption === snap.caption && m.addon === snap.addon);
    if (existing >= 0) this.log.menus.splice(existing, 1, snap);
    else this.log.menus.push(snap);
  }
}

export class LocalPromptResponse extends ServiceObject implements Partial<Implements<GoogleAppsScript.Base.PromptResponse>> {
  readonly apiClass = 'PromptResponse' as const;
  constructor(
    private readonly button: ButtonName,
    private readonly text: string,
  ) {
    super();
  }
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): GoogleAppsScript.Base.Button {
    return member(Button, this.button);
  }
}

const FIRST_BUTTON: Record<keyof typeof GoogleAppsScript.Base.ButtonSet, ButtonName> = { OK: 'OK', OK_CANCEL: 'OK', YES_NO: 'YES', YES_NO_CANCEL: 'YES' };

export class LocalUi extends ServiceObject implements Partial<Implements<GoogleAppsScript.Base.Ui>> {
  readonly apiClass = 'Ui' as const;
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    readonly log: UiLog,
    private readonly addonName: string,
  ) {
    super();
  }

  /** The add-on's menu, captioned with the add-on's name. */
  createAddonMenu(): LocalMenu {
    return new LocalMenu(this.log, this.addonName, true);
  }
  createMenu(caption: string): LocalMenu {
    return new LocalMenu(this.log, String(caption), false);
  }
  showSidebar(userInterface: LocalHtmlOutput): void {
    this.log.shown.push({
      kind: 'sidebar',
      title: userInterface.getTitle(),
      content: userInterface.getContent(),
      width: userInterface.getWidth(),
      height: userInterface.getHeight(),
    });
  }
  showModalDialog(userInterface: LocalHtmlOutput, title: string): void {
    this.log.shown.push({
      kind: 'modal',
      title: String(title),
      content: userInterface.getContent(),
      width: userInterface.getWidth(),
      height: userInterface.getHeight(),
    });
  }
  showModelessDialog(userInterface: LocalHtmlOutput, title: string): void {
    this.log.shown.push({
      kind: 'modeless',
      title: String(title),
      content: userInterface.getContent(),
      width: userInterface.getWidth(),
      height: userInterface.getHeight(),
    });
  }
  /** alert(prompt) · alert(prompt, buttons) · alert(title, prompt, buttons): returns the button "clicked". */
  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    const { title, prompt, buttons } = dialogArguments(args, 'alert');
    this.log.alerts.push({ title, prompt, buttons });
    const answer = this.log.alertAnswers.shift() ?? FIRST_BUTTON[buttons];
    return member(Button, answer);
  }
  prompt(...args: unknown[]): LocalPromptResponse {
    const { title, prompt, buttons } = dialogArguments(args, 'prompt');
    this.log.prompts.push({ title, prompt, buttons });
    const answer = this.log.promptAnswers.shift() ?? { button: FIRST_BUTTON[buttons], text: '' };
    return new LocalPromptResponse(answer.button, answer.text);
  }
}

function dialogArguments(args: unknown[], method: string): { title: string; prompt: string; buttons: keyof typeof GoogleAppsScript.Base.ButtonSet } {
  if (args.length === 1 && typeof args[0] === 'string') return { title: '', prompt: args[0], buttons: 'OK' };
  if (args.length === 2 && typeof args[0] === 'string') return { title: '', prompt: args[0], buttons: memberName(ButtonSet, args[1], 'buttons') };
  if (args.length === 3 && typeof args[0] === 'string' && typeof args[1] === 'string')
    return { title: args[0], prompt: args[1], buttons: memberName(ButtonSet, args[2], 'buttons') };
  throw new ScriptException(`The parameters don't match the method signature for Ui.${method}.`);
}
