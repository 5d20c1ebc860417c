// The very hidden `_okr_metadata` sheet of a saved workbook: JSON, cut into cells of column A,
// holding what an .xlsx file has no place for (see ../xlsx.ts). Rule values that are not JSON
// (Dates, ranges, enum members) are tagged.
import type ExcelJS from 'exceljs';
import { formatA1, parseA1, quoteSheetName } from '../a1';
import {
  BooleanCriteria,
  DataValidationCriteria,
  InterpolationType,
  member,
  RelativeDate,
  type BooleanCriteriaName,
  type DataValidationCriteriaName,
  type InterpolationTypeName,
} from '../enums';
import { EnumValue } from '../membrane';
import { isDate } from '../realm';
import type { BooleanSpec, GradientPoint, GradientSpec, RuleSpec } from '../spreadsheet/ConditionalFormat';
import type { ValidationSpec } from '../spreadsheet/DataValidation';
import { LocalRange } from '../spreadsheet/Range';
import { ChartType, LocalEmbeddedChart, type ChartTypeName } from '../spreadsheet/Chart';
import type { LocalSheet } from '../spreadsheet/Sheet';
import type { LocalSpreadsheet } from '../spreadsheet/Spreadsheet';

/** The very hidden sheet that keeps what xlsx cannot. */
export const STATE_SHEET = '_okr_metadata';

export const STATE_FORMAT = 'okr-sheets-local-runtime';
export const STATE_VERSION = 1;
/** Excel's limit on the text of one cell is 32,767 characters. */
export const STATE_CHUNK = 30_000;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface SheetState {
  name: string;
  xlsxName: string;
  sheetId: number;
  maxRows: number;
  maxColumns: number;
  notes: [string, string][];
  spills: { anchor: string; formula: string; rows: number; cols: number }[];
  validations: { ranges: string[]; xlsxType: string; spec: Json }[];
  conditionalFormats: { fingerprint: string; rules: Json[] } | null;
  /** Embedded charts (spreadsheet/Chart.ts `ChartSpecState`); absent in files saved before charts. */
  charts?: Json[];
}

export interface WorkbookState {
  format: typeof STATE_FORMAT;
  version: number;
  id: string;
  locale: string;
  timeZone: string;
  documentProperties: Record<string, string>;
  /** `sheet` is the xlsx name of the sheet the metadata is on, null for the spreadsheet. */
  metadata: { id: number; key: string; value: string | null; visibility: string; sheet: string | null }[];
  sheets: SheetState[];
}

/** A rule value as JSON: Dates, ranges and enum members are tagged. */
export function encodeValue(v: unknown): Json {
  if (isDate(v)) return { $date: v.toISOString() };
  if (v instanceof LocalRange) return { $range: `${quoteSheetName(v.sheet.name)}!${v.getA1Notation()}` };
  if (v instanceof EnumValue) return { $enum: v.enumName, name: v.name };
  if (Array.isArray(v)) return v.map(encodeValue);
  if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return v;
  return String(v);
}

export function decodeValue(v: Json, ss: LocalSpreadsheet): unknown {
  if (Array.isArray(v)) return v.map((x) => decodeValue(x, ss));
  if (v !== null && typeof v === 'object') {
    if (typeof v.$date === 'string') return new Date(v.$date);
    if (typeof v.$range === 'string') return rangeFromA1(ss, v.$range, null);
    if (v.$enum === 'RelativeDate' && typeof v.name === 'string' && v.name in RelativeDate) return member(RelativeDate, v.name as keyof typeof RelativeDate);
    return null;
  }
  return v;
}

export function rangeFromA1(ss: LocalSpreadsheet, a1: string, defaultSheet: LocalSheet | null): LocalRange | null {
  const ref = parseA1(a1);
  if (!ref) return null;
  const sheet = ref.sheet === null ? defaultSheet : ss.findSheet(ref.sheet);
  if (!sheet) return null;
  try {
    return sheet.rangeFromArea(ref.area);
  } catch {
    return null;
  }
}

export function readState(ws: ExcelJS.Worksheet | undefined): WorkbookState | null {
  if (!ws) return null;
  let text = '';
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, 1).value;
    if (typeof v === 'string') text += v;
  }
  try {
    const state = JSON.parse(text) as WorkbookState;
    return state.format === STATE_FORMAT && state.version === STATE_VERSION ? state : null;
  } catch {
    return null;
  }
}

export function decodeValidation(json: Json, ss: LocalSpreadsheet): ValidationSpec | null {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
  const criteria = json.criteria;
  if (typeof criteria !== 'string' || !(criteria in DataValidationCriteria)) return null;
  return {
    criteria: criteria as DataValidationCriteriaName,
    values: Array.isArray(json.values) ? json.values.map((v) => decodeValue(v, ss)) : [],
    allowInvalid: json.allowInvalid === true,
    helpText: typeof json.helpText === 'string' ? json.helpText : null,
  };
}

export function encodeRule(rule: RuleSpec): Json {
  return {
    ranges: rule.ranges.map((r) => r.getA1Notation()),
    boolean: rule.boolean ? ({ ...rule.boolean, values: rule.boolean.values.map(encodeValue) } as unknown as Json) : null,
    gradient: rule.gradient as unknown as Json,
  };
}

export function decodeRule(json: Json, sheet: LocalSheet): RuleSpec | null {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
  const ranges = (Array.isArray(json.ranges) ? json.ranges : [])
    .map((a1) => rangeFromA1(sheet.spreadsheet, String(a1), sheet))
    .filter((r): r is LocalRange => r !== null);
  const b = json.boolean;
  if (b !== null && typeof b === 'object' && !Array.isArray(b) && typeof b.criteria === 'string' && b.criteria in BooleanCriteria) {
    const boolean: BooleanSpec = {
      criteria: b.criteria as BooleanCriteriaName,
      values: Array.isArray(b.values) ? b.values.map((v) => decodeValue(v, sheet.spreadsheet)) : [],
      background: typeof b.background === 'string' ? b.background : null,
      fontColor: typeof b.fontColor === 'string' ? b.fontColor : null,
      bold: typeof b.bold === 'boolean' ? b.bold : null,
      italic: typeof b.italic === 'boolean' ? b.italic : null,
      strikethrough: typeof b.strikethrough === 'boolean' ? b.strikethrough : null,
      underline: typeof b.underline === 'boolean' ? b.underline : null,
    };
    return { ranges, boolean, gradient: null };
  }
  const g = json.gradient;
  if (g !== null && typeof g === 'object' && !Array.isArray(g)) {
    const point = (p: Json | undefined): GradientPoint | null =>
      p !== null && typeof p === 'object' && !Array.isArray(p) && typeof p.color === 'string' && typeof p.type === 'string' && p.type in InterpolationType
        ? { color: p.color, type: p.type as InterpolationTypeName, value: String(p.value ?? '') }
        : null;
    const gradient: GradientSpec = { min: point(g.min), mid: point(g.mid), max: point(g.max) };
    return gradient.min && gradient.max ? { ranges, boolean: null, gradient } : null;
  }
  return null;
}

/** Cells of a sheet grouped into column runs ("B2:B9"), for compact state records. */
export function columnRuns(cells: [number, number][]): string[] {
  const byColumn = new Map<number, number[]>();
  for (const [r, c] of cells) byColumn.set(c, [...(byColumn.get(c) ?? []), r]);
  const runs: string[] = [];
  for (const [c, rows] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let start = rows[0]!;
    let prev = start;
    for (const r of [...rows.slice(1), Number.NaN]) {
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      runs.push(formatA1({ startRow: start, startCol: c, endRow: prev, endCol: c }));
      start = r;
      prev = r;
    }
  }
  return runs;
}

/** Adds the state sheet, very hidden, with the state as JSON in as many cells of column A as it needs. */
export function writeState(wb: ExcelJS.Workbook, state: WorkbookState): void {
  const sheet = wb.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
  const text = JSON.stringify(state);
  for (let i = 0, row = 1; i < text.length || row === 1; i += STATE_CHUNK, row++) sheet.getCell(row, 1).value = text.slice(i, i + STATE_CHUNK);
}

/** A chart kept in the state sheet, back on its sheet; null when the record is not one. */
export function decodeChart(json: Json, sheet: LocalSheet): LocalEmbeddedChart | null {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
  const num = (v: Json | undefined, d: number) => (typeof v === 'number' ? v : d);
  const type = typeof json.type === 'string' && json.type in ChartType ? (json.type as ChartTypeName) : null;
  const ranges = (Array.isArray(json.ranges) ? json.ranges : [])
    .map((a1) => rangeFromA1(sheet.spreadsheet, String(a1), sheet))
    .filter((r): r is LocalRange => r !== null);
  const options = json.options !== null && typeof json.options === 'object' && !Array.isArray(json.options) ? (json.options as Record<string, unknown>) : {};
  const chart = new LocalEmbeddedChart(
    sheet,
    type,
    ranges,
    options,
    { anchorRow: num(json.anchorRow, 1), anchorColumn: num(json.anchorColumn, 1), offsetX: num(json.offsetX, 0), offsetY: num(json.offsetY, 0) },
    num(json.numHeaders, -1),
  );
  chart.id = num(json.id, 0) || null;
  return chart;
}
