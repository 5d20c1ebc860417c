// The Score colours mean the settings' thresholds, not only agree between the sheet and the tabs:
// after the quarter, with the default bands (aspirational: yellow from 40 %, green from 70 %;
// committed: yellow from 70 %, green from 100 %), each score shows its band's colour in the OKR
// sheet (the conditional-format rules evaluated by the local runtime) and in the Key results tab.
// Swapping the committed and aspirational thresholds, in the rules or in the scoring, fails here.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, type LocalSheet, loadBundle, shownBackground } from '../../local/index';
import { CODE_PATH, kr, TEMPLATE_HEADER } from '../server/fixtures';
import { DETAIL_TABLE } from '../../src/core/report';

const SOURCE_COLUMN = DETAIL_TABLE.indexOf('source') + 1;

const BACKGROUND = { green: '#b7e1cd', yellow: '#fce8b2', red: '#f4c7c3' } as const;
type Band = keyof typeof BACKGROUND;

// [commitment, current (start 0, target 10), band after the quarter]
const ROWS: [string, number, Band][] = [
  ['aspirational', 3, 'red'],
  ['aspirational', 5, 'yellow'],
  ['aspirational', 8, 'green'],
  ['committed', 5, 'red'],
  ['committed', 8, 'yellow'],
  ['committed', 10, 'green'],
];

describe('Score colours follow the thresholds of each commitment', () => {
  it.each(['en_US', 'hu_HU'])('%s', (locale) => {
    const ss = createSpreadsheet('Thresholds', { locale, timeZone: 'Europe/Budapest' });
    const sheet = ss.addSheet('OKRs');
    sheet.getRange(1, 1, 3, 2).setValues([
      ['Quarter', '2026-Q4'],
      ['Start', '2026-10-01'],
      ['End', '2026-12-31'],
    ]);
    sheet.getRange(6, 1, 1, TEMPLATE_HEADER.length).setValues([TEMPLATE_HEADER]);
    const rows = ROWS.map(([commitment, current], i) => {
      const objective = commitment === 'committed' ? 'O2' : 'O1';
      const r = kr('Growth', objective, `Objective ${objective}`, commitment, `Reach ${i + 1} of 10 sign-ups`, 'Ana', 0, 10, current);
      return [...r, ...Array(TEMPLATE_HEADER.length - r.length).fill('')];
    });
    sheet.getRange(7, 1, rows.length, TEMPLATE_HEADER.length).setValues(rows);
    const rt = loadBundle(CODE_PATH, ss, { now: () => Date.UTC(2027, 0, 5, 12) });
    rt.call('refreshProgress');

    const scoreColumn = TEMPLATE_HEADER.indexOf('Score') + 1;
    const detail = ss.getSheets().find((s) => s.getName() !== 'OKRs' && String(s.getRange(1, SOURCE_COLUMN).getValue()) !== '')!;
    const detailValues = detail.getDataRange().getValues();
    ROWS.forEach(([commitment, current, band], i) => {
      const row = 7 + i;
      const where = `${commitment} at ${current / 10}`;
      const a1 = `${String.fromCharCode(64 + scoreColumn)}${row}`;
      expect(shownBackground(sheet as unknown as LocalSheet, a1)?.toLowerCase(), `${where}: the sheet`).toBe(BACKGROUND[band]);
      // The tab's row of this key result, by its Source cell (the last column), and its Score (10th).
      const tabRow = detailValues.findIndex((r) => new RegExp(`!F${row}$`).test(String(r[SOURCE_COLUMN - 1])));
      expect(tabRow, where).toBeGreaterThan(0);
      expect(
        detail
          .getRange(tabRow + 1, 10)
          .getBackground()
          .toLowerCase(),
        `${where}: the tab`,
      ).toBe(BACKGROUND[band]);
    });
  });
});
