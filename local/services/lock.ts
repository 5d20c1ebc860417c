// LockService (developers.google.com/apps-script/reference/lock/lock-service). The local runtime is
// one synchronous process, so "another process" holding a lock is simulated: a test takes the lock
// for another process (LockRegistry.holdForAnotherProcess), optionally saying after how many
// milliseconds that process lets go. Waiting does not block: a tryLock/waitLock that would outlast
// the other holder's release time acquires the lock, one that would not times out, and the time
// waited is recorded on a virtual clock.
import type { Implements } from '../conformance';
import { ScriptException } from '../errors';
import { ServiceObject } from '../membrane';

export type LockScope = 'document' | 'script' | 'user';

/** The other process simulated by a test. */
interface OtherHolder {
  /** Virtual time at which it releases the lock; null = it never does. */
  releaseAt: number | null;
}

interface LockState {
  holder: LocalLock | OtherHolder | null;
}

export interface LockWait {
  scope: LockScope;
  method: 'tryLock' | 'waitLock';
  timeoutMs: number;
  acquired: boolean;
  /** How long the call "waited" (virtual milliseconds). */
  waitedMs: number;
}

export class LockRegistry {
  private readonly states: Record<LockScope, LockState> = { document: { holder: null }, script: { holder: null }, user: { holder: null } };
  /** Virtual milliseconds elapsed in lock waits and Utilities.sleep. */
  clockMs = 0;
  readonly waits: LockWait[] = [];

  state(scope: LockScope): LockState {
    return this.states[scope];
  }

  /**
   * Makes another process hold the lock, released after `releaseAfterMs` of waiting (never when
   * omitted). Returns a function that releases it at once.
   */
  holdForAnotherProcess(scope: LockScope, options: { releaseAfterMs?: number } = {}): () => void {
    const holder: OtherHolder = { releaseAt: options.releaseAfterMs === undefined ? null : this.clockMs + options.releaseAfterMs };
    this.states[scope].holder = holder;
    return () => {
      if (this.states[scope].holder === holder) this.states[scope].holder = null;
    };
  }

  /** True when any lock of this scope is held, by the script or by a simulated other process. */
  isHeld(scope: LockScope): boolean {
    return this.states[scope].holder !== null;
  }

  /** Releases every lock the script holds, as Apps Script does when the script terminates (Lock.releaseLock). */
  releaseScriptLocks(): void {
    for (const state of Object.values(this.states)) if (state.holder instanceof LocalLock) state.holder = null;
  }
}

export class LocalLock extends ServiceObject implements Partial<Implements<GoogleAppsScript.Lock.Lock>> {
  readonly apiClass = 'Lock' as const;

  constructor(
    private readonly registry: LockRegistry,
    private readonly scope: LockScope,
  ) {
    super();
  }

  private acquire(method: 'tryLock' | 'waitLock', timeoutInMillis: number): boolean {
    if (typeof timeoutInMillis !== 'number' || timeoutInMillis < 0) throw new ScriptException(`Invalid argument: timeoutInMillis`);
    const state = this.registry.state(this.scope);
    const wait = (acquired: boolean, waitedMs: number) => {
      this.registry.clockMs += waitedMs;
      this.registry.waits.push({ scope: this.scope, method, timeoutMs: timeoutInMillis, acquired, waitedMs });
      if (acquired) state.holder = this;
      return acquired;
    };
    const holder = state.holder;
    if (holder === null || holder === this) return wait(true, 0);
    if (holder instanceof LocalLock) return wait(false, timeoutInMillis); // another Lock object of this script: never released while it waits
    if (holder.releaseAt !== null && holder.releaseAt - this.registry.clockMs <= timeoutInMillis)
      return wait(true, Math.max(0, holder.releaseAt - this.registry.clockMs));
    return wait(false, timeoutInMillis);
  }

  /** Waits up to the timeout; false when the lock could not be had. */
  tryLock(timeoutInMillis: number): boolean {
    return this.acquire('tryLock', timeoutInMillis);
  }
  /** Like tryLock, but throws "Lock timeout: another process was holding the lock for too long." */
  waitLock(timeoutInMillis: number): void {
    if (!this.acquire('waitLock', timeoutInMillis)) throw new ScriptException('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    const state = this.registry.state(this.scope);
    if (state.holder === this) state.holder = null;
  }
  hasLock(): boolean {
    return this.registry.state(this.scope).holder === this;
  }
}

export class LocalLockService extends ServiceObject implements Partial<Implements<GoogleAppsScript.Lock.LockService>> {
  readonly apiClass = 'LockService' as const;
  constructor(private readonly registry: LockRegistry) {
    super();
  }
  getDocumentLock(): LocalLock {
    return new LocalLock(this.registry, 'document');
  }
  getScriptLock(): LocalLock {
    return new LocalLock(this.registry, 'script');
  }
  getUserLock(): LocalLock {
    return new LocalLock(this.registry, 'user');
  }
}
