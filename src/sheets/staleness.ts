// Staleness of one OKR sheet's key results, from the `OKR history` tab (one batched read of it).
import { lastCheckInByRef } from '../core/history';
import type { Analysis, Settings } from '../core/model';
import { staleKeyResults, stalenessIssues, type StaleKeyResult } from '../core/staleness';
import { todayIn } from './dates';
import { readHistory } from './history';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The key results of the analysed sheet with no check-in for more than `settings.staleAfterDays`
 * days before today in the spreadsheet's time zone (core/staleness.ts for the rule), and the
 * analysis with one KR_STALE warning per such key result added to its issues.
 */
export function withStaleness(ss: Spreadsheet, analysis: Analysis, settings: Settings): { analysis: Analysis; stale: StaleKeyResult[] } {
  const history = readHistory(ss, analysis.plan);
  const stale = staleKeyResults(analysis.plan, lastCheckInByRef(history), todayIn(ss), settings.staleAfterDays);
  if (stale.length === 0) return { analysis, stale };
  return {
    analysis: { ...analysis, issues: [...analysis.issues, ...stalenessIssues(analysis.plan, stale, settings.staleAfterDays, settings.language)] },
    stale,
  };
}
