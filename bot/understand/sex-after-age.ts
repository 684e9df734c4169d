/**
 * A sex said right after the age of the person a summary is about ("本人46岁女，白血病复发", "来电人72岁男，
 * 独居"): 女 there is not a daughter (女 alone is one in 粤), and the age before it is the person's own,
 * not the age of a child named after it. Shared by the readers of people and of numbers; looks at a
 * bounded stretch before the word.
 */
import { endsWithPhrase, isPhrase } from './phrases.ts';

/** Whether the sex word at `at` follows the party to the call and their age, and ends the clause. */
export function sexAfterPartyAge(text: string, at: number, end: number): boolean {
  const next = text[end] ?? '';
  if (!isPhrase(next, 'clauseComma') && !isPhrase(next, 'sentenceEnd')) return false;
  const before = text.slice(Math.max(0, at - 9), at);
  const age = /\d{1,3}岁$/.exec(before);
  return age !== null && endsWithPhrase(before.slice(0, age.index), 'partyToCall');
}
