/**
 * The words of the lexicon that mean a command (为什么, 返回, 人工 …), for a cheap first look:
 * a message that holds none of them cannot be a command said in words, so the dialogue need not
 * read it a second time to find out (reading is the costliest part of a dialogue step). Tokens
 * are substrings of the normalised text, so "holds none" is exact, not a guess.
 */
import { LEXICON } from './words.ts';

const COMMAND_WORDS: readonly string[] = [
  ...new Set(LEXICON.filter((e) => e.meaning.t === 'command').map((e) => e.word)),
];

/**
 * The command words by their first code unit: a text holds a word exactly when the word starts at
 * one of its positions, so each position is tried only against the words beginning with its
 * character (some 500 words searched one by one cost more than reading the message).
 */
const BY_FIRST = new Map<number, string[]>();
for (const w of COMMAND_WORDS) {
  const list = BY_FIRST.get(w.charCodeAt(0)) ?? [];
  list.push(w);
  BY_FIRST.set(w.charCodeAt(0), list);
}

/** Whether the (normalised) text holds a word that may mean a command. */
export function mayHoldCommandWord(normalised: string): boolean {
  for (let at = 0; at < normalised.length; at++) {
    const words = BY_FIRST.get(normalised.charCodeAt(at));
    if (words?.some((w) => normalised.startsWith(w, at))) return true;
  }
  return false;
}
