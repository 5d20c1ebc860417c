// The shape of the example OKR sets that New quarter… offers as a starting point.
import type { KrType, Language } from '../model';

/** The marketing areas that have a template set, in the order the wizard lists them. */
export const TEMPLATE_AREAS = [
  'seo',
  'social',
  'content',
  'email',
  'paidAds',
  'pr',
  'partnerships',
  'customerSuccess',
  'mobile',
  'productMarketing',
  'abTesting',
] as const;
export type TemplateArea = (typeof TEMPLATE_AREAS)[number];

export interface TemplateKeyResult {
  text: string;
  type: KrType;
  /** Baseline. Percentages are fractions (62 % is 0.62), as Sheets stores them. */
  start: number;
  /** Last quarter's total of a count made afresh each quarter (whose start is 0); the text says it. */
  previous?: number;
  target: number;
  /** `%`, `count`, `$`, `min`, `h`, `s`, `ms`, `days`, `score`, `x`. */
  unit: string;
}

export interface TemplateObjective {
  text: string;
  keyResults: TemplateKeyResult[];
}

export interface TemplateSet {
  area: TemplateArea;
  language: Language;
  name: string;
  description: string;
  objectives: TemplateObjective[];
}

/** The numbers of one key result; every language shares them, so a translation cannot drift. */
export type KeyResultValues = Readonly<Omit<TemplateKeyResult, 'text'>>;

/** One language's words for one area, objective by objective, key result by key result. */
export interface TemplateTexts {
  name: string;
  description: string;
  objectives: readonly { text: string; keyResults: readonly string[] }[];
}

export type TemplateCatalogue = Readonly<Record<TemplateArea, TemplateTexts>>;
