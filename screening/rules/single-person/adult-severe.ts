/**
 * Route B, 民政部等《关于进一步做好最低生活保障等社会救助兜底工作的通知》(2022-10-20) 一（一）:
 * "成年无业重度残疾人可以参照“单人户”提出低保申请。依靠兄弟姐妹或者60周岁及以上老年人供养的成年
 * 无业重度残疾人，在评估认定其家庭经济状况时，兄弟姐妹或者60周岁及以上老年人给付的供养费用，可以视情
 * 适当豁免，符合条件的，纳入低保范围". No 边缘 condition, and only this clause is cited for the route
 * (办法第八条 and the local 单人保 clauses require a 边缘/低收入 household). Still "符合条件的":
 * the person's own income is compared with the 低保 standard and the property test is run (the
 * household's declared property stands in for the person's; the office checks it). At best `possible`.
 */
import type { Check, CheckStatus } from '../../model/report.ts';
import { bestStatus, flat } from '../../engine/checks.ts';
import { finding, toCheck } from '../../engine/findings.ts';
import type { AdultPart } from '../../catalogue/single-person.ts';
import { disabilityPaths, disabilityWithin, type IndexedMember, ref } from '../common/household.ts';
import type { RuleContext } from '../common/context.ts';
import { compareWithDibaoStandard } from '../common/hukou.ts';
import { wholeHouseholdCheck } from './edge-household.ts';
import { ownIncomeStatus, supportersWaivable } from './own-income.ts';

type Candidate = { status: CheckStatus; part?: AdultPart; missing: string[]; im?: IndexedMember };

export function adultSevereDisabilityRoute(ctx: RuleContext): Check[] | undefined {
  if (!ctx.res.get('singlePerson.adultSevereDisabilityRoute')) return undefined;
  const members = ctx.members;
  if (!members || members.length === 0) return undefined;
  const adultAge = ctx.res.get('singlePerson.adultAge');
  const supporterAge = ctx.res.get('singlePerson.waivableSupporterAge');
  const limits = ctx.res.get('singlePerson.severeDisabilityGrades');
  const cites = ctx.cite('single.adultSevereDisability');
  const each: Candidate[] = members.map((im) => {
    const { member: m, index: i } = im;
    const d = disabilityWithin(m, limits);
    if (d === 'no' || (m.age !== undefined && m.age < adultAge) || m.employed === true)
      return { status: 'fail', missing: [] };
    const missing = [
      ...(m.age === undefined ? [`members[${i}].age`] : []),
      ...(d === 'unknown' ? disabilityPaths(m, i) : []),
      ...(m.employed === undefined ? [`members[${i}].employed`] : []),
    ];
    if (missing.length > 0) return { status: 'unknown', part: { kind: 'ask', who: ref(im) }, missing, im };
    return {
      status: 'uncertain',
      part: {
        kind: 'may',
        who: ref(im),
        disability: m.disability,
        waivable: supportersWaivable(ctx, im),
        supporterAge,
      },
      missing: [],
      im,
    };
  });
  const status = bestStatus(each.map((e) => e.status));
  if (status === 'fail') return undefined;
  const chosen = each.filter((e) => e.status === status);
  const checks = [
    toCheck(
      'adult_severe_disability',
      'adult_severe_disability',
      finding(
        'single.adult',
        status,
        { parts: flat(chosen, (e) => (e.part ? [e.part] : [])) },
        cites,
        flat(chosen, (e) => e.missing),
      ),
    ),
  ];
  // The person's own income: the best of the chosen members.
  const own = flat(chosen, (e) => (e.im ? [ownIncomeStatus(ctx, e.im)] : []));
  if (own.length > 0) {
    const best = bestStatus(own.map((o) => o.status));
    const picked = own.filter((o) => o.status === best);
    checks.push(
      toCheck(
        'own_income',
        'own_income',
        finding(
          'single.ownIncome',
          best,
          { parts: picked.map((o) => o.part) },
          cites,
          best === 'unknown' ? flat(picked, (o) => o.missing) : [],
        ),
      ),
    );
  }
  checks.push(ctx.propertyCheck(ctx.h.hukou));
  // If the whole household already meets 低保, it applies together (not a single application).
  const income = ctx.incomeAssessment('dibao');
  if (income.kind === 'assessed') {
    const whole = compareWithDibaoStandard(ctx, income.assessment);
    if (whole.status === 'pass') checks.push(wholeHouseholdCheck(whole, [...cites, ...ctx.cite('dibao.core')]));
  }
  return checks;
}
