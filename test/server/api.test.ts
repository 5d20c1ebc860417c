// The sidebar's server API, called by name on the built dist/Code.js in the local runtime, as
// google.script.run calls it in Apps Script.
import { describe, expect, it } from 'vitest';
import { handleScriptRunCall } from '../../local/index';
import { COLUMN_KEYS, DEFAULT_SETTINGS, KR_TYPES, type Settings } from '../../src/core/model';
import { commitmentLabel, fieldLabel, matchLabel, nextQuarter, quarterContaining, typeLabel } from '../../src/core';
import { templateSet, TEMPLATE_AREAS } from '../../src/core/templates';
import type {
  CheckInList,
  CreateQuarterResult,
  MappingGuess,
  QuarterChoices,
  SaveCheckInResult,
  SidebarState,
  TemplateInfo,
  ValidationReport,
} from '../../src/server/types';
import { shownOf } from '../adopt/support';
import { entriesByRow, errorOf, kr, newBook, saveCheckInByRow, templateSheet, TEMPLATE_HEADER, type RowEntry } from './fixtures';

const API = [
  'sidebarState',
  'sidebarQuarters',
  'sidebarTemplates',
  'sidebarCreateQuarter',
  'sidebarDetectMapping',
  'sidebarSaveMapping',
  'sidebarValidate',
  'sidebarSelectCell',
  'sidebarCheckInRows',
  'sidebarSaveCheckIn',
  'sidebarGetSettings',
  'sidebarSaveSettings',
];

const settingsWith = (patch: Partial<Settings>): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...patch });

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

describe('the API surface', () => {
  it('makes every sidebar call a top-level function of the built script', () => {
    const { rt } = newBook();
    for (const name of API) expect(rt.hasFunction(name), name).toBe(true);
  });

  it('answers only in plain JSON that crosses google.script.run', async () => {
    const { rt } = newBook();
    rt.call('sidebarCreateQuarter', { calendar: 'gregorian', year: 2031, quarter: 1, teams: [{ name: 'Growth', template: 'seo' }], start: 'template' });
    const sheet = 'OKRs 2031-Q1';
    const shown = rt.call<CheckInList>('sidebarCheckInRows', { sheet }).rows[0]!;
    const calls: [string, unknown[]][] = [
      ['sidebarState', []],
      ['sidebarQuarters', [{ calendar: 'jalali' }]],
      ['sidebarTemplates', [{ language: 'hu' }]],
      ['sidebarDetectMapping', [{ sheet }]],
      ['sidebarValidate', [{ sheet }]],
      ['sidebarSelectCell', [{ sheet, cell: 'F7' }]],
      ['sidebarCheckInRows', [{ sheet }]],
      [
        'sidebarSaveCheckIn',
        [{ sheet, entries: [{ ref: shown.ref, current: shown.current, seen: shown.seen, team: shown.team, value: '19000', confidence: 6, comment: 'ok' }] }],
      ],
      ['sidebarGetSettings', []],
    ];
    for (const [name, args] of calls) {
      const result = await handleScriptRunCall(rt, name, args);
      expect(result, name).toMatchObject({ ok: true });
    }
  });
});

describe('argument checks', () => {
  const { rt } = newBook();

  it('refuses a request that is not an object', () => {
    expect(errorOf(() => rt.call('sidebarCreateQuarter', 'garbage'))).toMatch(/request is not valid.*expected an object/);
    expect(errorOf(() => rt.call('sidebarSaveCheckIn', [1, 2]))).toMatch(/request is not valid/);
    expect(errorOf(() => rt.call('sidebarSaveSettings', null))).toMatch(/request is not valid/);
  });

  it('names the bad field and what it must be', () => {
    const base = { calendar: 'gregorian', year: 2030, quarter: 1, teams: [], start: 'blank' };
    expect(errorOf(() => rt.call('sidebarCreateQuarter', { ...base, calendar: 'lunar' }))).toBe(
      'The request is not valid: “calendar” must be one of gregorian, fiscal, jalali.',
    );
    expect(errorOf(() => rt.call('sidebarCreateQuarter', { ...base, year: 'twenty' }))).toMatch(/“year” must be a whole number from 1900 to 2200/);
    expect(errorOf(() => rt.call('sidebarCreateQuarter', { ...base, quarter: 5 }))).toMatch(/“quarter” must be a whole number from 1 to 4/);
    expect(errorOf(() => rt.call('sidebarCreateQuarter', { ...base, teams: 'Growth' }))).toMatch(/“teams” must be a list/);
    expect(errorOf(() => rt.call('sidebarCreateQuarter', { ...base, teams: [{ name: 42 }] }))).toMatch(/“teams\[0\]\.name” must be text/);
    expect(errorOf(() => rt.call('sidebarCreateQuarter', { ...base, start: 'template', teams: [{ name: 'A', template: 'astrology' }] }))).toBe(
      'There is no template set called “astrology”.',
    );
    expect(errorOf(() => rt.call('sidebarCreateQuarter', { ...base, start: 'carryOver' }))).toMatch(/Choose the sheet to carry/);
    expect(errorOf(() => rt.call('sidebarCreateQuarter', { ...base, start: 'template', teams: [] }))).toMatch(/“teams” must be a list of at least 1 item/);
    expect(errorOf(() => rt.call('sidebarQuarters', { calendar: 'fiscal', fiscalStartMonth: 13 }))).toMatch(
      /“fiscalStartMonth” must be a whole number from 1 to 12/,
    );
    expect(errorOf(() => rt.call('sidebarSaveCheckIn', { sheet: 'x', entries: [{ ref: 7 }] }))).toMatch(/“entries\[0\]\.ref” must be text/);
    expect(errorOf(() => rt.call('sidebarSaveCheckIn', { sheet: 'x', entries: [{ ref: 'x', value: { $gt: 1 } }] }))).toMatch(
      /“entries\[0\]\.value” must be a number, a text or true\/false/,
    );
    expect(errorOf(() => rt.call('sidebarSaveCheckIn', { sheet: 'x', entries: [{ ref: 'x', value: 1, confidence: 11 }] }))).toMatch(
      /“entries\[0\]\.confidence” must be a number from 0 to 10/,
    );
    // What a write expects to find is not optional: a request without it is refused before any read.
    expect(errorOf(() => rt.call('sidebarSaveCheckIn', { sheet: 'x', entries: [{ ref: 'x', current: '', value: 1, confidence: null, comment: '' }] }))).toMatch(
      /“entries\[0\]\.seen” must be text/,
    );
    expect(errorOf(() => rt.call('sidebarSaveCheckIn', { sheet: 'x', entries: [{ ref: 'x', current: '', seen: '', value: 1 }] }))).toMatch(
      /“entries\[0\]\.team” must be text/,
    );
    expect(errorOf(() => rt.call('sidebarSaveMapping', { sheet: 'x', headerRow: 1, columns: { keyResult: 2 } }))).toMatch(/“shown”/);
    expect(errorOf(() => rt.call('sidebarUseOkrScore', { sheet: 'x', cells: ['F2'] }))).toMatch(/“refs”/);
    expect(errorOf(() => rt.call('sidebarUseOkrScore', { sheet: 'x', cells: ['F2'], refs: ['r'] }))).toMatch(/“seen”/);
    expect(errorOf(() => rt.call('sidebarSelectCell', { sheet: 'Sheet1', cell: '=HYPERLINK("x")' }))).toMatch(/is not a cell address/);
    expect(errorOf(() => rt.call('sidebarValidate', { sheet: 'Nope' }))).toBe('There is no sheet named “Nope”.');
    expect(errorOf(() => rt.call('sidebarSaveMapping', { sheet: 'Sheet1', headerRow: 1, columns: { colour: 3 }, shown: {} }))).toMatch(
      /“columns” must be one of team/,
    );
  });

  it('checks settings: fractions in range, yellow not above green, on track not above at risk', () => {
    const good = settingsWith({});
    expect(errorOf(() => rt.call('sidebarSaveSettings', { ...good, language: 'de' }))).toMatch(/“language” must be one of en, fa, ar, hu/);
    expect(errorOf(() => rt.call('sidebarSaveSettings', { ...good, bands: { ...good.bands, aspirational: { yellow: 40, green: 70 } } }))).toMatch(
      /“bands\.aspirational\.yellow” must be a number from 0 to 1/,
    );
    expect(errorOf(() => rt.call('sidebarSaveSettings', { ...good, bands: { ...good.bands, committed: { yellow: 0.9, green: 0.8 } } }))).toMatch(
      /Yellow must start at or below green/,
    );
    expect(errorOf(() => rt.call('sidebarSaveSettings', { ...good, tolerances: { onTrack: 0.4, atRisk: 0.2 } }))).toMatch(/on-track tolerance/);
    expect(errorOf(() => rt.call('sidebarSaveSettings', { ...good, rollUpAligned: 'yes' }))).toMatch(/“rollUpAligned” must be true or false/);
  });

  it('says it in the user’s language', () => {
    // A Persian user: Sheets has no fa_IR spreadsheet locale, so the language is the user's (Session).
    const fa = newBook({ userLocale: 'fa' });
    expect(errorOf(() => fa.rt.call('sidebarValidate', { sheet: 'ناموجود' }))).toBe('برگه‌ای با نام «ناموجود» وجود ندارد.');
    expect(errorOf(() => fa.rt.call('sidebarCreateQuarter', 7))).toMatch(/^درخواست معتبر نیست/);
    const hu = newBook({ locale: 'hu_HU' });
    expect(errorOf(() => hu.rt.call('sidebarQuarters', { calendar: 'holdnaptár' }))).toMatch(/^Érvénytelen kérés/);
  });
});

describe('state and settings', () => {
  it('takes the language from the user’s locale until one is saved, then from the settings', () => {
    const { rt } = newBook({ userLocale: 'fa' });
    const state = rt.call<SidebarState>('sidebarState');
    expect(state.language).toBe('fa');
    expect(state.dir).toBe('rtl');
    expect(state.fieldLabels.keyResult).toBe(fieldLabel('fa', 'keyResult'));
    expect(state.typeLabels.increase).toBe(typeLabel('fa', 'increase'));
    rt.call('sidebarSaveSettings', settingsWith({ language: 'hu' }));
    const after = rt.call<SidebarState>('sidebarState');
    expect(after.language).toBe('hu');
    expect(after.dir).toBe('ltr');
  });

  it('round-trips every setting through document properties', () => {
    const { rt, ss } = newBook();
    const settings = settingsWith({
      language: 'ar',
      bands: { aspirational: { yellow: 0.3, green: 0.6 }, committed: { yellow: 0.8, green: 1 } },
      tolerances: { onTrack: 0.1, atRisk: 0.25 },
      rollUpAligned: true,
    });
    expect(rt.call('sidebarSaveSettings', settings)).toEqual(settings);
    expect(rt.call('sidebarGetSettings')).toEqual(settings);
    expect(JSON.parse(ss.documentProperties.get('okr-sheets.settings')!)).toEqual(settings);
    // A second runtime over the same document reads them too.
    expect(newBook({ ss }).rt.call('sidebarGetSettings')).toEqual(settings);
  });

  it('lists OKR sheets and the teams of the current one', () => {
    const { ss, rt } = newBook();
    templateSheet(ss, 'OKRs 2030-Q1', '2030-Q1', '2030-01-01', '2030-03-31', [
      kr('Growth', 'G-O1', 'Win the market', '', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 120),
      kr('Brand', 'B-O1', 'Be loved', '', 'Grow NPS from 20 to 40', 'Bo', 20, 40, 25),
    ]);
    const state = rt.call<SidebarState>('sidebarState');
    expect(state.okrSheets).toEqual(['OKRs 2030-Q1']);
    expect(state.sheets).toEqual(['Sheet1', 'OKRs 2030-Q1']);
    expect(state.teams).toEqual(['Growth', 'Brand']);
  });
});

describe('New quarter', () => {
  it('offers last, this and the next three quarters, defaulting to the next one', () => {
    const { rt } = newBook();
    const choices = rt.call<QuarterChoices>('sidebarQuarters', { calendar: 'gregorian' });
    const next = nextQuarter(quarterContaining(todayUtc(), 'gregorian'));
    expect(choices.quarters).toHaveLength(5);
    expect(choices.quarters[choices.defaultIndex]).toMatchObject({
      label: next.label,
      start: next.start,
      end: next.end,
      sheetName: `OKRs ${next.label}`,
      exists: false,
    });
    const jalali = rt.call<QuarterChoices>('sidebarQuarters', { calendar: 'jalali' });
    expect(jalali.quarters[jalali.defaultIndex]!.label).toBe(nextQuarter(quarterContaining(todayUtc(), 'jalali')).label);
    const fiscal = rt.call<QuarterChoices>('sidebarQuarters', { calendar: 'fiscal', fiscalStartMonth: 7 });
    expect(fiscal.quarters.every((q) => q.label.startsWith('FY') && q.fiscalStartMonth === 7)).toBe(true);
  });

  it('lists every template set in the requested language', () => {
    const { rt } = newBook();
    const list = rt.call<TemplateInfo[]>('sidebarTemplates', { language: 'fa' });
    expect(list.map((t) => t.area)).toEqual([...TEMPLATE_AREAS]);
    for (const t of list) {
      expect(t.name).toBe(templateSet(t.area as (typeof TEMPLATE_AREAS)[number], 'fa').name);
      expect(t.objectives).toBeGreaterThan(0);
      expect(t.keyResults).toBeGreaterThanOrEqual(t.objectives * 3);
    }
  });

  it('creates the template sheet: labels, header, drop-downs, formats, frozen header, live Score, selected', () => {
    const { ss, rt } = newBook();
    const result = rt.call<CreateQuarterResult>('sidebarCreateQuarter', {
      calendar: 'gregorian',
      year: 2030,
      quarter: 2,
      teams: [
        { name: 'Growth', template: 'seo' },
        { name: 'Social', template: 'social' },
      ],
      start: 'template',
    });
    const seo = templateSet('seo', 'en');
    const social = templateSet('social', 'en');
    const krCount = [seo, social].reduce((n, s) => n + s.objectives.reduce((m, o) => m + o.keyResults.length, 0), 0);
    expect(result).toMatchObject({ sheet: 'OKRs 2030-Q2', label: '2030-Q2', start: '2030-04-01', end: '2030-06-30', objectives: 4, keyResults: krCount });
    const sheet = ss.getSheetByName('OKRs 2030-Q2')!;
    expect(ss.getActiveSheet().getName()).toBe('OKRs 2030-Q2');

    const labels = sheet.getRange(1, 1, 4, 2).getDisplayValues();
    expect(labels.map((r) => matchLabel(r[0]!))).toEqual(['quarter', 'start', 'end', 'asOf']);
    expect(labels.map((r) => r[1])).toEqual(['2030-Q2', '2030-04-01', '2030-06-30', todayUtc()]);
    expect(sheet.getRange(6, 1, 1, 17).getValues()[0]).toEqual(COLUMN_KEYS.map((k) => fieldLabel('en', k)));
    expect(sheet.getRange(6, 1, 1, 17).getValues()[0]).toEqual(TEMPLATE_HEADER);
    expect(sheet.getFrozenRows()).toBe(6);
    expect(sheet.isRightToLeft()).toBe(false);

    const first = seo.objectives[0]!;
    expect(sheet.getRange('A7:L7').getValues()[0]).toEqual([
      'Growth',
      'GROW-O1',
      first.text,
      '',
      'aspirational',
      first.keyResults[0]!.text,
      '',
      typeLabel('en', first.keyResults[0]!.type),
      first.keyResults[0]!.start,
      first.keyResults[0]!.target,
      '',
      first.keyResults[0]!.unit,
    ]);

    const list = (a1: string) => sheet.getRange(a1).getDataValidation()?.getCriteriaValues()[0];
    expect(list('H7')).toEqual(KR_TYPES.map((t) => typeLabel('en', t)));
    expect(list('E50')).toEqual(['aspirational', 'committed']);
    expect(list('A7')).toEqual(['Growth', 'Social']);
    expect(sheet.getRange('H7').getDataValidation()!.getAllowInvalid()).toBe(false);
    expect(sheet.getRange('F7').getNumberFormat()).toBe('@');
    expect(sheet.getRange('O7').getNumberFormat()).toBe('yyyy-mm-dd');

    expect(sheet.getRange('P7').getFormula()).toBe(
      '=ARRAYFORMULA(OKR_SCORE(IFERROR(I7:I, "#ERROR_IN_CELL"), IFERROR(J7:J, "#ERROR_IN_CELL"), IFERROR(K7:K, "#ERROR_IN_CELL"), IFERROR(H7:H, "#ERROR_IN_CELL"), TRUE, IFERROR(L7:L, "#ERROR_IN_CELL"), IFERROR(F7:F, "#ERROR_IN_CELL"), IFERROR(TO_TEXT(I7:I), "#ERROR_IN_CELL"), IFERROR(TO_TEXT(J7:J), "#ERROR_IN_CELL"), IFERROR(TO_TEXT(K7:K), "#ERROR_IN_CELL")))',
    );
    // The Score colours: rules on the Score column only, one set per run of key-result rows.
    const rules = sheet.getConditionalFormatRules();
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule.getRanges().every((r) => r.getColumn() === 16 && r.getNumColumns() === 1)).toBe(true);

    // The engine reads back what the wizard wrote: the quarter, every key result, no errors.
    const report = rt.call<ValidationReport>('sidebarValidate', { sheet: 'OKRs 2030-Q2' });
    expect(report.quarter).toBe('2030-Q2');
    expect(report.counts.error).toBe(0);

    expect(errorOf(() => rt.call('sidebarCreateQuarter', { calendar: 'gregorian', year: 2030, quarter: 2, teams: [], start: 'blank' }))).toBe(
      'A sheet named “OKRs 2030-Q2” already exists. Pick another quarter, or rename that sheet first.',
    );
  });

  it('writes a Solar Hijri quarter from a Persian template right to left, in Persian', () => {
    const { ss, rt } = newBook({ userLocale: 'fa' });
    rt.call('sidebarCreateQuarter', { calendar: 'jalali', year: 1405, quarter: 1, teams: [{ name: 'بازاریابی', template: 'content' }], start: 'template' });
    const sheet = ss.getSheetByName('OKRs 1405-Q1')!;
    expect(sheet.isRightToLeft()).toBe(true);
    // Start and End as Solar Hijri text in Persian digits (text cells, so Sheets keeps them as typed).
    expect(sheet.getRange('B1:B3').getDisplayValues().flat()).toEqual(['1405-Q1', '۱۴۰۵/۰۱/۰۱', '۱۴۰۵/۰۳/۳۱']);
    expect(sheet.getRange('B2:B3').getNumberFormats().flat()).toEqual(['@', '@']);
    expect(rt.call('getProgressSummary')).toMatchObject({ quarter: '1405-Q1', start: '2026-03-21', end: '2026-06-21' });
    expect(sheet.getRange(6, 1, 1, 17).getValues()[0]).toEqual(COLUMN_KEYS.map((k) => fieldLabel('fa', k)));
    expect(sheet.getRange('C7').getValue()).toBe(templateSet('content', 'fa').objectives[0]!.text);
    expect(sheet.getRange('H7').getDataValidation()?.getCriteriaValues()[0]).toEqual(KR_TYPES.map((t) => typeLabel('fa', t)));
    expect(sheet.getRange('E7').getDataValidation()?.getCriteriaValues()[0]).toEqual([
      commitmentLabel('fa', 'aspirational'),
      commitmentLabel('fa', 'committed'),
    ]);
    // Objective IDs from a name without Latin letters, as the engine would generate them.
    expect(sheet.getRange('B7').getValue()).toBe('T1-O1');
    const report = rt.call<ValidationReport>('sidebarValidate', { sheet: 'OKRs 1405-Q1' });
    expect(report.quarter).toBe('1405-Q1');
    expect(report.counts.error).toBe(0);
  });

  it('creates a blank fiscal quarter with one row per team', () => {
    const { ss, rt } = newBook();
    const result = rt.call<CreateQuarterResult>('sidebarCreateQuarter', {
      calendar: 'fiscal',
      year: 2031,
      quarter: 1,
      fiscalStartMonth: 7,
      teams: [
        { name: 'Growth', template: null },
        { name: 'Brand', template: null },
      ],
      start: 'blank',
    });
    expect(result).toMatchObject({ sheet: 'OKRs FY2031-Q1', start: '2030-07-01', end: '2030-09-30', keyResults: 0 });
    const sheet = ss.getSheetByName('OKRs FY2031-Q1')!;
    expect(sheet.getRange('A7:A9').getValues().flat()).toEqual(['Growth', 'Brand', '']);
    expect(rt.call<ValidationReport>('sidebarValidate', { sheet: 'OKRs FY2031-Q1' }).quarter).toBe('FY2031-Q1');
  });

  it('writes in blocks: the number of setValues calls does not grow with the number of rows', () => {
    const { rt } = newBook();
    const create = (year: number, areas: string[]) => {
      rt.resetCounter();
      rt.call('sidebarCreateQuarter', {
        calendar: 'gregorian',
        year,
        quarter: 1,
        teams: areas.map((a, i) => ({ name: `T${i}`, template: a })),
        start: 'template',
      });
      return rt.counter.count('Range.setValues');
    };
    const small = create(2032, ['seo']);
    const large = create(2033, ['seo', 'social', 'content', 'email', 'paidAds', 'pr']);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(3);
  });

  // Found by an attack on issue 11: a counted milestone lost its count (and one partner of three
  // then showed done), and a percentage told only by its typed % arrived as 0.065 in General cells.
  it.each([
    // [last quarter's Type, Start, Target, Current, Unit] → [new Start, Target, Unit, Start shown], then a check-in and its score
    ['a counted milestone, 1 of 3 partners', 'milestone', 0, 3, 1, '', [1, 3, '', '1'], '2', 0.5],
    ['a yes/no milestone not done', 'milestone', '', '', false, '', ['', '', '', ''], 'true', 1],
    ['a percentage typed with % (no Unit)', '', '8%', '5%', '6.5%', '', [0.065, 0.05, '%', '6.5%'], '6', 1 / 3],
    ['a percentage with Unit %', '', 0.08, 0.05, 0.065, '%', [0.065, 0.05, '%', '6.5%'], '6', 1 / 3],
  ] as const)('carries over %s so that it reads as it did', (_name, type, start, target, current, unit, expected, checkIn, score) => {
    const { ss, rt } = newBook();
    const row = kr('Growth', 'G-O1', 'Win', '', 'Sign partners', 'Ana', start, target, current as number | string, unit);
    row[7] = type;
    templateSheet(ss, 'OKRs 2030-Q3', '2030-Q3', '2030-07-01', '2030-09-30', [row], '2030-09-30');
    rt.call('sidebarCreateQuarter', { calendar: 'gregorian', year: 2030, quarter: 4, teams: [], start: 'carryOver', carryFrom: 'OKRs 2030-Q3' });
    const sheet = ss.getSheetByName('OKRs 2030-Q4')!;
    const [newStart, newTarget, , newUnit] = sheet.getRange('I7:L7').getValues()[0]!;
    expect([newStart, newTarget, newUnit, sheet.getRange('I7').getDisplayValue()]).toEqual(expected);
    saveCheckInByRow(rt, 'OKRs 2030-Q4', [{ row: 7, value: checkIn }]);
    const summary = rt.call<{ objectives: { keyResults: { score: number | null }[] }[] }>('getProgressSummary');
    expect(summary.objectives[0]!.keyResults[0]!.score).toBeCloseTo(score, 9);
  });

  it('carries over unfinished key results: current becomes start, finished ones stay, committed ones are flagged', () => {
    const { ss, rt } = newBook();
    templateSheet(ss, 'OKRs 2030-Q3', '2030-Q3', '2030-07-01', '2030-09-30', [
      kr('Growth', 'G-O1', 'Win the market', 'committed', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 150),
      kr('Growth', '', '', 'committed', 'Grow trials from 10 to 20', 'Ana', 10, 20, 25),
      kr('Growth', 'G-O2', 'Delight customers', '', 'Cut churn from 8% to 5%', 'Bo', 0.08, 0.05, 0.06, '%'),
      kr('Growth', '', '', '', 'Cut tickets from 500 to 300', 'Bo', 500, 300, 300),
      kr('Brand', 'B-O1', 'Be known', '', 'Grow mentions from 40 to 80', 'Cy', 40, 80, 80),
      kr('Brand', '', '', '', 'Grow reach from 1000 to 3000', 'Cy', 1000, 3000, 3100),
    ]);
    const result = rt.call<CreateQuarterResult>('sidebarCreateQuarter', {
      calendar: 'gregorian',
      year: 2030,
      quarter: 4,
      teams: [
        { name: 'Growth', template: null },
        { name: 'Brand', template: null },
      ],
      start: 'carryOver',
      carryFrom: 'OKRs 2030-Q3',
    });
    expect(result).toMatchObject({ carriedOver: 2, leftBehind: 4, objectives: 2 });
    const sheet = ss.getSheetByName('OKRs 2030-Q4')!;
    const rows = sheet.getRange(7, 1, 4, 17).getValues();
    expect(rows[0]!.slice(0, 11)).toEqual([
      'Growth',
      'G-O1',
      'Win the market',
      '',
      'committed',
      'Grow sign-ups from 100 to 200',
      'Ana',
      'increase',
      150,
      200,
      '',
    ]);
    expect(String(rows[0]![16])).toMatch(/Committed in 2030-Q3 and not met/);
    expect(rows[1]!.slice(0, 11)).toEqual([
      'Growth',
      'G-O2',
      'Delight customers',
      '',
      'aspirational',
      'Cut churn from 8% to 5%',
      'Bo',
      'decrease',
      0.06,
      0.05,
      '',
    ]);
    expect(String(rows[1]![16])).toMatch(/Carried over from 2030-Q3/);
    expect(sheet.getRange('I8').getDisplayValue()).toBe('6%');
    // Brand finished everything: it starts the quarter with an empty row of its own.
    expect(rows[2]!.slice(0, 6)).toEqual(['Brand', '', '', '', 'aspirational', '']);
    expect(rows[3]!.every((v) => v === '')).toBe(true);
  });
});

describe('Check-in', () => {
  function planned() {
    const book = newBook({ email: 'ana@example.com' });
    templateSheet(
      book.ss,
      'OKRs 2030-Q3',
      '2030-Q3',
      '2030-07-01',
      '2030-09-30',
      [
        kr('Growth', 'G-O1', 'Win the market', '', 'Grow sign-ups from 100 to 200', 'Ana', 100, 200, 120),
        kr('Growth', '', '', '', 'Cut churn from 8% to 5%', 'Ana', 0.08, 0.05, 0.07, '%'),
        kr('Growth', '', '', '', 'Grow trials from 10 to 20', 'Bo', 10, 20, ''),
        kr('Brand', 'B-O1', 'Be known', '', 'Grow mentions from 40 to 80', 'Cy', 40, 80, 50),
      ],
      '2030-08-01',
    );
    // A formula in a Current cell the check-in does not touch must survive it.
    book.ss.getSheetByName('OKRs 2030-Q3')!.getRange('K9').setFormula('=10+2');
    return book;
  }

  it('lists the key results of a team or an owner with their values as people read them', () => {
    const { rt } = planned();
    const all = rt.call<CheckInList>('sidebarCheckInRows', { sheet: 'OKRs 2030-Q3' });
    expect(all.teams).toEqual(['Growth', 'Brand']);
    expect(all.owners).toEqual(['Ana', 'Bo', 'Cy']);
    expect(all.rows.map((r) => r.row)).toEqual([7, 8, 9, 10]);
    expect(all.rows[1]).toMatchObject({ keyResult: 'Cut churn from 8% to 5%', current: '7%', start: '8%', target: '5%', percent: true, type: 'decrease' });
    expect(rt.call<CheckInList>('sidebarCheckInRows', { sheet: 'OKRs 2030-Q3', team: 'Brand' }).rows.map((r) => r.row)).toEqual([10]);
    expect(rt.call<CheckInList>('sidebarCheckInRows', { sheet: 'OKRs 2030-Q3', owner: 'Ana' }).rows.map((r) => r.row)).toEqual([7, 8]);
  });

  it('writes only the changed Current cells, logs one history row per key result, and moves As of', () => {
    const { ss, rt } = planned();
    const sheet = ss.getSheetByName('OKRs 2030-Q3')!;
    rt.resetCounter();
    const list = rt.call<CheckInList>('sidebarCheckInRows', { sheet: 'OKRs 2030-Q3' });
    rt.resetCounter();
    const result = rt.call<SaveCheckInResult>('sidebarSaveCheckIn', {
      sheet: 'OKRs 2030-Q3',
      entries: entriesByRow(list.rows, [
        { row: 7, value: '۱۴۰', confidence: 7, comment: '=launch went well' },
        { row: 8, value: '6', confidence: null, comment: '' },
        { row: 10, value: null, confidence: 5, comment: 'no change this week' },
      ]),
    });
    expect(result).toMatchObject({ sheet: 'OKRs 2030-Q3', updated: 2, logged: 3, asOf: todayUtc(), historySheet: 'OKR history' });
    expect(sheet.getRange('K7:K8').getValues().flat()).toEqual([140, 0.06]);
    expect(sheet.getRange('K10').getValue()).toBe(50);
    expect(sheet.getRange('K9').getFormula()).toBe('=10+2');
    expect(sheet.getRange('K8').getDisplayValue()).toBe('6%');
    expect(sheet.getRange('N7').getValue()).toBe(7);
    expect(sheet.getRange('B4').getDisplayValue()).toBe(todayUtc());
    // Current of rows 7–8 is one run (one write); confidence of rows 7 and 10 two; the new history
    // tab's header one, and all its rows one.
    expect(rt.counter.count('Range.setValues')).toBe(5);

    const history = ss.getSheetByName('OKR history')!;
    const log = history.getRange(1, 1, history.getLastRow(), 9).getValues();
    expect(log[0]).toEqual(['Time', 'User', 'Sheet', 'Row', 'Key result', 'Old value', 'New value', 'Confidence', 'Comment']);
    expect(log).toHaveLength(4);
    expect(log[1]!.slice(1)).toEqual(['ana@example.com', 'OKRs 2030-Q3', 7, 'Grow sign-ups from 100 to 200', 120, 140, 7, '=launch went well']);
    expect(log[1]![0]).toBeInstanceOf(Date);
    expect(log[2]!.slice(5, 7)).toEqual([0.07, 0.06]);
    expect(log[3]!.slice(3, 9)).toEqual([10, 'Grow mentions from 40 to 80', 50, 50, 5, 'no change this week']);
    expect(history.getFrozenRows()).toBe(1);

    // The log only grows.
    saveCheckInByRow(rt, 'OKRs 2030-Q3', [{ row: 7, value: 150, confidence: 8, comment: '' }]);
    const after = history.getRange(1, 1, history.getLastRow(), 9).getValues();
    expect(after).toHaveLength(5);
    expect(after.slice(0, 4)).toEqual(log);
    expect(after[4]!.slice(5, 7)).toEqual([140, 150]);
  });

  it('reads a percentage key result’s new value in per cent, as the sidebar shows it', () => {
    const { ss, rt } = planned();
    const sheet = ss.getSheetByName('OKRs 2030-Q3')!;
    const save = (value: string) => saveCheckInByRow(rt, 'OKRs 2030-Q3', [{ row: 8, value, confidence: null, comment: '' }]);
    save('0.5');
    expect(sheet.getRange('K8').getValue()).toBeCloseTo(0.005, 12);
    save('۶٪');
    expect(sheet.getRange('K8').getValue()).toBeCloseTo(0.06, 12);
    save('6.5');
    expect(sheet.getRange('K8').getValue()).toBeCloseTo(0.065, 12);
    // A key result in plain numbers takes the number as typed.
    saveCheckInByRow(rt, 'OKRs 2030-Q3', [{ row: 7, value: '1,500', confidence: null, comment: '' }]);
    expect(sheet.getRange('K7').getValue()).toBe(1500);
  });

  it('refuses rows that are not key results, repeated rows, formulas and values that are not numbers, before writing anything', () => {
    const { ss, rt } = planned();
    const sheet = ss.getSheetByName('OKRs 2030-Q3')!;
    const save = (entries: RowEntry[]) => errorOf(() => saveCheckInByRow(rt, 'OKRs 2030-Q3', entries));
    expect(save([{ row: 6, value: 1 }])).toMatch(/“no key result on row 6” is no longer in “OKRs 2030-Q3”.*Nothing was saved/);
    expect(
      save([
        { row: 7, value: 1 },
        { row: 7, value: 2 },
      ]),
    ).toBe('“Grow sign-ups from 100 to 200” appears twice in the check-in.');
    expect(
      save([
        { row: 7, value: 130 },
        { row: 9, value: 13 },
      ]),
    ).toMatch(/row 9 holds a formula/);
    expect(save([{ row: 7, value: '$500K' }])).toBe('Row 7: “$500K” is not a number.');
    expect(sheet.getRange('K7').getValue()).toBe(120);
    expect(ss.getSheetByName('OKR history')).toBeNull();
  });

  it('never writes a new confidence over a formula in Confidence; the same confidence is not a write', () => {
    const { ss, rt } = planned();
    const sheet = ss.getSheetByName('OKRs 2030-Q3')!;
    sheet.getRange('N7').setFormula('=3+4');
    const save = (entries: RowEntry[]) => errorOf(() => saveCheckInByRow(rt, 'OKRs 2030-Q3', entries));
    expect(save([{ row: 7, value: 130, confidence: 4 }])).toMatch(/The Confidence cell of row 7 holds a formula/);
    expect(sheet.getRange('N7').getFormula()).toBe('=3+4');
    expect(sheet.getRange('K7').getValue()).toBe(120);
    expect(ss.getSheetByName('OKR history')).toBeNull();
    saveCheckInByRow(rt, 'OKRs 2030-Q3', [{ row: 7, value: 130, confidence: 7 }]);
    expect(sheet.getRange('N7').getFormula()).toBe('=3+4');
    expect(sheet.getRange('K7').getValue()).toBe(130);
  });

  it.each([
    // [the cell before, its format, the confidence checked in, the value written, as the sheet shows it]
    ['blank, General', '', 'General', 8, 8],
    ['7, General', 7, 'General', 8, 8],
    ['70 % as 0.7', 0.7, '0%', 8, 0.8],
    ['100 % as 1 in a percent cell', 1, '0%', 8, 0.8],
    ['blank in a percent-formatted column', '', '0%', 8, 0.8],
    ['0 % in a percent cell', 0, '0%', 6, 0.6],
  ] as const)('writes a confidence on the cell’s own scale: %s', (_name, before, format, confidence, written) => {
    const { ss, rt } = planned();
    const sheet = ss.getSheetByName('OKRs 2030-Q3')!;
    sheet.getRange('N7').setNumberFormat(format).setValue(before);
    saveCheckInByRow(rt, 'OKRs 2030-Q3', [{ row: 7, value: 130, confidence }]);
    expect(sheet.getRange('N7').getValue()).toBeCloseTo(written, 12);
    // Read back, it is the confidence that was checked in.
    const list = rt.call<{ rows: { row: number; confidence: number | null }[] }>('sidebarCheckInRows', { sheet: 'OKRs 2030-Q3' });
    expect(list.rows.find((r) => r.row === 7)!.confidence).toBe(confidence);
  });
});

describe('Adopt this sheet', () => {
  const HEADERS: Record<string, Partial<Record<(typeof COLUMN_KEYS)[number], string>>> = {
    fa: {
      team: 'تیم',
      objectiveId: 'شناسه',
      objective: 'اهداف',
      parent: 'هدف بالادستی',
      commitment: 'نوع تعهد',
      keyResult: 'نتایج کلیدی',
      owner: 'مسئول',
      type: 'نوع',
      start: 'مقدار اولیه',
      target: 'مقدار هدف',
      current: 'مقدار کنونی',
      unit: 'واحد',
      weight: 'وزن',
      confidence: 'میزان اطمینان',
      due: 'سررسید',
      score: 'امتیاز',
      notes: 'یادداشت‌ها',
    },
    hu: {
      team: 'Csapat',
      objectiveId: 'Azonosító',
      objective: 'Célkitűzés',
      parent: 'Szülőcél',
      commitment: 'Vállalás',
      keyResult: 'Kulcseredmények',
      owner: 'Felelős',
      type: 'Típus',
      start: 'Bázisérték',
      target: 'Célérték',
      current: 'Tényérték',
      unit: 'Mértékegység',
      weight: 'Súly',
      confidence: 'Bizalmi szint',
      due: 'Határidő',
      score: 'Pontszám',
      notes: 'Megjegyzések',
    },
  };

  for (const [language, names] of Object.entries(HEADERS)) {
    it(`maps every column of a sheet with ${language === 'fa' ? 'Persian' : 'Hungarian'} headers, saves the mapping and validates`, () => {
      const { ss, rt } = newBook();
      const sheet = ss.addSheet('Plan');
      // Shuffled columns, an extra column the add-on does not know, and a title row above.
      const order = [...COLUMN_KEYS].reverse();
      sheet.getRange(1, 1).setValues([['Marketing plan']]);
      sheet.getRange(2, 1, 1, order.length + 1).setValues([['Link', ...order.map((k) => names[k])]]);
      const row: Record<string, string | number> = {
        team: 'Growth',
        objectiveId: 'G-O1',
        objective: 'Win',
        keyResult: 'Grow sign-ups from 100 to 200',
        owner: 'Ana',
        start: 100,
        target: 200,
        current: 150,
      };
      sheet.getRange(3, 1, 1, order.length + 1).setValues([['https://example.com', ...order.map((k) => row[k] ?? '')]]);
      ss.setActiveSheet(sheet);

      const guess = rt.call<MappingGuess>('sidebarDetectMapping', {});
      expect(guess.sheet).toBe('Plan');
      expect(guess.headerRow).toBe(2);
      expect(guess.saved).toBe(false);
      for (const key of COLUMN_KEYS) expect(guess.columns[key], key).toBe(order.indexOf(key) + 2);
      expect(guess.headers[0]).toMatchObject({ column: 1, letter: 'A', text: 'Link', sample: 'https://example.com' });
      expect(guess.headers.find((h) => h.column === order.indexOf('keyResult') + 2)?.sample).toBe('Grow sign-ups from 100 to 200');

      const report = rt.call<ValidationReport>('sidebarSaveMapping', {
        sheet: 'Plan',
        headerRow: guess.headerRow,
        columns: guess.columns,
        shown: shownOf(guess),
      });
      expect(report.sheet).toBe('Plan');
      expect(report.counts.error).toBe(0);
      const again = rt.call<MappingGuess>('sidebarDetectMapping', { sheet: 'Plan' });
      expect(again.saved).toBe(true);
      expect(again.columns).toEqual(guess.columns);
      expect(rt.call<SidebarState>('sidebarState').okrSheets).toContain('Plan');
    });
  }

  it('reads a row the user names as the header, and refuses a mapping without key results or with a column twice', () => {
    const { ss, rt } = newBook();
    const sheet = ss.addSheet('Mine');
    sheet.getRange(1, 1, 2, 3).setValues([
      ['Goal', 'KR', 'Actual'],
      ['Win', 'Grow sign-ups from 100 to 200', 150],
    ]);
    const guess = rt.call<MappingGuess>('sidebarDetectMapping', { sheet: 'Mine', headerRow: 1 });
    expect(guess.columns).toEqual({ objective: 1, keyResult: 2, current: 3 });
    expect(errorOf(() => rt.call('sidebarSaveMapping', { sheet: 'Mine', headerRow: 1, columns: { objective: 1 }, shown: {} }))).toBe(
      'Choose a column for at least: Key result, Current.',
    );
    expect(errorOf(() => rt.call('sidebarSaveMapping', { sheet: 'Mine', headerRow: 1, columns: { objective: 1, keyResult: 1 }, shown: {} }))).toBe(
      'Column A is chosen twice: for “Objective” and for “Key result”.',
    );
  });
});

describe('Validate', () => {
  it('reports issues with messages and selects an issue’s cell', () => {
    const { ss, rt } = newBook();
    templateSheet(ss, 'OKRs 2030-Q3', '2030-Q3', '2030-07-01', '2030-09-30', [
      kr('Growth', 'G-O1', 'Win the market', '', 'Grow sign-ups from 100 to 200', 'Ana', 100, 100, 120),
      kr('Growth', '', '', '', 'Grow trials', '', 10, 'lots', 12),
    ]);
    const report = rt.call<ValidationReport>('sidebarValidate', { sheet: 'OKRs 2030-Q3' });
    expect(report.counts.error).toBeGreaterThanOrEqual(2);
    // Both key results are in error: the quarter is incomplete, and says how much is missing.
    expect(report).toMatchObject({ parts: 2, missing: 2, score: null });
    const equal = report.issues.find((i) => i.code === 'KR_START_EQUALS_TARGET')!;
    expect(equal.message).toMatch(/Start and target are both 100/);
    expect(rt.call('sidebarSelectCell', { sheet: equal.sheet, cell: equal.cell })).toEqual({ sheet: 'OKRs 2030-Q3', cell: equal.cell });
    expect(ss.getActiveSheet().getName()).toBe('OKRs 2030-Q3');
    expect(ss.getActiveSheet().getActiveRange().getA1Notation()).toBe(equal.cell);
  });

  it('says so when a sheet has no recognisable header', () => {
    const { rt } = newBook();
    expect(errorOf(() => rt.call('sidebarValidate', { sheet: 'Sheet1' }))).toMatch(/No header row was recognised in “Sheet1”/);
  });
});
