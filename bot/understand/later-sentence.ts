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

/** Words of a summary restating or correcting what was said before. */
export const RESTATED = /后又称|又称|后称|改称|改口|更正为|更正|纠正为|核实为|经核实|实际(上)?(是|为)|其实(是)?/;

/** Words for money coming in, with no kind of its own. */
const INCOME_WORD = /收入|挣|赚|揾|攞|进账|到手/;

/** The kind of money for an amount whose clause names none, from the sentence before, or undefined. */
export function laterSentenceCategory(r: Reading, clauseText: string): Amount['category'] {
  if (RESTATED.test(clauseText) && INCOME_WORD.test(clauseText)) {
    const last = r.amounts.findLast((a) => a.category !== undefined && !a.negated);
    if (last && ['wages', 'business', 'property', 'pensions', 'support', 'basicPension'].includes(last.category!))
      return last.category;
  }
  if (r.carriedCategory === undefined || NOT_CARRIED.test(clauseText) || !FLOW.test(clauseText)) return undefined;
  return r.carriedCategory;
}

/** A figure over a period or said to come in: a flow the earlier sentence's kind can be. */
const FLOW = /每月|每个月|一个月|月入|每年|一年|年入|每天|一天|收入|挣|赚|揾|攞/;

/**
 * Money of another kind than the earlier sentence's, though it names none the lexicon knows: rent paid,
 * a benefit (失业金, 补贴), money from before (生前, 以前), money lost, spent or owed.
 */
const NOT_CARRIED = /租|金|补|生前|以前|之前|原来|过去|曾|偷|盗|花|欠|借|交/;
