/**
 * In a dialogue kept for a parent (DialogueState.askingFor), 我 alone is the writer, who is usually
 * someone elsewhere. Answering who lives there, "我跟我爸住", "我和我妈一起住，她七十三，我四十五" says
 * the writer is one of the household: their child, counted and given their age. Only the first-person
 * word of a clause that says living together (跟/和/同 … 住, 一起). Looks within the clause: linear.
 */
import type { Reading } from './reading.ts';
import { isMeaning } from './cues.ts';
import type { Token } from './tokens.ts';
import { startsWithPhrase } from './phrases.ts';

export function writerLivesWith(r: Reading, clause: readonly Token[], tok: Token): boolean {
  if (r.keptFor === undefined || r.people.writerFor(tok.text) === undefined) return false;
  const text = r.text.slice(clause[0]!.start, clause.at(-1)!.end);
  // (Grammar, not a word list: "with", a bounded gap of one to six characters, then living.)
  const together = clause.some((t) => isMeaning(t, 'together')) || /(跟|和|同|与).{1,6}(住|过|生活)/.test(text);
  return together && startsWithPhrase(r.text.slice(tok.end, tok.end + 1), 'andWith');
}
