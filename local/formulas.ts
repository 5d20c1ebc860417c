// Formula evaluation for the local runtime. Sheets' own functions are not reimplemented: the runtime
// evaluates what an add-on's custom functions need (developers.google.com/apps-script/guides/sheets/functions):
// - a call of a custom function, looked up by name in the loaded bundle, in any case ("Capitalization
//   does not matter"), nested calls included: =OKR_ROLLUP(OKR_SCORE(B2:B9,C2:C9));
// - arguments as Apps Script passes them: a single cell as its value, a range as a two-dimensional
//   array of values, blanks as "", dates as Date objects, number, string and TRUE/FALSE literals;
// - a two-dimensional result spills down and right into empty cells; a spill that would overwrite
//   data gives #REF! ("Array result was not expanded because it would overwrite data in B3.");
// - a thrown error gives #ERROR! (its message is kept as the cell's formulaError);
// - SPARKLINE draws a chart, so its value is "";
// - a bare reference (=A1), a literal (=5, ="x") and unary minus.
// Any other formula (operators, other built-ins) keeps its formula and the value it had: the cached
// result it was loaded with from an .xlsx file, or "" when it was written in this session.
import { columnLetters, type Area } from './a1';
import { dateToSerial } from './dates';
import { parseFormula, type FormulaNode, type RefToken } from './formulaSyntax';
import { isDate } from './realm';
import { SerialDate, type CellStore, type Stored } from './spreadsheet/cells';
import { toApiValue, type ApiValue } from './spreadsheet/values';

export { dropSheetFromFormula, offsetFormula, parseFormula, renameSheetInFormula, shiftFormula, tokenize, type FormulaNode, type RefToken, type Shift, type Token } from './formulaSyntax';

/** Calls the add-on's custom functions; provided by the runtime that loaded the bundle. */
export interface CustomFunctionHost {
  /** True when the bundle has a top-level function of this name that a cell may call. */
  has(name: string): boolean;
  /** Calls it with Apps Script's arguments; throws what the function throws. */
  call(name: string, args: unknown[]): unknown;
}

/** The part of a sheet the formula engine reads and writes. */
export interface FormulaSheet {
  readonly name: string;
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly cells: CellStore;
  /** Values spilled by array results, by row then column; rebuilt by every recalculation. */
  readonly spill: Map<number, Map<number, Stored>>;
  /** The extent of each spilling result, by the "row,col" of its formula; rebuilt with `spill`. */
  readonly spillAreas: Map<string, SpillArea>;
  /**
   * Results loaded from a file for formulas the engine cannot evaluate, by "row,col": kept as long
   * as the cell still holds the same formula, so a workbook opened without its add-on still shows them.
   */
  readonly cachedSpills: Map<string, CachedSpill>;
}

export interface SpillArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface CachedSpill {
  formula: string;
  /** The whole result, anchor included; null = blank. */
  values: (Stored | null)[][];
}

export interface FormulaWorkbook {
  readonly timeZone: string;
  formulaSheets(): readonly FormulaSheet[];
  readonly customFunctions: CustomFunctionHost | null;
}

class FormulaError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

type Value = ApiValue | ApiValue[][];

interface Rect {
  sheet: FormulaSheet;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.sheet === b.sheet && a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** True when the formula is one the engine evaluates (see the file comment). */
export function isEvaluable(node: FormulaNode, host: CustomFunctionHost | null): boolean {
  switch (node.kind) {
    case 'unsupported':
      return false;
    case 'negate':
      return isEvaluable(node.arg, host);
    case 'call':
      if (node.name.toUpperCase() === 'SPARKLINE') return true;
      return host !== null && host.has(node.name) && node.args.every((a) => isEvaluable(a, host));
    default:
      return true;
  }
}

interface Evaluation {
  sheet: FormulaSheet;
  row: number;
  col: number;
  node: FormulaNode;
  /** The areas its references read, to know which formulas depend on which. */
  reads: Rect[];
  spillArea: Rect | null;
}

const MAX_PASSES = 20;

/**
 * Recomputes every evaluable formula of the workbook and rebuilds the spills. Formulas are
 * evaluated in sheet order, row by row; formulas that read cells of other formulas are evaluated
 * again until nothing changes (a cycle that never settles gives #REF!, as Sheets' "Circular
 * dependency detected").
 */
export function recalculate(workbook: FormulaWorkbook): void {
  const host = workbook.customFunctions;
  const sheets = workbook.formulaSheets();
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  const evaluations: Evaluation[] = [];
  for (const sheet of sheets) {
    sheet.spill.clear();
    sheet.spillAreas.clear();
    const formulas: [number, number, string][] = [];
    for (const [row, col, cell] of sheet.cells.entries()) if (cell.formula !== null) formulas.push([row, col, cell.formula]);
    formulas.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [row, col, formula] of formulas) {
      const node = parseFormula(formula);
      if (isEvaluable(node, host)) evaluations.push({ sheet, row, col, node, reads: readsOf(node, sheet, byName), spillArea: null });
      else restoreCachedSpill(sheet, row, col, formula);
    }
    for (const key of sheet.cachedSpills.keys()) if (!sheet.spillAreas.has(key)) sheet.cachedSpills.delete(key);
  }
  if (evaluations.length === 0) return;

  const context = { byName, timeZone: workbook.timeZone, host };
  const results = new Map<Evaluation, string>();
  const areaOf = (e: Evaluation): Rect => e.spillArea ?? { sheet: e.sheet, top: e.row, left: e.col, bottom: e.row, right: e.col };
  let pending = evaluations;
  for (let pass = 0; pending.length > 0; pass++) {
    if (pass === MAX_PASSES) {
      for (const e of pending) {
        clearSpill(e);
        setAnchor(e, '#REF!', 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.');
      }
      break;
    }
    // The areas whose values changed in this pass: old and new extent of every changed result.
    const written: Rect[] = [];
    for (const e of pending) {
      const before = areaOf(e);
      const fingerprintBefore = results.get(e);
      const after = apply(e, evaluate(e.node, e.sheet, context), context);
      results.set(e, after);
      if (fingerprintBefore !== after) written.push(before, areaOf(e));
    }
    // Only a formula that reads a changed area can change in the next pass.
    pending = evaluations.filter((e) => e.reads.some((r) => written.some((w) => intersects(r, w))));
  }
}

/** Puts back the loaded result of a formula the engine cannot evaluate, where nothing blocks it. */
function restoreCachedSpill(sheet: FormulaSheet, row: number, col: number, formula: string): void {
  const key = `${row},${col}`;
  const cached = sheet.cachedSpills.get(key);
  if (!cached || cached.formula !== formula) return;
  const rows = cached.values.length;
  const cols = cached.values[0]?.length ?? 0;
  if (row + rows - 1 > sheet.maxRows || col + cols - 1 > sheet.maxColumns) return;
  for (const [r, c, cell] of sheet.cells.inArea(row, col, row + rows - 1, col + cols - 1)) {
    if ((r !== row || c !== col) && (cell.value !== null || cell.formula !== null)) return;
  }
  cached.values.forEach((line, i) =>
    line.forEach((v, j) => {
      if ((i === 0 && j === 0) || v === null) return;
      let target = sheet.spill.get(row + i);
      if (!target) sheet.spill.set(row + i, (target = new Map()));
      target.set(col + j, v);
    }),
  );
  sheet.spillAreas.set(key, { row, col, rows, cols });
}

function readsOf(node: FormulaNode, sheet: FormulaSheet, byName: Map<string, FormulaSheet>): Rect[] {
  switch (node.kind) {
    case 'ref': {
      const rect = resolveRef(node.ref, sheet, byName);
      return rect instanceof FormulaError ? [] : [rect];
    }
    case 'call':
      return node.args.flatMap((a) => readsOf(a, sheet, byName));
    case 'negate':
      return readsOf(node.arg, sheet, byName);
    default:
      return [];
  }
}

function resolveRef(ref: RefToken, sheet: FormulaSheet, byName: Map<string, FormulaSheet>): Rect | FormulaError {
  const target = ref.sheet === null ? sheet : byName.get(ref.sheet.toLowerCase());
  if (!target) return new FormulaError('#REF!', `Unresolved sheet name '${ref.sheet}'.`);
  const end = ref.end ?? ref.start;
  const area: Area = { startRow: ref.start.row, startCol: ref.start.col, endRow: end.row, endCol: end.col };
  const top = area.startRow ?? 1;
  const left = area.startCol ?? 1;
  const bottom = area.endRow ?? target.maxRows;
  const right = area.endCol ?? target.maxColumns;
  return { sheet: target, top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

interface EvalContext {
  byName: Map<string, FormulaSheet>;
  timeZone: string;
  host: CustomFunctionHost | null;
}

function readCell(sheet: FormulaSheet, row: number, col: number, timeZone: string): ApiValue {
  const cell = sheet.cells.get(row, col);
  const stored = cell?.value ?? sheet.spill.get(row)?.get(col) ?? null;
  return toApiValue(stored, cell?.format.numberFormat, timeZone);
}

function evaluate(node: FormulaNode, sheet: FormulaSheet, ctx: EvalContext): Value | FormulaError {
  switch (node.kind) {
    case 'number':
    case 'string':
    case 'boolean':
      return node.value;
    case 'error':
      return new FormulaError(node.value, `${node.value} in the formula`);
    case 'negate': {
      const v = evaluate(node.arg, sheet, ctx);
      if (v instanceof FormulaError) return v;
      if (typeof v === 'number') return -v;
      return new FormulaError('#VALUE!', 'Unary minus expects a number.');
    }
    case 'ref': {
      const rect = resolveRef(node.ref, sheet, ctx.byName);
      if (rect instanceof FormulaError) return rect;
      if (rect.top === rect.bottom && rect.left === rect.right) return readCell(rect.sheet, rect.top, rect.left, ctx.timeZone);
      const rows: ApiValue[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const line: ApiValue[] = [];
        for (let c = rect.left; c <= rect.right; c++) line.push(readCell(rect.sheet, r, c, ctx.timeZone));
        rows.push(line);
      }
      return rows;
    }
    case 'call': {
      // SPARKLINE draws a chart in the cell: as a value it is empty.
      if (node.name.toUpperCase() === 'SPARKLINE') return '';
      const args: unknown[] = [];
      for (const a of node.args) {
        const v = evaluate(a, sheet, ctx);
        if (v instanceof FormulaError) return v;
        args.push(v);
      }
      try {
        return fromCustomResult(ctx.host!.call(node.name, args));
      } catch (err) {
        const message = err instanceof Error || (typeof err === 'object' && err !== null && 'message' in err) ? String((err as { message: unknown }).message) : String(err);
        return new FormulaError('#ERROR!', message);
      }
    }
    case 'unsupported':
      return new FormulaError('#ERROR!', `Formula parse error (${node.reason}).`);
  }
}

/** A custom function's return value as cell values; a 1-D array fills a column. */
function fromCustomResult(result: unknown): Value | FormulaError {
  const scalar = (v: unknown): ApiValue | FormulaError => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return Number.isFinite(v) ? v : new FormulaError('#NUM!', 'The custom function returned a number that is not finite.');
    if (typeof v === 'string' || typeof v === 'boolean') return v;
    if (isDate(v)) return new Date(v.getTime());
    if (Array.isArray(v)) return new FormulaError('#ERROR!', 'The custom function returned an array nested more than two levels deep.');
    return String(v);
  };
  if (!Array.isArray(result)) return scalar(result);
  const rows: unknown[][] = (result as unknown[]).map((row) => (Array.isArray(row) ? (row as unknown[]) : [row]));
  if (rows.length === 0 || rows.every((r) => r.length === 0)) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const out: ApiValue[][] = [];
  for (const row of rows) {
    const line: ApiValue[] = [];
    for (let c = 0; c < width; c++) {
      const v = scalar(row[c]);
      if (v instanceof FormulaError) return v;
      line.push(v);
    }
    out.push(line);
  }
  return out;
}

function toStored(value: ApiValue, timeZone: string): Stored | null {
  if (value === '') return null;
  if (isDate(value)) return new SerialDate(dateToSerial(value, timeZone));
  return value;
}

function setAnchor(e: Evaluation, value: Stored | null, error: string | null): void {
  const cell = e.sheet.cells.ensure(e.row, e.col);
  cell.value = value;
  cell.formulaError = error;
}

function clearSpill(e: Evaluation): void {
  if (!e.spillArea) return;
  e.sheet.spillAreas.delete(`${e.row},${e.col}`);
  for (let r = e.spillArea.top; r <= e.spillArea.bottom; r++) {
    const line = e.sheet.spill.get(r);
    if (!line) continue;
    for (let c = e.spillArea.left; c <= e.spillArea.right; c++) if (r !== e.row || c !== e.col) line.delete(c);
    if (line.size === 0) e.sheet.spill.delete(r);
  }
  e.spillArea = null;
}

/** Writes a result into the formula's cell and its spill; returns a fingerprint to detect changes. */
function apply(e: Evaluation, result: Value | FormulaError, ctx: EvalContext): string {
  clearSpill(e);
  if (result instanceof FormulaError) {
    setAnchor(e, result.code, result.message);
    return `E${result.code}${result.message}`;
  }
  if (!Array.isArray(result)) {
    const stored = toStored(result, ctx.timeZone);
    setAnchor(e, stored, null);
    return fingerprint(stored);
  }
  const height = result.length;
  const width = result[0]?.length ?? 0;
  const bottom = e.row + height - 1;
  const right = e.col + width - 1;
  if (bottom > e.sheet.maxRows) {
    setAnchor(e, '#REF!', `Result was not automatically expanded, please insert more rows (${bottom - e.sheet.maxRows}).`);
    return `E#REF!rows${bottom}`;
  }
  if (right > e.sheet.maxColumns) {
    setAnchor(e, '#REF!', `Result was not automatically expanded, please insert more columns (${right - e.sheet.maxColumns}).`);
    return `E#REF!cols${right}`;
  }
  // "If the return value is a two-dimensional array, the values overflow into adjacent cells as long
  // as those cells are empty" (guides/sheets/functions).
  for (const [r, c, cell] of e.sheet.cells.inArea(e.row, e.col, bottom, right)) {
    if (r === e.row && c === e.col) continue;
    if (cell.value !== null || cell.formula !== null) {
      setAnchor(e, '#REF!', `Array result was not expanded because it would overwrite data in ${columnLetters(c)}${r}.`);
      return `E#REF!${r},${c}`;
    }
  }
  for (let r = e.row; r <= bottom; r++) {
    const line = e.sheet.spill.get(r);
    if (!line) continue;
    for (let c = e.col; c <= right; c++) {
      if (line.has(c)) {
        setAnchor(e, '#REF!', `Array result was not expanded because it would overwrite data in ${columnLetters(c)}${r}.`);
        return `E#REF!${r},${c}`;
      }
    }
  }
  const parts: string[] = [];
  for (let i = 0; i < height; i++) {
    for (let j = 0; j < width; j++) {
      const stored = toStored(result[i]![j]!, ctx.timeZone);
      parts.push(fingerprint(stored));
      if (i === 0 && j === 0) {
        setAnchor(e, stored, null);
        continue;
      }
      if (stored === null) continue;
      let line = e.sheet.spill.get(e.row + i);
      if (!line) {
        line = new Map();
        e.sheet.spill.set(e.row + i, line);
      }
      line.set(e.col + j, stored);
    }
  }
  e.spillArea = { sheet: e.sheet, top: e.row, left: e.col, bottom, right };
  if (height > 1 || width > 1) e.sheet.spillAreas.set(`${e.row},${e.col}`, { row: e.row, col: e.col, rows: height, cols: width });
  return `${height}x${width}:${parts.join('|')}`;
}

function fingerprint(v: Stored | null): string {
  if (v === null) return '';
  if (v instanceof SerialDate) return `D${v.serial}`;
  return `${typeof v}:${String(v)}`;
}
