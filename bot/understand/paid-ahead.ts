/**
 * Money paid ahead by someone outside the family ("矿上只给垫了一万", "老板先垫了五千", 粤 "司机垫咗两千"):
 * 垫了 after an employer or the other party of an accident is that payer settling part of the bill
 * ahead, as 垫付 is, not the household's own spending (自己垫了 still is).
 */
import { hasPhrase } from './phrases.ts';
import type { Token } from './tokens.ts';

/** The word for paying ahead, alone (垫了, 垫咗, 垫): one short token, no search over the text. */
const PAID_AHEAD = new Set(['垫', '垫了', '垫咗', '先垫', '先垫了', '先垫咗', '给垫了', '帮垫了', '帮垫咗']);

/** Whether the amount at `i` is paid ahead by a payer who is not kin, named before it in the clause. */
export function paidAheadByOther(clause: readonly Token[], i: number, saidBefore: string): boolean {
  const before = clause[i - 1]?.text ?? '';
  if (!PAID_AHEAD.has(before)) return false;
  return hasPhrase(saidBefore, 'payerNotKin') && !hasPhrase(saidBefore, 'outOfPocket');
}
