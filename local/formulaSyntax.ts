// The text of formulas: tokens, a syntax tree of the part the runtime evaluates, and the rewrites
// Sheets applies to references when rows or columns move, a sheet is renamed or deleted, or a
// formula is set on several cells at once.
import { columnLetters, columnNumber, MAX_COLUMNS, quoteSheetName } from './a1';

// ----------------------------------------------------------------------------------------------
// Tokens

interface CellPart {
  col: number | null;
  row: number | null;
  colAbsolute: boolean;
  rowAbsolute: boolean;
}

export interface RefToken {
  type: 'ref';
  /** The sheet name as written before "!" (still quoted), or null. */
  sheetText: string | null;
  sheet: string | null;
  start: CellPart;
  end: CellPart | null;
  text: string;
}

export type Token =
  | { type: 'number'; value: number; text: string }
  | { type: 'string'; value: string; text: string }
  | { type: 'boolean'; value: boolean; text: string }
  | { type: 'error'; value: string; text: string }
  | RefToken
  | { type: 'function'; name: string; text: string }
  | { type: 'name'; text: string }
  | { type: 'punct'; text: string }
  | { type: 'space'; text: string };

const SHEET_PREFIX = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!`;
const PART = String.raw`\$?[A-Za-z]{1,3}\$?[0-9]+|\$?[A-Za-z]{1,3}|\$?[0-9]+`;
const REF = new RegExp(String.raw`^(${SHEET_PREFIX})?(${PART})(?::(${PART}))?(?![\w(.!])`);
const ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#ERROR!'];

function parsePart(text: string): CellPart {
  const m = /^(\$?)([A-Za-z]{1,3})?(\$?)([0-9]+)?$/.exec(text)!;
  const hasCol = m[2] !== undefined;
  return {
    col: hasCol ? columnNumber(m[2]!) : null,
    row: m[4] === undefined ? null : Number(m[4]),
    colAbsolute: hasCol && m[1] === '$',
    rowAbsolute: m[4] !== undefined && (hasCol ? m[3] === '$' : m[1] === '$'),
  };
}

function unquoteSheet(text: string): string {
  return text.startsWith("'") ? text.slice(1, -1).replace(/''/g, "'") : text;
}

/**
 * The syntax a formula is read in; one argument separator per syntax, never both.
 *
 * - English syntax (`,` between arguments, `0.7`, `{a,b;c,d}` arrays): the formulas a script sets on
 *   cells (Range.setFormula(s), setValue(s) with "="), in every locale. The Apps Script reference says
 *   only "The given formula must be in A1 notation" (Class Range, setFormula); that scripts write English
 *   syntax whatever the spreadsheet's locale is community knowledge, not documentation (shared reference:
 *   apps-script-platform.md §5 "Assumption, not confirmed"; audit-2026-11/apps-script-fidelity.md D3,
 *   es.stackoverflow.com/q/527698). Help → Diagnostics checks it in a real spreadsheet (cellFormula).
 *   Whether Sheets also takes `;` between arguments from a script is not documented at all (a 2019
 *   comment says the UI "now accepts semicolons in all locales", mricon/ingress-fieldplan#5, for
 *   typing): the runtime is strict and reads `=SUM(1;2)` from a script as a parse error (#ERROR!), so a
 *   test cannot pass on a formula that only might work. docs/ACCEPTANCE.md asks for the check by hand.
 * - The locale's syntax: what a user types, and the spreadsheet-locale reading of conditional-format
 *   formulas (./conditionalFormatting.ts). In a decimal-comma locale (hu_HU, de_DE, …) arguments are
 *   separated by `;` and 0.7 is written 0,7; in the others by `,` ("the locale affects ... functions",
 *   support.google.com/docs/answer/58515; the separator of each locale in ./locales.ts).
 */
export interface FormulaSyntax {
  decimalSeparator: '.' | ',';
}

export const EN_SYNTAX: FormulaSyntax = { decimalSeparator: '.' };
export const DECIMAL_COMMA_SYNTAX: FormulaSyntax = { decimalSeparator: ',' };

const NUMBER_DOT = /^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/;
const NUMBER_COMMA = /^[0-9]+(?:,[0-9]+)?(?:[eE][+-]?[0-9]+)?/;

/** Splits a formula (without its leading "=") into tokens; concatenating their texts gives it back. */
export function tokenize(body: string, syntax: FormulaSyntax = EN_SYNTAX): Token[] {
  const numberPattern = syntax.decimalSeparator === ',' ? NUMBER_COMMA : NUMBER_DOT;
  const tokens: Token[] = [];
  let i = 0;
  while (i < body.length) {
    const rest = body.slice(i);
    const ch = body[i]!;
    let m: RegExpExecArray | null;
    if (/\s/.test(ch)) {
      m = /^\s+/.exec(rest)!;
      tokens.push({ type: 'space', text: m[0] });
    } else if (ch === '"') {
      m = /^"((?:[^"]|"")*)"?/.exec(rest)!;
      tokens.push({ type: 'string', value: m[1]!.replace(/""/g, '"'), text: m[0] });
    } else if (ch === '#' && (m = new RegExp(`^(${ERRORS.map((e) => e.replace(/[/?!]/g, '\\$&')).join('|')})`, 'i').exec(rest))) {
      tokens.push({ type: 'error', value: m[1]!.toUpperCase(), text: m[0] });
    } else if ((m = REF.exec(rest)) && isReference(m)) {
      const sheetText = m[1] ? m[1].slice(0, -1) : null;
      tokens.push({
        type: 'ref',
        sheetText,
        sheet: sheetText === null ? null : unquoteSheet(sheetText),
        start: parsePart(m[2]!),
        end: m[3] === undefined ? null : parsePart(m[3]),
        text: m[0],
      });
    } else if ((m = numberPattern.exec(rest))) {
      tokens.push({ type: 'number', value: Number(m[0].replace(',', '.')), text: m[0] });
    } else if ((m = /^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*/.exec(rest))) {
      const after = body.slice(i + m[0].length).match(/^\s*\(/);
      if (after) tokens.push({ type: 'function', name: m[0], text: m[0] });
      else if (/^(TRUE|FALSE)$/i.test(m[0])) tokens.push({ type: 'boolean', value: m[0].toUpperCase() === 'TRUE', text: m[0] });
      else tokens.push({ type: 'name', text: m[0] });
    } else if ((m = /^(<=|>=|<>)/.exec(rest))) {
      tokens.push({ type: 'punct', text: m[0] });
    } else {
      m = /^./s.exec(rest)!;
      tokens.push({ type: 'punct', text: m[0] });
    }
    i += m[0].length;
  }
  return tokens;
}

/** A REF match is a reference only when it is a cell or a two-part range ("A" or "3" alone is not). */
function isReference(m: RegExpExecArray): boolean {
  const start = parsePart(m[2]!);
  if (m[3] === undefined) return start.col !== null && start.row !== null && start.col <= MAX_COLUMNS;
  const end = parsePart(m[3]);
  if ((start.col === null) !== (end.col === null) && (start.row === null || end.row === null) && !(start.col !== null && start.row !== null)) return false;
  return (start.col ?? 0) <= MAX_COLUMNS && (end.col ?? 0) <= MAX_COLUMNS;
}

// ----------------------------------------------------------------------------------------------
// Syntax tree

export type FormulaNode =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; value: string }
  | { kind: 'ref'; ref: RefToken }
  | { kind: 'call'; name: string; args: FormulaNode[] }
  | { kind: 'negate'; arg: FormulaNode }
  | { kind: 'percent'; arg: FormulaNode }
  | { kind: 'array' }
  | { kind: 'binary'; op: BinaryOperator; left: FormulaNode; right: FormulaNode }
  /** A bare name (a named range or a LAMBDA name); the runtime models no named ranges. */
  | { kind: 'name'; name: string }
  /** A part the parser could not read; parseFormula turns a tree holding one into a syntaxError. */
  | { kind: 'unsupported'; reason: string }
  /**
   * A formula Sheets cannot read at all (an argument separator of the other syntax, an unbalanced
   * parenthesis, a missing operand, text after the end): #ERROR! "Formula parse error." as a whole.
   */
  | { kind: 'syntaxError'; reason: string };

export type BinaryOperator = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=';

// Operator precedence, lowest first, as in Sheets: comparison, concatenation, addition, multiplication,
// exponent; then unary minus and the percent sign.
const LEVELS: readonly (readonly BinaryOperator[])[] = [['=', '<>', '<', '>', '<=', '>='], ['&'], ['+', '-'], ['*', '/'], ['^']];

class Parser {
  private pos = 0;
  /** Set when an argument list uses the other syntax's separator (`;` in English syntax, `,` in a decimal-comma locale's). */
  private syntaxError: string | null = null;
  constructor(
    private readonly tokens: Token[],
    private readonly separators: readonly string[],
    private readonly foreignSeparator: string,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  parse(): FormulaNode {
    const node = this.expression();
    if (this.syntaxError !== null) return { kind: 'syntaxError', reason: this.syntaxError };
    if (this.pos < this.tokens.length) return { kind: 'syntaxError', reason: `unexpected ${this.tokens[this.pos]!.text}` };
    // Any part the parser could not read makes the whole formula unreadable, as in Sheets.
    const failure = firstFailure(node);
    return failure === null ? node : { kind: 'syntaxError', reason: failure };
  }

  private expression(level = 0): FormulaNode {
    if (level === LEVELS.length) return this.unary();
    let node = this.expression(level + 1);
    for (let t = this.peek(); t && t.type === 'punct' && (LEVELS[level] as readonly string[]).includes(t.text); t = this.peek()) {
      this.pos++;
      const right = this.expression(level + 1);
      node = { kind: 'binary', op: t.text as BinaryOperator, left: node, right };
    }
    return node;
  }

  private unary(): FormulaNode {
    const t = this.peek();
    if (t?.type === 'punct' && (t.text === '-' || t.text === '+')) {
      this.pos++;
      const arg = this.unary();
      return t.text === '-' ? { kind: 'negate', arg } : arg;
    }
    let node = this.primary();
    while (this.peek()?.text === '%') {
      this.pos++;
      node = { kind: 'percent', arg: node };
    }
    return node;
  }

  private primary(): FormulaNode {
    const t = this.tokens[this.pos++];
    if (!t) return { kind: 'unsupported', reason: 'unexpected end' };
    switch (t.type) {
      case 'number':
        return { kind: 'number', value: t.value };
      case 'string':
        return { kind: 'string', value: t.value };
      case 'boolean':
        return { kind: 'boolean', value: t.value };
      case 'error':
        return { kind: 'error', value: t.value };
      case 'ref':
        return { kind: 'ref', ref: t };
      case 'function': {
        this.pos++; // "("
        const args: FormulaNode[] = [];
        if (this.peek()?.text === ')') {
          this.pos++;
          return { kind: 'call', name: t.name, args };
        }
        for (;;) {
          const next = this.peek();
          // An empty argument, as in F(A1,,B1), is passed as "".
          args.push(
            next && next.type === 'punct' && (this.separators.includes(next.text) || next.text === ')') ? { kind: 'string', value: '' } : this.expression(),
          );
          const sep = this.tokens[this.pos++];
          if (sep?.text === ')') break;
          if (sep?.type === 'punct' && sep.text === this.foreignSeparator) this.syntaxError ??= `"${sep.text}" between the arguments of ${t.name}`;
          if (!sep || !this.separators.includes(sep.text)) return { kind: 'unsupported', reason: `bad argument list of ${t.name}` };
        }
        return { kind: 'call', name: t.name, args };
      }
      case 'punct':
        if (t.text === '(') {
          const inner = this.expression();
          if (this.tokens[this.pos++]?.text !== ')') return { kind: 'unsupported', reason: 'unbalanced parentheses' };
          return inner;
        }
        if (t.text === '{') {
          // An array literal (SPARKLINE options): skipped to its end, not evaluated.
          let depth = 1;
          while (depth > 0 && this.pos < this.tokens.length) {
            const x = this.tokens[this.pos++]!;
            if (x.text === '{') depth++;
            if (x.text === '}') depth--;
          }
          return { kind: 'array' };
        }
        return { kind: 'unsupported', reason: `unexpected ${t.text}` };
      case 'name':
        return { kind: 'name', name: t.text };
      default:
        return { kind: 'unsupported', reason: `unexpected ${t.text}` };
    }
  }
}

/** The reason of the first part of a tree the parser could not read, or null. */
function firstFailure(node: FormulaNode): string | null {
  switch (node.kind) {
    case 'unsupported':
    case 'syntaxError':
      return node.reason;
    case 'negate':
    case 'percent':
      return firstFailure(node.arg);
    case 'binary':
      return firstFailure(node.left) ?? firstFailure(node.right);
    case 'call':
      for (const a of node.args) {
        const f = firstFailure(a);
        if (f !== null) return f;
      }
      return null;
    default:
      return null;
  }
}

/**
 * Parses a formula, with or without its leading "=", in a syntax (default: English, the syntax of
 * formulas a script sets on cells). Arguments are separated by "," with a decimal point and by ";"
 * with a decimal comma, and only so (see FormulaSyntax).
 */
export function parseFormula(formula: string, syntax: FormulaSyntax = EN_SYNTAX): FormulaNode {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  const [separator, foreign] = syntax.decimalSeparator === ',' ? [';', ','] : [',', ';'];
  return new Parser(
    tokenize(body, syntax).filter((t) => t.type !== 'space'),
    [separator],
    foreign,
  ).parse();
}

/** True when the tree contains no part the parser could not read. */
export function isWellFormed(node: FormulaNode): boolean {
  switch (node.kind) {
    case 'unsupported':
    case 'syntaxError':
      return false;
    case 'negate':
    case 'percent':
      return isWellFormed(node.arg);
    case 'binary':
      return isWellFormed(node.left) && isWellFormed(node.right);
    case 'call':
      return node.args.every(isWellFormed);
    default:
      return true;
  }
}

// ----------------------------------------------------------------------------------------------
// Rewriting references when rows or columns are inserted or deleted

export interface Shift {
  /** The sheet whose rows or columns move. */
  sheet: string;
  dimension: 'ROWS' | 'COLUMNS';
  /** The first row/column that moves. */
  at: number;
  /** How far: positive when inserting, negative when deleting (-n deletes rows at..at+n-1). */
  by: number;
}

function shiftBounds(start: number | null, end: number | null, shift: Shift): [number | null, number | null] | null {
  const move = (p: number) => (p >= shift.at ? p + shift.by : p);
  if (shift.by > 0) return [start === null ? null : move(start), end === null ? null : move(end)];
  const first = shift.at;
  const last = shift.at - shift.by - 1;
  const s = start ?? 1;
  const e = end ?? Number.POSITIVE_INFINITY;
  if (s >= first && e <= last) return null; // the whole reference was deleted
  const newStart = start === null ? null : start < first ? start : start > last ? start + shift.by : first;
  const newEnd = end === null ? null : end < first ? end : end > last ? end + shift.by : first - 1;
  return [newStart, newEnd];
}

function partText(part: CellPart): string {
  return `${part.col === null ? '' : `${part.colAbsolute ? '$' : ''}${columnLetters(part.col)}`}${part.row === null ? '' : `${part.rowAbsolute ? '$' : ''}${part.row}`}`;
}

/**
 * A formula of sheet `formulaSheet` with its references to the shifted sheet moved, as Sheets
 * rewrites formulas when rows or columns are inserted or deleted. A reference whose cells were all
 * deleted becomes #REF!.
 */
export function shiftFormula(formula: string, formulaSheet: string, shift: Shift): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  const tokens = tokenize(body);
  let changed = false;
  const out = tokens.map((t) => {
    if (t.type !== 'ref') return t.text;
    const target = t.sheet ?? formulaSheet;
    if (target.toLowerCase() !== shift.sheet.toLowerCase()) return t.text;
    const end = t.end ?? t.start;
    const key = shift.dimension === 'ROWS' ? 'row' : 'col';
    const bounds = shiftBounds(t.start[key], end[key], shift);
    changed = true;
    if (!bounds) return '#REF!';
    const start = { ...t.start, [key]: bounds[0] };
    const prefix = t.sheetText === null ? '' : `${t.sheetText}!`;
    if (!t.end) return `${prefix}${partText(start)}`;
    return `${prefix}${partText(start)}:${partText({ ...t.end, [key]: bounds[1] })}`;
  });
  return changed ? `=${out.join('')}` : formula;
}

/** A formula with every reference to one sheet renamed (Sheet.setName updates formulas that name it). */
export function renameSheetInFormula(formula: string, from: string, to: string): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  let changed = false;
  const out = tokenize(body).map((t) => {
    if (t.type !== 'ref' || t.sheet === null || t.sheet.toLowerCase() !== from.toLowerCase()) return t.text;
    changed = true;
    return `${quoteSheetName(to)}!${t.text.slice(t.sheetText!.length + 1)}`;
  });
  return changed ? `=${out.join('')}` : formula;
}

/**
 * A formula moved by (rows, cols), relative references following and absolute ($) ones staying,
 * as when one formula is set on a multi-cell range (Range.setFormula) or filled down.
 */
export function offsetFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  const move = (p: CellPart): CellPart => ({
    ...p,
    row: p.row === null || p.rowAbsolute ? p.row : p.row + rows,
    col: p.col === null || p.colAbsolute ? p.col : p.col + cols,
  });
  const out = tokenize(body).map((t) => {
    if (t.type !== 'ref') return t.text;
    const start = move(t.start);
    const end = t.end ? move(t.end) : null;
    if (
      (start.row !== null && start.row < 1) ||
      (start.col !== null && start.col < 1) ||
      (end && ((end.row !== null && end.row < 1) || (end.col !== null && end.col < 1)))
    )
      return '#REF!';
    const prefix = t.sheetText === null ? '' : `${t.sheetText}!`;
    return end ? `${prefix}${partText(start)}:${partText(end)}` : `${prefix}${partText(start)}`;
  });
  return `=${out.join('')}`;
}

/** A formula with every reference to a deleted sheet replaced by #REF!, as Sheets does. */
export function dropSheetFromFormula(formula: string, sheet: string): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  let changed = false;
  const out = tokenize(body).map((t) => {
    if (t.type !== 'ref' || t.sheet === null || t.sheet.toLowerCase() !== sheet.toLowerCase()) return t.text;
    changed = true;
    return '#REF!';
  });
  return changed ? `=${out.join('')}` : formula;
}
