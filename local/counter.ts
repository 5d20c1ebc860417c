// Counts calls into Apps Script service objects, so that benches can report "Spreadsheet service
// calls per refresh" (DESIGN §9: a refresh makes a number of calls that does not grow with the
// number of key results). Only calls made by the script through the runtime's service objects are
// counted; the runtime's own bookkeeping is not.
import { SERVICE_OF, type ApiClass } from './api';

export interface CallCounts {
  /** Every counted call. */
  total: number;
  /** By `Class.method`, e.g. `Range.setValues`. */
  byMethod: Record<string, number>;
  /** By Apps Script service: Spreadsheet, HTML, Properties, Lock, Base, Utilities, Script. */
  byService: Record<string, number>;
}

export class CallCounter {
  private readonly methods = new Map<string, number>();
  private readonly services = new Map<string, number>();
  private totalCalls = 0;
  private faultAt: number | null = null;

  /** Counts a call; true when fault injection (failCall) makes this call throw. */
  record(apiClass: ApiClass, method: string): boolean {
    const key = `${apiClass}.${method}`;
    this.methods.set(key, (this.methods.get(key) ?? 0) + 1);
    const service = SERVICE_OF[apiClass];
    this.services.set(service, (this.services.get(service) ?? 0) + 1);
    this.totalCalls++;
    if (this.faultAt !== null && this.totalCalls === this.faultAt) {
      this.faultAt = null;
      return true;
    }
    return false;
  }

  /**
   * Fault injection: the n-th service call from now (1 = the next) throws a service error instead
   * of running, as Apps Script's services do now and then ("Service Spreadsheets failed while
   * accessing document …", "Exceeded maximum execution time"). Once; null turns it off. Tests call
   * an operation with n = 1, 2, … up to the calls it makes, and check that each failure leaves the
   * spreadsheet as it was or in a state the next run repairs.
   */
  failCall(n: number | null): void {
    this.faultAt = n === null ? null : this.totalCalls + n;
  }

  get total(): number {
    return this.totalCalls;
  }

  /** Calls of one `Class.method` (e.g. `Range.setValues`), or of every method of one class (`Range`). */
  count(key: string): number {
    if (key.includes('.')) return this.methods.get(key) ?? 0;
    let sum = 0;
    for (const [k, n] of this.methods) if (k.startsWith(`${key}.`)) sum += n;
    return sum;
  }

  /** Calls into one Apps Script service, e.g. `service('Spreadsheet')`. */
  service(name: string): number {
    return this.services.get(name) ?? 0;
  }

  /** Calls into the Spreadsheet service (SpreadsheetApp and every object it hands out). */
  get spreadsheetCalls(): number {
    return this.service('Spreadsheet');
  }

  snapshot(): CallCounts {
    const sorted = (m: Map<string, number>) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));
    return { total: this.totalCalls, byMethod: sorted(this.methods), byService: sorted(this.services) };
  }

  reset(): void {
    this.methods.clear();
    this.services.clear();
    this.totalCalls = 0;
  }
}
