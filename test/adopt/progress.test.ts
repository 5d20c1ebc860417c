// Progress-only and periodic trackers: a Progress/Score column, or monthly and weekly columns,
// adopted with no manual mapping and scored.
import { describe, expect, it } from 'vitest';
import type { CheckInList, MappingGuess } from '../../src/server/types';
import { adopt, bookWith, codes, type Cell } from './support';

interface ProgressCase {
  name: string;
  rows: Cell[][];
  /** The quarter score the add-on reports (mean of key-result grades per objective, then objectives). */
  score: number;
}

const PROGRESS_CASES: ProgressCase[] = [
  {
    name: 'Progress % as fractions',
    rows: [
      ['Objective', 'Key Results', 'Owner', 'Progress %'],
      ['Win', 'Ship the app', 'Ana', 0.6],
      ['', 'Sign 3 partners', 'Bo', 0.2],
    ],
    score: 0.4,
  },
  {
    name: 'Progress on a 0–100 scale',
    rows: [
      ['Objective', 'Key Results', 'Owner', 'Progress'],
      ['Win', 'Ship the app', 'Ana', 60],
      ['', 'Sign 3 partners', 'Bo', 20],
    ],
    score: 0.4,
  },
  {
    name: 'Persian average progress (%)',
    rows: [
      ['اهداف', 'نتایج کلیدی', 'مسئول', 'میانگین پیشرفت (%)'],
      ['رشد', 'راه‌اندازی اپ', 'سارا', 60],
      ['', 'جذب ۳ شریک', 'علی', 20],
    ],
    score: 0.4,
  },
  {
    name: 'Score column (Google grades)',
    rows: [
      ['Objective', 'KR', 'Score'],
      ['Win', 'Ship the app', 0.7],
      ['', 'Sign 3 partners', 0.3],
      ['Keep', 'Cut churn', 1],
    ],
    score: 0.75,
  },
  {
    name: 'monthly progress columns, last filled month counts',
    rows: [
      ['Objective', 'Key result', 'Month 1 (%)', 'Month 2 (%)', 'Month 3 (%)'],
      ['Win', 'Ship the app', 20, 50, ''],
      ['', 'Sign 3 partners', 10, '', ''],
    ],
    score: 0.3,
  },
];

describe('progress-only sheets', () => {
  for (const c of PROGRESS_CASES) {
    it(`adopts and scores: ${c.name}`, () => {
      const book = bookWith('Plan', c.rows);
      const { guess, report, checkIn } = adopt(book, 'Plan');
      expect(guess.missing).toEqual([]);
      expect(codes(report)).toEqual([]);
      expect(report.score).toBeCloseTo(c.score, 6);
      expect(checkIn.rows.every((r) => r.type === 'grade')).toBe(true);
    });
  }

  it('says a value of 1 or less in a 0–100 column could be either scale', () => {
    const book = bookWith('Plan', [
      ['Objective', 'Key Results', 'Progress'],
      ['Win', 'Ship the app', 60],
      ['', 'Sign 3 partners', 0.5],
    ]);
    const { report } = adopt(book, 'Plan');
    expect(codes(report)).toEqual(['VALUE_AMBIGUOUS@C3']);
  });
});

describe('weekly trackers with start and target', () => {
  const WEEKS = Array.from({ length: 13 }, (_, i) => `Wk ${i + 1}`);
  const week = (values: number[]): Cell[] => [...values, ...Array(13 - values.length).fill('')];

  it('takes the last filled week as the current value', () => {
    const book = bookWith('Plan', [
      ['Objective', 'Key result', 'Start', 'Target', ...WEEKS],
      ['Win', 'Grow sign-ups from 100 to 200', 100, 200, ...week([110, 120, 150])],
      ['', 'Cut churn from 5 to 3', 5, 3, ...week([5, 4])],
    ]);
    const { guess, report, checkIn } = adopt(book, 'Plan');
    expect(guess.periodic).toEqual(['E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q']);
    expect(codes(report)).toEqual([]);
    expect(checkIn.rows.map((r) => [r.keyResult, r.current])).toEqual([
      ['Grow sign-ups from 100 to 200', '150'],
      ['Cut churn from 5 to 3', '4'],
    ]);
    expect(report.score).toBeCloseTo((0.5 + 0.5) / 2, 6);
  });

  it('reads Hungarian and Persian week headers', () => {
    for (const weeks of [
      ['1. hét', '2. hét', '3. hét'],
      ['هفته ۱', 'هفته ۲', 'هفته ۳'],
    ]) {
      const book = bookWith('Plan', [
        ['Objective', 'Key result', 'Start', 'Target', ...weeks],
        ['Win', 'Grow sign-ups from 100 to 200', 100, 200, 120, 140, ''],
      ]);
      const guess = book.rt.call<MappingGuess>('sidebarDetectMapping', { sheet: 'Plan' });
      expect(guess.periodic).toEqual(['E', 'F', 'G']);
      const { report } = adopt(book, 'Plan');
      expect(codes(report)).toEqual([]);
      const list = book.rt.call<CheckInList>('sidebarCheckInRows', { sheet: 'Plan' });
      expect(list.rows[0]!.current).toBe('140');
    }
  });
});
