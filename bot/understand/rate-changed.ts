/**
 * A rate that changed from a month on ("门面本来一月租八百，今年降到六百，从五月份开始降的", 粤 "间铺本来
 * 每个月租九百，减到六百，五月开始减"): the year asked about is the old rate for the months before that
 * month and the new rate from it on — not the new rate alone, nor both added up. The month is read
 * from the clause of the new figure or the one after it; nothing is guessed when none is said.
 */
import { endsWithPhrase, startsWithPhrase } from './phrases.ts';
import type { Reading } from './reading.ts';
import type { Token } from './tokens.ts';

/** The month (1–12) the rate said right after a "changed to" word took effect, if one is said. */
export function changedFromMonth(r: Reading, clauseIndex: number, clauseStart: number, at: Token): number | undefined {
  if (!endsWithPhrase(r.text.slice(Math.max(clauseStart, at.start - 3), at.start), 'changedTo')) return undefined;
  for (const clause of [r.clauses[clauseIndex], r.clauses[clauseIndex + 1]]) {
    for (const [k, t] of (clause ?? []).entries()) {
      if (t.kind !== 'num' || t.start <= at.start || !Number.isInteger(t.n.value) || t.n.value < 1 || t.n.value > 12)
        continue;
      if (!clause![k + 1]?.text.startsWith('月')) continue;
      // "从五月份开始", "五月起", "由五月": from that month on.
      const after = r.text.slice(clause![k + 1]!.end, clause![k + 1]!.end + 3);
      const before = r.text.slice(Math.max(0, t.start - 1), t.start);
      if (startsWithPhrase(after, 'fromMonthOn') || endsWithPhrase(before, 'fromMonth')) {
        r.usedNums.add(t);
        return t.n.value;
      }
    }
  }
  return undefined;
}

/**
 * The year's figure of an old rate and a new one from month `from` on, each already a year's worth
 * at its rate: the months before at the old, the rest at the new.
 */
export function prorated(old: { lo: number; hi: number }, now: { lo: number; hi: number }, from: number) {
  const before = (from - 1) / 12;
  return { lo: old.lo * before + now.lo * (1 - before), hi: old.hi * before + now.hi * (1 - before) };
}
