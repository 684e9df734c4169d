/**
 * 户口, the place named, and emergencies: one event per emergency told (the most specific kind,
 * within the last year unless the question was about emergencies), with its date and where it
 * happened (临时救助 is given where it happened: both notices 二(六)), and whether basic living is
 * severely affected.
 */
import { daysBetween, EVENT_RANK } from './cues.ts';
import { parseWhen } from './dates.ts';
import { homeLost } from './home-lost.ts';
import { livesOnOne } from './lives-on-one.ts';
import { lodgesElsewhere } from './lodging-elsewhere.ts';
import { placeCodeOf } from './places.ts';
import type { Reading } from './reading.ts';
import { meaningOf } from './tokens.ts';
import { firstPhrase, hasPhrase, isPhrase } from './phrases.ts';

/** Emergencies that strike a person (an earner hurt or taken ill), not their home or goods. */
const STRIKES: ReadonlySet<string> = new Set(['accident', 'traffic_accident', 'sudden_illness']);

export function placeHardship(r: Reading): void {
  // ── Hukou, region, hardship ─────────────────────────────────────────────────────────────
  // "以前系农业户口，而家全部改晒做居民户口，我都唔知算边样": the reform and a 唔知 leave it unknown;
  // so does a kind said only of the past ("唔清楚，以前系农村，后尾好似转咗": what it is now is not known).
  if (r.hukou && !((r.hukouConflict || r.hukouReform || r.hukou.past) && r.idk))
    r.add('hukou', r.hukou.v, r.hukou.span, r.hukouGuessed ? { hedged: true } : {});
  if (r.regionFact) r.add('region', r.regionFact.code, r.regionFact.span);
  const kinds = new Set(r.events.map((e) => e.kind));
  const kept = r.events.filter((e, k) => {
    if (r.events.findIndex((x) => x.kind === e.kind) !== k) return false;
    // Told in passing about something long ago ("前年出车祸没了"): not an emergency now.
    const when =
      e.date ?? parseWhen(r.text.slice(r.clauses[e.clause]![0]!.start, r.clauses[e.clause]!.at(-1)!.end), r.ctx.today);
    if (when && !r.ctx.slot.startsWith('hardship') && daysBetween(when, r.ctx.today) > 366) return false;
    // One emergency told with its consequences ("煤气中毒 … 抢救", "车祸 … 身亡"): the most specific
    // kind names it; a fire and a theft are two.
    return EVENT_RANK[e.kind] === 0 || EVENT_RANK[e.kind] === Math.min(...[...kinds].map((x) => EVENT_RANK[x]));
  });
  kept.forEach((e, k) => {
    r.add(`hardship.events[${k}].kind`, e.kind, e.span);
    const clauseText = r.text.slice(r.clauses[e.clause]![0]!.start, r.clauses[e.clause]!.at(-1)!.end);
    // (A date said elsewhere in the message names this event only if recent: "个女早年病死" dates no crime.)
    const anywhere = parseWhen(r.text, r.ctx.today);
    // ("11月28日夜里羊圈被撬，羊全让人偷了…今年过年都没着落了": the date said earlier in the event's
    // sentence, not a festival named later.)
    const recent = (d: string | undefined) => (d && daysBetween(d, r.ctx.today) <= 366 ? d : undefined);
    const clauseStart = r.clauses[e.clause]![0]!.start;
    const sentence = r.text.slice(r.text.lastIndexOf('。', clauseStart) + 1, r.clauses[e.clause]!.at(-1)!.end);
    const date =
      e.date ??
      parseWhen(clauseText, r.ctx.today) ??
      (r.ctx.slot === 'summary' ? recent(parseWhen(sentence, r.ctx.today)) : undefined) ??
      (anywhere && daysBetween(anywhere, r.ctx.today) <= 366 ? anywhere : undefined);
    if (date && date <= r.ctx.today) r.add(`hardship.events[${k}].date`, date, e.span);
    // Where it happened: a place named after the event, or after 在/喺/到 ("琴日喺<county>出咗车祸").
    const cl = r.clauses[e.clause]!;
    const placeTok = cl.find(
      (t, j) => meaningOf(t, 'place') && (t.start > (e.at ?? 0) || isPhrase(cl[j - 1]?.text ?? '', 'atOrTo')),
    );
    const place = placeCodeOf(placeTok, r.ctx.region);
    if (place) r.add(`hardship.events[${k}].place`, place, e.span);
    // A call summary names where the family lives first; an emergency with no other place happened there.
    else if (r.ctx.slot === 'summary' && r.regionFact && !r.regionFact.code.endsWith('00'))
      r.add(`hardship.events[${k}].place`, r.regionFact.code, e.span);
    // A resident telling of it ("屋里着火了 … 俺是<county>的", "间屋火烧，喺<town>"): the one county the
    // message names, unless the emergency's own clause says it was somewhere else (在西安出了车祸).
    else if (
      (r.ctx.slot === 'opening' || r.ctx.slot.startsWith('hardship')) &&
      r.regionFact &&
      !r.regionFact.code.endsWith('00') &&
      !/[在喺到去][^，。,.\s]/.test(clauseText)
    )
      r.add(`hardship.events[${k}].place`, r.regionFact.code, e.span);
  });
  // A summary telling of an emergency that names the one the family lives on ("丈夫是家里顶梁柱", 粤
  // "老公系屋企唯一揾钱嘅人"): that earner struck, basic living is severely hit (临时救助: 因意外事件等
  // 导致基本生活陷入困境). Not when the summary says the family is managing.
  if (r.ctx.slot === 'summary' && kept.length > 0 && r.severe === undefined) {
    const at = firstPhrase(r.text, 'breadwinner');
    if (at) r.severe = { v: true, span: [at.index, at.index + at.length] };
    // (Named by relation or name, "家里就靠丈夫打工"; or the income said gone, "家里就没啦进项".)
    else {
      const one = livesOnOne(r);
      if (one) r.severe = { v: true, span: one };
    }
  }
  // "丈夫生前送外卖月入六千" after his sudden death: the one who earned died and no one else of the family is
  // said to earn, so basic living is severely hit the same way (临时救助: 因意外事件等导致基本生活陷入困境).
  if (r.ctx.slot === 'summary' && kept.length > 0 && r.severe === undefined) {
    const earned = (a: (typeof r.amounts)[number]) =>
      (a.category === 'wages' || a.category === 'business') && !a.negated && a.person !== undefined;
    const lost = r.amounts.find((a) => earned(a) && a.person!.dead);
    if (lost && !r.amounts.some((a) => earned(a) && !a.person!.dead && !a.person!.apart))
      r.severe = { v: true, span: [lost.start, lost.end] };
  }
  // "之前帮人看鱼塘每月1500…现无法工作", "丈夫原月薪四千" after an accident or a sudden illness: the family
  // lived on what a member earned before it, and no one of the family earns now — basic living is
  // severely hit the same way (临时救助: 因意外事件、突发重大疾病等导致基本生活陷入困境).
  if (
    r.ctx.slot === 'summary' &&
    r.severe === undefined &&
    kept.some((e) => STRIKES.has(e.kind)) &&
    r.amounts.some((a) => a.category === 'expense' && !a.negated)
  ) {
    // (Pay, not a farm or a trade the family goes on with while the earner is laid up.)
    const home = (a: (typeof r.amounts)[number]) =>
      a.category === 'wages' &&
      !a.negated &&
      a.person !== undefined &&
      !a.person.dead &&
      !a.person.apart &&
      !a.person.bystander;
    // (Said of before it, or by one now said not to work: "…每月1500元，现无法工作".)
    const stopped = (a: (typeof r.amounts)[number]) =>
      a.past || r.personFacts.get(a.person!.key)?.employed?.v === false;
    const before = r.amounts.find((a) => home(a) && stopped(a));
    if (before && !r.amounts.some((a) => home(a) && !stopped(a)))
      r.severe = { v: true, span: [before.start, before.end] };
  }
  // A home lost to fire or flood, the family now at a relative's or a friend's ("现在住在他侄子家"): the same.
  if (r.severe === undefined && kept.some((e) => e.kind === 'fire' || e.kind === 'natural_disaster')) {
    // (Or the home itself gone whole: "房屋全毁", "间屋烧晒"; or all but the clothes worn: "仅剩身上衣服";
    // or the family moved to a shelter: "已搬去临时安置点".)
    const cl = r.clauses.find((c, k) => {
      if (lodgesElsewhere(c, r.text, c[0]!.start) || homeLost(c, r.text, r.clauses[k - 1])) return true;
      const said = r.text.slice(c[0]!.start, c.at(-1)!.end);
      // (Or the bedding, clothes or grain all gone: "被子衣裳烧得没啦", 粤 "被铺衫裤冲晒".)
      if (hasPhrase(said, 'livingBasics') && hasPhrase(said, 'basicsGone')) return true;
      return hasPhrase(said, 'leftWithNothing') || hasPhrase(said, 'shelterGiven');
    });
    if (cl) r.severe = { v: true, span: [cl[0]!.start, cl.at(-1)!.end] };
  }
  if (
    r.severe &&
    (kept.length > 0 || r.ctx.slot === 'hardship.severe' || (r.ctx.household.hardship?.events?.length ?? 0) > 0)
  ) {
    const n = Math.max(kept.length, r.ctx.household.hardship?.events?.length ?? 0, 1);
    for (let k = 0; k < n; k++) r.add(`hardship.events[${k}].basicLivingSevere`, r.severe.v, r.severe.span);
  }
}
