/**
 * 单人保: one member of a low-income (低保边缘) household applying for 低保 alone.
 *
 * Two routes, either suffices (the better verdict decides, route A on a tie):
 * - A (edge-household.ts): a seriously disabled or ill member of a 低保边缘 / 低收入 household,
 *   最低生活保障审核确认办法 第八条 and the seeds;
 * - B (adult-severe.ts): 成年无业重度残疾人 "可以参照‘单人户’提出低保申请" (民政部等 2022 通知 一（一）),
 *   with no 边缘 condition but the person's own income and the property test; at best `possible`.
 * Both share where to apply and whether the household is on 特困 (as for 低保).
 * A 低收入 household with nobody who may apply alone is offered 专项救助 (the city's notice where
 * its package cites one on `special`, e.g. "符合教育、医疗、住房、就业等专项救助条件的，由相关部门依规纳入
 * 相应救助范围"); 社会救助法 第二十一条 "对……最低生活保障边缘家庭，……给予相应的医疗、教育、住房、就业等社会救助".
 */
import type { Check, ProgramResult } from '../../model/report.ts';
import type { Finding } from '../../model/finding.ts';
import { missingOf, verdictOf, verdictRank } from '../../engine/checks.ts';
import { note, reasonsOf } from '../../engine/findings.ts';
import type { RuleContext } from '../common/context.ts';
import { applyPlaceCheck } from '../common/apply-place.ts';
import { notOnTekunCheck } from '../dibao/not-on-tekun.ts';
import { serviceOffer } from '../dibao/notes.ts';
import { edgeHouseholdRoute } from './edge-household.ts';
import { adultSevereDisabilityRoute } from './adult-severe.ts';

/** Under the edge line (or maybe), not under the 低保 standard, and nobody in the categories. */
export function offersSpecialAssistance(checks: readonly Check[]): boolean {
  const status = (id: string) => checks.find((c) => c.id === id)?.status;
  const edge = status('edge_income');
  return (
    status('member_category') === 'fail' &&
    (edge === 'pass' || edge === 'uncertain') &&
    status('not_whole_household') !== 'fail'
  );
}

export function singlePersonDibaoRule(ctx: RuleContext): ProgramResult {
  const common: Check[] = [];
  const place = applyPlaceCheck(ctx, 'dibao');
  if (place) common.push(place);
  const tekun = notOnTekunCheck(ctx);
  if (tekun) common.push(tekun);

  const routeA = [...common, ...edgeHouseholdRoute(ctx)];
  const b = adultSevereDisabilityRoute(ctx);
  const routeB = b ? [...common, ...b] : undefined;
  const checks = routeB && verdictRank(verdictOf(routeB)) > verdictRank(verdictOf(routeA)) ? routeB : routeA;
  const verdict = verdictOf(checks);
  const extra: Finding[] = [];

  // Where the city's notice leaves to each county what 低收入 means (its package cites a clause on
  // `single.edge`), the edge line is only this tool's estimate.
  const countyRule = ctx.res.localCitations('single.edge');
  if (
    checks === routeA &&
    countyRule.length > 0 &&
    verdict !== 'unlikely' &&
    ctx.h.currentBenefits?.lowIncome !== true
  ) {
    extra.push(note('single.countyRule', { multiplier: ctx.res.get('edge.multiplier') }, countyRule));
  }
  if (verdict === 'likely' || verdict === 'possible') {
    // Route B rests on the 2022 notice alone (its 单人户 is not the 边缘家庭 单人保 of 办法第八条).
    extra.push(
      note('single.alone', {}, checks === routeA ? ctx.cite('single.scope') : ctx.cite('single.adultSevereDisability')),
    );
    const service = serviceOffer(ctx);
    if (service) extra.push(service);
  }
  if (offersSpecialAssistance(routeA)) extra.push(note('single.special', {}, ctx.cite('special')));
  // An unlikely verdict is explained by what fails, not by the conditions that happen to be met.
  const shown = verdict === 'unlikely' ? checks.filter((c) => c.status === 'fail') : checks;
  return {
    program: 'single_person_dibao',
    verdict,
    reasons: reasonsOf(shown, extra),
    missing: missingOf(checks),
    checks,
    alternatives: [],
  };
}
