/**
 * "公婆（都六十出头）", 粤 "父母（都62）", "公公婆婆在一起住，都六十多，": one bare age opening on 都 (or 均),
 * alone in brackets after two or more people, or alone between commas right after the clause naming them,
 * is each one's age. Looks only at the clause's own few tokens, the one before it, and the people just named
 * (a pair named in one word, 父母, counts as two).
 */
import type { Token } from './tokens.ts';
import { isPhrase } from './phrases.ts';
import { isMeaning } from './cues.ts';

/** Marks a whole clause between commas (the text is read with ASCII punctuation, but both are taken). */
const COMMA = new Set([',', '，']);
const CLAUSE_END = new Set([',', '，', '。', '.', ';', '；']);

/** The people the shared age is for, or undefined when clause `clause` is not such an age. */
export function bothInBrackets<P extends { n: number }>(
  text: string,
  clause: readonly Token[],
  i: number,
  before: readonly Token[],
  lastPersons: readonly P[],
  self: P,
): P[] | undefined {
  if (i !== 1 || !isPhrase(clause[0]!.text, 'allOrEach')) return undefined;
  if (!clause.slice(2).every((t) => isPhrase(t.text, 'ageTail') || isMeaning(t, 'over'))) return undefined;
  if (!before.some((t) => isMeaning(t, 'person'))) return undefined;
  const open = text[clause[0]!.start - 1] ?? '';
  const close = text[clause.at(-1)!.end] ?? '';
  const bracketed = isPhrase(open, 'openBracket') && isPhrase(close, 'closeBracket');
  if (!bracketed && !(COMMA.has(open) && CLAUSE_END.has(close))) return undefined;
  const people = lastPersons.filter((p) => p !== self);
  return people.reduce((sum, p) => sum + p.n, 0) > 1 ? people : undefined;
}
