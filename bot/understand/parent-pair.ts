/**
 * "我爸妈都七十多了，就他们俩住": a writer's parents named in one word, answering who lives there, are
 * read as the two words 我爸 我妈 would be — the father then the mother, each a person the shared age
 * (都…) and the reading for a parent (for-a-parent.ts) can take. Only these fixed words, only where the
 * household is described; a fixed table of whole words replaced in one pass: linear.
 */
const PAIRS: Record<string, string> = {
  我爸妈: '我爸我妈',
  俺爸妈: '俺爸俺妈',
  我爹娘: '我爹我娘',
  俺爹娘: '俺爹俺娘',
  我阿爸阿妈: '我阿爸我阿妈',
};
// (The table's own words as one pattern for a single-pass replace: the words are the table above.)
const PATTERN = /我爸妈|俺爸妈|我爹娘|俺爹娘|我阿爸阿妈/g;

export function splitParentPair(text: string, slot: string): string {
  if (slot !== 'members' && slot !== 'opening') return text;
  return text.replace(PATTERN, (w) => PAIRS[w] ?? w);
}
