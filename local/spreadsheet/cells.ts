// The cell store of one sheet: sparse, 1-based, only cells that hold something exist.
import type { ValidationSpec } from './DataValidation';
import { isDateTimeFormat } from '../numberFormat';

/**
 * The result of a formula that is a date: shown as a date whatever the cell's number format. In a
 * cell nobody formatted it is shown in `pattern`, the date format of the cell the date was computed
 * from (=B2+91 is shown as B2 is), or without one in the locale's date format (=TODAY()): Sheets gives
 * a formula's result an automatic format from its inputs (docs/ACCEPTANCE.md checks the pattern).
 */
export class SerialDate {
  constructor(
    readonly serial: number,
    readonly pattern?: string,
  ) {}

  /** The format to show it in, in a cell whose own number format is `cellFormat`. */
  shownWith(cellFormat: string): string {
    return isDateTimeFormat(cellFormat) ? cellFormat : (this.pattern ?? cellFormat);
  }
}

/** What a cell holds: a number (dates are serial numbers), text, a boolean, or a formula's date result. */
export type Stored = number | string | boolean | SerialDate;

export type HorizontalAlignment = 'left' | 'center' | 'right' | 'general-left';
export type VerticalAlignment = 'top' | 'middle' | 'bottom';
export type WrapStrategyName = 'WRAP' | 'OVERFLOW' | 'CLIP';
export type TextDirectionName = 'LEFT_TO_RIGHT' | 'RIGHT_TO_LEFT';

/** A cell's user-entered format; an absent field is the default. */
export interface CellFormat {
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  underline?: boolean;
  fontSize?: number;
  fontFamily?: string;
  horizontalAlignment?: HorizontalAlignment;
  verticalAlignment?: VerticalAlignment;
  wrapStrategy?: WrapStrategyName;
  textDirection?: TextDirectionName;
}

export interface Cell {
  /** The entered value, or for a formula its last computed value; null when blank. */
  value: Stored | null;
  /** The formula, starting with "=", or null. */
  formula: string | null;
  /** Why the formula's value is an error (#ERROR!, #REF!…), for tests and the CLI. */
  formulaError: string | null;
  format: CellFormat;
  note: string | null;
  validation: ValidationSpec | null;
  /**
   * What an opened .xlsx file held in this cell that this model of Sheets does not: its border, and
   * a rich-text or hyperlink value (exceljs's value object, written back while the cell's text is
   * still `text`). Only the .xlsx reader and writer use it (local/xlsx.ts).
   */
  file?: { border?: unknown; value?: { text: string; value: unknown } };
}

function emptyCell(): Cell {
  return { value: null, formula: null, formulaError: null, format: {}, note: null, validation: null };
}

function isEmptyCell(cell: Cell): boolean {
  return cell.value === null && cell.formula === null && cell.note === null && cell.validation === null && Object.keys(cell.format).length === 0 && !cell.file;
}

export class CellStore {
  private rows = new Map<number, Map<number, Cell>>();

  get(row: number, col: number): Cell | undefined {
    return this.rows.get(row)?.get(col);
  }

  /** The cell, created if missing, for writing. */
  ensure(row: number, col: number): Cell {
    let r = this.rows.get(row);
    if (!r) {
      r = new Map();
      this.rows.set(row, r);
    }
    let cell = r.get(col);
    if (!cell) {
      cell = emptyCell();
      r.set(col, cell);
    }
    return cell;
  }

  /** Drops the cell if nothing is left in it, so that the store stays sparse. */
  compact(row: number, col: number): void {
    const r = this.rows.get(row);
    const cell = r?.get(col);
    if (r && cell && isEmptyCell(cell)) {
      r.delete(col);
      if (r.size === 0) this.rows.delete(row);
    }
  }

  /** Every cell, in no particular order. */
  *entries(): IterableIterator<[number, number, Cell]> {
    for (const [row, cols] of this.rows) for (const [col, cell] of cols) yield [row, col, cell];
  }

  /** Cells of a rectangle, row by row. */
  *inArea(startRow: number, startCol: number, endRow: number, endCol: number): IterableIterator<[number, number, Cell]> {
    if ((endRow - startRow + 1) * (endCol - startCol + 1) <= this.size() * 4) {
      for (let r = startRow; r <= endRow; r++) {
        const cols = this.rows.get(r);
        if (!cols) continue;
        for (let c = startCol; c <= endCol; c++) {
          const cell = cols.get(c);
          if (cell) yield [r, c, cell];
        }
      }
      return;
    }
    for (const [row, cols] of this.rows) {
      if (row < startRow || row > endRow) continue;
      for (const [col, cell] of cols) if (col >= startCol && col <= endCol) yield [row, col, cell];
    }
  }

  size(): number {
    let n = 0;
    for (const cols of this.rows.values()) n += cols.size;
    return n;
  }

  /** Moves every cell at or beyond `at` along a dimension by `by` (negative deletes what it passes over). */
  shift(dimension: 'ROWS' | 'COLUMNS', at: number, by: number): void {
    const next = new Map<number, Map<number, Cell>>();
    const put = (row: number, col: number, cell: Cell) => {
      let r = next.get(row);
      if (!r) {
        r = new Map();
        next.set(row, r);
      }
      r.set(col, cell);
    };
    for (const [row, col, cell] of this.entries()) {
      const pos = dimension === 'ROWS' ? row : col;
      let moved = pos;
      if (pos >= at) {
        if (by < 0 && pos < at - by) continue; // inside the deleted band
        moved = pos + by;
      }
      if (dimension === 'ROWS') put(moved, col, cell);
      else put(row, moved, cell);
    }
    this.rows = next;
  }

  clearAll(): void {
    this.rows.clear();
  }
}
