// Cell formats and values between the runtime and exceljs.
import type ExcelJS from 'exceljs';
import { argbToColor, colorToArgb } from '../colors';
import { serialToUtcDate, utcDateToSerial } from '../dates';
import { DEFAULT_NUMBER_FORMAT } from '../numberFormat';
import { isDate } from '../realm';
import { SerialDate, type CellFormat, type Stored } from '../spreadsheet/cells';

// Sheets sizes are pixels; xlsx column widths are characters of the default font (7 px each plus
// 5 px of padding for Calibri 11) and row heights are points (3/4 of a pixel).
export const pxToChars = (px: number) => Math.round(((px - 5) / 7) * 100) / 100;
export const charsToPx = (chars: number) => Math.round(chars * 7 + 5);
export const pxToPoints = (px: number) => Math.round(px * 0.75 * 100) / 100;
export const pointsToPx = (pt: number) => Math.round(pt / 0.75);

// exceljs writes Calibri 11 where nothing is set; reading it back as a format would turn every
// cell's font into an explicit one.
export const XLSX_DEFAULT_FONT = { name: 'Calibri', size: 11 };

export function formatFromStyle(cell: ExcelJS.Cell): CellFormat {
  const format: CellFormat = {};
  if (cell.numFmt && cell.numFmt !== 'General' && cell.numFmt !== DEFAULT_NUMBER_FORMAT) format.numberFormat = cell.numFmt;
  const fill = cell.fill;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const color = argbToColor(fill.fgColor?.argb);
    if (color) format.background = color;
  }
  const font = cell.font;
  if (font) {
    const color = argbToColor(font.color?.argb);
    if (color) format.fontColor = color;
    if (font.bold) format.bold = true;
    if (font.italic) format.italic = true;
    if (font.strike) format.strikethrough = true;
    if (font.underline) format.underline = true;
    if (font.size !== undefined && font.size !== XLSX_DEFAULT_FONT.size) format.fontSize = font.size;
    if (font.name !== undefined && font.name !== XLSX_DEFAULT_FONT.name) format.fontFamily = font.name;
  }
  const al = cell.alignment;
  if (al) {
    if (al.horizontal === 'left' || al.horizontal === 'center' || al.horizontal === 'right') format.horizontalAlignment = al.horizontal;
    if (al.vertical === 'top' || al.vertical === 'middle' || al.vertical === 'bottom') format.verticalAlignment = al.vertical;
    if (al.wrapText) format.wrapStrategy = 'WRAP';
    else if (al.shrinkToFit) format.wrapStrategy = 'CLIP';
    if (al.readingOrder === 'rtl') format.textDirection = 'RIGHT_TO_LEFT';
    if (al.readingOrder === 'ltr') format.textDirection = 'LEFT_TO_RIGHT';
  }
  return format;
}

export function styleFromFormat(format: CellFormat, target: ExcelJS.Cell, resultIsDate: boolean): void {
  if (format.numberFormat) target.numFmt = format.numberFormat;
  else if (resultIsDate) target.numFmt = 'yyyy-mm-dd';
  if (format.background) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colorToArgb(format.background) } };
  const font: Partial<ExcelJS.Font> = {};
  if (format.fontColor) font.color = { argb: colorToArgb(format.fontColor) };
  if (format.bold) font.bold = true;
  if (format.italic) font.italic = true;
  if (format.strikethrough) font.strike = true;
  if (format.underline) font.underline = true;
  if (format.fontSize) font.size = format.fontSize;
  if (format.fontFamily) font.name = format.fontFamily;
  if (Object.keys(font).length > 0) target.font = font;
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (format.horizontalAlignment && format.horizontalAlignment !== 'general-left') alignment.horizontal = format.horizontalAlignment;
  if (format.horizontalAlignment === 'general-left') alignment.horizontal = 'left';
  if (format.verticalAlignment) alignment.vertical = format.verticalAlignment;
  if (format.wrapStrategy === 'WRAP') alignment.wrapText = true;
  if (format.textDirection) alignment.readingOrder = format.textDirection === 'RIGHT_TO_LEFT' ? 'rtl' : 'ltr';
  if (Object.keys(alignment).length > 0) target.alignment = alignment;
}

/** Google Sheets exports a function Excel lacks as IFERROR(__xludf.DUMMYFUNCTION("F(…)"), cached). */
export function unwrapGoogleExport(formula: string): string {
  const m = /^IFERROR\(__xludf\.DUMMYFUNCTION\("((?:[^"]|"")*)"\),/i.exec(formula);
  return m ? m[1]!.replace(/""/g, '"') : formula;
}

export function storedFromResult(result: unknown): Stored | null {
  if (result === null || result === undefined || result === '') return null;
  if (typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean') return result;
  if (isDate(result)) return utcDateToSerial(result);
  if (typeof result === 'object' && 'error' in result) return String((result as { error: unknown }).error);
  return String(result);
}

export function readCell(cell: ExcelJS.Cell): { value: Stored | null; formula: string | null } {
  const v = cell.value;
  if (v === null || v === undefined) return { value: null, formula: null };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v === '' ? null : v, formula: null };
  if (isDate(v)) return { value: utcDateToSerial(v), formula: null };
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) {
      const text = cell.formula ?? ('formula' in v ? v.formula : undefined);
      const result = storedFromResult((v as { result?: unknown }).result);
      return text ? { value: result, formula: `=${unwrapGoogleExport(text)}` } : { value: result, formula: null };
    }
    if ('richText' in v) return { value: v.richText.map((t) => t.text).join(''), formula: null };
    if ('hyperlink' in v) return { value: String(v.text), formula: null };
    if ('error' in v) return { value: v.error, formula: null };
  }
  return { value: String(v), formula: null };
}

/** A stored value for exceljs, which writes a Date as the serial number of its UTC day and time. */
export function writeValue(stored: Stored | null): ExcelJS.CellValue {
  if (stored === null) return null;
  if (stored instanceof SerialDate) return serialToUtcDate(stored.serial);
  return stored;
}
