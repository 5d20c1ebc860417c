// The Apps Script globals of one execution environment, made script-facing by a membrane.
import { randomUUID } from 'node:crypto';
import { CallCounter } from '../counter';
import { Membrane, type ExecutionMode } from '../membrane';
import type { Realm } from '../realm';
import { LocalCharts } from '../spreadsheet/Chart';
import { LocalSpreadsheetApp } from '../spreadsheet/SpreadsheetApp';
import type { LocalSpreadsheet } from '../spreadsheet/Spreadsheet';
import { LocalHtmlService } from './html';
import { LockRegistry, LocalLockService } from './lock';
import { createConsole, LocalLogger, LogBook } from './logging';
import { LocalPropertiesService } from './properties';
import { LocalScriptApp } from './script';
import { LocalSession, type SessionSettings } from './session';
import { LocalUi, UiLog } from './ui';
import { LocalCacheService, LocalCalendarApp, LocalDriveApp, LocalGmailApp, LocalMailApp, LocalUrlFetchApp } from './unused';
import { LocalUtilities } from './utilities';

export interface EnvironmentOptions {
  /** Where HtmlService.createHtmlOutputFromFile finds pages (the built add-on's dist/). */
  htmlDir?: string;
  session?: Partial<SessionSettings>;
  scriptProperties?: Record<string, string>;
  userProperties?: Record<string, string>;
  /** The caption of the add-on menu (Ui.createAddonMenu). Default "Add-on". */
  addonName?: string;
  /** Echo Logger and console output to the terminal. */
  echoLogs?: boolean;
  counter?: CallCounter;
  scriptId?: string;
  /** The manifest's oauthScopes: a call needing another scope fails (local/scopes.ts). Default: none checked. */
  oauthScopes?: readonly string[];
}

/** Everything the services of one runtime share: the document, the UI, locks, logs, counters. */
export class Environment {
  readonly mode: ExecutionMode;
  readonly counter: CallCounter;
  readonly ui = new UiLog();
  readonly locks = new LockRegistry();
  readonly logs: LogBook;
  readonly session: SessionSettings;
  readonly scriptProperties: Map<string, string>;
  readonly userProperties: Map<string, string>;
  readonly htmlDir: string;
  readonly addonName: string;
  readonly scriptId: string;

  constructor(
    readonly spreadsheet: LocalSpreadsheet,
    options: EnvironmentOptions = {},
  ) {
    this.mode = { authMode: 'FULL', scopes: options.oauthScopes ? new Set(options.oauthScopes) : null };
    this.counter = options.counter ?? new CallCounter();
    this.logs = new LogBook(options.echoLogs ?? false);
    this.session = {
      locale: options.session?.locale ?? 'en',
      scriptTimeZone: options.session?.scriptTimeZone ?? 'Etc/UTC',
      activeUserEmail: options.session?.activeUserEmail ?? '',
      effectiveUserEmail: options.session?.effectiveUserEmail ?? options.session?.activeUserEmail ?? '',
    };
    this.scriptProperties = new Map(Object.entries(options.scriptProperties ?? {}));
    this.userProperties = new Map(Object.entries(options.userProperties ?? {}));
    this.htmlDir = options.htmlDir ?? process.cwd();
    this.addonName = options.addonName ?? 'Add-on';
    this.scriptId = options.scriptId ?? randomUUID();
  }
}

/** The globals Apps Script gives a script, as seen from one realm. */
export interface ServiceGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Charts: GoogleAppsScript.Charts.Charts;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  GmailApp: GoogleAppsScript.Gmail.GmailApp;
  CalendarApp: GoogleAppsScript.Calendar.CalendarApp;
  CacheService: GoogleAppsScript.Cache.CacheService;
  Logger: GoogleAppsScript.Base.Logger;
  console: ReturnType<typeof createConsole>;
}

export interface ServiceOptions {
  /** The script's realm (a node:vm context); Node's own when omitted. */
  realm?: Realm;
  /** Count calls in the environment's counter (default true). */
  count?: boolean;
}

/** Makes the service globals of an environment for one realm. */
export function createServices(env: Environment, options: ServiceOptions = {}): ServiceGlobals {
  return createServiceSet(env, options).globals;
}

/** The globals and the membrane that made them (to convert other values for the same realm). */
export function createServiceSet(env: Environment, options: ServiceOptions = {}): { globals: ServiceGlobals; membrane: Membrane } {
  const membrane = new Membrane({ realm: options.realm, counter: options.count === false ? null : env.counter, mode: env.mode });
  return { globals: makeGlobals(env, membrane), membrane };
}

function makeGlobals(env: Environment, membrane: Membrane): ServiceGlobals {
  const ui = new LocalUi(env.ui, env.addonName);
  return {
    SpreadsheetApp: membrane.wrap(new LocalSpreadsheetApp(env.spreadsheet, ui)),
    Charts: membrane.wrap(new LocalCharts()),
    HtmlService: membrane.wrap(new LocalHtmlService(env.htmlDir)),
    PropertiesService: membrane.wrap(
      new LocalPropertiesService({ document: env.spreadsheet.documentProperties, user: env.userProperties, script: env.scriptProperties }),
    ),
    LockService: membrane.wrap(new LocalLockService(env.locks)),
    Session: membrane.wrap(new LocalSession(env.session, env.mode)),
    Utilities: membrane.wrap(new LocalUtilities(env.locks)),
    ScriptApp: membrane.wrap(new LocalScriptApp(env.scriptId)),
    UrlFetchApp: membrane.wrap(new LocalUrlFetchApp()),
    DriveApp: membrane.wrap(new LocalDriveApp()),
    MailApp: membrane.wrap(new LocalMailApp()),
    GmailApp: membrane.wrap(new LocalGmailApp()),
    CalendarApp: membrane.wrap(new LocalCalendarApp()),
    CacheService: membrane.wrap(new LocalCacheService()),
    Logger: membrane.wrap(new LocalLogger(env.logs)),
    console: createConsole(env.logs),
  };
}
