/**
 * "俺跟老伴俩都七十多", "我同老公两个人都七十几": after the people a clause names, 俩 or 两个 before
 * 都 counts them again. Read as an age (two years old) or a third person, it turned a couple in
 * their seventies into two toddlers; read as their count, the age after 都 is both of theirs.
 */
import type { ClauseReading } from './clause-reading.ts';
import type { ReadNumber } from './numbers.ts';
import type { Reading } from './reading.ts';
import type { Token } from './tokens.ts';
import { leadingPhrase } from './phrases.ts';
import { AGE_SLOTS } from './cues.ts';

/** The count tokens read this way: the age after them is said of the people named (read-number.ts). */
const COUNTED = new WeakSet<Token>();

/**
 * Right after the count, 都, or a classifier or 人 and then 都 ("两个人都", "三口都"). The longest
 * classifier is taken: a shorter one (个 of 个人) is never followed by 都, so nothing is missed.
 */
export function thenAll(after: string): boolean {
  return after.startsWith('都') || after.slice(leadingPhrase(after, 'countClassifier')?.length ?? 0).startsWith('都');
}

/** Whether the number at `i` counts the people the clause named just before it. */
export function countOfNamed(r: Reading, c: ClauseReading, i: number, n: ReadNumber): boolean {
  const tok = c.clause[i]!;
  if (n.approx || n.value < 2 || n.value > 3 || tok.kind !== 'num') return false;
  const named = new Set(c.clausePersons.filter((p) => p.at < tok.start).map((p) => p.key));
  const next = c.clause[i + 1];
  // ("俺跟老汉俩 俺60他63": where ages are asked, the count closing the clause, with or without 个/个人,
  // counts them too; asked who works, "俺跟大娃俩" is how many work.)
  const closes =
    AGE_SLOTS.has(r.ctx.slot) &&
    (next === undefined || (next.kind === 'word' && next.meanings.some((m) => m.t === 'people') && !c.clause[i + 2]));
  if (named.size !== n.value || !(thenAll(r.text.slice(tok.end, tok.end + 3)) || closes)) return false;
  COUNTED.add(tok);
  // "两个人都…": the age after 都 follows the classifier.
  if (next?.kind === 'word' && next.meanings.some((m) => m.t === 'people')) COUNTED.add(next);
  return true;
}

/** Whether a token is such a count (an age after it and 都 belongs to the people counted). */
export function countedNamed(t: Token | undefined): boolean {
  return t !== undefined && COUNTED.has(t);
}

/**
 * "5 我40 老婆37 阿妈65 个女14 个仔11": a bare number alone before the people, answering who lives
 * there, is how many they are when the rest of the message names that many (the writer counted
 * in) or gives that many ages ("2 70 68"); not one more person aged five.
 */
export function leadingSize(r: Reading, c: ClauseReading, i: number, n: ReadNumber): boolean {
  if (r.ctx.slot !== 'members' || c.ci !== 0 || i !== 0 || c.clause.length !== 1) return false;
  if (n.approx || !Number.isInteger(n.value) || n.value < 2 || n.value > 10) return false;
  const tok = c.clause[0]!;
  const people = r.tokens.filter(
    (t) => t.start > tok.start && t.kind === 'word' && t.meanings.some((m) => m.t === 'person'),
  );
  const selfNamed = people.some(
    (t) => t.kind === 'word' && t.meanings.some((m) => m.t === 'person' && m.rel === 'self'),
  );
  if (people.length === 0) {
    // "2 70 68": that many ages after it, each older than the count.
    const ages = r.tokens.filter((t) => t.start > tok.start && t.kind === 'num');
    return ages.length === n.value && ages.every((t) => t.kind === 'num' && t.n.value > n.value && t.n.value <= 120);
  }
  return people.length === n.value || (!selfNamed && people.length === n.value - 1);
}

/**
 * "俺和老婆子两个。", 粤 "我同老公两个，…": the writer and the one other person the clause names, then
 * their count closing the clause, is the household those two make (as "两个人过" says it), not a count
 * that leaves room for the children named after it.
 */
export function writerPairCount(c: ClauseReading, i: number, n: ReadNumber): boolean {
  const tok = c.clause[i]!;
  if (n.approx || n.value !== 2 || tok.kind !== 'num' || i !== c.clause.length - 2 || i < 3) return false;
  const named = c.clausePersons.filter((p) => p.at < tok.start);
  const hasAnd = c.clause.slice(0, i).some((t) => t.kind === 'word' && t.meanings.some((m) => m.t === 'and'));
  return hasAnd && named.length === 2 && named.some((p) => p.rel === 'self');
}
