/**
 * "两人都有养老金每月一百六十多", "老两口都领养老金一月一百五": a pair (or a count of people), 都/均, having or
 * drawing a pension, then how much a month: each one's pension, so the household's is that times the
 * count (城乡居民基本养老保险 is paid to each insured person). Not when the clause says the sum is a total
 * (一共, 加起来). Only pensions: for wages or support, who earns or gives is placed elsewhere. A fixed walk
 * back over at most six tokens: linear.
 */
import { isMeaning } from './cues.ts';
import type { ClauseReading } from './clause-reading.ts';
import { isPhrase } from './phrases.ts';
import { meaningOf } from './tokens.ts';

/** Verbs of having or drawing between 都 and the pension ("都有", "都领", "都拿", 粤 "都有攞"). */
const HAVING = new Set(['领', '拿', '攞', '吃', '享受']);
const PENSIONS = new Set(['pensions', 'basicPension']);

export function allHavePension(c: ClauseReading, i: number): number | undefined {
  if (c.clause.some((t) => isMeaning(t, 'total'))) return undefined;
  let j = i - 1;
  if (isMeaning(c.clause[j], 'period')) j--;
  const cat = meaningOf(c.clause[j], 'income')?.cat;
  if (cat === undefined || !PENSIONS.has(cat)) return undefined;
  j--;
  while (j >= 0 && (isMeaning(c.clause[j], 'yes') || HAVING.has(c.clause[j]!.text)) && i - j < 7) j--;
  if (!isPhrase(c.clause[j]?.text ?? '', 'allOrEach')) return undefined;
  const g = meaningOf(c.clause[j - 1], 'group');
  if (g) return g.with.length + (g.selfIncluded ? 1 : 0);
  const count = c.clause[j - 2];
  if (!isMeaning(c.clause[j - 1], 'people') || count?.kind !== 'num') return undefined;
  const v = count.n.value;
  return v >= 2 && v <= 30 && Number.isInteger(v) ? v : undefined;
}
