// The messages the sidebar's server API can throw, in the user's language, from the one catalogue
// (core/i18n/serverMessages.ts). Any top-level function can be called by any page, so a bad
// argument is an expected event with a sentence a person can act on, not a stack trace.
import { formatText } from '../core/i18n/format';
import { SERVER_MESSAGES, type ServerMessageKey } from '../core/i18n/serverMessages';
import type { Language } from '../core/model';
import { userError } from '../sheets/userError';

export { SERVER_MESSAGES, type ServerMessageKey };

export function serverMessage(language: Language, key: ServerMessageKey, params: Record<string, string | number> = {}): string {
  const template = SERVER_MESSAGES[language]?.[key] ?? SERVER_MESSAGES.en[key];
  return formatText(language, template, params);
}

/** Throws an Error whose message is in the user's language: the sidebar shows it as it is. */
export function fail(language: Language, key: ServerMessageKey, params: Record<string, string | number> = {}): never {
  throw userError(serverMessage(language, key, params));
}
