// Writes the progress tabs of the render model (src/core/report.ts) into the spreadsheet. Each tab
// is written as one block: one call per property (values, formats, colours, weights), never one
// per cell or row, so a refresh costs the same number of service calls for 5 or 5,000 key results.
import type { ReportCell, ReportTab } from '../core/report';
import { isoToSerial } from './dates';
import { TAB_METADATA_KEY, tabMarker, type TabMarker } from './read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

// Literal text: the plain-text format '@' set before the value keeps "=1+2", "+98 912…", "-5" or
// "@team" as typed instead of parsing them as a formula or a number (Range.setValue: "If it begins
// with '=' it is interpreted as a formula").
const TEXT_FORMAT = '@';

interface Grids {
  values: (string | number)[][];
  formats: string[][];
  backgrounds: (string | null)[][];
  colors: string[][];
  weights: string[][];
}

export function toGrids(tab: ReportTab): Grids {
  const grids: Grids = { values: [], formats: [], backgrounds: [], colors: [], weights: [] };
  for (const row of tab.rows) {
    grids.values.push(row.map(cellValue));
    grids.formats.push(row.map(cellFormat));
    grids.backgrounds.push(row.map((c) => c.background ?? null));
    grids.colors.push(row.map((c) => c.color ?? '#202124'));
    grids.weights.push(row.map((c) => (c.bold ? 'bold' : 'normal')));
  }
  return grids;
}

function cellValue(cell: ReportCell): string | number {
  if (cell.formula !== undefined) return cell.formula;
  if (cell.number !== undefined) return cell.number;
  // Dates as serial numbers: they carry no time zone, so the day shown is the day meant.
  if (cell.date !== undefined) return isoToSerial(cell.date);
  return cell.text ?? '';
}

function cellFormat(cell: ReportCell): string {
  if (cell.text !== undefined) return TEXT_FORMAT;
  return cell.format ?? 'General';
}

interface MarkedSheet {
  sheet: Sheet;
  marker: TabMarker | null;
}

interface TabTarget {
  sheet: Sheet;
  created: boolean;
}

/** The tab of this kind for this source sheet: found by its metadata, else created. */
function findOrCreateTab(ss: Spreadsheet, tab: ReportTab, source: string, existing: MarkedSheet[]): TabTarget {
  const found = existing.find((s) => s.marker?.kind === tab.kind && s.marker.source === source)?.sheet;
  if (found) {
    if (found.getName() !== tab.name && !ss.getSheetByName(tab.name)) found.setName(tab.name);
    return { sheet: found, created: false };
  }
  // Never take over a sheet the user made: pick a free name instead.
  let name = tab.name;
  for (let n = 2; ss.getSheetByName(name); n++) name = `${tab.name} (${n})`;
  const sheet = ss.insertSheet(name, ss.getSheets().length);
  sheet.addDeveloperMetadata(TAB_METADATA_KEY, JSON.stringify({ kind: tab.kind, source }));
  return { sheet, created: true };
}

export function writeTab(sheet: Sheet, tab: ReportTab): void {
  const grids = toGrids(tab);
  const height = grids.values.length;
  const width = tab.columnWidths.length;
  sheet.clear();
  // Make room: a new sheet has 1000 rows × 26 columns, fewer after a user deleted some.
  if (sheet.getMaxRows() < height) sheet.insertRowsAfter(sheet.getMaxRows(), height - sheet.getMaxRows());
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  const range = sheet.getRange(1, 1, height, width);
  range.setNumberFormats(grids.formats);
  range.setValues(grids.values);
  range.setBackgrounds(grids.backgrounds);
  range.setFontColors(grids.colors);
  range.setFontWeights(grids.weights as GoogleAppsScript.Spreadsheet.FontWeight[][]);
  range.setVerticalAlignment('middle');
  sheet.setFrozenRows(tab.frozenRows);
  sheet.setRightToLeft(tab.rightToLeft);
  tab.columnWidths.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
}

/** Writes every tab of the report; returns the sheets, in the order of the tabs. */
export function writeReport(ss: Spreadsheet, tabs: ReportTab[], source: string): Sheet[] {
  const existing = ss.getSheets().map((sheet) => ({ sheet, marker: tabMarker(sheet) }));
  return tabs.map((tab) => {
    const { sheet } = findOrCreateTab(ss, tab, source, existing);
    writeTab(sheet, tab);
    return sheet;
  });
}
