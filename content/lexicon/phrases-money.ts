/**
 * Phrase lists the reader needs for numbers and money: amounts, periods, who earns and who pays.
 * Spread into PHRASES (./phrases.ts); one file per area so each list sits beside its neighbours.
 */
export const MONEY_PHRASES = {} as const satisfies Record<string, readonly string[]>;
