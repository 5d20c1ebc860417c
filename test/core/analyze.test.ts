// Reading the template (DESIGN §4), validating it (§6) and scoring it (§5), through analyze().
import { describe, expect, it } from 'vitest';
import { analyze, findHeader, guessMapping } from '../../src/core';
import { DEFAULT_SETTINGS, type Analysis, type CellValue } from '../../src/core/model';
import { TEMPLATE_HEADER } from '../support/syntheticPlan';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

type Row = Partial<Record<(typeof TEMPLATE_HEADER)[number], CellValue>>;

/** A template sheet: the label block, a blank row, the header in row 6, the rows from row 7. */
function sheet(rows: Row[], labels: { quarter?: string; start?: string; end?: string; asOf?: string } = {}): CellValue[][] {
  const { quarter = '2026-Q4', start = '2026-10-01', end = '2026-12-31', asOf = '2026-11-15' } = labels;
  return [
    ['Quarter', quarter],
    ['Start', utc(start)],
    ['End', utc(end)],
    ['As of', utc(asOf)],
    [],
    [...TEMPLATE_HEADER],
    ...rows.map((r) => TEMPLATE_HEADER.map((h) => r[h] ?? '')),
  ];
}

const run = (grid: CellValue[][], settings = DEFAULT_SETTINGS): Analysis => analyze(grid, { sheet: 'OKRs 2026-Q4', settings });
const codes = (a: Analysis) => a.issues.map((i) => i.code);
const issue = (a: Analysis, code: string) => a.issues.find((i) => i.code === code);

const objective = (id: string, text: string, extra: Row = {}): Row => ({ Team: 'Growth', 'Objective ID': id, Objective: text, ...extra });
const kr = (text: string, start: CellValue, target: CellValue, current: CellValue, extra: Row = {}): Row => ({
  'Key result': text,
  Owner: 'Sara',
  Start: start,
  Target: target,
  Current: current,
  ...extra,
});

describe('reading the template', () => {
  it('finds the header row by name, and reads the label block above it', () => {
    const grid = sheet([{ ...objective('G-O1', 'Win the market'), ...kr('Visits 0 → 100', 0, 100, 50) }]);
    expect(findHeader(grid)).toMatchObject({ headerRow: 6, columns: { team: 1, keyResult: 6, start: 9, score: 16, notes: 17 } });
    const a = run(grid);
    expect(a.plan.labels.quarter).toMatchObject({ value: '2026-Q4', cell: 'B1' });
    expect(a.plan.labels.asOf).toMatchObject({ value: '2026-11-15', cell: 'B4' });
    expect(a.plan.period).toMatchObject({ label: '2026-Q4', start: '2026-10-01', end: '2026-12-31' });
    expect(a.asOf).toBe('2026-11-15');
  });

  it('keeps the source cell of every value in A1 notation', () => {
    const a = run(sheet([{ ...objective('G-O1', 'Win the market'), ...kr('Visits 0 → 100', 0, 100, 50) }]));
    const k = a.plan.teams[0]!.objectives[0]!.keyResults[0]!;
    expect(k.row).toBe(7);
    expect(k.text.cell).toBe('F7');
    expect(k.start).toMatchObject({ value: 0, cell: 'I7' });
    expect(k.target).toMatchObject({ value: 100, cell: 'J7' });
    expect(k.current).toMatchObject({ value: 50, cell: 'K7' });
  });

  it('a blank Objective continues the objective above; teams group objectives', () => {
    const a = run(
      sheet([
        { ...objective('G-O1', 'Win the market'), ...kr('A 0 → 10', 0, 10, 5) },
        kr('B 0 → 10', 0, 10, 10),
        { Team: 'Brand', Objective: 'Be loved', ...kr('C 0 → 10', 0, 10, 2) },
        kr('D 0 → 10', 0, 10, 4),
      ]),
    );
    expect(a.plan.teams.map((t) => t.name)).toEqual(['Growth', 'Brand']);
    expect(a.plan.teams[0]!.objectives[0]!.keyResults.map((k) => k.row)).toEqual([7, 8]);
    const brand = a.plan.teams[1]!.objectives[0]!;
    expect(brand.idGenerated).toBe(true);
    expect(brand.id).toBe('BRAN-O1');
    expect(brand.keyResults.map((k) => k.row)).toEqual([9, 10]);
  });

  it('finds Persian, Arabic and Hungarian headers, and an explicit mapping overrides the names', () => {
    const persian = [
      ['تیم', 'هدف', 'نتیجه کلیدی', 'شروع', 'مقدار هدف', 'مقدار فعلی'],
      ['فروش', 'رشد پایدار', 'مشتری جدید', '۱۰', '۳۰', '۲۰'],
    ];
    expect(findHeader(persian)?.columns).toMatchObject({ team: 1, objective: 2, keyResult: 3, start: 4, target: 5, current: 6 });
    const a = analyze(persian, { sheet: 'OKR' });
    expect(a.scores.keyResults[0]!.score).toBeCloseTo(0.5, 12);
    const hungarian = [['Csapat', 'Célkitűzés', 'Kulcseredmény', 'Kiinduló érték', 'Célérték', 'Aktuális érték']];
    expect(Object.keys(findHeader(hungarian)?.columns ?? {}).sort()).toEqual(['current', 'keyResult', 'objective', 'start', 'target', 'team']);
    const arabic = [['الفريق', 'الهدف', 'النتيجة الرئيسية', 'خط الأساس', 'القيمة المستهدفة', 'القيمة الحالية']];
    expect(findHeader(arabic)?.columns.keyResult).toBe(3);

    const custom = [
      ['What', 'KR text', 'From', 'To', 'Now'],
      ['Grow', 'Leads', 10, 30, 20],
    ];
    expect(findHeader(custom)).toBeNull();
    const mapped = analyze(custom, { sheet: 'Mine', mapping: { headerRow: 1, columns: { objective: 1, keyResult: 2, start: 3, target: 4, current: 5 } } });
    expect(mapped.scores.keyResults[0]!.score).toBeCloseTo(0.5, 12);
    expect(guessMapping(persian)?.headers[2]).toBe('نتیجه کلیدی');
  });

  it('reads typed text the way the core reads numbers: ۳۰٪, ١٬٥٠٠, 1,500', () => {
    const a = run(sheet([{ ...objective('G-O1', 'Win'), ...kr('Share', '۱۰٪', '۳۰٪', '20%') }, kr('Leads', '١٬٥٠٠', '10,000', '3,000')]));
    expect(a.scores.keyResults[0]!.score).toBeCloseTo(0.5, 12);
    expect(a.scores.keyResults[1]!.score).toBeCloseTo(0.17647, 4);
  });

  it('an objective repeated on every row of its key results is one objective', () => {
    const grid = [
      ['Team', 'Objective', 'Key result', 'Start', 'Target', 'Current'],
      ['Growth', 'Win the market', 'A', 0, 10, 5],
      ['Growth', 'Win the market', 'B', 0, 10, 10],
      ['Growth', 'Be loved', 'C', 0, 10, 0],
      ['Brand', 'Be loved', 'D', 0, 10, 0],
    ];
    const a = analyze(grid, { sheet: 'Mine' });
    expect(a.plan.teams.map((t) => [t.name, t.objectives.map((o) => [o.text.value, o.keyResults.length])])).toEqual([
      [
        'Growth',
        [
          ['Win the market', 2],
          ['Be loved', 1],
        ],
      ],
      ['Brand', [['Be loved', 1]]],
    ]);
    expect(a.scores.objectives[0]!.score).toBe(0.75);
  });

  it('takes the quarter from the sheet name or a title above the header when there is no label block', () => {
    const rows = [
      ['Objective', 'Key result', 'Start', 'Target', 'Current'],
      ['Win', 'A', 0, 10, 5],
    ];
    expect(analyze(rows, { sheet: 'Marketing OKRs Q1 2027' }).plan.period).toMatchObject({ label: '2027-Q1', start: '2027-01-01', end: '2027-03-31' });
    expect(analyze([['Growth team OKRs – 1405-Q3'], ...rows], { sheet: 'Sheet1' }).plan.period?.label).toBe('1405-Q3');
    const none = analyze(rows, { sheet: 'Sheet1' });
    expect(none.plan.period).toBeNull();
    expect(none.issues.map((i) => i.code)).toContain('PERIOD_UNKNOWN');
  });

  it('a sheet without a header gives one clear error and an empty plan', () => {
    const a = analyze([['hello'], [1, 2, 3]], { sheet: 'Notes' });
    expect(codes(a)).toEqual(['HEADER_NOT_FOUND']);
    expect(a.plan.teams).toEqual([]);
  });
});

describe('scoring the plan', () => {
  it('objective = weighted mean of its key results; team and quarter = means of objectives', () => {
    const a = run(
      sheet([
        { ...objective('G-O1', 'Win'), ...kr('A 0 → 10', 0, 10, 10, { Weight: 2 }) },
        kr('B 0 → 10', 0, 10, 4),
        kr('Initiative 1', 0, 10, 0, { Weight: 0 }),
        { ...objective('G-O2', 'Grow'), ...kr('C 0 → 10', 0, 10, 2) },
        kr('D 0 → 10', 0, 10, 2),
      ]),
    );
    const [o1, o2] = a.scores.objectives;
    expect(o1!.score).toBeCloseTo(0.8, 12);
    expect(o2!.score).toBeCloseTo(0.2, 12);
    expect(a.scores.teams[0]!.score).toBeCloseTo(0.5, 12);
    expect(a.scores.quarter).toBeCloseTo(0.5, 12);
    expect(o1!.band).toBe('green');
    expect(o2!.band).toBe('red');
  });

  it('committed objectives use the committed bands', () => {
    const a = run(sheet([{ ...objective('G-O1', 'Keep the lights on', { Commitment: 'committed' }), ...kr('Uptime', 0, 10, 8) }, kr('B', 0, 10, 8)]));
    expect(a.scores.objectives[0]!.band).toBe('yellow');
    expect(a.scores.keyResults[0]!.band).toBe('yellow');
  });

  it('pace: expected progress is the elapsed share of the quarter at As of', () => {
    const a = run(sheet([{ ...objective('G-O1', 'Win'), ...kr('A', 0, 100, 40) }, kr('B', 0, 100, 10), kr('C', 0, 100, '')], { asOf: '2026-11-15' }));
    const [k1, k2, k3] = a.scores.keyResults;
    expect(k1!.expected).toBeCloseTo(45 / 91, 10);
    expect(k1!.status).toBe('onTrack');
    expect(k2!.status).toBe('offTrack');
    expect(k3!.status).toBe('notStarted');
    expect(k3!.checkedIn).toBe(false);
  });

  it('aligned objectives roll into their parent when the setting is on, without counting twice', () => {
    const rows = [
      { ...objective('CO-1', 'Company goal'), ...kr('A', 0, 10, 10) },
      kr('B', 0, 10, 10),
      { Team: 'Growth', 'Objective ID': 'G-1', Objective: 'Team goal', Parent: 'CO-1', ...kr('C', 0, 10, 0) },
      kr('D', 0, 10, 0),
    ];
    const off = run(sheet(rows));
    expect(off.scores.objectives.map((o) => o.score)).toEqual([1, 0]);
    expect(off.scores.quarter).toBe(0.5);
    const on = run(sheet(rows), { ...DEFAULT_SETTINGS, rollUpAligned: true });
    // Parent: its two key results (1, 1) and the child (0) as one part each → 2/3.
    expect(on.scores.objectives[0]!.score).toBeCloseTo(2 / 3, 12);
    expect(on.scores.objectives[1]!.score).toBe(0);
    // The child counts inside its parent only.
    expect(on.scores.quarter).toBeCloseTo(2 / 3, 12);
    expect(on.scores.teams[0]!.score).toBeCloseTo(2 / 3, 12);
  });

  it('an alignment cycle is reported and not followed', () => {
    const rows = [
      { ...objective('A', 'Alpha', { Parent: 'B' }), ...kr('A1', 0, 10, 10) },
      kr('A2', 0, 10, 10),
      { ...objective('B', 'Beta', { Parent: 'A' }), ...kr('B1', 0, 10, 0) },
      kr('B2', 0, 10, 0),
    ];
    const a = run(sheet(rows), { ...DEFAULT_SETTINGS, rollUpAligned: true });
    expect(issue(a, 'OBJ_ALIGNMENT_CYCLE')).toMatchObject({ severity: 'error', cell: 'D7', params: { path: 'A → B → A' } });
    expect(a.scores.objectives.map((o) => o.score)).toEqual([1, 0]);
  });
});

describe('validation (DESIGN §6)', () => {
  it('start equal to target is an error on the row, which is then not scored', () => {
    const a = run(sheet([{ ...objective('G-O1', 'Win'), ...kr('Same', 5, 5, 5) }, kr('B', 0, 10, 5)]));
    expect(issue(a, 'KR_START_EQUALS_TARGET')).toMatchObject({ severity: 'error', cell: 'J7', sheet: 'OKRs 2026-Q4' });
    expect(a.scores.keyResults[0]!.score).toBeNull();
    expect(a.scores.objectives[0]!.score).toBe(0.5);
  });

  it('ambiguous, error and non-numeric values are errors that point at the cell; nothing is guessed', () => {
    const a = run(
      sheet([
        { ...objective('G-O1', 'Win'), ...kr('Revenue', 0, '$500K', 100) },
        kr('Leads', 0, 100, '#REF!'),
        kr('Visits', 0, 100, 'about 20'),
        kr('Shares', 'lots', 100, 20),
      ]),
    );
    expect(a.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell])).toEqual([
      ['VALUE_AMBIGUOUS', 'J7'],
      ['VALUE_ERROR', 'K8'],
      ['VALUE_AMBIGUOUS', 'K9'],
      ['VALUE_NOT_NUMBER', 'I10'],
    ]);
    expect(a.scores.keyResults.every((k) => k.score === null)).toBe(true);
  });

  it('structural errors: no objective, unknown type, duplicate ID, unknown parent, bad weight, bad or out-of-quarter dates', () => {
    const a = run(
      sheet([
        kr('Orphan', 0, 10, 5),
        { ...objective('G-O1', 'Win'), ...kr('A', 0, 10, 5, { Type: 'sideways' }) },
        kr('B', 0, 10, 5, { Weight: -1 }),
        kr('C', 0, 10, 5, { Due: 'next Friday' }),
        kr('D', 0, 10, 5, { Due: utc('2027-02-01') }),
        { ...objective('G-O1', 'Again', { Parent: 'NOPE' }), ...kr('E', 0, 10, 5) },
        kr('F', 0, 10, 5),
      ]),
    );
    expect(a.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell])).toEqual([
      ['KR_NO_OBJECTIVE', 'F7'],
      ['KR_UNKNOWN_TYPE', 'H8'],
      ['KR_WEIGHT_INVALID', 'M9'],
      ['DATE_UNPARSABLE', 'O10'],
      ['KR_DUE_OUTSIDE_QUARTER', 'O11'],
      ['OBJ_DUPLICATE_ID', 'B12'],
      ['OBJ_PARENT_NOT_FOUND', 'D12'],
    ]);
    expect(issue(a, 'OBJ_DUPLICATE_ID')!.params).toEqual({ id: 'G-O1', first: 'B8' });
  });

  it('warnings: too few or many key results, numbers in objectives, tasks, no owner, contradicting types, sandbagging', () => {
    const many = Array.from({ length: 5 }, (_, i) => kr(`More ${i} 0 → 10`, 0, 10, 5));
    const a = run(
      sheet([
        { ...objective('G-O1', 'Grow revenue by 20%'), ...kr('Launch the new pricing page', '', '', '') },
        { ...objective('G-O2', 'Be loved'), ...kr('NPS 30 → 50', 30, 50, 40, { Owner: '' }) },
        kr('Churn 8 → 5', 8, 5, 6, { Type: 'increase' }),
        kr('Uptime at least 99', 99.5, 99, 99.6, { Type: 'at least' }),
        ...many,
      ]),
    );
    expect(a.issues.filter((i) => i.severity === 'warning').map((i) => [i.code, i.cell])).toEqual([
      ['OBJ_HAS_NUMBER', 'C7'],
      ['OBJ_TOO_FEW_KRS', 'C7'],
      ['KR_NO_NUMBER', 'F7'],
      ['KR_NO_CHECKIN', 'K7'],
      ['OBJ_TOO_MANY_KRS', 'C8'],
      ['KR_NO_OWNER', 'G8'],
      ['KR_TYPE_CONTRADICTS', 'H9'],
      ['KR_ALREADY_MET', 'J10'],
    ]);
    // The task-like row is tracked as a milestone, not done yet.
    expect(a.scores.keyResults[0]).toMatchObject({ type: 'milestone', score: 0, checkedIn: false });
  });

  it('"increase by 20 %" with no baseline is scored from 0 with a warning', () => {
    const a = run(sheet([{ ...objective('G-O1', 'Win'), ...kr('Increase signups by 20%', '', 0.2, 0.1) }, kr('B', 0, 10, 5)]));
    expect(issue(a, 'KR_PERCENT_NO_BASELINE')).toMatchObject({ severity: 'warning', cell: 'I7' });
    expect(a.scores.keyResults[0]!.score).toBeCloseTo(0.5, 12);
  });

  it('no check-in is a warning only once a third of the quarter has passed', () => {
    const rows = [{ ...objective('G-O1', 'Win'), ...kr('A', 0, 10, '') }, kr('B', 0, 10, 5)];
    expect(codes(run(sheet(rows, { asOf: '2026-10-20' })))).not.toContain('KR_NO_CHECKIN');
    expect(issue(run(sheet(rows, { asOf: '2026-11-20' })), 'KR_NO_CHECKIN')).toMatchObject({ cell: 'K7', params: { elapsed: '55%' } });
  });

  it('at quarter end: an average above 0.9 is not ambitious, a committed objective below 1 needs a review', () => {
    const easy = run(sheet([{ ...objective('G-O1', 'Win'), ...kr('A', 0, 10, 10) }, kr('B', 0, 10, 9.5)], { asOf: '2026-12-31' }));
    expect(issue(easy, 'QUARTER_TOO_EASY')).toMatchObject({ severity: 'warning', cell: 'B1', params: { score: '98%' } });
    const missed = run(sheet([{ ...objective('G-O1', 'Keep', { Commitment: 'committed' }), ...kr('A', 0, 10, 9) }, kr('B', 0, 10, 9)], { asOf: '2026-12-31' }));
    expect(issue(missed, 'OBJ_COMMITTED_MISSED')).toMatchObject({ cell: 'C7', params: { score: '90%' } });
    const midQuarter = run(sheet([{ ...objective('G-O1', 'Win'), ...kr('A', 0, 10, 10) }, kr('B', 0, 10, 9.5)], { asOf: '2026-11-01' }));
    expect(codes(midQuarter)).not.toContain('QUARTER_TOO_EASY');
  });

  it('a Jalali quarter from the label block: 1403-Q4 ends on the leap day 1403-12-30', () => {
    const grid = sheet([{ ...objective('G-O1', 'Win'), ...kr('A', 0, 10, 5) }, kr('B', 0, 10, 5)], {
      quarter: '1403-Q4',
      start: '2024-12-21',
      end: '2025-03-20',
      asOf: '2025-02-04',
    });
    const a = run(grid);
    expect(a.plan.period).toMatchObject({ calendar: 'jalali', label: '1403-Q4', start: '2024-12-21', end: '2025-03-20' });
    expect(a.scores.keyResults[0]!.expected).toBeCloseTo(45 / 89, 10);
  });

  it('every issue names a message key that exists in all four languages', async () => {
    const { MESSAGES } = await import('../../src/core/i18n');
    const a = run(
      sheet([
        kr('Orphan', 0, 10, 5),
        { ...objective('G-O1', 'Grow revenue by 20%'), ...kr('Launch', '', '', '') },
        { ...objective('G-O2', 'Win'), ...kr('Same', 5, 5, 5, { Type: 'x', Due: 'soon', Weight: 'heavy', Confidence: 42 }) },
      ]),
    );
    expect(a.issues.length).toBeGreaterThan(5);
    for (const i of a.issues)
      for (const lang of ['en', 'fa', 'ar', 'hu'] as const) expect(MESSAGES[lang][i.messageKey], `${lang} ${i.messageKey}`).toBeTypeOf('string');
  });
});
