// The Score colour rules read the columns of their own row (issue 14, found by an attack): the
// evaluator in test/core/colours.test.ts replaces every reference, so it cannot tell which column a
// rule reads; pointing the grey (no check-in) rule at the column right of Current left it green.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { columnLetter } from '../../src/core/a1';
import { scoreColourRules } from '../../src/core/colourRules';
import { DEFAULT_SETTINGS } from '../../src/core/model';
import { syntheticPlanGrid, TEMPLATE_HEADER } from '../support/syntheticPlan';

const SCORE = columnLetter(TEMPLATE_HEADER.indexOf('Score') + 1);
const CURRENT = columnLetter(TEMPLATE_HEADER.indexOf('Current') + 1);

describe('Score colour rules read the right columns of their own row', () => {
  const analysis = analyze(syntheticPlanGrid(24), { sheet: 'OKRs', settings: DEFAULT_SETTINGS });
  const rules = scoreColourRules(analysis, DEFAULT_SETTINGS, TEMPLATE_HEADER.indexOf('Score') + 1, TEMPLATE_HEADER.indexOf('Current') + 1);
  it('has rules', () => expect(rules.length).toBeGreaterThan(0));
  it("every reference is the Score or Current column of the rule's first row", () => {
    for (const r of rules) {
      for (const m of r.formula.matchAll(/\$([A-Z]+)(\d+)/g)) {
        expect(Number(m[2]), r.formula).toBe(r.row);
        expect([SCORE, CURRENT], r.formula).toContain(m[1]);
      }
    }
  });
  it('the grey (no check-in) rule tests ISBLANK of Current, the others ISNUMBER of Score', () => {
    for (const r of rules) {
      for (const m of r.formula.matchAll(/ISBLANK\(\$([A-Z]+)\d+\)/g)) expect(m[1], r.formula).toBe(CURRENT);
      for (const m of r.formula.matchAll(/ISNUMBER\(\$([A-Z]+)\d+\)/g)) expect(m[1], r.formula).toBe(SCORE);
    }
  });
});
