/**
 * "两老同儿子分开住", 晋南 "老两口和儿子分开过": the writer's couple joined by 和/同 to a relative, then living
 * apart — the relative is the one apart from the couple, not the spouse in the couple word. Looks back over
 * the clause only.
 */
import { isMeaning } from './cues.ts';
import type { Person } from './people.ts';
import { meaningOf, type Token } from './tokens.ts';

/** The relatives named after "couple + 和/同" before the apart word `at`, or none when the clause is not so. */
export function apartFromPair(clause: readonly Token[], at: number, persons: readonly Person[]): Person[] {
  let k = -1;
  for (let j = 0; j + 1 < at; j++) {
    const g = meaningOf(clause[j], 'group');
    if (g?.selfIncluded && g.with.join() === 'spouse' && isMeaning(clause[j + 1], 'and')) {
      k = j;
      break;
    }
  }
  if (k < 0) return [];
  const rels = new Set<string>();
  for (let j = k + 2; j < at; j++) {
    const rel = meaningOf(clause[j], 'person')?.rel;
    if (rel) rels.add(rel);
  }
  if (rels.size === 0 || rels.has('self') || rels.has('spouse')) return [];
  return persons.filter((p) => rels.has(p.rel));
}

/**
 * "两老同儿子分开住，自己住一间旧屋", 晋南 "老两口单另过，自己住": 自己住 (on their own), with the writer's couple
 * word opening this clause or the one before it in the sentence, is the couple on their own, not the writer alone.
 */
export function coupleOnTheirOwn(
  text: string,
  clauses: readonly (readonly Token[])[],
  ci: number,
  i: number,
  tok: Token,
): boolean {
  if (!tok.text.startsWith('自')) return false;
  const here = clauses[ci]!;
  const isCouple = (t: Token | undefined) => {
    const g = meaningOf(t, 'group');
    return g?.selfIncluded === true && g.with.join() === 'spouse';
  };
  // (The couple opening the clause, as its subject: not "老娘不跟他两口子一起住，自己住老院".)
  if (i > 0 && isCouple(here[0])) return true;
  const before = clauses[ci - 1];
  if (!before || !/[，,]/.test(text[here[0]!.start - 1] ?? '')) return false;
  return isCouple(before[0]);
}
