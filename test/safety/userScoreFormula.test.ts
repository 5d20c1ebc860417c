// Only the add-on's own cells (found by an attack on issue 11): Refresh upgrades the add-on's earlier
// Score formulas, and recognised them by shape alone, so a user's own =OKR_SCORE over other columns
// (their adjusted baseline in column R) was replaced without a word. Ours reads the mapped columns.
import { describe, expect, it } from 'vitest';
import { newBook, q4Sheet } from '../server/fixtures';

describe('a user’s own =OKR_SCORE in the Score column', () => {
  it('is kept by Refresh when its ranges are not the mapped Start/Target/Current columns', () => {
    const { ss, rt } = newBook();
    const sheet = q4Sheet(ss, [
      ['A', 'O1', 'Grow', '', '', 'Grow trials from 10 to 20', 'Bo', '', 10, 20, 15, ''],
      ['A', '', '', '', '', 'Grow demos from 0 to 8', 'Bo', '', 0, 8, 4, ''],
    ]);
    // The user's adjusted baseline beside the table, and their own Score formula that uses it.
    sheet.getRange('R6:R8').setValues([['Adjusted start'], [12], [2]]);
    const mine = '=ARRAYFORMULA(OKR_SCORE(R7:R, J7:J, K7:K))';
    sheet.getRange('P7').setFormula(mine);
    rt.call('refreshProgress');
    expect(sheet.getRange('P7').getFormula()).toBe(mine);
  });
});
