/**
 * The one place money is rounded. Amounts enter in yuan (as residents say them) and are
 * kept in integer fen; per-capita and monthly divisions round half up to the fen.
 */

export type Fen = number;

export function yuanToFen(yuan: number): Fen {
  return Math.round(yuan * 100);
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

/** Format for residents: whole yuan without decimals, otherwise two decimals ("620", "612.50"). */
export function formatYuan(fen: Fen): string {
  const yuan = fen / 100;
  return Number.isInteger(yuan) ? String(yuan) : yuan.toFixed(2);
}

/** Whole yuan for an estimate (rounded half up). */
export function fenToWholeYuan(fen: Fen): number {
  return Math.round(fen / 100);
}
