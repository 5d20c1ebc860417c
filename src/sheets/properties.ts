// Settings and adopted-sheet column mappings, kept in the document properties so that everyone who
// opens the spreadsheet gets the same behaviour (PropertiesService.getDocumentProperties()).
import { ADOPT_COLUMN_KEYS, DEFAULT_SETTINGS, LANGUAGES, type ColumnKey, type ColumnMapping, type Language, type Settings } from '../core/model';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const SETTINGS_KEY = 'okr-sheets.settings';
const MAPPING_PREFIX = 'okr-sheets.mapping.';

function documentProperties(): GoogleAppsScript.Properties.Properties | null {
  // getDocumentProperties() returns null when the script is not bound to a document (standalone runs).
  return PropertiesService.getDocumentProperties();
}

function fraction(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1 ? value : fallback;
}

/** Accepts anything (stored JSON or a client's argument) and returns complete, valid settings. */
export function normalizeSettings(input: unknown, base: Settings = DEFAULT_SETTINGS): Settings {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const bands = (typeof raw.bands === 'object' && raw.bands !== null ? raw.bands : {}) as Record<string, unknown>;
  const band = (kind: 'aspirational' | 'committed') => {
    const b = (typeof bands[kind] === 'object' && bands[kind] !== null ? bands[kind] : {}) as Record<string, unknown>;
    const yellow = fraction(b.yellow, base.bands[kind].yellow);
    const green = fraction(b.green, base.bands[kind].green);
    return yellow <= green ? { yellow, green } : { ...base.bands[kind] };
  };
  const tol = (typeof raw.tolerances === 'object' && raw.tolerances !== null ? raw.tolerances : {}) as Record<string, unknown>;
  const onTrack = fraction(tol.onTrack, base.tolerances.onTrack);
  const atRisk = fraction(tol.atRisk, base.tolerances.atRisk);
  return {
    language: LANGUAGES.includes(raw.language as Language) ? (raw.language as Language) : base.language,
    bands: { aspirational: band('aspirational'), committed: band('committed') },
    tolerances: onTrack <= atRisk ? { onTrack, atRisk } : { ...base.tolerances },
    rollUpAligned: typeof raw.rollUpAligned === 'boolean' ? raw.rollUpAligned : base.rollUpAligned,
    staleAfterDays: isStaleAfterDays(raw.staleAfterDays) ? raw.staleAfterDays : base.staleAfterDays,
  };
}

/** Stale after: whole days from 1 to 366. */
function isStaleAfterDays(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 366;
}

/** The saved settings; the language defaults to the one given (from the spreadsheet's locale). */
export function loadSettings(defaultLanguage: Language = DEFAULT_SETTINGS.language): Settings {
  const base = { ...DEFAULT_SETTINGS, language: defaultLanguage };
  const stored = documentProperties()?.getProperty(SETTINGS_KEY);
  if (!stored) return base;
  try {
    return normalizeSettings(JSON.parse(stored), base);
  } catch {
    return base;
  }
}

export function saveSettings(settings: Settings): Settings {
  const clean = normalizeSettings(settings);
  documentProperties()?.setProperty(SETTINGS_KEY, JSON.stringify(clean));
  return clean;
}

/**
 * Accepts anything and returns a valid mapping, or null (header row 1–1000, columns 1–18278, and
 * the header text of each mapped column when saved by header; a mapping saved by position has none).
 */
export function normalizeMapping(input: unknown): ColumnMapping | null {
  if (typeof input !== 'object' || input === null) return null;
  const raw = input as Record<string, unknown>;
  const headerRow = raw.headerRow;
  if (typeof headerRow !== 'number' || !Number.isInteger(headerRow) || headerRow < 1 || headerRow > 1000) return null;
  const columnsIn = (typeof raw.columns === 'object' && raw.columns !== null ? raw.columns : {}) as Record<string, unknown>;
  const columns: Partial<Record<ColumnKey, number>> = {};
  for (const key of ADOPT_COLUMN_KEYS) {
    const c = columnsIn[key];
    if (typeof c === 'number' && Number.isInteger(c) && c >= 1 && c <= 18278) columns[key] = c;
  }
  // A two-tab tracker's objectives tab (core/objectivesTab.ts), by sheet id.
  const objectivesIn = (typeof raw.objectives === 'object' && raw.objectives !== null ? raw.objectives : null) as Record<string, unknown> | null;
  const objectives =
    objectivesIn &&
    typeof objectivesIn.sheetId === 'number' &&
    Number.isInteger(objectivesIn.sheetId) &&
    typeof objectivesIn.name === 'string' &&
    objectivesIn.name.length <= 100
      ? { objectives: { sheetId: objectivesIn.sheetId, name: objectivesIn.name } }
      : {};
  const textsIn = (typeof raw.headerTexts === 'object' && raw.headerTexts !== null ? raw.headerTexts : null) as Record<string, unknown> | null;
  if (!textsIn) return { headerRow, columns, ...objectives };
  const headerTexts: Partial<Record<ColumnKey, string>> = {};
  for (const key of Object.keys(columns) as ColumnKey[]) {
    const t = textsIn[key];
    if (typeof t === 'string' && t.length <= MAX_HEADER_TEXT) headerTexts[key] = t.trim();
  }
  const periodicIn = Array.isArray(raw.periodicTexts) ? raw.periodicTexts : [];
  const periodicTexts = periodicIn.filter((t): t is string => typeof t === 'string' && t.trim() !== '' && t.length <= MAX_HEADER_TEXT).map((t) => t.trim());
  if (periodicTexts.length < 2 || periodicTexts.length > MAX_PERIODIC) return { headerRow, columns, headerTexts, ...objectives };
  // Where the periodic columns were when saved: only where a header that is gone is reported.
  const periodicIn2 = Array.isArray(raw.periodic) ? raw.periodic : [];
  const periodic = periodicIn2.filter((c): c is number => typeof c === 'number' && Number.isInteger(c) && c >= 1 && c <= 18278);
  return { headerRow, columns, headerTexts, periodicTexts, ...(periodic.length === periodicTexts.length ? { periodic } : {}), ...objectives };
}

/** Weekly columns of a quarter (13, a few more for a 14-week quarter) and then some. */
const MAX_PERIODIC = 60;

/** A header longer than this is not a header (and would not fit the property's 9 kB value). */
const MAX_HEADER_TEXT = 200;

// Mappings are keyed by sheet id, which survives renaming the sheet.
export function loadMapping(sheet: Sheet): ColumnMapping | null {
  const stored = documentProperties()?.getProperty(MAPPING_PREFIX + sheet.getSheetId());
  if (!stored) return null;
  try {
    return normalizeMapping(JSON.parse(stored));
  } catch {
    return null;
  }
}

/**
 * The sheet's saved mapping as it is now (one property read), to put back when an adoption fails
 * after saving a new one: `restore()` writes the old text back, or deletes a mapping that was new.
 */
export function captureMapping(sheet: Sheet): { restore(): void } {
  const properties = documentProperties();
  const key = MAPPING_PREFIX + sheet.getSheetId();
  const stored = properties?.getProperty(key) ?? null;
  return {
    restore() {
      if (!properties) return;
      if (stored === null) properties.deleteProperty(key);
      else properties.setProperty(key, stored);
    },
  };
}

export function saveMapping(sheet: Sheet, mapping: ColumnMapping): void {
  documentProperties()?.setProperty(MAPPING_PREFIX + sheet.getSheetId(), JSON.stringify(mapping));
}
