// Validate: the issues of an OKR sheet grouped by severity, each a button that selects its cell.
import type { Severity, ValidationReport } from '../../src/server/types';
import type { App } from '../app';
import { button, field, h, option, replace, select } from '../dom';
import { run } from '../rpc';
import { fill, num, percent } from '../strings';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The report: counts, then one list per severity. Shared with Adopt, which validates after saving. */
export function reportView(app: App, report: ValidationReport): HTMLElement {
  const t = app.t.validate;
  const counts = fill(t.summary, { errors: report.counts.error, warnings: report.counts.warning, infos: report.counts.info });
  const wrap = h(
    'div',
    { class: 'report' },
    h('p', { class: 'counts' }, counts),
    report.score === null ? null : h('p', { class: 'secondary' }, fill(t.score, { score: percent(report.score) })),
    // A score over key results that could not all be scored says so (never passed off as the whole).
    report.missing > 0 ? h('p', { class: 'secondary incomplete' }, fill(t.incomplete, { missing: report.missing, parts: report.parts })) : null,
  );
  if (report.issues.length === 0) {
    wrap.append(h('p', { class: 'ok' }, t.none));
    return wrap;
  }
  for (const severity of SEVERITIES) {
    const issues = report.issues.filter((i) => i.severity === severity);
    if (issues.length === 0) continue;
    const headingId = `issues-${severity}`;
    const list = h('ul', { class: 'issues', 'aria-labelledby': headingId });
    for (const issue of issues) {
      const go = button(
        '',
        async () => {
          const done = await app.status.busy(() => run('sidebarSelectCell', { sheet: issue.sheet, cell: issue.cell }), [go]);
          if (done) app.status.show(fill(t.selected, { cell: done.cell, sheet: done.sheet }), 'success');
        },
        'link issue',
        { 'aria-label': `${fill(t.goTo, { cell: issue.cell })}: ${issue.message}` },
      );
      go.append(h('span', { class: `cell ${severity}` }, issue.cell), h('span', { class: 'message' }, issue.message));
      list.append(h('li', {}, go));
    }
    wrap.append(h('section', { class: `group ${severity}` }, h('h2', { id: headingId }, `${t[severity]} (${num(issues.length)})`), list));
  }
  return wrap;
}

export function validateView(app: App, root: HTMLElement): void {
  const t = app.t.validate;
  const sheets = app.state.okrSheets.length ? app.state.okrSheets : [app.state.activeSheet];
  // Several OKR sheets and none the user is on: nothing is chosen (or read) for them.
  const undecided = app.state.okrSheet === null && sheets.length > 1;
  const initial = app.state.okrSheet ?? (undecided ? '' : (sheets[0] ?? ''));
  const sheetSelect = select([...(undecided ? [option('', app.t.chooseSheet, true)] : []), ...sheets.map((s) => option(s, s, s === initial))]);
  const output = h('div', { class: 'output' });
  const again = button(t.run, () => void validate(), 'action');

  async function validate(): Promise<void> {
    if (sheetSelect.value === '') return;
    const report = await app.status.busy(() => run('sidebarValidate', { sheet: sheetSelect.value }), [again, sheetSelect]);
    if (report) replace(output, reportView(app, report));
  }

  sheetSelect.addEventListener('change', () => void validate());
  replace(root, h('h1', {}, t.title), field(app.t.sheet, sheetSelect), h('div', { class: 'actions' }, again), output);
  if (!undecided) void validate();
}
