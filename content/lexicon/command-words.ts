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

/** Whether the (normalised) text holds a word that may mean a command. */
export function mayHoldCommandWord(normalised: string): boolean {
  return COMMAND_WORDS.some((w) => normalised.includes(w));
}
