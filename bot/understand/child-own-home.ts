/**
 * "儿子在县城有房有车", 粤 "个女喺市区买咗楼": in a call summary, a child said to own a home (not one
 * said to live with the family) has a household of their own. Under 最低生活保障审核确认办法 第七条 a
 * grown child living apart is someone who owes support, not a member, and their house and car are
 * not the household's property.
 */
import type { ClauseReading } from './clause-reading.ts';
import type { Reading } from './reading.ts';
import type { WordToken } from './read-word.ts';
import { endsWithPhrase } from './phrases.ts';

/** Mark the child the clause is about as living apart when the house word `tok` is one they own. */
export function childOwnsHome(r: Reading, c: ClauseReading, tok: WordToken, i: number): void {
  const p = c.clausePerson;
  if (r.ctx.slot !== 'summary' || p === undefined || p.rel !== 'child') return;
  // A member already known, or one said to live with the family, stays a member.
  if (p.known !== undefined || p.apart !== undefined || c.negated(i)) return;
  if (!endsWithPhrase(r.text.slice(c.clauseStart, tok.start), 'ownsHomeBefore')) return;
  p.apart = true;
  p.ownsHome = true;
}

/**
 * "来电人和儿子、儿媳一起住": a child named with others as living together is at home after all, whatever
 * home of their own was said before (one bought, and the family lives in it).
 */
export function childAtHomeAfterAll(r: Reading, c: ClauseReading, negated: boolean): void {
  if (r.ctx.slot !== 'summary' || negated) return;
  // ("来电人和儿子、儿媳一起住": those listed before 、 live there too.)
  const listed = r.text[c.clauseStart - 1] === '、' ? r.lastPersons : [];
  for (const q of [...c.clausePersons, ...listed]) if (q.ownsHome && q.apart) q.apart = false;
}
