/** Bounded looks inside a sentence, before or after a word, for the readers that weigh what the same sentence says. */

/** The same sentence before a position, at most 60 characters back (a bounded look, linear overall). */
export function sentenceBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 60), at);
  return window.slice(window.lastIndexOf('。') + 1);
}

/** The same sentence after a position, at most `max` characters on: it ends at 。！？ or ；, full or half width. */
export function sentenceAfter(text: string, at: number, max: number): string {
  const rest = text.slice(at, at + max);
  const stop = rest.search(/[。！？!?；;]/);
  return stop < 0 ? rest : rest.slice(0, stop);
}
