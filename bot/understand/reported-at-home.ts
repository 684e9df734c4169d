/**
 * "来电人称，父亲上个月查出肝癌…来电人在县城送外卖，和父母一起住": a parent the caller only reports on
 * (称, 反映: not 替/为/帮/代, asking for them) while a sentence about the caller says the caller lives
 * with the parents. The household screened is the caller's own, the parent one of its members, as when
 * the living together is said in the parent's own sentence ("称母亲今年88岁，跟他和老婆一起住").
 */
import { callerWithParentsSaid } from './caller-at-home.ts';
import { hasPhrase } from './phrases.ts';
import type { Reading } from './reading.ts';

export function reportedParentAtCallersHome(r: Reading, rel: string, start: number): boolean {
  if (r.ctx.slot !== 'summary' || (rel !== 'parent' && rel !== 'grandparent')) return false;
  if (hasPhrase(r.text.slice(Math.max(0, start - 8), start), 'onBehalf')) return false;
  return callerWithParentsSaid(r, rel);
}
