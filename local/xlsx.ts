// Loading and saving .xlsx workbooks (what Google Sheets' File → Download → Microsoft Excel gives
// and File → Import takes) with exceljs.
//
// Kept in the xlsx itself, readable by Excel, LibreOffice and Google Sheets: values (numbers,
// text, booleans, dates), formulas with their last results, background fills, font colour, bold,
// italic, strikethrough, underline, size and family, number formats, alignment, wrapping, text
// direction, frozen rows and columns, right-to-left sheets, hidden gridlines, column widths, row
// heights, data validation, conditional formatting (cell-value, text, formula and colour-scale
// rules), sheet order, tab colours, hidden sheets and the active sheet.
//
// Kept in a very hidden sheet named `_okr_metadata` (JSON text in column A), because xlsx has no
// place for them: developer metadata (so that a second run on a saved file still recognises the
// add-on's tabs), document properties (so that settings survive a save and load), the spreadsheet's
// id, locale and time zone, sheet ids and full names (an xlsx sheet name has at most 31 characters),
// grid sizes, notes (exceljs does not read them back), which cells hold spilled formula results,
// and the exact Apps Script form of validation and conditional-format rules that xlsx can only
// approximate (a checkbox, "text contains", a rule on relative dates). Those exact forms are used
// only while the xlsx still has the rules they were written with, so a rule edited in another
// program is read from the xlsx. Google Sheets imports the state sheet as an ordinary hidden sheet.
import ExcelJS from 'exceljs';
import { basename, extname } from 'node:path';
import { columnLetters, formatA1, parseA1 } from './a1';
import { argbToColor, colorToArgb } from './colors';
import { isDateTimeFormat } from './numberFormat';
import { SerialDate, type Cell, type Stored } from './spreadsheet/cells';
import type { RuleSpec } from './spreadsheet/ConditionalFormat';
import type { ValidationSpec } from './spreadsheet/DataValidation';
import type { MetadataEntry } from './spreadsheet/DeveloperMetadata';
import type { LocalRange } from './spreadsheet/Range';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS, DEFAULT_ROW_HEIGHT, type LocalSheet } from './spreadsheet/Sheet';
import { LocalSpreadsheet, type SpreadsheetOptions } from './spreadsheet/Spreadsheet';
import { fromXlsxRule, isExactRule, ruleFingerprint, toXlsxRule } from './workbook/conditionalFormats';
import {
  columnRuns,
  decodeChart,
  type Json,
  decodeRule,
  decodeValidation,
  encodeRule,
  encodeValue,
  rangeFromA1,
  readState,
  STATE_FORMAT,
  STATE_SHEET,
  STATE_VERSION,
  writeState,
  type SheetState,
  type WorkbookState,
} from './workbook/state';
import { charsToPx, formatFromStyle, pointsToPx, pxToChars, pxToPoints, readCell, styleFromFormat, writeValue } from './workbook/styles';
import { fromXlsxValidation, toXlsxValidation, xlsxTypeOf } from './workbook/validation';

export { STATE_SHEET };

/** Name (default: the file's name), locale and time zone for a workbook whose state sheet does not give them. */
export type LoadOptions = Omit<SpreadsheetOptions, 'id'>;

/** Opens an .xlsx file (or its bytes) as a spreadsheet of the local runtime. */
export async function loadWorkbook(source: string | Buffer | Uint8Array, options: LoadOptions = {}): Promise<LocalSpreadsheet> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === 'string') await wb.xlsx.readFile(source);
  // exceljs declares its own Buffer type (an ArrayBuffer); Node's Buffer is what it reads at run time.
  else await wb.xlsx.load((Buffer.isBuffer(source) ? source : Buffer.from(source)) as unknown as ExcelJS.Buffer);
  const worksheets = wb.worksheets;
  const stateSheet = worksheets.find((w) => w.name === STATE_SHEET);
  const state = readState(stateSheet);
  const name = options.name ?? (typeof source === 'string' ? basename(source, extname(source)) : undefined);
  const ss = new LocalSpreadsheet({
    ...(name === undefined ? {} : { name }),
    ...(state ? { id: state.id } : {}),
    locale: state?.locale ?? options.locale,
    timeZone: state?.timeZone ?? options.timeZone,
  });
  const sheetStates: (SheetState | undefined)[] = [];
  // A sheet that merely has the state sheet's name but not its content is the user's: keep it.
  const ordered = worksheets.filter((w) => !(state && w === stateSheet));
  ordered.forEach((ws, index) => {
    const saved = state?.sheets.find((s) => s.xlsxName === ws.name);
    sheetStates.push(saved);
    const sheet = ss.addSheet(saved?.name ?? ws.name, index, saved?.sheetId ?? (index === 0 ? 0 : undefined));
    readSheet(ws, sheet, saved);
  });
  if (ss.sheets.length === 0) ss.addSheet('Sheet1');
  if (state)
    applyState(
      ss,
      state,
      sheetStates,
      ordered.map((w) => w.name),
    );
  const active = ss.sheets[wb.views?.[0]?.activeTab ?? 0];
  if (active && !active.hidden) ss.activateSheet(active);
  ss.touch();
  return ss;
}

function readSheet(ws: ExcelJS.Worksheet, sheet: LocalSheet, saved: SheetState | undefined): void {
  sheet.hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
  sheet.tabColor = argbToColor(ws.properties?.tabColor?.argb);
  // A sheet written without views has none (exceljs reads them as null).
  const view = (ws.views as typeof ws.views | null)?.[0];
  if (view) {
    sheet.rightToLeft = Boolean(view.rightToLeft);
    sheet.hiddenGridlines = view.showGridLines === false;
    if (view.state === 'frozen') {
      sheet.frozenRows = view.ySplit ?? 0;
      sheet.frozenColumns = view.xSplit ?? 0;
    }
  }
  // exceljs keeps a worksheet's merged areas in its model as A1 ranges ("A7:A9").
  const merges = (ws.model as { merges?: unknown }).merges;
  if (Array.isArray(merges)) for (const m of merges) if (typeof m === 'string') sheet.merges.push(m);
  sheet.maxRows = saved?.maxRows ?? Math.max(DEFAULT_MAX_ROWS, ws.rowCount);
  sheet.maxColumns = saved?.maxColumns ?? Math.max(DEFAULT_MAX_COLUMNS, ws.columnCount);
  // What the file holds that this model keeps only for the saved copy: hidden rows and columns, the filter.
  if (ws.autoFilter) sheet.fileAutoFilter = ws.autoFilter;
  // Column definitions may reach past the last cell (a hidden empty column).
  const definedColumns = Math.max(ws.columnCount, (ws.columns as ExcelJS.Column[] | null)?.length ?? 0);
  for (let c = 1; c <= definedColumns; c++) if (ws.getColumn(c).hidden) sheet.hiddenColumns.add(c);
  for (let c = 1; c <= ws.columnCount; c++) {
    const width = ws.getColumn(c).width;
    if (width !== undefined) {
      const px = charsToPx(width);
      if (px !== DEFAULT_COLUMN_WIDTH) sheet.columnWidths.set(c, px);
    }
  }
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) sheet.hiddenRows.add(r);
    if (row.height !== undefined) {
      const px = pointsToPx(row.height);
      if (px !== DEFAULT_ROW_HEIGHT) sheet.rowHeights.set(r, px);
    }
    row.eachCell({ includeEmpty: true }, (xc, c) => {
      // exceljs repeats a merged area's value in every cell; Sheets keeps it in the top-left one only.
      const { value, formula } = xc.isMerged && xc.master !== xc ? { value: null, formula: null } : readCell(xc);
      const format = formatFromStyle(xc);
      const note = noteText(xc.note);
      const border = xc.border && Object.keys(xc.border).length > 0 ? xc.border : undefined;
      // Rich text and hyperlinks read as their text; the file's value is kept for the saved copy.
      const raw = xc.value;
      const rich =
        raw && typeof raw === 'object' && ('richText' in raw || 'hyperlink' in raw) && typeof value === 'string' ? { text: value, value: raw } : undefined;
      if (value === null && formula === null && Object.keys(format).length === 0 && note === null && !border) return;
      const cell = sheet.cells.ensure(r, c);
      cell.value = value;
      cell.formula = formula;
      cell.format = format;
      if (note !== null) cell.note = note;
      if (border || rich) cell.file = { ...(border ? { border } : {}), ...(rich ? { value: rich } : {}) };
      sheet.cells.compact(r, c);
    });
  });
  // exceljs reads validations into worksheet.dataValidations.model, one entry per cell, without typing it.
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
  for (const [address, dv] of Object.entries(model)) {
    if (!dv) continue;
    const ref = parseA1(address);
    if (!ref || ref.area.startRow === null || ref.area.startCol === null) continue;
    const spec = fromXlsxValidation(dv, sheet);
    if (!spec) continue;
    const cell = sheet.cells.ensure(ref.area.startRow, ref.area.startCol);
    cell.validation = spec;
  }
  readConditionalFormats(ws, sheet, saved);
}

function readConditionalFormats(ws: ExcelJS.Worksheet, sheet: LocalSheet, saved: SheetState | undefined): void {
  const loaded = (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
  const all = loaded.flatMap((cf) => cf.rules.map((rule) => ({ ref: cf.ref, rule })));
  all.sort((a, b) => (a.rule.priority ?? 0) - (b.rule.priority ?? 0));
  const fingerprint = JSON.stringify(all.map(({ ref, rule }) => ruleFingerprint(ref, rule)));
  if (saved?.conditionalFormats && saved.conditionalFormats.fingerprint === fingerprint) {
    sheet.conditionalFormats = saved.conditionalFormats.rules.map((json) => decodeRule(json, sheet)).filter((r): r is RuleSpec => r !== null);
    return;
  }
  const rules: RuleSpec[] = [];
  for (const { ref, rule } of all) {
    const ranges = ref
      .split(/\s+/)
      .map((a1) => rangeFromA1(sheet.spreadsheet, a1, sheet))
      .filter((r): r is LocalRange => r !== null && r.sheet === sheet);
    if (ranges.length === 0) continue;
    const spec = fromXlsxRule(rule, ranges);
    if (spec) rules.push(spec);
  }
  sheet.conditionalFormats = rules;
}

function applyState(ss: LocalSpreadsheet, state: WorkbookState, sheetStates: (SheetState | undefined)[], xlsxNames: string[]): void {
  for (const [k, v] of Object.entries(state.documentProperties)) ss.documentProperties.set(k, String(v));
  for (const m of state.metadata) {
    // By xlsx name, so that metadata stays with its sheet when another program reorders the tabs.
    const sheet = m.sheet === null ? null : ss.sheets[xlsxNames.indexOf(m.sheet)];
    if (m.sheet !== null && !sheet) continue;
    const visibility: MetadataEntry['visibility'] = m.visibility === 'PROJECT' ? 'PROJECT' : 'DOCUMENT';
    ss.addMetadata(sheet ? { type: 'SHEET', sheet } : { type: 'SPREADSHEET' }, { key: m.key, value: m.value, visibility }, m.id);
  }
  sheetStates.forEach((saved, i) => {
    const sheet = ss.sheets[i];
    if (!saved || !sheet) return;
    for (const json of saved.charts ?? []) {
      const chart = decodeChart(json, sheet);
      if (chart) sheet.charts.push(chart);
    }
    for (const [a1, note] of saved.notes) {
      const ref = parseA1(a1);
      if (ref?.area.startRow && ref.area.startCol) sheet.cells.ensure(ref.area.startRow, ref.area.startCol).note = note;
    }
    for (const spill of saved.spills) {
      const ref = parseA1(spill.anchor);
      if (!ref?.area.startRow || !ref.area.startCol) continue;
      const row = ref.area.startRow;
      const col = ref.area.startCol;
      const anchor = sheet.cells.get(row, col);
      if (!anchor || anchor.formula !== spill.formula) continue;
      // The spilled values were written as plain values for other programs; here they are the
      // formula's result again, not content of their own.
      const values: (Stored | null)[][] = [];
      for (let i = 0; i < spill.rows; i++) {
        const line: (Stored | null)[] = [];
        for (let j = 0; j < spill.cols; j++) {
          if (i === 0 && j === 0) {
            line.push(anchor.value);
            continue;
          }
          const cell = sheet.cells.get(row + i, col + j);
          line.push(cell?.formula ? null : (cell?.value ?? null));
          if (cell && !cell.formula) {
            cell.value = null;
            sheet.cells.compact(row + i, col + j);
          }
        }
        values.push(line);
      }
      sheet.cachedSpills.set(`${row},${col}`, { formula: spill.formula, values });
    }
    for (const v of saved.validations) {
      const spec = decodeValidation(v.spec, ss);
      if (!spec) continue;
      for (const a1 of v.ranges) {
        const range = rangeFromA1(ss, a1, sheet);
        if (!range) continue;
        for (let r = range.row; r <= range.lastRow; r++) {
          for (let c = range.column; c <= range.lastColumn; c++) {
            const cell = sheet.cells.get(r, c);
            // Only where the xlsx still has the rule this was written with.
            if (cell?.validation && xlsxTypeOf(cell.validation) === v.xlsxType) cell.validation = spec;
          }
        }
      }
    }
  });
}

/** A name Excel accepts (at most 31 characters, none of : \ / ? * [ ]), unique regardless of case. */
function xlsxSheetName(name: string, used: Set<string>): string {
  let base =
    name
      .replace(/[:\\/?*[\]]/g, '_')
      .replace(/^'+|'+$/g, '')
      .slice(0, 31) || 'Sheet';
  if (base.toLowerCase() === STATE_SHEET.toLowerCase()) base = `${base}_`;
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  used.add(candidate.toLowerCase());
  return candidate;
}

/** Builds the exceljs workbook of a spreadsheet. */
export function toExcelWorkbook(ss: LocalSpreadsheet): ExcelJS.Workbook {
  ss.ensureCalculated();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OKR Sheets local runtime';
  const used = new Set<string>([STATE_SHEET.toLowerCase()]);
  const sheetStates: SheetState[] = [];
  const xlsxNames = new Map<LocalSheet, string>();
  const tz = ss.timeZone;
  for (const sheet of ss.sheets) {
    const xlsxName = xlsxSheetName(sheet.name, used);
    xlsxNames.set(sheet, xlsxName);
    const ws = wb.addWorksheet(xlsxName, {
      state: sheet.hidden ? 'hidden' : 'visible',
      properties: sheet.tabColor ? { tabColor: { argb: colorToArgb(sheet.tabColor) } } : {},
      views: [
        sheet.frozenRows > 0 || sheet.frozenColumns > 0
          ? { state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows, rightToLeft: sheet.rightToLeft, showGridLines: !sheet.hiddenGridlines }
          : { state: 'normal', rightToLeft: sheet.rightToLeft, showGridLines: !sheet.hiddenGridlines },
      ],
    });
    sheetStates.push(writeSheet(ws, sheet, xlsxName, tz));
    for (const area of sheet.merges) ws.mergeCells(area);
  }
  const state: WorkbookState = {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    id: ss.id,
    locale: ss.locale,
    timeZone: ss.timeZone,
    documentProperties: Object.fromEntries(ss.documentProperties),
    metadata: ss.metadata.map((m) => ({
      id: m.id,
      key: m.key,
      value: m.value,
      visibility: m.visibility,
      sheet: m.location.type === 'SHEET' ? (xlsxNames.get(m.location.sheet) ?? null) : null,
    })),
    sheets: sheetStates,
  };
  writeState(wb, state);
  const active = ss.sheets.indexOf(ss.getActiveSheet());
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, active), visibility: 'visible' }];
  return wb;
}

/** An exceljs note (text, or rich text runs) as plain text; null for none. */
function noteText(note: ExcelJS.Cell['note'] | undefined): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note === '' ? null : note;
  const texts = (note as { texts?: { text?: string }[] }).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') || null : null;
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: LocalSheet, xlsxName: string, tz: string): SheetState {
  for (const [c, px] of sheet.columnWidths) ws.getColumn(c).width = pxToChars(px);
  for (const [r, px] of sheet.rowHeights) ws.getRow(r).height = pxToPoints(px);
  for (const c of sheet.hiddenColumns) ws.getColumn(c).hidden = true;
  for (const r of sheet.hiddenRows) ws.getRow(r).hidden = true;
  if (sheet.fileAutoFilter) ws.autoFilter = sheet.fileAutoFilter as ExcelJS.AutoFilter;
  const notes: [string, string][] = [];
  const special = new Map<ValidationSpec, { xlsxType: string; cells: [number, number][] }>();
  const cells = [...sheet.cells.entries()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [r, c, cell] of cells) writeCell(ws.getCell(r, c), cell, tz, r, c, special);
  for (const [r, c, cell] of cells) if (cell.note !== null) notes.push([`${columnLetters(c)}${r}`, cell.note]);
  for (const [r, c, cell] of cells) if (cell.note !== null) ws.getCell(r, c).note = cell.note;
  const spills: SheetState['spills'] = [];
  for (const area of sheet.spillAreas.values()) {
    const anchor = sheet.cells.get(area.row, area.col);
    if (!anchor?.formula) continue;
    spills.push({ anchor: `${columnLetters(area.col)}${area.row}`, formula: anchor.formula, rows: area.rows, cols: area.cols });
    for (let i = 0; i < area.rows; i++) {
      for (let j = 0; j < area.cols; j++) {
        if (i === 0 && j === 0) continue;
        const v = sheet.spill.get(area.row + i)?.get(area.col + j);
        if (v === undefined) continue;
        const target = ws.getCell(area.row + i, area.col + j);
        target.value = writeValue(v);
        if (v instanceof SerialDate && !sheet.cells.get(area.row + i, area.col + j)?.format.numberFormat) target.numFmt = 'yyyy-mm-dd';
      }
    }
  }
  const rules = sheet.conditionalFormats;
  const written: { ref: string; rule: ExcelJS.ConditionalFormattingRule }[] = [];
  let exact = true;
  rules.forEach((rule, i) => {
    const xlsxRule = toXlsxRule(rule, i + 1, tz);
    if (!xlsxRule) {
      exact = false;
      return;
    }
    const ref = rule.ranges.map((r) => formatA1({ startRow: r.row, startCol: r.column, endRow: r.lastRow, endCol: r.lastColumn })).join(' ');
    ws.addConditionalFormatting({ ref, rules: [xlsxRule] });
    written.push({ ref, rule: xlsxRule });
    if (!isExactRule(rule)) exact = false;
  });
  return {
    name: sheet.name,
    xlsxName,
    sheetId: sheet.sheetId,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    notes,
    spills,
    validations: [...special].map(([spec, { xlsxType, cells: at }]) => ({
      ranges: columnRuns(at),
      xlsxType,
      spec: { criteria: spec.criteria, values: spec.values.map(encodeValue), allowInvalid: spec.allowInvalid, helpText: spec.helpText },
    })),
    conditionalFormats: exact
      ? null
      : { fingerprint: JSON.stringify(written.map(({ ref, rule }) => ruleFingerprint(ref, rule))), rules: rules.map(encodeRule) },
    // exceljs cannot write charts: their specs stay here, for the runtime (and the HTML report) to read back.
    charts: sheet.charts.map((c) => c.toState() as unknown as Json),
  };
}

function writeCell(
  target: ExcelJS.Cell,
  cell: Cell,
  tz: string,
  r: number,
  c: number,
  special: Map<ValidationSpec, { xlsxType: string; cells: [number, number][] }>,
): void {
  const resultIsDate = cell.value instanceof SerialDate;
  if (cell.formula !== null) {
    const result = writeValue(cell.value);
    target.value = { formula: cell.formula.slice(1), ...(result === null ? {} : { result: result as number | string | boolean | Date }) };
  } else if (cell.value !== null) {
    // A number in a date format stays a number: the format makes it a date in every program.
    target.value = writeValue(cell.value);
    if (typeof cell.value === 'number' && isDateTimeFormat(cell.format.numberFormat)) target.numFmt = cell.format.numberFormat!;
  }
  // The file's rich text or hyperlink, while the cell still shows its text; its border.
  if (cell.file?.value && cell.formula === null && cell.value === cell.file.value.text) target.value = cell.file.value.value as ExcelJS.CellValue;
  styleFromFormat(cell.format, target, resultIsDate);
  if (cell.file?.border) target.border = cell.file.border as Partial<ExcelJS.Borders>;
  if (cell.validation) {
    const mapped = toXlsxValidation(cell.validation, `${columnLetters(c)}${r}`, tz);
    if (mapped) {
      target.dataValidation = mapped.dv;
      if (!mapped.exact) {
        const entry = special.get(cell.validation) ?? { xlsxType: mapped.dv.type, cells: [] };
        entry.cells.push([r, c]);
        special.set(cell.validation, entry);
      }
    }
  }
}

/** Saves a spreadsheet as an .xlsx file. */
export async function saveWorkbook(ss: LocalSpreadsheet, path: string): Promise<void> {
  await toExcelWorkbook(ss).xlsx.writeFile(path);
}

/** The .xlsx bytes of a spreadsheet. */
export async function workbookToBuffer(ss: LocalSpreadsheet): Promise<Buffer> {
  return Buffer.from(await toExcelWorkbook(ss).xlsx.writeBuffer());
}
