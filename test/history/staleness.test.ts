// Staleness: a key result with no check-in for longer than Stale after (default 14 days) is a
// KR_STALE warning in Validate, in the progress tabs' issue list and in the check-in view. Days are
// counted between days of the spreadsheet's time zone, so the boundary (14 days: fresh, 15: stale)
// holds east and west of UTC where the UTC day differs from the day the user saw.
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle, type LocalSpreadsheet } from '../../local/index';
import { daysBetween, staleKeyResults, stalenessIssues } from '../../src/core/staleness';
import { formatMessage } from '../../src/core/i18n';
import { keyResultRef } from '../../src/core/identity';
import { parsePlan } from '../../src/core/parse';
import { DEFAULT_SETTINGS } from '../../src/core/model';
import { CODE_PATH, kr, templateSheet } from '../server/fixtures';

const SHEET = 'OKRs 2030-Q3';
const SIGN_UPS = 'Grow sign-ups from 100 to 200';
const TRIALS = 'Grow trials from 10 to 20';

function book(timeZone: string): LocalSpreadsheet {
  const ss = createSpreadsheet('Test', { locale: 'en_US', timeZone });
  templateSheet(ss, SHEET, '2030-Q3', '2030-07-01', '2030-09-30', [
    kr('Growth', 'G-O1', 'Win the market', '', SIGN_UPS, 'Ana', 100, 200, 120),
    kr('Growth', '', '', '', TRIALS, 'Bo', 10, 20, 12),
  ]);
  return ss;
}

/** Types a new Current for sign-ups (row 7) at `at` (UTC ms): the onEdit trigger logs the check-in. */
function checkInAt(ss: LocalSpreadsheet, at: number): void {
  const rt = loadBundle(CODE_PATH, ss, { now: () => at });
  rt.call('sidebarCheckInRows', { sheet: SHEET });
  rt.userEdit(`'${SHEET}'!K7`, [['150']]);
}

interface StaleView {
  code: string;
  cell: string;
  message: string;
}

function staleAt(ss: LocalSpreadsheet, at: number): StaleView[] {
  const rt = loadBundle(CODE_PATH, ss, { now: () => at });
  const report = rt.call('sidebarValidate', { sheet: SHEET }) as { issues: StaleView[] };
  return report.issues.filter((i) => i.code === 'KR_STALE' || i.code === 'KR_STALE_NEVER');
}

const utc = (y: number, m: number, d: number, h: number, min = 0) => Date.UTC(y, m - 1, d, h, min);

describe('staleness boundaries', () => {
  // Each row: a check-in and a Validate, in UTC; the days between them in the spreadsheet's zone.
  const rows: { zone: string; checkIn: number; validate: number; days: number; why: string }[] = [
    { zone: 'Etc/GMT', checkIn: utc(2030, 7, 10, 12), validate: utc(2030, 7, 23, 12), days: 13, why: '13 days' },
    { zone: 'Etc/GMT', checkIn: utc(2030, 7, 10, 12), validate: utc(2030, 7, 24, 23, 59), days: 14, why: '14 days, late on the 14th day' },
    { zone: 'Etc/GMT', checkIn: utc(2030, 7, 10, 23, 59), validate: utc(2030, 7, 25, 0, 1), days: 15, why: '15 days, two minutes past the day' },
    // Tehran (UTC+3:30): the check-in at 00:30 on the 11th there is the 10th in UTC; Validate at
    // 23:00 on the 25th there. 14 days there (fresh); 15 by the UTC days.
    { zone: 'Asia/Tehran', checkIn: utc(2030, 7, 10, 21), validate: utc(2030, 7, 25, 19, 30), days: 14, why: 'east of UTC, 14 local days' },
    { zone: 'Asia/Tehran', checkIn: utc(2030, 7, 10, 21), validate: utc(2030, 7, 25, 20, 31), days: 15, why: 'east of UTC, past local midnight' },
    // Los Angeles (UTC−7 in July): the check-in at 20:00 on the 10th there is the 11th in UTC;
    // Validate at 10:00 on the 25th there. 15 days there (stale); 14 by the UTC days.
    { zone: 'America/Los_Angeles', checkIn: utc(2030, 7, 11, 3), validate: utc(2030, 7, 25, 17), days: 15, why: 'west of UTC, 15 local days' },
    { zone: 'America/Los_Angeles', checkIn: utc(2030, 7, 11, 3), validate: utc(2030, 7, 25, 6), days: 14, why: 'west of UTC, 14 local days' },
  ];
  for (const row of rows) {
    it(`${row.why} (${row.zone}): ${row.days > 14 ? 'stale' : 'fresh'}`, () => {
      const ss = book(row.zone);
      checkInAt(ss, row.checkIn);
      const signUps = staleAt(ss, row.validate).filter((i) => i.cell === 'K7');
      if (row.days > 14) {
        expect(signUps).toHaveLength(1);
        expect(signUps[0]!.message).toContain(`No check-in for ${row.days} days`);
        expect(signUps[0]!.message).toContain('2030-07-1');
      } else {
        expect(signUps).toEqual([]);
      }
    });
  }

  it('a key result never checked in is stale once the quarter started more than 14 days ago, and says so', () => {
    const ss = book('Etc/GMT');
    expect(staleAt(ss, utc(2030, 7, 15, 12))).toEqual([]);
    const stale = staleAt(ss, utc(2030, 7, 16, 12));
    expect(stale.map((i) => i.cell)).toEqual(['K7', 'K8']);
    expect(stale[0]!.message).toContain('No check-in recorded in the 15 days since the quarter started');
  });

  it('a history row from before identities (no Objective) counts for the one key result with its text', () => {
    const ss = book('Etc/GMT');
    checkInAt(ss, utc(2030, 7, 10, 12));
    // The tab as it was before rows named their objective: no Objective column.
    const tab = ss.getSheetByName('OKR history')!;
    tab.getRange('J1:J2').clearContent();
    expect(staleAt(ss, utc(2030, 7, 24, 12)).map((i) => i.cell)).toEqual(['K8']);
    expect(staleAt(ss, utc(2030, 7, 25, 12)).map((i) => i.cell)).toEqual(['K7', 'K8']);
  });

  it('the setting moves the boundary; it is saved from Settings and refused when not a whole number of days', () => {
    const ss = book('Etc/GMT');
    checkInAt(ss, utc(2030, 7, 10, 12));
    const rt = loadBundle(CODE_PATH, ss, { now: () => utc(2030, 7, 18, 12) });
    const settings = rt.call('sidebarGetSettings') as typeof DEFAULT_SETTINGS;
    expect(settings.staleAfterDays).toBe(14);
    expect(rt.call('sidebarSaveSettings', { ...settings, staleAfterDays: 7 })).toMatchObject({ staleAfterDays: 7 });
    expect(staleAt(ss, utc(2030, 7, 17, 12)).filter((i) => i.cell === 'K7')).toEqual([]);
    expect(staleAt(ss, utc(2030, 7, 18, 12)).filter((i) => i.cell === 'K7')).toHaveLength(1);
    expect(() => rt.call('sidebarSaveSettings', { ...settings, staleAfterDays: 2.5 })).toThrow(/whole number of days/);
    expect(() => rt.call('sidebarSaveSettings', { ...settings, staleAfterDays: 0 })).toThrow();
  });

  it('the check-in view and the progress tabs flag it; a Solar Hijri plan shows the day in Solar Hijri', () => {
    const ss = book('Etc/GMT');
    checkInAt(ss, utc(2030, 7, 10, 12));
    const rt = loadBundle(CODE_PATH, ss, { now: () => utc(2030, 7, 26, 12) });
    const list = rt.call('sidebarCheckInRows', { sheet: SHEET }) as { rows: { keyResult: string; stale: string | null }[] };
    expect(list.rows.find((r) => r.keyResult === SIGN_UPS)!.stale).toMatch(/^No check-in for 16 days \(the last on 2030-07-10\)/);
    ss.setActiveSheet(ss.getSheetByName(SHEET)!);
    rt.call('refreshProgress');
    const overview = ss
      .getSheets()
      .find((s) => s.getName().startsWith('Progress'))!
      .getDataRange()
      .getDisplayValues()
      .flat();
    expect(overview.some((v) => v.startsWith('No check-in for 16 days'))).toBe(true);

    const { plan } = parsePlan(
      [
        ['Quarter', '1409-Q2'],
        ['Start', ''],
        ['End', ''],
        ['As of', ''],
        ['', ''],
        ['Team', 'Objective', 'Key result', 'Start', 'Target', 'Current'],
        ['T', 'O', 'K', 0, 10, 1],
      ],
      { sheet: 'S' },
    );
    expect(plan.period?.calendar).toBe('jalali');
    const [issue] = stalenessIssues(plan, [{ ref: 'r', row: 7, cell: 'F7', last: '2030-07-10', days: 16 }], 14, 'fa');
    const message = formatMessage('fa', issue!.messageKey, issue!.params);
    // 2030-07-10 is 19 Tir 1409: the Solar Hijri day, the Gregorian one beside it (core formatDay).
    expect(message).toContain('۱۴۰۹/۰۴/۱۹ (');
    expect(message).toContain('2030-07-10');
  });
});

describe('core staleness rule', () => {
  it('counts whole civil days, across month and year ends and leap days', () => {
    expect(daysBetween('2030-07-10', '2030-07-24')).toBe(14);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2030-12-25', '2031-01-08')).toBe(14);
    expect(daysBetween('2030-07-24', '2030-07-10')).toBe(-14);
  });

  it('with no period and no check-in nothing is flagged (nothing says since when)', () => {
    const { plan } = parsePlan(
      [
        ['Team', 'Objective', 'Key result', 'Start', 'Target', 'Current'],
        ['T', 'O', 'K', 0, 10, 1],
      ],
      { sheet: 'S' },
    );
    expect(plan.period).toBeNull();
    expect(staleKeyResults(plan, new Map(), '2031-01-01', DEFAULT_SETTINGS.staleAfterDays)).toEqual([]);
    // A check-in, though, dates it.
    expect(staleKeyResults(plan, new Map([[keyResultRef('O', 'K'), '2030-12-01']]), '2031-01-01', 14)).toMatchObject([
      { row: 2, last: '2030-12-01', days: 31 },
    ]);
  });
});
