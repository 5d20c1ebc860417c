// Check-in: for a team or an owner, each key result with its current value, a new value, a
// confidence (0–10) and a comment. Saving writes Current and logs every change to OKR history.
import type { CheckInEntry, CheckInList, CheckInRow } from '../../src/server/types';
import type { App } from '../app';
import { button, field, h, option, replace, select, uid } from '../dom';
import { isBlankField, readTypedNumber } from '../numbers';
import { run } from '../rpc';
import { fill, isolate, num } from '../strings';

interface RowInputs {
  row: CheckInRow;
  value: HTMLInputElement | HTMLSelectElement;
  confidence: HTMLInputElement;
  comment: HTMLInputElement;
}

export function checkInView(app: App, root: HTMLElement): void {
  const t = app.t.checkIn;
  const sheets = app.state.okrSheets.length ? app.state.okrSheets : [app.state.activeSheet];
  // Several OKR sheets and none the user is on: nothing is chosen (or read) for them.
  const undecided = app.state.okrSheet === null && sheets.length > 1;
  const initial = app.state.okrSheet ?? (undecided ? '' : (sheets[0] ?? ''));
  const sheetSelect = select([...(undecided ? [option('', app.t.chooseSheet, true)] : []), ...sheets.map((s) => option(s, s, s === initial))]);
  const teamSelect = select([option('', app.t.all, true)]);
  const ownerSelect = select([option('', app.t.all, true)]);
  const list = h('div', { class: 'output' });
  const asOf = h('p', { class: 'secondary' });
  const save = button(t.save, () => void submit(), 'action');
  const actions = h('div', { class: 'actions' }, save);
  actions.hidden = true;
  let rows: RowInputs[] = [];
  let loadedSheet = '';
  // The list's sheet by id too: a rename (or two names swapped) before the save cannot redirect it.
  let loadedSheetId: number | undefined;

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
    // A text input: a number input would drop ۸ and ٨ (sidebar/numbers.ts).
    const confidence = h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off', value: row.confidence === null ? '' : num(row.confidence) });
    const comment = h('input', { type: 'text', maxlength: 500, autocomplete: 'off' });
    const facts = [row.objective, row.owner, row.team]
      .filter((s) => s !== '')
      .map(isolate)
      .join(app.t.sep);
    const card = h(
      'fieldset',
      { class: 'kr' },
      // The key result's own direction: a Persian plan in an English sidebar, or the other way round.
      h('legend', { id: `${id}-title`, dir: 'auto' }, row.keyResult || row.objective),
      facts ? h('p', { class: 'secondary' }, facts) : null,
      row.stale ? h('p', { class: 'stale', role: 'note' }, row.stale) : null,
      // The cells as the sheet shows them (1,010 in a Persian plan too: Sheets has no Persian locale),
      // isolated, so the user finds in the sheet what the sidebar quotes; the page's own numbers are
      // in the page's digits (strings num).
      h(
        'p',
        { class: 'values' },
        fill(t.current, { value: isolate(row.current || t.blank) }),
        app.t.sep,
        fill(t.startTarget, { start: isolate(row.start || '–'), target: isolate(row.target || '–') }),
      ),
      h('div', { class: 'pair' }, field(row.percent ? `${t.newValue} (%)` : t.newValue, value), field(t.confidence, confidence)),
      field(t.comment, comment),
    );
    return { card, inputs: { row, value, confidence, comment } };
  }

  let data: CheckInList | null = null;
  let cards: { card: HTMLElement; row: CheckInRow }[] = [];
  const empty = h('p', { class: 'secondary' }, t.none);

  /** Shows the key results of the chosen team and owner; what was typed in the others stays. */
  function draw(): void {
    const team = teamSelect.value;
    const owner = ownerSelect.value;
    let shown = 0;
    for (const { card, row } of cards) {
      card.hidden = !((team === '' || row.team === team) && (owner === '' || row.owner === owner));
      if (!card.hidden) shown += 1;
    }
    empty.hidden = shown > 0;
    actions.hidden = shown === 0;
  }

  function build(): void {
    rows = [];
    cards = (data?.rows ?? []).map((r) => {
      const { card, inputs } = rowCard(r);
      rows.push(inputs);
      return { card, row: r };
    });
    replace(list, empty, ...cards.map((c) => c.card));
  }

  async function load(keepChoice: boolean): Promise<void> {
    if (sheetSelect.value === '') return;
    const loaded = await app.status.busy(() => run('sidebarCheckInRows', { sheet: sheetSelect.value }), [sheetSelect, teamSelect, ownerSelect]);
    if (!loaded) return;
    data = loaded;
    loadedSheet = loaded.sheet;
    loadedSheetId = loaded.sheetId;
    // A long plan is easier one team at a time: start with the first team.
    const team = keepChoice && loaded.teams.includes(teamSelect.value) ? teamSelect.value : loaded.teams.length > 1 ? loaded.teams[0]! : '';
    const owner = keepChoice && loaded.owners.includes(ownerSelect.value) ? ownerSelect.value : '';
    fillChooser(teamSelect, loaded.teams, team);
    fillChooser(ownerSelect, loaded.owners, owner);
    replace(asOf, loaded.asOfShown ? fill(t.asOf, { date: loaded.asOfShown }) : '');
    build();
    draw();
  }

  function entries(): CheckInEntry[] | null {
    const out: CheckInEntry[] = [];
    for (const r of rows) {
      const raw = r.value.value.trim();
      const value: CheckInEntry['value'] = r.row.type === 'milestone' ? (raw === '' ? null : raw === 'true') : raw === '' ? null : raw;
      const blank = isBlankField(r.confidence.value);
      const confidence = blank ? null : readTypedNumber(r.confidence.value);
      if (!blank && (confidence === null || confidence < 0 || confidence > 10)) {
        r.confidence.setAttribute('aria-invalid', 'true');
        r.confidence.focus();
        app.status.show(t.badConfidence, 'error');
        return null;
      }
      r.confidence.removeAttribute('aria-invalid');
      const comment = r.comment.value.trim();
      const confidenceChanged = confidence !== null && confidence !== r.row.confidence;
      if (value === null && !confidenceChanged && comment === '') continue;
      out.push({ ref: r.row.ref, current: r.row.current, seen: r.row.seen, team: r.row.team, value, confidence, comment });
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
    const result = await app.status.busy(() => run('sidebarSaveCheckIn', { sheet: loadedSheet, sheetId: loadedSheetId, entries: changes }), [save]);
    if (!result) return;
    await load(true);
    const saved = fill(t.saved, { updated: result.updated, logged: result.logged, history: result.historySheet });
    // The progress tabs follow the check-in: refreshed now, or the user is told they were not.
    try {
      const refreshed = await run('sidebarRefresh', { sheet: loadedSheet, sheetId: loadedSheetId });
      app.status.show(`${saved} ${refreshed.message}`, 'success');
    } catch (err) {
      app.status.show(`${saved} ${fill(app.t.refreshFailed, { error: app.status.describe(err) })}`, 'error');
    }
  }

  sheetSelect.addEventListener('change', () => void load(false));
  teamSelect.addEventListener('change', draw);
  ownerSelect.addEventListener('change', draw);

  replace(
    root,
    h('h1', {}, t.title),
    field(app.t.sheet, sheetSelect),
    h('div', { class: 'pair' }, field(t.team, teamSelect), field(t.owner, ownerSelect)),
    asOf,
    list,
    actions,
  );
  if (!undecided) void load(false);
}
