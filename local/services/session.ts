// Session (developers.google.com/apps-script/reference/base/session).
import { randomUUID } from 'node:crypto';
import type { Implements } from '../conformance';
import { ServiceObject, type ExecutionMode } from '../membrane';

export interface SessionSettings {
  /** getActiveUserLocale: "the user's language setting as a string—for example, en". Default "en". */
  locale: string;
  /** getScriptTimeZone: the time zone of the script project (appsscript.json). */
  scriptTimeZone: string;
  /** The active user's email; "" by default, as for a consumer account that is not the developer. */
  activeUserEmail: string;
  /** The user whose authority the script runs under. */
  effectiveUserEmail: string;
}

export class LocalUser extends ServiceObject implements Partial<Implements<GoogleAppsScript.Base.User>> {
  readonly apiClass = 'User' as const;
  constructor(private readonly email: string) {
    super();
  }
  getEmail(): string {
    return this.email;
  }
}

export class LocalSession extends ServiceObject implements Partial<Implements<GoogleAppsScript.Base.Session>> {
  readonly apiClass = 'Session' as const;
  private readonly temporaryKey = randomUUID();

  constructor(
    private readonly settings: SessionSettings,
    private readonly mode: ExecutionMode,
  ) {
    super();
  }

  /**
   * The email is "" outside AuthMode.FULL: simple triggers and custom functions get no user data
   * ("locale only" in the authorization-mode table of editor-auth-lifecycle).
   */
  getActiveUser(): LocalUser {
    return new LocalUser(this.mode.authMode === 'FULL' ? this.settings.activeUserEmail : '');
  }
  getEffectiveUser(): LocalUser {
    return new LocalUser(this.mode.authMode === 'FULL' ? this.settings.effectiveUserEmail : '');
  }
  getActiveUserLocale(): string {
    return this.settings.locale;
  }
  getScriptTimeZone(): string {
    return this.settings.scriptTimeZone;
  }
  getTemporaryActiveUserKey(): string {
    return this.temporaryKey;
  }
}
