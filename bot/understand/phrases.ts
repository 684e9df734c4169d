/**
 * Matching the lexicon's phrase lists (content/lexicon/phrases.ts) against a stretch of text: plain
 * substring tests, linear in the text for each phrase (the reader caps what it reads), no regex.
 */
import { type PhraseList, PHRASES } from '../../content/lexicon/phrases.ts';

const AS_SETS = new Map<PhraseList, ReadonlySet<string>>();

/** Whether `text` is exactly one phrase of the list (a token or a short stretch compared whole). */
export function isPhrase(text: string, list: PhraseList): boolean {
  let set = AS_SETS.get(list);
  if (!set) {
    set = new Set(PHRASES[list]);
    AS_SETS.set(list, set);
  }
  return set.has(text);
}

/** Whether `text` contains any phrase of the list. */
export function hasPhrase(text: string, list: PhraseList): boolean {
  return PHRASES[list].some((p) => text.includes(p));
}

/** Whether `text` starts with a phrase of the list. */
export function startsWithPhrase(text: string, list: PhraseList): boolean {
  return PHRASES[list].some((p) => text.startsWith(p));
}

/** Whether `text` ends with a phrase of the list (what comes right before a word). */
export function endsWithPhrase(text: string, list: PhraseList): boolean {
  return PHRASES[list].some((p) => text.endsWith(p));
}

/** The leftmost phrase of the list in `text` (the longest there), or undefined. */
export function firstPhrase(text: string, list: PhraseList): { index: number; length: number } | undefined {
  let best: { index: number; length: number } | undefined;
  for (const p of PHRASES[list]) {
    const index = text.indexOf(p);
    if (index < 0) continue;
    if (!best || index < best.index || (index === best.index && p.length > best.length))
      best = { index, length: p.length };
  }
  return best;
}

/**
 * The longest phrase of the list that `text` starts with, or undefined: to take a prefix off a word
 * ("俺的儿子" → "儿子") or read what follows it ("老二女" → "女").
 */
export function leadingPhrase(text: string, list: PhraseList): string | undefined {
  let best: string | undefined;
  for (const p of PHRASES[list]) if (text.startsWith(p) && (best === undefined || p.length > best.length)) best = p;
  return best;
}
