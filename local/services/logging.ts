// Logger and console (developers.google.com/apps-script/reference/base/logger,
// developers.google.com/apps-script/guides/logging): what the script logs is kept for tests and
// the CLI, and echoed to the terminal when asked.
import { format } from 'node:util';
import type { Implements } from '../conformance';
import { ServiceObject } from '../membrane';

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
}

export class LogBook {
  readonly entries: LogEntry[] = [];
  constructor(private readonly echo: boolean) {}

  write(level: LogEntry['level'], message: string): void {
    this.entries.push({ level, message });
    if (this.echo) (level === 'error' ? process.stderr : process.stdout).write(`[script ${level}] ${message}\n`);
  }
}

export class LocalLogger extends ServiceObject implements Partial<Implements<GoogleAppsScript.Base.Logger>> {
  readonly apiClass = 'Logger' as const;
  private lines: string[] = [];

  constructor(private readonly book: LogBook) {
    super();
  }

  /** log(data) or log(format, ...values) with %s placeholders, as in Apps Script. */
  log(data: unknown, ...values: unknown[]): this {
    let text: string;
    if (typeof data === 'string' && values.length > 0) {
      let i = 0;
      text = data.replace(/%s/g, () => String(values[i++]));
    } else text = typeof data === 'string' ? data : format(data);
    this.lines.push(text);
    this.book.write('log', text);
    return this;
  }
  getLog(): string {
    return this.lines.map((l) => `${l}\n`).join('');
  }
  clear(): void {
    this.lines = [];
  }
}

/** The script's console: a plain object, as console is not an Apps Script service class. */
export function createConsole(book: LogBook): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug' | 'time' | 'timeEnd'> {
  const timers = new Map<string, number>();
  return {
    log: (...args: unknown[]) => book.write('log', format(...args)),
    info: (...args: unknown[]) => book.write('info', format(...args)),
    debug: (...args: unknown[]) => book.write('log', format(...args)),
    warn: (...args: unknown[]) => book.write('warn', format(...args)),
    error: (...args: unknown[]) => book.write('error', format(...args)),
    time: (label = 'default') => void timers.set(label, performance.now()),
    timeEnd: (label = 'default') => {
      const start = timers.get(label);
      if (start !== undefined) book.write('info', `${label}: ${(performance.now() - start).toFixed(0)}ms`);
      timers.delete(label);
    },
  };
}
