/**
 * "俺和俺爹俺妈早就分家了", 粤 "我同阿爸阿妈分开住": households split, said with the writer joined to the others
 * by 和 to parents or grandparents — the writer is the one apart from them, so the others are not set apart
 * by it (the call is often about them). Looks back over the clause only.
 */
import { isMeaning } from './cues.ts';
import { isPhrase } from './phrases.ts';
import { meaningOf, type Token } from './tokens.ts';

export function splitFromWriter(clause: readonly Token[], tok: Token): boolean {
  if (!isPhrase(tok.text, 'splitHomes')) return false;
  const at = clause.indexOf(tok);
  const k = clause.findIndex(
    (t, j) => j + 1 < at && meaningOf(t, 'person')?.rel === 'self' && isMeaning(clause[j + 1], 'and'),
  );
  if (k < 0) return false;
  // (Only from parents or grandparents: "我同老公分开住" is a couple separated, the spouse apart.)
  const others = clause.slice(k + 2, at).filter((t) => (meaningOf(t, 'person')?.rel ?? 'self') !== 'self');
  return others.length > 0 && others.every((t) => ['parent', 'grandparent'].includes(meaningOf(t, 'person')!.rel));
}
