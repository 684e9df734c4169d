/**
 * A call summary often gives an amount in a sentence of its own, after the sentence that said what
 * the money is: "在工地打零工。每月挣1500元", "打零工收入不稳定。每月大概一千五"; or restates or
 * corrects a figure later: "每月打零工1500元。后又称每月收入约1800元" (the later figure is the one
 * the caller settled on, not a second income). A work order's sentence otherwise ends what its
 * income words were about ("…每月2300。租屋住，每月900" is no second wage), so the kind is carried
 * over only when the earlier sentence named it with no figure, or when the later sentence says it
 * restates. Fixed, short patterns on one clause: linear time.
 */
import type { Amount } from './amounts.ts';
import type { Reading } from './reading.ts';
import { hasPhrase } from './phrases.ts';

/** Words of a summary restating or correcting what was said before (the list `restated`); `test` as a regex had it. */
export const RESTATED = { test: (text: string): boolean => hasPhrase(text, 'restated') };

/** Words for money coming in, with no kind of its own. */
const incomeWord = (text: string): boolean => hasPhrase(text, 'earned') || hasPhrase(text, 'received');

/** A figure over a period or said to come in: a flow the earlier sentence's kind can be. */
const flow = (text: string): boolean => hasPhrase(text, 'perPeriod') || hasPhrase(text, 'earned');

/** The kind of money for an amount whose clause names none, from the sentence before, or undefined. */
export function laterSentenceCategory(r: Reading, clauseText: string): Amount['category'] {
  if (RESTATED.test(clauseText) && incomeWord(clauseText)) {
    const last = r.amounts.findLast((a) => a.category !== undefined && !a.negated);
    if (last && ['wages', 'business', 'property', 'pensions', 'support', 'basicPension'].includes(last.category!))
      return last.category;
  }
  // Money of another kind than the earlier sentence's, though it names none the lexicon knows (rent paid,
  // a benefit, money from before, money lost, spent or owed), is not carried over.
  if (r.carriedCategory === undefined || hasPhrase(clauseText, 'otherMoneyKind') || !flow(clauseText)) return undefined;
  return r.carriedCategory;
}
