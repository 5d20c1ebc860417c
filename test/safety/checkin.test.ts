// Check-in by identity: between the list (sidebarCheckInRows) and the save (sidebarSaveCheckIn), a
// co-editor moves, edits or duplicates rows. The save either writes the key result the user picked,
// wherever it is now, or refuses as a whole, names the key result, and changes nothing.
import { describe, expect, it } from 'vitest';
import type { LocalSheet, LocalSpreadsheet } from '../../local/index';
import type { CheckInList } from '../../src/server/types';
import { entriesByRow, errorOf, kr, newBook, templateSheet, TEMPLATE_HEADER } from '../server/fixtures';

const SHEET = 'OKRs 2030-Q3';
const CURRENT = TEMPLATE_HEADER.indexOf('Current') + 1;
const KEY_RESULT = TEMPLATE_HEADER.indexOf('Key result') + 1;
const [START, TARGET, TYPE, UNIT, CONFIDENCE] = (['Start', 'Target', 'Type', 'Unit', 'Confidence'] as const).map((h) => TEMPLATE_HEADER.indexOf(h) + 1) as [
  number,
  number,
  number,
  number,
  number,
];

function planned() {
  const book = newBook({ email: 'ana@example.com' });
  templateSheet(
    book.ss,
    SHEET,
    '2030-Q3',
    '2030-07-01',
    '2030-09-30',
    [
      kr('Growth', 'G-O1', 'Win the market', '', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 120),
      kr('Growth', '', '', '', 'Grow trials from 10 to 20', 'Bo', 10, 20, 12),
      kr('Brand', 'B-O1', 'Be known', '', 'Grow mentions from 40 to 80', 'Cy', 40, 80, 50),
    ],
    '2030-08-01',
  );
  return book;
}

/** Every Current cell with the key-result text beside it, and every history row. */
function currents(ss: LocalSpreadsheet): string[] {
  const sheet = ss.getSheetByName(SHEET)!;
  const last = sheet.getLastRow();
  return sheet
    .getRange(1, 1, last, TEMPLATE_HEADER.length)
    .getValues()
    .map((r) => `${r[KEY_RESULT - 1]}=${r[CURRENT - 1]}`);
}
function historyRows(ss: LocalSpreadsheet): unknown[][] {
  const history = ss.getSheetByName('OKR history');
  return history
    ? history
        .getRange(2, 1, Math.max(history.getLastRow() - 1, 1), 9)
        .getValues()
        .filter((r) => r[4] !== '')
    : [];
}

type Move = (sheet: LocalSheet) => void;
// [what the co-editor did, the move, the outcome: 'follows' (sign-ups gets 180 wherever it is) or a refusal message]
const MOVES: Array<[string, Move, 'follows' | RegExp]> = [
  ['nothing', () => {}, 'follows'],
  [
    'inserts a key result above',
    (s) => {
      s.insertRowBefore(7);
      s.getRange(7, 1, 1, 12).setValues([kr('Growth', 'G-O0', 'Ship faster', '', 'Cut lead time from 10 to 5', 'Di', 10, 5, 8)]);
    },
    'follows',
  ],
  ['deletes a row above', (s) => s.deleteRow(5), 'follows'],
  [
    'sorts the rows',
    (s) => {
      const rows = s.getRange(7, 1, 3, TEMPLATE_HEADER.length).getValues();
      s.getRange(7, 1, 3, TEMPLATE_HEADER.length).setValues([rows[2]!, rows[1]!, rows[0]!]);
    },
    'follows',
  ],
  [
    'changes its Current',
    (s) => s.getRange(7, CURRENT).setValue(130),
    /The Current of “Grow sign-ups from 100 to 200” changed since the list was loaded \(120 → 130\).*Nothing was saved/,
  ],
  [
    'rewords it',
    (s) => s.getRange(7, KEY_RESULT).setValue('Grow sign-ups from 100 to 250'),
    /“Grow sign-ups from 100 to 200” is no longer in “OKRs 2030-Q3”.*Nothing was saved/,
  ],
  ['deletes it', (s) => s.deleteRow(7), /“Grow sign-ups from 100 to 200” is no longer in/],
  // What the value was typed against changed: the co-editor's edit is never lost or misread.
  ...(
    [
      ['raises its Confidence', CONFIDENCE, 9],
      ['changes its Target', TARGET, 1000],
      ['changes its Start', START, 50],
      ['gives it a Type', TYPE, 'at least'],
      ['gives it a Unit', UNIT, 'users'],
    ] as const
  ).map(([what, column, value]): [string, Move, RegExp] => [
    what,
    (s) => s.getRange(7, column).setValue(value),
    /“Grow sign-ups from 100 to 200” changed in the sheet since the list was loaded.*Nothing was saved/,
  ]),
  ['moves it to another team', (s) => s.getRange(7, 1).setValue('Brand'), /“Grow sign-ups from 100 to 200” is no longer in/],
  [
    'duplicates it',
    (s) => {
      s.insertRowAfter(7);
      s.getRange(8, 1, 1, 12).setValues([kr('Growth', '', '', '', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 120)]);
    },
    /“Grow sign-ups from 100 to 200” appears more than once in “OKRs 2030-Q3” \(rows 7, 8\).*Nothing was saved/,
  ],
];

describe('check-in saves by identity, never by row', () => {
  it.each(MOVES)('a co-editor %s between list and save', (_what, move, outcome) => {
    const { ss, rt } = planned();
    const list = rt.call<CheckInList>('sidebarCheckInRows', { sheet: SHEET });
    const sheet = ss.getSheetByName(SHEET)!;
    move(sheet);
    const before = currents(ss);
    const save = () =>
      rt.call('sidebarSaveCheckIn', {
        sheet: SHEET,
        entries: entriesByRow(list.rows, [
          { row: 7, value: '180', confidence: 7, comment: 'good week' },
          { row: 9, value: '60' },
        ]),
      });
    if (outcome === 'follows') {
      save();
      const after = currents(ss);
      // Exactly the two key results picked changed, wherever they are now.
      const changed = after.filter((c, i) => c !== before[i]);
      expect(changed.sort()).toEqual(['Grow mentions from 40 to 80=60', 'Grow sign-ups from 100 to 200=180']);
      const logged = historyRows(ss).map((r) => `${r[4]}:${r[5]}→${r[6]}@${r[3]}`);
      const rowOf = (text: string) => after.findIndex((c) => c.startsWith(`${text}=`)) + 1;
      expect(logged).toEqual([
        `Grow sign-ups from 100 to 200:120→180@${rowOf('Grow sign-ups from 100 to 200')}`,
        `Grow mentions from 40 to 80:50→60@${rowOf('Grow mentions from 40 to 80')}`,
      ]);
    } else {
      expect(errorOf(save)).toMatch(outcome);
      expect(currents(ss)).toEqual(before);
      expect(historyRows(ss)).toEqual([]);
    }
  });
});

describe('two teams with the same objective and key result text', () => {
  function twoTeams() {
    const book = newBook();
    templateSheet(
      book.ss,
      SHEET,
      '2030-Q3',
      '2030-07-01',
      '2030-09-30',
      [
        kr('Growth', 'G-O1', 'Delight customers', '', 'Raise NPS from 30 to 50', 'Ana', 30, 50, 35),
        kr('Growth', '', '', '', 'Grow trials from 10 to 20', 'Bo', 10, 20, 12),
        kr('Support', 'S-O1', 'Delight customers', '', 'Raise NPS from 30 to 50', 'Cy', 30, 50, 40),
        kr('Support', '', '', '', 'Answer within a day', 'Cy', 0, 1, 0),
      ],
      '2030-08-01',
    );
    return book;
  }

  it('a check-in listed under one team is saved in that team', () => {
    const { ss, rt } = twoTeams();
    const list = rt.call<CheckInList>('sidebarCheckInRows', { sheet: SHEET, team: 'Support' });
    rt.call('sidebarSaveCheckIn', { sheet: SHEET, entries: entriesByRow(list.rows, [{ row: 9, value: '45' }]) });
    const nps = ss.getSheetByName(SHEET)!.getRange(7, CURRENT, 3, 1).getValues().flat();
    expect(nps).toEqual([35, 12, 45]);
  });

  it("never lands in the other team's key result when its own row is deleted", () => {
    const { ss, rt } = twoTeams();
    const list = rt.call<CheckInList>('sidebarCheckInRows', { sheet: SHEET, team: 'Growth' });
    const sheet = ss.getSheetByName(SHEET)!;
    // A Growth co-editor deletes Growth's NPS row (the objective moves to the next row).
    sheet.getRange(8, 2, 1, 4).setValues([['G-O1', 'Delight customers', '', '']]);
    sheet.deleteRow(7);
    const before = currents(ss);
    const save = () => rt.call('sidebarSaveCheckIn', { sheet: SHEET, entries: entriesByRow(list.rows, [{ row: 7, value: '45' }]) });
    expect(errorOf(save)).toMatch(/“Raise NPS from 30 to 50” is no longer in .*Nothing was saved/);
    expect(currents(ss)).toEqual(before);
    expect(historyRows(ss)).toEqual([]);
  });
});

describe('a check-in value that could mean two numbers is asked about, never guessed', () => {
  // [locale, typed, the message's words]
  it.each([
    ['en_US', '0.215', /Row 7: “0\.215” could be 21\.5% \(a fraction\) or 0\.215 %\. Type 21\.5% or 0\.215% to say which\./],
    ['hu_HU', '0,215', /7\. sor: a\(z\) „0,215” jelenthet 21,5% értéket/],
  ])('%s: %s for a key result from 18 %% to 25 %%', (locale, typed, message) => {
    const { ss, rt } = newBook({ locale });
    const sheet = templateSheet(
      ss,
      SHEET,
      '2030-Q3',
      '2030-07-01',
      '2030-09-30',
      [kr('Growth', 'G-O1', 'Win', '', 'Lift conversion from 18% to 25%', 'Ana', 0.18, 0.25, 0.2)],
      '2030-08-01',
    );
    sheet.getRange('I7:K7').setNumberFormat('0%');
    const before = sheet.getRange('K7').getValue();
    const list = rt.call<CheckInList>('sidebarCheckInRows', { sheet: SHEET });
    expect(errorOf(() => rt.call('sidebarSaveCheckIn', { sheet: SHEET, entries: entriesByRow(list.rows, [{ row: 7, value: typed }]) }))).toMatch(message);
    expect(sheet.getRange('K7').getValue()).toBe(before);
    // Said with the sign, it is saved.
    rt.call('sidebarSaveCheckIn', { sheet: SHEET, entries: entriesByRow(list.rows, [{ row: 7, value: `${typed}%` }]) });
    expect(sheet.getRange('K7').getValue()).toBeCloseTo(0.00215, 9);
  });
});
