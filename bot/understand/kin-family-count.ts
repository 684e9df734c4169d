/**
 * "儿子一家三口和老两口住一块", "兄弟一家四口在城里": in a call summary, a count of people right after a
 * relative's own 一家 is that relative's family, not the size of the household asked about. Whether
 * they live with it is said by the rest of the sentence (together, apart), and each of them is placed
 * as they are named; the count alone must not cut the household down to it. Fixed look-back of two
 * tokens.
 */
import type { Relation } from '../../content/lexicon/index.ts';
import type { ClauseReading } from './clause-reading.ts';
import { isPhrase } from './phrases.ts';
import type { Reading } from './reading.ts';
import { meaningOf } from './tokens.ts';

/** Relatives whose own family a count after 一家 may be: a grown child's, a sibling's, a grandchild's. */
const OWN_FAMILY: ReadonlySet<Relation> = new Set(['child', 'sibling', 'grandchild']);

/** True when the count at clause token `i` (before 口/个人) is a relative's own family (`X一家N口`). */
export function kinFamilyCount(r: Reading, c: ClauseReading, i: number): boolean {
  if (r.ctx.slot !== 'summary') return false;
  const home = c.clause[i - 1];
  if (!home || !isPhrase(home.text, 'wholeFamilyWord')) return false;
  const kin = meaningOf(c.clause[i - 2], 'person');
  if (kin !== undefined && kin.rel !== undefined && OWN_FAMILY.has(kin.rel) && c.clause[i - 2]!.end === home.start)
    return true;
  return ownFamilyOfTopic(r, c, i);
}

/**
 * "儿子40岁在县城打工，自己一家四口": a clause opening with 自己一家 right after a grown relative was talked about,
 * in the same sentence, counts that relative's own family. They keep a household of their own, so they live
 * apart (an obligor, 最低生活保障审核确认办法 第七条) unless the summary says they live with the family.
 */
function ownFamilyOfTopic(r: Reading, c: ClauseReading, i: number): boolean {
  if (i !== 2 || c.ci === 0 || !isPhrase(c.clause[0]!.text, 'reflexiveOnly')) return false;
  // (The sentence goes on from the clause before: no full stop between.)
  const before = r.clauses[c.ci - 1];
  if (!before || /[。！？!?]/.test(r.text.slice(before.at(-1)!.end, c.clauseStart))) return false;
  const named = before.findLast((t) => meaningOf(t, 'person') !== undefined);
  const p = named && r.people.list.findLast((q) => q.at === named.start);
  if (!p || p === r.people.self || !OWN_FAMILY.has(p.rel) || p.known !== undefined || p.n !== 1) return false;
  if (!p.atHome) p.apart ??= true;
  return true;
}
