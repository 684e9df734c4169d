/**
 * The income rules in force for a household on a date (最低生活保障审核确认办法 第十三条 and the
 * local notices), read from the parameters with the clauses behind each, for assessIncome.
 */
import type { RuleContext } from '../common/context.ts';
import type { ParamName } from '../../params/types.ts';
import { yuanToFen } from '../../engine/money.ts';
import type { IncomeRules } from './types.ts';

export function incomeRules(ctx: RuleContext, program: 'dibao' | 'tekun'): IncomeRules {
  const res = ctx.res;
  const basicParam: ParamName = program === 'tekun' ? 'tekun.basicPensionExcluded' : 'income.basicPensionExcluded';
  const support = res.get('income.supportFromPoorObligorExcluded');
  const waiver = program === 'dibao' && res.get('income.expenditureSupportWaiver');
  // The urban standard sizes a city's fractional deduction and bounds a deduction without a configured amount;
  // read only when there are wages or members whose disability or illness may bring a deduction.
  const deductible =
    (ctx.h.income?.wages ?? 0) > 0 ||
    (ctx.members ?? []).some(({ member: m }) => m.hasDisability === true || m.seriousIllness === true);
  const urban = deductible ? res.tryGet('dibao.standardMonthly.urban') : undefined;
  return {
    basicPensionExcluded: res.get(basicParam) as IncomeRules['basicPensionExcluded'],
    basicPensionCitations: ctx.paramClauses(basicParam),
    basicPensionAge: res.get('income.basicPensionAge'),
    employmentCost: res.get('income.employmentCost'),
    employmentCostLapsed: ctx.lapsed('income.employmentCost'),
    employmentCostCitations: ctx.paramClauses('income.employmentCost'),
    rigidSpending: res.get('income.rigidSpendingDeduction'),
    rigidSpendingCitations: ctx.paramClauses('income.rigidSpendingDeduction'),
    rigidSpendingKinds: res.get('income.rigidSpendingKinds'),
    urbanStandardFen: urban === undefined ? undefined : yuanToFen(urban),
    unspecifiedCap: res.get('income.unspecifiedDeductionCap'),
    unspecifiedCapCitations: ctx.paramClauses('income.unspecifiedDeductionCap'),
    supportFromPoorObligorExcluded: support,
    supportLapsed: support ? ctx.lapsed('income.supportFromPoorObligorExcluded') : undefined,
    supportCitations: ctx.paramClauses('income.supportFromPoorObligorExcluded'),
    expenditureSupportWaiver: waiver,
    waiverLapsed: waiver ? ctx.lapsed('income.expenditureSupportWaiver') : undefined,
    waiverCitations: ctx.paramClauses('income.expenditureSupportWaiver'),
    lookbackMonths: res.get('income.lookbackMonths'),
  };
}
