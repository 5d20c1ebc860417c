// OKR_BAND and OKR_STATUS answer with the bands and pace tolerances saved in Settings, the ones the
// progress tabs use, never the defaults in disguise. On the built bundle, through cells.
import { describe, expect, it } from 'vitest';
import { statusLabel } from '../../src/core';
import { newBook } from '../server/fixtures';

const SAVED = {
  bands: { aspirational: { yellow: 0.5, green: 0.8 }, committed: { yellow: 0.6, green: 0.9 } },
  tolerances: { onTrack: 0.05, atRisk: 0.1 },
};

// score, commitment → band under SAVED (worked by hand), and under the defaults where they differ.
const BANDS: [score: number, commitment: string, saved: string, byDefault: string][] = [
  [0.35, 'aspirational', 'red', 'red'],
  [0.45, 'aspirational', 'red', 'yellow'],
  [0.65, 'aspirational', 'yellow', 'yellow'],
  [0.75, 'aspirational', 'yellow', 'green'],
  [0.95, 'aspirational', 'green', 'green'],
  [0.65, 'committed', 'yellow', 'red'],
  [0.85, 'committed', 'yellow', 'yellow'],
  [0.92, 'committed', 'green', 'yellow'],
];

// score at expected 0.5 → status under SAVED (0.05 / 0.10), and under the defaults (0.15 / 0.30).
const STATUSES: [score: number, saved: 'onTrack' | 'atRisk' | 'offTrack' | 'done', byDefault: 'onTrack' | 'atRisk' | 'offTrack' | 'done'][] = [
  [0.46, 'onTrack', 'onTrack'],
  [0.42, 'atRisk', 'onTrack'],
  [0.35, 'offTrack', 'onTrack'],
  [0.25, 'offTrack', 'atRisk'],
  [1, 'done', 'done'],
];

function evaluate(save: boolean): { bands: unknown[]; statuses: unknown[] } {
  const { ss, rt } = newBook();
  if (save) {
    const current = rt.call('sidebarGetSettings') as Record<string, unknown>;
    rt.call('sidebarSaveSettings', { ...current, ...SAVED });
  }
  const sheet = ss.getSheets()[0]!;
  sheet.getRange(1, 1, BANDS.length, 2).setValues(BANDS.map(([s, c]) => [s, c]));
  sheet.getRange(1, 3, BANDS.length, 1).setFormulas(BANDS.map((_, i) => [`=OKR_BAND(A${i + 1}, B${i + 1})`]));
  sheet.getRange(1, 5, STATUSES.length, 1).setValues(STATUSES.map(([s]) => [s]));
  sheet.getRange(1, 6, STATUSES.length, 1).setFormulas(STATUSES.map((_, i) => [`=OKR_STATUS(E${i + 1}, 0.5)`]));
  // One call over a range answers with the same settings.
  sheet.getRange('H1').setFormula(`=OKR_BAND(A1:A${BANDS.length}, B1:B${BANDS.length})`);
  const range = sheet
    .getRange(1, 8, BANDS.length, 1)
    .getValues()
    .map(([v]) => v);
  const bands = sheet
    .getRange(1, 3, BANDS.length, 1)
    .getValues()
    .map(([v]) => v);
  expect(range).toEqual(bands);
  return {
    bands,
    statuses: sheet
      .getRange(1, 6, STATUSES.length, 1)
      .getValues()
      .map(([v]) => v),
  };
}

describe('OKR_BAND and OKR_STATUS follow the saved settings', () => {
  it('with saved bands and tolerances', () => {
    const { bands, statuses } = evaluate(true);
    expect(bands).toEqual(BANDS.map(([, , saved]) => saved));
    expect(statuses).toEqual(STATUSES.map(([, saved]) => statusLabel('en', saved)));
  });

  it('with nothing saved, the defaults (the same table tells the two apart)', () => {
    const { bands, statuses } = evaluate(false);
    expect(bands).toEqual(BANDS.map(([, , , byDefault]) => byDefault));
    expect(statuses).toEqual(STATUSES.map(([, , byDefault]) => statusLabel('en', byDefault)));
  });
});
