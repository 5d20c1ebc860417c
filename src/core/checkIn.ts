// One key result as the check-in view lists it: built by the sheets adapter (src/sheets/checkin.ts),
// sent to the sidebar as plain JSON (src/server/types.ts re-exports it as part of the wire).
import type { KrType } from './model';

export interface CheckInRow {
  /** The key result's identity (core/identity.ts): opaque, sent back with a save. */
  ref: string;
  /** 1-based sheet row when the list was read (for showing and selecting only; saves go by ref). */
  row: number;
  team: string;
  objectiveId: string;
  objective: string;
  keyResult: string;
  owner: string;
  type: KrType | null;
  unit: string;
  start: string;
  target: string;
  /** The Current cell as the sheet shows it ('' when blank). */
  current: string;
  /** True when values are percentages (typed as 45 or 45%). */
  percent: boolean;
  confidence: number | null;
  score: number | null;
  /** Why the key result is stale (no check-in for longer than Stale after), or null when it is not. */
  stale: string | null;
  /**
   * Opaque: what the row held when the list was read (team, Start, Target, Current, Confidence,
   * type, unit). Sent back with a save, which refuses when any of it changed since.
   */
  seen: string;
}
