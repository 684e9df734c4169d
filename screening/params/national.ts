/**
 * National defaults (000000). Regional tables override these explicitly, Catala style:
 * each override in a city package (screening/cities/) says which local clause replaces the national rule.
 */
import type { ParamTable } from './types.ts';

export const nationalParams: ParamTable = {
  // 最低生活保障审核确认办法 第八条 / 低收入人口意见: 边缘家庭 below 1.5 × the 低保 standard.
  // From 2026-07-01 the 社会救助法 第二十一条 lets provinces set the percentage; 1.5 stays the default (Q8).
  'edge.multiplier': [{ from: '2021-07-01', value: 1.5, source: 'mz2021-57.edge' }],
  // 办法第十三条: necessary employment costs may be deducted "按规定"; no national amount.
  'income.employmentCost': [{ from: '2021-07-01', value: { kind: 'unspecified' }, source: 'mz2021-57.income' }],
  // 办法第十三条 (三): the 基础养老金 is excluded during the 14th Five-Year Plan only (Q3).
  // 办法第十三条: "因残疾、患重病等增加的刚性支出……可按规定适当扣减": the amount is local.
  'income.rigidSpendingKinds': [
    { from: '2021-07-01', value: ['medical', 'disability_rehab'], source: 'mz2021-57.rigid-spending' },
  ],
  'income.rigidSpendingDeduction': [
    { from: '2021-07-01', value: { kind: 'unspecified' }, source: 'mz2021-57.rigid-spending' },
  ],
  // Bound of a deduction whose amount is not configured (Q17): possible within it, never certain.
  'income.unspecifiedDeductionCap': [
    { from: '2021-07-01', value: 0.3, source: 'assumption.unspecified-deduction-cap' },
  ],
  'income.basicPensionAge': [{ from: '2021-07-01', value: 60, source: 'assumption.basic-pension-age' }],
  'income.basicPensionExcluded': [
    { from: '2021-07-01', to: '2025-12-31', value: 'yes', source: 'mz2021-57.income' },
    { from: '2026-01-01', value: 'unverified', source: 'assumption.basic-pension-2026' },
  ],
  'income.supportFromPoorObligorExcluded': [{ from: '2021-07-01', value: false, source: 'mz2021-57.income' }],
  'income.expenditureSupportWaiver': [{ from: '2021-07-01', value: false, source: 'mz2021-57.income' }],
  'income.lookbackMonths': [{ from: '2021-07-01', value: 12, source: 'assumption.lookback' }],
  // 办法第十四条: property limits are set by the province or city; none is configured nationally.
  'property.depositLimitMonths': [{ from: '2021-07-01', value: null, source: 'mz2021-57.property' }],
  'screening.nearLineFraction': [{ from: '2021-07-01', value: 0.1, source: 'assumption.near-line' }],
  // 特困人员认定办法 第六条 leaves the 基础养老金 out of a 特困 applicant's income, without a time limit.
  'tekun.basicPensionExcluded': [{ from: '2021-07-01', value: 'yes', source: 'mz2021-43.no-livelihood' }],
  // 特困人员认定办法 第五条.
  'tekun.elderlyAge': [{ from: '2021-07-01', value: 60, source: 'mz2021-43.no-work-capacity' }],
  'tekun.minorAge': [{ from: '2021-07-01', value: 16, source: 'mz2021-43.no-work-capacity' }],
  'tekun.minorExtendedAge': [{ from: '2021-07-01', value: 18, source: 'mz2021-43.minors-18' }],
  // 第二十四条: "年满18周岁仍在接受义务教育或者在普通高中、中等职业学校就读的，可继续享有救助供养待遇".
  'tekun.continuationSchoolLevels': [
    { from: '2021-07-01', value: ['compulsory', 'high_school', 'secondary_vocational'], source: 'mz2021-43.minors-18' },
  ],
  // 第二十四条: an adult already on 特困 keeps support while at school; ask only up to this age.
  'tekun.schoolContinuationAskBelowAge': [
    { from: '2021-07-01', value: 21, source: 'assumption.school-continuation-age' },
  ],
  'tekun.noWorkCapacityDisabilities': [
    {
      from: '2021-07-01',
      value: { visual: 1, hearing: 0, speech: 0, physical: 2, intellectual: 3, mental: 3, multiple: 0 },
      source: 'mz2021-43.no-work-capacity',
    },
  ],
  // 第二十二条: 3 or fewer activities lost = partial, 4 or more = complete.
  'tekun.selfCare': [{ from: '2021-07-01', value: { partialFrom: 1, fullCareFrom: 4 }, source: 'mz2021-43.self-care' }],
  'tekun.basicStandardMultiplier': [{ from: '2021-07-01', value: null, source: 'mz2021-43.no-livelihood' }],
  'tekun.careFractionOfMinimumWage': [{ from: '2021-07-01', value: null, source: 'mz2021-43.self-care' }],
  // 第八条 (二)(三).
  'obligor.elderlyAge': [{ from: '2021-07-01', value: 70, source: 'mz2021-43.obligors' }],
  // 第八条's 法定义务人 living with the applicant: spouse, parents and children, grandparents and
  // grandchildren. Siblings owe support only in narrow cases (the office decides); others none.
  'obligor.supportRelations': [
    {
      from: '2021-07-01',
      value: ['self', 'spouse', 'child', 'parent', 'grandparent', 'grandchild'],
      source: 'mz2021-43.obligors',
    },
  ],
  'obligor.dibaoRecipientAge': [{ from: '2021-07-01', value: 60, source: 'mz2021-43.obligors' }],
  // 第八条（四）: 重度残疾人 (一级、二级 of any kind, as 办法第八条 words it) and 三级智力、精神残疾人.
  'obligor.severeDisabilityGrades': [
    {
      from: '2021-07-01',
      value: { visual: 2, hearing: 2, speech: 2, physical: 2, intellectual: 3, mental: 3, multiple: 2 },
      source: 'mz2021-43.obligors-severe',
    },
  ],
  // 办法第八条: 一二级重度残疾 of any kind, 三级智力、精神残疾.
  'singlePerson.disabilityGrades': [
    {
      from: '2021-07-01',
      value: { visual: 2, hearing: 2, speech: 2, physical: 2, intellectual: 3, mental: 3, multiple: 2 },
      source: 'mz2021-57.single',
    },
  ],
  // 民政部等《关于进一步做好最低生活保障等社会救助兜底工作的通知》(2022-10-20) 一（一）:
  // "成年无业重度残疾人可以参照“单人户”提出低保申请". 重度 = 一级、二级 (办法第八条 wording).
  'singlePerson.adultSevereDisabilityRoute': [
    { from: '2021-07-01', to: '2022-10-19', value: false, source: 'mz2021-57.single' },
    { from: '2022-10-20', value: true, source: 'mz2022-83.single-household' },
  ],
  'singlePerson.disabilityGradesAssumed': [{ from: '2021-07-01', value: null, source: 'mz2021-57.single' }],
  'singlePerson.adultAge': [{ from: '2021-07-01', value: 18, source: 'mz2022-83.single-household' }],
  // 2022 通知 一（一）: "兄弟姐妹或者60周岁及以上老年人给付的供养费用，可以视情适当豁免".
  'singlePerson.waivableSupporterAge': [{ from: '2021-07-01', value: 60, source: 'mz2022-83.single-household' }],
  'singlePerson.severeDisabilityGrades': [
    {
      from: '2021-07-01',
      value: { visual: 2, hearing: 2, speech: 2, physical: 2, intellectual: 2, mental: 2, multiple: 2 },
      source: 'mz2021-57.single',
    },
  ],
  // 民政部等 2022 通知 一（三）: 就业后人均收入超过标准的，原则上不超过6个月的渐退期 (cities may set their own).
  'gradualExit.months': [{ from: '2022-10-20', value: 6, source: 'mz2022-83.gradual-exit' }],
  'gradualExit.ruralOnly': [{ from: '2021-07-01', value: false, source: 'mz2022-83.gradual-exit' }],
  'singlePerson.illnessList': [
    {
      from: '2021-07-01',
      value: [
        '恶性肿瘤',
        '癌',
        '白血病',
        '尿毒症',
        '肾衰竭',
        '透析',
        '器官移植',
        '先天性心脏病',
        '血友病',
        '再生障碍性贫血',
        '重性精神病',
        '精神分裂',
        '耐多药肺结核',
        '肝硬化',
        '帕金森',
        '渐冻症',
      ],
      source: 'assumption.illness-list',
      demo: true,
    },
  ],
  'temporary.recentEventMonths': [{ from: '2021-07-01', value: 6, source: 'assumption.recent-event' }],
  // 第四十七条 says "基本生活暂时出现严重困难" without a measure; the after-spending test is an estimate (Q18).
  'temporary.livingBelowStandardTest': [
    { from: '2021-07-01', value: 'assumption', source: 'assumption.expenditure-after-spending' },
  ],
};
