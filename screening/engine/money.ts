/**
 * The one place money is rounded. Amounts enter in yuan (as residents say them) and are
 * kept in integer fen; per-capita and monthly divisions round half up to the fen. How an amount
 * is said ("约 297 元") is the catalogue's (screening/catalogue/words.ts).
 */

export type Fen = number;

/** Fen in a yuan: the unit amounts are kept in. */
export const FEN_PER_YUAN = 100;

/** A fraction said as a percentage (0.3 → 30). */
export function percent(fraction: number): number {
  return Math.round(fraction * 100);
}

export function yuanToFen(yuan: number): Fen {
  return Math.round(yuan * FEN_PER_YUAN);
}

/** Divide fen by a positive count (months, people), rounding half up to a whole fen. */
export function divideFen(fen: Fen, by: number): Fen {
  if (!(by > 0)) throw new RangeError(`divideFen: divisor must be positive, got ${by}`);
  return Math.round(fen / by);
}

/** Multiply fen by a ratio (0.3, 1.6, …), rounding half up to a whole fen. */
export function scaleFen(fen: Fen, ratio: number): Fen {
  return Math.round(fen * ratio);
}

/** Whole yuan for an estimate (rounded half up). */
export function fenToWholeYuan(fen: Fen): number {
  return Math.round(fen / FEN_PER_YUAN);
}

/** Months in a year: annual figures (上年人均可支配收入) against monthly income. */
export const MONTHS_PER_YEAR = 12;
