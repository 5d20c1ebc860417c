// Errors as Apps Script services throw them. A service failure reaches the script as an Error
// whose name is "Exception" and whose message is the service's text (e.g. "Exception: The
// coordinates of the range are outside the dimensions of the sheet." in the execution log).
import type { ApiClass } from './api';

/** A service error with Apps Script's name and message. */
export class ScriptException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** Thrown by every Apps Script method the local runtime does not implement, instead of a silent no-op. */
export class NotImplementedError extends Error {
  constructor(apiClass: ApiClass | string, member: string) {
    super(`${apiClass}.${member} is not implemented in the local runtime`);
    this.name = 'NotImplementedError';
  }
}
