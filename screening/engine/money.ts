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

/** Whole yuan for an estimate (rounded half up). */
export function fenToWholeYuan(fen: Fen): number {
  return Math.round(fen / 100);
}

/**
 * An amount as residents read it: whole yuan, with 约 when it was rounded ("约 297 元",
 * "620 元"), never "296.67 元". The one place money becomes words.
 */
export function yuanText(fen: Fen): string {
  const whole = fenToWholeYuan(fen);
  return fen % 100 === 0 ? `${whole} 元` : `约 ${whole} 元`;
}

/** yuanText after a word: "收入 620 元", "收入约 297 元" (the 约 takes the place of the space). */
export function yuanAfter(fen: Fen): string {
  const t = yuanText(fen);
  return fen % 100 === 0 ? ` ${t}` : t;
}
