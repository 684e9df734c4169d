/**
 * 特困人员认定办法 第六条: "收入低于当地最低生活保障标准，且财产符合当地特困人员财产状况规定的，应当
 * 认定为本办法所称的无生活来源。前款所称收入包括工资性收入、经营净收入、财产净收入、转移净收入等各类
 * 收入。中央确定的城乡居民基本养老保险基础养老金、基本医疗保险等社会保险和优待抚恤金、高龄津贴不计入
 * 在内。"
 * The income is the person's own (特困 is recognised person by person, Q20). Alone, the household's
 * income is theirs. Living with others, their own share is not known: when even the household's
 * whole income is under the standard, theirs is too; otherwise it is for the 核对 (`uncertain`),
 * unless the person's own monthly income was given. When 特困 counts less than 低保 for the same
 * household (no 基础养老金), the reason says so in one sentence.
 */
import type { Check } from '../../model/report.ts';
import { finding, toCheck, withClauses } from '../../engine/findings.ts';
import { yuanToFen } from '../../engine/money.ts';
import type { HukouType } from '../../catalogue/words.ts';
import { type IndexedMember, ref } from '../common/household.ts';
import type { RuleContext } from '../common/context.ts';
import { compareByHukou, compareWithDibaoStandard, dibaoLine, type HukouComparison } from '../common/hukou.ts';
import type { IncomeAssessment, IncomeOutcome } from '../income/types.ts';

/** Worked out once for every candidate: the household's total and per-capita comparisons. */
export interface OwnIncome {
  total?: HukouComparison;
  perCapita?: HukouComparison;
}

type Livelihood = { check: Check; hukou?: HukouType };

const withHukou = (check: Check, cmp: HukouComparison): Livelihood => ({
  check,
  ...(cmp.hukou ? { hukou: cmp.hukou } : {}),
});

export function livelihoodCheck(
  ctx: RuleContext,
  im: IndexedMember,
  income: IncomeOutcome,
  own: OwnIncome,
): Livelihood {
  const cites = ctx.cite('tekun.noLivelihood');
  if (income.kind === 'unknown')
    return { check: toCheck('no_livelihood', 'no_livelihood', withClauses(income.finding, cites)) };
  const a = income.assessment;
  if (a.size === 1) {
    const cmp = compareWithDibaoStandard(ctx, a, 'own');
    const dibao = ctx.incomeAssessment('dibao');
    const apart = dibao.kind === 'assessed' && dibao.assessment.countedFen !== a.countedFen;
    return withHukou(
      toCheck(
        'no_livelihood',
        'no_livelihood',
        finding(
          'tekun.livelihoodAlone',
          cmp.status,
          { comparison: cmp.finding, apart },
          [...cites, ...cmp.finding.clauses],
          cmp.finding.missing,
        ),
      ),
      cmp,
    );
  }
  const m = im.member;
  if (m.ownMonthlyIncome !== undefined) {
    const alone: IncomeAssessment = {
      size: 1,
      months: 1,
      countedFen: yuanToFen(m.ownMonthlyIncome),
      adjustments: [],
      missingCategories: [],
      notes: [],
    };
    const cmp = compareByHukou(ctx, alone, dibaoLine(ctx), { member: ref(im) });
    return withHukou(toCheck('no_livelihood', 'no_livelihood', withClauses(cmp.finding, cites)), cmp);
  }
  own.total ??= compareWithDibaoStandard(ctx, { ...a, size: 1 }, 'total');
  const total = own.total;
  if (total.status === 'pass') {
    return withHukou(
      toCheck(
        'no_livelihood',
        'no_livelihood',
        finding('tekun.livelihoodTotal', 'pass', { comparison: total.finding, who: ref(im) }, [
          ...cites,
          ...total.finding.clauses,
        ]),
      ),
      total,
    );
  }
  own.perCapita ??= compareWithDibaoStandard(ctx, a, 'household');
  const pc = own.perCapita;
  if (pc.status === 'unknown')
    return { check: toCheck('no_livelihood', 'no_livelihood', withClauses(pc.finding, cites)) };
  return withHukou(
    toCheck(
      'no_livelihood',
      'no_livelihood',
      finding('tekun.livelihoodShare', 'uncertain', { comparison: pc.finding, who: ref(im) }, [
        ...cites,
        ...pc.finding.clauses,
      ]),
    ),
    pc,
  );
}
