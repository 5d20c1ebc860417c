// A1 notation for issues and reports: 1-based row and column, as Sheets counts them.

/** 1 → A, 26 → Z, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** `P12` → { row: 12, column: 16 }; null for anything but one cell in plain A1 notation. */
export function cellPosition(cell: string): { row: number; column: number } | null {
  const m = /^([A-Z]+)([0-9]+)$/.exec(cell);
  if (!m) return null;
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}
