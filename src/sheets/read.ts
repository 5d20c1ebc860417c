// Reads an OKR sheet with one getValues() and hands the grid to the engine.
import { analyze, findHeader, HEADER_FOLLOW_ROWS, HEADER_SEARCH_ROWS, type AnalyzeOptions, type MergedArea } from '../core';
import type { Analysis, CellValue, ColumnKey, ColumnMapping, Settings } from '../core/model';
import { loadMapping, saveMapping } from './properties';
import { typedNumbers } from './dates';
import { rememberOkrColumns } from './editIndex';
import { linkedCount, readObjectiveTable, type ObjectiveTable } from '../core/objectivesTab';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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
  // A two-tab tracker: the objectives' texts from their own tab, found by sheet id (one more read).
  const objectives = mapping.objectives ? objectiveTableOf(sheet.getParent(), mapping.objectives) : null;
  const analysis = analyze(values, { sheet: sheet.getName(), mapping, settings, merges, formats, timeZone, numbers, shown, objectives, ...dates });
  // The onEdit trigger learns where this sheet's Current and Confidence columns are now.
  rememberOkrColumns(sheet, analysis.plan.mapping, values[analysis.plan.mapping.headerRow - 1] ?? []);
  // The mapping as found in the sheet now (an adopted one followed by its header texts).
  return { sheet, values, formats, mapping: analysis.plan.mapping, merges, analysis };
}

/**
 * The objectives tab a mapping names, read (core/objectivesTab.ts): found by sheet id, so a rename
 * is followed; `found: false` when it is gone or no longer has an Objective ID and Objective header.
 */
export function objectiveTableOf(ss: Spreadsheet, ref: { sheetId: number; name: string }): ObjectiveTable {
  const tab = ss.getSheets().find((s) => s.getSheetId() === ref.sheetId);
  const read = tab ? readObjectiveTable(tab.getDataRange().getValues() as CellValue[][], tab.getName()) : null;
  return read ?? { sheet: tab?.getName() ?? ref.name, found: false, byId: new Map(), ambiguous: new Set(), errors: new Map() };
}

/**
 * The tab of this spreadsheet that reads as the objectives of a key-result tab naming objectives by
 * ID only: the one whose Objective ID column holds most of `ids` (at least one); null when none.
 * Tabs the add-on created are skipped. One read per other tab.
 */
export function findObjectivesTab(sheet: Sheet, ids: readonly string[]): { chosen: { sheetId: number; name: string } | null; tied: string[] } {
  const found: { sheetId: number; name: string; count: number }[] = [];
  for (const tab of sheet.getParent().getSheets()) {
    if (tab.getSheetId() === sheet.getSheetId() || tabMarker(tab)) continue;
    const table = readObjectiveTable(tab.getDataRange().getValues() as CellValue[][], tab.getName());
    const count = table ? linkedCount(table, ids) : 0;
    if (count > 0) found.push({ sheetId: tab.getSheetId(), name: tab.getName(), count });
  }
  const most = Math.max(0, ...found.map((f) => f.count));
  const best = found.filter((f) => f.count === most);
  // Two tabs that hold as many of the IDs (an old Objectives tab and a new one): never a guess.
  if (best.length !== 1) return { chosen: null, tied: best.map((f) => f.name) };
  return { chosen: { sheetId: best[0]!.sheetId, name: best[0]!.name }, tied: [] };
}

/** Developer-metadata key the add-on puts on every tab it creates. */
export const TAB_METADATA_KEY = 'okr-sheets.tab';

/**
 * What the add-on records on a tab it created: its kind (overview, keyResults, dashboard, history),
 * the OKR sheet it belongs to by sheet id (`sourceId`, which a rename does not change; tabs from
 * before it was recorded have only the name, `source`), and the name the add-on gave the tab
 * (`given`), so that a name the user chose is kept.
 */
export interface TabMarker {
  kind: string;
  source: string;
  sourceId?: number;
  given?: string;
  /** Set while a refresh writes the tab (the dashboard), removed when it finished. */
  unfinished?: boolean;
}

export function tabMarker(sheet: Sheet): TabMarker | null {
  for (const meta of sheet.getDeveloperMetadata()) {
    if (meta.getKey() !== TAB_METADATA_KEY) continue;
    // Read outside the try: a failed call is the platform's error, never "not our marker".
    const text = meta.getValue() ?? '';
    try {
      const parsed = JSON.parse(text) as Partial<TabMarker>;
      if (typeof parsed.kind === 'string' && typeof parsed.source === 'string')
        return {
          kind: parsed.kind,
          source: parsed.source,
          ...(typeof parsed.sourceId === 'number' ? { sourceId: parsed.sourceId } : {}),
          ...(typeof parsed.given === 'string' ? { given: parsed.given } : {}),
          ...(parsed.unfinished === true ? { unfinished: true } : {}),
        };
    } catch {
      // Metadata someone else wrote under our key: not ours to trust.
    }
  }
  return null;
}

/** Replaces a tab's marker (Sheet.getDeveloperMetadata, DeveloperMetadata.setValue). */
export function setTabMarker(sheet: Sheet, marker: TabMarker): void {
  const text = JSON.stringify(marker);
  const meta = sheet.getDeveloperMetadata().find((m) => m.getKey() === TAB_METADATA_KEY);
  if (meta) {
    if (meta.getValue() !== text) meta.setValue(text);
  } else sheet.addDeveloperMetadata(TAB_METADATA_KEY, text);
}

/** Removes a tab's marker: the tab is the user's from now on (DeveloperMetadata.remove). */
export function removeTabMarker(sheet: Sheet): void {
  for (const meta of sheet.getDeveloperMetadata()) if (meta.getKey() === TAB_METADATA_KEY) meta.remove();
}

/** The OKR sheet a tab of the add-on belongs to: by sheet id, else (older tabs) by name; null when gone. */
export function sourceOfTab(ss: Spreadsheet, marker: TabMarker): Sheet | null {
  if (marker.sourceId !== undefined) return ss.getSheetById(marker.sourceId);
  return marker.source ? ss.getSheetByName(marker.source) : null;
}

/** Whether a tab marker says the tab belongs to this OKR sheet (by id; by name for older tabs). */
export function belongsTo(marker: TabMarker | null, sheet: Sheet): boolean {
  if (!marker) return false;
  return marker.sourceId !== undefined ? marker.sourceId === sheet.getSheetId() : marker.source === sheet.getName();
}

/** Document property: the sheet id of the OKR sheet an operation last worked on. */
export const LAST_SHEET_KEY = 'okr-sheets.lastSheet';

/** Remembers the OKR sheet an operation worked on (one property read, a write when it changed). */
export function rememberLastSheet(sheet: Sheet): void {
  const props = PropertiesService.getDocumentProperties();
  if (!props) return;
  const id = String(sheet.getSheetId());
  if (props.getProperty(LAST_SHEET_KEY) !== id) props.setProperty(LAST_SHEET_KEY, id);
}

function lastUsedSheet(ss: Spreadsheet): Sheet | null {
  const id = Number(PropertiesService.getDocumentProperties()?.getProperty(LAST_SHEET_KEY) ?? Number.NaN);
  return Number.isInteger(id) ? ss.getSheetById(id) : null;
}

/** Named for OKRs (`OKRs …`) or adopted (a saved mapping). */
export function looksLikeOkrSheet(sheet: Sheet): boolean {
  return /^OKRs?\b/i.test(sheet.getName()) || loadMapping(sheet) !== null;
}

/** Whether a template header is in the first rows of a sheet (one read of those rows). */
function hasHeader(sheet: Sheet): boolean {
  const rows = Math.min(sheet.getLastRow(), HEADER_SEARCH_ROWS);
  const columns = sheet.getLastColumn();
  if (rows < 1 || columns < 1) return false;
  return findHeader(sheet.getRange(1, 1, rows, columns).getValues() as CellValue[][]) !== null;
}

/**
 * The OKR sheet the user means, never picked by tab order: the active sheet when it is one (named
 * for OKRs, adopted, or with a template header in its first rows); the source of the active
 * progress tab (by sheet id); else the OKR sheet an operation last worked on (`rememberLastSheet`);
 * else the only OKR sheet of the spreadsheet. Null when there is none, or several and nothing says
 * which (the caller asks the user to open the one they mean).
 */
export function activeOkrSheet(): Sheet | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const active = ss.getActiveSheet();
  const marker = tabMarker(active);
  if (marker) {
    const source = sourceOfTab(ss, marker);
    if (source && tabMarker(source) === null) return source;
  } else if (looksLikeOkrSheet(active) || hasHeader(active)) return active;
  const last = lastUsedSheet(ss);
  if (last && tabMarker(last) === null) return last;
  const candidates = ss.getSheets().filter((s) => tabMarker(s) === null && looksLikeOkrSheet(s));
  return candidates.length === 1 ? candidates[0]! : null;
}
