// Two-tab trackers: an Objectives tab (Objective ID, Objective, Parent, Team, Commitment) and a
// Key results tab that names each key result's objective by its ID only. Adopted as the sidebar
// does it, the key-result tab takes its objectives' texts from the other tab by ID; an ID the
// other tab does not have, or has twice, is a warning at the ID cell, never a guess.
import { describe, expect, it } from 'vitest';
import type { CheckInList, MappingGuess } from '../../src/server/types';
import { saveCheckInByRow } from '../server/fixtures';
import { addSheet, adopt, bookWith, validate, type Cell } from './support';

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
function twoTabs(objectives: Cell[][] = OBJECTIVES, keyResults: Cell[][] = KEY_RESULTS, locale = 'en_US') {
  const book = bookWith('Key Results', keyResults, locale);
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
      'fa_IR',
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
