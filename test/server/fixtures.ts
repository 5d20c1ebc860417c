// Workbooks for the server API tests, run through the built bundle on the local runtime.
import { join } from 'node:path';
import { createSpreadsheet, loadBundle, type BundleRuntime, type LocalSheet, type LocalSpreadsheet } from '../../local/index';
import { bundleSource, distDir } from '../support/bundle';

export const CODE_PATH = join(distDir, 'Code.js');

export interface Book {
  ss: LocalSpreadsheet;
  rt: BundleRuntime;
}

/**
 * A new spreadsheet (locale en_US unless given) with the built add-on loaded over it; the user's own
 * locale (Session.getActiveUserLocale) is `userLocale`, else the spreadsheet's.
 */
export function newBook(options: { locale?: string; userLocale?: string; email?: string; ss?: LocalSpreadsheet; now?: () => number } = {}): Book {
  bundleSource(); // fails early and clearly when dist/ has not been built
  const ss = options.ss ?? createSpreadsheet('Test', { locale: options.locale ?? 'en_US' });
  const rt = loadBundle(CODE_PATH, ss, {
    session: { activeUserEmail: options.email ?? '', locale: options.userLocale ?? ss.getSpreadsheetLocale() },
    ...(options.now ? { now: options.now } : {}),
  });
  return { ss, rt };
}

export const TEMPLATE_HEADER = [
  'Team',
  'Objective ID',
  'Objective',
  'Parent',
  'Commitment',
  'Key result',
  'Owner',
  'Type',
  'Start',
  'Target',
  'Current',
  'Unit',
  'Weight',
  'Confidence',
  'Due',
  'Score',
  'Notes',
];

export type RowValues = (string | number | boolean)[];

/** An OKR sheet in the template layout: labels in A1:B4, the header on row 6, data from row 7. */
export function templateSheet(ss: LocalSpreadsheet, name: string, quarter: string, start: string, end: string, rows: RowValues[], asOf = ''): LocalSheet {
  const sheet = ss.addSheet(name);
  sheet.getRange(1, 1, 4, 2).setValues([
    ['Quarter', quarter],
    ['Start', start],
    ['End', end],
    ['As of', asOf],
  ]);
  sheet.getRange(6, 1, 1, TEMPLATE_HEADER.length).setValues([TEMPLATE_HEADER]);
  if (rows.length)
    sheet.getRange(7, 1, rows.length, TEMPLATE_HEADER.length).setValues(rows.map((r) => [...r, ...Array(TEMPLATE_HEADER.length - r.length).fill('')]));
  return sheet;
}

/** A row of the template: team, id, objective, parent, commitment, key result, owner, type, start, target, current, unit. */
/** The template sheet `OKRs 2026-Q4` (October to December 2026, As of 2026-11-15) with `rows` from row 7. */
export function q4Sheet(ss: LocalSpreadsheet, rows: RowValues[]): LocalSheet {
  return templateSheet(ss, 'OKRs 2026-Q4', '2026-Q4', '2026-10-01', '2026-12-31', rows, '2026-11-15');
}

export function kr(
  team: string,
  id: string,
  objective: string,
  commitment: string,
  keyResult: string,
  owner: string,
  start: number | string,
  target: number | string,
  current: number | string,
  unit = '',
): RowValues {
  return [team, id, objective, '', commitment, keyResult, owner, '', start, target, current, unit];
}

/** The message of the error fn throws (fails the test when it does not throw). */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected the call to throw');
}

/** A check-in entry as a test writes it: by the row the list showed, as a person picks a line. */
export interface RowEntry {
  row: number;
  value?: string | number | boolean | null;
  confidence?: number | null;
  comment?: string;
}

/**
 * Saves a check-in the way the sidebar does: reads the list (sidebarCheckInRows), then sends each
 * picked line's `ref` and the `current` it showed with the new value (sidebarSaveCheckIn). A row the
 * list does not show is sent under a ref no key result has.
 */
export function saveCheckInByRow(rt: BundleRuntime, sheet: string, entries: RowEntry[]): unknown {
  const list = rt.call<{ rows: { row: number; ref: string; current: string; seen: string; team: string }[] }>('sidebarCheckInRows', { sheet });
  return rt.call('sidebarSaveCheckIn', { sheet, entries: entriesByRow(list.rows, entries) });
}

/** The wire entries for rows of a list read earlier (a co-editor may have moved rows since). */
export function entriesByRow(rows: { row: number; ref: string; current: string; seen?: string; team?: string }[], entries: RowEntry[]): unknown[] {
  return entries.map((e) => {
    const shown = rows.find((r) => r.row === e.row);
    return {
      ref: shown?.ref ?? `no key result on row ${e.row}`,
      current: shown?.current ?? '',
      // As the sidebar sends them: what the row held, and the team it was listed under.
      seen: shown?.seen ?? '',
      team: shown?.team ?? '',
      value: e.value ?? null,
      confidence: e.confidence ?? null,
      comment: e.comment ?? '',
    };
  });
}

/**
 * A small plan of two teams and three key results (one a percentage) in the template layout, as the
 * data-safety suites use it: `OKRs 2030-Q3` by default, with As of `asOf`.
 */
export function sampleQuarter(ss: LocalSpreadsheet, asOf: string, name = 'OKRs 2030-Q3', mentions = 80): LocalSheet {
  return templateSheet(
    ss,
    name,
    '2030-Q3',
    '2030-07-01',
    '2030-09-30',
    [
      kr('Growth', 'G-O1', 'Win the market', '', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 120),
      kr('Growth', '', '', '', 'Cut churn from 8% to 5%', 'Ana', 0.08, 0.05, 0.07, '%'),
      kr('Brand', 'B-O1', 'Be known', '', 'Grow mentions from 40 to 80', 'Cy', 40, 80, mentions),
    ],
    asOf,
  );
}
