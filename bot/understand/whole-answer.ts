/**
 * An answer that is one word naming a family member only when it stands alone (老板 as the
 * husband, content/lexicon/whole-answers.ts), read as that person in the questions that ask who
 * someone is or which one. Anywhere else the word keeps its everyday meaning (给老板打工).
 */
import { WHOLE_ANSWER_LEAD, WHOLE_ANSWER_PERSONS } from '../../content/lexicon/whole-answers.ts';
import type { SlotId } from './extract.ts';
import type { Token } from './tokens.ts';

const TRAILING = new Set([...'。！!，,.～~？?']);
const WHO_SLOTS = new Set<SlotId>(['relations', 'disability.which', 'illness.which']);

/** The tokens with a lone person word made one word token, when the whole answer is that word. */
export function readWholeAnswer(text: string, tokens: Token[], slot: SlotId): Token[] {
  if (!WHO_SLOTS.has(slot) || text.length > 12) return tokens;
  let t = text.trim();
  while (t.length > 0 && TRAILING.has(t.at(-1)!)) t = t.slice(0, -1);
  // Leading words that say whose or "it is" (at most a few, each short: bounded work).
  for (let k = 0; k < 3; k++) {
    const lead = WHOLE_ANSWER_LEAD.filter((w) => t.startsWith(w) && !WHOLE_ANSWER_PERSONS.has(t)).sort(
      (a, b) => b.length - a.length,
    )[0];
    if (!lead) break;
    t = t.slice(lead.length);
  }
  const meaning = WHOLE_ANSWER_PERSONS.get(t);
  if (!meaning) return tokens;
  const start = text.lastIndexOf(t);
  const end = start + t.length;
  return [
    ...tokens.filter((x) => x.end <= start),
    { kind: 'word', text: t, start, end, meanings: [meaning] },
    ...tokens.filter((x) => x.start >= end),
  ];
}
