/**
 * 渐退期 for a household already on 低保 whose income has risen.
 * 最低生活保障审核确认办法 第三十三条: "对就业后家庭人均收入超过当地最低生活保障标准的最低生活保障家庭，
 * 县级人民政府民政部门可以给予一定时间的渐退期"; 民政部等 2022 通知 一（三）: "原则上不超过6个月".
 * A city's own rule while in force and within its scope, as its package declares it: the months
 * (`gradualExit.months`, e.g. "对家庭人均收入超过当地低保标准的，给予六个月的渐退期"), and whether it is
 * stated for rural households only (`gradualExit.ruralOnly`, e.g. "对农村低保对象……给予6个月的救助渐退期").
 * Otherwise the national rule.
 */
import type { Finding } from '../../model/finding.ts';
import { note } from '../../engine/findings.ts';
import { nationalCitations } from '../../params/citations.ts';
import type { RuleContext } from '../common/context.ts';

export function gradualExitNote(ctx: RuleContext): Finding | undefined {
  const months = ctx.res.tryGet('gradualExit.months');
  if (months === undefined) return undefined;
  const sources = ctx.paramClauses('gradualExit.months');
  const localRule = ctx.res.sourceInfo('gradualExit.months')?.kind === 'seed';
  const ruralOnly = ctx.res.tryGet('gradualExit.ruralOnly') === true;
  const cites = [...new Set([...nationalCitations('dibao.gradualExit'), ...sources])];
  if (localRule && (!ruralOnly || ctx.h.hukou === 'rural')) {
    return note('dibao.exitLocal', { months }, [...new Set([...sources, ...nationalCitations('dibao.gradualExit')])]);
  }
  // A local rule for rural households only: others (or a 户籍 type not yet said) get the national rule.
  const national = localRule ? ctx.res.nationalValue('gradualExit.months') : months;
  if (national === undefined) return undefined;
  return note('dibao.exitNational', { months: national, ruralOnlyLocally: localRule }, cites);
}
