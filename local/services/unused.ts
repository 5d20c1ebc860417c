// Services the add-on does not use, present as globals as in Apps Script: every call fails, first for
// a scope the manifest lacks (local/scopes.ts), otherwise as "not implemented". Nothing here is
// implemented on purpose; the add-on must never need them (README, "Scopes").
import { ServiceObject } from '../membrane';

export class LocalUrlFetchApp extends ServiceObject {
  readonly apiClass = 'UrlFetchApp' as const;
}

export class LocalDriveApp extends ServiceObject {
  readonly apiClass = 'DriveApp' as const;
}
