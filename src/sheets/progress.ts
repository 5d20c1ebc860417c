// Writes the progress tabs of the render model (src/core/report.ts) into the spreadsheet. Each tab
// is written as one block: one call per property (values, formats, colours, weights), never one
// per cell or row, so a refresh costs the same number of service calls for 5 or 5,000 key results.
import { REFRESHED_CELL, type ReportCell, type ReportTab } from '../core/report';
import { REPORT_LABELS } from '../core/i18n/reportLabels';
import type { Language } from '../core/model';
import { isoToSerial } from './dates';
import { literalValue } from './literal';
import { belongsTo, setTabMarker, TAB_METADATA_KEY, tabMarker, type TabMarker } from './read';

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
  return fitCellText(cell.text ?? '');
}

/** Sheets keeps at most 50,000 characters in a cell and refuses a longer write as a whole. */
export const MAX_CELL_TEXT = 50_000;

/**
 * A text within a cell's 50,000 characters: as it is, or cut (never inside a surrogate pair) and
 * ended with an ellipsis. An owners list of a large objective or a message quoting a long cell can
 * pass the limit; a tab shows the start of it rather than failing the refresh.
 */
export function fitCellText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  let end = MAX_CELL_TEXT - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
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

/** Sheets' longest tab name (a longer one is refused by Sheet.setName / insertSheet). */
export const MAX_TAB_NAME = 100;

/**
 * A tab name within Sheets' 100 characters: `name`, or with ` (n)` for the n-th free one; a long
 * name is cut (at a whole character, never half of a surrogate pair) and ends with an ellipsis.
 */
export function fitTabName(name: string, n = 1): string {
  const suffix = n > 1 ? ` (${n})` : '';
  const chars = [...name];
  if (chars.length + suffix.length <= MAX_TAB_NAME) return name + suffix;
  return `${chars
    .slice(0, MAX_TAB_NAME - suffix.length - 1)
    .join('')
    .trimEnd()}…${suffix}`;
}

/** The first free tab name: `name`, else `name (2)`, `name (3)` … (each within 100 characters). */
function freeName(ss: Spreadsheet, name: string): string {
  let n = 1;
  while (ss.getSheetByName(fitTabName(name, n))) n++;
  return fitTabName(name, n);
}

/**
 * The tab of this kind for this OKR sheet: found by its marker (the sheet's id, so a renamed OKR
 * sheet keeps its tabs; tabs from before ids were recorded, by name, and then given the id), else
 * created. A found tab whose name is still the one the add-on gave it follows the OKR sheet's new
 * label; a name the user gave it is kept.
 */
function findOrCreateTab(ss: Spreadsheet, tab: ReportTab, source: Sheet, existing: MarkedSheet[]): TabTarget {
  // The dashboard is marked unfinished until the refresh that writes it ends (refresh.ts): the
  // next refresh compares scores only with a dashboard a refresh finished.
  const marker: TabMarker = {
    kind: tab.kind,
    source: source.getName(),
    sourceId: source.getSheetId(),
    ...(tab.kind === 'dashboard' ? { unfinished: true } : {}),
  };
  const found = existing.find((s) => s.marker?.kind === tab.kind && belongsTo(s.marker, source));
  if (found) {
    const name = found.sheet.getName();
    // A tab from before the given name was recorded: its name now is taken as the one it was given.
    let given = found.marker!.given ?? name;
    const ours = name === given;
    const wanted = fitTabName(tab.name);
    if (ours && name !== wanted && !ss.getSheetByName(wanted)) {
      found.sheet.setName(wanted);
      given = wanted;
    }
    setTabMarker(found.sheet, { ...marker, given });
    return { sheet: found.sheet, created: false };
  }
  // Never take over a sheet the user made: pick a free name instead.
  const name = freeName(ss, tab.name);
  const sheet = ss.insertSheet(name, ss.getSheets().length);
  try {
    // A new tab has no metadata: the marker is added at once (one call), and without it the tab
    // would read as the user's, so a failure removes the tab again.
    sheet.addDeveloperMetadata(TAB_METADATA_KEY, JSON.stringify({ ...marker, given: name }));
  } catch (err) {
    try {
      ss.deleteSheet(sheet);
    } catch {
      // Left as an empty tab; the error below says the refresh stopped.
    }
    throw err;
  }
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
export function writeReport(ss: Spreadsheet, tabs: ReportTab[], source: Sheet): Sheet[] {
  const existing = ss.getSheets().map((sheet) => ({ sheet, marker: tabMarker(sheet) }));
  return tabs.map((tab) => {
    const { sheet } = findOrCreateTab(ss, tab, source, existing);
    writeTab(sheet, tab);
    return sheet;
  });
}

/** Document property: the overview tab (by sheet id) of the OKR sheet whose id ends the key. */
const OVERVIEW_KEY = 'okr-sheets.overview.';

/** Remembers the overview tab of an OKR sheet, for `markProgressStale` (one read, a write when it changed). */
export function rememberOverview(source: Sheet, overview: Sheet): void {
  const properties = PropertiesService.getDocumentProperties();
  if (!properties) return;
  const key = OVERVIEW_KEY + source.getSheetId();
  const id = String(overview.getSheetId());
  if (properties.getProperty(key) !== id) properties.setProperty(key, id);
}

/**
 * After a value typed into an OKR sheet was logged: the overview tab's Last refreshed cell says the
 * values changed since (in the user's language), until the next refresh writes it again. Four calls;
 * false when no refresh has made an overview yet, or the tab is gone.
 */
export function markProgressStale(ss: Spreadsheet, source: Sheet, language: Language): boolean {
  const id = Number(PropertiesService.getDocumentProperties()?.getProperty(OVERVIEW_KEY + source.getSheetId()) ?? Number.NaN);
  if (!Number.isInteger(id)) return false;
  const overview = ss.getSheetById(id);
  if (!overview) return false;
  overview.getRange(REFRESHED_CELL.row, REFRESHED_CELL.column).setValue(literalValue(REPORT_LABELS[language].staleSince, TEXT_FORMAT));
  return true;
}
