/**
 * 运城市 (140800), 山西省. Seed: 运民发〔2021〕59号 (2021-10-26).
 * Money figures are demo values: no official 运城 figure was found (rules-notes section b);
 * an operator loads the real ones through DOUDI_CONFIG.
 */
import type { ParamTable } from '../types.ts';

const SEED_FROM = '2021-10-26';
const DEMO = { from: '2021-07-01', source: 'demo', demo: true } as const;

export const yunchengParams: ParamTable = {
  'dibao.standardMonthly.urban': [{ ...DEMO, value: 700 }],
  'dibao.standardMonthly.rural': [{ ...DEMO, value: 550 }],
  'tekun.basicStandardMonthly.urban': [{ ...DEMO, value: 910 }],
  'tekun.basicStandardMonthly.rural': [{ ...DEMO, value: 715 }],
  'minimumWageMonthly': [{ ...DEMO, value: 1800 }],
  'disposableIncomeAnnual.urban': [{ ...DEMO, value: 38_000 }],
  'disposableIncomeAnnual.rural': [{ ...DEMO, value: 16_000 }],
  // Overrides the national "按规定扣减": 30% of the urban 低保 standard (rule 6).
  'income.employmentCost': [{ from: SEED_FROM, value: { kind: 'fractionOfUrbanStandard', fraction: 0.3 }, source: 'yc59.employment-cost' }],
  // Rule 10 restates the national 十四五 exclusion of the 基础养老金 for 运城; unverified after 2025 (Q3).
  'income.basicPensionExcluded': [
    { from: SEED_FROM, to: '2025-12-31', value: 'yes', source: 'yc59.basic-pension' },
    { from: '2026-01-01', value: 'unverified', source: 'assumption.basic-pension-2026' },
  ],
  // Local addition (rule 9): support from a 特困/低保/低收入 obligor is not counted.
  'income.supportFromPoorObligorExcluded': [{ from: SEED_FROM, value: true, source: 'yc59.obligor-poor' }],
  // Local addition (rule 8): flagged for 支出型 households, applied only after a 民主评议.
  'income.expenditureSupportWaiver': [{ from: SEED_FROM, value: true, source: 'yc59.expenditure-support' }],
  // Same scope as 办法第八条, stated for "低收入家庭" (rule 3); the county sets what 低收入 means (rule 5).
  'singlePerson.disabilityGrades': [
    {
      from: SEED_FROM,
      value: { visual: 2, hearing: 2, speech: 2, physical: 2, intellectual: 3, mental: 3, multiple: 2 },
      source: 'yc59.single-person',
    },
  ],
  'gradualExit.months': [{ from: SEED_FROM, value: 6, source: 'yc59.gradual-exit' }],
};
