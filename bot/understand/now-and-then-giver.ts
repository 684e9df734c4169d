/**
 * "两母女租屋住。外婆（80岁）有时帮补啲钱", "叔叔偶尔给点钱": in a call summary, a relative said to give money
 * now and then helps the household from outside it: living apart, not one more member. (Someone who lives with
 * the family shares its money; they do not "sometimes give" it.) Not the caller, a member already known, one
 * who died, a spouse (placed by giver-apart.ts), nor one said (here or before) to live with them.
 */
import { isMeaning } from './cues.ts';
import type { ClauseReading } from './clause-reading.ts';
import { hasPhrase } from './phrases.ts';
import type { Reading } from './reading.ts';

/** How far before the giving word "now and then" may be said ("有时候帮补"). */
const LOOK_BACK = 4;

export function nowAndThenGiver(r: Reading, c: ClauseReading, i: number): void {
  if (r.ctx.slot !== 'summary' || c.negated(i)) return;
  const tok = c.clause[i]!;
  const lead = r.text.slice(Math.max(c.clauseStart, tok.start - LOOK_BACK), tok.start);
  if (!hasPhrase(lead, 'nowAndThen')) return;
  const who = c.who();
  if (who === r.people.self || who.known !== undefined || who.dead || who.rel === 'spouse') return;
  // (Said before to live with them, apart is false: they stay.)
  if (who.apart === false || c.clause.some((t) => isMeaning(t, 'together'))) return;
  who.apart = true;
}
