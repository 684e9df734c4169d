/**
 * "来电人父亲（爷爷唯一个仔）前年过身", "母亲（奶奶嘅大女）": a bracket right after a person holding only whose
 * relative they are (another person, perhaps 嘅/的, 唯一, 个, then a word for a relative) says again who that
 * same person is; it names no one new. Both words in the bracket are read as nothing more. Looks at a few
 * tokens after each opening bracket: linear.
 */
import type { Meaning } from '../../content/lexicon/index.ts';
import type { Token } from './tokens.ts';

/** Tokens that may join the two words inside the bracket. */
const LINK = new Set(['嘅', '的', '唯', '唯一', '个', '独']);
/** How many joining tokens may stand between them. */
const MAX_LINK = 3;
const NOTHING: Meaning = { t: 'neutral' };

const isPerson = (t: Token | undefined): boolean => t?.kind === 'word' && t.meanings.some((m) => m.t === 'person');
const isOpen = (t: Token | undefined): boolean => t?.kind === 'sep' && (t.text === '(' || t.text === '（');
const isClose = (t: Token | undefined): boolean => t?.kind === 'sep' && (t.text === ')' || t.text === '）');

/** The tokens with such an aside's words read as nothing. */
export function kinAside(tokens: Token[]): Token[] {
  for (let k = 1; k < tokens.length - 3; k++) {
    if (!isOpen(tokens[k]) || !isPerson(tokens[k - 1]) || !isPerson(tokens[k + 1])) continue;
    let j = k + 2;
    while (j < tokens.length && j - k - 2 < MAX_LINK && isLink(tokens[j]!)) j++;
    if (j === k + 2 || !isPerson(tokens[j]) || !isClose(tokens[j + 1])) continue;
    for (const at of [k + 1, j]) {
      const t = tokens[at]!;
      tokens[at] = { kind: 'word', text: t.text, start: t.start, end: t.end, meanings: [NOTHING] };
    }
  }
  return tokens;
}

/** 嘅, 的, 唯一 (or 唯 then the number one), 个, 独. */
function isLink(t: Token): boolean {
  return LINK.has(t.text) || (t.kind === 'num' && t.text === '一');
}
