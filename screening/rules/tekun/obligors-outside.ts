/**
 * 特困人员认定办法 第八条: "法定义务人符合下列情形之一的，应当认定为本办法所称的无履行义务能力：
 * （一）特困人员；（二）60周岁以上的最低生活保障对象；（三）70周岁以上的老年人，本人收入低于当地上年
 * 人均可支配收入，且其财产符合当地低收入家庭财产状况规定的；（四）重度残疾人和残疾等级为三级的智力、
 * 精神残疾人，本人收入低于当地上年人均可支配收入，且其财产符合当地低收入家庭财产状况规定的；
 * （五）无民事行为能力、被宣告失踪或者在监狱服刑的人员，且其财产符合当地低收入家庭财产状况规定的；
 * （六）省、自治区、直辖市人民政府规定的其他情形。"
 * Here: obligors living outside the household (as the resident describes them), and relatives left
 * out of the household count (办法第七条 second paragraph), who are still legal obligors.
 */
import type { Obligor } from '../../model/household.ts';
import type { CheckStatus } from '../../model/report.ts';
import { flat } from '../../engine/checks.ts';
import type { ObligorPart } from '../../catalogue/tekun.ts';
import { type IndexedMember, ref } from '../common/household.ts';
import type { RuleContext } from '../common/context.ts';

type Open = { status: CheckStatus; missing: string[] };

/** 第八条（三）（四）"本人收入低于……且其财产符合……": both facts as the resident gave them; `p` is the obligor's path. */
function lowMeans(o: Obligor, p: string): Open {
  const facts: [boolean | undefined, string][] = [
    [o.incomeBelowLocalAverage, `${p}.incomeBelowLocalAverage`],
    [o.propertyWithinLowIncomeRules, `${p}.propertyWithinLowIncomeRules`],
  ];
  if (facts.some(([v]) => v === false)) return { status: 'fail', missing: [] };
  const unknown = facts.filter(([v]) => v === undefined).map(([, path]) => path);
  return unknown.length > 0 ? { status: 'unknown', missing: unknown } : { status: 'pass', missing: [] };
}

/** Is this obligor outside the household unable to fulfil the duty? pass = unable, fail = able, unknown = ask. */
export function obligorUnable(o: Obligor, i: number, ctx: RuleContext): Open {
  const dibaoAge = ctx.res.get('obligor.dibaoRecipientAge');
  const elderlyAge = ctx.res.get('obligor.elderlyAge');
  const p = `obligors.list[${i}]`;
  const routes: Open[] = [];
  // (一) 特困人员.
  if (o.status === 'tekun') return { status: 'pass', missing: [] };
  // A working-age obligor in good health meets none of (二)–(五).
  if (o.ableBodiedAdult === true) return { status: 'fail', missing: [] };
  // (二) 60 周岁以上的最低生活保障对象.
  if (o.status === 'dibao') {
    if (o.age === undefined) routes.push({ status: 'unknown', missing: [`${p}.age`] });
    else if (o.age >= dibaoAge) return { status: 'pass', missing: [] };
  }
  if (o.status === undefined) routes.push({ status: 'unknown', missing: [`${p}.status`] });
  // (三) 70 周岁以上的老年人, with low income and property.
  if (o.age === undefined) routes.push({ status: 'unknown', missing: [`${p}.age`] });
  else if (o.age >= elderlyAge) routes.push(lowMeans(o, p));
  // (四) 重度残疾人和三级智力残疾人、三级精神残疾人, with low income and property.
  if (o.severeDisability === undefined) routes.push({ status: 'unknown', missing: [`${p}.severeDisability`] });
  else if (o.severeDisability) routes.push(lowMeans(o, p));
  // (五) 无民事行为能力、被宣告失踪或者在监狱服刑的人员, with low property.
  if (o.noCivilCapacity || o.declaredMissing || o.imprisoned) {
    routes.push(
      o.propertyWithinLowIncomeRules === undefined
        ? { status: 'unknown', missing: [`${p}.propertyWithinLowIncomeRules`] }
        : { status: o.propertyWithinLowIncomeRules ? 'pass' : 'fail', missing: [] },
    );
  }
  if (routes.some((r) => r.status === 'pass')) return { status: 'pass', missing: [] };
  const open = routes.filter((r) => r.status === 'unknown');
  if (open.length > 0) return { status: 'unknown', missing: flat(open, (r) => r.missing) };
  return { status: 'fail', missing: [] };
}

export type ObligorFinding = { status: CheckStatus; parts: ObligorPart[]; missing: string[] };

/**
 * A relative left out of the household count is still a legal obligor. In prison or declared
 * missing: 第八条（五）, so their property is asked. Compulsory rehabilitation and religious
 * personnel fit no listed inability (only （六）, set by the province): the office decides.
 */
export function excludedObligor(ctx: RuleContext, o: IndexedMember): ObligorFinding | undefined {
  const m = o.member;
  const duty = ctx.res.get('obligor.supportRelations');
  if (m.relation === 'other' || (m.relation !== undefined && !duty.includes(m.relation) && m.relation !== 'sibling'))
    return undefined;
  const who = ref(o);
  if (m.excludedReason === 'prison' || m.excludedReason === 'declared_missing') {
    const reason = m.excludedReason;
    if (m.propertyWithinLowIncomeRules === undefined)
      return {
        status: 'unknown',
        parts: [{ kind: 'excludedOpen', who, reason }],
        missing: [`members[${o.index}].propertyWithinLowIncomeRules`],
      };
    return m.propertyWithinLowIncomeRules
      ? { status: 'pass', parts: [{ kind: 'excludedUnable', who, reason }], missing: [] }
      : { status: 'fail', parts: [{ kind: 'excludedAble', who, reason }], missing: [] };
  }
  if (m.excludedReason === 'drug_rehab' || m.excludedReason === 'religious_apart_3y')
    return { status: 'uncertain', parts: [{ kind: 'excludedOffice', who }], missing: [] };
  return undefined;
}
