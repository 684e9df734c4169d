/**
 * 阳江市 (441700), 广东省. Seed: 阳民通〔2021〕14号 (printed 2021-08-23).
 * Money figures are demo values: no official 阳江 figure was found (rules-notes section c).
 */
import type { ParamTable } from '../../params/types.ts';
import type { SourceId } from '../../params/sources.ts';
import type { yangjiangSources } from './sources.ts';

const SEED_FROM = '2021-08-23';
/** The 5-year transition period (过渡期) of the notice's deadlines ends with 2025. */
const TRANSITION_END = '2025-12-31';
const AFTER_TRANSITION = '2026-01-01';
const DEMO = { from: '2021-07-01', source: 'demo', demo: true } as const;

/** Values name a shared source or one of this city's own (a typo does not compile). */
export const yangjiangParams: ParamTable<SourceId | keyof typeof yangjiangSources> = {
  'dibao.standardMonthly.urban': [{ ...DEMO, value: 1000 }],
  'dibao.standardMonthly.rural': [{ ...DEMO, value: 800 }],
  // The "现行特困人员基本生活标准" floor of rule 14; the 1.6 × 低保 multiplier usually decides.
  'tekun.basicStandardMonthly.urban': [{ ...DEMO, value: 1500 }],
  'tekun.basicStandardMonthly.rural': [{ ...DEMO, value: 1200 }],
  minimumWageMonthly: [{ ...DEMO, value: 1700 }],
  'disposableIncomeAnnual.urban': [{ ...DEMO, value: 38_000 }],
  'disposableIncomeAnnual.rural': [{ ...DEMO, value: 22_000 }],
  // Rule 7 keeps the national "按规定适当扣减" without an amount.
  'income.employmentCost': [{ from: SEED_FROM, value: { kind: 'unspecified' }, source: 'yj14.employment-cost' }],
  // Rules 14 and 15, and rule 12 (渐退期). The notice gives each measure a deadline: "完成时限：5年过渡期内
  // 长期坚持" (rule 29), the 2021–2025 transition period, and no later 阳江 text was found. After it the
  // multiplier and care shares are `unverified` (as the 基础养老金 after 十四五, Q3): same values under
  // an assumption source, so the estimate rests on the current 特困 standard and shows the old rule's
  // figure beside it (tekun.ts). The 渐退期 falls back to the national rule ("原则上不超过6个月"),
  // which gives the same 6 months as a cap. The notice's other measures (二（四）–（七）: hotline,
  // 单人保, 临时救助, services) carry the same deadline; they are still cited after 2025 because the
  // national clause cited with each (社会救助法, 2022 通知, 办法第八条) says the same on its own.
  'tekun.basicStandardMultiplier': [
    { from: SEED_FROM, to: TRANSITION_END, value: 1.6, source: 'yj14.tekun-standard' },
    { from: AFTER_TRANSITION, value: 1.6, source: 'assumption.yj14-transition' },
  ],
  'tekun.careFractionOfMinimumWage': [
    {
      from: SEED_FROM,
      to: TRANSITION_END,
      value: { fullSelfCare: 0.02, semiCare: 0.3, fullCare: 0.6 },
      source: 'yj14.tekun-standard',
    },
    {
      from: AFTER_TRANSITION,
      value: { fullSelfCare: 0.02, semiCare: 0.3, fullCare: 0.6 },
      source: 'assumption.yj14-transition',
    },
  ],
  'gradualExit.months': [{ from: SEED_FROM, to: TRANSITION_END, value: 6, source: 'yj14.gradual-exit' }],
  // 二（一）"对农村低保对象……给予6个月的救助渐退期": said of rural households only; urban ones
  // follow the national rule.
  'gradualExit.ruralOnly': [{ from: SEED_FROM, to: TRANSITION_END, value: true, source: 'yj14.gradual-exit' }],
};

/**
 * 广东省 (440000): provincial values shared by its cities. Only what was found with a source:
 * another Guangdong city's 单人保 scope includes grade 3–4 intellectual or mental disability
 * (rules-notes Q7, read in 惠州's implementation of 粤府办〔2022〕3号; medium confidence). No
 * 阳江 text says so, so grade 4 is an assumption: at most `possible`, with the assumption named.
 */
export const guangdongParams: ParamTable<keyof typeof yangjiangSources> = {
  'singlePerson.disabilityGradesAssumed': [
    {
      from: '2022-01-01',
      note: '粤府办〔2022〕3号 (2022); exact effective date not found',
      value: { visual: 2, hearing: 2, speech: 2, physical: 2, intellectual: 4, mental: 4, multiple: 2 },
      source: 'assumption.single-person-guangdong',
    },
  ],
};
