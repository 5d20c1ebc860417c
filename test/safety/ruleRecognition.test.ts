// The add-on's own Score colour rules stay its own after a co-editor moves rows: Sheets stretches or
// moves a rule's range when rows are inserted or deleted, so a rule recorded as P7:P9 may be P7:P10.
// A refresh must replace exactly its own rules (never stack stale ones ahead of the new, which would
// decide the colours) and keep every rule of the user's. Found by an attack on issue 10 (F3).
import { describe as group, expect, it } from 'vitest';
import { harness } from '../local/helpers';
import { kr, newBook, templateSheet } from '../server/fixtures';

const SHEET = 'OKRs 2030-Q3';
const ROWS = [
  kr('Growth', 'G-O1', 'Grow', '', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 120),
  kr('Growth', '', '', '', 'Grow trials from 10 to 20', 'Bo', 10, 20, 18),
  kr('Growth', '', '', '', 'Grow demos from 1 to 9', 'Cy', 1, 9, 2),
];

type Move = [name: string, move: (s: any) => void];
const MOVES: Move[] = [
  ['a row inserted inside the table', (s) => s.insertRowAfter(7)],
  ['a row inserted above the table', (s) => s.insertRowBefore(5)],
  ['a key-result row deleted', (s) => s.deleteRow(8)],
  ['two rows inserted at the end of the table', (s) => s.insertRowsAfter(9, 2)],
];

group('a refresh replaces exactly its own colour rules after rows move', () => {
  it.each(MOVES)('%s', (_name, move) => {
    const { ss, rt } = newBook();
    const sheet = templateSheet(ss, SHEET, '2030-Q3', '2030-07-01', '2030-09-30', ROWS, '2030-08-01');
    sheet.activate();
    rt.call('refreshProgress');
    move(sheet);
    sheet.activate();
    rt.call('refreshProgress');
    const afterMove = sheet.getConditionalFormatRules().map(describe);
    sheet.activate();
    rt.call('refreshProgress');
    // A second refresh changes nothing: the first one after the move already replaced every rule of its own.
    expect(sheet.getConditionalFormatRules().map(describe)).toEqual(afterMove);
    // Every rule is the add-on's, in the Score column, and no two cover the same cells.
    const cells = afterMove.flatMap((d) => d.cells);
    expect(afterMove.every((d) => d.range.startsWith('P'))).toBe(true);
    expect(new Set(cells.map((c) => `${c}|${afterMove.find((d) => d.cells.includes(c))!.formula}`)).size).toBe(cells.length);
  });
});

function describe(rule: any): { range: string; formula: string; cells: string[] } {
  const range = rule
    .getRanges()
    .map((x: any) => x.getA1Notation())
    .join(',');
  const formula = String(rule.getBooleanCondition()?.getCriteriaValues()[0] ?? '');
  const r = rule.getRanges()[0];
  const cells = Array.from({ length: r.getNumRows() }, (_, i) => `P${r.getRow() + i}:${formula}`);
  return { range, formula, cells };
}

group("a user's rule that looks like the add-on's is the user's", () => {
  type NewRule = () => any;
  type UserRule = [name: string, add: (s: any, newRule: NewRule) => void];
  const PURPLE = '#d9d2e9';
  // As a user adds a rule in Format › Conditional formatting, after the rules already there.
  const rule = (s: any, newRule: NewRule, formula: string, a1: string) =>
    s.setConditionalFormatRules([
      ...s.getConditionalFormatRules(),
      newRule()
        .whenFormulaSatisfied(formula)
        .setBackground(PURPLE)
        .setRanges([s.getRange(a1)])
        .build(),
    ]);
  const CASES: UserRule[] = [
    ['=ISNUMBER($P7) on P7:P9 (highlight scored cells)', (s, newRule) => rule(s, newRule, '=ISNUMBER($P7)', 'P7:P9')],
    ['=FALSE on P7:P9 (a rule switched off)', (s, newRule) => rule(s, newRule, '=FALSE', 'P7:P9')],
    [
      "a copy of one of the add-on's rules, recoloured, on rows to come",
      (s, newRule) => {
        // Before the first refresh there is no rule of the add-on's to copy: the shape it writes.
        const ours = s.getConditionalFormatRules()[0];
        const formula = ours ? String(ours.getBooleanCondition().getCriteriaValues()[0]) : '=(ISNUMBER($P7)+0)*($P7*10>=7)';
        rule(s, newRule, formula, 'P20:P30');
      },
    ],
  ];
  it.each(CASES)('%s: kept by every refresh, before and after the first', (_name, add) => {
    for (const refreshFirst of [false, true]) {
      const { ss, rt } = newBook();
      const sheet = templateSheet(ss, SHEET, '2030-Q3', '2030-07-01', '2030-09-30', ROWS, '2030-08-01');
      sheet.activate();
      if (refreshFirst) rt.call('refreshProgress');
      // The user's edit goes through the services, as a user's change does.
      const { SpreadsheetApp } = harness(ss);
      add(SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET), () => SpreadsheetApp.newConditionalFormatRule());
      const purple = () =>
        sheet
          .getConditionalFormatRules()
          .filter((r: any) => r.getBooleanCondition()?.getBackground() === PURPLE)
          .map(describe);
      const before = purple();
      expect(before).toHaveLength(1);
      sheet.activate();
      rt.call('refreshProgress');
      sheet.activate();
      rt.call('refreshProgress');
      expect(purple(), `refresh first: ${refreshFirst}`).toEqual(before);
    }
  });
});
