// Help → Diagnostics: measures, inside the user's own spreadsheet, the platform facts the add-on
// relies on and the local runtime (local/) models, so a real run can be compared with the runtime's
// answers (test/sheets/diagnostics.test.ts holds those; docs/ACCEPTANCE.md step 0 says how).
//
// It works on a temporary sheet with a name no sheet has, deletes it afterwards even when a probe
// throws, and puts the active sheet back; it writes nothing else. A probe that fails is a line of
// the report saying so, never a guess.
import type { Language } from '../core/model';
import { scoreFormula } from './scoreColumn';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What one probe found: `answer` is language-neutral (compared with the runtime's), `text` the user's words. */
export interface DiagnosticFact {
  id: DiagnosticId;
  answer: string;
  text: string;
}

export type DiagnosticId =
  | 'setValues.general'
  | 'setValues.plainText'
  | 'rule.english'
  | 'rule.locale'
  | 'email'
  | 'timeZones'
  | 'locales'
  | 'errorArgument'
  | 'cellFormula'
  | 'toTextFormats'
  | 'typedError'
  | 'dateArithmetic'
  | 'cleanup'
  | 'documentLock';

export interface DiagnosticsReport {
  facts: DiagnosticFact[];
  /** The whole report as plain text, for the user to copy. */
  text: string;
}

/** The strings written with setValues, as a person would type them. */
export const TYPED_PROBES = ['=1+1', '+4915', '1/2', '1,5'] as const;

/** A rule formula in English syntax and the same in a decimal-comma locale's syntax. */
export const RULE_PROBES = { english: '=AND(ISNUMBER($A$5),$A$5>0.4)', locale: '=AND(ISNUMBER($A$5);$A$5>0,4)' } as const;

/**
 * OKR_SCORE over two key results (start A7:A8, target B7:B8, current C7:C8), the first one's current
 * =NA(): is the error passed (that row alone says so) or propagated (the whole result is #N/A)?
 */
export const ERROR_ARGUMENT_PROBE = '=OKR_SCORE(A7:A8,B7:B8,C7:C8)';

const SHEET_PREFIX = 'OKR diagnostics ';
/** How long the custom-function probe waits for Sheets to compute the cell (it may say Loading…). */
const CUSTOM_FUNCTION_WAIT_MS = 5000;
const WAIT_STEP_MS = 500;

/** A cell's content as a kind and a value: `formula =1+1 → 2`, `number 4915`, `date 2026-01-02`, `text "1,5"`. */
function describeCell(value: unknown, formula: string, zone: string): string {
  const shown = value instanceof Date ? Utilities.formatDate(value, zone, 'yyyy-MM-dd') : typeof value === 'string' ? JSON.stringify(value) : String(value);
  const kind = value instanceof Date ? 'date' : typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'text';
  return formula ? `formula ${formula} → ${kind} ${shown}` : `${kind} ${shown}`;
}

function unusedSheetName(ss: Spreadsheet): string {
  for (;;) {
    const name = SHEET_PREFIX + Utilities.getUuid().slice(0, 8);
    if (!ss.getSheetByName(name)) return name;
  }
}

function probeTyped(sheet: Sheet, row: number, plainText: boolean, zone: string): string {
  const range = sheet.getRange(row, 1, 1, TYPED_PROBES.length);
  if (plainText) range.setNumberFormat('@');
  range.setValues([[...TYPED_PROBES]]);
  SpreadsheetApp.flush();
  const values = range.getValues()[0]!;
  const formulas = range.getFormulas()[0]!;
  return TYPED_PROBES.map((typed, i) => `${typed} → ${describeCell(values[i], formulas[i] ?? '', zone)}`).join('; ');
}

/** Writes one rule and reads back the formula Sheets kept (or the error it gave). */
function probeRule(sheet: Sheet, formula: string): string {
  sheet.getRange(5, 1).setValue(0.5);
  const rule = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(formula)
    .setBackground('#b7e1cd')
    .setRanges([sheet.getRange(5, 2)])
    .build();
  try {
    sheet.setConditionalFormatRules([rule]);
  } catch (err) {
    return `rejected: ${messageOf(err)}`;
  }
  const kept = sheet.getConditionalFormatRules().map((r) => r.getBooleanCondition()?.getCriteriaValues()?.[0]);
  sheet.setConditionalFormatRules([]);
  if (kept.length !== 1) return `not kept (${kept.length} rules)`;
  return kept[0] === formula ? 'kept as written' : `stored as ${String(kept[0])}`;
}

function probeErrorArgument(sheet: Sheet): string {
  sheet.getRange(7, 1, 2, 3).setValues([
    [0, 1, 0],
    [0, 1, 0.5],
  ]);
  sheet.getRange(7, 3).setFormula('=NA()');
  const cell = sheet.getRange(7, 4);
  cell.setFormula(ERROR_ARGUMENT_PROBE);
  let shown: string[] = [];
  for (let waited = 0; ; waited += WAIT_STEP_MS) {
    SpreadsheetApp.flush();
    shown = sheet
      .getRange(7, 4, 2, 1)
      .getDisplayValues()
      .map(([v]) => v ?? '');
    if (!/^Loading/i.test(shown[0]!) || waited >= CUSTOM_FUNCTION_WAIT_MS) break;
    Utilities.sleep(WAIT_STEP_MS);
  }
  const [first, second] = shown as [string, string];
  if (first === '#N/A') return `propagated: #N/A for the whole range (second row ${JSON.stringify(second)})`;
  if (/^#OKR!/.test(first)) return `passed as text: ${first} | ${second}`;
  if (first === '#NAME?') return "#NAME? (the add-on's functions are not enabled in this document)";
  return `other: ${JSON.stringify(first)} | ${JSON.stringify(second)}`;
}

/**
 * The cell formulas the add-on writes use English syntax (argument commas, `{a,b;c,d}` array
 * literals): writes the Score column's formula over two rows, the first with =NA() in Current, and
 * a SPARKLINE with an array literal, in this spreadsheet's locale, and reads back what they show.
 * Expected: the first row `#OKR! …`, the second `0.5`, the sparkline accepted (it shows no text);
 * `#ERROR!` would mean this locale wants its own syntax from a script too.
 */
function probeCellFormula(sheet: Sheet): string {
  sheet.getRange(10, 1, 2, 3).setValues([
    [0, 1, ''],
    [0, 1, 0.5],
  ]);
  sheet.getRange(10, 3).setFormula('=NA()');
  sheet.getRange(10, 5).setFormula(scoreFormula({ headerRow: 9, columns: { start: 1, target: 2, current: 3 } }, 10, 11) ?? '');
  sheet.getRange(10, 6).setFormula(ARRAY_LITERAL_PROBE);
  let shown: string[] = [];
  for (let waited = 0; ; waited += WAIT_STEP_MS) {
    SpreadsheetApp.flush();
    shown = [sheet.getRange(10, 5), sheet.getRange(11, 5), sheet.getRange(10, 6)].map((r) => r.getDisplayValue());
    if (!/^Loading/i.test(shown[0]!) || waited >= CUSTOM_FUNCTION_WAIT_MS) break;
    Utilities.sleep(WAIT_STEP_MS);
  }
  const [first, second, literal] = shown as [string, string, string];
  return `score formula: ${first} | ${second}; SPARKLINE with an array literal: ${literal === '' ? 'accepted' : literal}`;
}

/** TO_TEXT over a range inside ARRAYFORMULA, as the Score formula passes what each input shows (IFERROR aside). */
export const TO_TEXT_PROBE = '=ARRAYFORMULA(TO_TEXT(A13:A15))';

/**
 * Whether TO_TEXT over a range inside ARRAYFORMULA keeps each cell's own format, which the Score
 * formula relies on to tell OKR_SCORE that a cell is percent-formatted (sheets/scoreColumn.ts): A13
 * holds 0.2 formatted 0%, A14 a plain 0.5, A15 0.125 formatted 0.0%. Expected: `each cell's own
 * format: "20%" | "0.5" | "12.5%"` (in the spreadsheet's locale: 0,5 and 12,5% in hu_HU). `no
 * format` means the Score cell reads the values alone (as before it passed them); `one format for
 * all` would make the Score cell say a plain cell under a percent one is on another scale.
 */
function probeToTextFormats(sheet: Sheet): string {
  sheet.getRange(13, 1, 3, 1).setValues([[0.2], [0.5], [0.125]]);
  sheet.getRange(13, 1).setNumberFormat('0%');
  sheet.getRange(15, 1).setNumberFormat('0.0%');
  sheet.getRange(13, 2).setFormula(TO_TEXT_PROBE);
  SpreadsheetApp.flush();
  const shown = sheet
    .getRange(13, 2, 3, 1)
    .getDisplayValues()
    .map(([v]) => v ?? '');
  const percent = shown.map((v) => /%\s*$/.test(v)).join(',');
  const verdict =
    percent === 'true,false,true'
      ? "each cell's own format"
      : percent === 'false,false,false'
        ? 'no format'
        : percent === 'true,true,true'
          ? 'one format for all'
          : 'other';
  return `${verdict}: ${shown.map((v) => JSON.stringify(v)).join(' | ')}`;
}

/**
 * What `setValues` makes of the text `#N/A` in a General cell: the error value (ISNA is TRUE), as a
 * person typing it most likely gets, or the text (the local runtime keeps text: no Google page says
 * either). A17 gets `#N/A`, B17 `=ISNA(A17)`. Answer: `#N/A → <the cell>; ISNA TRUE|FALSE`.
 */
function probeTypedError(sheet: Sheet, zone: string): string {
  const typed = sheet.getRange(17, 1);
  typed.setValues([['#N/A']]);
  sheet.getRange(17, 2).setFormula('=ISNA(A17)');
  SpreadsheetApp.flush();
  const isNa = sheet.getRange(17, 2).getValue();
  return `#N/A → ${describeCell(typed.getValue(), typed.getFormula(), zone)}; ISNA ${String(isNa).toUpperCase()}`;
}

/** Date arithmetic on a typed date in an unformatted cell, as an End cell computed from Start. */
export const DATE_ARITHMETIC_PROBE = '=A19+91';

/**
 * Whether a formula computing a date from a date cell is a date: A19 gets `2026-10-01` (typed), B19
 * `=A19+91`. The add-on reads such an End or Due cell as a date only if getValue gives a Date; the
 * local runtime gives the result the date format of A19 (local/formulas.ts, "Dates"). Answer: what
 * getValue gives and what the cell shows, e.g. `date 2026-12-31 shown "2026-12-31"`.
 */
function probeDateArithmetic(sheet: Sheet, zone: string): string {
  sheet.getRange(19, 1).setValues([['2026-10-01']]);
  const cell = sheet.getRange(19, 2);
  cell.setFormula(DATE_ARITHMETIC_PROBE);
  SpreadsheetApp.flush();
  return `${DATE_ARITHMETIC_PROBE} → ${describeCell(cell.getValue(), '', zone)} shown ${JSON.stringify(cell.getDisplayValue())}`;
}

/** A SPARKLINE with options in an English-syntax array literal, as the progress tabs write it (shows nothing when accepted). */
export const ARRAY_LITERAL_PROBE = '=SPARKLINE(1,{"charttype","bar";"max",1})';

function probeLock(): string {
  const lock = LockService.getDocumentLock();
  if (!lock) return 'none (not bound to a document)';
  if (!lock.tryLock(1000)) return 'held by another run';
  try {
    return lock.hasLock() ? 'available' : 'tryLock said yes but hasLock says no';
  } finally {
    lock.releaseLock();
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The words of the report, from the message catalogue (src/server/messages.ts) in the user's language. */
export type DiagnosticMessage =
  | 'diagTitle'
  | 'diagIntro'
  | 'diagCopy'
  | 'diagRuleNote'
  | 'diagSetValuesGeneral'
  | 'diagSetValuesPlainText'
  | 'diagRuleEnglish'
  | 'diagRuleLocale'
  | 'diagEmail'
  | 'diagTimeZones'
  | 'diagLocales'
  | 'diagErrorArgument'
  | 'diagCellFormula'
  | 'diagToTextFormats'
  | 'diagTypedError'
  | 'diagDateArithmetic'
  | 'diagCleanup'
  | 'diagLock';

const LABELS: Record<DiagnosticId, DiagnosticMessage> = {
  'setValues.general': 'diagSetValuesGeneral',
  'setValues.plainText': 'diagSetValuesPlainText',
  'rule.english': 'diagRuleEnglish',
  'rule.locale': 'diagRuleLocale',
  email: 'diagEmail',
  timeZones: 'diagTimeZones',
  locales: 'diagLocales',
  errorArgument: 'diagErrorArgument',
  cellFormula: 'diagCellFormula',
  toTextFormats: 'diagToTextFormats',
  typedError: 'diagTypedError',
  dateArithmetic: 'diagDateArithmetic',
  cleanup: 'diagCleanup',
  documentLock: 'diagLock',
};

/**
 * Runs every probe and returns the report (menu item Help → Diagnostics shows it). Each fact's
 * `answer` is language-neutral; a probe that throws answers `failed: <message>`. The temporary
 * sheet is deleted and the previously active sheet made active again whatever happens.
 */
export function runDiagnostics(say: (key: DiagnosticMessage) => string): DiagnosticsReport {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const zone = ss.getSpreadsheetTimeZone();
  const facts: DiagnosticFact[] = [];
  const record = (id: DiagnosticId, probe: () => string) => {
    let answer: string;
    try {
      answer = probe();
    } catch (err) {
      answer = `failed: ${messageOf(err)}`;
    }
    facts.push({ id, answer, text: `${say(LABELS[id])}: ${answer}` });
  };

  const previous = ss.getActiveSheet();
  const sheet = ss.insertSheet(unusedSheetName(ss), ss.getNumSheets());
  try {
    record('setValues.general', () => probeTyped(sheet, 1, false, zone));
    record('setValues.plainText', () => probeTyped(sheet, 2, true, zone));
    record('rule.english', () => probeRule(sheet, RULE_PROBES.english));
    record('rule.locale', () => probeRule(sheet, RULE_PROBES.locale));
    record('errorArgument', () => probeErrorArgument(sheet));
    record('cellFormula', () => probeCellFormula(sheet));
    record('toTextFormats', () => probeToTextFormats(sheet));
    record('typedError', () => probeTypedError(sheet, zone));
    record('dateArithmetic', () => probeDateArithmetic(sheet, zone));
  } finally {
    // The user's sheet is made active again even when the temporary sheet cannot be deleted; a sheet
    // left behind is said in the report, with its name, so the user can delete it.
    try {
      ss.deleteSheet(sheet);
    } catch (err) {
      const name = sheet.getName();
      record('cleanup', () => `the temporary sheet ${name} could not be deleted (${messageOf(err)}); delete it by hand`);
    } finally {
      previous.activate();
    }
  }
  record('email', () => (Session.getActiveUser().getEmail() ? 'visible' : 'blank'));
  record('timeZones', () => `spreadsheet ${zone}, script ${Session.getScriptTimeZone()}`);
  record('locales', () => `spreadsheet ${ss.getSpreadsheetLocale()}, user ${Session.getActiveUserLocale()}`);
  record('documentLock', probeLock);

  const lines = [say('diagTitle'), say('diagIntro'), '', ...facts.map((f) => f.text), '', say('diagRuleNote')];
  return { facts, text: lines.join('\n') };
}

/** The report as a small page: the text in a read-only box the user can select and copy. */
export function diagnosticsPage(report: DiagnosticsReport, language: Language, say: (key: DiagnosticMessage) => string): string {
  const dir = language === 'fa' || language === 'ar' ? 'rtl' : 'ltr';
  const escaped = report.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    `<!DOCTYPE html><html lang="${language}" dir="${dir}"><head><meta charset="utf-8"><base target="_top"></head>` +
    `<body style="font:13px Arial,sans-serif;margin:0">` +
    `<p>${say('diagCopy').replace(/</g, '&lt;')}</p>` +
    `<textarea id="report" readonly dir="ltr" style="width:100%;height:330px;box-sizing:border-box;font:12px monospace" onfocus="this.select()">${escaped}</textarea>` +
    `</body></html>`
  );
}
