// Argument separators, one per syntax (local/formulaSyntax.ts). A formula a script sets on a cell is
// read in English syntax in every locale: "," between arguments, a decimal point, and ";" only
// between the rows of an array literal. A ";" between arguments from a script is not documented to
// work anywhere, so the runtime reads it as a parse error (#ERROR! for the whole formula). A
// conditional-format rule formula is read in the spreadsheet locale's syntax: ";" and 0,4 in hu_HU,
// "," and 0.4 in en_US, and the other form does not parse (the rule colours nothing).
import { describe, expect, it } from 'vitest';
import { conditionalFormatProblems, createSpreadsheet, LocalConditionalFormatRuleBuilder, shownBackground } from '../../local/index';

// [locale, how it is written, formula, value]
const CELLS: [string, 'setFormula' | 'setValue' | 'setFormulas', string, unknown][] = [
  ['en_US', 'setFormula', '=SUM(1,2)', 3],
  ['en_US', 'setFormula', '=SUM(1;2)', '#ERROR!'],
  ['hu_HU', 'setFormula', '=SUM(1,2)', 3],
  ['hu_HU', 'setFormula', '=SUM(1;2)', '#ERROR!'],
  ['hu_HU', 'setFormula', '=ROUND(1.25,1)', 1.3],
  ['de_DE', 'setFormula', '=IF(1>0,0.5,2)', 0.5],
  ['de_DE', 'setFormula', '=IF(1>0;0,5;2)', '#ERROR!'],
  ['hu_HU', 'setValue', '=SUM(1,2)', 3],
  ['hu_HU', 'setValue', '=SUM(1;2)', '#ERROR!'],
  ['en_US', 'setFormulas', '=MAX(1,SUM(2;3))', '#ERROR!'],
  // A parse error is the whole formula's: IFERROR cannot catch it.
  ['en_US', 'setFormula', '=IFERROR(SUM(1;2),0)', '#ERROR!'],
  ['en_US', 'setFormula', '=IFERROR(1/0,0)', 0],
  // ";" between the rows of an array literal is English syntax (the progress tabs' SPARKLINE options).
  ['hu_HU', 'setFormula', '=SPARKLINE(1,{"charttype","bar";"max",1})', ''],
];

describe('cell formulas written by a script', () => {
  it.each(CELLS)('%s, %s(%j) gives %j', (locale, how, formula, value) => {
    const ss = createSpreadsheet('Separators', { locale });
    const range = ss.getSheets()[0]!.getRange('A1');
    if (how === 'setFormula') range.setFormula(formula);
    else if (how === 'setValue') range.setValue(formula);
    else range.setFormulas([[formula]]);
    expect(range.getFormula()).toBe(formula);
    expect(range.getValue()).toEqual(value);
  });
});

// [locale, rule formula, colours A1 holding 0.5]
const RULES: [string, string, boolean][] = [
  ['en_US', '=A1>0.4', true],
  ['en_US', '=AND(ISNUMBER(A1),A1>0.4)', true],
  ['en_US', '=AND(ISNUMBER(A1);A1>0.4)', false],
  ['hu_HU', '=AND(ISNUMBER(A1);A1>0,4)', true],
  ['hu_HU', '=AND(ISNUMBER(A1),A1>0.4)', false],
  ['hu_HU', '=A1*10>4', true],
  ['de_DE', '=AND(ISNUMBER(A1);A1>0,4)', true],
  ['ar_EG', '=AND(ISNUMBER(A1),A1>0.4)', true],
  ['ar_EG', '=AND(ISNUMBER(A1);A1>0.4)', false],
];

describe('conditional-format rule formulas', () => {
  it.each(RULES)('%s: %j colours: %s', (locale, formula, colours) => {
    const ss = createSpreadsheet('Rules', { locale });
    const sheet = ss.getSheets()[0]!;
    sheet.getRange('A1').setValue(0.5);
    const rule = new LocalConditionalFormatRuleBuilder()
      .whenFormulaSatisfied(formula)
      .setBackground('#b7e1cd')
      .setRanges([sheet.getRange('A1')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(shownBackground(sheet, 'A1')).toBe(colours ? '#b7e1cd' : null);
    expect(conditionalFormatProblems(ss)).toEqual(colours ? [] : [`${sheet.getName()}!A1: ${formula}`]);
  });
});
