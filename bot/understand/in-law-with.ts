/**
 * The spouse's parents said to live with the caller in the words around them ("与丈夫、公婆住", "婆婆七十六，
 * 跟自己过", 粤 "同老公、家婆住"): in a call summary they count with the household only when said to live
 * there, and a with-word before them, or "with me" right after, says so as plainly as 同住 does.
 */
import { hasPhrase, isPhrase, startsWithPhrase } from './phrases.ts';
import { meaningOf, type Token } from './tokens.ts';

export function inLawLivesWith(
  text: string,
  tokens: readonly Token[],
  tok: Token,
  clause: readonly Token[],
  next: readonly Token[] | undefined,
): boolean {
  const clauseText = text.slice(clause[0]!.start, clause.at(-1)!.end);
  // ("和公公婆婆分开住": living apart, however it is joined.)
  if (hasPhrase(clauseText, 'splitHomes') || hasPhrase(clauseText, 'ownHomeApart')) return false;
  // "与丈夫、公婆住": the with-word before a list of people the in-law ends, living said after.
  let k = tokens.indexOf(tok) - 1;
  while (k >= 0 && (tokens[k]!.text === '、' || meaningOf(tokens[k], 'person'))) k--;
  const after = text.slice(tok.end, clause.at(-1)!.end);
  if (k >= 0 && isPhrase(tokens[k]!.text, 'livingAlongWith') && hasPhrase(after, 'livingHow')) return true;
  // "婆婆七十六，跟自己过": the next clause says the caller keeps them.
  if (!next?.length || !/[，,]/.test(text[next[0]!.start - 1] ?? '')) return false;
  const w = next[0]!.text;
  if (!isPhrase(w, 'livingAlongWith')) return false;
  const rest = text.slice(next[0]!.end, next.at(-1)!.end);
  return (startsWithPhrase(rest, 'callerSide') || startsWithPhrase(rest, 'callerSelf')) && hasPhrase(rest, 'livingHow');
}
