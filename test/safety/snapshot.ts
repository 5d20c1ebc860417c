// What a user owns in a spreadsheet, as one comparable text: for every tab (by id, so a rename
// shows) its name, position, hidden state, frozen rows and columns, merges, conditional-format
// rules, and per cell the value, formula, number format, note, data validation, background, font
// colour and weight. The data-safety suites take it before and after an operation (or a failed
// one) and compare: for tabs the add-on does not own, nothing may differ.
import type { LocalSheet, LocalSpreadsheet } from '../../local/index';

const cellText = (v: unknown) => (v instanceof Date ? `date:${v.toISOString()}` : v);

/** One tab, everything a user set on it. */
export function sheetSnapshot(sheet: LocalSheet): unknown {
  const rows = Math.max(sheet.getLastRow(), 1);
  const columns = Math.max(sheet.getLastColumn(), 1);
  const range = sheet.getRange(1, 1, rows, columns);
  const validations = range.getDataValidations().map((r) => r.map((v) => (v ? [String(v.getCriteriaType()), v.getCriteriaValues()] : null)));
  const rules = sheet.getConditionalFormatRules().map((rule) => {
    const condition = rule.getBooleanCondition();
    return {
      ranges: rule.getRanges().map((r) => r.getA1Notation()),
      criteria: condition
        ? [String(condition.getCriteriaType()), condition.getCriteriaValues(), condition.getBackground(), condition.getFontColor()]
        : 'gradient',
    };
  });
  return {
    id: sheet.getSheetId(),
    name: sheet.getName(),
    index: sheet.getIndex(),
    hidden: sheet.isSheetHidden(),
    size: [sheet.getMaxRows(), sheet.getMaxColumns()],
    frozen: [sheet.getFrozenRows(), sheet.getFrozenColumns()],
    merges: range.getMergedRanges().map((m) => m.getA1Notation()),
    rules,
    values: range.getValues().map((r) => r.map(cellText)),
    formulas: range.getFormulas(),
    formats: range.getNumberFormats(),
    notes: range.getNotes(),
    validations,
    backgrounds: range.getBackgrounds(),
    fontColors: range.getFontColors(),
    weights: range.getFontWeights(),
  };
}

/** Every tab of the spreadsheet (or those `keep` selects), in tab order, plus the active tab. */
export function bookSnapshot(ss: LocalSpreadsheet, keep: (sheet: LocalSheet) => boolean = () => true): string {
  return JSON.stringify({ active: ss.getActiveSheet().getName(), sheets: ss.getSheets().filter(keep).map(sheetSnapshot) });
}
