/**
 * Route A: a seriously disabled or ill member of a 低保边缘 / 低收入 household (最低生活保障审核确认
 * 办法 第八条, and the city's own clauses on `single.scope`). 第八条: "最低生活保障边缘家庭一般指不符合最低生活保障条件，
 * 家庭人均收入低于当地最低生活保障标准1.5倍，且财产状况符合相关规定的家庭" (the multiplier is
 * configurable, Q8). A household the county already recognises as 低收入 meets the income and property
 * condition by that recognition (where a notice says "各县（市、区）要明确低收入家庭收入财产认定条件"), but
 * not against figures the resident states: then the recognition is re-checked.
 * When the whole household is under the 低保 standard it applies together: 民政部等 2022 通知 一（一）
 * "申请家庭符合条件的，不得仅将个别家庭成员纳入低保范围".
 */
import type { Check } from '../../model/report.ts';
import { finding, findingOf, toCheck, withClauses } from '../../engine/findings.ts';
import { scaleFen } from '../../engine/money.ts';
import type { RuleContext } from '../common/context.ts';
import { compareByHukou, compareWithDibaoStandard, type HukouComparison } from '../common/hukou.ts';
import { continued } from '../income/compare.ts';
import { memberCategoryCheck } from './member-category.ts';

/** Comparisons whose sentence opens with the per-capita figure ("家庭人均月收入 …，"), by how it opens. */
const OPENING: Record<string, string> = {
  'line.knownOver': 'known',
  'line.below': 'plain',
  'line.officeBelow': 'plain',
  'line.askBelow': 'plain',
  'line.nearAsk': 'plain',
  'line.nearAfterDeduction': 'plain',
  'line.equal': 'plain',
  'line.slightlyOver': 'plain',
  'line.over': 'plain',
};

/**
 * The same figure just said in the reason before: go on from it, unless the edge check fails (an unlikely verdict shows
 * only failing reasons).
 */
function afterWhole(whole: HukouComparison, edge: HukouComparison): HukouComparison {
  const opening = OPENING[edge.finding.code];
  return edge.status !== 'fail' && opening !== undefined && opening === OPENING[whole.finding.code]
    ? continued(edge)
    : edge;
}

/** 2022 通知 一（一）: when the household is under the 低保 standard, it applies together. */
export function wholeHouseholdCheck(whole: HukouComparison, cites: readonly string[]): Check {
  return toCheck(
    'not_whole_household',
    'not_whole_household',
    finding('single.wholeApplies', 'fail', { comparison: whole.finding }, cites),
  );
}

export function edgeHouseholdRoute(ctx: RuleContext): Check[] {
  const h = ctx.h;
  const scope = ctx.cite('single.scope');
  const edgeCites = ctx.cite('single.edge');
  const multiplier = ctx.res.get('edge.multiplier');
  const limits = ctx.res.get('singlePerson.disabilityGrades');
  const assumed = ctx.res.get('singlePerson.disabilityGradesAssumed');
  const list = ctx.res.get('singlePerson.illnessList');
  const recognised = h.currentBenefits?.lowIncome === true;
  const recognisedCheck = () =>
    toCheck('edge_income', 'edge_recognised', finding('single.recognised', 'pass', {}, edgeCites));
  const checks: Check[] = [];

  const income = ctx.incomeAssessment('dibao');
  if (income.kind === 'unknown') {
    checks.push(
      recognised ? recognisedCheck() : toCheck('edge_income', 'edge_income', withClauses(income.finding, edgeCites)),
    );
  } else {
    const a = income.assessment;
    const whole = compareWithDibaoStandard(ctx, a);
    if (whole.status === 'pass') checks.push(wholeHouseholdCheck(whole, [...scope, ...ctx.cite('dibao.core')]));
    // Only the 单人保 clauses: the conditions the comparison names are cited under 低保.
    else if (whole.status === 'unknown' && !recognised)
      checks.push(toCheck('not_whole_household', 'not_whole_household', { ...whole.finding, clauses: scope }));
    else
      checks.push(
        toCheck(
          'not_whole_household',
          'not_whole_household',
          finding('single.notWhole', 'pass', { comparison: whole.finding }, scope),
        ),
      );
    const edge = afterWhole(
      whole,
      compareByHukou(ctx, a, {
        at: (hukou) => {
          const fen = scaleFen(ctx.dibaoStandardFen(hukou), multiplier);
          return { fen, line: { name: 'edge', hukou, fen, multiplier } };
        },
        both: (urban, rural) => ({ name: 'edge-both', urban, rural, multiplier }),
      }),
    );
    // Within the near-line band (or 户籍 type undecided) the county's recognition decides.
    if (recognised && edge.status !== 'fail') checks.push(recognisedCheck());
    else if (recognised)
      checks.push(
        toCheck(
          'edge_income',
          'edge_income',
          finding('reverify', 'fail', { said: edge.finding }, [...edgeCites, ...edge.finding.clauses]),
        ),
      );
    else checks.push(toCheck('edge_income', 'edge_income', withClauses(edge.finding, edgeCites)));
  }
  const property = ctx.propertyCheck(h.hukou);
  if (recognised && property.status === 'unknown') {
    checks.push(toCheck('property', 'property', finding('property.recognised', 'pass', {}, property.citations)));
  } else if (recognised && (property.status === 'uncertain' || property.status === 'fail')) {
    checks.push(
      toCheck(
        'property',
        'property',
        finding('reverify', property.status, { said: findingOf(property) }, property.citations),
      ),
    );
  } else {
    checks.push(property);
  }
  checks.push(
    memberCategoryCheck(ctx, limits, assumed, list, [
      ...scope,
      ...(assumed ? ctx.paramClauses('singlePerson.disabilityGradesAssumed') : []),
    ]),
  );
  return checks;
}
