// The local Sheets runtime: an in-memory stand-in for the Apps Script services the add-on uses,
// .xlsx loading and saving, and a loader that runs the built dist/Code.js against them.
//
//   const ss = await loadWorkbook('examples/marketing-okrs.xlsx');
//   const rt = loadBundle('dist/Code.js', ss);
//   rt.resetCounter();
//   rt.call('refreshProgress');
//   console.log(rt.counter.spreadsheetCalls);
//   await saveWorkbook(ss, 'out.xlsx');
export { CallCounter, type CallCounts } from './counter';
export { NotImplementedError, ScriptException } from './errors';
export { isWellFormed, parseFormula, recalculate, type CustomFunctionHost } from './formulas';
export type { AuthModeName } from './authMode';
export { handleScriptRunCall, ScriptRunTransferError, serializeForScriptRun, type ScriptRunResult, type ScriptRunValue } from './google-script-run';
export { createSpreadsheet, loadBundle, type BundleOptions, type BundleRuntime } from './runtime';
export { createServices, Environment, type EnvironmentOptions, type ServiceGlobals } from './services/index';
export type { LockScope, LockWait } from './services/lock';
export type { LogEntry } from './services/logging';
export type { MenuEntry, MenuSnapshot, ShownHtml, UiLog } from './services/ui';
export * from './spreadsheet/index';
export { loadWorkbook, saveWorkbook, STATE_SHEET, toExcelWorkbook, workbookToBuffer, type LoadOptions } from './xlsx';
export { conditionalFormatProblems, formulaSyntaxOf, shownBackground, shownFormat, type ShownFormat } from './conditionalFormatting';
