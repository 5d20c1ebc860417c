// One name per column per language: the template's header row, the progress tabs, the history tab,
// the dashboard, the messages that name a column and the sidebar all call a column what the one
// table (src/core/i18n/columns.ts) calls it. A text of any catalogue that is a known name of a
// column (an alias the reader accepts, or one of the names this add-on used to give it) must be
// that column's name in the table.
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../sidebar/strings';
import { DASHBOARD_LABELS } from '../../src/core/i18n/dashboardLabels';
import { COLUMN_NAMES, type ColumnName } from '../../src/core/i18n/columns';
import { HEADER_ALIASES, LABEL_ALIASES, fieldLabel, matchHeader } from '../../src/core/i18n/headers';
import { FORMER_HISTORY_HEADERS, HISTORY_COLUMNS, HISTORY_HEADERS, historyColumnOf } from '../../src/core/i18n/historyHeaders';
import { normalizeText } from '../../src/core/i18n/text';
import { COLUMN_KEYS, LANGUAGES, type Language } from '../../src/core/model';
import { REPORT_LABELS } from '../../src/core/i18n/reportLabels';

/**
 * The second names columns had before the table (issue 14 counted 12 such pairs), each a row: a
 * catalogue that brings one back fails below.
 */
const FORMER_NAMES: [Language, ColumnName, string][] = [
  ['hu', 'confidence', 'Bizalom'],
  ['hu', 'current', 'Aktuális'],
  ['hu', 'unit', 'Egység'],
  ['hu', 'asOf', 'Állapot dátuma'],
  ['hu', 'expected', 'Várt'],
  ['hu', 'expected', 'Elvárt'],
  ['ar', 'score', 'النتيجة'],
  ['ar', 'current', 'الحالي'],
  ['ar', 'due', 'الموعد'],
  ['ar', 'commitment', 'نوع الالتزام'],
  ['fa', 'due', 'موعد'],
  ['fa', 'current', 'فعلی'],
  ['fa', 'target', 'هدف عددی'],
  ['fa', 'commitment', 'نوع تعهد'],
  ['fa', 'expected', 'مورد انتظار'],
  ['hu', 'start', 'Kiinduló'],
  // A space where Hungarian spelling takes a hyphen (issue 14, one voice).
  ['hu', 'objectiveId', 'Célkitűzés azonosító'],
];

/**
 * Texts that look like a column's name but name something else: the plural "Teams" heads a list of
 * teams (not the Team column), and the sidebar's "Notes" are issues of severity info.
 */
const NOT_COLUMNS = new Set(['report.teamsHeading', 'sidebar.newQuarter.stepTeams', 'sidebar.newQuarter.teams', 'sidebar.validate.info']);

type Tree = { [key: string]: unknown };

/** Every string of a catalogue, with the path it sits at. */
function leaves(tree: unknown, prefix: string): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (Array.isArray(tree)) return tree.flatMap((v, i) => leaves(v, `${prefix}[${i}]`));
  if (tree && typeof tree === 'object') return Object.entries(tree as Tree).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`));
  return [];
}

/** The column-naming part of a text: `Confidence (0–10)` → confidence, `As of {date}` → as of. */
function nameOf(text: string): string {
  return normalizeText(text.replace(/\{[^}]*\}/g, ' ').replace(/[→←]/g, ' '));
}

/** Every catalogue text a user reads in `lang`. */
function catalogueTexts(lang: Language): [string, string][] {
  return [
    ...leaves(REPORT_LABELS[lang], 'report'),
    ...leaves(DASHBOARD_LABELS[lang], 'dashboard'),
    ...leaves([...HISTORY_HEADERS[lang]], 'history'),
    ...leaves(STRINGS[lang], 'sidebar'),
    ...COLUMN_KEYS.map((k): [string, string] => [`template.${k}`, fieldLabel(lang, k)]),
  ];
}

/** normalized name → the columns it is a known name of (aliases, table names in any language, former names). */
function knownNames(): Map<string, Set<ColumnName>> {
  const known = new Map<string, Set<ColumnName>>();
  const add = (text: string, column: ColumnName) => {
    const key = nameOf(text);
    if (!known.has(key)) known.set(key, new Set());
    known.get(key)!.add(column);
  };
  for (const [column, aliases] of Object.entries({ ...HEADER_ALIASES, ...LABEL_ALIASES })) {
    for (const alias of aliases) add(alias, column as ColumnName);
  }
  for (const [, column, name] of FORMER_NAMES) add(name, column);
  return known;
}

describe('one name per column per language', () => {
  const known = knownNames();
  for (const lang of LANGUAGES) {
    it(`${lang}: a catalogue text that names a column uses the table's name`, () => {
      const names = new Set(Object.values(COLUMN_NAMES[lang]).map(nameOf));
      const wrong = catalogueTexts(lang)
        .filter(([path, text]) => !NOT_COLUMNS.has(path) && known.has(nameOf(text)) && !names.has(nameOf(text)))
        .map(([path, text]) => `${path} = "${text}" (a name of ${[...known.get(nameOf(text))!].join('/')})`);
      expect(wrong).toEqual([]);
    });
  }

  // The converse of one name per column: one column per name. Hungarian called Notes and the
  // check-in Comment both "Megjegyzés", and Persian the Message and the Comment both "توضیح"
  // (found by an attack on issue 14): a history tab's comment read as the notes of a key result.
  it.each(LANGUAGES)('%s: no two columns share a name', (lang) => {
    const byName = new Map<string, string[]>();
    for (const [column, name] of Object.entries(COLUMN_NAMES[lang])) byName.set(nameOf(name), [...(byName.get(nameOf(name)) ?? []), column]);
    expect([...byName].filter(([, columns]) => columns.length > 1).map(([name, columns]) => `${name}: ${columns.join(', ')}`)).toEqual([]);
  });

  it.each(FORMER_HISTORY_HEADERS)('%s: a history tab headed by the former %s name "%s" is still read', (lang, column, former) => {
    expect(historyColumnOf(former)).toBe(column);
    expect(nameOf(COLUMN_NAMES[lang][column])).not.toBe(nameOf(former));
  });

  // A former name is never written, but a sheet headed by it is still read (found by an attack on
  // issue 14: the Persian example's Due column, headed موعد, was silently left out).
  it.each(FORMER_NAMES.filter(([, column]) => (COLUMN_KEYS as readonly string[]).includes(column)))(
    '%s %s: a header "%s" is still read as that column',
    (_lang, column, former) => {
      expect(matchHeader(former)).toBe(column);
    },
  );

  it.each(FORMER_NAMES)('%s %s is never called "%s"', (lang, column, former) => {
    expect(nameOf(COLUMN_NAMES[lang][column])).not.toBe(nameOf(former));
    const uses = catalogueTexts(lang).filter(([, text]) => nameOf(text) === nameOf(former));
    expect(uses).toEqual([]);
  });

  it('the template, the tabs, the history and the sidebar read the same table', () => {
    for (const lang of LANGUAGES) {
      const c = COLUMN_NAMES[lang];
      for (const k of COLUMN_KEYS) expect(fieldLabel(lang, k)).toBe(c[k]);
      const report = REPORT_LABELS[lang];
      for (const k of [
        'team',
        'objectiveId',
        'objective',
        'owner',
        'commitment',
        'keyResult',
        'type',
        'start',
        'target',
        'current',
        'unit',
        'due',
        'confidence',
        'score',
      ] as const) {
        expect(report[k], `${lang} report ${k}`).toBe(c[k]);
      }
      expect(HISTORY_HEADERS[lang]).toEqual(HISTORY_COLUMNS.map((k) => c[k]));
      const dashboard = DASHBOARD_LABELS[lang];
      for (const k of ['team', 'keyResult', 'score', 'expected', 'quarter'] as const) expect(dashboard[k], `${lang} dashboard ${k}`).toBe(c[k]);
      expect(nameOf(dashboard.confidence)).toBe(nameOf(c.confidence));
      const checkIn = STRINGS[lang].checkIn;
      expect([checkIn.team, checkIn.owner, checkIn.newValue, checkIn.comment]).toEqual([c.team, c.owner, c.newValue, c.comment]);
      expect(nameOf(checkIn.confidence)).toBe(nameOf(c.confidence));
    }
  });

  it('every column has a name in every language, and the reader knows the template names', () => {
    for (const lang of LANGUAGES) {
      for (const [column, name] of Object.entries(COLUMN_NAMES[lang])) expect(name.trim(), `${lang} ${column}`).not.toBe('');
      for (const k of COLUMN_KEYS) expect(matchHeader(COLUMN_NAMES[lang][k]), `${lang} ${k}`).toBe(k);
    }
  });
});
