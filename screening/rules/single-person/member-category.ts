/**
 * 最低生活保障审核确认办法 第八条: "符合下列情形之一的人员，可以单独提出申请：（一）最低生活保障边缘
 * 家庭中持有中华人民共和国残疾人证的一级、二级重度残疾人和三级智力残疾人、三级精神残疾人；（二）最低
 * 生活保障边缘家庭中患有当地有关部门认定的重特大疾病的人员；……"
 * The city's notice may restate the scope (`singlePerson.disabilityGrades`, e.g. "一、二级重度残疾人，
 * 三级智力、精神残疾人，重病患者", or "重病、重残等特殊困难人员"). Grades 1–2 count whatever the kind.
 * Grades read only in another city's notice (`singlePerson.disabilityGradesAssumed`, Q7) are at most
 * `uncertain`, said so. An
 * illness the resident says is not on the local list closes that route; not knowing leaves it to
 * the office. The best member decides.
 */
import type { Member } from '../../model/household.ts';
import type { Check, CheckStatus } from '../../model/report.ts';
import { bestStatus, flat } from '../../engine/checks.ts';
import { finding, toCheck } from '../../engine/findings.ts';
import type { CategoryPart } from '../../catalogue/single-person.ts';
import type { GradeLimits } from '../../params/types.ts';
import { disabilityPaths, disabilityWithin, ref, SIZE_FACT } from '../common/household.ts';
import type { RuleContext } from '../common/context.ts';

type Option = { status: CheckStatus; part: CategoryPart; missing: string[]; illness?: boolean; assumed?: boolean };

/** 第八条（二）: what the resident said about the illness and the local list. */
function illness(
  m: Member,
  who: CategoryPart['who'],
  list: readonly string[],
): { status: CheckStatus; part: CategoryPart } | undefined {
  if (m.seriousIllness !== true) return undefined;
  const name = m.illnessName?.trim() || undefined;
  const named = name ? { name } : {};
  if (m.illnessOnLocalList === true) return { status: 'pass', part: { kind: 'illnessListed', who, ...named } };
  if (m.illnessOnLocalList === false) return { status: 'fail', part: { kind: 'notOnList', who, ...named } };
  if (name && list.some((x) => name.includes(x)))
    return { status: 'uncertain', part: { kind: 'illnessNamed', who, name } };
  return { status: 'uncertain', part: { kind: 'illness', who, ...named } };
}

export function memberCategoryCheck(
  ctx: RuleContext,
  limits: GradeLimits,
  assumed: GradeLimits | null,
  list: readonly string[],
  cites: string[],
): Check {
  const members = ctx.members;
  if (!members || members.length === 0)
    return toCheck(
      'member_category',
      'member_category',
      finding('single.membersUnknown', 'unknown', {}, cites, [SIZE_FACT]),
    );
  const found: Option[] = [];
  const notOnList: CategoryPart[] = [];
  for (const im of members) {
    const { member: m, index: i } = im;
    const who = ref(im);
    const d = disabilityWithin(m, limits);
    const byAssumption = d === 'no' && assumed ? disabilityWithin(m, assumed) : 'no';
    const ill = illness(m, who, list);
    const options: Option[] = [];
    if (d === 'yes')
      options.push({ status: 'pass', part: { kind: 'disabled', who, disability: m.disability }, missing: [] });
    if (d === 'maybe')
      options.push({ status: 'uncertain', part: { kind: 'multiple', who, disability: m.disability }, missing: [] });
    if (byAssumption === 'yes' || byAssumption === 'maybe') {
      options.push({
        status: 'uncertain',
        part: { kind: 'assumed', who, disability: m.disability, city: ctx.res.city.name },
        missing: [],
        assumed: true,
      });
    }
    if (d === 'unknown' || byAssumption === 'unknown')
      options.push({ status: 'unknown', part: { kind: 'disabilityUnknown', who }, missing: disabilityPaths(m, i) });
    if (ill?.status === 'fail') notOnList.push(ill.part);
    else if (ill)
      options.push({ status: ill.status, part: ill.part, missing: [], illness: ill.status === 'uncertain' });
    if (m.seriousIllness === undefined)
      options.push({
        status: 'unknown',
        part: { kind: 'illnessUnknown', who },
        missing: [`members[${i}].seriousIllness`],
      });
    const best = bestStatus(options.map((o) => o.status));
    if (options.length > 0) found.push(...options.filter((o) => o.status === best));
  }
  const status = bestStatus(found.map((f) => f.status));
  if (status === 'fail' || found.length === 0)
    return toCheck('member_category', 'member_category', finding('single.categoryNone', 'fail', { notOnList }, cites));
  const chosen = found.filter((f) => f.status === status);
  const parts = chosen.map((f) => f.part);
  const code =
    status === 'unknown'
      ? 'single.categoryOpen'
      : status === 'pass'
        ? 'single.categoryMet'
        : chosen.some((f) => f.illness)
          ? 'single.categoryIllness'
          : chosen.every((f) => f.assumed)
            ? 'single.categoryOpen'
            : 'single.categoryLocal';
  return toCheck(
    'member_category',
    'member_category',
    finding(code, status, { parts }, cites, status === 'unknown' ? flat(chosen, (f) => f.missing) : []),
  );
}
