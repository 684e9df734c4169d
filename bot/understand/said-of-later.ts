/**
 * A worry about a time to come ("等我六十岁做唔郁咗点算", "将来干不动了咋办"): what is said after such a word is
 * not so now, so a "做唔郁", "干不动" there does not say the person has stopped working.
 */
import type { ClauseReading } from './clause-reading.ts';
import { hasPhrase } from './phrases.ts';

/** Whether the token starting at `at` follows a word of a time to come in its clause. */
export function saidOfLater(c: ClauseReading, text: string, at: number): boolean {
  return at > c.clauseStart && hasPhrase(text.slice(c.clauseStart, at), 'whenLater');
}
