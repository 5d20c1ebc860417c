// Spreadsheet: the workbook (developers.google.com/apps-script/reference/spreadsheet/spreadsheet).
// One LocalSpreadsheet is the document the add-on runs in: its sheets, developer metadata,
// document properties and the state of the formula engine.
import { randomBytes, randomInt } from 'node:crypto';
import { parseA1 } from '../a1';
import type { Implements } from '../conformance';
import { assertTimeZone } from '../dates';
import { isSheetsLocale } from '../locales';
import { NotImplementedError, ScriptException } from '../errors';
import { recalculate, type CustomFunctionHost, type ErrorArguments, type FormulaWorkbook } from '../formulas';
import { dropSheetFromFormula } from '../formulaSyntax';
import { ServiceObject } from '../membrane';
import { LocalDeveloperMetadata, LocalDeveloperMetadataFinder, metadataArguments, type MetadataEntry, type MetadataLocation } from './DeveloperMetadata';
import type { LocalRange } from './Range';
import type { LocalRangeList } from './RangeList';
import { LocalSheet } from './Sheet';

export interface SpreadsheetOptions {
  name?: string;
  /** Default: a random 44-character id like Google's. */
  id?: string;
  /** Default "en_US". */
  locale?: string;
  /** IANA name; default "Etc/UTC". Dates in cells are wall-clock times in this zone. */
  timeZone?: string;
}

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

type InsertOptions = { template?: unknown };

export class LocalSpreadsheet extends ServiceObject implements Partial<Implements<GoogleAppsScript.Spreadsheet.Spreadsheet>>, FormulaWorkbook {
  readonly apiClass = 'Spreadsheet' as const;
  readonly id: string;
  name: string;
  locale: string;
  timeZone: string;
  sheets: LocalSheet[] = [];
  readonly metadata: MetadataEntry[] = [];
  private chartIds = 0;
  /** A chart id not used in this spreadsheet yet (Sheets' ids are opaque integers). */
  nextChartId(): number {
    const used = Math.max(0, ...this.sheets.flatMap((s) => s.charts.map((c) => c.id ?? 0)));
    this.chartIds = Math.max(this.chartIds, used) + 1;
    return this.chartIds;
  }
  /** Document properties live with the document (PropertiesService.getDocumentProperties). */
  readonly documentProperties = new Map<string, string>();
  /** What Spreadsheet.toast showed, oldest first. */
  readonly toasts: Toast[] = [];
  private activeSheet: LocalSheet | null = null;
  private nextMetadataId = 1;
  private dirty = true;
  private calculating = false;
  private host: CustomFunctionHost | null = null;
  /** What custom functions get for an error argument (see formulas.ts); Diagnostics observes the real one. */
  errorArguments: ErrorArguments = 'pass';
  /** The clock TODAY() reads; the runtime sets the script's clock here. */
  now: () => number = () => Date.now();

  constructor(options: SpreadsheetOptions = {}) {
    super();
    this.id = options.id ?? randomBytes(33).toString('base64url');
    this.name = options.name ?? 'Untitled spreadsheet';
    this.locale = options.locale ?? 'en_US';
    // A spreadsheet has one of the locales Sheets offers (local/locales.ts), however it was made: new,
    // or opened from a file; setSpreadsheetLocale refuses the others the same way.
    assertSheetsLocale(this.locale);
    this.timeZone = options.timeZone ?? 'Etc/UTC';
    assertTimeZone(this.timeZone);
  }

  // --- Internals ------------------------------------------------------------------------------------

  /** Marks the workbook changed: formulas are recomputed before the next read of values. */
  touch(): void {
    this.dirty = true;
  }

  /** Recomputes the formulas if anything changed since the last time (lazily, on read). */
  ensureCalculated(): void {
    if (!this.dirty || this.calculating) return;
    this.calculating = true;
    try {
      recalculate(this);
      this.dirty = false;
    } finally {
      this.calculating = false;
    }
  }

  /** The bundle's custom functions, called by formulas; set by the runtime that loads the bundle. */
  get customFunctions(): CustomFunctionHost | null {
    return this.host;
  }
  set customFunctions(host: CustomFunctionHost | null) {
    this.host = host;
    this.touch();
  }

  formulaSheets(): readonly LocalSheet[] {
    return this.sheets;
  }

  /** Sheet names are unique regardless of case (github.com/socialpoint-labs/sheetfu/pull/26). */
  findSheet(name: string): LocalSheet | null {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower) ?? null;
  }

  /** Adds a sheet at a 0-based position; used by insertSheet and the xlsx loader. */
  addSheet(name: string, index = this.sheets.length, sheetId?: number): LocalSheet {
    if (this.findSheet(name)) throw new ScriptException(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const id = sheetId ?? (this.sheets.length === 0 ? 0 : this.newSheetId());
    const sheet = new LocalSheet(this, name, id);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    this.touch();
    return sheet;
  }

  private newSheetId(): number {
    for (;;) {
      const id = randomInt(1, 2 ** 31 - 1);
      if (!this.sheets.some((s) => s.sheetId === id)) return id;
    }
  }

  activateSheet(sheet: LocalSheet): void {
    this.activeSheet = sheet;
  }

  /** When the active sheet is hidden, the first visible one becomes active. */
  sheetHidden(sheet: LocalSheet): void {
    if (this.activeSheet === sheet) this.activeSheet = this.sheets.find((s) => !s.hidden) ?? null;
  }

  addMetadata(location: MetadataLocation, args: { key: string; value: string | null; visibility: MetadataEntry['visibility'] }, id?: number): MetadataEntry {
    const entry: MetadataEntry = { id: id ?? this.nextMetadataId, key: args.key, value: args.value, visibility: args.visibility, location };
    this.nextMetadataId = Math.max(this.nextMetadataId, entry.id) + 1;
    this.metadata.push(entry);
    this.touch();
    return entry;
  }

  private requireActiveSheet(): LocalSheet {
    const sheet = this.activeSheet && this.sheets.includes(this.activeSheet) ? this.activeSheet : (this.sheets.find((s) => !s.hidden) ?? this.sheets[0]);
    if (!sheet) throw new ScriptException('The spreadsheet has no sheets.');
    return sheet;
  }

  // --- Identity ---------------------------------------------------------------------------------------

  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  rename(newName: string): void {
    this.name = String(newName);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    assertSheetsLocale(String(locale));
    this.locale = locale;
    this.touch();
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  /** Cells keep their serial numbers, so dates keep their wall-clock time in the new zone, as in Sheets. */
  setSpreadsheetTimeZone(timezone: string): void {
    try {
      assertTimeZone(timezone);
    } catch {
      throw new ScriptException(`Invalid argument: timezone "${String(timezone)}"`);
    }
    this.timeZone = timezone;
    this.touch();
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds === undefined ? 5 : timeoutSeconds,
    });
  }

  // --- Sheets -------------------------------------------------------------------------------------------

  getSheets(): LocalSheet[] {
    return [...this.sheets];
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  getSheetByName(name: string): LocalSheet | null {
    return this.findSheet(String(name));
  }
  getSheetById(id: number): LocalSheet | null {
    return this.sheets.find((s) => s.sheetId === id) ?? null;
  }
  getActiveSheet(): LocalSheet {
    return this.requireActiveSheet();
  }
  setActiveSheet(sheet: LocalSheet, restoreSelection?: boolean): LocalSheet {
    void restoreSelection;
    if (!this.sheets.includes(sheet)) throw new ScriptException('The sheet is not part of this spreadsheet.');
    this.activeSheet = sheet;
    return sheet;
  }
  /**
   * insertSheet([name], [index], [options]): a new sheet, by default named "SheetN" and placed after
   * the active sheet; `index` is 0-based ("To insert a sheet as the first one in the spreadsheet,
   * set it to 0"). "The new sheet becomes the active sheet." A name already in use throws
   * 'A sheet with the name "X" already exists. Please enter another name.'
   */
  insertSheet(...args: unknown[]): LocalSheet {
    let name: string | null = null;
    let index: number | null = null;
    let options: InsertOptions | null = null;
    for (const arg of args) {
      if (typeof arg === 'string' && name === null && index === null && options === null) name = arg;
      else if (typeof arg === 'number' && index === null && options === null) index = arg;
      else if (typeof arg === 'object' && arg !== null && options === null) options = arg as InsertOptions;
      else throw new ScriptException("The parameters don't match the method signature for SpreadsheetApp.Spreadsheet.insertSheet.");
    }
    if (options?.template !== undefined) throw new NotImplementedError('Spreadsheet', 'insertSheet with a template');
    if (name === null) {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (name.trim() === '') throw new ScriptException('Invalid argument: sheetName');
    const position = index ?? this.sheets.indexOf(this.requireActiveSheet()) + 1;
    if (!Number.isInteger(position) || position < 0 || position > this.sheets.length)
      throw new ScriptException(`Invalid argument: sheetIndex ${String(position)}`);
    const sheet = this.addSheet(name, position);
    this.activeSheet = sheet;
    return sheet;
  }
  deleteSheet(sheet: LocalSheet): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new ScriptException('The sheet is not part of this spreadsheet.');
    if (this.sheets.length === 1) throw new ScriptException("You can't remove all the sheets in a document.");
    if (!sheet.hidden && this.sheets.every((s) => s === sheet || s.hidden)) throw new ScriptException("You can't remove all the visible sheets in a document.");
    this.sheets.splice(i, 1);
    for (let m = this.metadata.length - 1; m >= 0; m--) {
      const loc = this.metadata[m]!.location;
      if (loc.type === 'SHEET' && loc.sheet === sheet) this.metadata.splice(m, 1);
    }
    for (const other of this.sheets) {
      for (const [, , cell] of other.cells.entries()) if (cell.formula !== null) cell.formula = dropSheetFromFormula(cell.formula, sheet.name);
    }
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[Math.max(0, i - 1)] ?? null;
    this.touch();
  }
  deleteActiveSheet(): LocalSheet {
    const sheet = this.requireActiveSheet();
    this.deleteSheet(sheet);
    return this.requireActiveSheet();
  }
  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    const sheet = this.requireActiveSheet();
    if (!Number.isInteger(pos) || pos < 1 || pos > this.sheets.length) throw new ScriptException(`Invalid argument: pos ${String(pos)}`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(pos - 1, 0, sheet);
    this.touch();
  }
  renameActiveSheet(newName: string): void {
    this.requireActiveSheet().setName(newName);
  }

  // --- Ranges and selection -------------------------------------------------------------------------

  /** A1 notation, with or without a sheet name; without one it refers to the active sheet. */
  getRange(a1Notation: string): LocalRange {
    const ref = parseA1(String(a1Notation));
    if (!ref) throw new ScriptException('Range not found');
    const sheet = ref.sheet === null ? this.requireActiveSheet() : this.findSheet(ref.sheet);
    if (!sheet) throw new ScriptException('Range not found');
    return sheet.rangeFromArea(ref.area);
  }
  getRangeList(a1Notations: string[]): LocalRangeList {
    return this.requireActiveSheet().getRangeList(a1Notations);
  }
  getActiveRange(): LocalRange {
    return this.requireActiveSheet().getActiveRange();
  }
  getActiveCell(): LocalRange {
    return this.requireActiveSheet().getActiveCell();
  }
  setActiveRange(range: LocalRange): LocalRange {
    range.sheet.select(range);
    return range;
  }
  setActiveSelection(range: LocalRange | string): LocalRange {
    return this.setActiveRange(typeof range === 'string' ? this.getRange(range) : range);
  }
  getDataRange(): LocalRange {
    return this.requireActiveSheet().getDataRange();
  }
  getLastRow(): number {
    return this.requireActiveSheet().getLastRow();
  }
  getLastColumn(): number {
    return this.requireActiveSheet().getLastColumn();
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    return this.requireActiveSheet().getSheetValues(startRow, startColumn, numRows, numColumns);
  }
  getSheetId(): number {
    return this.requireActiveSheet().getSheetId();
  }
  getSheetName(): string {
    return this.requireActiveSheet().getName();
  }

  // --- The active sheet's rows, columns and freezing (Spreadsheet delegates these to it) ------------

  appendRow(rowContents: unknown[]): LocalSheet {
    return this.requireActiveSheet().appendRow(rowContents);
  }
  insertRowAfter(afterPosition: number): LocalSheet {
    return this.requireActiveSheet().insertRowAfter(afterPosition);
  }
  insertRowBefore(beforePosition: number): LocalSheet {
    return this.requireActiveSheet().insertRowBefore(beforePosition);
  }
  insertRowsAfter(afterPosition: number, howMany: number): LocalSheet {
    return this.requireActiveSheet().insertRowsAfter(afterPosition, howMany);
  }
  insertRowsBefore(beforePosition: number, howMany: number): LocalSheet {
    return this.requireActiveSheet().insertRowsBefore(beforePosition, howMany);
  }
  insertColumnAfter(afterPosition: number): LocalSheet {
    return this.requireActiveSheet().insertColumnAfter(afterPosition);
  }
  insertColumnBefore(beforePosition: number): LocalSheet {
    return this.requireActiveSheet().insertColumnBefore(beforePosition);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): LocalSheet {
    return this.requireActiveSheet().insertColumnsAfter(afterPosition, howMany);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): LocalSheet {
    return this.requireActiveSheet().insertColumnsBefore(beforePosition, howMany);
  }
  deleteRow(rowPosition: number): LocalSheet {
    return this.requireActiveSheet().deleteRow(rowPosition);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.requireActiveSheet().deleteRows(rowPosition, howMany);
  }
  deleteColumn(columnPosition: number): LocalSheet {
    return this.requireActiveSheet().deleteColumn(columnPosition);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.requireActiveSheet().deleteColumns(columnPosition, howMany);
  }
  getColumnWidth(columnPosition: number): number {
    return this.requireActiveSheet().getColumnWidth(columnPosition);
  }
  setColumnWidth(columnPosition: number, width: number): LocalSheet {
    return this.requireActiveSheet().setColumnWidth(columnPosition, width);
  }
  getRowHeight(rowPosition: number): number {
    return this.requireActiveSheet().getRowHeight(rowPosition);
  }
  setRowHeight(rowPosition: number, height: number): LocalSheet {
    return this.requireActiveSheet().setRowHeight(rowPosition, height);
  }
  getFrozenRows(): number {
    return this.requireActiveSheet().getFrozenRows();
  }
  setFrozenRows(rows: number): void {
    this.requireActiveSheet().setFrozenRows(rows);
  }
  getFrozenColumns(): number {
    return this.requireActiveSheet().getFrozenColumns();
  }
  setFrozenColumns(columns: number): void {
    this.requireActiveSheet().setFrozenColumns(columns);
  }

  // --- Developer metadata -----------------------------------------------------------------------------

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): this {
    this.addMetadata({ type: 'SPREADSHEET' }, metadataArguments(key, valueOrVisibility, visibility));
    return this;
  }
  /** "Get the developer metadata associated with the top-level spreadsheet." */
  getDeveloperMetadata(): LocalDeveloperMetadata[] {
    return this.metadata.filter((e) => e.location.type === 'SPREADSHEET').map((e) => new LocalDeveloperMetadata(this, e));
  }
  /** Searches all the metadata of the spreadsheet, whatever it is attached to. */
  createDeveloperMetadataFinder(): LocalDeveloperMetadataFinder {
    return new LocalDeveloperMetadataFinder(this, null);
  }
}

/** Only the locales Sheets offers (local/locales.ts); there is no fa_IR. */
function assertSheetsLocale(locale: string): void {
  if (!isSheetsLocale(locale)) throw new ScriptException(`Invalid argument: locale "${locale}"`);
}
