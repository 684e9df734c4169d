/**
 * Phrase lists the reader needs for people: who is named, how they are related, who lives where.
 * Spread into PHRASES (./phrases.ts); one file per area so each list sits beside its neighbours.
 */
export const PEOPLE_PHRASES = {} as const satisfies Record<string, readonly string[]>;
