// Sheet: one tab of the spreadsheet (developers.google.com/apps-script/reference/spreadsheet/sheet).
import { parseA1, type Area } from '../a1';
import { normalizeColor } from '../colors';
import type { Implements } from '../conformance';
import { SheetType } from '../enums';
import { ScriptException } from '../errors';
import type { CachedSpill, FormulaSheet, SpillArea } from '../formulas';
import { renameSheetInFormula, shiftFormula } from '../formulaSyntax';
import { ServiceObject } from '../membrane';
import { CellStore, type Stored } from './cells';
import { LocalEmbeddedChart, LocalEmbeddedChartBuilder } from './Chart';
import { LocalConditionalFormatRule, type RuleSpec } from './ConditionalFormat';
import { LocalDeveloperMetadata, LocalDeveloperMetadataFinder, metadataArguments } from './DeveloperMetadata';
import { LocalRange } from './Range';
import { LocalRangeList } from './RangeList';
import type { LocalSpreadsheet } from './Spreadsheet';

/** A new sheet's grid: 1,000 rows × 26 columns (A–Z), as in Sheets. */
export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;
/** Sheets' default column width and row height, in pixels. */
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

type Dimension = 'ROWS' | 'COLUMNS';

function requireInteger(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw new ScriptException(`Invalid argument: ${what} must be a whole number (got ${String(value)})`);
  return value;
}

/** A span [start, end] after `by` rows/columns are inserted (by > 0) or deleted (by < 0) at `at`; null when all of it was deleted. */
function shiftSpan(start: number, end: number, at: number, by: number): [number, number] | null {
  if (by > 0) return [start >= at ? start + by : start, end >= at ? end + by : end];
  const last = at - by - 1;
  if (start >= at && end <= last) return null;
  const s = start < at ? start : start > last ? start + by : at;
  const e = end < at ? end : end > last ? end + by : at - 1;
  return [s, e];
}

export class LocalSheet extends ServiceObject implements Partial<Implements<GoogleAppsScript.Spreadsheet.Sheet>>, FormulaSheet {
  readonly apiClass = 'Sheet' as const;
  readonly cells = new CellStore();
  readonly spill = new Map<number, Map<number, Stored>>();
  readonly spillAreas = new Map<string, SpillArea>();
  readonly cachedSpills = new Map<string, CachedSpill>();
  maxRows = DEFAULT_MAX_ROWS;
  maxColumns = DEFAULT_MAX_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  rightToLeft = false;
  hidden = false;
  tabColor: string | null = null;
  hiddenGridlines = false;
  /**
   * Merged areas read from an .xlsx, in A1 notation, written back on save. Only the top-left cell of
   * a merged area holds a value, as Range.getValues() shows it in Sheets ("" for the others).
   * Range.merge and Range.getMergedRanges work on this list; rows and columns inserted or deleted
   * do not move it.
   */
  readonly merges: string[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Rows and columns the user hid (Sheet.isRowHiddenByUser / isColumnHiddenByUser); they move with inserts and deletes. */
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  /** An .xlsx file's filter range (A1), kept for the saved copy (local/xlsx.ts); Sheets' filters are not modelled. */
  fileAutoFilter: unknown = null;
  conditionalFormats: RuleSpec[] = [];
  /** Embedded charts, in the order they were inserted (kept in the saved workbook's state sheet). */
  charts: LocalEmbeddedChart[] = [];
  private selection: LocalRange | null = null;

  constructor(
    readonly spreadsheet: LocalSpreadsheet,
    public name: string,
    readonly sheetId: number,
  ) {
    super();
  }

  // --- Internals shared with Range, the formula engine and the xlsx writer -----------------------

  /** What a cell shows: its own value or formula result, else a value spilled into it. */
  storedAt(row: number, col: number): Stored | null {
    return this.cells.get(row, col)?.value ?? this.spill.get(row)?.get(col) ?? null;
  }

  /** A range after Apps Script's checks (1-based, at least one row and column, inside the grid). */
  rangeAt(row: number, column: number, numRows: number, numColumns: number, area?: Area): LocalRange {
    requireInteger(row, 'row');
    requireInteger(column, 'column');
    requireInteger(numRows, 'numRows');
    requireInteger(numColumns, 'numColumns');
    if (row < 1) throw new ScriptException('The starting row of the range is too small.');
    if (column < 1) throw new ScriptException('The starting column of the range is too small.');
    if (numRows < 1) throw new ScriptException('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new ScriptException('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new ScriptException('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new LocalRange(this, row, column, numRows, numColumns, area);
  }

  /** A range from A1 notation relative to this sheet (`A1`, `A1:B2`, `A:C`, `A7:A`, `3:5`). */
  rangeFromArea(area: Area): LocalRange {
    const row = area.startRow ?? 1;
    const column = area.startCol ?? 1;
    const endRow = area.endRow ?? this.maxRows;
    const endCol = area.endCol ?? this.maxColumns;
    return this.rangeAt(row, column, endRow - row + 1, endCol - column + 1, area);
  }

  select(range: LocalRange): void {
    this.selection = range;
    this.spreadsheet.activateSheet(this);
  }

  /** The last row and column holding a value or a formula (spilled results included); 0 when none. */
  private extent(): { lastRow: number; lastColumn: number } {
    this.spreadsheet.ensureCalculated();
    let lastRow = 0;
    let lastColumn = 0;
    for (const [row, col, cell] of this.cells.entries()) {
      if (cell.value === null && cell.formula === null) continue;
      if (row > lastRow) lastRow = row;
      if (col > lastColumn) lastColumn = col;
    }
    for (const [row, cols] of this.spill) {
      for (const col of cols.keys()) {
        if (row > lastRow) lastRow = row;
        if (col > lastColumn) lastColumn = col;
      }
    }
    return { lastRow, lastColumn };
  }

  /** Moves rows or columns: cells, sizes, conditional formats and every formula that refers to them. */
  private shift(dimension: Dimension, at: number, by: number): void {
    this.cells.shift(dimension, at, by);
    const sizes = dimension === 'ROWS' ? this.rowHeights : this.columnWidths;
    const moved = [...sizes].map(([i, v]) => [shiftSpan(i, i, at, by)?.[0] ?? null, v] as const).filter((e): e is readonly [number, number] => e[0] !== null);
    sizes.clear();
    for (const [i, v] of moved) sizes.set(i, v);
    const hidden = dimension === 'ROWS' ? this.hiddenRows : this.hiddenColumns;
    const stillHidden = [...hidden].map((i) => shiftSpan(i, i, at, by)?.[0]).filter((i): i is number => i !== undefined);
    hidden.clear();
    for (const i of stillHidden) hidden.add(i);
    if (dimension === 'ROWS') this.maxRows += by;
    else this.maxColumns += by;
    this.frozenRows = Math.min(this.frozenRows, this.maxRows);
    this.frozenColumns = Math.min(this.frozenColumns, this.maxColumns);
    this.conditionalFormats = this.conditionalFormats
      .map((rule) => ({ ...rule, ranges: rule.ranges.flatMap((r) => this.shiftRange(r, dimension, at, by)) }))
      .filter((rule) => rule.ranges.length > 0);
    for (const sheet of this.spreadsheet.sheets) {
      for (const [, , cell] of sheet.cells.entries()) {
        if (cell.formula !== null) cell.formula = shiftFormula(cell.formula, sheet.name, { sheet: this.name, dimension, at, by });
      }
      // A loaded result follows its formula to the formula's new cell.
      const cached = [...sheet.cachedSpills];
      sheet.cachedSpills.clear();
      for (const [key, spill] of cached) {
        const [row = 0, col = 0] = key.split(',').map(Number);
        const formula = shiftFormula(spill.formula, sheet.name, { sheet: this.name, dimension, at, by });
        if (sheet !== this) sheet.cachedSpills.set(key, { ...spill, formula });
        else {
          const moved = dimension === 'ROWS' ? shiftSpan(row, row, at, by) : shiftSpan(col, col, at, by);
          if (moved) sheet.cachedSpills.set(dimension === 'ROWS' ? `${moved[0]},${col}` : `${row},${moved[0]}`, { ...spill, formula });
        }
      }
    }
    this.selection = null;
    this.spreadsheet.touch();
  }

  private shiftRange(range: LocalRange, dimension: Dimension, at: number, by: number): LocalRange[] {
    if (dimension === 'ROWS') {
      const span = shiftSpan(range.row, range.lastRow, at, by);
      return span ? [new LocalRange(this, span[0], range.column, span[1] - span[0] + 1, range.numColumns)] : [];
    }
    const span = shiftSpan(range.column, range.lastColumn, at, by);
    return span ? [new LocalRange(this, range.row, span[0], range.numRows, span[1] - span[0] + 1)] : [];
  }

  private insert(dimension: Dimension, before: number, howMany: number): this {
    requireInteger(before, 'position');
    requireInteger(howMany, 'howMany');
    const max = dimension === 'ROWS' ? this.maxRows : this.maxColumns;
    if (before < 1 || before > max + 1 || howMany < 1)
      throw new ScriptException(dimension === 'ROWS' ? 'Those rows are out of bounds.' : 'Those columns are out of bounds.');
    this.shift(dimension, before, howMany);
    return this;
  }

  private remove(dimension: Dimension, position: number, howMany: number): void {
    requireInteger(position, 'position');
    requireInteger(howMany, 'howMany');
    const max = dimension === 'ROWS' ? this.maxRows : this.maxColumns;
    if (position < 1 || howMany < 1 || position + howMany - 1 > max)
      throw new ScriptException(dimension === 'ROWS' ? 'Those rows are out of bounds.' : 'Those columns are out of bounds.');
    if (howMany === max)
      throw new ScriptException(dimension === 'ROWS' ? "You can't delete all the rows on the sheet." : "You can't delete all the columns on the sheet.");
    this.shift(dimension, position, -howMany);
  }

  // --- Identity and state ----------------------------------------------------------------------------

  getName(): string {
    return this.name;
  }
  /** Sheet.isRowHiddenByUser: hidden by the user (not by a filter). */
  isRowHiddenByUser(rowPosition: number): boolean {
    return this.hiddenRows.has(rowPosition);
  }
  /** Sheet.isColumnHiddenByUser. */
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.hiddenColumns.has(columnPosition);
  }
  getSheetName(): string {
    return this.name;
  }
  /** Sheet names are unique regardless of case in Sheets; formulas that name the sheet follow it. */
  setName(name: string): this {
    const next = String(name);
    if (next.trim() === '') throw new ScriptException('Invalid argument: name');
    const clash = this.spreadsheet.findSheet(next);
    if (clash && clash !== this) throw new ScriptException(`A sheet with the name "${next}" already exists. Please enter another name.`);
    const previous = this.name;
    this.name = next;
    for (const sheet of this.spreadsheet.sheets) {
      for (const [, , cell] of sheet.cells.entries()) if (cell.formula !== null) cell.formula = renameSheetInFormula(cell.formula, previous, next);
    }
    this.spreadsheet.touch();
    return this;
  }
  getSheetId(): number {
    return this.sheetId;
  }
  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number {
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }
  getParent(): LocalSpreadsheet {
    return this.spreadsheet;
  }
  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return SheetType.GRID;
  }
  activate(): this {
    this.spreadsheet.activateSheet(this);
    return this;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  hideSheet(): this {
    if (!this.hidden && this.spreadsheet.sheets.every((s) => s === this || s.hidden)) throw new ScriptException("You can't hide all the sheets in a document.");
    this.hidden = true;
    this.spreadsheet.sheetHidden(this);
    this.spreadsheet.touch();
    return this;
  }
  showSheet(): this {
    this.hidden = false;
    this.spreadsheet.touch();
    return this;
  }
  getTabColor(): string | null {
    return this.tabColor;
  }
  setTabColor(color: string | null): this {
    this.tabColor = color === null || color === '' ? null : normalizeColor(color);
    this.spreadsheet.touch();
    return this;
  }
  isRightToLeft(): boolean {
    return this.rightToLeft;
  }
  setRightToLeft(rightToLeft: boolean): this {
    this.rightToLeft = Boolean(rightToLeft);
    this.spreadsheet.touch();
    return this;
  }
  hasHiddenGridlines(): boolean {
    return this.hiddenGridlines;
  }
  setHiddenGridlines(hideGridlines: boolean): this {
    this.hiddenGridlines = Boolean(hideGridlines);
    this.spreadsheet.touch();
    return this;
  }

  // --- Ranges ------------------------------------------------------------------------------------------

  /**
   * getRange(row, column, numRows?, numColumns?) or getRange(a1Notation). Rows and columns are
   * 1-based; A1 notation may name this or another sheet.
   */
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): LocalRange {
    if (typeof rowOrA1 === 'string') {
      const ref = parseA1(rowOrA1);
      if (!ref) throw new ScriptException('Range not found');
      const sheet = ref.sheet === null ? this : this.spreadsheet.findSheet(ref.sheet);
      if (!sheet) throw new ScriptException('Range not found');
      return sheet.rangeFromArea(ref.area);
    }
    if (column === undefined) throw new ScriptException("The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    return this.rangeAt(rowOrA1, column, numRows ?? 1, numColumns ?? 1);
  }
  getRangeList(a1Notations: string[]): LocalRangeList {
    if (!Array.isArray(a1Notations)) throw new ScriptException("The parameters don't match the method signature for SpreadsheetApp.Sheet.getRangeList.");
    return new LocalRangeList(a1Notations.map((a1) => this.getRange(String(a1))));
  }
  /** A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): LocalRange {
    const { lastRow, lastColumn } = this.extent();
    return this.rangeAt(1, 1, Math.max(1, lastRow), Math.max(1, lastColumn));
  }
  /** "Returns the position of the last row that has content": 0 on an empty sheet. */
  getLastRow(): number {
    return this.extent().lastRow;
  }
  getLastColumn(): number {
    return this.extent().lastColumn;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  /** A -1 row or column means the last row or column with data (Sheet.getSheetValues). */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const { lastRow, lastColumn } = this.extent();
    const row = startRow === -1 ? lastRow : startRow;
    const col = startColumn === -1 ? lastColumn : startColumn;
    const rows = numRows === -1 ? lastRow - row + 1 : numRows;
    const cols = numColumns === -1 ? lastColumn - col + 1 : numColumns;
    return this.rangeAt(row, col, rows, cols).getValues();
  }
  getActiveRange(): LocalRange {
    return this.selection ?? this.rangeAt(1, 1, 1, 1);
  }
  getActiveCell(): LocalRange {
    const r = this.getActiveRange();
    return this.rangeAt(r.row, r.column, 1, 1);
  }
  setActiveRange(range: LocalRange): LocalRange {
    if (range.sheet !== this) throw new ScriptException('The range must be on this sheet.');
    this.select(range);
    return range;
  }
  setActiveSelection(range: LocalRange | string): LocalRange {
    return this.setActiveRange(typeof range === 'string' ? this.getRange(range) : range);
  }

  // --- Content -----------------------------------------------------------------------------------------

  /** Appends the values after the last row with content, growing the grid when needed. */
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents)) throw new ScriptException("The parameters don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    if (rowContents.length === 0) return this;
    const row = this.extent().lastRow + 1;
    if (row > this.maxRows) this.maxRows = row;
    if (rowContents.length > this.maxColumns) this.maxColumns = rowContents.length;
    this.rangeAt(row, 1, 1, rowContents.length).setValues([rowContents]);
    return this;
  }
  /** "Clears the sheet of content and formatting information"; options pick one of the two. */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): this {
    const all = this.rangeAt(1, 1, this.maxRows, this.maxColumns);
    if (options?.formatOnly && !options.contentsOnly) all.clearFormat();
    else if (options?.contentsOnly && !options.formatOnly) all.clearContent();
    else all.clear();
    return this;
  }
  clearContents(): this {
    this.rangeAt(1, 1, this.maxRows, this.maxColumns).clearContent();
    return this;
  }
  clearFormats(): this {
    this.rangeAt(1, 1, this.maxRows, this.maxColumns).clearFormat();
    return this;
  }
  clearNotes(): this {
    this.rangeAt(1, 1, this.maxRows, this.maxColumns).clearNote();
    return this;
  }

  // --- Rows and columns --------------------------------------------------------------------------------

  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this.insert('ROWS', afterPosition + 1, howMany);
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this.insert('ROWS', beforePosition, howMany);
  }
  insertRowAfter(afterPosition: number): this {
    return this.insert('ROWS', afterPosition + 1, 1);
  }
  insertRowBefore(beforePosition: number): this {
    return this.insert('ROWS', beforePosition, 1);
  }
  insertRows(rowIndex: number, numRows?: number): void {
    this.insert('ROWS', rowIndex, numRows ?? 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    return this.insert('COLUMNS', afterPosition + 1, howMany);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    return this.insert('COLUMNS', beforePosition, howMany);
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insert('COLUMNS', afterPosition + 1, 1);
  }
  insertColumnBefore(beforePosition: number): this {
    return this.insert('COLUMNS', beforePosition, 1);
  }
  insertColumns(columnIndex: number, numColumns?: number): void {
    this.insert('COLUMNS', columnIndex, numColumns ?? 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.remove('ROWS', rowPosition, howMany);
  }
  deleteRow(rowPosition: number): this {
    this.remove('ROWS', rowPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.remove('COLUMNS', columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): this {
    this.remove('COLUMNS', columnPosition, 1);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.rangeAt(1, startColumn, 1, numColumns);
    requireInteger(width, 'width');
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      if (width === DEFAULT_COLUMN_WIDTH) this.columnWidths.delete(c);
      else this.columnWidths.set(c, width);
    }
    this.spreadsheet.touch();
    return this;
  }
  getRowHeight(rowPosition: number): number {
    return this.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }
  setRowHeight(rowPosition: number, height: number): this {
    return this.setRowHeights(rowPosition, 1, height);
  }
  setRowHeights(startRow: number, numRows: number, height: number): this {
    this.rangeAt(startRow, 1, numRows, 1);
    requireInteger(height, 'height');
    for (let r = startRow; r < startRow + numRows; r++) {
      if (height === DEFAULT_ROW_HEIGHT) this.rowHeights.delete(r);
      else this.rowHeights.set(r, height);
    }
    this.spreadsheet.touch();
    return this;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenRows(rows: number): void {
    requireInteger(rows, 'rows');
    if (rows < 0 || rows > this.maxRows) throw new ScriptException('Invalid argument: rows');
    this.frozenRows = rows;
    this.spreadsheet.touch();
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }
  setFrozenColumns(columns: number): void {
    requireInteger(columns, 'columns');
    if (columns < 0 || columns > this.maxColumns) throw new ScriptException('Invalid argument: columns');
    this.frozenColumns = columns;
    this.spreadsheet.touch();
  }

  // --- Conditional formatting --------------------------------------------------------------------------

  // --- Charts (developers.google.com/apps-script/reference/spreadsheet/sheet#newchart) -----------

  /** "Returns a builder to create a new chart for this sheet." */
  newChart(): LocalEmbeddedChartBuilder {
    return new LocalEmbeddedChartBuilder(this);
  }
  /** "Adds a new chart to this sheet." The chart gets an id unique in the spreadsheet. */
  insertChart(chart: LocalEmbeddedChart): void {
    if (!(chart instanceof LocalEmbeddedChart)) throw new ScriptException('Invalid argument: chart');
    const placed = chart.id === null ? chart : new LocalEmbeddedChart(this, chart.type, chart.ranges, chart.options, chart.position, chart.numHeaders);
    placed.id = this.spreadsheet.nextChartId();
    this.charts.push(placed);
  }
  /** "Returns an array of charts on this sheet." */
  getCharts(): LocalEmbeddedChart[] {
    return [...this.charts];
  }
  /** "Removes a chart from the parent sheet." A chart not on this sheet is refused. */
  removeChart(chart: LocalEmbeddedChart): void {
    const i = this.charts.findIndex((c) => c === chart || (chart instanceof LocalEmbeddedChart && chart.id !== null && c.id === chart.id));
    if (i < 0) throw new ScriptException('Invalid argument: chart');
    this.charts.splice(i, 1);
  }

  getConditionalFormatRules(): LocalConditionalFormatRule[] {
    return this.conditionalFormats.map((spec) => new LocalConditionalFormatRule(spec));
  }
  /**
   * "Replaces all currently existing conditional format rules in the sheet with the input rules"
   * (Sheet.setConditionalFormatRules): a caller that wants to keep rules reads, merges and writes back.
   */
  setConditionalFormatRules(rules: LocalConditionalFormatRule[]): void {
    if (!Array.isArray(rules) || !rules.every((r) => r instanceof LocalConditionalFormatRule)) {
      throw new ScriptException("The parameters don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.");
    }
    for (const rule of rules) {
      if (rule.spec.ranges.some((r) => r.sheet !== this)) throw new ScriptException('Conditional format rule cannot reference a different sheet.');
    }
    this.conditionalFormats = rules.map((r) => r.spec);
    this.spreadsheet.touch();
  }
  clearConditionalFormatRules(): void {
    this.conditionalFormats = [];
    this.spreadsheet.touch();
  }

  // --- Developer metadata ------------------------------------------------------------------------------

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): this {
    this.spreadsheet.addMetadata({ type: 'SHEET', sheet: this }, metadataArguments(key, valueOrVisibility, visibility));
    return this;
  }
  /** The metadata attached to this sheet. */
  getDeveloperMetadata(): LocalDeveloperMetadata[] {
    return this.spreadsheet.metadata
      .filter((e) => e.location.type === 'SHEET' && e.location.sheet === this)
      .map((e) => new LocalDeveloperMetadata(this.spreadsheet, e));
  }
  createDeveloperMetadataFinder(): LocalDeveloperMetadataFinder {
    return new LocalDeveloperMetadataFinder(this.spreadsheet, this);
  }
}
