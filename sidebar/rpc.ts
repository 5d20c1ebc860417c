// The one way the sidebar talks to the server: a promise over google.script.run, typed from the
// server's own declarations (a type-only import: nothing of src/server ends up in the page).
import type * as ServerApi from '../src/server/api';

type Api = typeof ServerApi;
/** The names of the server functions the page may call. */
export type ApiName = { [K in keyof Api]: Api[K] extends (...args: never[]) => unknown ? K : never }[keyof Api];

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

declare global {
  interface Window {
    google?: { script?: { run?: ScriptRun } };
  }
}

/** A failure the page shows as is: its message is already readable. */
export class ServerError extends Error {
  constructor(
    message: string,
    readonly kind: 'server' | 'unavailable' | 'timeout' | 'missing' = 'server',
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

// Apps Script ends a server execution after 6 minutes; past that, no handler will ever run.
const TIMEOUT_MS = 6.5 * 60_000;

/** Apps Script prefixes some messages with the exception type; people do not need it. */
function messageOf(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : (error as { message?: unknown } | null)?.message;
  const text = typeof raw === 'string' ? raw : '';
  return text.replace(/^(Exception|Error|ScriptError|TypeError):\s*/, '').trim();
}

export function run<K extends ApiName>(name: K, ...args: Parameters<Api[K]>): Promise<ReturnType<Api[K]>> {
  return new Promise((resolve, reject) => {
    const base = window.google?.script?.run;
    if (!base) {
      reject(new ServerError('', 'unavailable'));
      return;
    }
    let settled = false;
    const timer = window.setTimeout(() => {
      settled = true;
      reject(new ServerError('', 'timeout'));
    }, TIMEOUT_MS);
    const runner = base
      .withSuccessHandler((value) => {
        if (settled) return;
        settled = true;
        window.clearTimeout(timer);
        resolve(value as ReturnType<Api[K]>);
      })
      .withFailureHandler((error) => {
        if (settled) return;
        settled = true;
        window.clearTimeout(timer);
        reject(new ServerError(messageOf(error)));
      });
    const fn = runner[name];
    if (typeof fn !== 'function') {
      settled = true;
      window.clearTimeout(timer);
      reject(new ServerError(name, 'missing'));
      return;
    }
    try {
      (fn as (...a: unknown[]) => void).apply(runner, args);
    } catch (err) {
      // google.script.run throws at once for arguments it cannot send (a Date, a function…).
      settled = true;
      window.clearTimeout(timer);
      reject(new ServerError(messageOf(err)));
    }
  });
}
