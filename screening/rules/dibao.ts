/**
 * 最低生活保障 (dibao), the whole household.
 *
 * 社会救助暂行办法 第九条: "国家对共同生活的家庭成员人均收入低于当地最低生活保障标准，且符合
 * 当地最低生活保障家庭财产状况规定的家庭，给予最低生活保障。" (restated in 社会救助法 第十八条).
 * Household per 最低生活保障审核确认办法 第七条, income per 第十三条 with the 运城 and 阳江
 * local rules (seed rules 6–10), property per 第十四条 (local limits, never a rejection while
 * unknown). The amount is the gap to the standard (第十二条), estimated only when income is
 * clearly under the line.
 */
import type { ProgramResult, Reason } from '../model/report.ts';
import { check, missingOf, reasonsOf, verdictOf } from '../engine/checks.ts';
import { fenToWholeYuan, formatYuan } from '../engine/money.ts';
import { countedMembers, householdSize, SIZE_FACT } from './shared/household.ts';
import { type RuleContext, demoNote } from './shared/context.ts';
import type { Check } from '../model/report.ts';

export function householdCheck(ctx: RuleContext): Check {
  const h = ctx.h;
  const size = householdSize(h);
  const cites = ctx.cite('dibao.household');
  if (size === undefined) return check('household', '共同生活的家庭成员', 'unknown', '还不知道家里一起生活的有几口人。', cites, [SIZE_FACT]);
  const excluded = (h.members?.length ?? 0) - (countedMembers(h)?.length ?? 0);
  const note = excluded > 0 ? `（另有 ${excluded} 人按规定不计入，例如长期在寺庙、服刑或被宣告失踪）` : '';
  return check('household', '共同生活的家庭成员', 'pass', `按共同生活的家庭成员计算，共 ${size} 人${note}。`, cites);
}

export function dibaoRule(ctx: RuleContext): ProgramResult {
  const h = ctx.h;
  const checks: Check[] = [householdCheck(ctx)];
  const extra: Reason[] = [];
  let estimate: ProgramResult['estimatedMonthlyAmount'];

  const income = ctx.incomeAssessment('dibao');
  if (income.kind === 'unknown') {
    checks.push(check('income', '家庭人均收入低于低保标准', 'unknown', income.text, ctx.cite('dibao.core', 'dibao.income'), income.missing));
  } else {
    const a = income.assessment;
    const cmp = ctx.compareByHukou(a, (hukou) => ({ fen: ctx.dibaoStandardFen(hukou), name: `${hukou === 'urban' ? '城市' : '农村'}低保标准` }));
    const demo = demoNote(ctx, 'dibao.standardMonthly.urban', 'dibao.standardMonthly.rural');
    checks.push(
      check('income', '家庭人均收入低于低保标准', cmp.status, `${cmp.text}${demo}`, [...ctx.cite('dibao.core', 'dibao.income', 'dibao.standard'), ...cmp.citations], cmp.missing),
    );
    extra.push(...a.notes);
    const hukou = cmp.hukou;
    if (cmp.status === 'pass' && hukou) {
      const standard = ctx.dibaoStandardFen(hukou);
      const gap = (standard - cmp.perCapitaFen) * a.size;
      estimate = {
        yuan: fenToWholeYuan(gap),
        basis: `按差额估算：（${hukou === 'urban' ? '城市' : '农村'}低保标准 ${formatYuan(standard)} 元 − 人均收入 ${formatYuan(cmp.perCapitaFen)} 元）× ${a.size} 人 = ${formatYuan(gap)} 元/月。实际金额以核对后的收入为准，有的地方按分档发放${demo}。`,
        demo: ctx.res.isDemo(`dibao.standardMonthly.${hukou}`),
        citations: ctx.cite('dibao.amount'),
      };
    }
    if (h.currentBenefits?.dibao === true && (cmp.status === 'fail' || cmp.status === 'uncertain')) {
      const months = ctx.res.tryGet('gradualExit.months');
      const gradual = ctx.cite('dibao.gradualExit');
      if (months !== undefined && gradual.length > 0) {
        extra.push({ text: `你家已在享受低保：人均收入超过标准后，当地规定给予 ${months} 个月的渐退期，不会马上停发。`, citations: gradual });
      }
    }
  }

  checks.push(ctx.propertyCheck(h.hukou));

  if (h.currentBenefits?.tekun === true) {
    extra.push({ text: '你已在享受特困人员救助供养，特困供养的标准高于低保，一般不再另外申请低保。', citations: ctx.cite('tekun.conditions') });
  }
  const tuopin = ctx.cite('tuopin');
  if (h.tuopin === true && tuopin.length > 0 && (h.members ?? []).some((m) => m.lostWorkCapacity === 'full' || m.lostWorkCapacity === 'partial')) {
    extra.push({
      text: '家里有脱贫人口丧失了劳动能力，又难以靠务工、产业获得稳定收入，按规定应纳入农村低保或特困供养等相应救助。',
      citations: tuopin,
    });
  }
  extra.push({ text: '低保必须经过家庭经济状况核对，符合条件才能审批；这里的结果只是估计。', citations: ctx.cite('dibao.verify') });

  const verdict = verdictOf(checks);
  const review = ctx.cite('dibao.review');
  if (verdict === 'likely' || verdict === 'possible') {
    extra.push({ text: '纳入低保后会定期核查：收入稳定的家庭每年一次，收入不固定或有劳动能力成员的家庭每半年一次。', citations: review });
  }
  return {
    program: 'dibao',
    verdict,
    reasons: reasonsOf(checks, extra),
    missing: missingOf(checks),
    ...(estimate && (verdict === 'likely' || verdict === 'possible') ? { estimatedMonthlyAmount: estimate } : {}),
    checks,
    alternatives: [],
  };
}
