// The example OKR sets of the New quarter… wizard: complete in every language, measurable, and the
// same numbers whatever the language.
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../src/core/model';
import { analyze, percentFormatFor } from '../../src/core';
import { DEFAULT_SETTINGS, type CellValue } from '../../src/core/model';
import { isTemplateArea, listTemplates, TEMPLATE_AREAS, templateSet, type TemplateSet } from '../../src/core/templates';

const ALL: TemplateSet[] = TEMPLATE_AREAS.flatMap((area) => LANGUAGES.map((language) => templateSet(area, language)));
const DIGIT = /[0-9\u06f0-\u06f9\u0660-\u0669]/;
const PERCENT = /[%\u066a]/;
const PERSIAN_LETTERS = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/; // پ چ ژ گ ک ی: letters Arabic does not use
const ARABIC_SCRIPT = /[\u0621-\u064a]/;

/** The numbers written in a text, as numbers: separators and native digits of its language read. */
function numbersIn(text: string, language: Language): number[] {
  let t = text
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/(\d)\u066c(?=\d)/g, '$1')
    .replace(/(\d)\u066b(?=\d)/g, '$1.');
  if (language === 'en') t = t.replace(/(\d),(?=\d{3}\b)/g, '$1');
  if (language === 'hu') t = t.replace(/(\d)[ \u00a0](?=\d{3}\b)/g, '$1').replace(/(\d),(?=\d)/g, '$1.');
  return (t.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
}

const keyResults = (set: TemplateSet) => set.objectives.flatMap((o) => o.keyResults);
const round = (n: number) => Math.round(n * 1e6) / 1e6;

describe('template sets', () => {
  it('exist for every area in every language', () => {
    expect(TEMPLATE_AREAS).toHaveLength(11);
    for (const language of LANGUAGES) {
      expect(listTemplates(language).map((t) => t.area)).toEqual([...TEMPLATE_AREAS]);
      for (const area of TEMPLATE_AREAS) {
        const set = templateSet(area, language);
        expect([set.area, set.language]).toEqual([area, language]);
      }
    }
  });

  it('have two objectives with three or four key results each', () => {
    for (const set of ALL) {
      expect(set.objectives, `${set.area}/${set.language}`).toHaveLength(2);
      for (const o of set.objectives) expect(o.keyResults.length, o.text).toBeGreaterThanOrEqual(3);
      for (const o of set.objectives) expect(o.keyResults.length, o.text).toBeLessThanOrEqual(4);
    }
  });

  it('leave no name, description, objective or key result empty', () => {
    for (const set of ALL) {
      const texts = [set.name, set.description, ...set.objectives.flatMap((o) => [o.text, ...o.keyResults.map((k) => k.text)])];
      for (const text of texts) expect(text.trim(), `${set.area}/${set.language}`).not.toBe('');
    }
    for (const language of LANGUAGES) {
      for (const t of listTemplates(language)) expect(t.name && t.description).toBeTruthy();
    }
  });

  it('write objectives in words: no digit of any script and no percent sign', () => {
    for (const set of ALL) {
      for (const o of set.objectives) {
        expect(DIGIT.test(o.text), o.text).toBe(false);
        expect(PERCENT.test(o.text), o.text).toBe(false);
      }
    }
  });

  it('give every key result a start and a target that differ, and a known unit', () => {
    for (const set of ALL) {
      for (const kr of keyResults(set)) {
        expect(Number.isFinite(kr.start) && Number.isFinite(kr.target), kr.text).toBe(true);
        expect(kr.start, kr.text).not.toBe(kr.target);
        expect(['%', 'count', '$', 'min', 'h', 's', 'ms', 'days', 'score', 'x']).toContain(kr.unit);
      }
    }
  });

  it('declare a type that agrees with the direction of the numbers', () => {
    for (const set of ALL) {
      for (const kr of keyResults(set)) {
        if (kr.type === 'increase' || kr.type === 'atLeast') expect(kr.target, kr.text).toBeGreaterThan(kr.start);
        if (kr.type === 'decrease' || kr.type === 'atMost') expect(kr.target, kr.text).toBeLessThan(kr.start);
        expect(['increase', 'decrease', 'atLeast', 'atMost']).toContain(kr.type);
      }
    }
  });

  it('include decreasing and threshold key results, with percentages stored as fractions', () => {
    const all = TEMPLATE_AREAS.flatMap((area) => keyResults(templateSet(area, 'en')));
    expect(all.filter((k) => k.type === 'decrease').length).toBeGreaterThanOrEqual(8);
    expect(all.some((k) => k.type === 'atLeast')).toBe(true);
    expect(all.some((k) => k.type === 'atMost')).toBe(true);
    const bounce = all.find((k) => /bounce rate/.test(k.text));
    expect(bounce).toMatchObject({ type: 'decrease', start: 0.62, target: 0.45, unit: '%' });
    expect(all.find((k) => /cost per lead/.test(k.text))).toMatchObject({ type: 'decrease', start: 48, target: 35, unit: '$' });
    for (const k of all.filter((k) => k.unit === '%')) expect(Math.max(k.start, k.target), k.text).toBeLessThan(2);
  });

  it('keep the same numbers in every language', () => {
    for (const area of TEMPLATE_AREAS) {
      const en = templateSet(area, 'en');
      for (const language of LANGUAGES) {
        const set = templateSet(area, language);
        const strip = (s: TemplateSet) => s.objectives.map((o) => o.keyResults.map(({ type, start, target, unit }) => ({ type, start, target, unit })));
        expect(strip(set), `${area}/${language}`).toEqual(strip(en));
        keyResults(set).forEach((kr, i) => {
          const written = numbersIn(kr.text, language).sort((a, b) => a - b);
          const english = numbersIn(keyResults(en)[i]!.text, 'en').sort((a, b) => a - b);
          expect(written, `${language}: ${kr.text}`).toEqual(english);
        });
      }
    }
  });

  it("write each key result's start (or last quarter's total) and target into its text", () => {
    for (const set of ALL) {
      for (const kr of keyResults(set)) {
        const scale = kr.unit === '%' ? 100 : 1;
        const written = numbersIn(kr.text, set.language).map(round);
        expect(written, kr.text).toContain(round((kr.previous ?? kr.start) * scale));
        expect(written, kr.text).toContain(round(kr.target * scale));
      }
    }
  });

  it('write Persian and Arabic in their own script and digits', () => {
    for (const area of TEMPLATE_AREAS) {
      const fa = templateSet(area, 'fa');
      const ar = templateSet(area, 'ar');
      for (const text of [fa.name, fa.description, ...fa.objectives.map((o) => o.text)]) expect(ARABIC_SCRIPT.test(text), text).toBe(true);
      for (const text of [ar.name, ar.description, ...ar.objectives.map((o) => o.text)]) expect(ARABIC_SCRIPT.test(text), text).toBe(true);
      expect(PERSIAN_LETTERS.test(fa.objectives.map((o) => o.text).join(' ')), area).toBe(true);
      for (const kr of keyResults(fa)) {
        expect(ARABIC_SCRIPT.test(kr.text), kr.text).toBe(true);
        expect(/[0-9\u0660-\u0669%]/.test(kr.text), kr.text).toBe(false);
      }
      for (const kr of keyResults(ar)) {
        expect(ARABIC_SCRIPT.test(kr.text), kr.text).toBe(true);
        expect(/[0-9\u06f0-\u06f9%]/.test(kr.text), kr.text).toBe(false);
      }
    }
  });

  it('hand out a copy, so a caller cannot change the templates', () => {
    const set = templateSet('seo', 'en');
    set.objectives[0]!.keyResults[0]!.target = 1;
    set.objectives.pop();
    expect(templateSet('seo', 'en').objectives).toHaveLength(2);
    expect(templateSet('seo', 'en').objectives[0]!.keyResults[0]!.target).toBe(26000);
  });

  it('recognises area names', () => {
    expect(TEMPLATE_AREAS.every(isTemplateArea)).toBe(true);
    expect(isTemplateArea('seo ')).toBe(false);
    expect(isTemplateArea(undefined)).toBe(false);
  });
});

describe('template key results score right', () => {
  const HEADER = ['Objective', 'Key result', 'Type', 'Start', 'Target', 'Current', 'Unit'];
  /** One key result as New quarter writes it (percentages as fractions in a percent format), at a current value. */
  function scoreAt(kr: TemplateSet['objectives'][number]['keyResults'][number], current: number): number | null {
    const format = kr.unit === '%' ? percentFormatFor([kr.start, kr.target, current]) : 'General';
    const values: CellValue[][] = [['Quarter', '2026-Q4'], HEADER, ['Objective', kr.text, kr.type, kr.start, kr.target, current, kr.unit]];
    const formats = [['', ''], HEADER.map(() => ''), ['@', '@', '@', format, format, format, '@']];
    const a = analyze(values, { sheet: 'OKRs', formats, settings: DEFAULT_SETTINGS });
    expect(
      a.issues.filter((i) => i.severity === 'error'),
      kr.text,
    ).toEqual([]);
    return a.scores.keyResults[0]!.score;
  }

  it.each(ALL.flatMap((set) => keyResults(set).map((kr) => [`${set.area}/${set.language}: ${kr.text}`, kr] as const)))(
    '%s: half way scores 0.5 (a threshold: 0 until met)',
    (_name, kr) => {
      const half = kr.start + (kr.target - kr.start) / 2;
      if (kr.type === 'increase' || kr.type === 'decrease') expect(scoreAt(kr, half)).toBeCloseTo(0.5, 9);
      else {
        expect(scoreAt(kr, half)).toBe(0);
        expect(scoreAt(kr, kr.target)).toBe(1);
      }
    },
  );

  it('counts made afresh each quarter start at 0, with last quarter in the text', () => {
    const fresh = ALL.filter((s) => s.language === 'en')
      .flatMap(keyResults)
      .filter((k) => k.previous !== undefined);
    expect(fresh.length).toBeGreaterThanOrEqual(8);
    for (const k of fresh) expect(k.start, k.text).toBe(0);
    const ab = fresh.find((k) => /A\/B tests/.test(k.text))!;
    expect(scoreAt(ab, 12)).toBeCloseTo(0.5, 9);
  });

  it('percent formats keep the digits the values need', () => {
    expect(percentFormatFor([0.014, 0.022])).toBe('0.0%');
    expect(percentFormatFor([0.006, 0.003])).toBe('0.0%');
    expect(percentFormatFor([0.0125])).toBe('0.00%');
    expect(percentFormatFor([0.62, 0.45])).toBe('0%');
  });
});
