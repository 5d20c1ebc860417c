// Reading the `OKR history` tab by key-result identity. Each history row names its key result by
// the key result's text and its objective's text (the identity of core/identity.ts), never by a
// row number: the Row column only says where the key result was at that check-in. Rows written
// before the Objective column existed name only the key result's text and sheet; they are matched
// to a key result of today's plan when exactly one there has that text, and are otherwise returned
// as unmatched (never guessed onto a key result).
import { historyColumnOf, type HistoryColumn } from './i18n/historyHeaders';
import { findByRef, keyResultRef, placesByRef, refOf } from './identity';
import { periodSlotEnd, periodSlotStart } from './calendar';
import type { CellValue, IsoDate, Plan } from './model';
import { parseDate } from './numbers';
import { roundFloat } from './scale';

/** One check-in of one key result, as the history tab recorded it. */
export interface HistoryPoint {
  /** When it was logged (the Time cell). */
  time: Date;
  /** That moment's day in the spreadsheet's time zone (YYYY-MM-DD). */
  date: IsoDate;
  /**
   * The New value cell as stored: a number in the key result's own unit (a percentage key result
   * stores fractions, 0.45 for 45 %), a boolean for a checkbox milestone, text for a value that was
   * not a number (a milestone word), or null when blank. Not re-scaled or converted.
   */
  value: number | boolean | string | null;
  /** The Old value cell as stored (same shape as `value`). */
  oldValue: number | boolean | string | null;
  /** Confidence 0–10 as logged, or null when none was given. */
  confidence: number | null;
  user: string;
  comment: string;
  /** The OKR sheet the key result was on. */
  sheet: string;
  /** The key result's row at that moment (not an identity: rows move). */
  row: number | null;
  /** The history tab's row of this entry (1-based), for messages. */
  historyRow: number;
}

/** A history row that could not be tied to exactly one key result. */
export interface UnmatchedHistoryRow {
  historyRow: number;
  sheet: string;
  keyResult: string;
  /** `no objective`: an old row and no plan given; `missing`/`ambiguous`: against the plan given. */
  reason: 'no objective' | 'missing' | 'ambiguous';
}

export interface HistoryByRef {
  /**
   * Per key-result ref (core/identity.ts `keyResultRef`/`refOf`), its check-ins sorted by time,
   * oldest first. A ref that no key result of today's plan has any more (reworded, deleted) still
   * has its entries here: callers look up the refs they hold.
   */
  byRef: Map<string, HistoryPoint[]>;
  /** Old rows (no Objective) that matched no single key result of the plan given. */
  unmatched: UnmatchedHistoryRow[];
  /** Whether the grid had a history header row (false for an empty or foreign grid: nothing read). */
  headerFound: boolean;
}

export interface HistoryReadOptions {
  /** The spreadsheet's time zone, for `date` (default: UTC). */
  timeZone?: string;
  /**
   * Today's plan of one OKR sheet, to match old rows (key-result text only) of that sheet: a row
   * whose text is held by exactly one key result of this plan gets that key result's ref. Rows
   * dated before the plan's quarter began are left out (an earlier quarter's check-ins).
   */
  plan?: Plan;
  /**
   * With `plan`: the names of the spreadsheet's other tabs. A row whose Sheet is one of them is that
   * sheet's check-in (last quarter's sheet, with the same key results carried over), never this
   * plan's; a row naming a tab that no longer exists (this sheet before a rename) stays.
   */
  otherSheets?: ReadonlySet<string>;
}

const text = (v: CellValue): string => (v === null || v === undefined ? '' : v instanceof Date ? '' : String(v).trim());
const stored = (v: CellValue): number | boolean | string | null =>
  v === null || v === undefined || v === '' ? null : v instanceof Date ? null : (v as number | boolean | string);
const isDate = (v: CellValue): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/**
 * Reads a history grid (the tab's `getValues()`, header in the first row) into check-ins by
 * key-result ref. Columns are found by their header text in any of the four languages, so a user
 * who moves a column of the tab does not break the reading. Rows without a time or a key result
 * are skipped. Pure: no Spreadsheet calls.
 */
export function readHistoryGrid(grid: CellValue[][], options: HistoryReadOptions = {}): HistoryByRef {
  const byRef = new Map<string, HistoryPoint[]>();
  const unmatched: UnmatchedHistoryRow[] = [];
  const header = grid[0] ?? [];
  const col: Partial<Record<HistoryColumn, number>> = {};
  header.forEach((cell, i) => {
    const key = historyColumnOf(text(cell));
    if (key && col[key] === undefined) col[key] = i;
  });
  if (col.time === undefined || col.keyResult === undefined) return { byRef, unmatched, headerFound: false };

  const planIndex = options.plan ? placesByRef(options.plan) : null;
  const planTexts = new Map<string, string[]>();
  if (options.plan) {
    for (const team of options.plan.teams) {
      for (const o of team.objectives) {
        for (const kr of o.keyResults) {
          const key = keyResultRef('', kr.text.value ?? '');
          planTexts.set(key, [...(planTexts.get(key) ?? []), keyResultRef(o.text.value ?? '', kr.text.value ?? '')]);
        }
      }
    }
  }
  const at = (row: CellValue[], key: HistoryColumn): CellValue => (col[key] === undefined ? '' : row[col[key]!]);

  for (let r = 1; r < grid.length; r++) {
    const row = grid[r]!;
    const time = at(row, 'time');
    const keyResult = text(at(row, 'keyResult'));
    if (!isDate(time) || keyResult === '') continue;
    const sheet = text(at(row, 'sheet'));
    if (options.plan && sheet !== '' && sheet !== options.plan.sheet && options.otherSheets?.has(sheet)) continue;
    const objective = text(at(row, 'objective'));
    let ref: string | null = null;
    if (objective !== '') ref = keyResultRef(objective, keyResult);
    else if (!options.plan || (sheet !== '' && sheet !== options.plan.sheet)) {
      unmatched.push({ historyRow: r + 1, sheet, keyResult, reason: 'no objective' });
      continue;
    } else {
      const refs = planTexts.get(keyResultRef('', keyResult)) ?? [];
      if (refs.length === 1 && planIndex && findByRef(planIndex, refs[0]!).ok) ref = refs[0]!;
      else {
        unmatched.push({ historyRow: r + 1, sheet, keyResult, reason: refs.length === 0 ? 'missing' : 'ambiguous' });
        continue;
      }
    }
    const day = parseDate(time, options.timeZone);
    // A check-in before the plan's quarter began is an earlier quarter's, even of a key result
    // carried over with the same words: it is not this quarter's trend, forecast or staleness.
    const since = options.plan?.period?.start;
    if (since && day.ok && day.value < since) continue;
    const confidence = at(row, 'confidence');
    const rowNumber = at(row, 'row');
    const point: HistoryPoint = {
      time,
      date: day.ok ? day.value : time.toISOString().slice(0, 10),
      value: stored(at(row, 'newValue')),
      oldValue: stored(at(row, 'oldValue')),
      confidence: typeof confidence === 'number' ? confidence : null,
      user: text(at(row, 'user')),
      comment: text(at(row, 'comment')),
      sheet,
      row: typeof rowNumber === 'number' ? rowNumber : null,
      historyRow: r + 1,
    };
    const list = byRef.get(ref);
    if (list) list.push(point);
    else byRef.set(ref, [point]);
  }
  for (const list of byRef.values()) list.sort((a, b) => a.time.getTime() - b.time.getTime() || a.historyRow - b.historyRow);
  return { byRef, unmatched, headerFound: true };
}

/** The day of the latest check-in per ref (for staleness), from `readHistoryGrid`'s result. */
export function lastCheckInByRef(history: HistoryByRef): Map<string, IsoDate> {
  const out = new Map<string, IsoDate>();
  for (const [ref, points] of history.byRef) if (points.length) out.set(ref, points[points.length - 1]!.date);
  return out;
}

/**
 * The history with a periodic tracker's week and month cells (Month 1 … Month 3, Wk 1 … Wk 13:
 * `KeyResult.periodic`) read as check-ins, for trend lines, forecasts and the dashboard. Each
 * filled cell is a point dated at the end of its week or month in the key result's period
 * (calendar.ts `periodSlotEnd`), or at the as-of date when that comes first (a week still under
 * way is known as of today). A week or month that has a logged check-in in the history tab is
 * left to the log: where the tab and the sheet both speak, the logged check-ins win. A key result without a period
 * gets none (its weeks have no dates). The cells are not copied into the history tab: the sheet
 * stays their source. Pure; returns a new `byRef`, and the points have `historyRow` 0.
 */
export function withPeriodicCheckIns(history: HistoryByRef, plan: Plan, asOf: IsoDate | null): HistoryByRef {
  const byRef = new Map(history.byRef);
  for (const team of plan.teams) {
    for (const o of team.objectives) {
      for (const kr of o.keyResults) {
        const period = kr.period === undefined ? plan.period : kr.period;
        if (!kr.periodic?.length || !period) continue;
        const ref = refOf(kr, o);
        const logged = byRef.get(ref) ?? [];
        const points: HistoryPoint[] = [];
        let previous: number | null = null;
        // In the cells' own unit, as the log keeps a check-in: a grade kept 0–100 is 20, not 0.2.
        const asStored = (v: number) => (kr.gradeScale === 100 ? roundFloat(v * 100) : v);
        for (const p of kr.periodic) {
          const end = periodSlotEnd(period, p.kind, p.slot);
          const start = periodSlotStart(period, p.kind, p.slot);
          const date = asOf !== null && asOf < end ? asOf : end;
          // A week or month with a logged check-in is told by the log (the sidebar's check-in, with
          // its confidence and comment); the others by their cells.
          if (logged.some((l) => l.date >= start && l.date <= end)) continue;
          points.push({
            time: new Date(`${date}T12:00:00Z`),
            date,
            value: asStored(p.value),
            oldValue: previous,
            confidence: null,
            user: '',
            comment: p.header,
            sheet: plan.sheet,
            row: kr.row,
            historyRow: 0,
          });
          previous = asStored(p.value);
        }
        if (points.length > 0)
          byRef.set(
            ref,
            [...points, ...logged].sort((a, b) => a.date.localeCompare(b.date) || a.time.getTime() - b.time.getTime()),
          );
      }
    }
  }
  return { ...history, byRef };
}
