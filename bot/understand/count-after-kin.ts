/**
 * "姑姐两个都喺外面打工", "闺女两个都出嫁了", "儿子仨都在外头": a count said right after a relative's word,
 * then 都/均/各/每 (all, each), counts that relative, as "两个姑姐" would. Not a couple's count
 * ("爷爷同奶奶两个住": the two are the pair joined by 同), so only for kin that come in more than one
 * (children, siblings, grandchildren, others), and only when no "and" and no other person come
 * right before the word.
 */
import { isMeaning } from './cues.ts';
import type { Reading } from './reading.ts';
import { meaningOf, type Token } from './tokens.ts';

/** The count word and the mark after it: grammar over a few characters. */
const AFTER = /^(两|二|三|四|五|俩|仨)个?(都|均|各|每)/;
const VALUE: Readonly<Record<string, number>> = { 两: 2, 二: 2, 俩: 2, 三: 3, 仨: 3, 四: 4, 五: 5 };

export function countAfterKin(r: Reading, clause: readonly Token[], i: number, rel: string): number | undefined {
  if (r.ctx.slot !== 'summary') return undefined;
  if (rel !== 'child' && rel !== 'sibling' && rel !== 'grandchild' && rel !== 'other') return undefined;
  if (isMeaning(clause[i - 1], 'and')) return undefined;
  // ("来电人兄妹三个都在外打工": the caller's own brothers and sisters counted with the caller; any
  // person right before the word makes a list or a possessor, which the count may take in.)
  if (meaningOf(clause[i - 1], 'person')) return undefined;
  const tok = clause[i]!;
  const m = AFTER.exec(r.text.slice(tok.end, tok.end + 3));
  return m ? VALUE[m[1]!] : undefined;
}
