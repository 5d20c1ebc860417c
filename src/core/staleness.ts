// Staleness: a key result whose latest check-in (in the `OKR history` tab, by identity) is older
// than the Stale after setting. Days are whole days between two days of the spreadsheet's time zone
// (the history's `date` and today there), so a check-in late in the evening east or west of UTC
// counts on the day the user saw.
import { digitsOf, formatDay, planCalendar } from './calendar';
import { refOf } from './identity';
import type { Issue, IsoDate, Language, Plan } from './model';

/** Default of Settings.staleAfterDays: two weeks without a check-in. */
export const DEFAULT_STALE_AFTER_DAYS = 14;

/** Whole days from day `from` to day `to` (both YYYY-MM-DD civil days); negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const utc = (d: IsoDate) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** One key result with no check-in for longer than the setting. */
export interface StaleKeyResult {
  ref: string;
  /** 1-based sheet row today. */
  row: number;
  /** The Current cell (A1), where the issue points. */
  cell: string;
  /** Day of the latest check-in, or null when the history has none for this key result. */
  last: IsoDate | null;
  /** Days since the latest check-in, or since the period started when there is none. */
  days: number;
}

/**
 * The key results of `plan` with no check-in for more than `staleAfterDays` days before `today`.
 * `lastByRef` is core/history.ts `lastCheckInByRef` (history rows matched by identity; old rows
 * without an Objective are matched there against this plan). A key result never checked in is
 * stale once its period (its own, else the sheet's) started more than `staleAfterDays` days ago;
 * with no period known and no check-in it is not flagged (nothing says since when it waits).
 * Exactly `staleAfterDays` days is not stale; one more is.
 */
export function staleKeyResults(plan: Plan, lastByRef: ReadonlyMap<string, IsoDate>, today: IsoDate, staleAfterDays: number): StaleKeyResult[] {
  const out: StaleKeyResult[] = [];
  for (const team of plan.teams) {
    for (const objective of team.objectives) {
      for (const kr of objective.keyResults) {
        const ref = refOf(kr, objective);
        const last = lastByRef.get(ref) ?? null;
        const since = last ?? (kr.period === undefined ? plan.period?.start : kr.period?.start) ?? null;
        if (since === null) continue;
        const days = daysBetween(since, today);
        if (days > staleAfterDays) out.push({ ref, row: kr.row, cell: kr.current.cell || kr.text.cell, last, days });
      }
    }
  }
  return out;
}

/**
 * One KR_STALE (or KR_STALE_NEVER: no check-in at all) warning per stale key result, at its Current cell. The day of the latest check-in is
 * written by core `formatDay` in the plan's calendar (a Solar Hijri day in a Solar Hijri plan).
 */
export function stalenessIssues(plan: Plan, stale: readonly StaleKeyResult[], staleAfterDays: number, language: Language): Issue[] {
  const day = (d: IsoDate) => formatDay(d, planCalendar(plan), { digits: digitsOf(language), withGregorian: true });
  return stale.map(
    (s): Issue =>
      s.last === null
        ? {
            code: 'KR_STALE_NEVER',
            severity: 'warning',
            sheet: plan.sheet,
            cell: s.cell,
            messageKey: 'KR_STALE_NEVER',
            params: { days: s.days, limit: staleAfterDays },
          }
        : {
            code: 'KR_STALE',
            severity: 'warning',
            sheet: plan.sheet,
            cell: s.cell,
            messageKey: 'KR_STALE',
            params: { days: s.days, last: day(s.last), limit: staleAfterDays },
          },
  );
}
