/**
 * A son, daughter or sibling named as the one who gives the household money, while the household is
 * described ("俺老两口都七十多了，靠儿子给点钱过日子", 粤 "两公婆靠个仔畀啲钱食饭"): they support it from
 * elsewhere, a relative with a duty to support (社会救助暂行办法 第九条 counts 赡养费 as income), not one
 * more member. Only the giver named just before the giving word (or before how often, 每月) in the same
 * clause, only money given (钱 or an amount right after), and not where the clause says they live together.
 * A spouse who gives money is one of them only where the message says the couple divorced ("离婚了，娃他爸
 *每月给三百", 粤 "离咗婚，前夫每个月畀五百") or the money is a child's upkeep (抚养费): the ex-spouse owes
 * the child support (民法典 第一千零八十五条) and lives elsewhere; what they pay is the household's income.
 * Linear: a fixed look at the few tokens around the giving word.
 */
import { isMeaning } from './cues.ts';
import { hasPhrase } from './phrases.ts';
import type { ClauseReading } from './clause-reading.ts';
import type { Reading } from './reading.ts';
import { meaningOf } from './tokens.ts';

const GIVERS: ReadonlySet<string> = new Set(['child', 'grandchild', 'sibling']);

export function giverLivesApart(r: Reading, c: ClauseReading, i: number): void {
  // (A call summary places its children and siblings itself; only the former spouse is placed here.)
  const summary = r.ctx.slot === 'summary';
  if (r.ctx.slot !== 'opening' && r.ctx.slot !== 'members' && !summary) return;
  const tok = c.clause[i]!;
  // ("儿子每月给五百", 粤 "个仔每个月畀五百": how often it is given may come between.)
  const named = c.clause[isMeaning(c.clause[i - 1], 'period') ? i - 2 : i - 1];
  const rel = meaningOf(named, 'person')?.rel;
  if (!named || !rel || c.negated(i)) return;
  const upkeep = hasPhrase(r.text.slice(tok.end, tok.end + 8), 'childUpkeep');
  const exSpouse = rel === 'spouse' && (upkeep || hasPhrase(r.text, 'divorced'));
  if ((summary || !GIVERS.has(rel)) && !exSpouse) return;
  const next = c.clause[i + 1];
  const money = next?.kind === 'num' || upkeep || r.text.slice(tok.start, tok.end + 3).includes('钱');
  if (!money || c.clause.some((t) => isMeaning(t, 'together'))) return;
  const giver = r.people.namedAt(named.start);
  if (!giver || giver === r.people.self || giver.known !== undefined || giver.dead) return;
  giver.apart = true;
}
