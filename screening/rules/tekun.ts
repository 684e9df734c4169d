/**
 * 特困人员救助供养 (tekun), assessed for each member who could be a 特困 person.
 *
 * 特困人员认定办法 第四条: 老年人、残疾人以及未满十六周岁的未成年人，同时具备以下条件的，应当依法
 * 纳入特困人员救助供养范围：（一）无劳动能力；（二）无生活来源；（三）无法定赡养、抚养、扶养义务人
 * 或者其法定义务人无履行义务能力。
 * - 无劳动能力 (第五条): 60 or over, under 16, or a disability of the listed kinds and grades.
 *   Ages 16–17: coverage was extended to 18 (改革完善社会救助制度的意见) but whether a 16- or
 *   17-year-old can be newly recognised differs by province (Q6): `possible`, never `unlikely`.
 * - 无生活来源 (第六条): income below the 低保 standard (基础养老金 not counted) and property
 *   within the local 特困 rules.
 * - 义务人无履行义务能力 (第八条): obligor is 特困; on 低保 and 60+; 70+ with low income and
 *   property; severely disabled with low income and property; no civil capacity, missing or
 *   in prison with low property.
 * - 第九条: a minor who is also an orphan or 事实无人抚养儿童 chooses one scheme.
 * Amount (阳江 seed rules 14 and 15): basic standard ≥ max(1.6 × 低保 standard, current 特困
 * standard); care standard 2% / 30% / 60% of the minimum wage by self-care tier (第二十二条).
 */
import type { Member, Obligor } from '../model/household.ts';
import type { Check, CheckStatus, ProgramResult, Reason } from '../model/report.ts';
import { check, combineStatus, missingOf, reasonsOf, verdictOf, verdictRank } from '../engine/checks.ts';
import { type Fen, fenToWholeYuan, formatYuan, scaleFen, yuanToFen } from '../engine/money.ts';
import { countedMembers, disabilityPaths, disabilityWithin, describeDisability, type IndexedMember, memberLabel, SIZE_FACT } from './shared/household.ts';
import { type HukouType, type RuleContext, demoNote } from './shared/context.ts';

interface Ages {
  elderly: number;
  minor: number;
  minorExtended: number;
}

function ages(ctx: RuleContext): Ages {
  return { elderly: ctx.res.get('tekun.elderlyAge'), minor: ctx.res.get('tekun.minorAge'), minorExtended: ctx.res.get('tekun.minorExtendedAge') };
}

type Capacity = { status: CheckStatus; text: string; missing: string[]; minor: boolean };

/** 第五条: does this member lack the capacity to work? */
function noWorkCapacity(ctx: RuleContext, im: IndexedMember, a: Ages): Capacity {
  const { member: m, index: i } = im;
  const who = memberLabel(im);
  const disabled = disabilityWithin(m, ctx.res.get('tekun.noWorkCapacityDisabilities'));
  if (m.age !== undefined && m.age >= a.elderly) return { status: 'pass', text: `${who}年满 ${a.elderly} 周岁，属于无劳动能力`, missing: [], minor: false };
  if (m.age !== undefined && m.age < a.minor) return { status: 'pass', text: `${who}未满 ${a.minor} 周岁，属于无劳动能力`, missing: [], minor: true };
  if (disabled === 'yes') return { status: 'pass', text: `${who}是${describeDisability(m)}，属于无劳动能力`, missing: [], minor: false };
  if (m.age !== undefined && m.age < a.minorExtended) {
    return {
      status: 'uncertain',
      text: `${who}已满 ${a.minor} 周岁、未满 ${a.minorExtended} 周岁：国家已把特困供养的未成年人年龄延长到 ${a.minorExtended} 周岁，但新认定的口径各省不同，建议申请`,
      missing: [],
      minor: true,
    };
  }
  if (m.age === undefined) {
    return { status: 'unknown', text: `还不知道${who}的年龄`, missing: [`members[${i}].age`, ...(disabled === 'unknown' ? disabilityPaths(m, i) : [])], minor: false };
  }
  if (disabled === 'unknown') return { status: 'unknown', text: `${who}的残疾情况还不清楚`, missing: disabilityPaths(m, i), minor: false };
  return { status: 'fail', text: `${who}在劳动年龄内，也没有符合规定的重度残疾`, missing: [], minor: false };
}

/** 第八条: is this obligor unable to fulfil the duty? pass = unable, fail = able, unknown = ask. */
function obligorUnable(o: Obligor, i: number, ctx: RuleContext): { status: CheckStatus; missing: string[] } {
  const dibaoAge = ctx.res.get('obligor.dibaoRecipientAge');
  const elderlyAge = ctx.res.get('obligor.elderlyAge');
  const p = `obligors.list[${i}]`;
  const lowMeans = (): { status: CheckStatus; missing: string[] } => {
    const facts: [boolean | undefined, string][] = [
      [o.incomeBelowLocalAverage, `${p}.incomeBelowLocalAverage`],
      [o.propertyWithinLowIncomeRules, `${p}.propertyWithinLowIncomeRules`],
    ];
    if (facts.some(([v]) => v === false)) return { status: 'fail', missing: [] };
    const unknown = facts.filter(([v]) => v === undefined).map(([, path]) => path);
    return unknown.length > 0 ? { status: 'unknown', missing: unknown } : { status: 'pass', missing: [] };
  };
  const routes: { status: CheckStatus; missing: string[] }[] = [];
  // (一) 特困人员; (二) 60 周岁以上的最低生活保障对象.
  if (o.status === 'tekun') return { status: 'pass', missing: [] };
  // A working-age obligor in good health meets none of (二)–(五).
  if (o.ableBodiedAdult === true) return { status: 'fail', missing: [] };
  if (o.status === 'dibao') {
    if (o.age === undefined) routes.push({ status: 'unknown', missing: [`${p}.age`] });
    else if (o.age >= dibaoAge) return { status: 'pass', missing: [] };
  }
  if (o.status === undefined) routes.push({ status: 'unknown', missing: [`${p}.status`] });
  // (三) 70 周岁以上的老年人, with low income and property.
  if (o.age === undefined) routes.push({ status: 'unknown', missing: [`${p}.age`] });
  else if (o.age >= elderlyAge) routes.push(lowMeans());
  // (四) 重度残疾人和三级智力残疾人、三级精神残疾人, with low income and property.
  if (o.severeDisability === undefined) routes.push({ status: 'unknown', missing: [`${p}.severeDisability`] });
  else if (o.severeDisability) routes.push(lowMeans());
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
  if (open.length > 0) return { status: 'unknown', missing: open.flatMap((r) => r.missing) };
  return { status: 'fail', missing: [] };
}

const SUPPORT_RELATIONS = new Set<Member['relation']>(['self', 'spouse', 'child', 'parent', 'grandparent', 'grandchild']);

/** 第四条(三) and 第八条: obligors living in the household, and those outside it. */
function obligorCheck(ctx: RuleContext, candidate: IndexedMember, coCandidates: Set<number>): Check {
  const cites = ctx.cite('tekun.obligors');
  const label = '没有法定义务人，或义务人无履行义务能力';
  const a = ages(ctx);
  const others = (countedMembers(ctx.h) ?? []).filter((x) => x.index !== candidate.index && !coCandidates.has(x.index));
  const inHouse: { status: CheckStatus; text: string; missing: string[] }[] = [];
  for (const o of others) {
    const m = o.member;
    if (m.relation === 'other') continue;
    if (m.age === undefined) {
      inHouse.push({ status: 'unknown', text: `还不知道${memberLabel(o)}的年龄`, missing: [`members[${o.index}].age`] });
      continue;
    }
    if (m.age < a.minorExtended) continue;
    const relation = m.relation === 'sibling' ? '兄弟姐妹' : '家人';
    if (m.relation === 'sibling') {
      inHouse.push({ status: 'uncertain', text: `${memberLabel(o)}是兄弟姐妹，只在一定条件下负有扶养义务，需当地认定`, missing: [] });
    } else if (m.relation === undefined || SUPPORT_RELATIONS.has(m.relation)) {
      inHouse.push({ status: 'fail', text: `家里有劳动年龄的${relation}（${memberLabel(o)}），一般负有赡养、抚养或扶养义务`, missing: [] });
    }
  }
  const inStatus = combineStatus(inHouse.map((x) => x.status));
  if (inStatus === 'fail') return check('obligors', label, 'fail', `${inHouse.filter((x) => x.status === 'fail').map((x) => x.text).join('；')}。`, cites);

  const ob = ctx.h.obligors;
  let outStatus: CheckStatus;
  let outText: string;
  let outMissing: string[] = [];
  if (ob?.exist === false) {
    outStatus = 'pass';
    outText = '没有在外的子女、配偶等法定义务人';
  } else if (ob?.exist === undefined && (ob?.list?.length ?? 0) === 0) {
    outStatus = 'unknown';
    outText = '还不知道有没有在外面生活的子女、配偶等赡养（抚养、扶养）义务人';
    outMissing = ['obligors.exist'];
  } else if ((ob?.list?.length ?? 0) === 0) {
    outStatus = 'unknown';
    outText = '有在外的义务人，还需要了解他们的年龄和情况（是否特困、低保、重度残疾等）';
    outMissing = ['obligors.list'];
  } else {
    const each = (ob?.list ?? []).map((o, i) => obligorUnable(o, i, ctx));
    outStatus = combineStatus(each.map((e) => e.status));
    outMissing = each.flatMap((e) => e.missing);
    outText =
      outStatus === 'pass'
        ? '在外的义务人都属于无履行义务能力的情形（如本身是特困、60岁以上低保对象、70岁以上或重度残疾且收入财产困难）'
        : outStatus === 'fail'
          ? '在外的义务人中有人具备赡养（抚养、扶养）能力'
          : '还需要了解在外义务人的情况，才能判断他们有没有能力赡养（抚养、扶养）';
  }
  if (outStatus === 'fail') return check('obligors', label, 'fail', `${outText}。`, cites);
  const status = combineStatus([inStatus, outStatus]);
  const texts = [...inHouse.filter((x) => x.status !== 'pass').map((x) => x.text), outText];
  return check('obligors', label, status, `${texts.join('；')}。`, cites, status === 'unknown' ? [...inHouse.flatMap((x) => x.missing), ...outMissing] : []);
}

/** 第二十一条、第二十二条: the self-care tier from the count of daily activities not managed. */
function careTier(ctx: RuleContext, m: Member): 'fullSelfCare' | 'semiCare' | 'fullCare' | undefined {
  if (m.dailyActivitiesUnable === undefined) return undefined;
  const t = ctx.res.get('tekun.selfCare');
  const n = new Set(m.dailyActivitiesUnable).size;
  if (n >= t.fullCareFrom) return 'fullCare';
  if (n >= t.partialFrom) return 'semiCare';
  return 'fullSelfCare';
}

const TIER_NAMES = { fullSelfCare: '全自理', semiCare: '半自理', fullCare: '全护理' } as const;

function estimate(ctx: RuleContext, m: Member, hukou: HukouType | undefined): ProgramResult['estimatedMonthlyAmount'] {
  if (!hukou) return undefined;
  const res = ctx.res;
  const multiplier = res.get('tekun.basicStandardMultiplier');
  const current = res.get(`tekun.basicStandardMonthly.${hukou}`);
  const dibao = ctx.dibaoStandardFen(hukou);
  const candidates: { fen: Fen; text: string }[] = [];
  if (multiplier !== null) candidates.push({ fen: scaleFen(dibao, multiplier), text: `低保标准 ${formatYuan(dibao)} 元的 ${multiplier} 倍` });
  if (current !== null) candidates.push({ fen: yuanToFen(current), text: `现行特困基本生活标准 ${formatYuan(yuanToFen(current))} 元` });
  if (candidates.length === 0) return undefined;
  const basic = candidates.reduce((x, y) => (y.fen > x.fen ? y : x));
  const parts = [`基本生活标准不低于${candidates.map((c) => c.text).join('、且不低于')}，取 ${formatYuan(basic.fen)} 元`];
  let total = basic.fen;
  const tier = careTier(ctx, m);
  const fractions = res.get('tekun.careFractionOfMinimumWage');
  const wage = fractions ? res.get('minimumWageMonthly') : null;
  if (tier && fractions && wage !== null) {
    const care = scaleFen(yuanToFen(wage), fractions[tier]);
    total += care;
    parts.push(`照料护理标准按${TIER_NAMES[tier]}：最低工资 ${formatYuan(yuanToFen(wage))} 元的 ${Math.round(fractions[tier] * 100)}%，${formatYuan(care)} 元`);
  } else if (fractions) {
    parts.push('另有照料护理标准，按生活自理能力分全自理、半自理、全护理三档');
  }
  const demo = demoNote(ctx, `tekun.basicStandardMonthly.${hukou}`, `dibao.standardMonthly.${hukou}`, 'minimumWageMonthly');
  return {
    yuan: fenToWholeYuan(total),
    basis: `${parts.join('；')}；合计约 ${formatYuan(total)} 元/月${demo}。`,
    demo: demo !== '',
    citations: ctx.cite('tekun.standard', 'tekun.selfCare'),
  };
}

interface CandidateResult {
  im: IndexedMember;
  checks: Check[];
  verdict: ProgramResult['verdict'];
  hukou: HukouType | undefined;
  minor: boolean;
}

export function tekunRule(ctx: RuleContext): ProgramResult {
  const a = ages(ctx);
  const members = countedMembers(ctx.h);
  const capacityCites = ctx.cite('tekun.conditions', 'tekun.noWorkCapacity');
  if (!members || members.length === 0) {
    const c = check('no_work_capacity', '无劳动能力（老年人、未成年人或重度残疾人）', 'unknown', '还不知道家里每个人的年龄和残疾情况。', capacityCites, [SIZE_FACT]);
    return { program: 'tekun', verdict: 'need_info', reasons: reasonsOf([c]), missing: missingOf([c]), checks: [c], alternatives: [] };
  }
  const capacities = members.map((im) => ({ im, cap: noWorkCapacity(ctx, im, a) }));
  const coCandidates = new Set(capacities.filter((c) => c.cap.status === 'pass').map((c) => c.im.index));

  const income = ctx.incomeAssessment('tekun');
  const candidates: CandidateResult[] = capacities
    .filter((c) => c.cap.status !== 'fail')
    .map(({ im, cap }) => {
      const cites = cap.minor && cap.status === 'uncertain' ? [...capacityCites, ...ctx.cite('tekun.minors')] : capacityCites;
      const checks: Check[] = [check('no_work_capacity', '无劳动能力', cap.status, `${cap.text}。`, cites, cap.missing)];
      let hukou: HukouType | undefined = ctx.h.hukou;
      if (income.kind === 'unknown') {
        checks.push(check('no_livelihood', '无生活来源（收入低于低保标准）', 'unknown', income.text, ctx.cite('tekun.noLivelihood'), income.missing));
      } else {
        const cmp = ctx.compareByHukou(income.assessment, (hk) => ({ fen: ctx.dibaoStandardFen(hk), name: `${hk === 'urban' ? '城市' : '农村'}低保标准` }), '人均月收入');
        hukou = cmp.hukou ?? hukou;
        const demo = demoNote(ctx, 'dibao.standardMonthly.urban', 'dibao.standardMonthly.rural');
        checks.push(check('no_livelihood', '无生活来源（收入低于低保标准）', cmp.status, `${cmp.text}${demo}`, [...ctx.cite('tekun.noLivelihood'), ...cmp.citations], cmp.missing));
      }
      checks.push(ctx.propertyCheck(ctx.h.hukou, '财产符合特困人员财产规定'));
      checks.push(obligorCheck(ctx, im, coCandidates));
      return { im, checks, verdict: verdictOf(checks), hukou, minor: cap.minor };
    });

  if (candidates.length === 0) {
    const c = check(
      'no_work_capacity',
      '无劳动能力（老年人、未成年人或重度残疾人）',
      'fail',
      `家里没有 ${a.elderly} 岁以上老人、${a.minor} 岁以下（至多 ${a.minorExtended} 岁以下）的未成年人，也没有符合规定的重度残疾人。`,
      capacityCites,
    );
    return { program: 'tekun', verdict: 'unlikely', reasons: reasonsOf([c]), missing: [], checks: [c], alternatives: [] };
  }
  const best = candidates.reduce((x, y) => (verdictRank(y.verdict) > verdictRank(x.verdict) ? y : x));
  const extra: Reason[] = [];
  const m = best.im.member;
  if (best.minor && m.orphanOrUnsupportedChild === true) {
    extra.push({ text: '孩子同时符合孤儿或事实无人抚养儿童保障的，可以自己选择其中一种，选了孤儿保障就不再认定为特困人员。', citations: ctx.cite('tekun.orphan') });
  }
  const tier = best.verdict === 'unlikely' ? undefined : careTier(ctx, m);
  if (tier && tier !== 'fullSelfCare') {
    const service = ctx.cite('service');
    extra.push({
      text: `${memberLabel(best.im)}有 ${new Set(m.dailyActivitiesUnable).size} 项日常活动不能自理（${TIER_NAMES[tier]}），可以申请照料护理，当地还提供访视、照料等服务。`,
      citations: [...ctx.cite('tekun.selfCare'), ...service],
    });
  }
  const amount = best.verdict === 'likely' || best.verdict === 'possible' ? estimate(ctx, m, best.hukou) : undefined;
  return {
    program: 'tekun',
    verdict: best.verdict,
    reasons: reasonsOf(best.checks, extra),
    missing: missingOf(best.checks),
    ...(amount ? { estimatedMonthlyAmount: amount } : {}),
    checks: best.checks,
    alternatives: [],
  };
}
