/**
 * "我爸妈都七十多了，就他们俩住": a writer's parents named in one word, answering who lives there, are
 * read as the two words 我爸 我妈 would be — the father then the mother, each a person the shared age
 * (都…) and the reading for a parent (for-a-parent.ts) can take. Only these fixed words, only where the
 * household is described; a fixed table of whole words replaced in one left-to-right pass: linear.
 */
const PAIRS: readonly (readonly [string, string])[] = [
  ['我爸妈', '我爸我妈'],
  ['俺爸妈', '俺爸俺妈'],
  ['我爹娘', '我爹我娘'],
  ['俺爹娘', '俺爹俺娘'],
  ['我阿爸阿妈', '我阿爸我阿妈'],
];

export function splitParentPair(text: string, slot: string): string {
  if (slot !== 'members' && slot !== 'opening') return text;
  if (!PAIRS.some(([w]) => text.includes(w))) return text;
  let out = '';
  for (let i = 0; i < text.length; ) {
    const pair = PAIRS.find(([w]) => text.startsWith(w, i));
    out += pair ? pair[1] : text[i];
    i += pair ? pair[0].length : 1;
  }
  return out;
}
