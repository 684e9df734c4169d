/**
 * The person's own income on the 单人户 route (民政部等 2022 通知 一（一）"符合条件的，纳入低保范围"):
 * the figure given for the member, else the whole household's income when even its total is under
 * the standard; otherwise it is asked. "依靠兄弟姐妹或者60周岁及以上老年人供养的……兄弟姐妹或者60周岁
 * 及以上老年人给付的供养费用，可以视情适当豁免": said when the adults supporting the person are such.
 */
import type { Member } from '../../model/household.ts';
import type { CheckStatus } from '../../model/report.ts';
import { scaleFen, yuanToFen } from '../../engine/money.ts';
import type { OwnPart } from '../../catalogue/single-person.ts';
import { type IndexedMember, ref } from '../common/household.ts';
import type { RuleContext } from '../common/context.ts';
import { hukouUndecided } from '../common/hukou.ts';
import { perCapitaMonthly } from '../income/compare.ts';

export type OwnOption = { status: CheckStatus; part: OwnPart; missing: string[] };

/** Relations are to the applicant (members[0]); whether `o` is a brother or sister of `p`. */
function isSibling(p: Member, o: Member): boolean {
  if (p.relation === 'self') return o.relation === 'sibling';
  if (p.relation === 'sibling') return o.relation === 'self' || o.relation === 'sibling';
  if (p.relation === 'child') return o.relation === 'child';
  return false;
}

/** Whether every adult living with the person is a sibling or of the waivable age. */
export function supportersWaivable(ctx: RuleContext, person: IndexedMember): boolean {
  const adultAge = ctx.res.get('singlePerson.adultAge');
  const elderAge = ctx.res.get('singlePerson.waivableSupporterAge');
  const others = (ctx.members ?? []).filter((o) => o.index !== person.index && (o.member.age ?? 0) >= adultAge);
  return (
    others.length > 0 &&
    others.every((o) => isSibling(person.member, o.member) || (o.member.age !== undefined && o.member.age >= elderAge))
  );
}

export function ownIncomeStatus(ctx: RuleContext, im: IndexedMember): OwnOption {
  const { member: m, index: i } = im;
  const waivable = supportersWaivable(ctx, im);
  const supporterAge = ctx.res.get('singlePerson.waivableSupporterAge');
  const near = ctx.nearLine();
  const results = ctx.hukouOptions().map((hukou): { status: CheckStatus; part: OwnPart } => {
    const standard = ctx.dibaoStandardFen(hukou);
    if (m.ownMonthlyIncome !== undefined) {
      const own = yuanToFen(m.ownMonthlyIncome);
      if (own < standard) return { status: 'pass', part: { kind: 'below', own, hukou, standard } };
      if (own < standard + scaleFen(standard, near))
        return { status: 'uncertain', part: { kind: 'slightlyOver', own, hukou, standard } };
      if (waivable) return { status: 'uncertain', part: { kind: 'overWaivable', own, hukou, standard, supporterAge } };
      return { status: 'fail', part: { kind: 'over', own, hukou, standard } };
    }
    const income = ctx.incomeAssessment('dibao');
    if (income.kind === 'assessed' && income.assessment.missingCategories.length === 0) {
      const total = perCapitaMonthly(income.assessment) * income.assessment.size;
      if (total < standard) return { status: 'pass', part: { kind: 'householdBelow', total, hukou, standard } };
    }
    return { status: 'unknown', part: { kind: 'ask', who: ref(im) } };
  });
  const [first, second] = results;
  if (!first) throw new Error('no hukou option');
  if (!second || first.status === second.status) {
    // Both 户籍 types agree: the first (城市) figure is said.
    return { ...first, missing: first.status === 'unknown' ? [`members[${i}].ownMonthlyIncome`] : [] };
  }
  return {
    status: hukouUndecided(first.status, second.status),
    part: { kind: 'hukou' },
    missing: ['hukou', ...(m.ownMonthlyIncome === undefined ? [`members[${i}].ownMonthlyIncome`] : [])],
  };
}
