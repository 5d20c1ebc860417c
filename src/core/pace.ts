// Pace: how far a key result should be by the as-of date, and whether it is keeping up (DESIGN §5).
import type { PaceStatus, Settings } from './model';

const EPSILON = 1e-9;

/**
 * done when s ≥ 1; not started when there is no check-in; on track within `onTrack` below the
 * expected progress, at risk within `atRisk`, else off track. The boundaries count as the better status.
 */
export function paceStatus(score: number, expected: number, checkedIn: boolean, tolerances: Settings['tolerances']): PaceStatus {
  if (score >= 1 - EPSILON) return 'done';
  if (!checkedIn) return 'notStarted';
  if (score >= expected - tolerances.onTrack - EPSILON) return 'onTrack';
  if (score >= expected - tolerances.atRisk - EPSILON) return 'atRisk';
  return 'offTrack';
}
