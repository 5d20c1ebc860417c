// Developer metadata: key/value strings an add-on attaches to the spreadsheet or to a sheet, to find
// its own objects again (developers.google.com/apps-script/reference/spreadsheet/developer-metadata).
// Row and column locations (Range.addDeveloperMetadata) are not implemented.
import type { Implements } from '../conformance';
import {
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  member,
  memberName,
  type DeveloperMetadataLocationTypeName,
  type DeveloperMetadataVisibilityName,
} from '../enums';
import { ScriptException } from '../errors';
import { ServiceObject } from '../membrane';
import type { LocalSheet } from './Sheet';
import type { LocalSpreadsheet } from './Spreadsheet';

export type MetadataLocation = { type: 'SPREADSHEET' } | { type: 'SHEET'; sheet: LocalSheet };

export interface MetadataEntry {
  id: number;
  key: string;
  value: string | null;
  visibility: DeveloperMetadataVisibilityName;
  location: MetadataLocation;
}

/** The (key, value?, visibility?) overloads of addDeveloperMetadata, resolved. */
export function metadataArguments(
  key: unknown,
  second: unknown,
  third: unknown,
): { key: string; value: string | null; visibility: DeveloperMetadataVisibilityName } {
  if (typeof key !== 'string' || key === '') throw new ScriptException('Invalid argument: key');
  let value: string | null = null;
  let visibility: DeveloperMetadataVisibilityName = 'DOCUMENT';
  if (typeof second === 'string') value = second;
  else if (second !== undefined) visibility = memberName(DeveloperMetadataVisibility, second, 'visibility');
  if (third !== undefined) visibility = memberName(DeveloperMetadataVisibility, third, 'visibility');
  return { key, value, visibility };
}

export class LocalDeveloperMetadataLocation extends ServiceObject implements Partial<Implements<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>> {
  readonly apiClass = 'DeveloperMetadataLocation' as const;

  constructor(
    private readonly spreadsheet: LocalSpreadsheet,
    private readonly location: MetadataLocation,
  ) {
    super();
  }

  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    return member(DeveloperMetadataLocationType, this.location.type);
  }
  getSpreadsheet(): LocalSpreadsheet | null {
    return this.location.type === 'SPREADSHEET' ? this.spreadsheet : null;
  }
  getSheet(): LocalSheet | null {
    return this.location.type === 'SHEET' ? this.location.sheet : null;
  }
  // Row and column locations do not exist in the local runtime, so these are always null.
  getRow(): null {
    return null;
  }
  getColumn(): null {
    return null;
  }
}

export class LocalDeveloperMetadata extends ServiceObject implements Partial<Implements<GoogleAppsScript.Spreadsheet.DeveloperMetadata>> {
  readonly apiClass = 'DeveloperMetadata' as const;

  constructor(
    private readonly spreadsheet: LocalSpreadsheet,
    readonly entry: MetadataEntry,
  ) {
    super();
  }

  private live(): MetadataEntry {
    if (!this.spreadsheet.metadata.includes(this.entry)) throw new ScriptException('The developer metadata was removed.');
    return this.entry;
  }

  getId(): number {
    return this.entry.id;
  }
  getKey(): string {
    return this.live().key;
  }
  getValue(): string | null {
    return this.live().value;
  }
  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    return member(DeveloperMetadataVisibility, this.live().visibility);
  }
  getLocation(): LocalDeveloperMetadataLocation {
    return new LocalDeveloperMetadataLocation(this.spreadsheet, this.live().location);
  }
  setKey(key: string): this {
    if (typeof key !== 'string' || key === '') throw new ScriptException('Invalid argument: key');
    this.live().key = key;
    this.spreadsheet.touch();
    return this;
  }
  setValue(value: string): this {
    this.live().value = value === null || value === undefined ? null : String(value);
    this.spreadsheet.touch();
    return this;
  }
  setVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): this {
    this.live().visibility = memberName(DeveloperMetadataVisibility, visibility, 'visibility');
    this.spreadsheet.touch();
    return this;
  }
  moveToSheet(sheet: LocalSheet): this {
    this.live().location = { type: 'SHEET', sheet };
    this.spreadsheet.touch();
    return this;
  }
  moveToSpreadsheet(): this {
    this.live().location = { type: 'SPREADSHEET' };
    this.spreadsheet.touch();
    return this;
  }
  remove(): void {
    const list = this.spreadsheet.metadata;
    const i = list.indexOf(this.live());
    list.splice(i, 1);
    this.spreadsheet.touch();
  }
}

export class LocalDeveloperMetadataFinder extends ServiceObject implements Partial<Implements<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>> {
  readonly apiClass = 'DeveloperMetadataFinder' as const;
  private readonly filters: ((e: MetadataEntry) => boolean)[] = [];

  /** `scope` = the sheet whose metadata is searched, or null for the whole spreadsheet. */
  constructor(
    private readonly spreadsheet: LocalSpreadsheet,
    private readonly scope: LocalSheet | null,
  ) {
    super();
  }

  withKey(key: string): this {
    this.filters.push((e) => e.key === key);
    return this;
  }
  withValue(value: string): this {
    this.filters.push((e) => e.value === value);
    return this;
  }
  withId(id: number): this {
    this.filters.push((e) => e.id === id);
    return this;
  }
  withLocationType(locationType: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType): this {
    const type: DeveloperMetadataLocationTypeName = memberName(DeveloperMetadataLocationType, locationType, 'locationType');
    this.filters.push((e) => e.location.type === type);
    return this;
  }
  withVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): this {
    const v = memberName(DeveloperMetadataVisibility, visibility, 'visibility');
    this.filters.push((e) => e.visibility === v);
    return this;
  }
  find(): LocalDeveloperMetadata[] {
    return this.spreadsheet.metadata
      .filter((e) => this.scope === null || (e.location.type === 'SHEET' && e.location.sheet === this.scope))
      .filter((e) => this.filters.every((f) => f(e)))
      .map((e) => new LocalDeveloperMetadata(this.spreadsheet, e));
  }
}
