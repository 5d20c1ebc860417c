// Settings: language, band thresholds, pace tolerances and the roll-up of aligned objectives.
// Thresholds are fractions on the server and percentages here.
import type { Language, Settings } from '../../src/server/types';
import type { App } from '../app';
import { button, field, h, option, replace, select } from '../dom';
import { isBlankField, readTypedNumber } from '../numbers';
import { run } from '../rpc';
import { LANGUAGE_NAMES, num } from '../strings';

const LANGUAGES: readonly Language[] = ['en', 'fa', 'ar', 'hu'];

function percentInput(value: number): HTMLInputElement {
  // A text input: a number input would drop ۸ and ٨ (sidebar/numbers.ts).
  return h('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off', value: num(Math.round(value * 1000) / 10) });
}

export function settingsView(app: App, root: HTMLElement): void {
  const t = app.t.settings;
  const s = app.state.settings;
  const language = select(
    LANGUAGES.map((l) => option(l, LANGUAGE_NAMES[l], l === s.language)),
    {},
  );
  const inputs = {
    aspirationalYellow: percentInput(s.bands.aspirational.yellow),
    aspirationalGreen: percentInput(s.bands.aspirational.green),
    committedYellow: percentInput(s.bands.committed.yellow),
    committedGreen: percentInput(s.bands.committed.green),
    onTrack: percentInput(s.tolerances.onTrack),
    atRisk: percentInput(s.tolerances.atRisk),
  };
  const staleAfter = h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off', value: num(s.staleAfterDays) });
  const rollUp = h('input', { type: 'checkbox', id: 'rollup', checked: s.rollUpAligned });
  const save = button(t.save, () => void submit(), 'action');

  function fraction(input: HTMLInputElement): number | null {
    const v = isBlankField(input.value) ? null : readTypedNumber(input.value);
    if (v === null || v < 0 || v > 100) {
      input.setAttribute('aria-invalid', 'true');
      return null;
    }
    input.removeAttribute('aria-invalid');
    return Math.round(v * 10) / 1000;
  }

  async function submit(): Promise<void> {
    const values = Object.fromEntries(Object.entries(inputs).map(([k, input]) => [k, fraction(input)])) as Record<keyof typeof inputs, number | null>;
    const bad = Object.entries(values).find(([, v]) => v === null);
    if (bad) {
      app.status.show(t.percent, 'error');
      inputs[bad[0] as keyof typeof inputs].focus();
      return;
    }
    const staleAfterDays = isBlankField(staleAfter.value) ? null : readTypedNumber(staleAfter.value);
    if (staleAfterDays === null || !Number.isInteger(staleAfterDays) || staleAfterDays < 1 || staleAfterDays > 366) {
      staleAfter.setAttribute('aria-invalid', 'true');
      app.status.show(t.staleDays, 'error');
      staleAfter.focus();
      return;
    }
    staleAfter.removeAttribute('aria-invalid');
    const v = values as Record<keyof typeof inputs, number>;
    const settings: Settings = {
      language: language.value as Language,
      bands: {
        aspirational: { yellow: v.aspirationalYellow, green: v.aspirationalGreen },
        committed: { yellow: v.committedYellow, green: v.committedGreen },
      },
      tolerances: { onTrack: v.onTrack, atRisk: v.atRisk },
      rollUpAligned: rollUp.checked,
      staleAfterDays,
    };
    const saved = await app.status.busy(() => run('sidebarSaveSettings', settings), [save]);
    if (!saved) return;
    if (saved.language !== app.state.language) {
      await app.reload('settings');
    } else {
      app.state.settings = saved;
    }
    app.status.show(app.t.settings.saved, 'success');
  }

  const bandSet = (legend: string, yellow: HTMLInputElement, green: HTMLInputElement) =>
    h('fieldset', {}, h('legend', {}, legend), h('div', { class: 'pair' }, field(t.yellow, yellow), field(t.green, green)));

  replace(
    root,
    h('h1', {}, t.title),
    field(t.language, language),
    h(
      'fieldset',
      { class: 'plain' },
      h('legend', {}, t.bands),
      bandSet(t.aspirational, inputs.aspirationalYellow, inputs.aspirationalGreen),
      bandSet(t.committed, inputs.committedYellow, inputs.committedGreen),
    ),
    h('fieldset', {}, h('legend', {}, t.pace), field(t.onTrack, inputs.onTrack), field(t.atRisk, inputs.atRisk)),
    field(t.staleAfter, staleAfter),
    h('div', { class: 'check' }, rollUp, h('label', { for: 'rollup' }, t.rollUp)),
    h('div', { class: 'actions' }, save),
  );
}
