// One voice in Hungarian (issue 14): every sentence the add-on shows or writes in Hungarian speaks
// to the user formally (Ön: "adja meg", "próbálja újra", "válasszon"), never informally ("adj meg",
// "próbáld", "válassz", "te"); and a count is followed by the singular noun, as Hungarian writes it
// ("3 kulcseredmény", not "3 kulcseredmények").
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../sidebar/strings';
import { CARRY_NOTES } from '../../src/core/i18n/carryNotes';
import { CLI_LABELS } from '../../src/core/i18n/cliLabels';
import { COLUMN_NAMES } from '../../src/core/i18n/columns';
import { DASHBOARD_LABELS } from '../../src/core/i18n/dashboardLabels';
import { FUNCTION_MESSAGES } from '../../src/core/i18n/functionMessages';
import { HISTORY_NOTES, HISTORY_TAB_NAMES } from '../../src/core/i18n/historyHeaders';
import { MENU_LABELS } from '../../src/core/i18n/menuLabels';
import { MESSAGES } from '../../src/core/i18n/messages';
import { REFRESH_MESSAGES } from '../../src/core/i18n/refreshMessages';
import { REPORT_LABELS } from '../../src/core/i18n/reportLabels';
import { SERVER_MESSAGES } from '../../src/core/i18n/serverMessages';
import { bandLabel, commitmentLabel, statusLabel, typeLabel } from '../../src/core/i18n/words';
import { KR_TYPES } from '../../src/core/model';
import { TEMPLATE_AREAS, templateSet } from '../../src/core/templates';

/** Every string of a catalogue, with the path it sits at. */
function leaves(tree: unknown, prefix: string): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (Array.isArray(tree)) return tree.flatMap((v, i) => leaves(v, `${prefix}[${i}]`));
  if (tree && typeof tree === 'object') return Object.entries(tree).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`));
  return [];
}

/** Every Hungarian text of every catalogue, and the Hungarian example OKRs. */
function hungarianTexts(): [string, string][] {
  const templates = TEMPLATE_AREAS.map((area) => {
    const set = templateSet(area, 'hu');
    return [set.name, set.description, ...set.objectives.flatMap((o) => [o.text, ...o.keyResults.map((k) => k.text)])];
  });
  return [
    ...leaves(MESSAGES.hu, 'messages'),
    ...leaves(SERVER_MESSAGES.hu, 'server'),
    ...leaves(FUNCTION_MESSAGES.hu, 'functions'),
    ...leaves(CLI_LABELS.hu, 'cli'),
    ...leaves(REPORT_LABELS.hu, 'report'),
    ...leaves(DASHBOARD_LABELS.hu, 'dashboard'),
    ...leaves(MENU_LABELS.hu, 'menu'),
    ...leaves(REFRESH_MESSAGES.hu, 'refresh'),
    ...leaves(CARRY_NOTES.hu, 'carry'),
    ...leaves(COLUMN_NAMES.hu, 'columns'),
    ...leaves(HISTORY_NOTES.hu, 'history'),
    ...leaves(HISTORY_TAB_NAMES.hu, 'historyTab'),
    ...leaves(STRINGS.hu, 'sidebar'),
    ...leaves(
      KR_TYPES.map((t) => typeLabel('hu', t)),
      'types',
    ),
    ...leaves(
      (['done', 'onTrack', 'atRisk', 'offTrack', 'notStarted'] as const).map((s) => statusLabel('hu', s)),
      'status',
    ),
    ...leaves(
      (['green', 'yellow', 'red'] as const).map((b) => bandLabel('hu', b)),
      'bands',
    ),
    ...leaves([commitmentLabel('hu', 'committed'), commitmentLabel('hu', 'aspirational')], 'commitments'),
    ...leaves(templates, 'templates'),
  ];
}

/**
 * Informal second person: singular imperatives and their definite forms (adj, add meg, próbáld,
 * válassz, kattints, írd, nézd…), the informal plural (adjátok, próbáljatok), the pronouns (te,
 * neked, a te…) and a few informal possessives. Each is a whole word, so the formal forms that
 * begin the same (adjon, válasszon, kattintson, írja, nézze, tegye) never match.
 */
const INFORMAL_WORDS = [
  // Singular imperative, indefinite and definite.
  'adj',
  'add',
  'próbálj',
  'próbáld',
  'válassz',
  'válaszd',
  'kattints',
  'írj',
  'írd',
  'nézz',
  'nézd',
  'töltsd',
  'nyisd',
  'mentsd',
  'használj',
  'használd',
  'ellenőrizd',
  'javítsd',
  'állítsd',
  'tedd',
  'vedd',
  'hagyd',
  'töröld',
  'nevezd',
  'cseréld',
  'másold',
  'jelöld',
  'rögzítsd',
  'frissítsd',
  'olvasd',
  'keress',
  'keresd',
  'menj',
  'gyere',
  'legyél',
  'légy',
  'gépeld',
  'illeszd',
  'futtasd',
  'indítsd',
  'zárd',
  'vidd',
  'told',
  'adj meg',
  'add meg',
  // Informal plural.
  'adjatok',
  'adjátok',
  'próbáljatok',
  'próbáljátok',
  'válasszatok',
  'válasszátok',
  'kattintsatok',
  'írjatok',
  'írjátok',
  'nézzétek',
  // Informal present tense, second person.
  'szeretnéd',
  'szeretnél',
  'tudod',
  'akarod',
  'látod',
  'próbálod',
  // Pronouns.
  'te',
  'téged',
  'neked',
  'tőled',
  'veled',
  'nálad',
  'rólad',
  'hozzád',
  'tiéd',
  'ti',
  'titeket',
  'nektek',
  // Informal possessives of things the add-on talks about.
  'csapatod',
  'munkalapod',
  'táblázatod',
  'célkitűzésed',
  'kulcseredményed',
];

// A word boundary that knows accented letters (JavaScript's \b does not: it splits "válassz" at "á").
const INFORMAL = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${[...INFORMAL_WORDS].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}_])`, 'iu');

/** The informal word of `text`, or null when it speaks formally (or to no one). */
function informalWordIn(text: string): string | null {
  // Placeholders are names, not words of the sentence: `{te}` would be a parameter.
  return INFORMAL.exec(text.replace(/\{\s*\w+\s*\}/g, ' '))?.[0] ?? null;
}

/** Counts: placeholders a sentence writes a number of things with. */
const COUNT_PARAMS = new Set([
  'count',
  'errors',
  'warnings',
  'infos',
  'notes',
  'objectives',
  'keyResults',
  'carried',
  'left',
  'updated',
  'logged',
  'parts',
  'missing',
  'total',
  'days',
  'limit',
  'rows',
  'weights',
  'scores',
  'values',
  'dates',
  'max',
  'min',
]);

/** Singular nouns that end as a plural does (a vowel and -k). */
const SINGULAR_IN_K: ReadonlySet<string> = new Set(['érték']);

/**
 * A count followed by a plural noun (`{count} kulcseredmények`, `# sorok`): Hungarian writes the
 * singular after a number. A plural nominative ends in -k after a vowel (`-ok`, `-ek`, `-ök`, `-ak`,
 * `-ék`, `-ák`); of the singular nouns the catalogue counts, only those in SINGULAR_IN_K do.
 */
function pluralAfterCount(text: string): string | null {
  const counted = /(?:\{\s*(\w+)\s*\}|#)\s+(\p{L}+)/gu;
  for (const m of text.matchAll(counted)) {
    if (m[1] !== undefined && !COUNT_PARAMS.has(m[1])) continue;
    const word = m[2] ?? '';
    if (/[aáeéiíoóöőuúüű]k$/iu.test(word) && !SINGULAR_IN_K.has(word.toLowerCase())) return m[0];
  }
  return null;
}

describe('Hungarian speaks in one register, the formal one', () => {
  it.each([
    ['Adj meg egy számot.', 'Adj meg'],
    ['Add meg a kiinduló értéket.', 'Add meg'],
    ['Próbáld újra később.', 'Próbáld'],
    ['Válassz egy munkalapot.', 'Válassz'],
    ['Kattints a mezőbe.', 'Kattints'],
    ['Írd be az aktuális értéket.', 'Írd'],
    ['Nézd meg a Problémák lapot.', 'Nézd'],
    ['Ez a te munkalapod.', 'te'],
    ['Neked kell kitöltened.', 'Neked'],
    ['Töltsd ki a Negyedév mezőt.', 'Töltsd'],
    ['Próbáljátok újra.', 'Próbáljátok'],
    ['Ha szeretnéd, nevezd át.', 'szeretnéd'],
    ['Tedd át egy későbbi negyedévre.', 'Tedd'],
  ])('finds the informal "%s"', (sentence, word) => {
    expect(informalWordIn(sentence)?.toLowerCase()).toBe(word.toLowerCase());
  });

  it.each([
    'Adja meg a kiinduló értéket.',
    'Adjon meg egy számot.',
    'Próbálja újra egy pillanat múlva.',
    'Válasszon másik negyedévet.',
    'Kattintson a mezőbe, majd Ctrl+C.',
    'Írja be az aktuális értéket.',
    'Nézze át, mi akadályozta.',
    'Tegye át egy későbbi negyedévre.',
    'Töltse ki a Negyedév mezőt.',
    'Az Ön e-mail-címe, ahogy a bővítmény látja',
    'A csapatok teljesítettek.',
    'Növeljük az aktív felhasználók számát 45 000-ről 60 000-re',
  ])('leaves the formal (or not addressed) "%s" alone', (sentence) => {
    expect(informalWordIn(sentence)).toBeNull();
  });

  it('has no informal word in any Hungarian text the add-on shows or writes', () => {
    const texts = hungarianTexts();
    expect(texts.length).toBeGreaterThan(500);
    const informal = texts.filter(([, text]) => informalWordIn(text) !== null).map(([path, text]) => `${path}: "${informalWordIn(text)}" in ${text}`);
    expect(informal).toEqual([]);
  });
});

describe('Hungarian writes the singular after a number', () => {
  it.each([
    ['{count} kulcseredmények', '{count} kulcseredmények'],
    ['{errors, plural, one {# hiba} other {# hibák}}', '# hibák'],
    ['{rows} sorok kellenének', '{rows} sorok'],
    ['{updated} értékek beírva', '{updated} értékek'],
  ])('finds the plural in "%s"', (text, found) => {
    expect(pluralAfterCount(text)).toBe(found);
  });

  it.each([
    '{count} kulcseredmény',
    '{errors} hiba, {warnings} figyelmeztetés',
    '{parts} kulcseredményből {missing} nem pontozható',
    '{updated} érték beírva',
    '„{sheet}” munkalapok',
  ])('leaves "%s" alone', (text) => {
    expect(pluralAfterCount(text)).toBeNull();
  });

  it('has no plural noun after a count in any Hungarian text', () => {
    const wrong = hungarianTexts()
      .filter(([, text]) => pluralAfterCount(text) !== null)
      .map(([path, text]) => `${path}: "${pluralAfterCount(text)}" in ${text}`);
    expect(wrong).toEqual([]);
  });
});
