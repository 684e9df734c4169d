/**
 * A lump sum received and said to be put by ("对方赔了二十万，她给娃存着念书用", 粤 "赔咗十万，存咗落银行"):
 * what the household holds is savings (property.deposits), not income over the year. And savings said to be
 * gone right after their sum ("攒的八万块积蓄全没了", 粤 "五万蚊储蓄俾人呃晒"): none are left, so deposits are 0,
 * not the sum lost. Looks only at the rest of the amount's own sentence, a bounded stretch: linear.
 */
import { hasPhrase } from './phrases.ts';
import type { Reading } from './reading.ts';
import { sentenceAfter } from './sentence-window.ts';

/** How far after an amount its sentence is read for what became of the money. */
const AFTER = 16;

/** The clause after `end` up to its first comma or sentence end, at most AFTER characters. */
function restOfClause(text: string, end: number): string {
  const rest = text.slice(end, end + AFTER);
  const stop = rest.search(/[，,。！？!?；;、]/);
  return stop < 0 ? rest : rest.slice(0, stop);
}

export function savingsKeptOrGone(r: Reading): void {
  for (const a of r.amounts) {
    if (a.category === 'otherTransfers' && (a.months ?? 12) === 12 && !a.each) {
      if (hasPhrase(sentenceAfter(r.text, a.end, AFTER), 'keptAsSavings')) a.category = 'deposits';
    } else if (a.category === 'deposits' && hasPhrase(restOfClause(r.text, a.end), 'savingsGone')) a.loss = true;
  }
}
