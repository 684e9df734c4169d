/**
 * 运城市 (140800), 山西省. Seed: 运民发〔2021〕59号 (2021-10-26).
 * Money figures are demo values: no official 运城 figure was found (rules-notes section b);
 * an operator loads the real ones through DOUDI_CONFIG.
 */
import type { ParamTable } from '../../params/types.ts';
import type { SourceId } from '../../params/sources.ts';
import type { yunchengSources } from './sources.ts';

const SEED_FROM = '2021-10-26';
/**
 * 二（一）is headed "保持过渡期内社会救助兜底保障政策总体稳定": its local measures hold for the
 * 2021–2025 transition period on their face, as 阳江's "5年过渡期内" (rules-notes (d) row 29, Q15).
 * After it, a measure that departs from the national rule is kept under an assumption source
 * that marks it lapsed: shown as what the old rule would give, never applied as certain.
 */
const TRANSITION_END = '2025-12-31';
const AFTER_TRANSITION = '2026-01-01';
const DEMO = { from: '2021-07-01', source: 'demo', demo: true } as const;

/** Values name a shared source or one of this city's own (a typo does not compile). */
export const yunchengParams: ParamTable<SourceId | keyof typeof yunchengSources> = {
  'dibao.standardMonthly.urban': [{ ...DEMO, value: 700 }],
  'dibao.standardMonthly.rural': [{ ...DEMO, value: 550 }],
  'tekun.basicStandardMonthly.urban': [{ ...DEMO, value: 910 }],
  'tekun.basicStandardMonthly.rural': [{ ...DEMO, value: 715 }],
  minimumWageMonthly: [{ ...DEMO, value: 1800 }],
  'disposableIncomeAnnual.urban': [{ ...DEMO, value: 38_000 }],
  'disposableIncomeAnnual.rural': [{ ...DEMO, value: 16_000 }],
  // Overrides the national "按规定扣减": 30% of the urban 低保 standard (rule 6).
  'income.employmentCost': [
    {
      from: SEED_FROM,
      to: TRANSITION_END,
      value: { kind: 'fractionOfUrbanStandard', fraction: 0.3 },
      source: 'yc59.employment-cost',
    },
    {
      from: AFTER_TRANSITION,
      value: { kind: 'fractionOfUrbanStandard', fraction: 0.3 },
      source: 'assumption.yc59-transition.employment-cost',
    },
  ],
  // Rule 10 restates the national 十四五 exclusion of the 基础养老金 for 运城; unverified after 2025 (Q3).
  'income.basicPensionExcluded': [
    { from: SEED_FROM, to: '2025-12-31', value: 'yes', source: 'yc59.basic-pension' },
    { from: '2026-01-01', value: 'unverified', source: 'assumption.basic-pension-2026' },
  ],
  // Local addition (rule 9): support from a 特困/低保/低收入 obligor is not counted.
  'income.supportFromPoorObligorExcluded': [
    { from: SEED_FROM, to: TRANSITION_END, value: true, source: 'yc59.obligor-poor' },
    { from: AFTER_TRANSITION, value: true, source: 'assumption.yc59-transition.obligor-poor' },
  ],
  // Local addition (rule 8): flagged for 支出型 households, applied only after a 民主评议.
  'income.expenditureSupportWaiver': [
    { from: SEED_FROM, to: TRANSITION_END, value: true, source: 'yc59.expenditure-support' },
    { from: AFTER_TRANSITION, value: true, source: 'assumption.yc59-transition.expenditure-support' },
  ],
  // Rule 8's words define a 支出型 household: "实际生活水平低于当地低保标准" (a local text, in force to 2025).
  'temporary.livingBelowStandardTest': [
    { from: SEED_FROM, to: TRANSITION_END, value: 'rule', source: 'yc59.expenditure-living' },
  ],
  // Same scope as 办法第八条, stated for "低收入家庭" (rule 3); the county sets what 低收入 means (rule 5).
  'singlePerson.disabilityGrades': [
    {
      from: SEED_FROM,
      value: { visual: 2, hearing: 2, speech: 2, physical: 2, intellectual: 3, mental: 3, multiple: 2 },
      source: 'yc59.single-person',
    },
  ],
  // Rule 11 (二（一）, transition period); from 2026 the national "原则上不超过6个月" after employment.
  'gradualExit.months': [{ from: SEED_FROM, to: TRANSITION_END, value: 6, source: 'yc59.gradual-exit' }],
};
