/**
 * A son, daughter or sibling named as the one who gives the household money, while the household is
 * described ("俺老两口都七十多了，靠儿子给点钱过日子", 粤 "两公婆靠个仔畀啲钱食饭"): they support it from
 * elsewhere, a relative with a duty to support (社会救助暂行办法 第九条 counts 赡养费 as income), not one
 * more member. Only the giver named just before the giving word (or before how often, 每月) in the same
 * clause, only money given (钱 or an amount right after), and not where the clause says they live together.
 * Linear: a fixed look at the few tokens around the giving word.
 */
import { isMeaning } from './cues.ts';
import type { ClauseReading } from './clause-reading.ts';
import type { Reading } from './reading.ts';
import { meaningOf } from './tokens.ts';

const GIVERS: ReadonlySet<string> = new Set(['child', 'grandchild', 'sibling']);

export function giverLivesApart(r: Reading, c: ClauseReading, i: number): void {
  if (r.ctx.slot !== 'opening' && r.ctx.slot !== 'members') return;
  const tok = c.clause[i]!;
  // ("儿子每月给五百", 粤 "个仔每个月畀五百": how often it is given may come between.)
  const named = c.clause[isMeaning(c.clause[i - 1], 'period') ? i - 2 : i - 1];
  const rel = meaningOf(named, 'person')?.rel;
  if (!named || !rel || !GIVERS.has(rel) || c.negated(i)) return;
  const next = c.clause[i + 1];
  const money = next?.kind === 'num' || r.text.slice(tok.start, tok.end + 3).includes('钱');
  if (!money || c.clause.some((t) => isMeaning(t, 'together'))) return;
  const giver = r.people.list.find((p) => p.at === named.start);
  if (!giver || giver === r.people.self || giver.known !== undefined || giver.dead) return;
  giver.apart = true;
}
