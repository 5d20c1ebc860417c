// Formula evaluation for the local runtime. It evaluates what OKR sheets hold and what an add-on's
// custom functions need. No formula is a silent blank: one Sheets cannot read is #ERROR! "Formula
// parse error."; a function Sheets does not have is #NAME? "Unknown function"; a Sheets function
// this runtime does not compute (./sheetsFunctions.ts), and an array literal outside SPARKLINE, give
// an #ERROR! whose message says "Not implemented". Only a cell loaded from an .xlsx file with a cached
// result keeps that result while it calls a function the runtime cannot compute.
// - Custom functions (developers.google.com/apps-script/guides/sheets/functions), looked up by name in
//   the loaded bundle in any case ("Capitalization does not matter"), nested calls included; arguments
//   as Apps Script passes them: a single cell as its value, a range as a two-dimensional array, blanks
//   as "", dates as Date objects. A two-dimensional result spills into empty cells; a spill that would
//   overwrite data gives #REF!; a thrown error gives #ERROR! with its message as the cell's formulaError.
// - An error value as a custom function's argument: no Google page says whether Sheets calls the
//   function with the error's text ("#N/A") or shows the error without calling it. Both are modelled
//   (`FormulaWorkbook.errorArguments`); the Diagnostics menu item observes which one a real
//   spreadsheet does, and the add-on's functions are tested under both.
// - Sheets' own functions that OKR sheets commonly hold (support.google.com/docs/table/25273):
//   ARRAYFORMULA, IF, IFERROR, IFNA, AND, OR, NOT, SUM, AVERAGE, MIN, MAX, COUNT, ROUND, ROUNDUP,
//   ROUNDDOWN, ABS, TODAY, DATE, NA, VALUE, ISNUMBER, ISTEXT, ISBLANK, ISERROR, ISNA, TO_TEXT, and
//   SPARKLINE (it draws a chart, so its value is ""). SUM, AVERAGE, MIN, MAX, AND and OR skip text
//   and blanks in a reference, even to one cell, as in a range (sources at numbersOf).
// - TO_TEXT (support.google.com/docs/answer/3094285): "If value is a number or a reference to a cell
//   containing a numeric value, TO_TEXT returns value as a string, with existing formatting retained.
//   Currencies appear as currencies, decimals as decimals, percentages as percentages, and dates as
//   dates. If value is not a number or a reference to a cell containing a numeric value, TO_TEXT
//   returns value without modification." A reference is shown in its own cell's number format and
//   the spreadsheet's locale, as getDisplayValue shows it (./numberFormat.ts); inside ARRAYFORMULA a
//   range is shown cell by cell, each in its own format (that ARRAYFORMULA keeps each cell's format
//   is this runtime's assumption; the Diagnostics probe toTextFormats observes a real spreadsheet).
//   A computed number has no cell, so it is shown in the automatic format; an error stays the error.
// - Operators + - * / ^ & = <> < > <= >=, unary minus and %, with Sheets' precedence; error values
//   (#DIV/0!, #N/A, #VALUE!, #REF!, …) propagate through operators and functions except IFERROR and
//   the IS functions.
// - Dates: a date is a number with a date format. A date plus or minus a number, TODAY(), DATE(), and
//   MIN or MAX picking a date are dates (getValue gives a Date, the cell shows a date), in the format
//   of the cell the date came from, else the locale's; a date minus a date is a number of days. No
//   Google page documents how a formula's automatic format follows its inputs; this is how Sheets is
//   seen to behave (an End cell =B2+91 shows a date), and docs/ACCEPTANCE.md step 0 checks it.
import { columnLetters, type Area } from './a1';
import { dateToSerial, serialToDate, utcDateToSerial } from './dates';
import { DEFAULT_NUMBER_FORMAT, displayText, isDateTimeFormat } from './numberFormat';
import { isSheetsFunction } from './sheetsFunctions';
import { parseTyped } from './typed';
import { roundDecimal, type RoundingMode } from './decimal';
import { parseFormula, type BinaryOperator, type FormulaNode, type RefToken } from './formulaSyntax';
import { isDate } from './realm';
import { SerialDate, type CellStore, type Stored } from './spreadsheet/cells';
import { toApiValue, type ApiValue } from './spreadsheet/values';

export { DECIMAL_COMMA_SYNTAX, EN_SYNTAX, isWellFormed, type FormulaSyntax } from './formulaSyntax';
export {
  dropSheetFromFormula,
  offsetFormula,
  parseFormula,
  renameSheetInFormula,
  shiftFormula,
  tokenize,
  type FormulaNode,
  type RefToken,
  type Shift,
  type Token,
} from './formulaSyntax';

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

/**
 * What a custom function gets for an argument that is an error value: `pass` calls it with the
 * error's text ("#N/A", and inside a range the same text in that position); `propagate` does not call
 * it and the formula shows the first error.
 */
export type ErrorArguments = 'pass' | 'propagate';

export interface FormulaWorkbook {
  readonly timeZone: string;
  formulaSheets(): readonly FormulaSheet[];
  readonly customFunctions: CustomFunctionHost | null;
  /** Default 'pass'. */
  readonly errorArguments?: ErrorArguments;
  /** The clock TODAY reads, in milliseconds since the epoch; default Date.now. */
  readonly now?: () => number;
  /** The spreadsheet's locale, in which TO_TEXT shows numbers (0,5 in hu_HU); default en_US. */
  readonly locale?: string;
}

/** An error value of a cell or of a part of a formula: its code (#N/A) and the message on hover. */
export class FormulaError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

type Scalar = ApiValue | FormulaError;
type Value = Scalar | Scalar[][];

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

/**
 * The first function the formula calls that this runtime cannot compute (neither one of its
 * built-ins nor a custom function of the loaded bundle), or null when it can compute all of them.
 */
export function firstUnmodelled(node: FormulaNode, host: CustomFunctionHost | null): string | null {
  switch (node.kind) {
    case 'negate':
    case 'percent':
      return firstUnmodelled(node.arg, host);
    case 'binary':
      return firstUnmodelled(node.left, host) ?? firstUnmodelled(node.right, host);
    case 'call': {
      const name = node.name.toUpperCase();
      if (name === 'SPARKLINE') return null;
      if (!(name in BUILT_INS) && !(host?.has(node.name) ?? false)) return node.name;
      for (const a of node.args) {
        const missing = firstUnmodelled(a, host);
        if (missing !== null) return missing;
      }
      return null;
    }
    default:
      return null;
  }
}

/**
 * True when the formula's cell keeps the value it was loaded with instead of being evaluated: it
 * calls a function the runtime cannot compute, and the cell still holds the result an opened .xlsx
 * file gave it (a formula written in this session starts blank, and is evaluated: an unknown name is
 * #NAME?, a Sheets function the runtime lacks the "not implemented" error; see unmodelledCall).
 */
function keepsLoadedValue(node: FormulaNode, host: CustomFunctionHost | null, cell: { value: Stored | null; formulaError: string | null }): boolean {
  return cell.value !== null && cell.formulaError === null && firstUnmodelled(node, host) !== null;
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
      if (keepsLoadedValue(node, host, sheet.cells.get(row, col)!)) restoreCachedSpill(sheet, row, col, formula);
      else evaluations.push({ sheet, row, col, node, reads: readsOf(node, sheet, byName), spillArea: null });
    }
    for (const key of sheet.cachedSpills.keys()) if (!sheet.spillAreas.has(key)) sheet.cachedSpills.delete(key);
  }
  if (evaluations.length === 0) return;

  const context: EvalContext = {
    byName,
    timeZone: workbook.timeZone,
    locale: workbook.locale ?? 'en_US',
    host,
    errorArguments: workbook.errorArguments ?? 'pass',
    now: workbook.now ?? Date.now,
  };
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
    case 'percent':
      return readsOf(node.arg, sheet, byName);
    case 'binary':
      return [...readsOf(node.left, sheet, byName), ...readsOf(node.right, sheet, byName)];
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
  /** The spreadsheet's locale (TO_TEXT shows numbers in it). */
  locale: string;
  host: CustomFunctionHost | null;
  errorArguments: ErrorArguments;
  now: () => number;
  /** Inside ARRAYFORMULA: functions that take one value apply to each value of a range. */
  array?: boolean;
}

function readCell(sheet: FormulaSheet, row: number, col: number, timeZone: string): Scalar {
  const cell = sheet.cells.get(row, col);
  // A formula whose result is an error holds the error's code as its value and the message beside it.
  if (cell && cell.formula !== null && cell.formulaError !== null && typeof cell.value === 'string' && cell.value.startsWith('#')) {
    return new FormulaError(cell.value, cell.formulaError);
  }
  const stored = cell?.value ?? sheet.spill.get(row)?.get(col) ?? null;
  const value = toApiValue(stored, cell?.format.numberFormat, timeZone);
  if (isDate(value)) {
    const pattern = isDateTimeFormat(cell?.format.numberFormat) ? cell?.format.numberFormat : stored instanceof SerialDate ? stored.pattern : undefined;
    if (pattern) DATE_PATTERNS.set(value, pattern);
  }
  return value;
}

/**
 * The date format of the cell each date value of a formula came from, so that a result computed
 * from it (=B2+91, =MAX(B2:B5)) is shown in the same format in a cell nobody formatted; a date
 * made by a function (TODAY(), DATE()) has none and is shown in the locale's date format.
 */
const DATE_PATTERNS = new WeakMap<Date, string>();

/** A date computed from `source` (a date value of the formula): a Date carrying its format. */
function dateFrom(serial: number, source: Date | null, ctx: EvalContext): Date {
  const date = serialToDate(serial, ctx.timeZone);
  const pattern = source ? DATE_PATTERNS.get(source) : undefined;
  if (pattern) DATE_PATTERNS.set(date, pattern);
  return date;
}

function evaluate(node: FormulaNode, sheet: FormulaSheet, ctx: EvalContext): Value {
  switch (node.kind) {
    case 'number':
    case 'string':
    case 'boolean':
      return node.value;
    case 'error':
      return new FormulaError(node.value, `${node.value} in the formula`);
    case 'array':
      // Sheets computes {1,2;3,4}; this runtime reads an array literal only as SPARKLINE's options.
      return notImplemented('an array literal ({…}) outside SPARKLINE');
    case 'name':
      // The runtime models no named ranges (Spreadsheet.setNamedRange is not implemented), so no name
      // can be defined: Sheets shows #NAME? for a name it does not know.
      return new FormulaError('#NAME?', `Unknown range name: '${node.name}'.`);
    case 'negate': {
      const v = toNumber(scalarOf(evaluate(node.arg, sheet, ctx)));
      return v instanceof FormulaError ? v : -v;
    }
    case 'percent': {
      const v = toNumber(scalarOf(evaluate(node.arg, sheet, ctx)));
      return v instanceof FormulaError ? v : v / 100;
    }
    case 'binary':
      return binary(node.op, scalarOf(evaluate(node.left, sheet, ctx)), scalarOf(evaluate(node.right, sheet, ctx)), ctx);
    case 'ref': {
      const rect = resolveRef(node.ref, sheet, ctx.byName);
      if (rect instanceof FormulaError) return rect;
      if (rect.top === rect.bottom && rect.left === rect.right) return readCell(rect.sheet, rect.top, rect.left, ctx.timeZone);
      const rows: Scalar[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const line: Scalar[] = [];
        for (let c = rect.left; c <= rect.right; c++) line.push(readCell(rect.sheet, r, c, ctx.timeZone));
        rows.push(line);
      }
      return rows;
    }
    case 'call': {
      const name = node.name.toUpperCase();
      // SPARKLINE draws a chart in the cell: as a value it is empty.
      if (name === 'SPARKLINE') return '';
      const builtIn = BUILT_INS[name];
      if (builtIn)
        return builtIn(
          node.args.map((a) => () => evaluate(a, sheet, ctx)),
          ctx,
          { nodes: node.args, sheet },
        );
      if (!ctx.host?.has(node.name)) return unmodelledCall(node.name);
      const args: unknown[] = [];
      for (const a of node.args) {
        const v = evaluate(a, sheet, ctx);
        const error = firstError(v);
        if (error && ctx.errorArguments === 'propagate') return error;
        args.push(Array.isArray(v) ? v.map((line) => line.map(errorAsText)) : errorAsText(v));
      }
      try {
        return fromCustomResult(ctx.host!.call(node.name, args));
      } catch (err) {
        const message =
          err instanceof Error || (typeof err === 'object' && err !== null && 'message' in err) ? String((err as { message: unknown }).message) : String(err);
        return new FormulaError('#ERROR!', message);
      }
    }
    case 'unsupported':
    case 'syntaxError':
      // Sheets shows #ERROR! "Formula parse error." for a formula it cannot read (parseFormula makes
      // any unreadable part a syntaxError of the whole formula).
      return new FormulaError('#ERROR!', `Formula parse error (${node.reason}).`);
  }
}

/**
 * The value of a call to a function that is neither a built-in of this runtime nor a custom function
 * of the bundle. A name Sheets has (./sheetsFunctions.ts, from its function list) is a function this
 * runtime does not implement: the error says so, so a test cannot pass on a silent blank; any other
 * name is Sheets' #NAME? "Unknown function".
 */
function unmodelledCall(name: string): FormulaError {
  if (isSheetsFunction(name)) return notImplemented(`the Sheets function ${name.toUpperCase()}`);
  return new FormulaError('#NAME?', `Unknown function: '${name}'.`);
}

/** What a formula shows for a part Sheets computes and this runtime does not: an error that says so. */
function notImplemented(what: string): FormulaError {
  return new FormulaError('#ERROR!', `Not implemented: the local runtime does not implement ${what} (local/formulas.ts).`);
}

/**
 * Evaluates one formula as if it were in a cell of `sheet` at (row, col), without writing it: what a
 * conditional-format rule's custom formula gives for that cell. Formulas of the workbook must be
 * calculated first. Returns the value, or the FormulaError the formula gives.
 */
export function evaluateAt(workbook: FormulaWorkbook, sheet: FormulaSheet, node: FormulaNode): ApiValue | FormulaError {
  const byName = new Map(workbook.formulaSheets().map((s) => [s.name.toLowerCase(), s]));
  const ctx: EvalContext = {
    byName,
    timeZone: workbook.timeZone,
    locale: workbook.locale ?? 'en_US',
    host: workbook.customFunctions,
    errorArguments: workbook.errorArguments ?? 'pass',
    now: workbook.now ?? Date.now,
  };
  return scalarOf(evaluate(node, sheet, ctx));
}

function errorAsText(v: Scalar): ApiValue {
  return v instanceof FormulaError ? v.code : v;
}

function firstError(v: Value): FormulaError | null {
  if (v instanceof FormulaError) return v;
  if (Array.isArray(v)) for (const line of v) for (const x of line) if (x instanceof FormulaError) return x;
  return null;
}

/** A range used where one value is expected: its first cell (Sheets would pick the cell of the formula's row). */
function scalarOf(v: Value): Scalar {
  if (!Array.isArray(v)) return v;
  return v[0]?.[0] ?? '';
}

const VALUE_ERROR = (what: string) => new FormulaError('#VALUE!', `${what} expects a number.`);

/** A value used as a number: booleans as 1/0, a blank as 0, a date as its serial, numeric text as its number. */
function toNumber(v: Scalar, ctx?: EvalContext): number | FormulaError {
  if (v instanceof FormulaError) return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === '') return 0;
  if (isDate(v)) return dateToSerial(v, ctx?.timeZone ?? 'Etc/UTC');
  const n = Number(v.trim());
  if (v.trim() !== '' && Number.isFinite(n)) return n;
  return new FormulaError('#VALUE!', `Function expects number values. But '${v}' is a text and cannot be coerced to a number.`);
}

function toBoolean(v: Scalar, ctx: EvalContext): boolean | FormulaError {
  if (v instanceof FormulaError) return v;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    if (v === '') return false;
    if (/^true$/i.test(v)) return true;
    if (/^false$/i.test(v)) return false;
    return new FormulaError('#VALUE!', `Function expects boolean values. But '${v}' is a text and cannot be coerced to a boolean.`);
  }
  const n = toNumber(v, ctx);
  return n instanceof FormulaError ? n : n !== 0;
}

function toText(v: ApiValue, ctx: EvalContext): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDate(v)) return String(dateToSerial(v, ctx.timeZone));
  return String(v);
}

// Sheets orders numbers before text before booleans; text compares without regard to case.
function compare(a: ApiValue, b: ApiValue, ctx: EvalContext): number {
  const rank = (v: ApiValue) => (typeof v === 'boolean' ? 2 : typeof v === 'string' && v !== '' ? 1 : 0);
  const ra = rank(a);
  const rb = rank(b);
  const blankA = a === '';
  const blankB = b === '';
  if (blankA || blankB) {
    // A blank equals 0, "" and FALSE.
    const other = blankA ? b : a;
    const sign = blankA ? -1 : 1;
    if (blankA && blankB) return 0;
    if (typeof other === 'string') return sign * (other === '' ? 0 : 1);
    if (typeof other === 'boolean') return sign * (other ? 1 : 0);
    const n = toNumber(other, ctx) as number;
    return sign * Math.sign(n);
  }
  if (ra !== rb) return ra - rb;
  if (ra === 1) {
    const x = (a as string).toLowerCase();
    const y = (b as string).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (ra === 2) return Number(a) - Number(b);
  return (toNumber(a, ctx) as number) - (toNumber(b, ctx) as number);
}

function binary(op: BinaryOperator, left: Scalar, right: Scalar, ctx: EvalContext): Scalar {
  if (left instanceof FormulaError) return left;
  if (right instanceof FormulaError) return right;
  switch (op) {
    case '&':
      return toText(left, ctx) + toText(right, ctx);
    case '=':
      // Doubles compared exactly, as Sheets does: =0.1+0.2=0.3 is FALSE (webapps.stackexchange.com/q/80125).
      return compare(left, right, ctx) === 0;
    case '<>':
      return compare(left, right, ctx) !== 0;
    case '<':
      return compare(left, right, ctx) < 0;
    case '>':
      return compare(left, right, ctx) > 0;
    case '<=':
      return compare(left, right, ctx) <= 0;
    case '>=':
      return compare(left, right, ctx) >= 0;
  }
  const a = toNumber(left, ctx);
  if (a instanceof FormulaError) return a;
  const b = toNumber(right, ctx);
  if (b instanceof FormulaError) return b;
  // A date plus or minus a number is a date, in the format of the date it came from; a date minus a
  // date is a number of days (see the file comment, "Dates").
  const leftDate = isDate(left) ? left : null;
  const rightDate = isDate(right) ? right : null;
  switch (op) {
    case '+':
      if ((leftDate === null) !== (rightDate === null)) return dateFrom(a + b, leftDate ?? rightDate, ctx);
      return a + b;
    case '-':
      if (leftDate !== null && rightDate === null) return dateFrom(a - b, leftDate, ctx);
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? new FormulaError('#DIV/0!', 'Function DIVIDE parameter 2 cannot be zero.') : a / b;
    case '^': {
      const p = a ** b;
      return Number.isFinite(p) ? p : new FormulaError('#NUM!', 'Function POW caused a number overflow.');
    }
  }
}

type Thunk = () => Value;
/** Where a call is: its argument nodes and the formula's sheet (TO_TEXT reads the referenced cells' formats). */
interface CallSite {
  nodes: readonly FormulaNode[];
  sheet: FormulaSheet;
}
type BuiltIn = (args: Thunk[], ctx: EvalContext, site: CallSite) => Value;

/**
 * What TO_TEXT gives for one cell: its number (or date) as the cell shows it, in its own number
 * format and the spreadsheet's locale; text, a boolean or a blank unchanged; an error as the error.
 */
function shownCell(sheet: FormulaSheet, row: number, col: number, ctx: EvalContext): Scalar {
  const value = readCell(sheet, row, col, ctx.timeZone);
  if (value instanceof FormulaError) return value;
  const stored = sheet.cells.get(row, col)?.value ?? sheet.spill.get(row)?.get(col) ?? null;
  const format = sheet.cells.get(row, col)?.format.numberFormat ?? DEFAULT_NUMBER_FORMAT;
  if (stored instanceof SerialDate) return displayText(stored.serial, stored.shownWith(format), ctx.timeZone, true, ctx.locale);
  if (typeof stored === 'number') return displayText(stored, format, ctx.timeZone, false, ctx.locale);
  return value;
}

/** TO_TEXT of a computed value (no cell, so no format of its own): a number in the automatic format, a date in the locale's. */
function computedText(v: Scalar, ctx: EvalContext): Scalar {
  if (v instanceof FormulaError || typeof v === 'string' || typeof v === 'boolean') return v;
  if (isDate(v)) return displayText(dateToSerial(v, ctx.timeZone), DEFAULT_NUMBER_FORMAT, ctx.timeZone, true, ctx.locale);
  return displayText(v, DEFAULT_NUMBER_FORMAT, ctx.timeZone, false, ctx.locale);
}

/** TO_TEXT (see the file comment): a reference in its cells' formats, cell by cell inside ARRAYFORMULA. */
function toTextFunction(args: Thunk[], ctx: EvalContext, site: CallSite): Value {
  const error = argCount('TO_TEXT', args, 1, 1);
  if (error) return error;
  const node = site.nodes[0]!;
  if (node.kind === 'ref') {
    const rect = resolveRef(node.ref, site.sheet, ctx.byName);
    if (rect instanceof FormulaError) return rect;
    // Outside ARRAYFORMULA a range gives one value, as scalarOf reads it: its first cell.
    if (!ctx.array || (rect.top === rect.bottom && rect.left === rect.right)) return shownCell(rect.sheet, rect.top, rect.left, ctx);
    const rows: Scalar[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const line: Scalar[] = [];
      for (let c = rect.left; c <= rect.right; c++) line.push(shownCell(rect.sheet, r, c, ctx));
      rows.push(line);
    }
    return rows;
  }
  const v = args[0]!();
  if (Array.isArray(v) && ctx.array) return v.map((line) => line.map((x) => computedText(x, ctx)));
  return computedText(scalarOf(v), ctx);
}

function argCount(name: string, args: Thunk[], min: number, max: number): FormulaError | null {
  if (args.length >= min && args.length <= max) return null;
  return new FormulaError('#N/A', `Wrong number of arguments to ${name}. Expected between ${min} and ${max} arguments, but got ${args.length} arguments.`);
}

/**
 * The numbers of aggregate arguments (SUM, AVERAGE, MIN, MAX), each with the date it came from, if
 * any. In a range or a reference, even to one cell, only numbers and dates count (text, booleans and
 * blanks are skipped); a value given directly is converted ("abc" is #VALUE!). An error anywhere wins.
 * Sources: MAX "Each value argument must be a cell, a number, or a range containing numbers. Cells
 * without numbers or ranges are ignored. Entering text values will cause MAX to return the #VALUE!
 * error" (support.google.com/docs/answer/3094013); AVERAGE "Any text encountered in the value
 * arguments will be ignored" (support.google.com/docs/answer/3093615). Google's SUM page says nothing
 * of text; Excel's does: "If an argument is an array or reference, only numbers in that array or
 * reference are counted. Empty cells, logical values, or text in the array or reference are ignored"
 * (learn.microsoft.com/office/vba/api/excel.worksheetfunction.sum); docs/ACCEPTANCE.md checks SUM.
 */
function numbersOf(args: Thunk[], ctx: EvalContext, site: CallSite): { n: number; date: Date | null }[] | FormulaError {
  const out: { n: number; date: Date | null }[] = [];
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!();
    const reference = site.nodes[i]?.kind === 'ref';
    if (Array.isArray(v) || reference) {
      for (const x of Array.isArray(v) ? v.flat() : [v]) {
        if (x instanceof FormulaError) return x;
        if (typeof x === 'number') out.push({ n: x, date: null });
        else if (isDate(x)) out.push({ n: dateToSerial(x, ctx.timeZone), date: x });
      }
    } else {
      if (v === '') continue;
      const n = toNumber(v, ctx);
      if (n instanceof FormulaError) return n;
      out.push({ n, date: isDate(v) ? v : null });
    }
  }
  return out;
}

/**
 * The booleans of AND and OR. In a range or a reference, even to one cell, text and blanks are
 * skipped (Excel: "If an array or reference argument contains text or empty cells, those values are
 * ignored", support.microsoft.com, AND function); a value given directly is converted.
 */
function booleansOf(name: string, args: Thunk[], ctx: EvalContext, site: CallSite): boolean[] | FormulaError {
  const out: boolean[] = [];
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!();
    const reference = site.nodes[i]?.kind === 'ref';
    const values = Array.isArray(v) || reference ? (Array.isArray(v) ? v.flat() : [v]).filter((x) => !(typeof x === 'string')) : [v];
    for (const x of values) {
      const b = toBoolean(x, ctx);
      if (b instanceof FormulaError) return b;
      out.push(b);
    }
  }
  if (out.length === 0) return new FormulaError('#VALUE!', `${name} has no valid input data.`);
  return out;
}

/** MIN or MAX: the number picked, as the date it came from when it was one (=MAX(B2:B5) of dates is a date). */
function extreme(args: Thunk[], ctx: EvalContext, site: CallSite, pick: (a: number, b: number) => boolean): Value {
  const values = numbersOf(args, ctx, site);
  if (values instanceof FormulaError) return values;
  if (values.length === 0) return 0;
  let best = values[0]!;
  for (const v of values) if (pick(v.n, best.n)) best = v;
  return best.date ? dateFrom(best.n, best.date, ctx) : best.n;
}

function oneNumber(name: string, thunk: Thunk | undefined, ctx: EvalContext, fallback?: number): number | FormulaError {
  if (!thunk) return fallback ?? VALUE_ERROR(name);
  return toNumber(scalarOf(thunk()), ctx);
}

/** Midnight of a serial day as the Date a cell with a date format gives a script. */
function dayAsDate(serial: number, ctx: EvalContext): Date {
  return serialToDate(Math.floor(serial), ctx.timeZone);
}

/**
 * ROUND (half away from zero), ROUNDUP (away from zero), ROUNDDOWN (toward zero), to `places`
 * decimals (default 0, truncated to a whole number; negative rounds to tens, hundreds…), on the
 * number's 15 significant digits as a spreadsheet does: ROUND(0.4999999995) = 0, ROUND(1.005, 2) = 1.01
 * (sources and the assumption about Sheets in ./decimal.ts).
 */
function roundFunction(name: string, mode: RoundingMode, args: Thunk[], ctx: EvalContext): Value {
  const error = argCount(name, args, 1, 2);
  if (error) return error;
  const x = oneNumber(name, args[0], ctx);
  if (x instanceof FormulaError) return x;
  const places = oneNumber(name, args[1], ctx, 0);
  if (places instanceof FormulaError) return places;
  return roundDecimal(x, places, mode);
}

const BUILT_INS: Record<string, BuiltIn> = {
  IF: (args, ctx) => {
    const error = argCount('IF', args, 2, 3);
    if (error) return error;
    const condition = toBoolean(scalarOf(args[0]!()), ctx);
    if (condition instanceof FormulaError) return condition;
    return condition ? args[1]!() : args[2] ? args[2]() : false;
  },
  IFERROR: (args, ctx) => {
    const error = argCount('IFERROR', args, 1, 2);
    if (error) return error;
    const v = args[0]!();
    const fallback = () => (args[1] ? scalarOf(args[1]()) : '');
    // Over a range inside ARRAYFORMULA, each error value of the range is replaced
    // (support.google.com/docs/answer/3093275: ARRAYFORMULA lets non-array functions take arrays).
    if (Array.isArray(v) && ctx.array) {
      if (!firstError(v)) return v;
      const instead = fallback();
      return v.map((line) => line.map((x) => (x instanceof FormulaError ? instead : x)));
    }
    return firstError(v) && !Array.isArray(v) ? fallback() : v;
  },
  // IFNA(value, value_if_na): "If the value is an #N/A error, returns the specified value"
  // (support.google.com/docs/answer/9365944); any other value, an error included, is kept.
  IFNA: (args, ctx) => {
    const error = argCount('IFNA', args, 2, 2);
    if (error) return error;
    const v = args[0]!();
    const isNa = (x: Scalar) => x instanceof FormulaError && x.code === '#N/A';
    if (Array.isArray(v) && ctx.array) {
      if (!v.some((line) => line.some(isNa))) return v;
      const instead = scalarOf(args[1]!());
      return v.map((line) => line.map((x) => (isNa(x) ? instead : x)));
    }
    return isNa(scalarOf(v)) && !Array.isArray(v) ? args[1]!() : v;
  },
  // VALUE(text): "Converts a string in any of the date, time or number formats that Google Sheets
  // understands into a number" (support.google.com/docs/answer/3094220): read as if typed in the
  // spreadsheet's locale (./typed.ts). A blank or a boolean argument is not modelled.
  VALUE: (args, ctx) => {
    const error = argCount('VALUE', args, 1, 1);
    if (error) return error;
    const v = scalarOf(args[0]!());
    if (v instanceof FormulaError || typeof v === 'number') return v;
    if (isDate(v)) return dateToSerial(v, ctx.timeZone);
    if (typeof v === 'boolean' || v === '') return notImplemented('VALUE of a blank or a boolean');
    const typed = parseTyped(v, ctx.locale, new Date(ctx.now()).getUTCFullYear());
    if (typed.kind === 'number') return typed.value;
    if (typed.kind === 'date') return utcDateToSerial(new Date(Date.UTC(typed.year, typed.month - 1, typed.day)));
    return new FormulaError('#VALUE!', `VALUE parameter '${v}' cannot be parsed to number.`);
  },
  ARRAYFORMULA: (args, ctx) => {
    const error = argCount('ARRAYFORMULA', args, 1, 1);
    if (error) return error;
    const outer = ctx.array;
    ctx.array = true;
    try {
      return args[0]!();
    } finally {
      ctx.array = outer;
    }
  },
  AND: (args, ctx, site) => {
    const values = booleansOf('AND', args, ctx, site);
    return values instanceof FormulaError ? values : values.every(Boolean);
  },
  OR: (args, ctx, site) => {
    const values = booleansOf('OR', args, ctx, site);
    return values instanceof FormulaError ? values : values.some(Boolean);
  },
  NOT: (args, ctx) => {
    const error = argCount('NOT', args, 1, 1);
    if (error) return error;
    const b = toBoolean(scalarOf(args[0]!()), ctx);
    return b instanceof FormulaError ? b : !b;
  },
  SUM: (args, ctx, site) => {
    const n = numbersOf(args, ctx, site);
    return n instanceof FormulaError ? n : n.reduce((a, b) => a + b.n, 0);
  },
  AVERAGE: (args, ctx, site) => {
    const n = numbersOf(args, ctx, site);
    if (n instanceof FormulaError) return n;
    if (n.length === 0) return new FormulaError('#DIV/0!', 'Evaluation of function AVERAGE caused a divide by zero error.');
    return n.reduce((a, b) => a + b.n, 0) / n.length;
  },
  MIN: (args, ctx, site) => extreme(args, ctx, site, (a, b) => a < b),
  MAX: (args, ctx, site) => extreme(args, ctx, site, (a, b) => a > b),
  COUNT: (args, ctx) => {
    let count = 0;
    for (const arg of args) {
      const v = arg();
      for (const x of Array.isArray(v) ? v.flat() : [v]) if (typeof x === 'number' || isDate(x)) count++;
    }
    void ctx;
    return count;
  },
  ROUND: (args, ctx) => roundFunction('ROUND', 'half', args, ctx),
  ROUNDUP: (args, ctx) => roundFunction('ROUNDUP', 'up', args, ctx),
  ROUNDDOWN: (args, ctx) => roundFunction('ROUNDDOWN', 'down', args, ctx),
  ABS: (args, ctx) => {
    const error = argCount('ABS', args, 1, 1);
    if (error) return error;
    const x = oneNumber('ABS', args[0], ctx);
    return x instanceof FormulaError ? x : Math.abs(x);
  },
  TODAY: (args, ctx) => {
    const error = argCount('TODAY', args, 0, 0);
    if (error) return error;
    return dayAsDate(dateToSerial(new Date(ctx.now()), ctx.timeZone), ctx);
  },
  DATE: (args, ctx) => {
    const error = argCount('DATE', args, 3, 3);
    if (error) return error;
    const parts: number[] = [];
    for (const a of args) {
      const n = oneNumber('DATE', a, ctx);
      if (n instanceof FormulaError) return n;
      parts.push(Math.trunc(n));
    }
    let [year, month, day] = parts as [number, number, number];
    // "If year is between 0 and 1899, Sheets adds 1900" (support.google.com/docs/answer/3092969).
    if (year >= 0 && year < 1900) year += 1900;
    const serial = utcDateToSerial(new Date(Date.UTC(year, month - 1, day)));
    if (serial < 0) return new FormulaError('#NUM!', 'DATE evaluates to an out of range value.');
    return dayAsDate(serial, ctx);
  },
  NA: (args) => argCount('NA', args, 0, 0) ?? new FormulaError('#N/A', 'Value not available.'),
  ISNUMBER: (args) => {
    const v = args[0] ? scalarOf(args[0]()) : '';
    return typeof v === 'number' || isDate(v);
  },
  ISTEXT: (args) => {
    const v = args[0] ? scalarOf(args[0]()) : '';
    return typeof v === 'string' && v !== '';
  },
  ISBLANK: (args) => {
    const v = args[0] ? scalarOf(args[0]()) : '';
    return v === '';
  },
  ISERROR: (args) => (args[0] ? scalarOf(args[0]()) : '') instanceof FormulaError,
  ISNA: (args) => {
    const v = args[0] ? scalarOf(args[0]()) : '';
    return v instanceof FormulaError && v.code === '#N/A';
  },
  TO_TEXT: toTextFunction,
};

/** A custom function's return value as cell values; a 1-D array fills a column. */
function fromCustomResult(result: unknown): Value {
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
  if (isDate(value)) return new SerialDate(dateToSerial(value, timeZone), DATE_PATTERNS.get(value));
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
function apply(e: Evaluation, value: Value, ctx: EvalContext): string {
  // A range as a formula's result spills; an error inside it shows as its code.
  const result = Array.isArray(value) ? value.map((line) => line.map(errorAsText)) : value;
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
  if (v instanceof SerialDate) return `D${v.serial}${v.pattern ?? ''}`;
  return `${typeof v}:${String(v)}`;
}
