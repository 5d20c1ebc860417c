// Every formula the add-on writes, in a Hungarian-locale spreadsheet (decimal comma, ";" between
// arguments): conditional-format rule formulas are read in the locale's syntax (local/
// conditionalFormatting.ts), so each must parse there and colour every cell as it does in en_US.
// Cell formulas are set with Range.setFormula(s)/setValues, read in en_US syntax.
import { describe, expect, it } from 'vitest';
import {
  conditionalFormatProblems,
  createSpreadsheet,
  LocalConditionalFormatRuleBuilder,
  isWellFormed,
  loadBundle,
  loadWorkbook,
  parseFormula,
  shownBackground,
  shownFormat,
  type LocalSheet,
  type LocalSpreadsheet,
} from '../../local/index';

const NOW = Date.UTC(2026, 10, 15, 12);

async function refreshedIn(locale: string): Promise<LocalSpreadsheet> {
  const ss = await loadWorkbook('examples/marketing-okrs.xlsx', { locale });
  ss.setSpreadsheetLocale(locale);
  const rt = loadBundle('dist/Code.js', ss, { now: () => NOW });
  rt.call('refreshProgress');
  return ss;
}

function ruleFormulas(ss: LocalSpreadsheet): string[] {
  return ss.sheets.flatMap((sheet) =>
    sheet.conditionalFormats.filter((r) => r.boolean?.criteria === 'CUSTOM_FORMULA').map((r) => String(r.boolean!.values[0])),
  );
}

function cellFormulas(ss: LocalSpreadsheet): string[] {
  return ss.sheets.flatMap((sheet) =>
    sheet
      .getDataRange()
      .getFormulas()
      .flat()
      .filter((f) => f !== ''),
  );
}

describe('formulas the add-on writes, in a Hungarian spreadsheet', () => {
  it('writes rule formulas that parse in hu_HU and colour every cell as in en_US', async () => {
    const hu = await refreshedIn('hu_HU');
    const rules = ruleFormulas(hu);
    expect(rules.length).toBeGreaterThan(0);
    expect(conditionalFormatProblems(hu)).toEqual([]);
    for (const formula of rules) expect(formula, formula).not.toMatch(/[,;]|\d\.\d/);

    const cells: [LocalSheet, number, number][] = [];
    for (const sheet of hu.sheets) {
      for (const rule of sheet.conditionalFormats) {
        for (const range of rule.ranges) {
          for (let r = range.row; r < range.row + range.numRows; r++)
            for (let c = range.column; c < range.column + range.numColumns; c++) cells.push([sheet, r, c]);
        }
      }
    }
    const inHu = cells.map(([sheet, r, c]) => shownFormat(sheet, r, c));
    hu.setSpreadsheetLocale('en_US');
    const inEn = cells.map(([sheet, r, c]) => shownFormat(sheet, r, c));
    expect(inHu).toEqual(inEn);
    const coloured = inHu.filter((f) => f?.background).length;
    expect(coloured).toBeGreaterThan(0);
  });

  it('writes cell formulas that parse in en_US syntax, the syntax of setFormula', async () => {
    const hu = await refreshedIn('hu_HU');
    const formulas = cellFormulas(hu);
    expect(formulas.length).toBeGreaterThan(0);
    for (const formula of formulas) expect(isWellFormed(parseFormula(formula)), formula).toBe(true);
  });

  it('shows no colour for a rule written with "," and "0.7" in hu_HU, and the problem is named', () => {
    const ss = createSpreadsheet('Rule', { locale: 'hu_HU' });
    const sheet = ss.getSheets()[0]!;
    sheet.getRange('A1').setValue(0.8);
    const build = (formula: string, colour: string) =>
      new LocalConditionalFormatRuleBuilder()
        .whenFormulaSatisfied(formula)
        .setBackground(colour)
        .setRanges([sheet.getRange('A1')])
        .build();
    sheet.setConditionalFormatRules([build('=AND(ISNUMBER(A1),A1>=0.7)', '#b7e1cd'), build('=(ISNUMBER(A1)+(A1*10>=7))>1', '#fce8b2')]);
    expect(shownBackground(sheet, 'A1')).toBe('#fce8b2');
    expect(conditionalFormatProblems(ss)).toEqual(['Sheet1!A1: =AND(ISNUMBER(A1),A1>=0.7)']);
    ss.setSpreadsheetLocale('en_US');
    expect(shownBackground(sheet, 'A1')).toBe('#b7e1cd');
    expect(conditionalFormatProblems(ss)).toEqual([]);
    ss.setSpreadsheetLocale('hu_HU');
    sheet.setConditionalFormatRules([build('=ÉS(1;1)', '#000000'), build('=AND(ISNUMBER(A1);A1>=0,7)', '#b7e1cd')]);
    expect(shownBackground(sheet, 'A1')).toBe('#b7e1cd');
  });
});
