// Carry-over: which of last quarter's key results a new quarter starts with, and from where (the
// rule of New quarter… "carry over"). Pure: src/sheets/newQuarter.ts writes the rows it returns.
import { commitmentLabel, typeLabel } from './i18n';
import { CARRY_NOTES } from './i18n/carryNotes';
import { formatText } from './i18n/format';
import type { Analysis, ColumnKey, Commitment, KeyResult, Language } from './model';

/** One data row of a new quarter's sheet: a value per column (COLUMN_KEYS order in the template). */
export type QuarterRow = Partial<Record<ColumnKey, string | number | boolean>>;

function carryNote(language: Language, key: 'carried' | 'committed', label: string): string {
  return formatText(language, CARRY_NOTES[language][key], { label });
}

const fieldText = (raw: unknown): string => (raw === null || raw === undefined ? '' : String(raw));

/**
 * Last quarter's unfinished key results: current becomes the new start, finished ones (score ≥ 1)
 * stay behind, committed objectives keep their commitment and get a note to review them. A yes/no
 * milestone starts over (no start or target); a counted milestone keeps its count. A percentage
 * key result is written as fractions with the Unit % when it had none.
 */
export function carryOverRows(
  analysis: Analysis,
  teams: readonly { name: string }[],
  language: Language,
): { rows: QuarterRow[]; objectives: number; carried: number; left: number } {
  const label = analysis.plan.period?.label ?? analysis.plan.sheet;
  const scoreOf = new Map(analysis.scores.keyResults.map((s) => [s.row, s]));
  const wanted = new Set(teams.map((t) => t.name).filter((n) => n !== ''));
  const rows: QuarterRow[] = [];
  const teamsWithRows = new Set<string>();
  let objectives = 0;
  let carried = 0;
  let left = 0;
  for (const team of analysis.plan.teams) {
    if (wanted.size > 0 && !wanted.has(team.name)) continue;
    for (const objective of team.objectives) {
      const open: KeyResult[] = [];
      for (const kr of objective.keyResults) {
        const s = scoreOf.get(kr.row);
        const finished = s !== undefined && s.score !== null && ((s.uncapped ?? s.score) >= 1 || s.score >= 1);
        if (finished) left += 1;
        else open.push(kr);
      }
      if (open.length === 0) continue;
      objectives += 1;
      teamsWithRows.add(team.name);
      const committed = objective.commitment === 'committed';
      open.forEach((kr, k) => {
        carried += 1;
        // A yes/no milestone starts over; a counted one ("sign 3 partners") keeps its count and
        // starts from where it got to, as any other number does.
        const counted = kr.type === 'milestone' && kr.target.value !== null && kr.target.value > 1;
        const milestone = kr.type === 'milestone' && !counted;
        const notes = [carryNote(language, committed ? 'committed' : 'carried', label), kr.notes.value ?? ''].filter((s) => s !== '').join(' · ');
        rows.push({
          team: team.name,
          objectiveId: k === 0 ? objective.id : '',
          objective: k === 0 ? (objective.text.value ?? '') : '',
          parent: k === 0 ? (objective.parent.value ?? '') : '',
          commitment: commitmentLabel(language, objective.commitment as Commitment),
          keyResult: kr.text.value ?? '',
          owner: kr.owner.value ?? '',
          type: kr.declaredType.value ? typeLabel(language, kr.declaredType.value) : kr.type ? typeLabel(language, kr.type) : fieldText(kr.declaredType.raw),
          // Where the key result got to is where the new quarter starts from.
          start: milestone ? '' : (kr.current.value ?? kr.start.value ?? fieldText(kr.start.raw)),
          target: milestone ? '' : (kr.target.value ?? fieldText(kr.target.raw)),
          // A percentage told only by its cells' formats or a typed % keeps being one: the new
          // sheet writes fractions, so it gets the Unit % (and with it the percent format).
          unit: kr.unit.value ?? (kr.scale === 'percent' ? '%' : ''),
          weight: kr.weight.value ?? 1,
          notes,
        });
      });
    }
  }
  // Teams of the wizard that had nothing to carry still get a row to start from.
  for (const team of teams) {
    if (team.name !== '' && !teamsWithRows.has(team.name)) rows.push({ team: team.name, commitment: commitmentLabel(language, 'aspirational') });
  }
  return { rows, objectives, carried, left };
}
