/**
 * The household as the screening sees it.
 *
 * Every field is optional because "unknown" is a real answer: a fact nobody has asked yet
 * must lead to `need_info`, never to a rejection. A boolean left out means "not asked";
 * `false` means "asked, and the answer is no". Money is in yuan as residents say it and is
 * converted to integer fen once, in `screening/engine/money.ts`.
 *
 * Legal basis for the shape: household members per 最低生活保障审核确认办法 第七条,
 * income categories per 第十三条, property per 第十四条, 特困 conditions per
 * 特困人员认定办法 第四条至第八条, self-care activities per 第二十一条.
 */
import { z } from 'zod';

/** An amount in yuan (元), as people say it. Converted to fen inside the engine. */
export const Yuan = z.number().finite().min(0).max(100_000_000);

export const RELATIONS = [
  'self',
  'spouse',
  'child',
  'parent',
  'grandparent',
  'grandchild',
  'sibling',
  'other',
] as const;
export const Relation = z.enum(RELATIONS);

/** Disability kinds as on the 残疾人证 (GB/T 26341-2010). */
export const DISABILITY_KINDS = [
  'visual',
  'hearing',
  'speech',
  'physical',
  'intellectual',
  'mental',
  'multiple',
] as const;
export const DisabilityKind = z.enum(DISABILITY_KINDS);

/** The six daily activities of 特困人员认定办法 第二十一条. */
export const DAILY_ACTIVITIES = [
  'eating',
  'dressing',
  'bed_transfer',
  'toileting',
  'indoor_walking',
  'bathing',
] as const;
export const DailyActivity = z.enum(DAILY_ACTIVITIES);

export const SCHOOL_LEVELS = [
  'preschool',
  'compulsory',
  'high_school',
  'secondary_vocational',
  'undergraduate',
  'postgraduate',
] as const;

/** Why a relative who lives with the family is nonetheless not counted (办法第七条 second paragraph). */
export const EXCLUSION_REASONS = ['religious_apart_3y', 'prison', 'drug_rehab', 'declared_missing'] as const;

export const Member = z
  .object({
    relation: Relation.optional().describe(
      'Relation to the applicant (members[0] is usually `self`). ' +
        '`other` = someone with no statutory duty of support (nephew, ' +
        'aunt, friend): not a 共同生活的家庭成员 (办法第七条), so neither counted ' +
        'nor their income pooled.',
    ),
    age: z.number().int().min(0).max(130).optional(),
    hasDisability: z.boolean().optional().describe('Holds a 残疾人证 (or has a disability). false = asked, none.'),
    disability: z
      .object({
        kind: DisabilityKind.optional(),
        grade: z.number().int().min(1).max(4).optional().describe('1 is the most severe (一级).'),
      })
      .strict()
      .optional(),
    seriousIllness: z.boolean().optional().describe('Has a 重病 / 重特大疾病.'),
    illnessName: z.string().max(100).optional().describe('Plain name, matched against the local list (e.g. 尿毒症).'),
    illnessOnLocalList: z
      .boolean()
      .optional()
      .describe('The office or hospital said it is on the local 重特大疾病 list.'),
    student: z
      .object({ fullTime: z.boolean().optional(), level: z.enum(SCHOOL_LEVELS).optional() })
      .strict()
      .optional(),
    ableToWork: z
      .boolean()
      .optional()
      .describe("The resident's own view; the rules decide 无劳动能力 from age and disability."),
    employed: z.boolean().optional().describe('Works for pay (for the job-cost deduction).'),
    dailyActivitiesUnable: z
      .array(DailyActivity)
      .max(6)
      .optional()
      .describe('Which of the six activities the person cannot do alone; [] = can do all six.'),
    excludedReason: z
      .enum(EXCLUSION_REASONS)
      .optional()
      .describe('Lives apart for a reason that removes them from the household count.'),
    orphanOrUnsupportedChild: z
      .boolean()
      .optional()
      .describe('孤儿 or 事实无人抚养儿童 (a minor may choose that scheme instead of 特困).'),
    lostWorkCapacity: z
      .enum(['full', 'partial', 'none'])
      .optional()
      .describe('For 脱贫人口 routing (seed rules 1 and 2).'),
    ownMonthlyIncome: Yuan.optional().describe(
      "This member's own income, yuan per month, support received f" +
        'rom relatives included: for a 成年无业重度残疾人 applying as a 单人户 ' +
        '(民政部等 2022 通知 一（一）).',
    ),
    propertyWithinLowIncomeRules: z
      .boolean()
      .optional()
      .describe(
        'For a member left out of the household who is still an ' +
          'obligor (in prison, declared missing): own property within the ' +
          'local 低收入家庭 rules (特困人员认定办法 第八条（五）).',
      ),
  })
  .strict();
export type Member = z.infer<typeof Member>;

export const OBLIGOR_STATUSES = ['tekun', 'dibao', 'low_income', 'none'] as const;

/** A person with a legal duty of support (赡养、抚养、扶养) who does not live in the household. */
export const Obligor = z
  .object({
    relation: z.enum(['child', 'spouse', 'parent', 'grandchild', 'sibling', 'other']).optional(),
    age: z.number().int().min(0).max(130).optional(),
    status: z.enum(OBLIGOR_STATUSES).optional().describe('特困, 低保, 低收入家庭成员, or none of these.'),
    severeDisability: z.boolean().optional().describe('一二级残疾, or 三级智力/精神残疾.'),
    noCivilCapacity: z.boolean().optional(),
    declaredMissing: z.boolean().optional(),
    imprisoned: z.boolean().optional(),
    ableBodiedAdult: z
      .boolean()
      .optional()
      .describe(
        'Under 60, not disabled, not in prison or missing: none of the inabilities of 特困人员认定办法 第八条 can apply.',
      ),
    incomeBelowLocalAverage: z.boolean().optional().describe('Own income below the local 上年人均可支配收入.'),
    propertyWithinLowIncomeRules: z.boolean().optional(),
  })
  .strict();
export type Obligor = z.infer<typeof Obligor>;

export const SupportPayment = z
  .object({
    amount: Yuan.describe('Support received over the income period, yuan.'),
    payerStatus: z.enum(OBLIGOR_STATUSES).optional(),
  })
  .strict();

/**
 * Money received that the rules do not count as income (最低生活保障审核确认办法 第十三条:
 * 优待抚恤金、计划生育奖励与扶助金、奖学金、见义勇为等奖励性补助, government social-assistance
 * money; 特困人员认定办法 第六条 adds 高龄津贴). Recorded so the summary shows it was asked.
 */
export const ExcludedIncome = z
  .object({
    meritPensions: Yuan.optional().describe('优待抚恤金'),
    familyPlanning: Yuan.optional().describe('计划生育奖励与扶助金'),
    scholarships: Yuan.optional().describe('奖学金、助学金'),
    heroism: Yuan.optional().describe('见义勇为等奖励性补助'),
    socialAssistance: Yuan.optional().describe('低保金、特困供养金、临时救助金等政府救助'),
    elderlyAllowance: Yuan.optional().describe('高龄津贴'),
    other: Yuan.optional().describe('Other items the city excludes'),
  })
  .strict();

/** Income over the look-back period (default the last 12 months), by the four categories of 办法第十三条. */
export const Income = z
  .object({
    periodMonths: z.number().int().min(1).max(24).optional().describe('Months the amounts cover; default 12.'),
    wages: Yuan.optional().describe('工资性收入: pay and benefits of all members.'),
    business: Yuan.optional().describe('经营净收入: farming, livestock, trade, after costs.'),
    property: Yuan.optional().describe('财产净收入: rent, interest, dividends.'),
    pensions: Yuan.optional().describe('Pensions counted as income (e.g. 职工养老金), unemployment insurance.'),
    basicPension: Yuan.optional().describe('城乡居民基本养老保险基础养老金 (treatment depends on the date).'),
    support: z.array(SupportPayment).max(20).optional().describe('赡养/抚养/扶养费 received.'),
    otherTransfers: Yuan.optional().describe('Other transfer income: compensation, gifts.'),
    transferOut: Yuan.optional().describe(
      'Transfer outlays: taxes, social-insurance contributions, support paid to others.',
    ),
    excluded: ExcludedIncome.optional().describe(
      'Received but not counted as income (办法第十三条; 特困人员认定办法 第六条).',
    ),
  })
  .strict();
export type Income = z.infer<typeof Income>;

export const Property = z
  .object({
    deposits: Yuan.optional().describe(
      'Bank deposits, securities, funds, insurance, money lent, online finance: total yuan.',
    ),
    depositsOverLocalLimit: z
      .boolean()
      .optional()
      .describe('The resident was told their savings exceed the local limit.'),
    vehicles: z
      .number()
      .int()
      .min(0)
      .max(50)
      .optional()
      .describe(
        'Cars (汽车) the household owns. Which vehicles are exempt as "维持家庭生产生活的必需财产" is decided locally (办法第十四条).',
      ),
    houses: z.number().int().min(0).max(50).optional(),
    commercialProperty: z.boolean().optional().describe('Shops, offices or other non-residential property.'),
    registeredBusiness: z.boolean().optional().describe('A registered company or individual business (个体户).'),
  })
  .strict();
export type Property = z.infer<typeof Property>;

export const HARDSHIP_EVENT_KINDS = [
  'fire',
  'traffic_accident',
  'natural_disaster',
  'sudden_illness',
  'accident',
  'crime',
  'other',
] as const;

export const HardshipEvent = z
  .object({
    kind: z.enum(HARDSHIP_EVENT_KINDS),
    date: z.iso.date().optional(),
    place: z
      .string()
      .regex(/^\d{6}$/)
      .optional()
      .describe('Region code where it happened (临时救助 is applied for there).'),
    basicLivingSevere: z.boolean().optional().describe('Basic living is now in severe difficulty.'),
  })
  .strict();

export const Expense = z
  .object({
    kind: z.enum(['medical', 'education', 'disability_rehab', 'other']),
    amount: Yuan.optional().describe(
      'Out of pocket over the income period, after insurance and other aid, yuan. ' +
        'Absent: the expense was reported but its amount is not known yet.',
    ),
  })
  .strict();

export const Hardship = z
  .object({
    none: z.boolean().optional().describe('Asked: no emergency and no big essential expense.'),
    events: z.array(HardshipEvent).max(20).optional(),
    expenses: z.array(Expense).max(20).optional(),
  })
  .strict();

export const CurrentBenefits = z
  .object({
    dibao: z.boolean().optional(),
    tekun: z.boolean().optional(),
    lowIncome: z.boolean().optional().describe('Recognised as 低保边缘 / 低收入 household.'),
  })
  .strict();

export const Household = z
  .object({
    hukou: z.enum(['urban', 'rural']).optional().describe('户籍 type, which picks the 城市 or 农村 standard.'),
    hukouInRegion: z.boolean().optional().describe('户籍 is in the screened region.'),
    residencePermit: z.boolean().optional().describe('Holds a 居住证 where they live.'),
    members: z.array(Member).max(30).optional().describe('Everyone who lives together; members[0] is the applicant.'),
    size: z
      .number()
      .int()
      .min(1)
      .max(30)
      .optional()
      .describe('Number of people in the household when members are not listed.'),
    employedCount: z
      .number()
      .int()
      .min(0)
      .max(30)
      .optional()
      .describe('Members in paid work, when members are not listed.'),
    income: Income.optional(),
    property: Property.optional(),
    obligors: z
      .object({
        exist: z
          .boolean()
          .optional()
          .describe('Anyone outside the household with a legal duty to support (children, spouse, parents).'),
        list: z.array(Obligor).max(20).optional(),
      })
      .strict()
      .optional(),
    currentBenefits: CurrentBenefits.optional(),
    hardship: Hardship.optional(),
    tuopin: z.boolean().optional().describe('脱贫人口 (lifted out of poverty, in the monitoring list).'),
    expenditureType: z
      .boolean()
      .optional()
      .describe(
        'Spending on illness, disability, school or an emergency puts actual living below the standard (支出型).',
      ),
  })
  .strict();
export type Household = z.infer<typeof Household>;
export type HardshipEvent = z.infer<typeof HardshipEvent>;
export type Expense = z.infer<typeof Expense>;
export type DisabilityKind = z.infer<typeof DisabilityKind>;
