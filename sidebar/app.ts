// What every view gets: the server state, the words of the user's language, the status line and a
// way to move to another view.
import type { SidebarState } from '../src/server/types';
import { replace } from './dom';
import { ServerError } from './rpc';
import { fill, type Strings } from './strings';

export type ViewName = 'newQuarter' | 'adopt' | 'validate' | 'checkIn' | 'settings';
export const VIEWS: readonly ViewName[] = ['newQuarter', 'adopt', 'validate', 'checkIn', 'settings'];

export interface App {
  state: SidebarState;
  t: Strings;
  status: Status;
  go(view: ViewName): void;
  /** Fetches the state again (after a change of language or a new sheet) and redraws the view. */
  reload(view?: ViewName): Promise<void>;
}

export type StatusKind = 'info' | 'success' | 'error';

/** The one live region: what is happening, what happened, what went wrong. */
export class Status {
  constructor(
    private readonly region: HTMLElement,
    private t: Strings,
  ) {}

  setStrings(t: Strings): void {
    this.t = t;
  }

  show(text: string, kind: StatusKind = 'info'): void {
    this.region.className = `status ${kind}`;
    this.region.hidden = text === '';
    replace(this.region, text);
  }

  clear(): void {
    this.show('');
  }

  /** A readable sentence for any failure of a server call. */
  describe(error: unknown): string {
    if (error instanceof ServerError) {
      if (error.kind === 'unavailable') return this.t.notInSheets;
      if (error.kind === 'timeout') return this.t.noAnswer;
      if (error.kind === 'missing') return fill(this.t.notFound, { name: error.message });
    }
    const message = error instanceof Error ? error.message : '';
    return message || this.t.unknownError;
  }

  error(error: unknown): void {
    this.show(this.describe(error), 'error');
  }

  /**
   * Runs a server call with the given controls disabled and "Working…" shown; on failure the
   * message is shown and the promise resolves to null, so no view is left waiting silently.
   */
  async busy<T>(work: () => Promise<T>, controls: (HTMLButtonElement | HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[] = []): Promise<T | null> {
    const main = document.getElementById('app');
    main?.setAttribute('aria-busy', 'true');
    controls.forEach((c) => (c.disabled = true));
    this.show(this.t.working);
    try {
      const result = await work();
      this.clear();
      return result;
    } catch (err) {
      this.error(err);
      return null;
    } finally {
      main?.removeAttribute('aria-busy');
      controls.forEach((c) => (c.disabled = false));
    }
  }
}
