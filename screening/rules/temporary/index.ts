/**
 * 临时救助 (temporary_assistance). 社会救助暂行办法 第四十七条: "国家对因火灾、交通事故等意外事件，家庭
 * 成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭，或者因生活必需支出突然增加超出家庭承受
 * 能力，导致基本生活暂时出现严重困难的最低生活保障家庭，以及遭遇其他特殊困难的家庭，给予临时救助。"
 * Two routes, either suffices: 急难型 (emergency.ts) and 支出型 (expenditure.ts). A route never asked is
 * not a "no". Amounts are local and large cases go to 一事一议 (both notices 二（六）), so no amount is
 * estimated (Q10); where the hardship goes on, 一次审批、分阶段救助 and 跟进救助 are said.
 */
import type { Check, ProgramResult } from '../../model/report.ts';
import type { Finding } from '../../model/finding.ts';
import { missingOf, verdictOf, verdictRank } from '../../engine/checks.ts';
import { finding, note, reasonsOf, toCheck } from '../../engine/findings.ts';
import type { RuleContext } from '../common/context.ts';
import { emergencyRoute } from './emergency.ts';
import { expenditureRoute } from './expenditure.ts';

/** The routes the household was not asked about, left open. */
function unasked(ctx: RuleContext, emergency: Check | undefined, expenditure: Check[] | undefined): Check[] {
  const hs = ctx.h.hardship;
  if (hs === undefined) return [];
  const saidNone = hs.none === true;
  const who = ctx.cite('temp.who');
  const out: Check[] = [];
  if (!emergency && !saidNone && hs.events === undefined) {
    out.push(
      toCheck(
        'emergency',
        'emergency',
        finding('temp.eventsUnasked', 'unknown', {}, [...who, ...ctx.cite('temp.place')], ['hardship.events']),
      ),
    );
  }
  if (!expenditure && !saidNone && hs.expenses === undefined) {
    out.push(
      toCheck(
        'expenditure',
        'expenditure',
        finding(
          'temp.expensesUnasked',
          'unknown',
          {},
          [...who, ...ctx.cite('temp.expenditure')],
          ['hardship.expenses'],
        ),
      ),
    );
  }
  return out;
}

export function temporaryAssistanceRule(ctx: RuleContext): ProgramResult {
  const whoCites = ctx.cite('temp.who');
  const emergency = emergencyRoute(ctx);
  const expenditure = expenditureRoute(ctx);
  const open = unasked(ctx, emergency, expenditure);
  let checks: Check[];
  if (!emergency && !expenditure && open.length === 0) {
    checks =
      ctx.h.hardship !== undefined
        ? [toCheck('hardship', 'hardship', finding('temp.none', 'fail', {}, whoCites))]
        : [toCheck('hardship', 'hardship', finding('temp.unasked', 'unknown', {}, whoCites, ['hardship']))];
  } else {
    // Either route suffices: keep the better one's checks.
    const routes: Check[][] = [
      ...(emergency ? [[emergency]] : []),
      ...(expenditure ? [expenditure] : []),
      ...open.map((c) => [c]),
    ];
    checks = routes.reduce((x, y) => (verdictRank(verdictOf(y)) > verdictRank(verdictOf(x)) ? y : x));
  }
  const verdict = verdictOf(checks);
  const hopeful = verdict === 'likely' || verdict === 'possible';
  const extra: Finding[] = [];
  if (verdict !== 'unlikely')
    extra.push(note('temp.amount', {}, ctx.cite('temp.amount')), note('temp.hotline', {}, ctx.cite('hotline')));
  const staged = ctx.cite('temp.staged');
  if (emergency && checks.includes(emergency) && hopeful && staged.length > 0)
    extra.push(note('temp.staged', {}, staged));
  if (expenditure && checks === expenditure && verdict !== 'unlikely')
    extra.push(note('temp.expenditureRoute', {}, ctx.cite('temp.expenditure')));
  return {
    program: 'temporary_assistance',
    verdict,
    reasons: reasonsOf(checks, extra),
    missing: missingOf(checks),
    checks,
    alternatives: [],
  };
}
