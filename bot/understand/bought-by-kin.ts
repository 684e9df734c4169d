/**
 * "自家有套小房子（父母给买的）", 粤 "层楼系老豆老母帮佢买嘅": in a call summary, parents named only as the ones who
 * bought the household something (a home, a car) gave it from their own home: they are not members
 * (最低生活保障审核确认办法 第七条 counts those who live together). Only a parent or grandparent named right
 * before the giving word, 买 right after it, and not where the clause says they live together.
 * Fixed look at the tokens around the giving word.
 */
import { isMeaning } from './cues.ts';
import type { ClauseReading } from './clause-reading.ts';
import { startsWithPhrase } from './phrases.ts';
import type { Reading } from './reading.ts';
import { meaningOf } from './tokens.ts';

export function boughtByKin(r: Reading, c: ClauseReading, i: number): void {
  if (r.ctx.slot !== 'summary' || c.negated(i)) return;
  const tok = c.clause[i]!;
  if (!startsWithPhrase(r.text.slice(tok.end, tok.end + 2), 'boughtVerb')) return;
  if (c.clause.some((t) => isMeaning(t, 'together'))) return;
  // (The one or two elders named right before it: "父母", "老豆老母".)
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    const named = c.clause[j]!;
    const rel = meaningOf(named, 'person')?.rel;
    if (rel !== 'parent' && rel !== 'grandparent') return;
    const giver = r.people.namedAt(named.start);
    if (!giver || giver === r.people.self || giver.known !== undefined || giver.dead) return;
    // (Named before as living with them, or with an age of their own: a member who bought it.)
    if (giver.apart === false || r.personFacts.get(giver.key)?.age !== undefined) return;
    giver.apart = true;
  }
}
