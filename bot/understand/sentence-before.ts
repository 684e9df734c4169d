/** A bounded look back inside a sentence, for the readers that weigh what it said before a word. */

/** The same sentence before a position, at most 60 characters back (a bounded look, linear overall). */
export function sentenceBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 60), at);
  return window.slice(window.lastIndexOf('。') + 1);
}
