/**
 * The one who did the harm, named after a passive mark ("被邻居打伤", "让村里人打了", 粤 "俾人打伤"): someone
 * outside the family, named only as the doer of the emergency, not a member (a relative by blood or marriage
 * who did it, "被丈夫打伤", is still placed as kin).
 */
import { isMeaning } from './cues.ts';
import { isPhrase } from './phrases.ts';
import type { Token } from './tokens.ts';

/** How many tokens after the person the harm may come ("被邻居家的狗咬了" is not read: no person did it). */
const HARM_MAX = 2;

/** Whether the person word at `i` is the doer of an emergency told in its clause. */
export function harmDoneBy(clause: readonly Token[], i: number): boolean {
  if (!isPhrase(clause[i - 1]?.text ?? '', 'passiveMark')) return false;
  for (let k = i + 1; k <= i + HARM_MAX && k < clause.length; k++) if (isMeaning(clause[k], 'event')) return true;
  return false;
}
