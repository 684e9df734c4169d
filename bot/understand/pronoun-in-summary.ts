/**
 * 他/她/佢 in a call summary, where the person last named cannot be the one meant, so it is the person the call
 * is about (the caller, told of in the third person):
 * - relatives as a body ("问亲戚同网贷借咗二十万，而家佢喺超市返工"): one 佢 never stands for a body of people;
 * - said to work or not ("剩佢同两个仔女，大仔14岁、细女10岁，佢自己冇返工") after a child too young to work
 *   (under 16, 劳动法 第十五条) was named: work is said of the grown-up, not the child;
 * - after a spouse of the other sex (丈夫 before 她, 妻子 before 他): read where the pronoun is met.
 * Linear: one look over the rest of the pronoun's clause.
 */
import { isMeaning } from './cues.ts';
import { meaningOf } from './tokens.ts';
import type { ClauseReading } from './clause-reading.ts';
import type { Person } from './people.ts';
import { hasPhrase, isPhrase } from './phrases.ts';
import type { Reading } from './reading.ts';

/** Below this age a child is not said to work (劳动法 第十五条). */
const WORKING_AGE = 16;

/** The person the pronoun at clause token i stands for in a summary, where `last` cannot be. */
export function summaryPronoun(r: Reading, c: ClauseReading, i: number, last: Person | undefined): Person | undefined {
  if (r.ctx.slot !== 'summary') return last;
  const self = r.people.self;
  if (self.dead) return last;
  // (With no one else to stand for, the pronoun is the clause's topic: not a body either.)
  const body = (p: Person) => p.word !== undefined && isPhrase(p.word, 'kinAsABody');
  if (!last) return body(r.topic) ? self : last;
  if (last === self) return last;
  if (body(last)) return self;
  if (last.rel === 'child' || last.rel === 'grandchild') {
    const age = r.personFacts.get(last.key)?.age?.v;
    if (age !== undefined && age < WORKING_AGE && saysWork(c, i)) return self;
  }
  return last;
}

/** Whether the clause after the pronoun says work, or none ("冇返工", "喺超市返工", "冇做嘢", "打零工"). */
function saysWork(c: ClauseReading, i: number): boolean {
  for (let k = i + 1; k < c.clause.length; k++)
    if (
      isMeaning(c.clause[k], 'work') ||
      isMeaning(c.clause[k], 'jobless') ||
      // (Work for a wage named by its kind: "他自己打零工", 粤 "佢自己揾散工".)
      (meaningOf(c.clause[k], 'income')?.cat === 'wages' && hasPhrase(c.clause[k]!.text, 'handsOnWork'))
    )
      return true;
  return false;
}
