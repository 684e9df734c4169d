/**
 * What 低保 and 特困 bring besides the money, said where they may apply:
 * - services: 社会救助法 第三十四条, and a city's notice where its package cites one on `service`
 *   (e.g. "对……生活不能自理的老年人、未成年人、残疾人等特殊困难人员，提供必要的访视、照料服务");
 * - 价格临时补贴: said only by local notices ("确保及时足额向困难群众发放价格临时补贴"), so offered
 *   where the city's package cites a clause on `priceSubsidy`;
 * - 脱贫人口: the local notices route those who lost the capacity to work to 农村低保 or 特困
 *   "凡符合……条件的" (`tuopin`).
 */
import type { Finding } from '../../model/finding.ts';
import { note } from '../../engine/findings.ts';
import { ref } from '../common/household.ts';
import type { RuleContext } from '../common/context.ts';

export function serviceOffer(ctx: RuleContext): Finding | undefined {
  const needing = (ctx.members ?? []).filter(({ member }) => (member.dailyActivitiesUnable?.length ?? 0) > 0);
  if (needing.length === 0) return undefined;
  return note('dibao.service', { who: needing.map(ref) }, ctx.cite('service'));
}

export function priceSubsidyNote(ctx: RuleContext): Finding | undefined {
  const cites = ctx.cite('priceSubsidy');
  return cites.length > 0 ? note('dibao.priceSubsidy', {}, cites) : undefined;
}

/** Shown only where 低保 is still open and the household is not urban. */
export function tuopinNote(ctx: RuleContext): Finding | undefined {
  const h = ctx.h;
  const cites = ctx.cite('tuopin');
  const lost = (h.members ?? []).some((m) => m.lostWorkCapacity === 'full' || m.lostWorkCapacity === 'partial');
  return h.hukou !== 'urban' && h.tuopin === true && cites.length > 0 && lost
    ? note('dibao.tuopin', {}, cites)
    : undefined;
}
