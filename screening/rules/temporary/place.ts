/**
 * Where 临时救助 is applied for: the 急难发生地. 社会救助法 第三十七条: "申请临时救助，由本人或者与其共同
 * 生活的家庭成员向急难发生地乡镇人民政府、街道办事处提出"; a city's notice may say the same in its own
 * words (its package's clause on `temp.place`, e.g. "由急难发生地实施临时救助"). The event's place is read
 * when given, named, and said plainly when it is not the resident's city; the notice of the city where
 * it happened is cited when that city has one.
 */
import type { Place } from '../../catalogue/temporary.ts';
import type { RuleContext } from '../common/context.ts';

export function emergencyPlace(ctx: RuleContext): { place: Place; citations: string[] } {
  const code = (ctx.h.hardship?.events ?? []).find((e) => e.place !== undefined)?.place;
  const region = code ? ctx.res.regionInfo(code) : undefined;
  const city = code ? ctx.res.cityOf(code) : undefined;
  if (!region || !city) return { place: { kind: 'unknown' }, citations: ctx.cite('temp.place') };
  const citations = ctx.res.citations('temp.place', city.code);
  if (city.code === ctx.city) return { place: { kind: 'here', name: region.name }, citations };
  const name = region.code === city.code ? region.name : `${city.name}${region.name}`;
  return { place: { kind: 'elsewhere', name, home: ctx.res.city.name }, citations };
}
