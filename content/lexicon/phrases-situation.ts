/**
 * Phrase lists the reader needs for the rest of a situation: dates, events, health, housing, commands and the dialogue's cues.
 * Spread into PHRASES (./phrases.ts); one file per area so each list sits beside its neighbours.
 */
export const SITUATION_PHRASES = {} as const satisfies Record<string, readonly string[]>;
