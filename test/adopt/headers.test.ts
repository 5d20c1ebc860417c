// Header detection on the layouts teams use, and adopted mappings that follow their headers.
import { describe, expect, it } from 'vitest';
import type { ColumnKey } from '../../src/core/model';
import type { CheckInList, MappingGuess, ValidationReport } from '../../src/server/types';
import { errorOf } from '../server/fixtures';
import { adopt, bookWith, codes, shownOf, validate, type Cell } from './support';

interface HeaderCase {
  name: string;
  rows: Cell[][];
  headerRow: number;
  columns: Partial<Record<ColumnKey, number>>;
}

// Each row: a header people write, as found in public templates (values invented).
const HEADER_CASES: HeaderCase[] = [
  {
    name: 'Objective | Key Results | Progress % (fewest names)',
    rows: [
      ['Objective', 'Key Results', 'Progress %'],
      ['Win', 'Ship the app', 0.5],
    ],
    headerRow: 1,
    columns: { objective: 1, keyResult: 2, score: 3 },
  },
  {
    name: 'Objective IDs (plural) and a Description column as the key result',
    rows: [
      ['Objective IDs', 'Description', 'Person', 'Baseline', 'Target', 'Actual'],
      ['O1', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 150],
    ],
    headerRow: 1,
    columns: { objectiveId: 1, keyResult: 2, owner: 3, start: 4, target: 5, current: 6 },
  },
  {
    name: 'Goal next to an Objective column holds the target (Kalungi-like tracker with title rows)',
    rows: [
      ['Marketing OKR tracker'],
      [],
      ['#', 'Objective', 'Key Result', 'Owner', 'Baseline', 'Goal', 'Actual', 'Progress', 'Status', 'Due Date', 'Comments'],
      [1, 'Win', 'Grow MQLs from 100 to 200', 'Priya', 100, 200, 150, 0.5, 'On track', '', ''],
    ],
    headerRow: 3,
    columns: { objective: 2, keyResult: 3, owner: 4, start: 5, target: 6, current: 7, score: 8, due: 10, notes: 11 },
  },
  {
    name: 'Goal without an Objective column is the objective',
    rows: [
      ['Goal', 'KR', 'Start', 'Target', 'Actual'],
      ['Win', 'Grow sign-ups from 100 to 200', 100, 200, 150],
    ],
    headerRow: 1,
    columns: { objective: 1, keyResult: 2, start: 3, target: 4, current: 5 },
  },
  {
    name: 'Persian bilingual headers',
    rows: [
      ['هدف (Objective)', 'عنوان نتیجه کلیدی (Key Result)', 'مسئول (Owner)', 'مقدار پایه (Baseline)', 'مقدار هدف (Target)', 'مقدار فعلی (Actual)'],
      ['رشد', 'افزایش ثبت‌نام از ۱۰۰ به ۲۰۰', 'سارا', 100, 200, 150],
    ],
    headerRow: 1,
    columns: { objective: 1, keyResult: 2, owner: 3, start: 4, target: 5, current: 6 },
  },
  {
    name: 'Persian progress-only sheet',
    rows: [
      ['ردیف', 'اهداف', 'نتایج کلیدی', 'مسئول', 'میانگین پیشرفت (%)'],
      [1, 'رشد', 'راه‌اندازی اپ', 'سارا', 40],
    ],
    headerRow: 1,
    columns: { objective: 2, keyResult: 3, owner: 4, score: 5 },
  },
  {
    name: 'English / Arabic headers split by a slash',
    rows: [
      ['Objective / الهدف', 'Key result / النتيجة الرئيسية', 'Baseline / خط الأساس', 'Target / المستهدف', 'Actual / القيمة الفعلية'],
      ['Win', 'Grow sign-ups from 100 to 200', 100, 200, 150],
    ],
    headerRow: 1,
    columns: { objective: 1, keyResult: 2, start: 3, target: 4, current: 5 },
  },
  {
    name: 'Hungarian with a KR ID column that is not the objective ID',
    rows: [
      ['KR ID', 'Célkitűzés', 'Kulcseredmény', 'Felelős', 'Bázisérték', 'Célérték', 'Tényérték'],
      ['KR1', 'Növekedés', 'Regisztrációk 100-ról 200-ra', 'Anna', 100, 200, 150],
    ],
    headerRow: 1,
    columns: { objective: 2, keyResult: 3, owner: 4, start: 5, target: 6, current: 7 },
  },
];

describe('header detection', () => {
  for (const c of HEADER_CASES) {
    it(`finds the header: ${c.name}`, () => {
      const book = bookWith('Plan', c.rows);
      const guess = book.rt.call<MappingGuess>('sidebarDetectMapping', { sheet: 'Plan' });
      expect(guess.headerRow).toBe(c.headerRow);
      expect(guess.columns).toEqual(c.columns);
    });
  }

  it('adopts the Goal tracker with no manual mapping and scores it', () => {
    const book = bookWith('Plan', HEADER_CASES[2]!.rows);
    const { report, checkIn } = adopt(book, 'Plan');
    expect(codes(report)).toEqual([]);
    expect(checkIn.rows.map((r) => [r.keyResult, r.owner, r.start, r.target, r.current])).toEqual([
      ['Grow MQLs from 100 to 200', 'Priya', '100', '200', '150'],
    ]);
  });

  it('refuses to save a mapping without a column that tells progress', () => {
    const book = bookWith('Plan', [
      ['Objective', 'Key Results', 'Owner'],
      ['Win', 'Ship the app', 'Ana'],
    ]);
    const guess = book.rt.call<MappingGuess>('sidebarDetectMapping', { sheet: 'Plan' });
    expect(guess.columns).toEqual({ objective: 1, keyResult: 2, owner: 3 });
    expect(
      errorOf(() => book.rt.call('sidebarSaveMapping', { sheet: 'Plan', headerRow: guess.headerRow, columns: guess.columns, shown: shownOf(guess) })),
    ).toBe('Choose a column for at least: Current.');
    expect(book.rt.call<MappingGuess>('sidebarDetectMapping', { sheet: 'Plan' }).saved).toBe(false);
  });

  it('refuses a mapped column without a header text, or whose header is in the row twice', () => {
    const book = bookWith('Plan', [
      ['Objective', 'Key result', 'Actual', '', 'Actual'],
      ['Win', 'Grow sign-ups from 100 to 200', 150, 3, 4],
    ]);
    expect(
      errorOf(() =>
        book.rt.call('sidebarSaveMapping', {
          sheet: 'Plan',
          headerRow: 1,
          columns: { objective: 1, keyResult: 2, current: 4 },
          shown: { objective: 'Objective', keyResult: 'Key result', current: '' },
        }),
      ),
    ).toMatch(/Column D .* has no header in row 1/);
    expect(
      errorOf(() =>
        book.rt.call('sidebarSaveMapping', {
          sheet: 'Plan',
          headerRow: 1,
          columns: { objective: 1, keyResult: 2, current: 3 },
          shown: { objective: 'Objective', keyResult: 'Key result', current: 'Actual' },
        }),
      ),
    ).toMatch(/“Actual” .* appears more than once in row 1/);
  });
});

const TRACKER: Cell[][] = [
  ['Objective', 'Key result', 'Baseline', 'Target', 'Actual', 'Comments'],
  ['Win', 'Grow sign-ups from 100 to 200', 100, 200, 150, 'keep'],
  ['', 'Grow trials from 10 to 20', 10, 20, 12, 'note'],
];

function rowsOf(list: CheckInList): string[][] {
  return list.rows.map((r) => [String(r.row), r.keyResult, r.start, r.target, r.current]);
}

describe('adopted mappings follow their headers', () => {
  it('follows a column inserted before the mapped ones', () => {
    const book = bookWith('Plan', TRACKER);
    adopt(book, 'Plan');
    book.sheet.insertColumnBefore(3);
    book.sheet.getRange(1, 3, 3, 1).setValues([['Theme'], ['Growth'], ['Growth']]);
    const report = validate(book, 'Plan');
    expect(codes(report)).toEqual([]);
    const list = book.rt.call<CheckInList>('sidebarCheckInRows', { sheet: 'Plan' });
    expect(rowsOf(list)).toEqual([
      ['2', 'Grow sign-ups from 100 to 200', '100', '200', '150'],
      ['3', 'Grow trials from 10 to 20', '10', '20', '12'],
    ]);
    const again = book.rt.call<MappingGuess>('sidebarDetectMapping', { sheet: 'Plan' });
    expect(again.saved).toBe(true);
    expect(again.columns).toMatchObject({ start: 4, target: 5, current: 6 });
  });

  it('follows columns that were reordered, and a title row added above the header', () => {
    const book = bookWith('Plan', TRACKER);
    adopt(book, 'Plan');
    // Swap Target and Actual, then add two title rows.
    book.sheet.getRange(1, 4, 3, 2).setValues([
      ['Actual', 'Target'],
      [150, 200],
      [12, 20],
    ]);
    book.sheet.insertRowsBefore(1, 2);
    book.sheet.getRange(1, 1).setValues([['Growth OKRs Q4 2026']]);
    const report = validate(book, 'Plan');
    expect(codes(report)).toEqual([]);
    const list = book.rt.call<CheckInList>('sidebarCheckInRows', { sheet: 'Plan' });
    // The old header row (now row 3) is the header, not a key result.
    expect(rowsOf(list)).toEqual([
      ['4', 'Grow sign-ups from 100 to 200', '100', '200', '150'],
      ['5', 'Grow trials from 10 to 20', '10', '20', '12'],
    ]);
  });

  it('reports a mapped header that is gone as an error at the header, until the sheet is adopted again', () => {
    const book = bookWith('Plan', TRACKER);
    const { checkIn } = adopt(book, 'Plan');
    book.sheet.deleteColumn(5); // Actual
    const before = book.sheet.getDataRange().getValues();
    // A check-in is refused as a whole, and nothing is written by position.
    const entry = {
      ref: checkIn.rows[0]!.ref,
      current: checkIn.rows[0]!.current,
      seen: checkIn.rows[0]!.seen,
      team: checkIn.rows[0]!.team,
      value: '170',
      confidence: null,
      comment: '',
    };
    expect(errorOf(() => book.rt.call('sidebarSaveCheckIn', { sheet: 'Plan', entries: [entry] }))).toMatch(/can no longer all be found by their headers/);
    expect(book.sheet.getDataRange().getValues()).toEqual(before);
    const report = validate(book, 'Plan');
    const gone = report.issues.find((i) => i.code === 'MAPPING_HEADER_GONE');
    expect(gone).toMatchObject({ severity: 'error', cell: 'E1' });
    expect(gone!.message).toContain('"Actual"');
    expect(gone!.message).toContain('Adopt this sheet');
    // Adopting again with a new Actual column clears it.
    book.sheet.getRange(1, 6, 3, 1).setValues([['Actual'], [160], [13]]);
    const { report: again } = adopt(book, 'Plan');
    expect(codes(again)).toEqual([]);
  });

  it('reports a mapped header that is now in the row twice', () => {
    const book = bookWith('Plan', TRACKER);
    adopt(book, 'Plan');
    book.sheet.getRange(1, 7, 2, 1).setValues([['Target'], [5]]);
    const report = validate(book, 'Plan');
    const twice = report.issues.find((i) => i.code === 'MAPPING_HEADER_AMBIGUOUS');
    expect(twice).toMatchObject({ severity: 'error', cell: 'D1' });
    expect(twice!.message).toContain('D1, G1');
  });

  it('moves a mapping saved by position onto header texts on its first read', () => {
    const book = bookWith('Plan', TRACKER);
    const id = book.sheet.getSheetId();
    // A mapping as earlier versions saved it: header row and column numbers only.
    book.ss.documentProperties.set(
      `okr-sheets.mapping.${id}`,
      JSON.stringify({ headerRow: 1, columns: { objective: 1, keyResult: 2, start: 3, target: 4, current: 5 } }),
    );
    expect(codes(validate(book, 'Plan'))).toEqual([]);
    const stored = JSON.parse(book.ss.documentProperties.get(`okr-sheets.mapping.${id}`)!) as { headerTexts: Record<string, string> };
    expect(stored.headerTexts).toEqual({ objective: 'Objective', keyResult: 'Key result', start: 'Baseline', target: 'Target', current: 'Actual' });
    book.sheet.insertColumnBefore(1);
    const list = book.rt.call<CheckInList>('sidebarCheckInRows', { sheet: 'Plan' });
    expect(rowsOf(list)[0]).toEqual(['2', 'Grow sign-ups from 100 to 200', '100', '200', '150']);
  });

  it('keeps the saved report honest: adopting reports through the same validation', () => {
    const book = bookWith('Plan', TRACKER);
    const { report } = adopt(book, 'Plan') as { report: ValidationReport };
    expect(report.sheet).toBe('Plan');
    expect(report.counts.error).toBe(0);
  });
});
