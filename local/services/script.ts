// ScriptApp, for its AuthMode enum (developers.google.com/apps-script/reference/script/auth-mode),
// which add-ons compare e.authMode against in onOpen.
import type { Implements } from '../conformance';
import { AuthMode } from '../enums';
import { ServiceObject } from '../membrane';

export class LocalScriptApp extends ServiceObject implements Partial<Implements<GoogleAppsScript.Script.ScriptApp>> {
  readonly apiClass = 'ScriptApp' as const;
  readonly AuthMode = AuthMode;

  constructor(private readonly scriptId: string) {
    super();
  }

  getScriptId(): string {
    return this.scriptId;
  }
}
