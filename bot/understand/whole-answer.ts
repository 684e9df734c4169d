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

/**
 * The tokens with a lone person word made one word token, when the whole answer, or one of its parts
 * between separators ("媳妇 小子 俺大"), is that word.
 */
export function readWholeAnswer(text: string, tokens: Token[], slot: SlotId): Token[] {
  if (!WHO_SLOTS.has(slot)) return tokens;
  // The parts between separator tokens, each read on its own (a linear pass over the tokens).
  const parts: [number, number][] = [];
  let from: number | undefined;
  for (const x of tokens) {
    if (x.kind === 'sep') {
      if (from !== undefined) parts.push([from, x.start]);
      from = undefined;
    } else from ??= x.start;
  }
  if (from !== undefined) parts.push([from, text.length]);
  let out = tokens;
  for (const [a, b] of parts) out = wholePart(text, out, a, b);
  return out;
}

function wholePart(text: string, tokens: Token[], a: number, b: number): Token[] {
  if (b - a > 12) return tokens;
  let t = text.slice(a, b).trim();
  while (t.length > 0 && TRAILING.has(t.at(-1)!)) t = t.slice(0, -1);
  // Leading words that say whose or "it is" (at most a few, each short: bounded work).
  for (let k = 0; k < 3; k++) {
    const lead = WHOLE_ANSWER_LEAD.filter((w) => t.startsWith(w) && !WHOLE_ANSWER_PERSONS.has(t)).sort(
      (x, y) => y.length - x.length,
    )[0];
    if (!lead) break;
    t = t.slice(lead.length);
  }
  const meaning = WHOLE_ANSWER_PERSONS.get(t);
  if (!meaning) return tokens;
  const start = text.lastIndexOf(t, b - t.length);
  const end = start + t.length;
  return [
    ...tokens.filter((x) => x.end <= start),
    { kind: 'word', text: t, start, end, meanings: [meaning] },
    ...tokens.filter((x) => x.start >= end),
  ];
}
