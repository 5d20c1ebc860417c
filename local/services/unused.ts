// Services the add-on does not use, present as globals as in Apps Script (UrlFetchApp, DriveApp, MailApp,
// GmailApp, CalendarApp, CacheService): every call fails, first for
// a scope the manifest lacks (local/scopes.ts), otherwise as "not implemented". Nothing here is
// implemented on purpose; the add-on must never need them (README, "Scopes").
import { ServiceObject } from '../membrane';

export class LocalUrlFetchApp extends ServiceObject {
  readonly apiClass = 'UrlFetchApp' as const;
}

export class LocalDriveApp extends ServiceObject {
  readonly apiClass = 'DriveApp' as const;
}

export class LocalMailApp extends ServiceObject {
  readonly apiClass = 'MailApp' as const;
}

export class LocalGmailApp extends ServiceObject {
  readonly apiClass = 'GmailApp' as const;
}

export class LocalCalendarApp extends ServiceObject {
  readonly apiClass = 'CalendarApp' as const;
}

/** Needs no scope (developers.google.com/apps-script/reference/cache/cache-service): every call is "not implemented". */
export class LocalCacheService extends ServiceObject {
  readonly apiClass = 'CacheService' as const;
}
