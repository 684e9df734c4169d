/**
 * "二仔（55）同三仔（52）打工，每人每月俾200": two people listed with a bracket after each, the second
 * joined by a word for "and", are both whom the words after the last bracket are about (the list goes on
 * across the brackets), not only the last one named.
 */
import { isMeaning } from './cues.ts';
import type { Person } from './people.ts';
import { isPhrase } from './phrases.ts';
import type { Reading } from './reading.ts';
import type { Token } from './tokens.ts';

/**
 * For a clause ending in "（": the people it lists, when it opens with a word for "and" right after the
 * bracket of the one before ("…（55）同三仔（"), else none.
 */
export function listedAcrossBrackets(
  r: Reading,
  clause: readonly Token[],
  clauseStart: number,
  persons: readonly Person[],
): Person[] {
  const first = clause[0];
  if (!first || !/^[)）]$/.test(r.text[clauseStart - 1] ?? '')) return [];
  if (!(isMeaning(first, 'and') || isPhrase(first.text, 'andWith'))) return [];
  // (Each one person, as 二仔 and 三仔 are; a word read as a whole group is not listed one by one.)
  const unique = [...new Set(persons)].filter((p) => p !== r.people.self);
  return unique.length > 1 && unique.every((p) => p.n === 1) ? unique : [];
}
