// PropertiesService (developers.google.com/apps-script/reference/properties/properties-service).
// Values are strings ("all values are stored as strings": objects and numbers are coerced), and the
// quotas hold: 9 KB per value, 500 KB per property store
// (developers.google.com/apps-script/guides/services/quotas, "Properties value size", "Properties total storage").
import type { Implements } from '../conformance';
import { ScriptException } from '../errors';
import { ServiceObject } from '../membrane';

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export class LocalProperties extends ServiceObject implements Partial<Implements<GoogleAppsScript.Properties.Properties>> {
  readonly apiClass = 'Properties' as const;

  constructor(private readonly store: Map<string, string>) {
    super();
  }

  private checkedSet(entries: [string, string][], replaceAll: boolean): void {
    for (const [, value] of entries) if (bytes(value) > MAX_VALUE_BYTES) throw new ScriptException('Argument too large: value');
    const next = new Map(replaceAll ? [] : this.store);
    for (const [k, v] of entries) next.set(k, v);
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > MAX_STORE_BYTES) throw new ScriptException('You have exceeded the property storage quota. Please remove some properties and try again.');
    if (replaceAll) this.store.clear();
    for (const [k, v] of entries) this.store.set(k, v);
  }

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }
  setProperty(key: string, value: string): this {
    this.checkedSet([[String(key), String(value)]], false);
    return this;
  }
  /** setProperties(properties, deleteAllOthers?) */
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): this {
    if (typeof properties !== 'object' || properties === null)
      throw new ScriptException("The parameters don't match the method signature for PropertiesService.Properties.setProperties.");
    this.checkedSet(
      Object.entries(properties).map(([k, v]) => [k, String(v)]),
      deleteAllOthers === true,
    );
    return this;
  }
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  deleteProperty(key: string): this {
    this.store.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
}

export interface PropertyStores {
  document: Map<string, string>;
  user: Map<string, string>;
  script: Map<string, string>;
}

export class LocalPropertiesService extends ServiceObject implements Partial<Implements<GoogleAppsScript.Properties.PropertiesService>> {
  readonly apiClass = 'PropertiesService' as const;
  constructor(private readonly stores: PropertyStores) {
    super();
  }
  /** Shared by all users of the add-on in this document; saved with the workbook. */
  getDocumentProperties(): LocalProperties {
    return new LocalProperties(this.stores.document);
  }
  getUserProperties(): LocalProperties {
    return new LocalProperties(this.stores.user);
  }
  getScriptProperties(): LocalProperties {
    return new LocalProperties(this.stores.script);
  }
}
