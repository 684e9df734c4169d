/**
 * 特困人员救助供养 (tekun), assessed for each member who could be a 特困 person; the best decides.
 *
 * 特困人员认定办法 第四条: "同时具备以下条件的老年人、残疾人和未成年人，应当依法纳入特困人员救助供养
 * 范围：（一）无劳动能力；（二）无生活来源；（三）无法定赡养、抚养、扶养义务人或者其法定义务人无履行
 * 义务能力。" The named tests: 无劳动能力 (第五条, 第二十四条: work-capacity.ts), where to apply
 * (第十条), 无生活来源 (第六条: livelihood.ts; property per 第七条), obligors (第八条: obligors.ts).
 * 第九条: "同时符合特困人员救助供养条件和孤儿、事实无人抚养儿童认定条件的未成年人，选择申请纳入孤儿、
 * 事实无人抚养儿童基本生活保障范围的，不再认定为特困人员" (a choice, said). Amount: estimate.ts.
 */
import type { Check, ProgramResult } from '../../model/report.ts';
import type { Finding } from '../../model/finding.ts';
import { missingOf, verdictOf, verdictRank } from '../../engine/checks.ts';
import { finding, note, reasonsOf, toCheck } from '../../engine/findings.ts';
import { type IndexedMember, ref, SIZE_FACT } from '../common/household.ts';
import type { HukouType, RuleContext } from '../common/context.ts';
import { applyPlaceCheck } from '../common/apply-place.ts';
import { ages, noWorkCapacity } from './work-capacity.ts';
import { livelihoodCheck, type OwnIncome } from './livelihood.ts';
import { obligorCheck, type SharedObligors } from './obligors.ts';
import { careTier, estimate, lapsedStandardCaveat } from './estimate.ts';

interface Candidate {
  im: IndexedMember;
  checks: Check[];
  verdict: ProgramResult['verdict'];
  hukou: HukouType | undefined;
  minor: boolean;
}

const decided = (c: Check): ProgramResult => ({
  program: 'tekun',
  verdict: c.status === 'fail' ? 'unlikely' : 'need_info',
  reasons: reasonsOf([c]),
  missing: [...c.missing],
  checks: [c],
  alternatives: [],
});

export function tekunRule(ctx: RuleContext): ProgramResult {
  const a = ages(ctx);
  const members = ctx.members;
  const capacityCites = ctx.cite('tekun.conditions', 'tekun.noWorkCapacity');
  if (!members || members.length === 0)
    return decided(
      toCheck(
        'no_work_capacity',
        'no_work_capacity_any',
        finding('tekun.membersUnknown', 'unknown', {}, capacityCites, [SIZE_FACT]),
      ),
    );
  const capacities = members.map((im) => ({ im, cap: noWorkCapacity(ctx, im, a) }));

  const income = ctx.incomeAssessment('tekun');
  const own: OwnIncome = {};
  const obligors: SharedObligors = {};
  const candidates: Candidate[] = capacities
    .filter((c) => c.cap.status !== 'fail')
    .map(({ im, cap }) => {
      // Continuing support (第二十四条) or the extended age (Q6) also rest on the minors clauses.
      const continuing = cap.minor && (cap.status !== 'pass' || ctx.h.currentBenefits?.tekun === true);
      const cites = continuing ? [...capacityCites, ...ctx.cite('tekun.minors')] : capacityCites;
      const checks: Check[] = [
        toCheck(
          'no_work_capacity',
          'no_work_capacity',
          finding('tekun.capacity', cap.status, { part: cap.part }, cites, cap.missing),
        ),
      ];
      const place = applyPlaceCheck(ctx, 'tekun');
      if (place) checks.push(place);
      const livelihood = livelihoodCheck(ctx, im, income, own);
      checks.push(livelihood.check, ctx.propertyCheck(ctx.h.hukou, true), obligorCheck(ctx, im, a, obligors));
      return { im, checks, verdict: verdictOf(checks), hukou: livelihood.hukou ?? ctx.h.hukou, minor: cap.minor };
    });

  if (candidates.length === 0) {
    // Already on 特困: say why it ends for each member (第二十四条), not the general conditions.
    if (ctx.h.currentBenefits?.tekun === true) {
      return decided(
        toCheck(
          'no_work_capacity',
          'no_work_capacity_any',
          finding('tekun.capacityEnds', 'fail', { parts: capacities.map((x) => x.cap.part) }, [
            ...capacityCites,
            ...ctx.cite('tekun.minors'),
          ]),
        ),
      );
    }
    const figures = {
      elderly: a.elderly,
      minor: a.minor,
      extended: a.minorExtended,
      limits: ctx.res.get('tekun.noWorkCapacityDisabilities'),
    };
    return decided(
      toCheck('no_work_capacity', 'no_work_capacity_any', finding('tekun.noCandidate', 'fail', figures, capacityCites)),
    );
  }
  const best = candidates.reduce((x, y) => (verdictRank(y.verdict) > verdictRank(x.verdict) ? y : x));
  const extra: Finding[] = [];
  const m = best.im.member;
  if (best.minor && m.orphanOrUnsupportedChild === true) extra.push(note('tekun.orphan', {}, ctx.cite('tekun.orphan')));
  const tier = best.verdict === 'unlikely' ? undefined : careTier(ctx, m);
  if (tier && tier !== 'fullSelfCare') {
    extra.push(
      note('tekun.care', { who: ref(best.im), count: new Set(m.dailyActivitiesUnable).size, tier }, [
        ...ctx.cite('tekun.selfCare'),
        ...ctx.cite('service'),
      ]),
    );
  }
  const hopeful = best.verdict === 'likely' || best.verdict === 'possible';
  const amount = hopeful ? estimate(ctx, m, best.hukou) : undefined;
  if (amount) {
    const caveat = lapsedStandardCaveat(ctx);
    if (caveat) extra.push(caveat);
  }
  // The amount depends on the 户籍 type (its standards): asked while the verdict is hopeful.
  const missing = missingOf(best.checks);
  if (hopeful && !best.hukou && !missing.includes('hukou')) missing.push('hukou');
  return {
    program: 'tekun',
    verdict: best.verdict,
    reasons: reasonsOf(best.checks, extra),
    missing,
    ...(amount ? { estimatedMonthlyAmount: amount } : {}),
    checks: best.checks,
    alternatives: [],
  };
}
