/**
 * A relative said to live in another place, told with what the family has ("有个儿子在外省", "还有一个
 * 闺女在省城", 粤 "有个仔喺深圳") or with whom they live there ("儿子跟前妻在省城", "个女跟咗前夫喺深圳"):
 * the opening 有 and its count, and the former spouse they live with, say nothing against living
 * elsewhere, so the clause is still only a relative and a place.
 */
import { isMeaning } from './cues.ts';
import { startsWithPhrase } from './phrases.ts';
import type { Token } from './tokens.ts';

/** Words that open a clause for what the family has, before the relative ("有", "还有"). */
const HAS = new Set(['有', '还有', '仲有']);

/** The mark of a thing done, between "with" and the former spouse (咗, 了). */
const DONE = new Set(['咗', '了']);

/**
 * Which tokens of the clause are the have-and-count opening before the first relative named, or a
 * former spouse with the word for "with" right before it (indexes into the clause).
 */
export function kinThereExtras(clause: readonly Token[]): Set<number> {
  const extra = new Set<number>();
  if (clause.length > 0 && HAS.has(clause[0]!.text)) {
    extra.add(0);
    for (let k = 1; k < clause.length; k++) {
      const t = clause[k]!;
      if (isMeaning(t, 'person')) break;
      if (t.kind === 'num' || isMeaning(t, 'people')) extra.add(k);
      else break;
    }
  }
  for (let k = 1; k < clause.length; k++) {
    const t = clause[k]!;
    if (!startsWithPhrase(t.text, 'exSpouse')) continue;
    // ("跟咗前夫", "跟了前妻": the mark of a thing done between.)
    const done = k >= 2 && DONE.has(clause[k - 1]!.text) ? 1 : 0;
    const before = clause[k - 1 - done];
    if (before && isMeaning(before, 'and')) for (let j = k - 1 - done; j <= k; j++) extra.add(j);
  }
  return extra;
}
