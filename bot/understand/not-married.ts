/**
 * A partner said not to be married ("没领证", 粤 "冇扯证"): 民法典 第一千零四十九条 makes a marriage by
 * registration alone, so the partner is no spouse in law and is listed as another person living with
 * the household, whatever word (老伴, 老公) the writer calls them by.
 */
import type { Understanding } from './extract.ts';
import { firstPhrase } from './phrases.ts';
import type { Reading } from './reading.ts';

/** Listing the household: the spouse named is a partner. */
export function notMarried(r: Reading): void {
  if (r.ctx.slot !== 'members' || !firstPhrase(r.text, 'notMarried')) return;
  for (const p of r.people.list) if (p.rel === 'spouse' && !p.dead && !p.apart) p.rel = 'other';
}

/**
 * Asked who a listed person is: the spouse named is a partner, and with no kinship word at all
 * ("我哋冇扯证，一齐住咗廿年"), the partner told of is the one asked about.
 */
export function partnerInSequence(r: Reading, seq: Understanding['relationSequence']): void {
  const said = firstPhrase(r.text, 'notMarried');
  if (r.ctx.slot !== 'relations' || !said) return;
  for (const x of seq) if (x.rel === 'spouse') x.rel = 'other';
  if (seq.length === 0) seq.push({ rel: 'other', at: said.index });
}
