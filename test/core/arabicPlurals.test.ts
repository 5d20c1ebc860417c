// Arabic counts agree with their number (issue 14): a count English writes with a plural form
// (`{n, plural, one {…} other {…}}`) is a plural form in Arabic too, never "label: n", in every
// catalogue the add-on shows or writes; and the forms Arabic needs (one, two, few, many) are there.
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../sidebar/strings';
import { CLI_LABELS } from '../../src/core/i18n/cliLabels';
import { DASHBOARD_LABELS } from '../../src/core/i18n/dashboardLabels';
import { formatText } from '../../src/core/i18n/format';
import { FUNCTION_MESSAGES } from '../../src/core/i18n/functionMessages';
import { MESSAGES } from '../../src/core/i18n/messages';
import { REFRESH_MESSAGES } from '../../src/core/i18n/refreshMessages';
import { REPORT_LABELS } from '../../src/core/i18n/reportLabels';
import { SERVER_MESSAGES } from '../../src/core/i18n/serverMessages';

type Tree = { [key: string]: unknown };

function leaves(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof tree === 'string') out.set(prefix, tree);
  else if (Array.isArray(tree)) tree.forEach((v, i) => leaves(v, `${prefix}[${i}]`).forEach((s, k) => out.set(k, s)));
  else if (tree && typeof tree === 'object')
    for (const [k, v] of Object.entries(tree as Tree)) leaves(v, prefix ? `${prefix}.${k}` : k).forEach((s, kk) => out.set(kk, s));
  return out;
}

const CATALOGUES: Record<string, { en: unknown; ar: unknown }> = {
  sidebar: STRINGS,
  cli: CLI_LABELS,
  dashboard: DASHBOARD_LABELS,
  functions: FUNCTION_MESSAGES,
  issues: MESSAGES,
  refresh: REFRESH_MESSAGES,
  report: REPORT_LABELS,
  server: SERVER_MESSAGES,
};

/** The names of the placeholders a template writes as plural forms, with the forms each gives. */
function pluralForms(template: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of template.matchAll(/\{\s*(\w+)\s*,\s*plural\s*,/g)) {
    const forms: string[] = [];
    let depth = 1;
    let i = (m.index ?? 0) + m[0].length;
    let word = '';
    for (; i < template.length && depth > 0; i++) {
      const c = template[i];
      if (c === '{') {
        if (depth === 1) forms.push(word.trim());
        depth++;
        word = '';
      } else if (c === '}') depth--;
      else if (depth === 1) word += c;
    }
    out.set(m[1] ?? '', forms);
  }
  return out;
}

const ROWS: [string, string, string][] = [];
for (const [name, cat] of Object.entries(CATALOGUES)) {
  for (const [key, en] of leaves(cat.en)) for (const param of pluralForms(en).keys()) ROWS.push([name, key, param]);
}

describe('Arabic counts', () => {
  it('there are counts to check', () => expect(ROWS.length).toBeGreaterThan(25));

  it.each(ROWS)('%s %s: {%s} is a plural form in Arabic with one, two, few and many', (name, key, param) => {
    const ar = leaves(CATALOGUES[name]?.ar).get(key) ?? '';
    const forms = pluralForms(ar).get(param);
    expect(forms, ar).toBeDefined();
    for (const form of ['one', 'two', 'few', 'many', 'other']) expect(forms, ar).toContain(form);
  });

  // The sidebar's save message, as a user reads it after saving n values and n rows.
  const SAVED: [number, string][] = [
    [0, 'لم تُكتب أي قيمة'],
    [1, 'كُتبت قيمة واحدة'],
    [2, 'كُتبت قيمتان'],
    [3, 'كُتبت 3 قيم'],
    [11, 'كُتبت 11 قيمة'],
    [100, 'كُتبت 100 قيمة'],
  ];
  it.each(SAVED)('a check-in that wrote %i values says “%s”', (n, words) => {
    const text = formatText('ar', STRINGS.ar.checkIn.saved, { updated: n, logged: n, history: 'OKR history' });
    expect(text).toContain(words);
    expect(text).not.toMatch(/:\s*\d/);
  });
});
