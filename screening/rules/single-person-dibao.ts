/**
 * 单人保: one member of a low-income (低保边缘) household applying for 低保 alone.
 *
 * 最低生活保障审核确认办法 第八条: 低保边缘家庭中持有中华人民共和国残疾人证的一级、二级重度残疾人
 * 和三级智力残疾人、三级精神残疾人, and 低保边缘家庭中患有当地有关部门认定的重特大疾病的人员, may
 * apply alone. 运城 (seed rule 3) says "低收入家庭" and leaves its income and property conditions
 * to each county (rule 5); 阳江 (rule 4) says "重病、重残等特殊困难人员" and Guangdong's list adds
 * grade 3–4 intellectual or mental disability (Q7). The edge line is the 低保 standard × the
 * configured multiplier (1.5 by default, Q8), and the household must not already meet 低保.
 *
 * Two routes, either suffices (the better verdict decides):
 * - A: a 重残/重病 member of a 低保边缘 / 低收入 household; a household the county already
 *   recognises as 低收入 (`currentBenefits.lowIncome`) stands in for income and property facts
 *   not given, but not against facts given (办法第八条 and 社会救助法 第二十一条 still require
 *   income under the edge line and property within the rules; the recognition is re-verified);
 * - B: 成年无业重度残疾人 "可以参照‘单人户’提出低保申请" (民政部等 2022 通知 一（一）), with no
 *   边缘 condition but the person's own income and the property test; at best `possible`.
 * A one-person 特困 household is not applicable (see dibao.ts), and the application goes to the
 * 户籍所在地 or, with a 居住证, possibly where the person lives.
 */
import type { Check, ProgramResult, Reason } from '../model/report.ts';
import { bestStatus, check, missingOf, reasonsOf, verdictOf, verdictRank } from '../engine/checks.ts';
import { yuanAfter, scaleFen, yuanToFen } from '../engine/money.ts';
import { perCapitaMonthly } from './shared/income.ts';
import { localCitations } from '../params/citations.ts';
import type { Member } from '../model/household.ts';
import type { GradeLimits } from '../params/types.ts';
import { describeDisability, disabilityPaths, disabilityWithin, type IndexedMember, memberLabel, SIZE_FACT } from './shared/household.ts';
import { type RuleContext, applyPlaceCheck, hukouUndecided } from './shared/context.ts';
import { notOnTekunCheck, serviceOffer } from './dibao.ts';

/**
 * 第八条（二）"患有当地有关部门认定的重特大疾病": a resident who was asked and said the illness is
 * not on the local list has answered no (the route closes); not knowing leaves it to the office.
 */
function illnessStatus(m: Member, list: readonly string[]): { status: Check['status']; text: string } | undefined {
  if (m.seriousIllness !== true) return undefined;
  const name = m.illnessName?.trim();
  if (m.illnessOnLocalList === true) return { status: 'pass', text: `患有当地认定的重特大疾病${name ? `（${name}）` : ''}` };
  if (m.illnessOnLocalList === false) return { status: 'fail', text: `的病${name ? `（${name}）` : ''}不在当地认定的重特大疾病目录内` };
  if (name && list.some((x) => name.includes(x))) {
    return { status: 'uncertain', text: `患有${name}，常见于重特大疾病目录` };
  }
  return { status: 'uncertain', text: `患有重病${name ? `（${name}）` : ''}` };
}

type Option = { status: Check['status']; text: string; missing: string[]; illness?: boolean; assumed?: boolean };

/**
 * Whether any member is in the 单人保 categories; the best member decides. `assumed`: grades that
 * may count only by an assumption read elsewhere (Guangdong grade 4, Q7): at most uncertain.
 */
export function memberCategoryCheck(ctx: RuleContext, limits: GradeLimits, assumed: GradeLimits | null, list: readonly string[], cites: string[]): Check {
  const members = ctx.members;
  const label = '有重度残疾或重病的家庭成员';
  if (!members || members.length === 0) return check('member_category', label, 'unknown', '还不知道家里有没有重度残疾或重病的人。', cites, [SIZE_FACT]);
  const found: Option[] = [];
  const notOnList: string[] = [];
  for (const im of members) {
    const { member: m, index: i } = im;
    const d = disabilityWithin(m, limits);
    const byAssumption = d === 'no' && assumed ? disabilityWithin(m, assumed) : 'no';
    const ill = illnessStatus(m, list);
    const options: Option[] = [];
    if (d === 'yes') options.push({ status: 'pass', text: `${memberLabel(im)}是${describeDisability(m)}人`, missing: [] });
    if (d === 'maybe') options.push({ status: 'uncertain', text: `${memberLabel(im)}是${describeDisability(m)}人（多重残疾按其中最重的一类定级，是否属于重度残疾以当地认定为准）`, missing: [] });
    if (byAssumption === 'yes' || byAssumption === 'maybe') {
      options.push({
        status: 'uncertain',
        text: `${memberLabel(im)}是${describeDisability(m)}人：国家规定的单独申请范围是一、二级重度残疾和三级智力、精神残疾；省里有的城市把四级智力、精神残疾也列入了，${ctx.res.city.name}的规定没有找到，能否单独申请以当地认定为准`,
        missing: [],
        assumed: true,
      });
    }
    if (d === 'unknown' || byAssumption === 'unknown') options.push({ status: 'unknown', text: `${memberLabel(im)}的残疾情况还不清楚`, missing: disabilityPaths(m, i) });
    if (ill?.status === 'fail') notOnList.push(`${memberLabel(im)}${ill.text}`);
    else if (ill) options.push({ status: ill.status, text: `${memberLabel(im)}${ill.text}`, missing: [], illness: ill.status === 'uncertain' });
    if (m.seriousIllness === undefined) options.push({ status: 'unknown', text: `${memberLabel(im)}是否患重病还不清楚`, missing: [`members[${i}].seriousIllness`] });
    const best = bestStatus(options.map((o) => o.status));
    if (options.length > 0) found.push(...options.filter((o) => o.status === best));
  }
  const status = bestStatus(found.map((f) => f.status));
  if (status === 'fail' || found.length === 0) {
    const said = notOnList.length > 0 ? `${notOnList.join('；')}。` : '';
    return check('member_category', label, 'fail', `${said}家里没有一、二级重度残疾人，三级智力、精神残疾人或患当地认定的重特大疾病的人，不属于单独申请的范围。`, cites);
  }
  const chosen = found.filter((f) => f.status === status);
  const said = chosen.map((f) => f.text).join('；');
  const text =
    status === 'unknown'
      ? `${said}。`
      : status === 'pass'
        ? `${said}，属于可以单独申请低保的人员。`
        : chosen.some((f) => f.illness)
          ? `${said}：属于当地认定的重特大疾病的，可以单独申请低保，以当地目录为准。`
          : chosen.every((f) => f.assumed)
            ? `${said}。`
            : `${said}：以当地认定为准。`;
  return check('member_category', label, status, text, cites, status === 'unknown' ? chosen.flatMap((f) => f.missing) : []);
}

/** "家庭人均月收入 824 元，…" said in `first`: `second` starting with the same figure goes on from it. */
function withoutRepeatedHead(first: string, second: string): string {
  const head = /^(?:仅已知的收入，)?家庭人均月收入 [\d,.]+ 元，/.exec(second)?.[0];
  return head && first.startsWith(head) ? `按这个收入，${second.slice(head.length)}` : second;
}

function hukouName(hk: 'urban' | 'rural'): string {
  return hk === 'urban' ? '城市' : '农村';
}

/**
 * Route A, 最低生活保障审核确认办法 第八条 and the seeds: a seriously disabled or ill member of a
 * 低保边缘 / 低收入 household. A household the county already recognises as 低收入（低保边缘）家庭
 * (`currentBenefits.lowIncome`) meets the income and property condition by that recognition: the
 * county sets those conditions (运城 rule 5: "各县（市、区）要明确低收入家庭收入财产认定条件").
 */
function edgeHouseholdRoute(ctx: RuleContext): Check[] {
  const h = ctx.h;
  const scope = ctx.cite('single.scope');
  const edgeCites = ctx.cite('single.edge');
  const multiplier = ctx.res.get('edge.multiplier');
  const limits = ctx.res.get('singlePerson.disabilityGrades');
  const assumed = ctx.res.get('singlePerson.disabilityGradesAssumed');
  const list = ctx.res.get('singlePerson.illnessList');
  const recognised = h.currentBenefits?.lowIncome === true;
  const checks: Check[] = [];

  const income = ctx.incomeAssessment('dibao');
  const RECOGNISED = '你家已被认定为低收入（低保边缘）家庭，符合单独申请对家庭的要求。';
  const REVERIFY = '你家虽已被认定为低收入（低保边缘）家庭，申请时会按现在的情况重新核实。';
  if (income.kind === 'unknown') {
    if (recognised) {
      checks.push(check('edge_income', '低收入（低保边缘）家庭', 'pass', RECOGNISED, edgeCites));
    } else {
      checks.push(check('edge_income', '家庭人均收入低于低保边缘标准', 'unknown', income.text, edgeCites, income.missing));
    }
  } else {
    const a = income.assessment;
    const whole = ctx.compareWithDibaoStandard(a);
    if (whole.status === 'pass') {
      checks.push(wholeHouseholdCheck(ctx, whole.text, [...scope, ...ctx.cite('dibao.core')]));
    } else if (whole.status === 'unknown' && !recognised) {
      checks.push(check('not_whole_household', '不符合全家低保条件', 'unknown', whole.text, scope, whole.missing));
    } else {
      checks.push(check('not_whole_household', '不符合全家低保条件', 'pass', `${whole.text}全家不一定符合低保，可以看单独申请。`, scope));
    }
    const edgeCmp = ctx.compareByHukou(a, (hk) => ({
      fen: scaleFen(ctx.dibaoStandardFen(hk), multiplier),
      name: '低保边缘线',
      note: `（${hukouName(hk)}低保标准的 ${multiplier} 倍）`,
      generic: `低保标准 ${multiplier} 倍的低保边缘线`,
    }));
    // The per-capita figure was just said in the 低保 comparison: do not say it again. Not when the
    // edge check fails: an unlikely verdict shows only the failing reasons, so it keeps the figure.
    const edge = edgeCmp.status === 'fail' ? edgeCmp : { ...edgeCmp, text: withoutRepeatedHead(whole.text, edgeCmp.text) };
    if (recognised && edge.status !== 'fail') {
      // Within the near-line band (or 户籍 type undecided) the county's recognition decides.
      checks.push(check('edge_income', '低收入（低保边缘）家庭', 'pass', RECOGNISED, edgeCites));
    } else if (recognised) {
      checks.push(check('edge_income', '家庭人均收入低于低保边缘标准', 'fail', `${edge.text}${REVERIFY}`, [...edgeCites, ...edge.citations]));
    } else {
      checks.push(check('edge_income', '家庭人均收入低于低保边缘标准', edge.status, edge.text, [...edgeCites, ...edge.citations], edge.missing));
    }
  }
  const property = ctx.propertyCheck(h.hukou);
  if (recognised && property.status === 'unknown') {
    checks.push(check(property.id, property.label, 'pass', '低收入家庭的财产状况已经当地认定。', property.citations));
  } else if (recognised && (property.status === 'uncertain' || property.status === 'fail')) {
    checks.push({ ...property, text: `${property.text}${REVERIFY}` });
  } else {
    checks.push(property);
  }
  checks.push(memberCategoryCheck(ctx, limits, assumed, list, [...scope, ...(assumed ? ctx.paramClauses('singlePerson.disabilityGradesAssumed') : [])]));
  return checks;
}

/**
 * When the whole household's income is under the 低保 standard it applies together: 民政部等 2022
 * 通知 一（一）"申请家庭符合条件的，不得仅将个别家庭成员纳入低保范围"; 办法第八条 (边缘家庭 are those
 * that do not meet 低保). Said as a condition on income only: property and the rest are checked
 * under 低保, which may still turn out unlikely.
 */
function wholeHouseholdCheck(ctx: RuleContext, incomeText: string, cites: string[]): Check {
  return check('not_whole_household', '不符合全家低保条件', 'fail', `${incomeText}按收入看全家在低保标准以下，应当全家一起申请低保，不需要单独申请。`, cites);
}

/** 2022 通知 一（一）: support from siblings or people aged 60+ "可以视情适当豁免". */
function supportersWaivable(ctx: RuleContext, person: IndexedMember): boolean {
  const adultAge = ctx.res.get('singlePerson.adultAge');
  const others = (ctx.members ?? []).filter((o) => o.index !== person.index && (o.member.age ?? 0) >= adultAge);
  return others.length > 0 && others.every((o) => isSibling(person.member, o.member) || (o.member.age !== undefined && o.member.age >= 60));
}

/** Relations are to the applicant (members[0]); whether `o` is a brother or sister of `p`. */
function isSibling(p: Member, o: Member): boolean {
  if (p.relation === 'self') return o.relation === 'sibling';
  if (p.relation === 'sibling') return o.relation === 'self' || o.relation === 'sibling';
  if (p.relation === 'child') return o.relation === 'child';
  return false;
}

/**
 * The person's own income for the 单人户 route: the figure given for the member, else the whole
 * household's income when even its total is under the standard; otherwise it is asked.
 */
function ownIncomeStatus(ctx: RuleContext, im: IndexedMember): Option {
  const { member: m, index: i } = im;
  const waivable = supportersWaivable(ctx, im);
  const waiver = waivable ? '兄弟姐妹或60周岁以上老人给的供养费可以视情豁免' : '';
  const near = ctx.nearLine();
  const results = ctx.hukouOptions().map((hk) => {
    const std = ctx.dibaoStandardFen(hk);
    const name = `${hk === 'urban' ? '城市' : '农村'}低保标准${yuanAfter(std)}`;
    if (m.ownMonthlyIncome !== undefined) {
      const own = yuanToFen(m.ownMonthlyIncome);
      const head = `本人每月收入${yuanAfter(own)}`;
      if (own < std) return { status: 'pass' as const, text: `${head}，低于${name}` };
      if (own < std + scaleFen(std, near)) return { status: 'uncertain' as const, text: `${head}，略高于${name}，以核对为准` };
      if (waivable) return { status: 'uncertain' as const, text: `${head}，高于${name}；其中${waiver}，以当地核算为准` };
      return { status: 'fail' as const, text: `${head}，高于${name}` };
    }
    const income = ctx.incomeAssessment('dibao');
    if (income.kind === 'assessed' && income.assessment.missingCategories.length === 0) {
      const total = perCapitaMonthly(income.assessment) * income.assessment.size;
      if (total < std) return { status: 'pass' as const, text: `全家每月收入合计${yuanAfter(total)}，已低于${name}，本人收入只会更低` };
    }
    return { status: 'unknown' as const, text: `还需要知道${memberLabel(im)}本人每月的收入（含家人给的供养费）` };
  });
  const [first, second] = results;
  if (!first) throw new Error('no 户籍 option');
  if (!second || first.status === second.status) {
    const r = second && first.status === 'pass' ? (first.text.length <= second.text.length ? first : second) : first;
    return { status: r.status, text: r.text, missing: r.status === 'unknown' ? [`members[${i}].ownMonthlyIncome`] : [] };
  }
  return {
    status: hukouUndecided(first.status, second.status),
    text: '城市和农村的低保标准不同，需要知道户口是城市还是农村',
    missing: ['hukou', ...(m.ownMonthlyIncome === undefined ? [`members[${i}].ownMonthlyIncome`] : [])],
  };
}

/**
 * Route B, 民政部等《关于进一步做好最低生活保障等社会救助兜底工作的通知》(2022-10-20) 一（一）:
 * "成年无业重度残疾人可以参照“单人户”提出低保申请。依靠兄弟姐妹或者60周岁及以上老年人供养的
 * 成年无业重度残疾人，在评估认定其家庭经济状况时，兄弟姐妹或者60周岁及以上老年人给付的供养费用，
 * 可以视情适当豁免，符合条件的，纳入低保范围". No 边缘 condition, and only this clause is cited
 * for the route (办法第八条 and the 运城/阳江 单人保 clauses require a 边缘/低收入 household). Still
 * "符合条件的": the person's own income is compared with the 低保 standard and the property test is
 * run (the household's declared property stands in for the person's; the office checks it). The
 * waiver is mentioned only when the adults supporting the person are siblings or aged 60+.
 */
function adultSevereDisabilityRoute(ctx: RuleContext): Check[] | undefined {
  if (!ctx.res.get('singlePerson.adultSevereDisabilityRoute')) return undefined;
  const members = ctx.members;
  if (!members || members.length === 0) return undefined;
  const adultAge = ctx.res.get('singlePerson.adultAge');
  const limits = ctx.res.get('singlePerson.severeDisabilityGrades');
  const cites = ctx.cite('single.adultSevereDisability');
  const label = '成年、无业的重度残疾人（参照单人户申请）';
  type Candidate = Option & { im?: IndexedMember };
  const each: Candidate[] = members.map((im) => {
    const { member: m, index: i } = im;
    const d = disabilityWithin(m, limits);
    if (d === 'no' || (m.age !== undefined && m.age < adultAge) || m.employed === true) return { status: 'fail', text: '', missing: [] };
    const missing = [
      ...(m.age === undefined ? [`members[${i}].age`] : []),
      ...(d === 'unknown' ? disabilityPaths(m, i) : []),
      ...(m.employed === undefined ? [`members[${i}].employed`] : []),
    ];
    if (missing.length > 0) return { status: 'unknown', text: `${memberLabel(im)}如果是成年、没有工作的一、二级重度残疾人，可以参照“单人户”单独申请低保；还需要了解其年龄、残疾等级和是否工作`, missing, im };
    const waiver = supportersWaivable(ctx, im) ? '；靠兄弟姐妹或60周岁以上老人供养的，他们给的供养费可以视情豁免' : '';
    return { status: 'uncertain', text: `${memberLabel(im)}是成年、没有工作的${describeDisability(m)}人，可以参照“单人户”单独申请低保，按本人的收入、财产审核${waiver}`, missing: [], im };
  });
  const status = bestStatus(each.map((e) => e.status));
  if (status === 'fail') return undefined;
  const chosen = each.filter((e) => e.status === status);
  const checks = [check('adult_severe_disability', label, status, `${chosen.map((e) => e.text).join('；')}。`, cites, chosen.flatMap((e) => e.missing))];
  // The person's own income: the best of the chosen members.
  const own = chosen.flatMap((e) => (e.im ? [ownIncomeStatus(ctx, e.im)] : []));
  if (own.length > 0) {
    const best = bestStatus(own.map((o) => o.status));
    const picked = own.filter((o) => o.status === best);
    checks.push(check('own_income', '本人收入低于低保标准', best, `${picked.map((o) => o.text).join('；')}。`, cites, best === 'unknown' ? picked.flatMap((o) => o.missing) : []));
  }
  checks.push(ctx.propertyCheck(ctx.h.hukou));
  // If the whole household already meets 低保, it applies together (not a single application).
  const income = ctx.incomeAssessment('dibao');
  if (income.kind === 'assessed') {
    const whole = ctx.compareWithDibaoStandard(income.assessment);
    if (whole.status === 'pass') checks.push(wholeHouseholdCheck(ctx, whole.text, [...cites, ...ctx.cite('dibao.core')]));
  }
  return checks;
}

/**
 * A 低收入（低保边缘）household with nobody who may apply alone still has a route: 专项救助.
 * 运城 二（四）"符合教育、医疗、住房、就业等专项救助条件的，由相关部门依规纳入相应救助范围"; 阳江
 * 二（五）the same; 社会救助法 第二十一条 "对……最低生活保障边缘家庭，……给予相应的医疗、教育、住房、
 * 就业等社会救助". Offered when the household is (or may be) under the edge line and not under
 * the 低保 standard itself.
 */
export function offersSpecialAssistance(checks: readonly Check[]): boolean {
  const status = (id: string) => checks.find((c) => c.id === id)?.status;
  const edge = status('edge_income');
  return status('member_category') === 'fail' && (edge === 'pass' || edge === 'uncertain') && status('not_whole_household') !== 'fail';
}

function specialAssistanceOffer(ctx: RuleContext, routeA: readonly Check[]): Reason | undefined {
  if (!offersSpecialAssistance(routeA)) return undefined;
  return {
    text: '你家可能属于低收入（低保边缘）家庭：虽然没有可以单独申请低保的人，看病、上学、住房、就业有困难的，可以申请医疗、教育、住房、就业等专项救助。',
    citations: ctx.cite('special'),
  };
}

export function singlePersonDibaoRule(ctx: RuleContext): ProgramResult {
  const scope = ctx.cite('single.scope');
  const multiplier = ctx.res.get('edge.multiplier');
  const common: Check[] = [];
  const place = applyPlaceCheck(ctx, 'dibao');
  if (place) common.push(place);
  const tekun = notOnTekunCheck(ctx);
  if (tekun) common.push(tekun);

  const routeA = [...common, ...edgeHouseholdRoute(ctx)];
  const b = adultSevereDisabilityRoute(ctx);
  const routeB = b ? [...common, ...b] : undefined;
  // Either route suffices: the better verdict decides (route A on a tie, the main one).
  const checks = routeB && verdictRank(verdictOf(routeB)) > verdictRank(verdictOf(routeA)) ? routeB : routeA;
  const verdict = verdictOf(checks);
  const extra: Reason[] = [];

  const countyRule = localCitations(ctx.city, 'single.edge');
  if (checks === routeA && countyRule.length > 0 && verdict !== 'unlikely' && ctx.h.currentBenefits?.lowIncome !== true) {
    extra.push({
      text: `低收入家庭的收入、财产认定条件由各县（市、区）确定；这里按低保标准的 ${multiplier} 倍估计，以县里的规定为准。`,
      citations: countyRule,
    });
  }
  if (verdict === 'likely' || verdict === 'possible') {
    // Route B rests on the 2022 notice alone (its 单人户 is not the 边缘家庭 单人保 of 办法第八条).
    extra.push({
      text: '单独申请时，只把这位重残或重病的家庭成员按“单人户”纳入低保，金额由当地确定。',
      citations: checks === routeA ? scope : ctx.cite('single.adultSevereDisability'),
    });
    const service = serviceOffer(ctx);
    if (service) extra.push(service);
  }
  const special = specialAssistanceOffer(ctx, routeA);
  if (special) extra.push(special);
  // An unlikely verdict is explained by what fails, not by the conditions that happen to be met.
  const shown = verdict === 'unlikely' ? checks.filter((c) => c.status === 'fail') : checks;
  return { program: 'single_person_dibao', verdict, reasons: reasonsOf(shown, extra), missing: missingOf(checks), checks, alternatives: [] };
}
