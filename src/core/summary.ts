// A plain, machine-readable summary of an analysis: what `npm start -- --json` prints and what the
// sidebar shows. Scores are fractions; dates ISO strings.
import { daysShownIn, planCalendar } from './calendar';
import { formatMessage, statusLabel, typeLabel } from './i18n';
import type { Analysis, Band, CalendarKind, Colour, ColourRule, IsoDate, KrType, Language, PaceStatus, RollUp, Severity } from './model';

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
  /** The one colour rule (see `colourRule` of the plan); null when the row cannot be scored. */
  colour: Colour | null;
}

/**
 * A roll-up as the summary shows it. `complete` is false while `missing` of its `parts` (key results
 * with a weight) could not be scored: `score` is then the mean of the scored ones only, and band,
 * status and colour are null.
 */
export interface RollUpSummary {
  score: number | null;
  band: Band | null;
  status: StatusWord | null;
  colour: Colour | null;
  complete: boolean;
  parts: number;
  missing: number;
}

export interface ObjectiveSummary extends RollUpSummary {
  id: string;
  team: string;
  text: string;
  commitment: string;
  keyResults: KeyResultSummary[];
}

export interface IssueSummary {
  code: string;
  severity: Severity;
  sheet: string;
  cell: string;
  message: string;
}

export interface PlanSummary extends RollUpSummary {
  /** The language of the messages (the saved setting, else the user's locale…: sheets/menu.ts). */
  language: Language;
  sheet: string;
  quarter: string | null;
  start: IsoDate | null;
  end: IsoDate | null;
  asOf: IsoDate | null;
  /** The calendar the plan's days are shown in (core planCalendar): `jalali` for a Solar Hijri plan; start, end and asOf stay ISO days. */
  calendar: CalendarKind;
  /** Which question the colours answer: 'pace' before the quarter ends, 'grade' from its end date on. */
  colourRule: ColourRule;
  teams: ({ name: string } & RollUpSummary)[];
  objectives: ObjectiveSummary[];
  issues: IssueSummary[];
}

function rollUpSummary(r: RollUp | undefined): RollUpSummary {
  if (!r) return { score: null, band: null, status: null, colour: null, complete: false, parts: 0, missing: 0 };
  return { score: r.score, band: r.band, status: statusWord(r.status), colour: r.colour, complete: r.missing === 0, parts: r.parts, missing: r.missing };
}

export function summarize(analysis: Analysis, language: Language): PlanSummary {
  const { plan, scores } = analysis;
  const krScores = new Map(scores.keyResults.map((s) => [s.row, s]));
  const objectiveScores = new Map(scores.objectives.map((s) => [s.id, s]));
  return {
    language,
    sheet: plan.sheet,
    quarter: plan.period?.label ?? plan.labels.quarter.value ?? null,
    start: plan.period?.start ?? null,
    end: plan.period?.end ?? null,
    asOf: analysis.asOf,
    calendar: planCalendar(plan),
    colourRule: scores.colourRule,
    ...rollUpSummary(scores.quarterRollUp),
    teams: scores.teams.map((t) => ({ name: t.name, ...rollUpSummary(t) })),
    objectives: plan.teams.flatMap((team) =>
      team.objectives.map((o) => {
        const s = objectiveScores.get(o.id);
        return {
          id: o.id,
          team: team.name,
          text: o.text.value ?? '',
          commitment: o.commitment,
          ...rollUpSummary(s),
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
              colour: k?.colour ?? null,
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
      message: formatMessage(language, i.messageKey, daysShownIn(i.params, planCalendar(analysis.plan), language)),
    })),
  };
}
