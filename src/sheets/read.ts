// Reads an OKR sheet with one getValues() and hands the grid to the engine.
import { analyze, findHeader, HEADER_FOLLOW_ROWS, HEADER_SEARCH_ROWS, type AnalyzeOptions, type MergedArea } from '../core';
import type { Analysis, CellValue, ColumnKey, ColumnMapping, Settings } from '../core/model';
import { loadMapping, saveMapping } from './properties';
import { typedNumbers } from './dates';
import { rememberOkrColumns } from './editIndex';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface OkrSheet {
  sheet: Sheet;
  values: CellValue[][];
  /** Number formats of the same cells (they decide a key result's scale). */
  formats: string[][];
  mapping: ColumnMapping;
  /** The sheet's merged areas, for analysing the values again. */
  merges: MergedArea[];
  analysis: Analysis;
}

/** The saved mapping of an adopted sheet, or the header found by name. */
function mappingOf(sheet: Sheet, values: CellValue[][], shown: () => CellValue[][]): ColumnMapping | null {
  const saved = loadMapping(sheet);
  if (saved && !saved.headerTexts) return migrateByHeader(sheet, shown(), saved);
  return saved ?? findHeader(values);
}

/**
 * A mapping saved by position (before mappings kept their header texts) takes the texts now at
 * those positions and is saved again, so later reads follow the headers. A mapped column whose
 * header cell is blank keeps an empty text, which reads as a header that is gone: the user adopts
 * the sheet again before anything is written.
 */
function migrateByHeader(sheet: Sheet, shown: CellValue[][], saved: ColumnMapping): ColumnMapping {
  const header = shown[saved.headerRow - 1] ?? [];
  const headerTexts: Partial<Record<ColumnKey, string>> = {};
  for (const [key, c] of Object.entries(saved.columns) as [ColumnKey, number][]) {
    const v = header[c - 1];
    headerTexts[key] = v === null || v === undefined ? '' : String(v).trim();
  }
  const migrated = { ...saved, headerTexts };
  saveMapping(sheet, migrated);
  return migrated;
}

/**
 * Reads and analyses one sheet; null when it is not an OKR sheet (no header found, nothing saved).
 * `dates.asOf` is used when the sheet has no As of cell; `dates.measureAt` overrides it.
 */
export function readOkrSheet(sheet: Sheet, settings: Settings, dates: Pick<AnalyzeOptions, 'asOf' | 'measureAt'> = {}): OkrSheet | null {
  // getDataRange().getValues(): one read of everything, blanks as "" (Range.getValues reference).
  const range = sheet.getDataRange();
  const values = range.getValues() as CellValue[][];
  // Saved header texts are what the user saw (display values: a date header as shown), so the rows
  // the header can be in are read as displayed too, in one more batched read, only when needed.
  let shown: CellValue[][] | undefined;
  const shownRows = () => {
    if (!shown) {
      const rows = Math.min(values.length, Math.max(HEADER_SEARCH_ROWS, (loadMapping(sheet)?.headerRow ?? 0) + HEADER_FOLLOW_ROWS));
      shown = rows > 0 ? (sheet.getRange(1, 1, rows, Math.max(1, values[0]?.length ?? 1)).getDisplayValues() as CellValue[][]) : [];
    }
    return shown;
  };
  const mapping = mappingOf(sheet, values, shownRows);
  if (!mapping) return null;
  if (mapping.headerTexts || mapping.periodicTexts) shownRows();
  // Merged cells hold their value in the top-left cell only (Range.getValues); one more call gives
  // the merged areas, whose values continue into the rows they cover (Range.getMergedRanges).
  const merges = range.getMergedRanges().map((m) => ({ row: m.getRow(), column: m.getColumn(), numRows: m.getNumRows(), numColumns: m.getNumColumns() }));
  // The number formats tell a percent-formatted 0.18 (18 %) from a plain 0.18: one more batched read.
  const formats = range.getNumberFormats();
  // A Date cell is the day it shows in the spreadsheet's time zone (Spreadsheet.getSpreadsheetTimeZone).
  const timeZone = sheet.getParent().getSpreadsheetTimeZone();
  // Text numbers follow the spreadsheet's locale (a decimal comma in hu_HU).
  const numbers = typedNumbers(sheet.getParent());
  const analysis = analyze(values, { sheet: sheet.getName(), mapping, settings, merges, formats, timeZone, numbers, shown, ...dates });
  // The onEdit trigger learns where this sheet's Current and Confidence columns are now.
  rememberOkrColumns(sheet, analysis.plan.mapping, values[analysis.plan.mapping.headerRow - 1] ?? []);
  // The mapping as found in the sheet now (an adopted one followed by its header texts).
  return { sheet, values, formats, mapping: analysis.plan.mapping, merges, analysis };
}

/** Developer-metadata key the add-on puts on every tab it creates. */
export const TAB_METADATA_KEY = 'okr-sheets.tab';

export interface TabMarker {
  kind: string;
  source: string;
}

export function tabMarker(sheet: Sheet): TabMarker | null {
  for (const meta of sheet.getDeveloperMetadata()) {
    if (meta.getKey() !== TAB_METADATA_KEY) continue;
    try {
      const parsed = JSON.parse(meta.getValue() ?? '') as Partial<TabMarker>;
      if (typeof parsed.kind === 'string' && typeof parsed.source === 'string') return { kind: parsed.kind, source: parsed.source };
    } catch {
      // Metadata someone else wrote under our key: not ours to trust.
    }
  }
  return null;
}

/**
 * The OKR sheet the user means: the active sheet when it is one, the source of the active
 * progress tab, else the first sheet whose name starts with "OKRs" or that has a saved mapping.
 */
export function activeOkrSheet(): Sheet | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const active = ss.getActiveSheet();
  const marker = tabMarker(active);
  if (marker) {
    const source = ss.getSheetByName(marker.source);
    if (source) return source;
  }
  const sheets = ss.getSheets();
  const candidates = [active, ...sheets.filter((s) => s.getName() !== active.getName())];
  for (const sheet of candidates) {
    if (tabMarker(sheet)) continue;
    if (/^OKRs?\b/i.test(sheet.getName()) || loadMapping(sheet)) return sheet;
  }
  // No sheet named for OKRs: the active one, if its header can be found.
  return marker ? null : active;
}
