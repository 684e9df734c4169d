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
 * These carry the notice's deadline "5年过渡期内" (2021–2025): after it they are unverified, so
 * the estimate uses the current 特困 standard, shows the old rule's figure beside it, and says why.
 * Continuation (第二十四条; 社会救助法 第十六条): a household already on 特困 keeps it for minors
 * until 18 and for adults still in compulsory, high-school or secondary-vocational education.
 */
import type { Member, Obligor } from '../model/household.ts';
import type { Check, CheckStatus, ProgramResult, Reason } from '../model/report.ts';
import { bestStatus, check, combineStatus, missingOf, reasonsOf, verdictOf, verdictRank } from '../engine/checks.ts';
import { type Fen, fenToWholeYuan, yuanAfter, yuanText, scaleFen, yuanToFen } from '../engine/money.ts';
import { disabilityPaths, disabilityWithin, describeDisability, type IndexedMember, memberLabel, SIZE_FACT, uncountedMembers } from './shared/household.ts';
import { type HukouType, type RuleContext, applyPlaceCheck, usesDemo } from './shared/context.ts';
import type { IncomeAssessment, IncomeOutcome, Lapsed, LineComparison } from './shared/income.ts';
import { localCitations, nationalCitations } from '../params/citations.ts';
import type { GradeLimits } from '../params/types.ts';

interface Ages {
  elderly: number;
  minor: number;
  minorExtended: number;
}

function ages(ctx: RuleContext): Ages {
  return { elderly: ctx.res.get('tekun.elderlyAge'), minor: ctx.res.get('tekun.minorAge'), minorExtended: ctx.res.get('tekun.minorExtendedAge') };
}

type Capacity = { status: CheckStatus; text: string; missing: string[]; minor: boolean };

/**
 * 第二十四条 second paragraph (and 社会救助法 第十六条): "特困人员中的未成年人，可继续享有救助供养待遇
 * 至18周岁；年满18周岁仍在接受义务教育或者在普通高中、中等职业学校就读的，可继续享有救助供养待遇。"
 * These school levels keep an adult who is already 特困 in support.
 */
const CONTINUATION_SCHOOL_LEVELS = new Set(['compulsory', 'high_school', 'secondary_vocational']);

/**
 * 第五条: does this member lack the capacity to work? For a household already on 特困 (第二十四条),
 * a minor keeps support until the extended age, and an adult still at school at the levels above
 * keeps it too: continuing support, not a new recognition, so these pass.
 */
function noWorkCapacity(ctx: RuleContext, im: IndexedMember, a: Ages): Capacity {
  const { member: m, index: i } = im;
  const who = memberLabel(im);
  const disabled = disabilityWithin(m, ctx.res.get('tekun.noWorkCapacityDisabilities'));
  const onTekun = ctx.h.currentBenefits?.tekun === true;
  if (m.age !== undefined && m.age >= a.elderly) return { status: 'pass', text: `${who}年满 ${a.elderly} 周岁，属于无劳动能力`, missing: [], minor: false };
  if (m.age !== undefined && m.age < a.minor) return { status: 'pass', text: `${who}未满 ${a.minor} 周岁，属于无劳动能力`, missing: [], minor: true };
  if (disabled === 'yes') return { status: 'pass', text: `${who}是${describeDisability(m)}人，属于无劳动能力`, missing: [], minor: false };
  const st = m.student;
  if (onTekun && m.age !== undefined && m.age < a.minorExtended) {
    return { status: 'pass', text: `${who}已在享受特困供养，未成年人可以继续享受到 ${a.minorExtended} 周岁`, missing: [], minor: true };
  }
  // 第二十四条 sets no upper age: a qualifying school level keeps support at any age. The ask-below
  // age only decides whom to ask about school when nothing was said about it.
  const atQualifyingSchool = st?.fullTime !== false && st?.level !== undefined && CONTINUATION_SCHOOL_LEVELS.has(st.level);
  if (onTekun && m.age !== undefined && m.age >= a.minorExtended) {
    if (atQualifyingSchool) {
      return { status: 'pass', text: `${who}已在享受特困供养，年满 ${a.minorExtended} 周岁后仍在上中小学、高中或中职，可以继续享受`, missing: [], minor: true };
    }
    if (m.age < ctx.res.get('tekun.schoolContinuationAskBelowAge') && (st === undefined || (st.level === undefined && st.fullTime !== false))) {
      return { status: 'unknown', text: `${who}已在享受特困供养，还需要知道是否仍在上中小学、高中或中职（在读的可以继续享受）`, missing: [`members[${i}].student`], minor: true };
    }
  }
  // An adult at one of those schools qualifies only by continuing: whether the household is
  // already on 特困 is then the fact the verdict rests on.
  if (
    ctx.h.currentBenefits?.tekun === undefined &&
    m.age !== undefined &&
    m.age >= a.minorExtended &&
    st?.fullTime !== false &&
    st?.level !== undefined &&
    CONTINUATION_SCHOOL_LEVELS.has(st.level) &&
    disabled !== 'maybe'
  ) {
    return { status: 'unknown', text: `${who}已满 ${a.minorExtended} 周岁、仍在上中小学、高中或中职：如果已在享受特困供养，可以继续享受；还不知道是否已在享受`, missing: ['currentBenefits.tekun'], minor: true };
  }
  if (disabled === 'maybe') {
    return {
      status: 'uncertain',
      text: `${who}是${describeDisability(m)}人：多重残疾按其中最重的一类定级，其中有智力、精神、肢体或视力残疾达到规定等级的，属于无劳动能力，需当地认定`,
      missing: [],
      minor: false,
    };
  }
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
  if (onTekun && m.age >= a.minorExtended) {
    // 第二十四条: support continues past 18 only at school at these levels; otherwise it ends.
    const school = st?.level !== undefined ? '在读的不是中小学、高中或中职' : '不再上中小学、高中或中职';
    return { status: 'fail', text: `${who}已满 ${a.minorExtended} 周岁、${school}，按规定特困供养到此终止`, missing: [], minor: true };
  }
  return { status: 'fail', text: `${who}在劳动年龄内，也没有规定等级的残疾（${describeLimits(ctx.res.get('tekun.noWorkCapacityDisabilities'))}）`, missing: [], minor: false };
}

/** What livelihoodCheck works out once for every candidate: the household's total, compared. */
interface OwnIncome {
  total?: LineComparison & { hukou?: HukouType };
  perCapita?: LineComparison & { hukou?: HukouType };
}

/**
 * 第六条: "收入低于当地最低生活保障标准" is the person's own income (特困 is recognised person by
 * person), counted without the 基础养老金, social insurance, 优待抚恤金 and 高龄津贴. Alone, the
 * household's income is theirs. Living with others, their own share is not known: when even the
 * household's whole income is under the standard, theirs is too; otherwise it is for the 核对
 * (`uncertain`), unless the person's own monthly income was given.
 */
function livelihoodCheck(ctx: RuleContext, im: IndexedMember, income: IncomeOutcome, own: OwnIncome): { check: Check; hukou?: HukouType } {
  const label = '无生活来源（本人收入低于低保标准）';
  const cites = ctx.cite('tekun.noLivelihood');
  if (income.kind === 'unknown') return { check: check('no_livelihood', label, 'unknown', income.text, cites, income.missing) };
  const a = income.assessment;
  const who = memberLabel(im);
  if (a.size === 1) {
    const cmp = ctx.compareWithDibaoStandard(a, '本人月收入');
    return { check: check('no_livelihood', label, cmp.status, `${cmp.text}${countedApart(ctx, a)}`, [...cites, ...cmp.citations], cmp.missing), ...(cmp.hukou ? { hukou: cmp.hukou } : {}) };
  }
  const m = im.member;
  if (m.ownMonthlyIncome !== undefined) {
    const alone: IncomeAssessment = { size: 1, months: 1, countedFen: yuanToFen(m.ownMonthlyIncome), adjustments: [], missingCategories: [], notes: [] };
    const cmp = ctx.compareByHukou(alone, (hk) => ({ fen: ctx.dibaoStandardFen(hk), name: DIBAO_LINE[hk], generic: '当地低保标准' }), `${who}本人月收入`);
    return { check: check('no_livelihood', label, cmp.status, cmp.text, [...cites, ...cmp.citations], cmp.missing), ...(cmp.hukou ? { hukou: cmp.hukou } : {}) };
  }
  own.total ??= ctx.compareWithDibaoStandard({ ...a, size: 1, countedFen: Math.round(a.countedFen) }, '全家每月收入合计');
  const total = own.total;
  if (total.status === 'pass') {
    return { check: check('no_livelihood', label, 'pass', `${total.text.replace(/。$/, '')}，${who}本人的收入只会更低。`, [...cites, ...total.citations]), ...(total.hukou ? { hukou: total.hukou } : {}) };
  }
  own.perCapita ??= ctx.compareWithDibaoStandard(a, '家庭人均月收入');
  const pc = own.perCapita;
  if (pc.status === 'unknown') return { check: check('no_livelihood', label, 'unknown', pc.text, [...cites, ...pc.citations], pc.missing) };
  return {
    check: check('no_livelihood', label, 'uncertain', `特困看本人的收入：${pc.text.replace(/。$/, '')}；${who}本人每月收入是否低于低保标准，以核对为准。`, [...cites, ...pc.citations]),
    ...(pc.hukou ? { hukou: pc.hukou } : {}),
  };
}

/**
 * One sentence when 特困 counts income apart from 低保 for the same household: 第六条 leaves the
 * 基础养老金 out without a time limit, while for 低保 it is counted (or unverified) after 2025.
 */
function countedApart(ctx: RuleContext, a: IncomeAssessment): string {
  const dibao = ctx.incomeAssessment('dibao');
  if (dibao.kind !== 'assessed' || dibao.assessment.countedFen === a.countedFen) return '';
  return '特困不计城乡居民基础养老金，所以这里的收入比低保那一项算的少。';
}

/** 第八条（三）（四）"收入和财产状况均符合当地低收入家庭标准"; `p` is the obligor's fact path. */
function lowMeans(o: Obligor, p: string): { status: CheckStatus; missing: string[] } {
  const facts: [boolean | undefined, string][] = [
    [o.incomeBelowLocalAverage, `${p}.incomeBelowLocalAverage`],
    [o.propertyWithinLowIncomeRules, `${p}.propertyWithinLowIncomeRules`],
  ];
  if (facts.some(([v]) => v === false)) return { status: 'fail', missing: [] };
  const unknown = facts.filter(([v]) => v === undefined).map(([, path]) => path);
  return unknown.length > 0 ? { status: 'unknown', missing: unknown } : { status: 'pass', missing: [] };
}

/** 第八条: is this obligor unable to fulfil the duty? pass = unable, fail = able, unknown = ask. */
function obligorUnable(o: Obligor, i: number, ctx: RuleContext): { status: CheckStatus; missing: string[] } {
  const dibaoAge = ctx.res.get('obligor.dibaoRecipientAge');
  const elderlyAge = ctx.res.get('obligor.elderlyAge');
  const p = `obligors.list[${i}]`;
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
  if (open.length > 0) return { status: 'unknown', missing: open.flatMap((r) => r.missing) };
  return { status: 'fail', missing: [] };
}

const SUPPORT_RELATIONS = new Set<Member['relation']>(['self', 'spouse', 'child', 'parent', 'grandparent', 'grandchild']);

/** `able`: an in-house obligor found able, said together with the others alike ("同住的A、B已成年，…"). */
type Finding = { status: CheckStatus; text: string; missing: string[]; able?: { who: string; tail: string } };

/**
 * A relative left out of the household count (办法第七条 second paragraph) is still a legal obligor.
 * 第八条（五）: "无民事行为能力、被宣告失踪或者在监狱服刑的人员，且其财产符合当地低收入家庭财产状况
 * 规定的" is unable to support: in prison or missing → ask the property fact. Compulsory
 * rehabilitation and religious personnel fit no listed inability (only （六）, set by the province):
 * the office decides.
 */
function excludedObligor(o: IndexedMember): Finding | undefined {
  const m = o.member;
  if (m.relation === 'other' || (m.relation !== undefined && !SUPPORT_RELATIONS.has(m.relation) && m.relation !== 'sibling')) return undefined;
  const who = memberLabel(o);
  if (m.excludedReason === 'prison' || m.excludedReason === 'declared_missing') {
    const what = m.excludedReason === 'prison' ? '在监狱服刑' : '被宣告失踪';
    if (m.propertyWithinLowIncomeRules === undefined) {
      return { status: 'unknown', text: `${who}${what}，仍是法定义务人；只有其财产也符合当地低收入家庭财产规定时，才算无履行义务能力，还需要了解其财产情况`, missing: [`members[${o.index}].propertyWithinLowIncomeRules`] };
    }
    return m.propertyWithinLowIncomeRules
      ? { status: 'pass', text: `${who}${what}，财产符合低收入家庭规定，属于无履行义务能力`, missing: [] }
      : { status: 'fail', text: `${who}${what}，但财产超出低收入家庭规定，不属于无履行义务能力`, missing: [] };
  }
  if (m.excludedReason === 'drug_rehab' || m.excludedReason === 'religious_apart_3y') {
    return { status: 'uncertain', text: `${who}不计入共同生活的家庭成员，但仍是法定义务人，有没有履行能力需当地认定`, missing: [] };
  }
  return undefined;
}

/**
 * What obligorCheck finds about relatives left out of the count, members living here and
 * obligors outside the household: the same for every candidate, so worked out once.
 */
interface SharedObligors {
  excluded?: Finding[];
  outside?: { status: CheckStatus; missing: string[] }[];
  inHouse?: Map<number, Finding | undefined>;
  means?: Finding;
}

/**
 * 第八条（三）（四）"本人收入低于当地上年人均可支配收入，且其财产符合当地低收入家庭财产状况规定":
 * for someone living in the household, whose own income is part of the household's. When even
 * the household's whole income is under the line, so is theirs; otherwise their own share is
 * for the 核对. The household's property stands in for theirs.
 */
function householdMeans(ctx: RuleContext, shared: SharedObligors): Finding {
  if (shared.means) return shared.means;
  const income = ctx.incomeAssessment('dibao');
  let found: Finding;
  if (income.kind === 'unknown' || income.assessment.missingCategories.length > 0) {
    found = { status: 'unknown', text: '还需要知道家里的收入', missing: income.kind === 'unknown' ? income.missing : income.assessment.missingCategories };
  } else {
    const a = income.assessment;
    const annual = Math.round((a.countedFen / a.months) * 12);
    const lines = ctx.hukouOptions().map((hk) => ctx.res.tryGet(`disposableIncomeAnnual.${hk}`));
    const under = lines.every((l) => l !== null && l !== undefined && annual < yuanToFen(l));
    const property = ctx.propertyCheck(ctx.h.hukou);
    const status = combineStatus([under ? 'pass' : 'uncertain', property.status]);
    found =
      status === 'pass'
        ? { status, text: '全家收入低于当地上年人均可支配收入，财产也符合低收入家庭规定', missing: [] }
        : status === 'fail'
          ? { status, text: '家里的财产超出低收入家庭规定', missing: [] }
          : { status, text: '本人收入要低于当地上年人均可支配收入、财产要符合低收入家庭规定，以核对为准', missing: status === 'unknown' ? property.missing : [] };
  }
  shared.means = found;
  return found;
}

/**
 * 第八条 for an adult with a duty of support who lives in the household. Being 60 or over is not
 * by itself an inability: the article lists (二) a 低保 recipient aged 60 or over, (三) someone
 * aged 70 or over and (四) a severely disabled person, both with low income and property. A
 * spouse of 60–69 in a household under the 低保 line would be such a recipient once on 低保 (an
 * elderly couple, each the other's obligor): that stays open (`uncertain`), never `pass` by
 * default. Anyone else of age is able (`fail`).
 */
function inHouseObligor(ctx: RuleContext, o: IndexedMember, shared: SharedObligors): Finding {
  const m = o.member;
  const who = `同住的${memberLabel(o)}`;
  const dibaoAge = ctx.res.get('obligor.dibaoRecipientAge');
  const elderlyAge = ctx.res.get('obligor.elderlyAge');
  const age = m.age!;
  const routes: Finding[] = [];
  if (age >= dibaoAge) {
    if (ctx.h.currentBenefits?.dibao === true) return { status: 'pass', text: `${who}是 ${dibaoAge} 周岁以上的低保对象，属于无履行义务能力`, missing: [] };
    const dibao = ctx.incomeAssessment('dibao');
    const cmp = dibao.kind === 'assessed' ? ctx.compareWithDibaoStandard(dibao.assessment) : undefined;
    if (cmp === undefined || cmp.status === 'unknown') {
      routes.push({ status: 'unknown', text: `${who}已满 ${dibaoAge} 周岁，要看家里能不能纳入低保`, missing: dibao.kind === 'unknown' ? dibao.missing : (cmp?.missing ?? []) });
    } else if (cmp.status === 'pass' || cmp.status === 'uncertain') {
      routes.push({
        status: 'uncertain',
        text: `${who}已满 ${dibaoAge} 周岁：只满 ${dibaoAge} 周岁不算无履行义务能力，${dibaoAge} 周岁以上的低保对象才算；你家收入在低保标准上下，一起纳入低保后属于这种情形，由当地认定`,
        missing: [],
      });
    }
  }
  const means = () => householdMeans(ctx, shared);
  if (age >= elderlyAge) {
    const f = means();
    routes.push({ status: f.status, text: `${who}年满 ${elderlyAge} 周岁：${f.text}${f.status === 'pass' ? '，属于无履行义务能力' : ''}`, missing: f.missing });
  }
  const severe = disabilityWithin(m, ctx.res.get('obligor.severeDisabilityGrades'));
  if (severe === 'yes' || severe === 'maybe') {
    const f = means();
    const status = severe === 'maybe' && f.status === 'pass' ? 'uncertain' : f.status;
    routes.push({ status, text: `${who}是${describeDisability(m)}人：${f.text}${status === 'pass' ? '，属于无履行义务能力' : ''}`, missing: f.missing });
  } else if (severe === 'unknown') {
    routes.push({ status: 'unknown', text: `还不知道${who}的残疾情况`, missing: disabilityPaths(m, o.index) });
  }
  const best = bestStatus(routes.map((r) => r.status));
  if (routes.length > 0 && best !== 'fail') {
    const picked = routes.filter((r) => r.status === best);
    return { status: best, text: picked.map((r) => r.text).join('；'), missing: best === 'unknown' ? picked.flatMap((r) => r.missing) : [] };
  }
  const older = age >= dibaoAge ? `已满 ${dibaoAge} 周岁，但年满 ${dibaoAge} 周岁本身不算无履行义务能力` : '已成年';
  const tail = `${older}，不属于无履行义务能力的情形（${dibaoAge} 周岁以上的低保对象，${elderlyAge} 周岁以上或重度残疾且收入、财产都困难等），负有赡养、扶养或抚养义务`;
  return { status: 'fail', text: `${who}${tail}`, missing: [], able: { who: memberLabel(o), tail } };
}

/** 第四条(三) and 第八条: obligors living in the household, those left out of it, and those outside it. */
function obligorCheck(ctx: RuleContext, candidate: IndexedMember, shared: SharedObligors): Check {
  const cites = ctx.cite('tekun.obligors');
  const label = '没有法定义务人，或义务人无履行义务能力';
  const a = ages(ctx);
  const others = (ctx.members ?? []).filter((x) => x.index !== candidate.index);
  const inHouse: Finding[] = [];
  shared.inHouse ??= new Map();
  for (const o of others) {
    const m = o.member;
    if (m.age === undefined) {
      inHouse.push({ status: 'unknown', text: `还不知道${memberLabel(o)}的年龄`, missing: [`members[${o.index}].age`] });
      continue;
    }
    if (m.age < a.minorExtended) continue;
    if (m.relation === undefined) {
      // 第八条 turns on who the person is to the candidate: a relation not given is asked, never
      // assumed (an assumed obligor would make 特困 unlikely on a fact nobody said).
      inHouse.push({ status: 'unknown', text: `还不知道同住的${memberLabel(o)}和申请人是什么关系（子女、配偶等负有赡养、扶养义务）`, missing: [`members[${o.index}].relation`] });
    } else if (m.relation === 'sibling') {
      inHouse.push({ status: 'uncertain', text: `${memberLabel(o)}：兄弟姐妹之间只在一定条件下负有扶养义务，需当地认定`, missing: [] });
    } else if (m.student?.fullTime === true) {
      // 办法第七条（三）treats a child in full-time education as one who "不能独立生活": a full-time
      // student is not presumed able to support; the office decides (at most `possible`).
      inHouse.push({ status: 'uncertain', text: `${memberLabel(o)}是全日制在校学生，一般还没有负担能力，是否算有履行义务能力需当地认定`, missing: [] });
    } else if (SUPPORT_RELATIONS.has(m.relation)) {
      let f = shared.inHouse.get(o.index);
      if (!f) {
        f = inHouseObligor(ctx, o, shared);
        shared.inHouse.set(o.index, f);
      }
      inHouse.push(f);
    }
  }
  // An adult living here who is able to support settles it: nothing else needs saying.
  const able = inHouse.filter((x) => x.status === 'fail');
  if (able.length > 0) {
    const tails = [...new Set(able.map((x) => x.able?.tail ?? x.text))];
    const said = tails.map((t) => {
      const alike = able.filter((x) => x.able?.tail === t);
      return alike.length > 0 ? `同住的${alike.map((x) => x.able!.who).join('、')}${t}` : t;
    });
    return check('obligors', label, 'fail', `${said.join('；')}。`, cites);
  }
  shared.excluded ??= uncountedMembers(ctx.h).flatMap((o) => excludedObligor(o) ?? []);
  inHouse.push(...shared.excluded);
  const inStatus = combineStatus(inHouse.map((x) => x.status));
  if (inStatus === 'fail') return check('obligors', label, 'fail', `${inHouse.filter((x) => x.status === 'fail').map((x) => x.text).join('；')}。`, cites);

  const ob = ctx.h.obligors;
  let outStatus: CheckStatus;
  let outText: string;
  let outMissing: string[] = [];
  if (ob?.exist === false) {
    outStatus = 'pass';
    outText = inHouse.length > 0 ? '没有其他在外生活的子女、配偶等法定义务人' : '没有在外的子女、配偶等法定义务人';
  } else if (ob?.exist === undefined && (ob?.list?.length ?? 0) === 0) {
    outStatus = 'unknown';
    outText = '还不知道有没有在外面生活的子女、配偶等赡养（抚养、扶养）义务人';
    outMissing = ['obligors.exist'];
  } else if ((ob?.list?.length ?? 0) === 0) {
    outStatus = 'unknown';
    outText = '有在外的义务人，还需要了解他们的年龄和情况（是否特困、低保、重度残疾等）';
    outMissing = ['obligors.list'];
  } else {
    const each = (shared.outside ??= (ob?.list ?? []).map((o, i) => obligorUnable(o, i, ctx)));
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
  const texts = [...inHouse.map((x) => x.text), outText];
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

const DIBAO_LINE = { urban: '城市低保标准', rural: '农村低保标准' } as const;

const GRADE_WORDS = ['', '一级', '一、二级', '一至三级', '一至四级'];
const KIND_WORDS: Record<keyof GradeLimits, string> = { intellectual: '智力', mental: '精神', physical: '肢体', visual: '视力', hearing: '听力', speech: '言语', multiple: '多重' };

/** "一至三级智力、精神残疾，一、二级肢体残疾，一级视力残疾": the kinds and grades a limit table lets count. */
export function describeLimits(limits: GradeLimits): string {
  const byGrade = new Map<number, string[]>();
  for (const kind of Object.keys(KIND_WORDS) as (keyof GradeLimits)[]) {
    const g = limits[kind];
    if (g > 0) byGrade.set(g, [...(byGrade.get(g) ?? []), KIND_WORDS[kind]]);
  }
  return [...byGrade].sort(([x], [y]) => y - x).map(([g, kinds]) => `${GRADE_WORDS[g]}${kinds.join('、')}残疾`).join('，');
}

const TIER_NAMES = { fullSelfCare: '全自理', semiCare: '半自理', fullCare: '全护理' } as const;

/** Whether the city's multiplier and care shares are past their deadline and not verified since. */
function localStandardLapsed(ctx: RuleContext): Lapsed | undefined {
  ctx.res.get('tekun.basicStandardMultiplier');
  return ctx.lapsed('tekun.basicStandardMultiplier');
}

/**
 * The amount: basic living standard plus, where the care share is known, the care standard.
 * While the local multiplier and care shares are in force (阳江 2021–2025) they are applied. After
 * their deadline they are `unverified` (like the 基础养老金 after 十四五, Q3): the estimate rests on
 * the current 特困 standard and says what the old rule would give beside it. Whenever the care
 * standard is not in the figure, the basis says that one exists (特困人员认定办法 第二十二条;
 * 社会救助法 第十七条 "基本生活标准和照料护理标准").
 */
function estimate(ctx: RuleContext, m: Member, hukou: HukouType | undefined): ProgramResult['estimatedMonthlyAmount'] {
  if (!hukou) return undefined;
  const res = ctx.res;
  const lapsed = localStandardLapsed(ctx);
  const unverified = lapsed !== undefined;
  const multiplier = res.get('tekun.basicStandardMultiplier');
  const current = res.get(`tekun.basicStandardMonthly.${hukou}`);
  const dibao = ctx.dibaoStandardFen(hukou);
  const byMultiplier = multiplier !== null ? { fen: scaleFen(dibao, multiplier), text: `低保标准${yuanAfter(dibao)}的 ${multiplier} 倍` } : undefined;
  const byCurrent = current !== null ? { fen: yuanToFen(current), text: `现行特困基本生活标准${yuanAfter(yuanToFen(current))}` } : undefined;
  const tier = careTier(ctx, m);
  const fractions = res.get('tekun.careFractionOfMinimumWage');
  const wage = fractions ? res.get('minimumWageMonthly') : null;
  const care = tier && fractions && wage !== null ? { fen: scaleFen(yuanToFen(wage), fractions[tier]), text: `（${TIER_NAMES[tier]}）按最低工资${yuanAfter(yuanToFen(wage))}的 ${Math.round(fractions[tier] * 100)}%` } : undefined;
  const CARE_EXISTS = '另有照料护理标准，按生活自理能力分全自理、半自理、全护理三档，由当地确定';
  const parts: string[] = [];
  let total: Fen;
  let careIncluded = false;

  if (unverified && byCurrent) {
    // Estimate on the current standard; show what the lapsed rule would give beside it.
    total = byCurrent.fen;
    parts.push(`基本生活标准按${byCurrent.text}`);
    const old: string[] = [];
    if (byMultiplier && byMultiplier.fen > byCurrent.fen) old.push(`基本生活标准按${byMultiplier.text}为${yuanAfter(byMultiplier.fen)}`);
    if (care) old.push(`照料护理标准${care.text}为${yuanAfter(care.fen)}`);
    parts.push(CARE_EXISTS);
    if (old.length > 0) {
      const oldTotal = Math.max(byMultiplier?.fen ?? 0, byCurrent.fen) + (care?.fen ?? 0);
      parts.push(`如果 2021—2025 年过渡期的规定仍然执行，${old.join('，')}，共${yuanAfter(oldTotal)}/月`);
    }
  } else {
    const candidates = [byMultiplier, byCurrent].filter((c): c is { fen: Fen; text: string } => c !== undefined);
    if (candidates.length === 0) return undefined;
    const basic = candidates.reduce((x, y) => (y.fen > x.fen ? y : x));
    parts.push(
      candidates.length > 1
        ? `基本生活标准不低于${candidates.map((c) => c.text).join('、且不低于')}，取${yuanAfter(basic.fen)}`
        : `基本生活标准按${basic.text}`,
    );
    total = basic.fen;
    if (care) {
      total += care.fen;
      careIncluded = true;
      parts.push(`照料护理标准${care.text}，${yuanText(care.fen)}`);
    } else {
      parts.push(CARE_EXISTS);
    }
  }
  const demo = usesDemo(ctx, `tekun.basicStandardMonthly.${hukou}`, `dibao.standardMonthly.${hukou}`, 'minimumWageMonthly');
  return {
    yuan: fenToWholeYuan(total),
    // 合计 only when two figures are added; one figure is not said twice.
    basis: careIncluded ? `${parts.join('；')}；合计${yuanAfter(total)}/月。` : `${parts.join('；')}。`,
    demo,
    // The local multiplier and care shares: cited in force, and after their deadline beside the
    // figure they would give (with the caveat reason).
    citations: [
      ...(multiplier !== null || fractions !== null ? localCitations(ctx.city, 'tekun.standard') : []),
      ...nationalCitations('tekun.standard'),
      ...ctx.cite('tekun.selfCare'),
    ],
  };
}

/**
 * When the city's multiplier and care-share rule is past its deadline (阳民通〔2021〕14号: "完成时限：
 * 5年过渡期内长期坚持") and nothing later was found, say so once, in plain words, with the clause.
 */
function lapsedStandardCaveat(ctx: RuleContext): Reason | undefined {
  const lapsed = localStandardLapsed(ctx);
  const multiplier = ctx.res.get('tekun.basicStandardMultiplier');
  if (!lapsed || multiplier === null) return undefined;
  return {
    text: `当地文件规定特困人员基本生活标准不低于低保标准的 ${multiplier} 倍，照料护理标准按最低工资的一定比例确定，执行期限是过渡期内（到 ${lapsed.ended.slice(0, 4)} 年底）；之后是否继续执行还没有核实，这里先按现行特困供养标准估算，两种算法都列出，实际以当地民政部门公布的标准为准。`,
    citations: ctx.paramClauses('tekun.basicStandardMultiplier'),
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
  const members = ctx.members;
  const capacityCites = ctx.cite('tekun.conditions', 'tekun.noWorkCapacity');
  if (!members || members.length === 0) {
    const c = check('no_work_capacity', '无劳动能力（老年人、未成年人或规定的残疾人）', 'unknown', '还不知道家里每个人的年龄和残疾情况。', capacityCites, [SIZE_FACT]);
    return { program: 'tekun', verdict: 'need_info', reasons: reasonsOf([c]), missing: missingOf([c]), checks: [c], alternatives: [] };
  }
  const capacities = members.map((im) => ({ im, cap: noWorkCapacity(ctx, im, a) }));

  const income = ctx.incomeAssessment('tekun');
  const own: OwnIncome = {};
  const obligors: SharedObligors = {};
  const candidates: CandidateResult[] = capacities
    .filter((c) => c.cap.status !== 'fail')
    .map(({ im, cap }) => {
      const continuing = cap.minor && (cap.status !== 'pass' || ctx.h.currentBenefits?.tekun === true);
      const cites = continuing ? [...capacityCites, ...ctx.cite('tekun.minors')] : capacityCites;
      const checks: Check[] = [check('no_work_capacity', '无劳动能力', cap.status, `${cap.text}。`, cites, cap.missing)];
      const place = applyPlaceCheck(ctx, 'tekun');
      if (place) checks.push(place);
      const livelihood = livelihoodCheck(ctx, im, income, own);
      const hukou: HukouType | undefined = livelihood.hukou ?? ctx.h.hukou;
      checks.push(livelihood.check);
      checks.push(ctx.propertyCheck(ctx.h.hukou, '财产符合特困人员财产规定'));
      checks.push(obligorCheck(ctx, im, obligors));
      return { im, checks, verdict: verdictOf(checks), hukou, minor: cap.minor };
    });

  if (candidates.length === 0 && ctx.h.currentBenefits?.tekun === true) {
    // Already on 特困: say why it ends for each member (第二十四条), not the general conditions.
    const c = check('no_work_capacity', '无劳动能力（老年人、未成年人或规定的残疾人）', 'fail', `${capacities.map((x) => x.cap.text).join('；')}。`, [...capacityCites, ...ctx.cite('tekun.minors')]);
    return { program: 'tekun', verdict: 'unlikely', reasons: reasonsOf([c]), missing: [], checks: [c], alternatives: [] };
  }
  if (candidates.length === 0) {
    const c = check(
      'no_work_capacity',
      '无劳动能力（老年人、未成年人或规定的残疾人）',
      'fail',
      `家里没有 ${a.elderly} 周岁以上的老人和未满 ${a.minor} 周岁的未成年人（已满 ${a.minor} 周岁、未满 ${a.minorExtended} 周岁的也可能认定，家里也没有），也没有规定的残疾人（${describeLimits(ctx.res.get('tekun.noWorkCapacityDisabilities'))}）。`,
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
  if (amount) {
    const caveat = lapsedStandardCaveat(ctx);
    if (caveat) extra.push(caveat);
  }
  const hopeful = best.verdict === 'likely' || best.verdict === 'possible';
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
