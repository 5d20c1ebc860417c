// Example OKR sets for the New quarter… wizard: two objectives per marketing area, each with three
// or four measurable key results, in every language. The numbers live once in values.ts and each
// language supplies only words, so a translation can never change a baseline or a target.
import type { Language } from '../model';
import { arTemplates } from './ar';
import { enTemplates } from './en';
import { faTemplates } from './fa';
import { huTemplates } from './hu';
import { TEMPLATE_AREAS, type TemplateArea, type TemplateCatalogue, type TemplateSet } from './types';
import { TEMPLATE_VALUES } from './values';

export { TEMPLATE_AREAS } from './types';
export type { TemplateArea, TemplateKeyResult, TemplateObjective, TemplateSet } from './types';

// Functions, so a language's texts are built only when the wizard asks for them.
const CATALOGUES: Readonly<Record<Language, () => TemplateCatalogue>> = {
  en: enTemplates,
  fa: faTemplates,
  ar: arTemplates,
  hu: huTemplates,
};

/** True for the names in TEMPLATE_AREAS; for checking a value that crossed google.script.run. */
export function isTemplateArea(value: unknown): value is TemplateArea {
  return typeof value === 'string' && (TEMPLATE_AREAS as readonly string[]).includes(value);
}

/** The template set of one area in one language: a fresh copy the caller may change. */
export function templateSet(area: TemplateArea, language: Language): TemplateSet {
  const texts = CATALOGUES[language]()[area];
  return {
    area,
    language,
    name: texts.name,
    description: texts.description,
    objectives: TEMPLATE_VALUES[area].map((values, i) => {
      const words = texts.objectives[i];
      return {
        text: words?.text ?? '',
        keyResults: values.map((v, j) => ({ text: words?.keyResults[j] ?? '', ...v })),
      };
    }),
  };
}

/** Every area's name and one-line description, in the wizard's order. */
export function listTemplates(language: Language): { area: TemplateArea; name: string; description: string }[] {
  const catalogue = CATALOGUES[language]();
  return TEMPLATE_AREAS.map((area) => {
    const { name, description } = catalogue[area];
    return { area, name, description };
  });
}
