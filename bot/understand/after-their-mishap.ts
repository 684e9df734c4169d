/**
 * "段某原来打工，娃病了以后辞了工陪护": in a call summary, a clause that opens with someone and a time clause
 * ("X病了以后", "X出事之后") says when; the one who then stopped work is the subject the sentence was about
 * before, not the X of the time clause. Fixed look at the clause before (no loop over the message).
 */
import type { ClauseReading } from './clause-reading.ts';
import type { Person } from './people.ts';
import type { Reading } from './reading.ts';
import { meaningOf } from './tokens.ts';

const AFTER = new Set(['以后', '之后', '后', '过后', '后来']);

/** The subject of the clause before, when clause token `i` follows a time clause about the one named first. */
export function subjectBeforeTimeClause(r: Reading, c: ClauseReading, i: number): Person | undefined {
  if (r.ctx.slot !== 'summary' || c.ci === 0 || meaningOf(c.clause[0], 'person') === undefined) return undefined;
  let after = -1;
  for (let k = 1; k < i; k++) if (AFTER.has(c.clause[k]!.text)) after = k;
  if (after < 0) return undefined;
  // (The sentence goes on from the clause before: a comma between, no full stop.)
  const before = r.clauses[c.ci - 1];
  if (!before || r.text.slice(before.at(-1)!.end, c.clauseStart).includes('。')) return undefined;
  const named = before.find((t) => meaningOf(t, 'person') !== undefined);
  const m = named && meaningOf(named, 'person');
  if (!named || !m) return undefined;
  if (m.rel === 'self') return r.people.self;
  const p = r.people.list.findLast((q) => q.at === named.start);
  return p && p !== c.clausePerson ? p : undefined;
}
