/**
 * Parameter names, the type of each value and the zod schema that validates an operator's
 * figures. Numbers live only in the dated tables that use these names, never in rule code
 * (OpenFisca style: formulas without numbers, numbers by effective date with a source).
 */
import { z } from 'zod';
import type { SourceId } from './sources.ts';
import type { LocalCitations } from './citations.ts';
import type { CityDocument, CityOutreach, CityVillage, Dialect } from './config-schema.ts';

const Fraction = z.number().min(0).max(10);
const Age = z.number().int().min(0).max(130);
const YuanAmount = z.number().min(0).max(1_000_000);
/** Highest (least severe) grade number that still counts, per disability kind; 0 = this kind never counts. */
const GradeLimits = z
  .object({
    visual: z.number().int().min(0).max(4),
    hearing: z.number().int().min(0).max(4),
    speech: z.number().int().min(0).max(4),
    physical: z.number().int().min(0).max(4),
    intellectual: z.number().int().min(0).max(4),
    mental: z.number().int().min(0).max(4),
    multiple: z.number().int().min(0).max(4),
  })
  .strict();
export type GradeLimits = z.infer<typeof GradeLimits>;

export const PARAM_SCHEMAS = {
  /** 城市低保标准, 元/人/月. */
  'dibao.standardMonthly.urban': YuanAmount,
  /** 农村低保标准, 元/人/月. */
  'dibao.standardMonthly.rural': YuanAmount,
  /** 低保边缘家庭: per-capita income below this multiple of the 低保 standard. */
  'edge.multiplier': z.number().min(1).max(5),
  /** Deduction of necessary employment costs when counting income. */
  'income.employmentCost': z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('fractionOfUrbanStandard'), fraction: Fraction }).strict(),
    z.object({ kind: z.literal('unspecified') }).strict(),
  ]),
  /**
   * Rigid spending caused by disability or serious illness (办法第十三条 "可按规定适当扣减"):
   * `actual` deducts the out-of-pocket medical and rehabilitation spending; `unspecified` = the
   * deduction exists but its amount is local and not configured (the office decides).
   */
  'income.rigidSpendingDeduction': z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('actual') }).strict(),
    z.object({ kind: z.literal('unspecified') }).strict(),
  ]),
  /**
   * Upper bound, per person concerned and month, of a deduction whose amount is not configured,
   * as a fraction of the urban 低保 standard: income that falls under a line only within this
   * bound is `possible` (the office decides), never `unlikely`.
   */
  'income.unspecifiedDeductionCap': Fraction,
  /** Kinds of out-of-pocket spending that count as rigid spending caused by a disability or illness (第十三条). */
  'income.rigidSpendingKinds': z.array(z.enum(['medical', 'education', 'disability_rehab', 'other'])).max(4),
  /** Age from which residents draw the 城乡居民基础养老金 (it is asked only when someone is that old). */
  'income.basicPensionAge': Age,
  /** Whether the 城乡居民基本养老保险基础养老金 is left out of income: yes, no, or not verified for the date. */
  'income.basicPensionExcluded': z.enum(['yes', 'no', 'unverified']),
  /** Support paid by an obligor who is 特困, 低保 or low-income is not counted (a city's notice may say so). */
  'income.supportFromPoorObligorExcluded': z.boolean(),
  /** 支出型 household: support may be left out after a 民主评议 (a city's notice may say so): flagged, never applied. */
  'income.expenditureSupportWaiver': z.boolean(),
  /** Months of income the screening asks about. */
  'income.lookbackMonths': z.number().int().min(1).max(24),
  /** Savings limit as months of the 低保 standard per household member; null = not configured. */
  'property.depositLimitMonths': z.number().min(0).max(240).nullable(),
  /** Income within this fraction above a line counts as "close to the line" (verdict possible). */
  'screening.nearLineFraction': Fraction,
  /** Whether the 基础养老金 is left out of a 特困 applicant's income (特困人员认定办法 第六条). */
  'tekun.basicPensionExcluded': z.enum(['yes', 'no', 'unverified']),
  'tekun.elderlyAge': Age,
  /** Under this age a minor has no capacity to work (特困人员认定办法 第五条). */
  'tekun.minorAge': Age,
  /** Minors are covered up to this age (改革意见); between minorAge and this, new recognition is uncertain (Q6). */
  'tekun.minorExtendedAge': Age,
  /** School levels at which an adult already on 特困 keeps support (第二十四条: 义务教育、普通高中、中等职业学校). */
  'tekun.continuationSchoolLevels': z
    .array(z.enum(['preschool', 'compulsory', 'high_school', 'secondary_vocational', 'undergraduate', 'postgraduate']))
    .max(6),
  /**
   * Household already on 特困: members from the extended age up to (not including) this age are asked whether still at
   * school (第二十四条).
   */
  'tekun.schoolContinuationAskBelowAge': Age,
  'tekun.noWorkCapacityDisabilities': GradeLimits,
  /** Count of the six daily activities not managed from which self-care is partly / fully lost. */
  'tekun.selfCare': z
    .object({ partialFrom: z.number().int().min(1).max(6), fullCareFrom: z.number().int().min(1).max(6) })
    .strict(),
  /** 特困基本生活标准 as a multiple of the 低保 standard (where a city's notice sets one); null = no multiplier rule. */
  'tekun.basicStandardMultiplier': z.number().min(1).max(5).nullable(),
  /** Current 特困基本生活标准, 元/人/月. */
  'tekun.basicStandardMonthly.urban': YuanAmount.nullable(),
  'tekun.basicStandardMonthly.rural': YuanAmount.nullable(),
  /** 照料护理标准 as fractions of the minimum wage by tier; null = not set. */
  'tekun.careFractionOfMinimumWage': z
    .object({ fullSelfCare: Fraction, semiCare: Fraction, fullCare: Fraction })
    .strict()
    .nullable(),
  /** 企业职工最低工资标准, 元/月. */
  minimumWageMonthly: YuanAmount.nullable(),
  /** 上年居民人均可支配收入, 元/年 (obligor test, 支出型临时救助). */
  'disposableIncomeAnnual.urban': YuanAmount.nullable(),
  'disposableIncomeAnnual.rural': YuanAmount.nullable(),
  'obligor.elderlyAge': Age,
  /** Relations (to the applicant) with a legal duty of support living in the household: 法定义务人 of 第八条. */
  'obligor.supportRelations': z
    .array(z.enum(['self', 'spouse', 'child', 'parent', 'grandparent', 'grandchild', 'sibling', 'other']))
    .max(8),
  'obligor.dibaoRecipientAge': Age,
  'singlePerson.disabilityGrades': GradeLimits,
  /**
   * Grades that may count by an assumption read in another city's notice, never by a local text
   * (Q7): such a member is at most `possible`, with the assumption named; null = none.
   */
  'singlePerson.disabilityGradesAssumed': GradeLimits.nullable(),
  /** 成年无业重度残疾人 may apply as a 单人户 (民政部等 2022 通知 一（一）): whether the route exists on the date. */
  'singlePerson.adultSevereDisabilityRoute': z.boolean(),
  /** Support from siblings or people of this age or over "可以视情适当豁免" (2022 通知 一（一））. */
  'singlePerson.waivableSupporterAge': Age,
  /** Age from which a person is 成年 for that route. */
  'singlePerson.adultAge': Age,
  /** 重度残疾 for that route: 一级、二级 of any kind. */
  'singlePerson.severeDisabilityGrades': GradeLimits,
  /** Illustrative names of 重特大疾病 matched against what the resident says; the local list decides. */
  'singlePerson.illnessList': z.array(z.string().min(1)).max(200),
  /**
   * An emergency within this many months is treated as recent (先行救助 fits it). The texts set no
   * window (社会救助暂行办法 第四十七条; both notices 二（六）): an older event whose hardship lasts
   * is `possible`, with 跟进救助, never `unlikely`.
   */
  'temporary.recentEventMonths': z.number().int().min(1).max(24),
  /** 渐退期, months. */
  'gradualExit.months': z.number().int().min(0).max(24),
  /** The local 渐退期 is stated for 农村低保对象 only (where a city's notice says so). */
  'gradualExit.ruralOnly': z.boolean(),
  /** 第八条（四）"重度残疾人和残疾等级为三级的智力、精神残疾人": grade limits per kind. */
  'obligor.severeDisabilityGrades': GradeLimits,
  /**
   * 支出型 临时救助, "实际生活水平低于当地低保标准": `rule` where a local text says so, `assumption`
   * where none does (the test is then a screening estimate: failing it is never a rejection).
   */
  'temporary.livingBelowStandardTest': z.enum(['rule', 'assumption']),
} as const;

export type ParamName = keyof typeof PARAM_SCHEMAS;

export type ParamValue<N extends ParamName> = z.infer<(typeof PARAM_SCHEMAS)[N]>;

/** One value of a parameter, in force from `from` (inclusive) to `to` (inclusive, open when absent). */
export interface DatedValue<N extends ParamName, S extends string = SourceId> {
  from: string;
  to?: string;
  value: ParamValue<N>;
  source: S;
  demo?: boolean;
  note?: string;
}

export type ParamTable<S extends string = SourceId> = { [N in ParamName]?: readonly DatedValue<N, S>[] };

/** The national table's code: every chain of tables ends here. */
export const NATIONAL = '000000';

export interface RegionInfo {
  code: string;
  name: string;
  level: 'national' | 'province' | 'city' | 'county';
  /** The next level up; absent only for the national table. */
  parent?: string;
  /** Province name shown to users. */
  province?: string;
  /**
   * Other words residents and agents use for the place (towns and 街道 inside it, old or short
   * names), so a message naming them is placed here. The name itself and the name without its
   * 区/县/市 are always understood.
   */
  aliases?: readonly string[];
}

/**
 * What a city package brings beside its regions and figures, once loaded: the words its
 * residents use, its own notices and which of their clauses each topic cites, sample villages.
 */
export interface CityInfo {
  code: string;
  name: string;
  province: { code: string; name: string };
  dialect?: Dialect;
  /** Its counties' codes, in the package's order. */
  counties: readonly string[];
  documents: readonly CityDocument[];
  citations: LocalCitations;
  placeExample?: string;
  demoVillages: readonly CityVillage[];
  outreach?: CityOutreach;
}
