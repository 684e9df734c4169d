/**
 * 单人保: one member of a low-income (低保边缘) household applying for 低保 alone.
 *
 * 最低生活保障审核确认办法 第八条: 低保边缘家庭中持有中华人民共和国残疾人证的一级、二级重度残疾人
 * 和三级智力残疾人、三级精神残疾人, and 低保边缘家庭中患有当地有关部门认定的重特大疾病的人员, may
 * apply alone. 运城 (seed rule 3) says "低收入家庭" and leaves its income and property conditions
 * to each county (rule 5); 阳江 (rule 4) says "重病、重残等特殊困难人员" and Guangdong's list adds
 * grade 3–4 intellectual or mental disability (Q7). The edge line is the 低保 standard × the
 * configured multiplier (1.5 by default, Q8), and the household must not already meet 低保.
 */
import type { Check, ProgramResult, Reason } from '../model/report.ts';
import { bestStatus, check, missingOf, reasonsOf, verdictOf } from '../engine/checks.ts';
import { scaleFen } from '../engine/money.ts';
import { localCitations } from '../params/citations.ts';
import type { Member } from '../model/household.ts';
import type { GradeLimits } from '../params/types.ts';
import { countedMembers, describeDisability, disabilityPaths, disabilityWithin, memberLabel, SIZE_FACT } from './shared/household.ts';
import { type RuleContext, demoNote } from './shared/context.ts';

function illnessStatus(m: Member, list: readonly string[]): { status: Check['status']; text: string } | undefined {
  if (m.seriousIllness !== true) return undefined;
  if (m.illnessOnLocalList === true) return { status: 'pass', text: `患有当地认定的重特大疾病${m.illnessName ? `（${m.illnessName}）` : ''}` };
  const name = m.illnessName?.trim();
  if (name && list.some((x) => name.includes(x))) {
    return { status: 'uncertain', text: `患有${name}，常见于重特大疾病目录，以当地目录为准` };
  }
  return { status: 'uncertain', text: `患有重病${name ? `（${name}）` : ''}，是否属于当地重特大疾病目录需要确认` };
}

/** Whether any member is in the 单人保 categories; the best member decides. */
export function memberCategoryCheck(ctx: RuleContext, limits: GradeLimits, list: readonly string[], cites: string[]): Check {
  const members = countedMembers(ctx.h);
  const label = '有重度残疾或重病的家庭成员';
  if (!members || members.length === 0) return check('member_category', label, 'unknown', '还不知道家里有没有重度残疾或重病的人。', cites, [SIZE_FACT]);
  const found: { status: Check['status']; text: string; missing: string[] }[] = [];
  for (const im of members) {
    const { member: m, index: i } = im;
    const d = disabilityWithin(m, limits);
    const ill = illnessStatus(m, list);
    const options: { status: Check['status']; text: string; missing: string[] }[] = [];
    if (d === 'yes') options.push({ status: 'pass', text: `${memberLabel(im)}是${describeDisability(m)}`, missing: [] });
    if (d === 'unknown') options.push({ status: 'unknown', text: `${memberLabel(im)}的残疾情况还不清楚`, missing: disabilityPaths(m, i) });
    if (ill) options.push({ ...ill, text: `${memberLabel(im)}${ill.text}`, missing: [] });
    if (m.seriousIllness === undefined) options.push({ status: 'unknown', text: `${memberLabel(im)}是否患重病还不清楚`, missing: [`members[${i}].seriousIllness`] });
    const best = bestStatus(options.map((o) => o.status));
    if (options.length > 0) found.push(...options.filter((o) => o.status === best));
  }
  const status = bestStatus(found.map((f) => f.status));
  if (status === 'fail' || found.length === 0) {
    return check('member_category', label, 'fail', '家里没有一、二级重度残疾人，三级智力、精神残疾人或重病患者，不属于单独申请的范围。', cites);
  }
  const chosen = found.filter((f) => f.status === status);
  const text =
    status === 'unknown'
      ? `${chosen.map((f) => f.text).join('；')}。`
      : `${chosen.map((f) => f.text).join('；')}，属于可以单独申请低保的人员${status === 'uncertain' ? '（以当地认定为准）' : ''}。`;
  return check('member_category', label, status, text, cites, status === 'unknown' ? chosen.flatMap((f) => f.missing) : []);
}

export function singlePersonDibaoRule(ctx: RuleContext): ProgramResult {
  const h = ctx.h;
  const res = ctx.res;
  const scope = ctx.cite('single.scope');
  const edgeCites = ctx.cite('single.edge');
  const multiplier = res.get('edge.multiplier');
  const limits = res.get('singlePerson.disabilityGrades');
  const list = res.get('singlePerson.illnessList');
  const checks: Check[] = [];
  const extra: Reason[] = [];

  const income = ctx.incomeAssessment('dibao');
  if (income.kind === 'unknown') {
    checks.push(check('edge_income', '家庭人均收入低于低保边缘标准', 'unknown', income.text, edgeCites, income.missing));
  } else {
    const a = income.assessment;
    const hukouName = (hk: 'urban' | 'rural') => (hk === 'urban' ? '城市' : '农村');
    const whole = ctx.compareByHukou(a, (hk) => ({ fen: ctx.dibaoStandardFen(hk), name: `${hukouName(hk)}低保标准` }));
    const demo = demoNote(ctx, 'dibao.standardMonthly.urban', 'dibao.standardMonthly.rural');
    if (whole.status === 'pass') {
      checks.push(check('not_whole_household', '不符合全家低保条件', 'fail', `${whole.text}全家可以按低保申请，不需要单独申请。`, [...scope, ...ctx.cite('dibao.core')]));
    } else if (whole.status === 'unknown') {
      checks.push(check('not_whole_household', '不符合全家低保条件', 'unknown', whole.text, scope, whole.missing));
    } else {
      checks.push(check('not_whole_household', '不符合全家低保条件', 'pass', `${whole.text}全家不一定符合低保，可以看单独申请。`, scope));
    }
    const edge = ctx.compareByHukou(a, (hk) => ({
      fen: scaleFen(ctx.dibaoStandardFen(hk), multiplier),
      name: `低保边缘标准（${hukouName(hk)}低保标准的 ${multiplier} 倍）`,
    }));
    checks.push(check('edge_income', '家庭人均收入低于低保边缘标准', edge.status, `${edge.text}${demo}`, [...edgeCites, ...edge.citations], edge.missing));
  }
  checks.push(ctx.propertyCheck(h.hukou));
  checks.push(memberCategoryCheck(ctx, limits, list, scope));

  const countyRule = localCitations(ctx.city, 'single.edge');
  if (countyRule.length > 0) {
    extra.push({
      text: `低收入家庭的收入、财产认定条件由各县（市、区）确定；这里按低保标准的 ${multiplier} 倍估计，以县里的规定为准。`,
      citations: countyRule,
    });
  }
  const verdict = verdictOf(checks);
  if (verdict === 'likely' || verdict === 'possible') {
    extra.push({ text: '单独申请时，只把这位重残或重病的家庭成员按“单人户”纳入低保，金额由当地确定。', citations: scope });
  }
  return { program: 'single_person_dibao', verdict, reasons: reasonsOf(checks, extra), missing: missingOf(checks), checks, alternatives: [] };
}
