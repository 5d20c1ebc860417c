// A1 notation as Sheets reads it: `A1`, `A1:B2`, `$A$1`, whole columns `A:C`, whole rows `3:5`,
// open-ended `A7:A` (row 7 down to the last row), columns beyond Z (`AA`, `ZZZ`), and a sheet
// prefix `Sheet1!A1:B2` or `'My sheet'!A1` (a quote inside a quoted name is doubled). A missing
// bound means "unbounded on that side", as in the Sheets API's GridRange
// (developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#GridRange).

/** Sheets' largest column, ZZZ (18,278). */
export const MAX_COLUMNS = 18_278;

/** A rectangle of a sheet, 1-based; null = unbounded on that side. */
export interface Area {
  startRow: number | null;
  startCol: number | null;
  endRow: number | null;
  endCol: number | null;
}

export interface AreaRef {
  /** The sheet named before `!`, unquoted; null when the notation names none. */
  sheet: string | null;
  area: Area;
}

export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A sheet name as it must appear before `!`: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

interface Part {
  col: number | null;
  row: number | null;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?([0-9]+)?$/;

function parsePart(text: string): Part | null {
  const m = PART.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const col = m[1] === undefined ? null : columnNumber(m[1]);
  const row = m[2] === undefined ? null : Number(m[2]);
  if (col !== null && col > MAX_COLUMNS) return null;
  if (row !== null && row < 1) return null;
  return { col, row };
}

/** Splits `Sheet!A1:B2` into the sheet name (unquoted) and the rest; null when the quoting is broken. */
export function splitSheetPrefix(text: string): { sheet: string | null; rest: string } | null {
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i++;
    }
    if (text[i] !== "'" || text[i + 1] !== '!') return null;
    return { sheet: name, rest: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheet: null, rest: text };
  return { sheet: text.slice(0, bang), rest: text.slice(bang + 1) };
}

/** Parses A1 notation; null when it is not a valid reference. */
export function parseA1(text: string): AreaRef | null {
  const split = splitSheetPrefix(text.trim());
  if (!split || split.sheet === '') return null;
  const pieces = split.rest.split(':');
  if (pieces.length > 2) return null;
  const first = parsePart(pieces[0] ?? '');
  if (!first) return null;
  if (pieces.length === 1) {
    // A lone part must be a cell: "A" or "3" alone is not a range.
    if (first.col === null || first.row === null) return null;
    return { sheet: split.sheet, area: { startRow: first.row, startCol: first.col, endRow: first.row, endCol: first.col } };
  }
  const second = parsePart(pieces[1] ?? '');
  if (!second) return null;
  // "A:3" mixes a column with a row: not a range.
  if ((first.col === null && second.row === null) || (first.row === null && second.col === null)) return null;
  let area: Area = { startRow: first.row, startCol: first.col, endRow: second.row, endCol: second.col };
  // A whole row (3:5) is unbounded in columns; a whole column (A:C) is unbounded in rows.
  if (first.col === null && second.col === null) area = { ...area, startCol: null, endCol: null };
  if (first.row === null && second.row === null) area = { ...area, startRow: null, endRow: null };
  return { sheet: split.sheet, area: normalize(area) };
}

function normalize(area: Area): Area {
  const out = { ...area };
  if (out.startRow !== null && out.endRow !== null && out.startRow > out.endRow) [out.startRow, out.endRow] = [out.endRow, out.startRow];
  if (out.startCol !== null && out.endCol !== null && out.startCol > out.endCol) [out.startCol, out.endCol] = [out.endCol, out.startCol];
  return out;
}

/** A1 notation of an area, the way Range.getA1Notation writes it ("A1", "A1:B2", "A:C", "A7:A", "3:5"). */
export function formatA1(area: Area): string {
  const { startRow, startCol, endRow, endCol } = area;
  if (startRow !== null && startRow === endRow && startCol !== null && startCol === endCol) return `${columnLetters(startCol)}${startRow}`;
  const start = `${startCol === null ? '' : columnLetters(startCol)}${startRow ?? ''}`;
  const end = `${endCol === null ? '' : columnLetters(endCol)}${endRow ?? ''}`;
  return `${start}:${end}`;
}
