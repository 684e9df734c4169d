/**
 * 特困人员认定办法 第八条 for an adult with a duty of support who lives in the household. Being 60 or
 * over is not by itself an inability: the article lists "（二）60周岁以上的最低生活保障对象", "（三）70
 * 周岁以上的老年人……" and "（四）重度残疾人和残疾等级为三级的智力、精神残疾人……", the last two with
 * "本人收入低于当地上年人均可支配收入，且其财产符合当地低收入家庭财产状况规定". A spouse of 60–69 in a
 * household under the 低保 line would be such a recipient once on 低保 (an elderly couple, each the
 * other's obligor, Q19): that stays open (`uncertain`), never `pass` by default. Anyone else of age
 * is able (`fail`). Their own income is part of the household's: under the line when even the
 * household's whole income is; otherwise for the 核对. The household's property stands in for theirs.
 */
import type { CheckStatus } from '../../model/report.ts';
import { bestStatus, combineStatus, flat } from '../../engine/checks.ts';
import { MONTHS_PER_YEAR, yuanToFen } from '../../engine/money.ts';
import type { Means, ObligorPart } from '../../catalogue/tekun.ts';
import { disabilityPaths, disabilityWithin, type IndexedMember, ref } from '../common/household.ts';
import type { RuleContext } from '../common/context.ts';
import { compareWithDibaoStandard } from '../common/hukou.ts';

export type InHouse = { status: CheckStatus; parts: ObligorPart[]; missing: string[] };

type MeansFound = { status: CheckStatus; means: Means; missing: string[] };

/** 第八条（三）（四）'s means test for someone living here, worked out once per household. */
export function householdMeans(ctx: RuleContext): MeansFound {
  const income = ctx.incomeAssessment('dibao');
  if (income.kind === 'unknown') return { status: 'unknown', means: 'incomeUnknown', missing: income.missing };
  const a = income.assessment;
  if (a.missingCategories.length > 0)
    return { status: 'unknown', means: 'incomeUnknown', missing: a.missingCategories.map((c) => `income.${c}`) };
  const annual = Math.round((a.countedFen / a.months) * MONTHS_PER_YEAR);
  const lines = ctx.hukouOptions().map((hk) => ctx.res.tryGet(`disposableIncomeAnnual.${hk}`));
  const under = lines.every((l) => l !== null && l !== undefined && annual < yuanToFen(l));
  const property = ctx.propertyCheck(ctx.h.hukou);
  const status = combineStatus([under ? 'pass' : 'uncertain', property.status]);
  if (status === 'pass') return { status, means: 'low', missing: [] };
  if (status === 'fail') return { status, means: 'propertyOver', missing: [] };
  return { status, means: 'forCheck', missing: status === 'unknown' ? property.missing : [] };
}

export function inHouseObligor(ctx: RuleContext, o: IndexedMember, means: () => MeansFound): InHouse {
  const m = o.member;
  const who = ref(o);
  const dibaoAge = ctx.res.get('obligor.dibaoRecipientAge');
  const elderlyAge = ctx.res.get('obligor.elderlyAge');
  const age = m.age!;
  const routes: InHouse[] = [];
  if (age >= dibaoAge) {
    if (ctx.h.currentBenefits?.dibao === true)
      return { status: 'pass', parts: [{ kind: 'dibaoRecipient', who, age: dibaoAge }], missing: [] };
    const dibao = ctx.incomeAssessment('dibao');
    const cmp = dibao.kind === 'assessed' ? compareWithDibaoStandard(ctx, dibao.assessment) : undefined;
    if (cmp === undefined || cmp.status === 'unknown') {
      routes.push({
        status: 'unknown',
        parts: [{ kind: 'dibaoOpen', who, age: dibaoAge }],
        missing: dibao.kind === 'unknown' ? dibao.missing : [...(cmp?.finding.missing ?? [])],
      });
    } else if (cmp.status === 'pass' || cmp.status === 'uncertain') {
      routes.push({ status: 'uncertain', parts: [{ kind: 'dibaoPending', who, age: dibaoAge }], missing: [] });
    }
  }
  if (age >= elderlyAge) {
    const f = means();
    routes.push({
      status: f.status,
      parts: [{ kind: 'elderly', who, age: elderlyAge, means: f.means, unable: f.status === 'pass' }],
      missing: f.missing,
    });
  }
  const severe = disabilityWithin(m, ctx.res.get('obligor.severeDisabilityGrades'));
  if (severe === 'yes' || severe === 'maybe') {
    const f = means();
    const status = severe === 'maybe' && f.status === 'pass' ? 'uncertain' : f.status;
    routes.push({
      status,
      parts: [{ kind: 'severe', who, disability: m.disability, means: f.means, unable: status === 'pass' }],
      missing: f.missing,
    });
  } else if (severe === 'unknown') {
    routes.push({ status: 'unknown', parts: [{ kind: 'severeUnknown', who }], missing: disabilityPaths(m, o.index) });
  }
  const best = bestStatus(routes.map((r) => r.status));
  if (routes.length > 0 && best !== 'fail') {
    const picked = routes.filter((r) => r.status === best);
    return {
      status: best,
      parts: flat(picked, (r) => r.parts),
      missing: best === 'unknown' ? flat(picked, (r) => r.missing) : [],
    };
  }
  return {
    status: 'fail',
    parts: [{ kind: 'able', who: [who], older: age >= dibaoAge, dibaoAge, elderlyAge }],
    missing: [],
  };
}
