/**
 * Household income as 最低生活保障审核确认办法 第十三条 counts it: wages (less necessary
 * employment costs), net business, net property and net transfer income, over the look-back
 * period, per person per month, in fen.
 *
 * Where the law leaves the result open the calculation keeps the range instead of guessing:
 * - reductions only the office can decide (基础养老金 after 2025, the 运城 民主评议 waiver of
 *   support for 支出型 households) are `office` adjustments: if they would bring income under a
 *   line, the verdict is `possible` and the reason says what it hangs on;
 * - reductions that depend on a question not yet asked (who is employed, who pays support) are
 *   `ask` adjustments: if they matter, the fact is listed in `missing`;
 * - an income category never asked leaves the range open upwards: unless the known part is
 *   already clearly over the line, that is `need_info`.
 */
import type { Household, Income } from '../../model/household.ts';
import type { CheckStatus } from '../../model/report.ts';
import type { ParamValue } from '../../params/types.ts';
import { divideFen, type Fen, formatYuan, scaleFen, yuanToFen } from '../../engine/money.ts';
import { countedMembers, employedMembers, householdSize, type IndexedMember, SIZE_FACT } from './household.ts';

export interface IncomeRules {
  /** Whether the 基础养老金 is left out of income on this date. */
  basicPensionExcluded: ParamValue<'income.basicPensionExcluded'>;
  basicPensionCitations: readonly string[];
  employmentCost: ParamValue<'income.employmentCost'>;
  employmentCostCitations: readonly string[];
  /** Urban 低保 standard in fen (运城's deduction is 30% of it). */
  urbanStandardFen: Fen | undefined;
  supportFromPoorObligorExcluded: boolean;
  supportCitations: readonly string[];
  expenditureSupportWaiver: boolean;
  waiverCitations: readonly string[];
  lookbackMonths: number;
  /** Clause ids for "income is counted per 第十三条". */
  incomeCitations: readonly string[];
}

export interface Adjustment {
  kind: 'office' | 'ask';
  /** Possible reduction of the period total, fen. */
  fen: Fen;
  /** What the reduction hangs on, in plain words ("如果基础养老金不计入收入"). */
  condition: string;
  citations: string[];
  missing: string[];
}

export interface IncomeAssessment {
  size: number;
  months: number;
  /** Period total counted with every certain rule applied, fen. */
  countedFen: Fen;
  adjustments: Adjustment[];
  /** Categories never asked: the true income may be higher. */
  missingCategories: string[];
  /** Rules applied along the way, for the reasons. */
  notes: { text: string; citations: string[] }[];
}

export type IncomeOutcome =
  | { kind: 'assessed'; assessment: IncomeAssessment }
  | { kind: 'unknown'; missing: string[]; text: string };

/** The categories a household must have answered; `basicPension` joins them when it changes the total. */
const REQUIRED: readonly (keyof Income)[] = ['wages', 'business', 'property', 'pensions', 'support'];

const CATEGORY_NAMES: Partial<Record<keyof Income, string>> = {
  wages: '打工或工资',
  business: '种地、养殖或做生意',
  property: '房租、利息等财产',
  pensions: '退休金、失业金',
  support: '子女或亲属给的赡养费',
  basicPension: '城乡居民基础养老金',
};

export function categoryName(path: string): string {
  const key = (path.startsWith('income.') ? path.slice('income.'.length) : path) as keyof Income;
  return CATEGORY_NAMES[key] ?? key;
}

function hasElderly(counted: readonly IndexedMember[] | undefined): boolean {
  return (counted ?? []).some(({ member }) => member.age !== undefined && member.age >= 60);
}

/** `counted`: countedMembers(h), when the caller has it already. */
export function assessIncome(h: Household, rules: IncomeRules, counted: readonly IndexedMember[] | undefined = countedMembers(h)): IncomeOutcome {
  const size = householdSize(h, counted);
  const inc = h.income;
  if (size === undefined || inc === undefined) {
    const missing = [...(size === undefined ? [SIZE_FACT] : []), ...(inc === undefined ? REQUIRED.map((k) => `income.${k}`) : [])];
    return { kind: 'unknown', missing, text: size === undefined ? '还不知道家里有几口人，无法算出人均收入。' : '还不知道家里的收入情况，无法算出人均收入。' };
  }
  const months = inc.periodMonths ?? rules.lookbackMonths;
  const notes: IncomeAssessment['notes'] = [];
  const adjustments: Adjustment[] = [];

  const missingCategories = REQUIRED.filter((k) => inc[k] === undefined).map((k) => `income.${k}`);
  // The 基础养老金 matters only when it is counted, or when counting it is unverified; rural
  // and urban residents draw it from 60 (so only ask when someone is 60 or over).
  if (inc.basicPension === undefined && rules.basicPensionExcluded !== 'yes' && hasElderly(counted)) {
    missingCategories.push('income.basicPension');
  }

  // 工资性收入 less necessary employment costs.
  const wagesFen = yuanToFen(inc.wages ?? 0);
  let wagesCounted = wagesFen;
  if (wagesFen > 0 && rules.employmentCost.kind === 'fractionOfUrbanStandard' && rules.urbanStandardFen !== undefined) {
    const perWorkerPeriod = scaleFen(rules.urbanStandardFen, rules.employmentCost.fraction) * months;
    const employed = employedMembers(h, counted);
    // Wages mean at least one earner, even if nobody was marked employed.
    const certainWorkers = Math.max(employed.known, 1);
    const certain = Math.min(wagesFen, perWorkerPeriod * certainWorkers);
    wagesCounted = wagesFen - certain;
    notes.push({
      text: `就业成本按城市低保标准的${Math.round(rules.employmentCost.fraction * 100)}%扣减：每名就业成员每月 ${formatYuan(scaleFen(rules.urbanStandardFen, rules.employmentCost.fraction))} 元，共扣减 ${formatYuan(certain)} 元（不超过工资收入）。`,
      citations: [...rules.employmentCostCitations],
    });
    const extraWorkers = Math.max(employed.possible, certainWorkers) - certainWorkers;
    if (extraWorkers > 0 && employed.unaskedPaths.length > 0) {
      const extra = Math.min(wagesCounted, perWorkerPeriod * extraWorkers);
      if (extra > 0) {
        adjustments.push({
          kind: 'ask',
          fen: extra,
          condition: '如果家里还有其他人在打工（每人都可扣减就业成本）',
          citations: [...rules.employmentCostCitations],
          missing: employed.unaskedPaths,
        });
      }
    }
  } else if (wagesFen > 0 && rules.employmentCost.kind === 'unspecified') {
    notes.push({
      text: '当地规定必要的就业成本可以扣减，但扣减额度没有配置，这里没有扣减；实际核算时人均收入可能略低。',
      citations: [...rules.employmentCostCitations],
    });
  }

  // 转移净收入: support payments, with 运城's exclusion of support from obligors who are poor themselves.
  let supportCounted = 0;
  let supportTotal = 0;
  (inc.support ?? []).forEach((p, i) => {
    const fen = yuanToFen(p.amount);
    supportTotal += fen;
    if (rules.supportFromPoorObligorExcluded && p.payerStatus !== undefined && p.payerStatus !== 'none') {
      notes.push({
        text: `赡养（抚养、扶养）义务人本身是${payerName(p.payerStatus)}，其给的 ${formatYuan(fen)} 元不计入收入。`,
        citations: [...rules.supportCitations],
      });
      supportTotal -= fen;
      return;
    }
    supportCounted += fen;
    if (rules.supportFromPoorObligorExcluded && p.payerStatus === undefined && fen > 0) {
      adjustments.push({
        kind: 'ask',
        fen,
        condition: '如果给赡养费的人本身是特困、低保或低收入家庭成员（这笔钱不计入收入）',
        citations: [...rules.supportCitations],
        missing: [`income.support[${i}].payerStatus`],
      });
    }
  });
  // Flagged, never applied: only a village 民主评议 and the 乡镇 can waive the support. Whether
  // the household is 支出型 at all is a question the resident can answer.
  if (rules.expenditureSupportWaiver && h.expenditureType !== false && supportTotal > 0) {
    adjustments.push({
      kind: h.expenditureType === true ? 'office' : 'ask',
      fen: supportTotal,
      condition:
        h.expenditureType === true
          ? '你家属于因病、因残、因学或突发事件支出较大的“支出型”家庭，经村民委员会民主评议、乡镇审核备案后可以不计算赡养费'
          : '如果属于因病、因残、因学或突发事件支出较大、实际生活低于低保标准的“支出型”家庭，经村民委员会民主评议、乡镇审核备案后可以不计算赡养费',
      citations: [...rules.waiverCitations],
      missing: h.expenditureType === true ? [] : ['expenditureType'],
    });
  }

  // 城乡居民基本养老保险基础养老金: excluded, counted, or (after the 14th Five-Year Plan) unverified.
  const basicPensionFen = yuanToFen(inc.basicPension ?? 0);
  let basicCounted = 0;
  if (basicPensionFen > 0) {
    if (rules.basicPensionExcluded === 'yes') {
      notes.push({ text: `城乡居民基础养老金 ${formatYuan(basicPensionFen)} 元不计入收入。`, citations: [...rules.basicPensionCitations] });
    } else {
      basicCounted = basicPensionFen;
      if (rules.basicPensionExcluded === 'unverified') {
        notes.push({
          text: `城乡居民基础养老金 ${formatYuan(basicPensionFen)} 元暂按计入收入计算：“十四五”期间不计入的规定已到期，现行口径未核实。`,
          citations: [...rules.basicPensionCitations],
        });
        adjustments.push({
          kind: 'office',
          fen: basicPensionFen,
          condition: '如果基础养老金仍不计入收入（“十四五”期间的规定已到期，现行口径未核实）',
          citations: [...rules.basicPensionCitations],
          missing: [],
        });
      }
    }
  }

  const gross =
    wagesCounted +
    yuanToFen(inc.business ?? 0) +
    yuanToFen(inc.property ?? 0) +
    yuanToFen(inc.pensions ?? 0) +
    supportCounted +
    yuanToFen(inc.otherTransfers ?? 0) +
    basicCounted -
    yuanToFen(inc.transferOut ?? 0);
  return {
    kind: 'assessed',
    assessment: { size, months, countedFen: Math.max(0, gross), adjustments, missingCategories, notes },
  };
}

function payerName(status: 'tekun' | 'dibao' | 'low_income'): string {
  return { tekun: '特困人员', dibao: '低保对象', low_income: '低收入家庭成员' }[status];
}

function citationsOf(adjustments: readonly Adjustment[]): string[] {
  return adjustments.flatMap((x) => x.citations);
}

export function perCapitaMonthly(a: IncomeAssessment, totalFen: Fen = a.countedFen): Fen {
  return divideFen(Math.max(0, totalFen), a.months * a.size);
}

export interface LineComparison {
  status: CheckStatus;
  text: string;
  missing: string[];
  citations: string[];
  perCapitaFen: Fen;
}

/**
 * Compare per-capita monthly income with a line (strictly below passes: "低于当地最低生活保障标准").
 * `nearFraction` widens the line for "close to the line" (possible rather than unlikely).
 */
export function compareWithLine(
  a: IncomeAssessment,
  lineFen: Fen,
  lineName: string,
  nearFraction: number,
  subject = '家庭人均月收入',
  /** Said after the figure, e.g. "（农村低保标准的 1.5 倍）". */
  lineNote = '',
): LineComparison {
  const hi = perCapitaMonthly(a);
  const office = a.adjustments.filter((x) => x.kind === 'office');
  const ask = a.adjustments.filter((x) => x.kind === 'ask');
  const officeFen = office.reduce((s, x) => s + x.fen, 0);
  const askFen = ask.reduce((s, x) => s + x.fen, 0);
  const loOffice = perCapitaMonthly(a, a.countedFen - officeFen);
  const loAll = perCapitaMonthly(a, a.countedFen - officeFen - askFen);
  const nearLine = lineFen + scaleFen(lineFen, nearFraction);
  const line = `${lineName} ${formatYuan(lineFen)} 元${lineNote}`;
  const head = `${subject} ${formatYuan(hi)} 元`;

  if (a.missingCategories.length > 0) {
    const names = a.missingCategories.map(categoryName).join('、');
    if (loAll >= nearLine) {
      return { status: 'fail', text: `仅已知的收入，${head}，已明显高于${line}。`, missing: [], citations: [], perCapitaFen: hi };
    }
    return {
      status: 'unknown',
      text: `还不知道${names}方面的收入；按已经知道的收入算，${head}，${hi < lineFen ? '低于' : '接近'}${line}。`,
      missing: [...a.missingCategories, ...ask.flatMap((x) => x.missing)],
      citations: [],
      perCapitaFen: hi,
    };
  }
  if (hi < lineFen) {
    return { status: 'pass', text: `${head}，低于${line}。`, missing: [], citations: [], perCapitaFen: hi };
  }
  if (loOffice < lineFen) {
    const conditions = office.map((x) => x.condition).join('；');
    return {
      status: 'uncertain',
      text: `${head}，不低于${line}；${conditions}，则为 ${formatYuan(loOffice)} 元，低于标准。结果取决于当地认定，请向乡镇（街道）咨询。`,
      missing: [],
      citations: citationsOf(office),
      perCapitaFen: hi,
    };
  }
  if (loAll < lineFen) {
    const conditions = ask.map((x) => x.condition).join('；');
    return {
      status: 'unknown',
      text: `${head}，不低于${line}；${conditions}，可能降到标准以下。`,
      missing: ask.flatMap((x) => x.missing),
      citations: citationsOf(ask),
      perCapitaFen: hi,
    };
  }
  if (loAll < nearLine) {
    // Close to the line. Facts not yet asked cannot bring income under the line any more, but
    // they still narrow the figure; keep asking them so the verdict only falls as income rises.
    if (ask.length > 0) {
      return {
        status: 'unknown',
        text: `${head}，略高于${line}；${ask.map((x) => x.condition).join('；')}，还会略低一些。`,
        missing: ask.flatMap((x) => x.missing),
        citations: citationsOf(ask),
        perCapitaFen: hi,
      };
    }
    return {
      status: 'uncertain',
      text:
        hi === lineFen
          ? `${head}，正好等于${line}，须低于标准才符合，核对时收入认定可能有出入。`
          : `${head}，略高于${line}，比标准高 ${formatYuan(hi - lineFen)} 元，核对时收入认定可能有出入。`,
      missing: [],
      citations: [],
      perCapitaFen: hi,
    };
  }
  return { status: 'fail', text: `${head}，高于${line}。`, missing: [], citations: [], perCapitaFen: hi };
}
