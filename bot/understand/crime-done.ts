/**
 * "个仔因为诈骗坐紧监", "儿子因盗窃被判了三年": a crime named as the reason someone is in prison is what they
 * did, not an emergency the household suffered (临时救助 is for harm done to it).
 */
import { isMeaning } from './cues.ts';
import type { Token } from './tokens.ts';

/** How many tokens after the crime word the prison word may come ("诈骗坐紧监", "盗窃被判咗刑"). */
const PRISON_MAX = 3;

/** Whether the crime word at `i` is followed closely in its clause by a word for prison. */
export function crimeDone(clause: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + PRISON_MAX && k < clause.length; k++) if (isMeaning(clause[k], 'prison')) return true;
  return false;
}
