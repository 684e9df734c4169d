/**
 * "铺面系租嘅", "门面是租的": premises said to be rented are not the household's commercial property (the
 * notices count premises owned), and the rented word there is about the shop, not the home they live in.
 * Linear: a fixed look at the two tokens beside the word.
 */
import { isMeaning } from './cues.ts';
import type { ClauseReading } from './clause-reading.ts';
import { meaningOf } from './tokens.ts';

const isRented = (c: ClauseReading, k: number) => meaningOf(c.clause[k], 'asset')?.what === 'rented_home';
const isShop = (c: ClauseReading, k: number) => meaningOf(c.clause[k], 'asset')?.what === 'shop';

/** The shop word at `i` is followed by "(系/是) 租嘅": rented, not owned. */
export function shopRented(c: ClauseReading, i: number): boolean {
  return isRented(c, i + 1) || (isMeaning(c.clause[i + 1], 'yes') && isRented(c, i + 2));
}

/** The rented word at `i` is said of a shop named right before it ("铺面系租嘅"). */
export function rentedIsShop(c: ClauseReading, i: number): boolean {
  return isShop(c, i - 1) || (isMeaning(c.clause[i - 1], 'yes') && isShop(c, i - 2));
}
