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

// Each list's phrases by their first code unit, built from the data at first use: a test at one
// place tries only the phrases that can start there instead of the whole list (profiled: the scans of
// whole lists were ~3% of a reading). Lists holding an empty phrase keep the plain scan.
const BY_FIRST = new Map<PhraseList, ReadonlyMap<number, readonly string[]> | null>();

function byFirst(list: PhraseList): ReadonlyMap<number, readonly string[]> | null {
  let index = BY_FIRST.get(list);
  if (index === undefined) {
    const phrases: readonly string[] = PHRASES[list];
    const map = new Map<number, string[]>();
    for (const p of phrases) {
      const bucket = map.get(p.charCodeAt(0));
      if (bucket) bucket.push(p);
      else map.set(p.charCodeAt(0), [p]);
    }
    index = phrases.includes('') ? null : map;
    BY_FIRST.set(list, index);
  }
  return index;
}

// The same by their last code unit, for the tests at the end of a text (and lists of the phrases starting one).
const BY_LAST = new Map<PhraseList, ReadonlyMap<number, readonly string[]> | null>();

function byLast(list: PhraseList): ReadonlyMap<number, readonly string[]> | null {
  let index = BY_LAST.get(list);
  if (index === undefined) {
    const phrases: readonly string[] = PHRASES[list];
    const map = new Map<number, string[]>();
    for (const p of phrases) {
      const bucket = map.get(p.charCodeAt(p.length - 1));
      if (bucket) bucket.push(p);
      else map.set(p.charCodeAt(p.length - 1), [p]);
    }
    index = phrases.includes('') ? null : map;
    BY_LAST.set(list, index);
  }
  return index;
}

/** Whether a phrase of the list starts at `at` in `text`. */
function phraseAt(text: string, at: number, list: PhraseList): boolean {
  const index = byFirst(list);
  if (!index) return PHRASES[list].some((p) => text.startsWith(p, at));
  const bucket = index.get(text.charCodeAt(at));
  if (!bucket) return false;
  for (const p of bucket) if (text.startsWith(p, at)) return true;
  return false;
}

/** Whether `text` contains any phrase of the list. */
export function hasPhrase(text: string, list: PhraseList): boolean {
  return PHRASES[list].some((p) => text.includes(p));
}

/** Whether `text` starts with a phrase of the list. */
export function startsWithPhrase(text: string, list: PhraseList): boolean {
  return phraseAt(text, 0, list);
}

/** Whether `text` ends with a phrase of the list (what comes right before a word). */
export function endsWithPhrase(text: string, list: PhraseList): boolean {
  const index = byLast(list);
  if (!index) return PHRASES[list].some((p) => text.endsWith(p));
  const bucket = index.get(text.charCodeAt(text.length - 1));
  if (!bucket) return false;
  for (const p of bucket) if (text.endsWith(p)) return true;
  return false;
}

/** Every phrase of the list `text` starts with ("没有" and "没" both, for what follows each to be checked). */
export function phrasesStarting(text: string, list: PhraseList): readonly string[] {
  const index = byFirst(list);
  if (!index) return PHRASES[list].filter((p) => text.startsWith(p));
  return index.get(text.charCodeAt(0))?.filter((p) => text.startsWith(p)) ?? [];
}

/** Every phrase of the list `text` ends with ("一辆" and "辆" both, for what precedes each to be checked). */
export function phrasesEnding(text: string, list: PhraseList): readonly string[] {
  const index = byLast(list);
  if (!index) return PHRASES[list].filter((p) => text.endsWith(p));
  return index.get(text.charCodeAt(text.length - 1))?.filter((p) => text.endsWith(p)) ?? [];
}

const longest = (phrases: readonly string[]) =>
  phrases.reduce<string | undefined>((best, p) => (best === undefined || p.length > best.length ? p : best), undefined);

/**
 * The longest phrase of the list that `text` starts with, or undefined: to take a prefix off a word
 * ("俺的儿子" → "儿子") or read what follows it ("老二女" → "女").
 */
export function leadingPhrase(text: string, list: PhraseList): string | undefined {
  return longest(phrasesStarting(text, list));
}

/** The longest phrase of the list that `text` ends with (what `/(a|b)$/` removes in a replace), or undefined. */
export function endingPhrase(text: string, list: PhraseList): string | undefined {
  return longest(phrasesEnding(text, list));
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

/** The rightmost phrase of the list in `text` (the longest ending there), or undefined. */
export function lastPhrase(text: string, list: PhraseList): string | undefined {
  let best: { end: number; p: string } | undefined;
  for (const p of PHRASES[list]) {
    const index = text.lastIndexOf(p);
    if (index < 0) continue;
    const end = index + p.length;
    if (!best || end > best.end || (end === best.end && p.length > best.p.length)) best = { end, p };
  }
  return best?.p;
}

// Two lists in a row (for `/(a|b)(c|d)$/`, `/^(a|b)(c|d)/`, `/(a|b)(c|d)/`): a phrase of `first`
// directly followed by a phrase of `second`. Each phrase of `first` is tried at every place it occurs,
// as the regex would backtrack, so the answer is the same whichever alternative the regex would take.

/** Whether `text` ends with a phrase of `second` right after a phrase of `first`. */
export function endsWithPhrases(text: string, first: PhraseList, second: PhraseList): boolean {
  return PHRASES[second].some((p) => text.endsWith(p) && endsWithPhrase(text.slice(0, text.length - p.length), first));
}

/** Whether `text` starts with a phrase of `first` followed right away by a phrase of `second`. */
export function startsWithPhrases(text: string, first: PhraseList, second: PhraseList): boolean {
  return PHRASES[first].some((p) => text.startsWith(p) && startsWithPhrase(text.slice(p.length), second));
}

/** Whether `text` holds a phrase of `first` followed right away by a phrase of `second`. */
export function hasPhrases(text: string, first: PhraseList, second: PhraseList): boolean {
  for (const p of PHRASES[first]) {
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1))
      if (startsWithPhrase(text.slice(at + p.length), second)) return true;
  }
  return false;
}

// A bounded gap between a place in the text and a list (`[^，。]{1,6}(手里|手上)`, `(家里|屋企).{0,3}钱`).

/**
 * Whether a phrase of the list starts `min` to `max` characters after `from` in `text`, none of the characters
 * skipped being one of `stops`.
 */
export function phraseAfterGap(
  text: string,
  from: number,
  list: PhraseList,
  gap: { min: number; max: number; stops: string },
): boolean {
  for (let g = 0; g <= gap.max && from + g < text.length; g++) {
    if (g > 0 && gap.stops.includes(text[from + g - 1]!)) return false;
    if (g >= gap.min && phraseAt(text, from + g, list)) return true;
  }
  return false;
}

/**
 * Whether a phrase of the list ends 0 to `max` characters before `at` in `text`, none of the characters
 * skipped being one of `stops`.
 */
export function phraseBeforeGap(
  text: string,
  at: number,
  list: PhraseList,
  gap: { max: number; stops: string },
): boolean {
  for (let g = 0; g <= gap.max && g <= at; g++) {
    if (g > 0 && gap.stops.includes(text[at - g]!)) return false;
    if (PHRASES[list].some((p) => text.endsWith(p, at - g))) return true;
  }
  return false;
}
