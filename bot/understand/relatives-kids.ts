/**
 * "儿子在县城开出租，有两个娃", 粤 "个仔喺市区做嘢，已结婚有两个细路": in a call summary, children counted in
 * a clause that opens on 有 right after a grown son, daughter or sibling (or a caller who is not the
 * applicant) was spoken of are that person's own: their household, not the applicant's. The relative with a
 * family of their own lives apart too, unless said to be lived with: under 最低生活保障审核确认办法 第七条 a
 * grown child keeping their own home is one who owes support, not a member.
 */
import type { ClauseReading } from './clause-reading.ts';
import { isMeaning } from './cues.ts';
import type { Person } from './people.ts';
import { isPhrase } from './phrases.ts';
import type { Reading } from './reading.ts';

const NUMERAL = new Set([...'0123456789０１２３４５６７８９一二两三四五六七八九十几']);

/** The clause's words before the children, without their count ("有两个" → "有"). */
function leadBefore(r: Reading, c: ClauseReading, at: number): string {
  const text = r.text.slice(c.clauseStart, at);
  let end = text.length;
  if (text[end - 1] === '个') end--;
  while (end > 0 && NUMERAL.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** The grown relative (or non-applicant caller) the clauses before were about, still living. */
function grownRelativeSpokenOf(r: Reading): Person | undefined {
  // ("两个儿子一个在服刑，另一个（50岁）打散工，家中有三个小孩": of a group, the one of it told of last.)
  const group = r.topic;
  const t =
    group.n > 1
      ? (r.people.list
          .filter((q) => q.partOf === group.key)
          .sort((a, b) => a.at - b.at)
          .at(-1) ?? group)
      : group;
  if (t === r.people.self || t.dead || t.n !== 1 || t.known !== undefined) return undefined;
  if ((r.personFacts.get(t.key)?.age?.v ?? 99) < 20) return undefined;
  return t === r.people.writer || t.rel === 'child' || t.rel === 'sibling' ? t : undefined;
}

/**
 * Whether the clause that first named `p` says someone lives with them: a word for living together, or
 * 同/跟 before them and the clause closing on 住 or 过 ("同哥哥一家住", "跟大儿子过").
 */
function namedLivingWith(r: Reading, p: Person): boolean {
  const clause = r.clauses.find((c) => c[0]!.start <= p.at && c.at(-1)!.end > p.at);
  if (!clause) return false;
  if (clause.some((t) => isMeaning(t, 'together'))) return true;
  const k = clause.findIndex((t) => t.start === p.at);
  if (k < 0) return false;
  const tail = r.text.slice(clause[k]!.end, clause.at(-1)!.end);
  return k > 0 && isPhrase(clause[k - 1]!.text, 'andWith') && /[住过]$/.test(tail) && tail.length <= 4;
}

/**
 * Call right after `kids` (a child word of either sex, 娃, 细路, 孩子) was named at `at`, before the clause
 * turns to them: sets them aside, and the relative whose they are apart. Returns whether it did.
 */
export function relativesOwnChildren(r: Reading, c: ClauseReading, kids: Person, at: number): boolean {
  if (r.ctx.slot !== 'summary' || kids.rel !== 'child' || kids.known !== undefined) return false;
  const lead = leadBefore(r, c, at);
  if (!isPhrase(lead, 'relativesKidsLead') && !isPhrase(lead, 'relativesHomeKidsLead')) return false;
  const of = grownRelativeSpokenOf(r);
  if (!of) return false;
  kids.bystander = true;
  if (of !== r.people.writer && !of.atHome && !namedLivingWith(r, of)) of.apart = true;
  return true;
}
