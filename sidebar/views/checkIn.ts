// Check-in: for a team or an owner, each key result with its current value, a new value, a
// confidence (0–10) and a comment. Saving writes Current and logs every change to OKR history.
import type { CheckInEntry, CheckInList, CheckInRow } from '../../src/server/types';
import type { App } from '../app';
import { button, field, h, option, replace, select, uid } from '../dom';
import { run } from '../rpc';
import { fill } from '../strings';

interface RowInputs {
  row: CheckInRow;
  value: HTMLInputElement | HTMLSelectElement;
  confidence: HTMLInputElement;
  comment: HTMLInputElement;
}

export function checkInView(app: App, root: HTMLElement): void {
  const t = app.t.checkIn;
  const sheets = app.state.okrSheets.length ? app.state.okrSheets : [app.state.activeSheet];
  const initial = app.state.okrSheet ?? sheets[0] ?? '';
  const sheetSelect = select(sheets.map((s) => option(s, s, s === initial)));
  const teamSelect = select([option('', app.t.all, true)]);
  const ownerSelect = select([option('', app.t.all, true)]);
  const list = h('div', { class: 'output' });
  const asOf = h('p', { class: 'secondary' });
  const save = button(t.save, () => void submit(), 'action');
  const actions = h('div', { class: 'actions' }, save);
  actions.hidden = true;
  let rows: RowInputs[] = [];
  let loadedSheet = '';

  function fillChooser(chooser: HTMLSelectElement, values: string[], chosen: string): void {
    replace(chooser, option('', app.t.all, chosen === ''), ...values.map((v) => option(v, v, v === chosen)));
  }

  function rowCard(row: CheckInRow): { card: HTMLElement; inputs: RowInputs } {
    const id = uid('kr');
    let value: HTMLInputElement | HTMLSelectElement;
    if (row.type === 'milestone') {
      value = select([option('', t.keep, true), option('true', t.done), option('false', t.notDone)]);
    } else {
      value = h('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off', placeholder: row.current || '' });
    }
    const confidence = h('input', { type: 'number', min: 0, max: 10, step: 1, inputmode: 'numeric', value: row.confidence === null ? '' : String(row.confidence) });
    const comment = h('input', { type: 'text', maxlength: 500, autocomplete: 'off' });
    const facts = [row.objective, row.owner, row.team].filter((s) => s !== '').join(' · ');
    const card = h(
      'fieldset',
      { class: 'kr', 'aria-labelledby': `${id}-title` },
      h('legend', { id: `${id}-title` }, row.keyResult || row.objective),
      facts ? h('p', { class: 'secondary' }, facts) : null,
      h('p', { class: 'values' }, fill(t.current, { value: row.current || t.blank }), ' · ', fill(t.startTarget, { start: row.start || '–', target: row.target || '–' })),
      field(t.newValue, value),
      h('div', { class: 'pair' }, field(t.confidence, confidence), field(t.comment, comment)),
    );
    return { card, inputs: { row, value, confidence, comment } };
  }

  function show(data: CheckInList): void {
    loadedSheet = data.sheet;
    fillChooser(teamSelect, data.teams, teamSelect.value);
    fillChooser(ownerSelect, data.owners, ownerSelect.value);
    replace(asOf, data.asOf ? fill(t.asOf, { date: data.asOf }) : '');
    rows = [];
    const cards = data.rows.map((r) => {
      const { card, inputs } = rowCard(r);
      rows.push(inputs);
      return card;
    });
    replace(list, ...(cards.length ? cards : [h('p', { class: 'secondary' }, t.none)]));
    actions.hidden = cards.length === 0;
  }

  async function load(): Promise<void> {
    const data = await app.status.busy(
      () => run('sidebarCheckInRows', { sheet: sheetSelect.value, team: teamSelect.value || undefined, owner: ownerSelect.value || undefined }),
      [sheetSelect, teamSelect, ownerSelect],
    );
    if (data) show(data);
  }

  function entries(): CheckInEntry[] | null {
    const out: CheckInEntry[] = [];
    for (const r of rows) {
      const raw = r.value.value.trim();
      const value: CheckInEntry['value'] = r.row.type === 'milestone' ? (raw === '' ? null : raw === 'true') : raw === '' ? null : raw;
      const confText = r.confidence.value.trim();
      const confidence = confText === '' ? null : Number(confText);
      if (confidence !== null && (!Number.isFinite(confidence) || confidence < 0 || confidence > 10)) {
        r.confidence.setAttribute('aria-invalid', 'true');
        r.confidence.focus();
        app.status.show(t.badConfidence, 'error');
        return null;
      }
      r.confidence.removeAttribute('aria-invalid');
      const comment = r.comment.value.trim();
      const confidenceChanged = confidence !== null && confidence !== r.row.confidence;
      if (value === null && !confidenceChanged && comment === '') continue;
      out.push({ row: r.row.row, value, confidence, comment });
    }
    return out;
  }

  async function submit(): Promise<void> {
    const changes = entries();
    if (changes === null) return;
    if (changes.length === 0) {
      app.status.show(t.nothing, 'error');
      return;
    }
    const result = await app.status.busy(() => run('sidebarSaveCheckIn', { sheet: loadedSheet, entries: changes }), [save]);
    if (!result) return;
    await load();
    app.status.show(fill(t.saved, { updated: result.updated, logged: result.logged, history: result.historySheet }), 'success');
  }

  sheetSelect.addEventListener('change', () => {
    teamSelect.value = '';
    ownerSelect.value = '';
    void load();
  });
  teamSelect.addEventListener('change', () => void load());
  ownerSelect.addEventListener('change', () => void load());

  replace(
    root,
    h('h1', {}, t.title),
    field(app.t.sheet, sheetSelect),
    h('div', { class: 'pair' }, field(t.team, teamSelect), field(t.owner, ownerSelect)),
    asOf,
    list,
    actions,
  );
  void load();
}
