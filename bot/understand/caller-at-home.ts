/**
 * A caller who turns to a parent they live with ("来电人（女，58岁）…和85岁的老母亲一起住…俺妈能不能吃个
 * 低保", 粤 "来电人…同阿妈一齐住…问阿妈可唔可以…"): the call is about the parent, and the caller, said
 * to live with her, is one of her household (最低生活保障审核确认办法 第七条: 共同生活的家庭成员), not a
 * son or daughter elsewhere who owes support. Only when the clause that first named the parent says
 * living together and names no one but the caller before the "with" (和/跟/同/与). Looks within one
 * clause: linear.
 */
import { isMeaning } from './cues.ts';
import type { Person } from './people.ts';
import type { Reading } from './reading.ts';
import { meaningOf } from './tokens.ts';
import { hasPhrase, isPhrase, startsWithPhrase } from './phrases.ts';

export function callerLivesWith(r: Reading, subject: Person): boolean {
  if (r.ctx.slot !== 'summary' || (subject.rel !== 'parent' && subject.rel !== 'grandparent')) return false;
  const clause = r.clauses.find((c) => c[0]!.start <= subject.at && c.at(-1)!.end > subject.at);
  if (clause && livesWithCallerLater(r, r.clauses.indexOf(clause))) return true;
  if (callerWithParentsSaid(r, subject.rel)) return true;
  if (!clause?.some((t) => isMeaning(t, 'together'))) return false;
  let withAt = -1;
  for (const [k, t] of clause.entries()) {
    if (t.start >= subject.at) break;
    const p = meaningOf(t, 'person');
    // (Someone else before the "with" is who lives with the parent: "弟弟和母亲一起住".)
    if (p && p.rel !== 'self') return false;
    if (isMeaning(t, 'and') || isPhrase(t.text, 'andWith') || startsWithPhrase(t.text, 'andWith')) withAt = k;
  }
  return withAt >= 0;
}

/**
 * "其父亲（66岁）糖尿病，住城里，同其居住，本人…": a later clause of the same sentence, before anyone
 * else is named, that opens by saying the parent lives with the caller (同其居住, 与来电人同住).
 */
function livesWithCallerLater(r: Reading, at: number): boolean {
  for (let k = at + 1; k < r.clauses.length && k <= at + 6; k++) {
    const c = r.clauses[k]!;
    if (hasPhrase(r.text.slice(r.clauses[k - 1]!.at(-1)!.end, c[0]!.start), 'sentenceEnd')) return false;
    if (startsWithPhrase(r.text.slice(c[0]!.start, c.at(-1)!.end), 'livesWithCaller')) return true;
    if (c.some((t) => meaningOf(t, 'person') !== undefined)) return false;
  }
  return false;
}

/**
 * "来电人在县城送外卖，还没结婚，和父母一起住", 粤 "来电人…同父母一齐住": a sentence about the caller (the first
 * person it names) that says, with nobody else named before the "with", that they live with the parent(s).
 */
function callerWithParentsSaid(r: Reading, rel: 'parent' | 'grandparent'): boolean {
  let sentenceWho: 'self' | 'other' | undefined;
  for (const [k, clause] of r.clauses.entries()) {
    const gap = k === 0 ? '' : r.text.slice(r.clauses[k - 1]!.at(-1)!.end, clause[0]!.start);
    if (k === 0 || hasPhrase(gap, 'sentenceEnd')) sentenceWho = undefined;
    let withAt = -1;
    for (const [j, t] of clause.entries()) {
      const p = meaningOf(t, 'person');
      if (isMeaning(t, 'and') || isPhrase(t.text, 'andWith')) withAt = j;
      if (!p) continue;
      if (
        p.rel === rel &&
        withAt === j - 1 &&
        sentenceWho === 'self' &&
        clause.slice(j + 1).some((x) => isMeaning(x, 'together'))
      )
        return true;
      sentenceWho ??= p.rel === 'self' ? 'self' : 'other';
      if (p.rel !== 'self') break;
    }
  }
  return false;
}
