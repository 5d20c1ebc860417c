// Adopt this sheet: the add-on's guess of which column is which, from the header names; the user
// corrects any column, saves the mapping, and sees the sheet validated.
import type { ColumnKey, MappingGuess, ValidationReport } from '../../src/server/types';
import type { App } from '../app';
import { button, field, h, option, replace, select } from '../dom';
import { isBlankField, readTypedNumber } from '../numbers';
import { run } from '../rpc';
import { fill, isolate, num } from '../strings';
import { reportView } from './validate';

const COLUMN_KEYS: readonly ColumnKey[] = [
  'team',
  'objectiveId',
  'objective',
  'parent',
  'commitment',
  'keyResult',
  'owner',
  'type',
  'start',
  'target',
  'current',
  'unit',
  'weight',
  'confidence',
  'due',
  'score',
  'notes',
  'period',
];

export function adoptView(app: App, root: HTMLElement): void {
  const t = app.t.adopt;
  const sheets = app.state.sheets.length ? app.state.sheets : [app.state.activeSheet];
  const initial = sheets.includes(app.state.activeSheet) ? app.state.activeSheet : (sheets[0] ?? '');
  const sheetSelect = select(sheets.map((s) => option(s, s, s === initial)));
  // A text input: a number input would drop ۸ and ٨ (sidebar/numbers.ts).
  const headerRow = h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off' });
  const readAgain = button(t.readAgain, () => void readRow(), 'plain');
  const note = h('p', { class: 'hint' });
  const explanation = h('div', { class: 'explanation' });
  const columns = h('fieldset', {}, h('legend', {}, t.columnsLegend));
  const output = h('div', { class: 'output' });
  const save = button(t.save, () => void submit(), 'action');
  const form = h('div', {}, columns, h('div', { class: 'actions' }, save));
  form.hidden = true;
  let selects: Partial<Record<ColumnKey, HTMLSelectElement>> = {};
  let guess: MappingGuess | null = null;

  /** What the guess rests on, in words: the header row, unused and missing columns, headings, multi-line cells. */
  function explain(g: MappingGuess): HTMLElement[] {
    if (g.headerRow === null) return [];
    const label = (k: ColumnKey) => app.state.fieldLabels[k] ?? k;
    const used = new Set(Object.values(g.columns));
    const unused = g.headers.filter((c) => c.text !== '' && !used.has(c.column)).map((c) => `${c.letter} ${isolate(c.text)}`);
    const lines: HTMLElement[] = [h('p', { class: 'hint' }, fill(t.found, { row: g.headerRow, count: used.size }))];
    if (unused.length) lines.push(h('p', { class: 'hint' }, fill(t.unused, { columns: unused.join(app.t.sep) })));
    if (g.periodic.length) lines.push(h('p', { class: 'hint' }, fill(t.periodic, { columns: `${g.periodic[0]}–${g.periodic[g.periodic.length - 1]}` })));
    if (g.objectivesTab) lines.push(h('p', { class: 'hint' }, fill(t.objectivesTab, { tab: isolate(g.objectivesTab) })));
    if (g.objectivesTied.length)
      lines.push(h('p', { class: 'hint missing', role: 'alert' }, fill(t.objectivesTied, { tabs: g.objectivesTied.map(isolate).join(app.t.sep) })));
    if (g.headings.length) lines.push(h('p', { class: 'hint' }, fill(t.headings, { count: g.headings.length, cell: g.headings[0] ?? '' })));
    if (g.missing.length) lines.push(h('p', { class: 'hint missing', role: 'alert' }, fill(t.missing, { columns: g.missing.map(label).join(app.t.sep) })));
    for (const m of g.multiLine) {
      const split = button(t.split, () => void splitCell(m.cell, m.count, m.first), 'plain');
      lines.push(h('div', { class: 'inline' }, h('p', { class: 'hint' }, fill(t.multiLine, { cell: m.cell, count: m.count })), split));
    }
    return lines;
  }

  /** The report, and the offer (never more) to switch score cells the audit named to =OKR_SCORE. */
  function showReport(report: ValidationReport): void {
    const findings = report.issues.filter((i) => i.code.startsWith('SCORE_AUDIT_') && i.severity === 'warning');
    const audited = findings.map((i) => i.cell);
    const offer = audited.length
      ? [
          button(
            fill(t.useScore, { count: audited.length }),
            () =>
              void useScore(
                audited,
                findings.map((i) => i.ref ?? ''),
                findings.map((i) => i.seen ?? ''),
              ),
            'plain',
          ),
        ]
      : [];
    replace(output, ...offer, reportView(app, report));
  }

  async function useScore(cells: string[], refs: string[], seen: string[]): Promise<void> {
    const result = await app.status.busy(() => run('sidebarUseOkrScore', { sheet: sheetSelect.value, cells, refs, seen }), []);
    if (!result) return;
    app.status.show(fill(t.useScoreDone, { count: result.switched }), 'success');
    showReport(result.report);
  }

  async function splitCell(cell: string, count: number, first: string): Promise<void> {
    const result = await app.status.busy(() => run('sidebarSplitKeyResults', { sheet: sheetSelect.value, cell, count, first }), []);
    if (!result) return;
    await detect(typedRow() ?? undefined);
    showReport(result.report);
    // Said last: reading the header again clears the status line.
    app.status.show(fill(t.splitDone, { count: result.inserted }), 'success');
  }

  function show(g: MappingGuess): void {
    guess = g;
    headerRow.value = g.headerRow === null ? '' : num(g.headerRow);
    replace(note, g.headerRow === null ? t.noHeader : g.saved ? t.saved : '');
    note.hidden = note.textContent === '';
    replace(explanation, ...explain(g));
    replace(output);
    selects = {};
    const rows = COLUMN_KEYS.map((key) => {
      const chosen = g.columns[key] ?? 0;
      const options = [option('0', t.none, chosen === 0)];
      for (const c of g.headers) {
        // Header and sample keep their own direction in a right-to-left list, and the other way round.
        const text = c.text === '' ? c.letter : `${c.letter} · ${isolate(c.text)}`;
        options.push(option(String(c.column), c.sample ? `${text} (${isolate(c.sample)})` : text, c.column === chosen));
      }
      const chooser = select(options, { 'data-key': key });
      selects[key] = chooser;
      return field(app.state.fieldLabels[key] ?? key, chooser);
    });
    replace(columns, h('legend', {}, t.columnsLegend), ...rows);
    form.hidden = g.headers.length === 0;
  }

  /** The typed header row (1–1000), null when blank or unreadable; an unreadable one is marked. */
  function typedRow(): number | null {
    if (isBlankField(headerRow.value)) {
      headerRow.removeAttribute('aria-invalid');
      return null;
    }
    const row = readTypedNumber(headerRow.value);
    if (row === null || !Number.isInteger(row) || row < 1 || row > 1000) {
      headerRow.setAttribute('aria-invalid', 'true');
      return null;
    }
    headerRow.removeAttribute('aria-invalid');
    return row;
  }

  /** Reads the typed row, or says why it cannot; never reads another row instead. */
  async function readRow(): Promise<void> {
    const row = typedRow();
    if (row === null) {
      app.status.show(t.badHeaderRow, 'error');
      headerRow.focus();
      return;
    }
    await detect(row);
  }

  async function detect(row?: number): Promise<void> {
    const request = row && Number.isInteger(row) && row > 0 ? { sheet: sheetSelect.value, headerRow: row } : { sheet: sheetSelect.value };
    const g = await app.status.busy(() => run('sidebarDetectMapping', request), [sheetSelect, readAgain]);
    if (g) show(g);
  }

  async function submit(): Promise<void> {
    if (!guess) return;
    const chosen: Partial<Record<ColumnKey, number>> = {};
    for (const key of COLUMN_KEYS) {
      const v = Number(selects[key]?.value ?? 0);
      if (v > 0) chosen[key] = v;
    }
    const row = typedRow();
    if (row === null) {
      app.status.show(t.badHeaderRow, 'error');
      headerRow.focus();
      return;
    }
    // The header each column was chosen by, as shown: the save refuses if the sheet moved meanwhile.
    const shown: Partial<Record<ColumnKey, string>> = {};
    for (const [key, column] of Object.entries(chosen) as [ColumnKey, number][]) {
      const header = guess.headerRow === row ? guess.headers.find((h) => h.column === column) : undefined;
      if (header) shown[key] = header.text;
    }
    const report = await app.status.busy(() => run('sidebarSaveMapping', { sheet: sheetSelect.value, headerRow: row, columns: chosen, shown }), [save]);
    if (!report) return;
    showReport(report);
    app.status.show(fill(t.done, { sheet: report.sheet }), 'success');
    if (!app.state.okrSheets.includes(report.sheet)) app.state.okrSheets.push(report.sheet);
    app.state.okrSheet = report.sheet;
  }

  sheetSelect.addEventListener('change', () => void detect());
  replace(
    root,
    h('h1', {}, t.title),
    h('p', { class: 'intro' }, t.intro),
    field(app.t.sheet, sheetSelect),
    h('div', { class: 'inline' }, field(t.headerRow, headerRow), readAgain),
    note,
    explanation,
    form,
    output,
  );
  void detect();
}
