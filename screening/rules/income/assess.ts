/**
 * Household income as 最低生活保障审核确认办法 第十三条 counts it: "家庭收入指共同生活的家庭成员在
 * 规定期限内获得的全部现金及实物收入", by the four categories (工资性、经营净、财产净、转移净收入),
 * over the look-back period, in fen.
 *
 * Where the law leaves the result open the range is kept instead of a guess:
 * - reductions only the office can decide (基础养老金 after 2025, a city's 民主评议 waiver of support
 *   for 支出型 households, a deduction without a set amount, a local measure whose transition period
 *   has ended) are `office` adjustments;
 * - reductions that depend on a question not yet asked (who is employed, who pays support, spending
 *   caused by a disability or illness) are `ask` adjustments, naming the fact to ask;
 * - an income category never asked leaves the range open upwards.
 */
import type { Household, Income } from '../../model/household.ts';
import type { Finding } from '../../model/finding.ts';
import { yuanToFen } from '../../engine/money.ts';
import { finding } from '../../engine/findings.ts';
import type { IncomeCategory } from '../../catalogue/words.ts';
import { countedMembers, householdSize, type IndexedMember, SIZE_FACT } from '../common/household.ts';
import { employmentCost, rigidSpending } from './deductions.ts';
import { basicPension, supportCounted } from './transfer-income.ts';
import type { Adjustment, IncomeOutcome, IncomeRules } from './types.ts';

/** The categories a household must have answered; `basicPension` joins them when it changes the total. */
const REQUIRED: readonly (keyof Income & IncomeCategory)[] = ['wages', 'business', 'property', 'pensions', 'support'];

function hasAge(counted: readonly IndexedMember[] | undefined, age: number): boolean {
  return (counted ?? []).some(({ member }) => member.age !== undefined && member.age >= age);
}

/** `counted`: countedMembers(h), when the caller has it already. */
export function assessIncome(
  h: Household,
  rules: IncomeRules,
  counted: readonly IndexedMember[] | undefined = countedMembers(h),
): IncomeOutcome {
  const size = householdSize(h, counted);
  const inc = h.income;
  if (size === undefined || inc === undefined) {
    const missing = [
      ...(size === undefined ? [SIZE_FACT] : []),
      ...(inc === undefined ? REQUIRED.map((k) => `income.${k}`) : []),
    ];
    return {
      kind: 'unknown',
      missing,
      finding: finding(size === undefined ? 'income.sizeUnknown' : 'income.unknown', 'unknown', {}, [], missing),
    };
  }
  const months = inc.periodMonths ?? rules.lookbackMonths;
  const out = { notes: [] as Finding[], adjustments: [] as Adjustment[] };

  const missingCategories: IncomeCategory[] = REQUIRED.filter((k) => inc[k] === undefined);
  // The 基础养老金 matters only when it is counted, or when counting it is unverified; residents
  // draw it from a set age (so only ask when someone is that old).
  if (
    inc.basicPension === undefined &&
    rules.basicPensionExcluded !== 'yes' &&
    hasAge(counted, rules.basicPensionAge)
  ) {
    missingCategories.push('basicPension');
  }

  // 工资性收入 less necessary employment costs; rigid spending caused by disability or illness.
  const wagesFen = yuanToFen(inc.wages ?? 0);
  const wagesCounted = wagesFen - employmentCost(h, rules, counted, months, wagesFen, out);
  const rigid = rigidSpending(h, rules, counted, months, out);
  const support = supportCounted(h, rules, out);
  const basicCounted = basicPension(inc, rules, out);

  const gross =
    wagesCounted +
    yuanToFen(inc.business ?? 0) +
    yuanToFen(inc.property ?? 0) +
    yuanToFen(inc.pensions ?? 0) +
    support +
    yuanToFen(inc.otherTransfers ?? 0) +
    basicCounted -
    yuanToFen(inc.transferOut ?? 0) -
    rigid;
  return {
    kind: 'assessed',
    assessment: {
      size,
      months,
      countedFen: Math.max(0, gross),
      adjustments: out.adjustments,
      missingCategories,
      notes: out.notes,
    },
  };
}
