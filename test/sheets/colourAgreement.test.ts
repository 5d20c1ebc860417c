// Issue 11, the one colour rule: after a refresh, the colour each key result's Score cell shows in
// the OKR sheet (its conditional-format rules evaluated by the local runtime, in the spreadsheet's
// locale) is the colour of its Score cell in the Key results tab, for every row, mid-quarter (pace)
// and after the quarter (grade bands), in en_US and hu_HU.
import { describe, expect, it } from 'vitest';
import { loadBundle, loadWorkbook, shownBackground, type LocalSheet } from '../../local/index';
import { DETAIL_TABLE } from '../../src/core/report';

const SOURCE_COLUMN = DETAIL_TABLE.indexOf('source') + 1;

const OKR_SHEET = 'OKRs 2026-Q4';

async function refreshed(locale: string, now: number) {
  const ss = await loadWorkbook('examples/marketing-okrs.xlsx', { locale });
  ss.setSpreadsheetLocale(locale);
  const rt = loadBundle('dist/Code.js', ss, { now: () => now });
  rt.call('refreshProgress');
  return ss;
}

/** Row of the OKR sheet → background of its Score cell in the Key results tab (from the Source column). */
function tabColours(detail: LocalSheet): Map<number, string | null> {
  const values = detail.getDataRange().getValues();
  // The detail tab's columns (core/report.ts DETAIL_TABLE): Score, and the source cell last.
  const scoreCol = DETAIL_TABLE.indexOf('score') + 1;
  const sourceCol = SOURCE_COLUMN;
  const out = new Map<number, string | null>();
  values.forEach((row, i) => {
    const m = /!([A-Z]+)(\d+)$/.exec(String(row[sourceCol - 1] ?? ''));
    if (!m) return;
    const bg = detail
      .getRange(i + 1, scoreCol)
      .getBackground()
      .toLowerCase();
    out.set(Number(m[2]), bg === '#ffffff' ? null : bg);
  });
  return out;
}

describe('the OKR sheet and the tabs show one colour per key result', () => {
  it.each([
    ['en_US', 'mid-quarter (pace)', Date.UTC(2026, 10, 15, 12)],
    ['hu_HU', 'mid-quarter (pace)', Date.UTC(2026, 10, 15, 12)],
    ['en_US', 'after the quarter (grade)', Date.UTC(2027, 0, 5, 12)],
    ['hu_HU', 'after the quarter (grade)', Date.UTC(2027, 0, 5, 12)],
  ] as const)('%s, %s', async (locale, _when, now) => {
    const ss = await refreshed(locale, now);
    const okr = ss.getSheetByName(OKR_SHEET)!;
    // The detail tab (its name is in the spreadsheet's language): the one with a Source column.
    const detail = ss.getSheets().find((s) => s.getName() !== OKR_SHEET && String(s.getRange(1, SOURCE_COLUMN).getValue()) !== '')!;
    const expected = tabColours(detail);
    expect(expected.size).toBeGreaterThanOrEqual(40);
    const mismatches: string[] = [];
    let coloured = 0;
    for (const [row, colour] of expected) {
      const shown = shownBackground(okr as unknown as LocalSheet, `P${row}`)?.toLowerCase() ?? null;
      if (shown) coloured++;
      if (shown !== colour) mismatches.push(`P${row}: sheet ${shown}, tab ${colour}`);
    }
    expect(mismatches).toEqual([]);
    expect(coloured).toBeGreaterThan(30);
  });
});
