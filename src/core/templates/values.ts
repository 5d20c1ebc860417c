// The numbers behind every template key result, objective by objective, in the order of the texts
// in en.ts, fa.ts, ar.ts and hu.ts. Percentages are fractions with unit '%' (62 % → 0.62). A count
// made afresh each quarter ("120 backlinks this quarter, up from 60") starts at 0; last quarter's
// total is `previous`, and the text says it.
import type { KeyResultValues, TemplateArea } from './types';

export const TEMPLATE_VALUES: Readonly<Record<TemplateArea, readonly (readonly KeyResultValues[])[]>> = {
  seo: [
    [
      { type: 'increase', start: 18000, target: 26000, unit: 'count' },
      { type: 'increase', start: 5, target: 12, unit: 'count' },
      { type: 'increase', start: 140, target: 210, unit: 'count' },
    ],
    [
      { type: 'decrease', start: 0.62, target: 0.45, unit: '%' },
      { type: 'decrease', start: 3.2, target: 1.8, unit: 's' },
      { type: 'increase', start: 340, target: 450, unit: 'count' },
      { type: 'increase', start: 0.014, target: 0.022, unit: '%' },
    ],
  ],
  social: [
    [
      { type: 'increase', start: 24000, target: 31000, unit: 'count' },
      { type: 'increase', start: 0.021, target: 0.035, unit: '%' },
      { type: 'increase', start: 1800, target: 3000, unit: 'count' },
    ],
    [
      { type: 'increase', start: 6500, target: 10000, unit: 'count' },
      { type: 'increase', start: 120, target: 200, unit: 'count' },
      { type: 'decrease', start: 9, target: 2, unit: 'h' },
    ],
  ],
  content: [
    [
      { type: 'increase', start: 40000, target: 55000, unit: 'count' },
      { type: 'increase', start: 8200, target: 10500, unit: 'count' },
      { type: 'increase', start: 0, previous: 60, target: 120, unit: 'count' },
    ],
    [
      { type: 'increase', start: 1.8, target: 3, unit: 'min' },
      { type: 'increase', start: 0, previous: 900, target: 1500, unit: 'count' },
      { type: 'increase', start: 0.18, target: 0.3, unit: '%' },
    ],
  ],
  email: [
    [
      { type: 'increase', start: 0.24, target: 0.3, unit: '%' },
      { type: 'increase', start: 0.03, target: 0.05, unit: '%' },
      { type: 'decrease', start: 0.006, target: 0.003, unit: '%' },
    ],
    [
      { type: 'increase', start: 42000, target: 60000, unit: '$' },
      { type: 'increase', start: 0.04, target: 0.07, unit: '%' },
      { type: 'increase', start: 35000, target: 42000, unit: 'count' },
    ],
  ],
  paidAds: [
    [
      { type: 'decrease', start: 48, target: 35, unit: '$' },
      { type: 'increase', start: 2.4, target: 3.5, unit: 'x' },
      { type: 'increase', start: 0.031, target: 0.045, unit: '%' },
    ],
    [
      { type: 'increase', start: 0, previous: 800, target: 1200, unit: 'count' },
      { type: 'atMost', start: 172, target: 150, unit: '$' },
      { type: 'increase', start: 400000, target: 900000, unit: 'count' },
    ],
  ],
  pr: [
    [
      { type: 'increase', start: 0, previous: 15, target: 30, unit: 'count' },
      { type: 'increase', start: 1, target: 5, unit: 'count' },
      { type: 'increase', start: 0.12, target: 0.2, unit: '%' },
    ],
    [
      { type: 'increase', start: 4.1, target: 4.5, unit: 'score' },
      { type: 'decrease', start: 40, target: 25, unit: 'count' },
      { type: 'increase', start: 9000, target: 12000, unit: 'count' },
    ],
  ],
  partnerships: [
    [
      { type: 'increase', start: 18, target: 30, unit: 'count' },
      { type: 'increase', start: 0, previous: 90000, target: 150000, unit: '$' },
      { type: 'increase', start: 0, previous: 60, target: 110, unit: 'count' },
    ],
    [
      { type: 'increase', start: 7.2, target: 8.5, unit: 'score' },
      { type: 'increase', start: 0, previous: 2, target: 6, unit: 'count' },
      { type: 'decrease', start: 0.15, target: 0.08, unit: '%' },
    ],
  ],
  customerSuccess: [
    [
      { type: 'decrease', start: 0.038, target: 0.025, unit: '%' },
      { type: 'increase', start: 32, target: 45, unit: 'score' },
      { type: 'increase', start: 0.98, target: 1.06, unit: '%' },
    ],
    [
      { type: 'atMost', start: 180, target: 60, unit: 'min' },
      { type: 'decrease', start: 26, target: 12, unit: 'h' },
      { type: 'increase', start: 4.2, target: 4.6, unit: 'score' },
      { type: 'increase', start: 0.55, target: 0.75, unit: '%' },
    ],
  ],
  mobile: [
    [
      { type: 'increase', start: 12000, target: 18000, unit: 'count' },
      { type: 'increase', start: 0.27, target: 0.35, unit: '%' },
      { type: 'increase', start: 4.0, target: 4.5, unit: 'score' },
    ],
    [
      { type: 'increase', start: 0.18, target: 0.25, unit: '%' },
      { type: 'increase', start: 45000, target: 60000, unit: 'count' },
      { type: 'atLeast', start: 0.986, target: 0.995, unit: '%' },
      { type: 'decrease', start: 2400, target: 1200, unit: 'ms' },
    ],
  ],
  productMarketing: [
    [
      { type: 'increase', start: 250, target: 1000, unit: 'count' },
      { type: 'increase', start: 160, target: 240, unit: 'count' },
      { type: 'increase', start: 0, target: 120000, unit: '$' },
    ],
    [
      { type: 'increase', start: 0.22, target: 0.3, unit: '%' },
      { type: 'increase', start: 0.35, target: 0.6, unit: '%' },
      { type: 'decrease', start: 320, target: 200, unit: 'count' },
    ],
  ],
  abTesting: [
    [
      { type: 'increase', start: 0, previous: 8, target: 24, unit: 'count' },
      { type: 'increase', start: 0.4, target: 0.7, unit: '%' },
      { type: 'decrease', start: 12, target: 5, unit: 'days' },
    ],
    [
      { type: 'increase', start: 0.023, target: 0.03, unit: '%' },
      { type: 'increase', start: 68, target: 75, unit: '$' },
      { type: 'increase', start: 0.02, target: 0.05, unit: '%' },
      { type: 'decrease', start: 0.71, target: 0.6, unit: '%' },
    ],
  ],
};
