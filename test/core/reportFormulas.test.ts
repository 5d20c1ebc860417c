// What the progress tabs' formulas mean, not only their shape: every progress bar reads the Score
// of its own row, in the column headed Score of its own table, in every language. Pointing the bars
// at another column (Band, Expected) or another row fails here.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { COLUMN_NAMES } from '../../src/core/i18n/columns';
import { DEFAULT_SETTINGS, LANGUAGES, type Language } from '../../src/core/model';
import { buildReport, type ReportTab } from '../../src/core/report';
import { syntheticPlanGrid } from '../support/syntheticPlan';

const letterIndex = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

interface Bar {
  row: number;
  column: number;
  refRow: number;
  refColumn: number;
}

/** Every progress bar of a tab: where it is (0-based) and the cell it reads. */
function barsOf(tab: ReportTab): Bar[] {
  const bars: Bar[] = [];
  tab.rows.forEach((cells, row) =>
    cells.forEach((cell, column) => {
      const m = cell.formula ? /^=IF\(ISNUMBER\(([A-Z]+)(\d+)\),SPARKLINE\(([A-Z]+)(\d+),/.exec(cell.formula) : null;
      if (!cell.formula?.includes('SPARKLINE')) return;
      expect(m, cell.formula).not.toBeNull();
      expect(`${m![3]}${m![4]}`, 'the test and the bar read one cell').toBe(`${m![1]}${m![2]}`);
      bars.push({ row, column, refRow: Number(m![2]) - 1, refColumn: letterIndex(m![1]!) });
    }),
  );
  return bars;
}

/** The header row of the table a bar sits in: the nearest row above it headed Progress in the bar's column. */
function headerRowOf(tab: ReportTab, bar: Bar, language: Language): number {
  for (let r = bar.row - 1; r >= 0; r--) if (tab.rows[r]![bar.column]!.text === COLUMN_NAMES[language].progress) return r;
  return -1;
}

describe('progress bars read the Score of their own row', () => {
  const grid = syntheticPlanGrid(48);
  for (const language of LANGUAGES) {
    it(language, () => {
      const settings = { ...DEFAULT_SETTINGS, language };
      const analysis = analyze(grid, { sheet: 'OKRs', settings });
      const [overview, detail] = buildReport(analysis, { settings });
      const objectives = analysis.plan.teams.reduce((n, t) => n + t.objectives.length, 0);
      const expectedBars: [ReportTab, number][] = [
        [overview!, analysis.scores.teams.length + objectives],
        [detail!, analysis.scores.keyResults.length],
      ];
      for (const [tab, count] of expectedBars) {
        const bars = barsOf(tab);
        expect(bars).toHaveLength(count);
        for (const bar of bars) {
          const where = `${tab.kind} row ${bar.row + 1}`;
          expect(bar.refRow, where).toBe(bar.row);
          const header = headerRowOf(tab, bar, language);
          expect(header, where).toBeGreaterThanOrEqual(0);
          expect(tab.rows[header]![bar.refColumn]!.text, where).toBe(COLUMN_NAMES[language].score);
          const read = tab.rows[bar.refRow]![bar.refColumn]!;
          expect(read.number !== undefined || read.text === '–', where).toBe(true);
        }
      }
    });
  }
});
