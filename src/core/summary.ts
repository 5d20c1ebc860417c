// A plain, machine-readable summary of an analysis: what `npm start -- --json` prints and what the
// sidebar shows. Scores are fractions; dates ISO strings.
import { formatMessage, statusLabel, typeLabel } from './i18n';
import type { Analysis, Band, IsoDate, KrType, Language, PaceStatus, Severity } from './model';

/** Status and type in the words of DESIGN §5, as people and other tools read them. */
export type StatusWord = 'done' | 'on track' | 'at risk' | 'off track' | 'not started';
export type TypeWord = 'increase' | 'decrease' | 'at least' | 'at most' | 'milestone' | 'grade';

// The English labels are these words (i18n); the summary always speaks them, whatever the language.
const statusWord = (s: PaceStatus | null | undefined): StatusWord | null => (s ? (statusLabel('en', s) as StatusWord) : null);
const typeWord = (t: KrType | null | undefined): TypeWord | null => (t ? (typeLabel('en', t) as TypeWord) : null);

export interface KeyResultSummary {
  row: number;
  text: string;
  owner: string;
  type: TypeWord | null;
  start: number | null;
  target: number | null;
  current: number | null;
  score: number | null;
  scoreUncapped: number | null;
  band: Band | null;
  status: StatusWord | null;
}

export interface ObjectiveSummary {
  id: string;
  team: string;
  text: string;
  commitment: string;
  score: number | null;
  band: Band | null;
  status: StatusWord | null;
  keyResults: KeyResultSummary[];
}

export interface IssueSummary {
  code: string;
  severity: Severity;
  sheet: string;
  cell: string;
  message: string;
}

export interface PlanSummary {
  sheet: string;
  quarter: string | null;
  start: IsoDate | null;
  end: IsoDate | null;
  asOf: IsoDate | null;
  score: number | null;
  band: Band | null;
  teams: { name: string; score: number | null; band: Band | null }[];
  objectives: ObjectiveSummary[];
  issues: IssueSummary[];
}

export function summarize(analysis: Analysis, language: Language): PlanSummary {
  const { plan, scores } = analysis;
  const krScores = new Map(scores.keyResults.map((s) => [s.row, s]));
  const objectiveScores = new Map(scores.objectives.map((s) => [s.id, s]));
  return {
    sheet: plan.sheet,
    quarter: plan.period?.label ?? plan.labels.quarter.value ?? null,
    start: plan.period?.start ?? null,
    end: plan.period?.end ?? null,
    asOf: analysis.asOf,
    score: scores.quarter,
    band: scores.quarterBand,
    teams: scores.teams.map((t) => ({ name: t.name, score: t.score, band: t.band })),
    objectives: plan.teams.flatMap((team) =>
      team.objectives.map((o) => {
        const s = objectiveScores.get(o.id);
        return {
          id: o.id,
          team: team.name,
          text: o.text.value ?? '',
          commitment: o.commitment,
          score: s?.score ?? null,
          band: s?.band ?? null,
          status: statusWord(s?.status),
          keyResults: o.keyResults.map((kr) => {
            const k = krScores.get(kr.row);
            return {
              row: kr.row,
              text: kr.text.value ?? '',
              owner: kr.owner.value ?? '',
              type: typeWord(k?.type ?? kr.type),
              start: kr.start.value,
              target: kr.target.value,
              current: kr.current.value,
              score: k?.score ?? null,
              scoreUncapped: k?.uncapped ?? null,
              band: k?.band ?? null,
              status: statusWord(k?.status),
            };
          }),
        };
      }),
    ),
    issues: analysis.issues.map((i) => ({
      code: i.code,
      severity: i.severity,
      sheet: i.sheet,
      cell: i.cell,
      message: formatMessage(language, i.messageKey, i.params),
    })),
  };
}
