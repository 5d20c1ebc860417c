// Two-tab trackers: an Objectives tab (Objective ID, Objective, Parent, Team, Commitment) and a
// Key results tab that names each key result's objective by its ID only. Adopted as the sidebar
// does it, the key-result tab takes its objectives' texts from the other tab by ID; an ID the
// other tab does not have, or has twice, is a warning at the ID cell, never a guess.
import { describe, expect, it } from 'vitest';
import type { CheckInList, MappingGuess } from '../../src/server/types';
import { saveCheckInByRow } from '../server/fixtures';
import { addSheet, adopt, bookWith, shownOf, validate, type Cell } from './support';

const KEY_RESULTS: Cell[][] = [
  ['Quarter', '2026-Q4'],
  [],
  ['KR ID', 'Objective ID', 'Key result', 'Owner', 'Start', 'Target', 'Current'],
  ['KR-1', 'O1', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 150],
  ['KR-2', 'O1', 'Cut churn from 5 to 3', 'Bo', 5, 3, 4],
  ['KR-3', 'O2', 'Ship the mobile app', 'Cy', 0, 1, 0],
];

const OBJECTIVES: Cell[][] = [
  ['Objective ID', 'Objective', 'Team', 'Parent', 'Commitment'],
  ['O1', 'Delight our customers', 'Growth', '', 'committed'],
  ['O2', 'Be everywhere our users are', 'Product', 'O1', 'aspirational'],
];

/** A book with the objectives tab first and the key-result tab active. */
/** `userLocale`: the user's own locale (a Persian user has `fa`; Sheets has no fa_IR spreadsheet locale). */
function twoTabs(objectives: Cell[][] = OBJECTIVES, keyResults: Cell[][] = KEY_RESULTS, userLocale?: string) {
  const book = bookWith('Key Results', keyResults, 'en_US', undefined, userLocale);
  addSheet(book.ss, 'Objectives', objectives);
  book.ss.setActiveSheet(book.sheet);
  return book;
}

const rowsOf = (list: CheckInList) => list.rows.map((r) => [r.objectiveId, r.objective, r.team, r.keyResult]);

describe('a key-result tab takes its objectives from the objectives tab', () => {
  it('adopted with no manual mapping: texts, teams and commitments by ID', () => {
    const book = twoTabs();
    const guess = book.rt.call<MappingGuess>('sidebarDetectMapping', { sheet: 'Key Results' });
    expect(guess.objectivesTab).toBe('Objectives');
    const { report, checkIn } = adopt(book, 'Key Results');
    expect(report.issues.filter((i) => i.severity !== 'info').map((i) => i.code)).not.toContain('OBJ_ID_NOT_LINKED');
    expect(rowsOf(checkIn)).toEqual([
      ['O1', 'Delight our customers', 'Growth', 'Grow sign-ups from 100 to 200'],
      ['O1', 'Delight our customers', 'Growth', 'Cut churn from 5 to 3'],
      ['O2', 'Be everywhere our users are', 'Product', 'Ship the mobile app'],
    ]);
    // The progress tabs name the objectives by their texts, under their teams.
    book.rt.call('sidebarRefresh', { sheet: 'Key Results' });
    const overview = book.ss.getSheets().find((s) => s.getName().startsWith('Progress'))!;
    const shown = overview.getDataRange().getValues().flat();
    expect(shown).toEqual(expect.arrayContaining(['Delight our customers', 'Be everywhere our users are', 'Growth', 'Product']));
  });

  it('a check-in logs the objective text from the other tab, and its tab is never written', () => {
    const book = twoTabs();
    adopt(book, 'Key Results');
    const objectives = book.ss.getSheetByName('Objectives')!;
    const before = objectives.getDataRange().getValues();
    saveCheckInByRow(book.rt, 'Key Results', [{ row: 4, value: '160' }]);
    expect(book.sheet.getRange('G4').getValue()).toBe(160);
    const history = book.ss.getSheets().find((s) => /history/i.test(s.getName()))!;
    const log = history.getDataRange().getValues();
    const objectiveColumn = log[0]!.indexOf('Objective');
    expect(log[1]![objectiveColumn]).toBe('Delight our customers');
    expect(objectives.getDataRange().getValues()).toEqual(before);
  });

  it('follows a rename of the objectives tab and an edit of an objective there', () => {
    const book = twoTabs();
    adopt(book, 'Key Results');
    const objectives = book.ss.getSheetByName('Objectives')!;
    objectives.setName('Goals 2026');
    objectives.getRange('B3').setValue('Be wherever our users are');
    const list = book.rt.call<CheckInList>('sidebarCheckInRows', { sheet: 'Key Results' });
    expect(list.rows[2]!.objective).toBe('Be wherever our users are');
  });

  it.each([
    [
      'ids in Persian digits (O۱ is O1)',
      [
        ['Objective ID', 'Objective'],
        ['O۱', 'Delight our customers'],
        ['O۲', 'Be everywhere our users are'],
      ],
      [],
    ],
    [
      'ids in another case and with spaces',
      [
        ['Objective ID', 'Objective'],
        [' o1 ', 'Delight our customers'],
        ['o2', 'Be everywhere our users are'],
      ],
      [],
    ],
    [
      'an ID the objectives tab does not have',
      [
        ['Objective ID', 'Objective'],
        ['O1', 'Delight our customers'],
      ],
      ['OBJ_ID_NOT_LINKED@B6'],
    ],
    [
      'an ID on the objectives tab twice with different texts',
      [
        ['Objective ID', 'Objective'],
        ['O1', 'Delight our customers'],
        ['O2', 'Be everywhere'],
        ['O2', 'Be anywhere'],
      ],
      ['OBJ_ID_AMBIGUOUS_LINK@B6'],
    ],
  ] as [string, Cell[][], string[]][])('%s', (_name, objectives, warnings) => {
    const book = twoTabs(objectives);
    adopt(book, 'Key Results');
    const report = validate(book, 'Key Results');
    const linkWarnings = report.issues.filter((i) => i.code.startsWith('OBJ_ID_') || i.code === 'OBJECTIVES_TAB_GONE').map((i) => `${i.code}@${i.cell}`);
    expect(linkWarnings).toEqual(warnings);
    const list = book.rt.call<CheckInList>('sidebarCheckInRows', { sheet: 'Key Results' });
    expect(list.rows[0]!.objective).toBe('Delight our customers');
    // Never a guess: an objective that could not be linked keeps only its ID.
    if (warnings.length) expect(list.rows[2]!.objective).toBe('');
  });

  it('the objectives tab deleted: one warning, objectives by ID only, nothing else changes', () => {
    const book = twoTabs();
    adopt(book, 'Key Results');
    book.ss.deleteSheet(book.ss.getSheetByName('Objectives')!);
    const report = validate(book, 'Key Results');
    expect(report.issues.filter((i) => i.code === 'OBJECTIVES_TAB_GONE').map((i) => i.message)).toEqual([expect.stringContaining('“Objectives”')]);
    const list = book.rt.call<CheckInList>('sidebarCheckInRows', { sheet: 'Key Results' });
    expect(list.rows.map((r) => r.objective)).toEqual(['', '', '']);
  });

  it('a key-result tab with its own Objective column is not linked', () => {
    const rows = KEY_RESULTS.map((r, i) => (i < 2 ? r : [...r.slice(0, 2), i === 2 ? 'Objective' : `Own ${r[1]}`, ...r.slice(2)]));
    const book = twoTabs(OBJECTIVES, rows);
    const guess = book.rt.call<MappingGuess>('sidebarDetectMapping', { sheet: 'Key Results' });
    expect(guess.objectivesTab).toBeNull();
    const { checkIn } = adopt(book, 'Key Results');
    expect(checkIn.rows[0]!.objective).toBe('Own O1');
  });

  it('in Persian: شناسه هدف links the two tabs and the warning is in Persian', () => {
    const book = twoTabs(
      [
        ['شناسه هدف', 'هدف'],
        ['ه۱', 'رضایت مشتریان'],
      ],
      [
        ['فصل', '1405-Q3'],
        [],
        ['شناسه هدف', 'نتیجه کلیدی', 'شروع', 'هدف عددی', 'مقدار فعلی'],
        ['ه۱', 'افزایش ثبت‌نام از ۱۰۰ به ۲۰۰', 100, 200, 150],
        ['ه۲', 'کاهش ریزش از ۵ به ۳', 5, 3, 4],
      ],
      'fa',
    );
    const guess = book.rt.call<MappingGuess>('sidebarDetectMapping', { sheet: 'Key Results' });
    expect(guess.objectivesTab).toBe('Objectives');
    const { report, checkIn } = adopt(book, 'Key Results');
    expect(checkIn.rows[0]!.objective).toBe('رضایت مشتریان');
    const warning = report.issues.find((i) => i.code === 'OBJ_ID_NOT_LINKED');
    expect(warning?.cell).toBe('A5');
    expect(warning?.message).toContain('در برگهٔ');
  });
});

// Found by an independent attack on issue 13: objectives tabs as people keep them.
describe('objectives tabs as people keep them', () => {
  const objectivesOf = (list: CheckInList) => list.rows.map((r) => `${r.objectiveId}:${r.objective}:${r.team}`);

  it('IDs with direction marks copied from right-to-left text still match', () => {
    const book = twoTabs([
      ['Objective ID', 'Objective'],
      ['\u200fO1', 'Delight our customers'],
      ['O2\u200e', 'Be everywhere our users are'],
    ]);
    const { checkIn } = adopt(book, 'Key Results');
    expect(checkIn.rows.map((r) => r.objective)).toEqual(['Delight our customers', 'Delight our customers', 'Be everywhere our users are']);
  });

  it('numeric IDs shown with a number format (1,001) still match', () => {
    const rows: Cell[][] = KEY_RESULTS.map((r, i) => (i < 3 ? r : [r[0]!, r[1] === 'O1' ? 1001 : 1002, ...r.slice(2)]));
    const book = twoTabs(
      [
        ['Objective ID', 'Objective'],
        [1001, 'Delight our customers'],
        [1002, 'Be everywhere our users are'],
      ],
      rows,
    );
    book.sheet.getRange('B4:B6').setNumberFormat('#,##0');
    const guess = book.rt.call<MappingGuess>('sidebarDetectMapping', { sheet: 'Key Results' });
    expect(guess.objectivesTab).toBe('Objectives');
  });

  it('a "Key results" column of counts on the objectives tab is fine', () => {
    const book = twoTabs([
      ['Objective ID', 'Objective', 'Key results'],
      ['O1', 'Delight our customers', 2],
      ['O2', 'Be everywhere our users are', 1],
    ]);
    const { guess } = adopt(book, 'Key Results');
    expect(guess.objectivesTab).toBe('Objectives');
  });

  it('a one-tab OKR sheet (key results as text) is never taken as the objectives tab', () => {
    const book = twoTabs([
      ['Objective ID', 'Objective', 'Key result', 'Start', 'Target', 'Current'],
      ['O1', 'Last quarter: delight', 'Grow NPS from 20 to 30', 20, 30, 25],
      ['O2', 'Last quarter: be everywhere', 'Ship the web app', 0, 1, 1],
    ]);
    const guess = book.rt.call<MappingGuess>('sidebarDetectMapping', { sheet: 'Key Results' });
    expect(guess.objectivesTab).toBeNull();
  });

  it('two tabs that both hold every ID: neither is used, the Adopt view names both and Save says why', () => {
    const book = twoTabs();
    addSheet(book.ss, 'Objectives 2026', [
      ['Objective ID', 'Objective'],
      ['O1', 'Delight customers in 2026'],
      ['O2', 'Be everywhere in 2026'],
    ]);
    book.ss.setActiveSheet(book.sheet);
    const guess = book.rt.call<MappingGuess>('sidebarDetectMapping', { sheet: 'Key Results' });
    expect(guess.objectivesTab).toBeNull();
    expect(guess.objectivesTied.sort()).toEqual(['Objectives', 'Objectives 2026']);
    // Saving is refused with the reason, never a mapping whose objectives are silently blank.
    expect(() =>
      book.rt.call('sidebarSaveMapping', { sheet: 'Key Results', headerRow: guess.headerRow, columns: guess.columns, shown: shownOf(guess) }),
    ).toThrow(/“Objectives”, “Objectives 2026” all list these objective IDs/);
  });

  it("an objective's key results on rows apart (O1, O2, O1) are one objective", () => {
    const rows: Cell[][] = [...KEY_RESULTS.slice(0, 4), KEY_RESULTS[5]!, KEY_RESULTS[4]!];
    const book = twoTabs(OBJECTIVES, rows);
    const { report, checkIn } = adopt(book, 'Key Results');
    expect(report.issues.map((i) => i.code)).not.toContain('OBJ_DUPLICATE_ID');
    // Listed by row: O1, O2, O1, the first and last under one objective.
    expect(objectivesOf(checkIn)).toEqual(['O1:Delight our customers:Growth', 'O2:Be everywhere our users are:Product', 'O1:Delight our customers:Growth']);
    expect(report.issues.filter((i) => i.code === 'OBJ_TOO_FEW_KRS').map((i) => i.cell)).toEqual(['B5']);
  });

  it('an error on the objectives tab is a warning at the ID, never the objective text', () => {
    const book = twoTabs();
    adopt(book, 'Key Results');
    book.ss.getSheetByName('Objectives')!.getRange('B3').setValue('#DIV/0!');
    const report = validate(book, 'Key Results');
    expect(report.issues.filter((i) => i.code === 'OBJ_LINK_ERROR').map((i) => i.cell)).toEqual(['B6']);
    const list = book.rt.call<CheckInList>('sidebarCheckInRows', { sheet: 'Key Results' });
    expect(list.rows[2]!.objective).toBe('');
  });

  it('a Team column left blank takes the teams of the objectives tab', () => {
    const rows: Cell[][] = KEY_RESULTS.map((r, i) => (i < 2 ? r : [i === 2 ? 'Team' : '', ...r]));
    const book = twoTabs(OBJECTIVES, rows);
    const { checkIn } = adopt(book, 'Key Results');
    expect(checkIn.rows.map((r) => r.team)).toEqual(['Growth', 'Growth', 'Product']);
  });
});

// Found by a re-attack on issue 13 (N4, N5).
describe('two-tab trackers, second round', () => {
  it('an objective with no team on the objectives tab is never filed under the team above it', () => {
    const rows: Cell[][] = [
      ...KEY_RESULTS.map((r, i) => (i < 2 ? r : [i === 2 ? 'Team' : '', ...r])),
      ['', 'KR-4', 'O3', 'Answer within a day', 'Di', 0, 1, 0],
    ];
    const book = twoTabs([...OBJECTIVES, ['O3', 'Be reachable', '', '', '']], rows);
    const { checkIn } = adopt(book, 'Key Results');
    expect(checkIn.rows.map((r) => r.team)).toEqual(['Growth', 'Growth', 'Product', '']);
  });

  it('Save refuses when a second tab listing the IDs appeared after the Adopt view was read', () => {
    const book = twoTabs();
    const guess = book.rt.call<MappingGuess>('sidebarDetectMapping', { sheet: 'Key Results' });
    expect(guess.objectivesTab).toBe('Objectives');
    addSheet(book.ss, 'Objectives copy', OBJECTIVES);
    expect(() =>
      book.rt.call('sidebarSaveMapping', { sheet: 'Key Results', headerRow: guess.headerRow, columns: guess.columns, shown: shownOf(guess) }),
    ).toThrow(/all list these objective IDs.*Nothing was saved/);
  });
});

// Found by an attack on issue 13: a tab that also lists key results' texts is a one-tab OKR sheet,
// never an objectives tab; the key-result tab's objectives then had only their IDs, with no word why.
describe('objectives named by ID with no tab that lists their texts', () => {
  it.each([
    ['no other tab at all', null],
    [
      'the only other tab also lists key results’ texts',
      [
        ['Objective ID', 'Objective', 'Key results'],
        ['O1', 'Delight our customers', 'Grow sign-ups; cut churn'],
        ['O2', 'Be everywhere', 'Ship the app'],
      ] as Cell[][],
    ],
  ] as const)('%s: a warning at the ID header says the tabs show the IDs', (_name, other) => {
    const book = bookWith('Key Results', KEY_RESULTS);
    if (other) addSheet(book.ss, 'Summary', [...other]);
    book.ss.setActiveSheet(book.sheet);
    const { report, checkIn } = adopt(book, 'Key Results');
    expect(report.issues.filter((i) => i.code === 'OBJ_TEXT_BY_ID_ONLY').map((i) => [i.cell, i.message])).toEqual([
      ['B3', expect.stringMatching(/^Objectives are named only by their IDs \(column B\)/)],
    ]);
    expect(checkIn.rows.map((r) => r.objectiveId)).toEqual(['O1', 'O1', 'O2']);
  });

  it('linked to an objectives tab: no such warning', () => {
    const { report } = adopt(twoTabs(), 'Key Results');
    expect(report.issues.map((i) => i.code)).not.toContain('OBJ_TEXT_BY_ID_ONLY');
  });
});
