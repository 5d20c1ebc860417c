// New quarter: a wizard (calendar → quarter → teams → starting point → summary) that creates the
// `OKRs <quarter>` sheet. Nothing is written before the last step's button.
import type { CalendarKind, CreateQuarterRequest, QuarterOption, StartingPoint, TemplateInfo } from '../../src/server/types';
import type { App } from '../app';
import { button, field, h, option, replace, select, uid } from '../dom';
import { run } from '../rpc';
import { fill, isolate } from '../strings';

const CALENDARS: readonly CalendarKind[] = ['gregorian', 'fiscal', 'jalali'];
const STARTS: readonly StartingPoint[] = ['blank', 'template', 'carryOver'];
const STEPS = ['calendar', 'quarter', 'teams', 'start', 'summary'] as const;
type Step = (typeof STEPS)[number];

interface Wizard {
  step: number;
  calendar: CalendarKind;
  fiscalStartMonth: number;
  quarters: QuarterOption[];
  quarterIndex: number;
  teamsText: string;
  start: StartingPoint;
  templates: TemplateInfo[] | null;
  /** Template area per team name ('' for the one unnamed team). */
  teamTemplate: Record<string, string>;
  carryFrom: string;
}

function radioGroup<T extends string>(
  legend: string,
  name: string,
  values: readonly T[],
  labels: Record<T, string>,
  chosen: T,
  onChange: (v: T) => void,
): HTMLFieldSetElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, legend),
    ...values.map((v) => {
      const id = uid(name);
      const input = h('input', { type: 'radio', name, id, value: v, checked: v === chosen, onchange: () => onChange(v) });
      return h('div', { class: 'check' }, input, h('label', { for: id }, labels[v]));
    }),
  );
}

export function newQuarterView(app: App, root: HTMLElement): void {
  const t = app.t.newQuarter;
  const w: Wizard = {
    step: 0,
    // A Persian user most likely plans by the Persian calendar.
    calendar: app.state.language === 'fa' ? 'jalali' : 'gregorian',
    fiscalStartMonth: 4,
    quarters: [],
    quarterIndex: 0,
    teamsText: app.state.teams.join('\n'),
    start: 'blank',
    templates: null,
    teamTemplate: {},
    carryFrom: '',
  };
  const body = h('div', { class: 'step' });
  const back = button(app.t.back, () => void move(-1), 'plain');
  const next = button(app.t.next, () => void move(1), 'action');
  const footer = h('div', { class: 'actions wizard' }, back, next);
  const progress = h('p', { class: 'secondary', 'aria-live': 'off' });

  const teams = (): string[] => {
    const names = w.teamsText
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    return [...new Set(names)];
  };
  const quarter = (): QuarterOption | undefined => w.quarters[w.quarterIndex];
  const calendarLabels: Record<CalendarKind, string> = { gregorian: t.gregorian, fiscal: t.fiscal, jalali: t.jalali };
  const startLabels: Record<StartingPoint, string> = { blank: t.blank, template: t.template, carryOver: t.carryOver };

  async function loadQuarters(): Promise<boolean> {
    const request = w.calendar === 'fiscal' ? { calendar: w.calendar, fiscalStartMonth: w.fiscalStartMonth } : { calendar: w.calendar };
    const choices = await app.status.busy(() => run('sidebarQuarters', request), [next, back]);
    if (!choices) return false;
    w.quarters = choices.quarters;
    w.quarterIndex = choices.defaultIndex;
    return true;
  }

  async function loadTemplates(): Promise<boolean> {
    if (w.templates) return true;
    const list = await app.status.busy(() => run('sidebarTemplates', { language: app.state.language }), [next, back]);
    if (!list) return false;
    w.templates = list;
    return true;
  }

  /** The template a team starts with: one whose name matches the team's, else the first. */
  function defaultTemplate(team: string): string {
    const list = w.templates ?? [];
    const lower = team.toLowerCase();
    const match = lower ? list.find((tpl) => lower.includes(tpl.area.toLowerCase()) || lower.includes(tpl.name.toLowerCase())) : undefined;
    return (match ?? list[0])?.area ?? '';
  }

  function stepCalendar(): HTMLElement[] {
    const month = select(
      t.months.map((m, i) => option(String(i + 1), m, i + 1 === w.fiscalStartMonth)),
      {
        onchange: (e: Event) => (w.fiscalStartMonth = Number((e.target as HTMLSelectElement).value)),
      },
    );
    const monthField = field(t.fiscalStart, month);
    monthField.hidden = w.calendar !== 'fiscal';
    const group = radioGroup(t.calendarLegend, 'calendar', CALENDARS, calendarLabels, w.calendar, (v) => {
      w.calendar = v;
      monthField.hidden = v !== 'fiscal';
    });
    return [group, monthField];
  }

  function stepQuarter(): HTMLElement[] {
    const chooser = select(
      w.quarters.map((q, i) =>
        option(String(i), `${isolate(q.label)}${app.t.sep}${q.startShown} – ${q.endShown}${q.exists ? ` ${t.exists}` : ''}`, i === w.quarterIndex, q.exists),
      ),
      { onchange: (e: Event) => (w.quarterIndex = Number((e.target as HTMLSelectElement).value)) },
    );
    return [field(t.quarterLabel, chooser)];
  }

  function stepTeams(): HTMLElement[] {
    const area = h('textarea', { rows: 5, spellcheck: false, oninput: (e: Event) => (w.teamsText = (e.target as HTMLTextAreaElement).value) });
    area.value = w.teamsText;
    return [field(t.teamsLabel, area, t.teamsHint)];
  }

  function stepStart(): HTMLElement[] {
    const detail = h('div', {});
    const drawDetail = (): void => {
      if (w.start === 'template') {
        const names = teams();
        const list = w.templates ?? [];
        const rows = (names.length ? names : ['']).map((team) => {
          w.teamTemplate[team] ??= defaultTemplate(team);
          const description = h('p', { class: 'hint' });
          const describe = (): void => replace(description, list.find((tpl) => tpl.area === w.teamTemplate[team])?.description ?? '');
          const chooser = select(
            list.map((tpl) => option(tpl.area, tpl.name, tpl.area === w.teamTemplate[team])),
            {
              onchange: (e: Event) => {
                w.teamTemplate[team] = (e.target as HTMLSelectElement).value;
                describe();
              },
            },
          );
          describe();
          const wrap = field(team ? fill(t.templateFor, { team }) : t.templateOne, chooser);
          wrap.append(description);
          return wrap;
        });
        replace(detail, ...rows);
      } else if (w.start === 'carryOver') {
        const sources = app.state.okrSheets.filter((s) => s !== quarter()?.sheetName);
        if (!w.carryFrom || !sources.includes(w.carryFrom)) w.carryFrom = quarter()?.previousSheet ?? sources[0] ?? '';
        if (sources.length === 0) {
          replace(detail, h('p', { class: 'hint' }, t.noSource));
          return;
        }
        const chooser = select(
          sources.map((s) => option(s, s, s === w.carryFrom)),
          {
            onchange: (e: Event) => (w.carryFrom = (e.target as HTMLSelectElement).value),
          },
        );
        replace(detail, field(t.carryFrom, chooser, t.carryHint));
      } else {
        replace(detail);
      }
    };
    const group = radioGroup(t.startLegend, 'start', STARTS, startLabels, w.start, (v) => {
      w.start = v;
      drawDetail();
    });
    drawDetail();
    return [group, detail];
  }

  function stepSummary(): HTMLElement[] {
    const q = quarter();
    const names = teams();
    let startText = startLabels[w.start];
    if (w.start === 'template') {
      const nameOf = (area: string) => w.templates?.find((tpl) => tpl.area === area)?.name ?? area;
      startText += `: ${(names.length ? names : ['']).map((n) => (n ? `${isolate(n)} – ${nameOf(w.teamTemplate[n] ?? '')}` : nameOf(w.teamTemplate[''] ?? ''))).join(app.t.sep)}`;
    } else if (w.start === 'carryOver') {
      startText += `: ${isolate(w.carryFrom)}`;
    }
    const calendarText = w.calendar === 'fiscal' ? `${calendarLabels.fiscal} (${t.months[w.fiscalStartMonth - 1]})` : calendarLabels[w.calendar];
    const rows: [string, string][] = [
      [t.calendar, calendarText],
      [t.quarter, isolate(q?.label ?? '')],
      [t.dates, q ? `${q.startShown} – ${q.endShown}` : ''],
      [t.newSheet, isolate(q?.sheetName ?? '')],
      [t.teams, names.length ? names.map(isolate).join(app.t.sep) : t.oneTeam],
      [t.start, startText],
    ];
    const list = h('dl', { class: 'summary' });
    for (const [k, v] of rows) list.append(h('dt', {}, k), h('dd', {}, v));
    return [h('p', { class: 'intro' }, t.summaryIntro), list];
  }

  const STEP_TITLES: Record<Step, string> = {
    calendar: t.stepCalendar,
    quarter: t.stepQuarter,
    teams: t.stepTeams,
    start: t.stepStart,
    summary: t.stepSummary,
  };

  function draw(): void {
    const step = STEPS[w.step]!;
    const heading = h('h2', { tabindex: -1 }, STEP_TITLES[step]);
    const content =
      step === 'calendar'
        ? stepCalendar()
        : step === 'quarter'
          ? stepQuarter()
          : step === 'teams'
            ? stepTeams()
            : step === 'start'
              ? stepStart()
              : stepSummary();
    replace(progress, fill(t.stepOf, { n: w.step + 1, total: STEPS.length }));
    replace(body, heading, ...content);
    back.hidden = w.step === 0;
    replace(next, step === 'summary' ? t.create : app.t.next);
    heading.focus();
  }

  async function move(delta: number): Promise<void> {
    const step = STEPS[w.step]!;
    if (delta > 0) {
      if (step === 'summary') return create();
      if (step === 'calendar' && !(await loadQuarters())) return;
      if (step === 'quarter' && quarter()?.exists) {
        app.status.show(t.quarterExists, 'error');
        return;
      }
      if (step === 'teams' && !(await loadTemplates())) return;
      if (step === 'start' && w.start === 'carryOver' && !w.carryFrom) {
        app.status.show(t.noSource, 'error');
        return;
      }
    }
    app.status.clear();
    w.step = Math.max(0, Math.min(STEPS.length - 1, w.step + delta));
    draw();
  }

  async function create(): Promise<void> {
    const q = quarter();
    if (!q) return;
    const names = teams();
    const request: CreateQuarterRequest = {
      calendar: q.calendar,
      year: q.year,
      quarter: q.quarter,
      ...(q.fiscalStartMonth === undefined ? {} : { fiscalStartMonth: q.fiscalStartMonth }),
      teams: (names.length ? names : ['']).map((name) => ({ name, template: w.start === 'template' ? (w.teamTemplate[name] ?? null) : null })),
      start: w.start,
      ...(w.start === 'carryOver' ? { carryFrom: w.carryFrom } : {}),
    };
    const result = await app.status.busy(() => run('sidebarCreateQuarter', request), [next, back]);
    if (!result) return;
    if (!app.state.okrSheets.includes(result.sheet)) app.state.okrSheets.unshift(result.sheet);
    app.state.okrSheet = result.sheet;
    app.state.activeSheet = result.sheet;
    q.exists = true;
    const message =
      w.start === 'carryOver'
        ? fill(t.createdCarry, { sheet: result.sheet, carried: result.carriedOver, left: result.leftBehind })
        : fill(t.created, { sheet: result.sheet, objectives: result.objectives, keyResults: result.keyResults });
    replace(
      body,
      h('h2', { tabindex: -1 }, result.sheet),
      h('p', {}, message),
      h(
        'div',
        { class: 'actions' },
        button(app.t.nav.checkIn, () => app.go('checkIn'), 'plain'),
        button(app.t.nav.validate, () => app.go('validate'), 'plain'),
      ),
    );
    footer.hidden = true;
    replace(progress);
    app.status.show(message, 'success');
  }

  replace(root, h('h1', {}, t.title), progress, body, footer);
  draw();
}
