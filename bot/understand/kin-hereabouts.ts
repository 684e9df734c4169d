/**
 * "一仔一女都在本地", 粤 "两个女都喺当地": in a call summary, kin said only to be in these parts, with nothing else
 * in the clause, are where they live, not with the family (who lives together is said with 同住, 一起), as kin
 * said only to be in a town named are. Reads the few characters after the last person of the clause.
 */
import { isPhrase } from './phrases.ts';
import { meaningOf, type Token } from './tokens.ts';

const ALSO = ['都', '也', '均', '亦'] as const;
const AT = ['住在', '住喺', '在', '喺'] as const;

/** Whether the clause is only kin (not the caller or a spouse) and then "(都)在本地". */
export function kinHereabouts(text: string, clause: readonly Token[]): boolean {
  let last = -1;
  for (let k = 0; k < clause.length; k++) {
    const rel = meaningOf(clause[k], 'person')?.rel;
    if (rel === 'self' || rel === 'spouse') return false;
    if (rel) last = k;
  }
  if (last < 0) return false;
  let rest = text.slice(clause[last]!.end, clause.at(-1)!.end);
  for (const w of ALSO)
    if (rest.startsWith(w)) {
      rest = rest.slice(w.length);
      break;
    }
  for (const w of AT) if (rest.startsWith(w)) return isPhrase(rest.slice(w.length), 'hereabouts');
  return false;
}
