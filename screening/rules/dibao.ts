/**
 * 最低生活保障 (dibao), the whole household.
 *
 * 社会救助暂行办法 第九条: "国家对共同生活的家庭成员人均收入低于当地最低生活保障标准，且符合
 * 当地最低生活保障家庭财产状况规定的家庭，给予最低生活保障。" (restated in 社会救助法 第十八条).
 * Household per 最低生活保障审核确认办法 第七条, income per 第十三条 with the 运城 and 阳江
 * local rules (seed rules 6–10), property per 第十四条 (local limits, never a rejection while
 * unknown). The amount is the gap to the standard (第十二条), estimated only when income is
 * clearly under the line. Applied for at the 户籍所在地 (第四条) or, with a 居住证, possibly where
 * the household lives (第五条). A one-person household on 特困 stays on 特困 (see notOnTekunCheck).
 */
import type { ProgramResult, Reason } from '../model/report.ts';
import { check, missingOf, reasonsOf, verdictOf } from '../engine/checks.ts';
import { fenToWholeYuan, yuanAfter } from '../engine/money.ts';
import { memberLabel, SIZE_FACT, uncountedMembers } from './shared/household.ts';
import { type RuleContext, applyPlaceCheck } from './shared/context.ts';
import { nationalCitations } from '../params/citations.ts';
import type { Check } from '../model/report.ts';

/**
 * 办法第七条: who counts. Relatives without a statutory duty of support (relation `other`, such as
 * a nephew) are not 共同生活的家庭成员: neither counted nor their income pooled.
 */
export function householdCheck(ctx: RuleContext): Check {
  const h = ctx.h;
  const size = ctx.size;
  const cites = ctx.cite('dibao.household');
  if (size === undefined) return check('household', '共同生活的家庭成员', 'unknown', '还不知道家里一起生活的有几口人。', cites, [SIZE_FACT]);
  const left = uncountedMembers(h);
  const excluded = left.filter(({ member }) => member.excludedReason !== undefined).length;
  const others = left.filter(({ member }) => member.excludedReason === undefined);
  const notes: string[] = [];
  if (excluded > 0) notes.push(`另有 ${excluded} 人按规定不计入：长期在寺庙、服刑、强制戒毒或被宣告失踪的人不算家庭成员`);
  if (others.length > 0) {
    notes.push(`${others.map(memberLabel).join('、')}与家里没有法定赡养、扶养、抚养关系，不算共同生活的家庭成员，人数和收入都不计入`);
  }
  return check('household', '共同生活的家庭成员', 'pass', `按共同生活的家庭成员计算，共 ${size} 人。${notes.map((n) => `${n}。`).join('')}`, cites);
}

/**
 * A household already on 特困. 社会救助法 第十五条: "基本生活救助包括特困人员供养和最低生活保障";
 * 特困人员认定办法 第二十七条: "对终止救助供养的原特困人员，符合最低生活保障……条件的，应当按规定
 * 及时纳入". When the 特困 person is the whole household (one person), what 特困 itself says decides:
 * - 特困 still holds (likely or possible): its support already covers that basic living, and 低保
 *   follows only when it ends: `fail`;
 * - 特困 no longer holds (unlikely: 第二十四条, e.g. a young adult of 18 no longer at school):
 *   support ends, and 低保 must be considered at once (第二十七条): `pass`, and 低保 is assessed;
 * - 特困 still needs facts: so does this (`unknown`), never a rejection on a fact not asked.
 * When others live with the 特困 person, no national clause says they may not get 低保; 社会救助
 * 暂行办法 第十五条 says only that 特困供养 "应当与……最低生活保障……等制度相衔接", and how is local:
 * `uncertain`, never a rejection.
 */
export function notOnTekunCheck(ctx: RuleContext): Check | undefined {
  if (ctx.h.currentBenefits?.tekun !== true) return undefined;
  if (ctx.size === 1) {
    const tekun = ctx.resultOf('tekun');
    if (tekun.verdict === 'unlikely') {
      return check(
        'not_on_tekun',
        '特困供养终止后纳入低保',
        'pass',
        '你现在享受特困供养，但按你说的情况，特困供养的条件已经不符合（见特困供养一项），供养会终止；终止后符合低保条件的，应当及时纳入低保，下面按低保的条件估计。',
        ctx.cite('tekun.leaving'),
      );
    }
    if (tekun.verdict === 'need_info') {
      return check('not_on_tekun', '特困供养是否继续', 'unknown', '你现在享受特困供养：要先弄清特困供养还能不能继续，才能看低保。', ctx.cite('dibao.notWithTekun'), tekun.missing);
    }
    return check(
      'not_on_tekun',
      '没有在享受特困供养',
      'fail',
      '你已在享受特困人员救助供养，基本生活已由特困供养保障，继续享受特困供养即可；特困供养终止后，符合条件的可以纳入低保。',
      ctx.cite('dibao.notWithTekun'),
    );
  }
  return check(
    'not_on_tekun',
    '家里有人在享受特困供养',
    'uncertain',
    '家里有人在享受特困供养：一起生活的其他家庭成员能不能申请低保、特困人员本人算不算在内，由当地按特困供养和低保相衔接的规定确定，申请时请说明。',
    ctx.cite('dibao.withTekunMember'),
  );
}

/**
 * 价格临时补贴 (运城 二（二）, 阳江 二（二）): "确保及时足额向困难群众发放价格临时补贴". Said where 低保 or
 * 特困 may apply, and only where a local clause says it.
 */
export function priceSubsidyNote(ctx: RuleContext): Reason | undefined {
  const cites = ctx.cite('priceSubsidy');
  if (cites.length === 0) return undefined;
  return { text: '纳入低保或特困供养后，物价上涨较快时，当地还会按规定发放价格临时补贴。', citations: cites };
}

/**
 * Service-type assistance (运城 rule 26: "对低保对象、特困人员等低收入家庭成员中生活不能自理的老年人、
 * 未成年人、残疾人等特殊困难人员，提供必要的访视、照料服务"; 阳江 二（七）; 社会救助法 第三十四条):
 * offered as information when a member cannot manage some of the six daily activities.
 */
export function serviceOffer(ctx: RuleContext): Reason | undefined {
  const needing = (ctx.members ?? []).filter(({ member }) => (member.dailyActivitiesUnable?.length ?? 0) > 0);
  if (needing.length === 0) return undefined;
  return {
    text: `${needing.map(memberLabel).join('、')}生活不能完全自理：纳入救助后，还可以申请上门访视、照料等服务。`,
    citations: ctx.cite('service'),
  };
}

/**
 * 渐退期 for a household already on 低保 whose income has risen: the local seed months while in
 * force and within their scope (运城 rule 11, every household; 阳江 rule 12, "对农村低保对象",
 * rural households only, for its 5-year transition period), else the national "原则上不超过6个月"
 * after employment (办法第三十三条; 民政部等 2022 通知 一（三））.
 */
function gradualExitNote(ctx: RuleContext): Reason | undefined {
  const months = ctx.res.tryGet('gradualExit.months');
  if (months === undefined) return undefined;
  const sources = ctx.paramClauses('gradualExit.months');
  const localRule = ctx.res.sourceInfo('gradualExit.months')?.kind === 'seed';
  const ruralOnly = ctx.res.tryGet('gradualExit.ruralOnly') === true;
  if (localRule && (!ruralOnly || ctx.h.hukou === 'rural')) {
    return {
      text: `你家已在享受低保：人均收入超过标准后，当地规定给予 ${months} 个月的渐退期，不会马上停发。`,
      citations: [...new Set([...sources, ...nationalCitations('dibao.gradualExit')])],
    };
  }
  // A local rule for rural households only: others (or a 户籍 type not yet said) get the national rule.
  const national = localRule ? ctx.res.nationalValue('gradualExit.months') : months;
  if (national === undefined) return undefined;
  const scope = localRule ? '当地文件规定的渐退期是对农村低保对象的；' : '';
  return {
    text: `你家已在享受低保：${scope}家人就业后人均收入超过标准的，可以给予原则上不超过 ${national} 个月的渐退期，具体以当地规定为准。`,
    citations: [...new Set([...nationalCitations('dibao.gradualExit'), ...sources])],
  };
}

export function dibaoRule(ctx: RuleContext): ProgramResult {
  const h = ctx.h;
  const checks: Check[] = [householdCheck(ctx)];
  const place = applyPlaceCheck(ctx, 'dibao');
  if (place) checks.push(place);
  const tekun = notOnTekunCheck(ctx);
  if (tekun) checks.push(tekun);
  const extra: Reason[] = [];
  /** Facts that do not change the verdict but the estimate (the 户籍 type picks the standard). */
  const wanted: string[] = [];
  let estimate: ProgramResult['estimatedMonthlyAmount'];

  const income = ctx.incomeAssessment('dibao');
  if (income.kind === 'unknown') {
    checks.push(check('income', '家庭人均收入低于低保标准', 'unknown', income.text, ctx.cite('dibao.core', 'dibao.income'), income.missing));
  } else {
    const a = income.assessment;
    const cmp = ctx.compareWithDibaoStandard(a);
    checks.push(
      check('income', '家庭人均收入低于低保标准', cmp.status, cmp.text, [...ctx.cite('dibao.core', 'dibao.income', 'dibao.standard'), ...cmp.citations], cmp.missing),
    );
    extra.push(...a.notes);
    const hukou = cmp.hukou;
    // No amount while a member is on 特困 (whether that member counts is for the office), nor
    // before the 户籍 type is known: the amount depends on it, so it is asked.
    if (cmp.status === 'pass' && !hukou && tekun?.status !== 'uncertain') wanted.push('hukou');
    if (cmp.status === 'pass' && hukou && (!tekun || tekun.status === 'pass')) {
      const standard = ctx.dibaoStandardFen(hukou);
      const gap = (standard - cmp.perCapitaFen) * a.size;
      estimate = {
        yuan: fenToWholeYuan(gap),
        basis: `按差额估算：（${hukou === 'urban' ? '城市' : '农村'}低保标准${yuanAfter(standard)} − 人均收入${yuanAfter(cmp.perCapitaFen)}）× ${a.size} 人 =${yuanAfter(gap)}/月。实际金额以核对后的收入为准，有的地方按分档发放。`,
        demo: ctx.res.isDemo(`dibao.standardMonthly.${hukou}`),
        citations: ctx.cite('dibao.amount'),
      };
    }
    if (h.currentBenefits?.dibao === true && (cmp.status === 'fail' || cmp.status === 'uncertain')) {
      const exit = gradualExitNote(ctx);
      if (exit) extra.push(exit);
    }
  }

  checks.push(ctx.propertyCheck(h.hukou));

  const verdict = verdictOf(checks);
  // Seed rules 1–2 route 脱贫人口 who lost work capacity to 农村低保 "凡符合……条件的": shown only
  // where 低保 is still open and the household is not urban.
  const tuopin = ctx.cite('tuopin');
  if (
    verdict !== 'unlikely' &&
    h.hukou !== 'urban' &&
    h.tuopin === true &&
    tuopin.length > 0 &&
    (h.members ?? []).some((m) => m.lostWorkCapacity === 'full' || m.lostWorkCapacity === 'partial')
  ) {
    extra.push({
      text: '家里有脱贫人口丧失了劳动能力，又难以靠务工、产业获得稳定收入：符合条件的，应纳入农村低保或特困供养等相应救助。',
      citations: tuopin,
    });
  }
  extra.push({ text: '低保必须经过家庭经济状况核对，符合条件才能审批；这里的结果只是估计。', citations: ctx.cite('dibao.verify') });

  const review = ctx.cite('dibao.review');
  if (verdict === 'likely' || verdict === 'possible') {
    extra.push({ text: '纳入低保后会定期核查：收入稳定的家庭每年一次，收入不固定或有劳动能力成员的家庭每半年一次。', citations: review });
    const service = serviceOffer(ctx);
    if (service) extra.push(service);
  }
  return {
    program: 'dibao',
    verdict,
    reasons: reasonsOf(checks, extra),
    missing: verdict === 'likely' || verdict === 'possible' ? [...missingOf(checks), ...wanted.filter((w) => !missingOf(checks).includes(w))] : missingOf(checks),
    ...(estimate && (verdict === 'likely' || verdict === 'possible') ? { estimatedMonthlyAmount: estimate } : {}),
    checks,
    alternatives: [],
  };
}
