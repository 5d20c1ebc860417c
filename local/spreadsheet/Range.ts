// Range: a rectangle of one sheet (developers.google.com/apps-script/reference/spreadsheet/range).
// Rows and columns are 1-based. Reads and writes go through one grid per call, the way Apps Script
// batches them, and the set* methods that take a grid require its exact dimensions.
import { formatA1, parseA1, type Area } from '../a1';
import { normalizeColor, rgbToColor } from '../colors';
import type { Implements } from '../conformance';
import { memberName, TextDirection, WrapStrategy, member } from '../enums';
import { ScriptException } from '../errors';
import { offsetFormula } from '../formulaSyntax';
import { ServiceObject } from '../membrane';
import { DEFAULT_NUMBER_FORMAT, displayText } from '../numberFormat';
import { SerialDate, type Cell, type CellFormat, type HorizontalAlignment, type Stored, type VerticalAlignment } from './cells';
import { LocalDataValidation, type ValidationSpec } from './DataValidation';
import type { LocalSheet } from './Sheet';
import { fromApiValue, toApiValue, type ApiValue } from './values';

// Apps Script's defaults for a cell nobody formatted (what the getters return).
const DEFAULT_BACKGROUND = '#ffffff';
const DEFAULT_FONT_COLOR = '#000000';
const DEFAULT_FONT_FAMILY = 'Arial';
const DEFAULT_FONT_SIZE = 10;

type HorizontalInput = 'left' | 'center' | 'normal' | 'right' | null;
type VerticalInput = 'top' | 'middle' | 'bottom' | null;

/** Apps Script's error for a grid whose size differs from the range's (Range.setValues and the other set*s). */
export function checkGrid(grid: unknown, numRows: number, numColumns: number, method: string): asserts grid is unknown[][] {
  if (!Array.isArray(grid) || !grid.every((row) => Array.isArray(row))) {
    throw new ScriptException(
      `The parameters (${Array.isArray(grid) ? 'number[]' : typeof grid}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  if (grid.length !== numRows) {
    throw new ScriptException(
      `The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${numRows}.`,
    );
  }
  for (const row of grid as unknown[][]) {
    if (row.length !== numColumns) {
      throw new ScriptException(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numColumns}.`,
      );
    }
  }
}

/** The most characters Sheets keeps in one cell. */
export const MAX_CELL_CHARACTERS = 50_000;

/**
 * Sheets refuses a write of a longer text as a whole, with this message ("Your input contains more
 * than the maximum of 50000 characters in a single cell": the Sheets API and Apps Script report it,
 * as recorded by users at qiita.com/koshilife/items/5aff56c1bb9e5d31067f and
 * integrately.com/integrations/google-sheets/error; Google's published limits do not list it).
 */
function refuseLongText(value: unknown): void {
  if (typeof value === 'string' && value.length > MAX_CELL_CHARACTERS)
    throw new ScriptException(`Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`);
}

export class LocalRange extends ServiceObject implements Partial<Implements<GoogleAppsScript.Spreadsheet.Range>> {
  readonly apiClass = 'Range' as const;

  /**
   * @param area how the range was written, for getA1Notation and is*Bounded (null sides are
   * unbounded, as in `A:C` or `A7:A`); defaults to the bounded rectangle.
   */
  constructor(
    readonly sheet: LocalSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
    readonly area: Area = { startRow: row, startCol: column, endRow: row + numRows - 1, endCol: column + numColumns - 1 },
  ) {
    super();
  }

  get lastRow(): number {
    return this.row + this.numRows - 1;
  }
  get lastColumn(): number {
    return this.column + this.numColumns - 1;
  }

  private get spreadsheet() {
    return this.sheet.spreadsheet;
  }

  /** Calls fn for every cell position, row by row. */
  private forEachPosition(fn: (row: number, col: number, i: number, j: number) => void): void {
    for (let i = 0; i < this.numRows; i++) for (let j = 0; j < this.numColumns; j++) fn(this.row + i, this.column + j, i, j);
  }

  /** A fresh numRows × numColumns grid read cell by cell. */
  private readGrid<T>(read: (cell: Cell | undefined, row: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.numRows; i++) {
      const line: T[] = new Array<T>(this.numColumns);
      for (let j = 0; j < this.numColumns; j++) line[j] = read(this.sheet.cells.get(this.row + i, this.column + j), this.row + i, this.column + j);
      out.push(line);
    }
    return out;
  }

  /** Writes one value per cell from a grid of the range's exact size. */
  private writeGrid<T>(grid: unknown, method: string, write: (cell: Cell, value: T, row: number, col: number) => void): this {
    checkGrid(grid, this.numRows, this.numColumns, method);
    this.forEachPosition((row, col, i, j) => {
      write(this.sheet.cells.ensure(row, col), (grid as T[][])[i]![j]!, row, col);
      this.sheet.cells.compact(row, col);
    });
    this.spreadsheet.touch();
    return this;
  }

  /** Writes the same value into every cell. */
  private writeAll(write: (cell: Cell, row: number, col: number) => void): this {
    this.forEachPosition((row, col) => {
      write(this.sheet.cells.ensure(row, col), row, col);
      this.sheet.cells.compact(row, col);
    });
    this.spreadsheet.touch();
    return this;
  }

  private setFormat<K extends keyof CellFormat>(cell: Cell, key: K, value: CellFormat[K] | undefined): void {
    if (value === undefined) delete cell.format[key];
    else cell.format[key] = value;
  }

  // --- Position ---------------------------------------------------------------------------------

  getRow(): number {
    return this.row;
  }
  getRowIndex(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getHeight(): number {
    return this.numRows;
  }
  getWidth(): number {
    return this.numColumns;
  }
  /** "Returns the end row position." */
  getLastRow(): number {
    return this.lastRow;
  }
  getLastColumn(): number {
    return this.lastColumn;
  }
  getSheet(): LocalSheet {
    return this.sheet;
  }
  getGridId(): number {
    return this.sheet.sheetId;
  }
  getA1Notation(): string {
    return formatA1(this.area);
  }
  isStartRowBounded(): boolean {
    return this.area.startRow !== null;
  }
  isEndRowBounded(): boolean {
    return this.area.endRow !== null;
  }
  isStartColumnBounded(): boolean {
    return this.area.startCol !== null;
  }
  isEndColumnBounded(): boolean {
    return this.area.endCol !== null;
  }
  /** A cell of this range, relative to its top-left corner (1-based). */
  getCell(row: number, column: number): LocalRange {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) throw new ScriptException('Cell reference out of range');
    return this.sheet.rangeAt(this.row + row - 1, this.column + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): LocalRange {
    return this.sheet.rangeAt(this.row + rowOffset, this.column + columnOffset, numRows ?? this.numRows, numColumns ?? this.numColumns);
  }
  activate(): this {
    this.sheet.select(this);
    return this;
  }

  // --- Values and formulas ----------------------------------------------------------------------

  /** Range.getValues: a fresh grid of exactly numRows × numColumns; blanks as "", dates as Date. */
  getValues(): ApiValue[][] {
    this.spreadsheet.ensureCalculated();
    const tz = this.spreadsheet.timeZone;
    return this.readGrid((cell, row, col) => toApiValue(this.sheet.storedAt(row, col), cell?.format.numberFormat, tz));
  }
  getValue(): ApiValue {
    this.spreadsheet.ensureCalculated();
    const cell = this.sheet.cells.get(this.row, this.column);
    return toApiValue(this.sheet.storedAt(this.row, this.column), cell?.format.numberFormat, this.spreadsheet.timeZone);
  }
  setValues(values: unknown[][]): this {
    const tz = this.spreadsheet.timeZone;
    if (Array.isArray(values)) for (const row of values) if (Array.isArray(row)) for (const v of row) refuseLongText(v);
    return this.writeGrid<unknown>(values, 'setValues', (cell, value) => this.enter(cell, value, tz));
  }
  /** Sets every cell of the range to the value ("If it begins with '=' it is interpreted as a formula"). */
  setValue(value: unknown): this {
    const tz = this.spreadsheet.timeZone;
    refuseLongText(value);
    return this.writeAll((cell) => this.enter(cell, value, tz));
  }
  private enter(cell: Cell, value: unknown, timeZone: string): void {
    const entry = fromApiValue(value, cell.format, timeZone, this.spreadsheet.locale);
    cell.formulaError = null;
    if (entry.kind === 'formula') {
      cell.formula = entry.formula;
      cell.value = null;
      return;
    }
    cell.formula = null;
    cell.value = entry.value;
    if (entry.numberFormat) cell.format.numberFormat = entry.numberFormat;
  }
  getDisplayValues(): string[][] {
    this.spreadsheet.ensureCalculated();
    const tz = this.spreadsheet.timeZone;
    // Shown in the spreadsheet's locale ("the actual rendering of the format depends on the
    // spreadsheet's locale", developers.google.com/sheets/api/guides/formats): 0,50 in hu_HU.
    const locale = this.spreadsheet.locale;
    return this.readGrid((cell, row, col) => {
      const stored = this.sheet.storedAt(row, col);
      const format = cell?.format.numberFormat ?? DEFAULT_NUMBER_FORMAT;
      if (stored instanceof SerialDate) return displayText(stored.serial, stored.shownWith(format), tz, true, locale);
      return displayText(stored, format, tz, false, locale);
    });
  }
  getDisplayValue(): string {
    return this.sheet.rangeAt(this.row, this.column, 1, 1).getDisplayValues()[0]![0]!;
  }
  /** Formulas, "" for cells without one. */
  getFormulas(): string[][] {
    return this.readGrid((cell) => cell?.formula ?? '');
  }
  getFormula(): string {
    return this.sheet.cells.get(this.row, this.column)?.formula ?? '';
  }
  setFormulas(formulas: string[][]): this {
    return this.writeGrid<unknown>(formulas, 'setFormulas', (cell, formula) => this.enterFormula(cell, formula));
  }
  /** One formula for the whole range; its relative references move with each cell, as in Sheets. */
  setFormula(formula: string): this {
    return this.writeAll((cell, row, col) =>
      this.enterFormula(cell, typeof formula === 'string' && formula.startsWith('=') ? offsetFormula(formula, row - this.row, col - this.column) : formula),
    );
  }
  private enterFormula(cell: Cell, formula: unknown): void {
    const text = formula === null || formula === undefined ? '' : String(formula);
    cell.formulaError = null;
    if (text === '') {
      cell.formula = null;
      cell.value = null;
    } else if (text.startsWith('=')) {
      cell.formula = text;
      cell.value = null;
    } else {
      cell.formula = null;
      cell.value = text;
    }
  }
  /** "Returns true if the range is totally blank": no value and no formula in any cell. */
  isBlank(): boolean {
    this.spreadsheet.ensureCalculated();
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++) {
        const cell = this.sheet.cells.get(this.row + i, this.column + j);
        if (cell?.formula || this.sheet.storedAt(this.row + i, this.column + j) !== null) return false;
      }
    }
    return true;
  }

  // --- Clearing -----------------------------------------------------------------------------------

  /**
   * Range.clear(options): "By default all data is cleared" (contents, format, data validation and
   * notes); options pick some of them.
   */
  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }): this {
    const o = options ?? {};
    const any = Boolean(o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly);
    // Only cells that hold something can change: a whole-sheet clear need not visit every position.
    const touched: [number, number][] = [];
    for (const [row, col, cell] of this.sheet.cells.inArea(this.row, this.column, this.lastRow, this.lastColumn)) {
      if (!any || o.contentsOnly) {
        cell.value = null;
        cell.formula = null;
        cell.formulaError = null;
      }
      if (!any || o.formatOnly) cell.format = {};
      if (!any || o.validationsOnly) cell.validation = null;
      if (!any || o.commentsOnly) cell.note = null;
      touched.push([row, col]);
    }
    for (const [row, col] of touched) this.sheet.cells.compact(row, col);
    this.spreadsheet.touch();
    return this;
  }
  /**
   * "Returns an array of Range objects representing merged cells that either are fully within the
   * current range, or contain at least one cell in the current range" (Range.getMergedRanges).
   */
  getMergedRanges(): LocalRange[] {
    const out: LocalRange[] = [];
    for (const text of this.sheet.merges) {
      const a = parseA1(text)?.area;
      if (!a || a.startRow === null || a.startCol === null || a.endRow === null || a.endCol === null) continue;
      if (a.endRow < this.row || a.startRow > this.lastRow || a.endCol < this.column || a.startCol > this.lastColumn) continue;
      out.push(new LocalRange(this.sheet, a.startRow, a.startCol, a.endRow - a.startRow + 1, a.endCol - a.startCol + 1));
    }
    return out;
  }
  /**
   * "Merges the cells in the range together into a single block" (Range.merge). As in Sheets, only
   * the top-left value is kept; the other cells of the block are emptied.
   */
  merge(): this {
    if (this.numRows * this.numColumns > 1) {
      this.forEachPosition((row, col, i, j) => {
        if (i === 0 && j === 0) return;
        this.sheet.getRange(row, col).clearContent();
      });
      this.sheet.merges.push(this.getA1Notation());
      this.spreadsheet.touch();
    }
    return this;
  }
  /** "Clears the content of the range, leaving the formatting intact." */
  clearContent(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormat(): this {
    return this.clear({ formatOnly: true });
  }
  clearDataValidations(): this {
    return this.clear({ validationsOnly: true });
  }
  clearNote(): this {
    return this.clear({ commentsOnly: true });
  }

  // --- Number formats -----------------------------------------------------------------------------

  getNumberFormats(): string[][] {
    return this.readGrid((cell) => cell?.format.numberFormat ?? DEFAULT_NUMBER_FORMAT);
  }
  getNumberFormat(): string {
    return this.sheet.cells.get(this.row, this.column)?.format.numberFormat ?? DEFAULT_NUMBER_FORMAT;
  }
  setNumberFormat(numberFormat: string): this {
    const format = normalizeNumberFormat(numberFormat);
    return this.writeAll((cell) => this.setFormat(cell, 'numberFormat', format));
  }
  setNumberFormats(numberFormats: string[][]): this {
    return this.writeGrid<string>(numberFormats, 'setNumberFormats', (cell, f) => this.setFormat(cell, 'numberFormat', normalizeNumberFormat(f)));
  }

  // --- Colours and fonts ----------------------------------------------------------------------------

  getBackgrounds(): string[][] {
    return this.readGrid((cell) => cell?.format.background ?? DEFAULT_BACKGROUND);
  }
  getBackground(): string {
    return this.sheet.cells.get(this.row, this.column)?.format.background ?? DEFAULT_BACKGROUND;
  }
  /** null resets to the default (white). */
  setBackground(color: string | null): this {
    const c = color === null ? undefined : normalizeColor(color);
    return this.writeAll((cell) => this.setFormat(cell, 'background', c));
  }
  setBackgroundRGB(red: number, green: number, blue: number): this {
    return this.setBackground(rgbToColor(red, green, blue));
  }
  setBackgrounds(color: (string | null)[][]): this {
    return this.writeGrid<string | null>(color, 'setBackgrounds', (cell, c) =>
      this.setFormat(cell, 'background', c === null || c === '' ? undefined : normalizeColor(c)),
    );
  }
  getFontColors(): string[][] {
    return this.readGrid((cell) => cell?.format.fontColor ?? DEFAULT_FONT_COLOR);
  }
  getFontColor(): string {
    return this.sheet.cells.get(this.row, this.column)?.format.fontColor ?? DEFAULT_FONT_COLOR;
  }
  setFontColor(color: string | null): this {
    const c = color === null ? undefined : normalizeColor(color);
    return this.writeAll((cell) => this.setFormat(cell, 'fontColor', c));
  }
  setFontColors(colors: (string | null)[][]): this {
    return this.writeGrid<string | null>(colors, 'setFontColors', (cell, c) =>
      this.setFormat(cell, 'fontColor', c === null || c === '' ? undefined : normalizeColor(c)),
    );
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.readGrid((cell) => (cell?.format.bold ? 'bold' : 'normal'));
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.sheet.cells.get(this.row, this.column)?.format.bold ? 'bold' : 'normal';
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): this {
    const bold = fontWeightValue(fontWeight);
    return this.writeAll((cell) => this.setFormat(cell, 'bold', bold));
  }
  setFontWeights(fontWeights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]): this {
    return this.writeGrid<GoogleAppsScript.Spreadsheet.FontWeight | null>(fontWeights, 'setFontWeights', (cell, w) =>
      this.setFormat(cell, 'bold', fontWeightValue(w)),
    );
  }
  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    return this.readGrid((cell) => (cell?.format.italic ? 'italic' : 'normal'));
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.sheet.cells.get(this.row, this.column)?.format.italic ? 'italic' : 'normal';
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): this {
    const italic = fontStyleValue(fontStyle);
    return this.writeAll((cell) => this.setFormat(cell, 'italic', italic));
  }
  setFontStyles(fontStyles: (GoogleAppsScript.Spreadsheet.FontStyle | null)[][]): this {
    return this.writeGrid<GoogleAppsScript.Spreadsheet.FontStyle | null>(fontStyles, 'setFontStyles', (cell, s) =>
      this.setFormat(cell, 'italic', fontStyleValue(s)),
    );
  }
  getFontSizes(): number[][] {
    return this.readGrid((cell) => cell?.format.fontSize ?? DEFAULT_FONT_SIZE);
  }
  getFontSize(): number {
    return this.sheet.cells.get(this.row, this.column)?.format.fontSize ?? DEFAULT_FONT_SIZE;
  }
  setFontSize(size: number): this {
    const s = fontSizeValue(size);
    return this.writeAll((cell) => this.setFormat(cell, 'fontSize', s));
  }
  setFontSizes(sizes: number[][]): this {
    return this.writeGrid<number>(sizes, 'setFontSizes', (cell, s) => this.setFormat(cell, 'fontSize', fontSizeValue(s)));
  }
  getFontFamilies(): string[][] {
    return this.readGrid((cell) => cell?.format.fontFamily ?? DEFAULT_FONT_FAMILY);
  }
  getFontFamily(): string {
    return this.sheet.cells.get(this.row, this.column)?.format.fontFamily ?? DEFAULT_FONT_FAMILY;
  }
  setFontFamily(fontFamily: string | null): this {
    return this.writeAll((cell) => this.setFormat(cell, 'fontFamily', fontFamily === null ? undefined : String(fontFamily)));
  }
  setFontFamilies(fontFamilies: (string | null)[][]): this {
    return this.writeGrid<string | null>(fontFamilies, 'setFontFamilies', (cell, f) => this.setFormat(cell, 'fontFamily', f === null ? undefined : String(f)));
  }

  // --- Alignment, wrapping, direction -------------------------------------------------------------

  /**
   * "general" for a cell nobody aligned, "general-left" after setHorizontalAlignment('normal')
   * (observed behaviour, gas-fakes notes/oddities.md "Horizontal alignment").
   */
  getHorizontalAlignments(): string[][] {
    return this.readGrid((cell) => cell?.format.horizontalAlignment ?? 'general');
  }
  getHorizontalAlignment(): string {
    return this.sheet.cells.get(this.row, this.column)?.format.horizontalAlignment ?? 'general';
  }
  setHorizontalAlignment(alignment: HorizontalInput): this {
    const a = horizontalValue(alignment);
    return this.writeAll((cell) => this.setFormat(cell, 'horizontalAlignment', a));
  }
  setHorizontalAlignments(alignments: HorizontalInput[][]): this {
    return this.writeGrid<HorizontalInput>(alignments, 'setHorizontalAlignments', (cell, a) => this.setFormat(cell, 'horizontalAlignment', horizontalValue(a)));
  }
  getVerticalAlignments(): string[][] {
    return this.readGrid((cell) => cell?.format.verticalAlignment ?? 'bottom');
  }
  getVerticalAlignment(): string {
    return this.sheet.cells.get(this.row, this.column)?.format.verticalAlignment ?? 'bottom';
  }
  setVerticalAlignment(alignment: VerticalInput): this {
    const a = verticalValue(alignment);
    return this.writeAll((cell) => this.setFormat(cell, 'verticalAlignment', a));
  }
  setVerticalAlignments(alignments: VerticalInput[][]): this {
    return this.writeGrid<VerticalInput>(alignments, 'setVerticalAlignments', (cell, a) => this.setFormat(cell, 'verticalAlignment', verticalValue(a)));
  }
  /** True when the text wraps (WrapStrategy.WRAP); a cell nobody formatted overflows. */
  getWraps(): boolean[][] {
    return this.readGrid((cell) => cell?.format.wrapStrategy === 'WRAP');
  }
  getWrap(): boolean {
    return this.sheet.cells.get(this.row, this.column)?.format.wrapStrategy === 'WRAP';
  }
  setWrap(isWrapEnabled: boolean): this {
    return this.writeAll((cell) => this.setFormat(cell, 'wrapStrategy', isWrapEnabled ? 'WRAP' : 'OVERFLOW'));
  }
  setWraps(isWrapEnabled: boolean[][]): this {
    return this.writeGrid<boolean>(isWrapEnabled, 'setWraps', (cell, w) => this.setFormat(cell, 'wrapStrategy', w ? 'WRAP' : 'OVERFLOW'));
  }
  getWrapStrategies(): GoogleAppsScript.Spreadsheet.WrapStrategy[][] {
    return this.readGrid((cell) => member(WrapStrategy, cell?.format.wrapStrategy ?? 'OVERFLOW'));
  }
  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    return member(WrapStrategy, this.sheet.cells.get(this.row, this.column)?.format.wrapStrategy ?? 'OVERFLOW');
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): this {
    const s = memberName(WrapStrategy, strategy, 'strategy');
    return this.writeAll((cell) => this.setFormat(cell, 'wrapStrategy', s));
  }
  setWrapStrategies(strategies: GoogleAppsScript.Spreadsheet.WrapStrategy[][]): this {
    return this.writeGrid<GoogleAppsScript.Spreadsheet.WrapStrategy>(strategies, 'setWrapStrategies', (cell, s) =>
      this.setFormat(cell, 'wrapStrategy', memberName(WrapStrategy, s, 'strategy')),
    );
  }
  /** null for a cell without an explicit direction (Sheets then decides from the text). */
  getTextDirections(): (GoogleAppsScript.Spreadsheet.TextDirection | null)[][] {
    return this.readGrid((cell) => (cell?.format.textDirection ? member(TextDirection, cell.format.textDirection) : null));
  }
  getTextDirection(): GoogleAppsScript.Spreadsheet.TextDirection | null {
    const d = this.sheet.cells.get(this.row, this.column)?.format.textDirection;
    return d ? member(TextDirection, d) : null;
  }
  setTextDirection(direction: GoogleAppsScript.Spreadsheet.TextDirection | null): this {
    const d = direction === null ? undefined : memberName(TextDirection, direction, 'direction');
    return this.writeAll((cell) => this.setFormat(cell, 'textDirection', d));
  }
  setTextDirections(directions: (GoogleAppsScript.Spreadsheet.TextDirection | null)[][]): this {
    return this.writeGrid<GoogleAppsScript.Spreadsheet.TextDirection | null>(directions, 'setTextDirections', (cell, d) =>
      this.setFormat(cell, 'textDirection', d === null ? undefined : memberName(TextDirection, d, 'direction')),
    );
  }

  // --- Notes ----------------------------------------------------------------------------------------

  getNotes(): string[][] {
    return this.readGrid((cell) => cell?.note ?? '');
  }
  getNote(): string {
    return this.sheet.cells.get(this.row, this.column)?.note ?? '';
  }
  setNote(note: string | null): this {
    return this.writeAll((cell) => (cell.note = note === null || note === '' ? null : String(note)));
  }
  setNotes(notes: (string | null)[][]): this {
    return this.writeGrid<string | null>(notes, 'setNotes', (cell, n) => (cell.note = n === null || n === '' ? null : String(n)));
  }

  // --- Data validation and checkboxes ---------------------------------------------------------------

  getDataValidations(): (LocalDataValidation | null)[][] {
    return this.readGrid((cell) => (cell?.validation ? new LocalDataValidation(cell.validation) : null));
  }
  getDataValidation(): LocalDataValidation | null {
    const v = this.sheet.cells.get(this.row, this.column)?.validation;
    return v ? new LocalDataValidation(v) : null;
  }
  /** null removes the rule. */
  setDataValidation(rule: LocalDataValidation | null): this {
    const spec = validationOf(rule);
    return this.writeAll((cell) => (cell.validation = spec));
  }
  setDataValidations(rules: (LocalDataValidation | null)[][]): this {
    return this.writeGrid<LocalDataValidation | null>(rules, 'setDataValidations', (cell, r) => (cell.validation = validationOf(r)));
  }
  /**
   * "Inserts checkboxes into each cell in the range, configured with true for checked and false for
   * unchecked. Sets the value of all cells in the range to false." With a custom checked value the
   * unchecked value is "" (Range.insertCheckboxes).
   */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values: unknown[] = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    const spec: ValidationSpec = { criteria: 'CHECKBOX', values, allowInvalid: false, helpText: null };
    const unchecked = checkedValue === undefined ? false : (uncheckedValue ?? '');
    const tz = this.spreadsheet.timeZone;
    return this.writeAll((cell) => {
      cell.validation = spec;
      this.enter(cell, unchecked, tz);
    });
  }
  /** Clears the checkbox rule, and the value where it was the checked or unchecked value. */
  removeCheckboxes(): this {
    return this.writeAll((cell) => {
      if (cell.validation?.criteria !== 'CHECKBOX') return;
      const [checked, unchecked] = checkboxValues(cell.validation);
      if (cell.formula === null && (cell.value === checked || cell.value === unchecked)) cell.value = null;
      cell.validation = null;
    });
  }
  check(): this {
    return this.setCheckboxes(true);
  }
  uncheck(): this {
    return this.setCheckboxes(false);
  }
  private setCheckboxes(checked: boolean): this {
    return this.writeAll((cell) => {
      if (cell.validation?.criteria !== 'CHECKBOX' || cell.formula !== null) return;
      const [on, off] = checkboxValues(cell.validation);
      // Cells holding neither value are ignored.
      if (cell.value === on || cell.value === off || (cell.value === null && off === '')) cell.value = storedCheckboxValue(checked ? on : off);
    });
  }
  /** True when every cell is a checked checkbox, false when every one is unchecked, null otherwise. */
  isChecked(): boolean | null {
    let checked = 0;
    let unchecked = 0;
    this.forEachPosition((row, col) => {
      const cell = this.sheet.cells.get(row, col);
      if (cell?.validation?.criteria !== 'CHECKBOX') return;
      const [on, off] = checkboxValues(cell.validation);
      const v = cell.value ?? '';
      if (v === on) checked++;
      else if (v === off) unchecked++;
    });
    const total = this.numRows * this.numColumns;
    if (checked === total) return true;
    if (unchecked === total) return false;
    return null;
  }
}

function checkboxValues(spec: ValidationSpec): [unknown, unknown] {
  if (spec.values.length === 0) return [true, false];
  return [spec.values[0], spec.values.length > 1 ? spec.values[1] : ''];
}

/** A checkbox's checked or unchecked value as a cell stores it ("" is a blank cell). */
function storedCheckboxValue(v: unknown): Stored | null {
  if (v === '' || v === null || v === undefined) return null;
  return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : String(v);
}

function validationOf(rule: unknown): ValidationSpec | null {
  if (rule === null || rule === undefined) return null;
  if (rule instanceof LocalDataValidation) return rule.spec;
  throw new ScriptException("The parameters don't match the method signature for SpreadsheetApp.Range.setDataValidation.");
}

/** "General" (any case) restores the automatic format. */
function normalizeNumberFormat(format: unknown): string | undefined {
  const text = String(format);
  return text.toLowerCase() === 'general' || text === DEFAULT_NUMBER_FORMAT ? undefined : text;
}

function fontWeightValue(w: unknown): boolean | undefined {
  if (w === null || w === 'normal') return undefined;
  if (w === 'bold') return true;
  throw new ScriptException(`Invalid font weight: ${String(w)} (expected "bold", "normal" or null)`);
}

function fontStyleValue(s: unknown): boolean | undefined {
  if (s === null || s === 'normal') return undefined;
  if (s === 'italic') return true;
  throw new ScriptException(`Invalid font style: ${String(s)} (expected "italic", "normal" or null)`);
}

function fontSizeValue(s: unknown): number | undefined {
  if (typeof s !== 'number' || !(s > 0)) throw new ScriptException(`Invalid font size: ${String(s)}`);
  return s === DEFAULT_FONT_SIZE ? undefined : s;
}

function horizontalValue(a: unknown): HorizontalAlignment | undefined {
  if (a === null) return undefined;
  if (a === 'normal') return 'general-left';
  if (a === 'left' || a === 'center' || a === 'right') return a;
  throw new ScriptException(`Invalid horizontal alignment: ${String(a)} (expected "left", "center", "right", "normal" or null)`);
}

function verticalValue(a: unknown): VerticalAlignment | undefined {
  if (a === null) return undefined;
  if (a === 'top' || a === 'middle' || a === 'bottom') return a;
  throw new ScriptException(`Invalid vertical alignment: ${String(a)} (expected "top", "middle", "bottom" or null)`);
}
