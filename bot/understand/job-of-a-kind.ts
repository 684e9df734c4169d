/**
 * "有份工", 粤 "老公有份村里看水闸嘅工": 有, the classifier 份, perhaps what the job is with 嘅 or 的, then a
 * bare 工 — a job had. The 工 is read as a word for work (工资 and other longer words are already words of
 * their own, so untouched). Looks at most a few tokens after each 份, within its clause: linear.
 */
import type { Meaning } from '../../content/lexicon/index.ts';
import type { Token } from './tokens.ts';

/** How many tokens may stand between 份 and the 工 (what the job is). */
const SPAN = 8;
const WORK: Meaning = { t: 'work' };

/** The tokens with such a bare 工 read as work. */
export function jobOfAKind(tokens: Token[]): Token[] {
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]!.text !== '份' || tokens[k - 1]!.text !== '有') continue;
    for (let j = k + 1; j < tokens.length && j <= k + SPAN + 1; j++) {
      const t = tokens[j]!;
      if (t.kind === 'sep') break;
      if (t.text !== '工' || t.kind !== 'char') continue;
      const lead = tokens[j - 1]!.text;
      if (j === k + 1 || lead === '嘅' || lead === '的')
        tokens[j] = { kind: 'word', text: t.text, start: t.start, end: t.end, meanings: [WORK] };
      break;
    }
  }
  return tokens;
}
