/**
 * "地让他哥种着", "地给俺兄弟种", 粤 "块田畀佢大佬耕": a relative named only as the one the family's land was
 * handed to for farming lives on their own; naming them says nothing of who lives in the household.
 * Fixed-length look-ups around the relative's word.
 */
import { endingPhrase, endsWithPhrase, startsWithPhrase } from './phrases.ts';

export function farmsTheLand(text: string, start: number, end: number): boolean {
  if (!startsWithPhrase(text.slice(end, end + 2), 'farmsIt')) return false;
  const before = text.slice(Math.max(0, start - 6), start);
  const whose = endingPhrase(before, 'whoseKin');
  return endsWithPhrase(whose ? before.slice(0, -whose.length) : before, 'landHandedTo');
}
