/**
 * 最低生活保障 (dibao), the whole household.
 *
 * 社会救助暂行办法 第九条: "国家对共同生活的家庭成员人均收入低于当地最低生活保障标准，且符合当地最低
 * 生活保障家庭财产状况规定的家庭，给予最低生活保障。" (restated in 社会救助法 第十八条).
 * The named tests: who counts (第七条, household.ts), where to apply (common/apply-place.ts), a
 * household already on 特困 (not-on-tekun.ts), income below the standard (第十三条 with the local
 * rules, income/), property (第十四条). The amount is the gap to the standard (第二十三条; 暂行办法
 * 第十二条), estimated only when income is clearly under the line and the 户籍 type is known.
 */
import type { Check, ProgramResult } from '../../model/report.ts';
import type { Finding } from '../../model/finding.ts';
import { missingOf, verdictOf } from '../../engine/checks.ts';
import { finding, note, reasonsOf, say, toCheck, withClauses } from '../../engine/findings.ts';
import { fenToWholeYuan } from '../../engine/money.ts';
import type { RuleContext } from '../common/context.ts';
import { applyPlaceCheck } from '../common/apply-place.ts';
import { compareWithDibaoStandard } from '../common/hukou.ts';
import { householdCheck } from './household.ts';
import { notOnTekunCheck } from './not-on-tekun.ts';
import { gradualExitNote } from './gradual-exit.ts';
import { serviceOffer, tuopinNote } from './notes.ts';

type Estimate = ProgramResult['estimatedMonthlyAmount'];

/** Income below the standard; the estimate; and what the 户籍 type or the 渐退期 add. */
function incomeTest(
  ctx: RuleContext,
  onTekun: Check | undefined,
): { check: Check; notes: Finding[]; estimate?: Estimate; wanted: string[] } {
  const income = ctx.incomeAssessment('dibao');
  if (income.kind === 'unknown')
    return {
      check: toCheck('income', 'income', withClauses(income.finding, ctx.cite('dibao.core', 'dibao.income'))),
      notes: [],
      wanted: [],
    };
  const a = income.assessment;
  const cmp = compareWithDibaoStandard(ctx, a);
  const check = toCheck(
    'income',
    'income',
    withClauses(cmp.finding, ctx.cite('dibao.core', 'dibao.income', 'dibao.standard')),
  );
  const notes = [...a.notes];
  const wanted: string[] = [];
  // No amount while a member is on 特困 (whether that member counts is for the office), nor before
  // the 户籍 type is known: the amount depends on it, so it is asked.
  if (cmp.status === 'pass' && !cmp.hukou && onTekun?.status !== 'uncertain') wanted.push('hukou');
  let estimate: Estimate;
  if (cmp.status === 'pass' && cmp.hukou && (!onTekun || onTekun.status === 'pass')) {
    const standard = ctx.dibaoStandardFen(cmp.hukou);
    const gap = (standard - cmp.perCapitaFen) * a.size;
    const basis = finding('dibao.estimate', 'info', {
      hukou: cmp.hukou,
      standard,
      perCapita: cmp.perCapitaFen,
      size: a.size,
      gap,
    });
    estimate = {
      yuan: fenToWholeYuan(gap),
      basis: say(basis),
      demo: ctx.res.isDemo(`dibao.standardMonthly.${cmp.hukou}`),
      citations: ctx.cite('dibao.amount'),
    };
  }
  if (ctx.h.currentBenefits?.dibao === true && (cmp.status === 'fail' || cmp.status === 'uncertain')) {
    const exit = gradualExitNote(ctx);
    if (exit) notes.push(exit);
  }
  return { check, notes, ...(estimate ? { estimate } : {}), wanted };
}

export function dibaoRule(ctx: RuleContext): ProgramResult {
  const checks: Check[] = [householdCheck(ctx)];
  const place = applyPlaceCheck(ctx, 'dibao');
  if (place) checks.push(place);
  const onTekun = notOnTekunCheck(ctx);
  if (onTekun) checks.push(onTekun);
  const income = incomeTest(ctx, onTekun);
  checks.push(income.check, ctx.propertyCheck(ctx.h.hukou));

  const verdict = verdictOf(checks);
  const hopeful = verdict === 'likely' || verdict === 'possible';
  const extra: Finding[] = [...income.notes];
  const tuopin = verdict !== 'unlikely' ? tuopinNote(ctx) : undefined;
  if (tuopin) extra.push(tuopin);
  extra.push(note('dibao.verify', {}, ctx.cite('dibao.verify')));
  if (hopeful) {
    extra.push(note('dibao.review', {}, ctx.cite('dibao.review')));
    const service = serviceOffer(ctx);
    if (service) extra.push(service);
  }
  const missing = missingOf(checks);
  return {
    program: 'dibao',
    verdict,
    reasons: reasonsOf(checks, extra),
    missing: hopeful ? [...missing, ...income.wanted.filter((w) => !missing.includes(w))] : missing,
    ...(income.estimate && hopeful ? { estimatedMonthlyAmount: income.estimate } : {}),
    checks,
    alternatives: [],
  };
}
