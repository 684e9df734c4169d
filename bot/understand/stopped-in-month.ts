/**
 * Income that stopped in a month of this year ("原来一个月三千，今年六月厂子倒了", "从七月就不给了", 粤
 * "以前月薪六千，今年四月份被炒咗"): the rate said of before still came in the months of the year before that
 * month, so the year asked about (最近一年: the last twelve months, this one included) holds the months before
 * that one at that rate — not nothing, as an amount of long ago would, nor a whole year. Early in the year those
 * twelve months reach back into last year: in July, pay that stopped in June came in for ten of them.
 */
import { isMeaning } from './cues.ts';
import { startsWithPhrase } from './phrases.ts';
import type { Reading } from './reading.ts';

const FLOWS = new Set(['wages', 'business', 'property', 'pensions', 'basicPension', 'support']);

export function stoppedInMonth(r: Reading): void {
  const thisMonth = Number(r.ctx.today.slice(5, 7));
  for (const a of r.amounts) {
    if (!a.past || a.months !== 1 || a.duration !== undefined) continue;
    if (!FLOWS.has(a.category ?? (r.ctx.slot === 'income.amount' ? (r.ctx.incomeKey ?? '') : ''))) continue;
    const month = stopMonthAfter(r, a.clause, thisMonth);
    if (month === undefined) continue;
    a.past = false;
    a.duration = month - 1 + (12 - thisMonth);
  }
}

/** The month (2 … this month) a clause after `clause` names with a stop after it ("六月厂子倒了", "从七月就不给了"). */
function stopMonthAfter(r: Reading, clause: number, thisMonth: number): number | undefined {
  for (const c of r.clauses.slice(clause + 1, clause + 3)) {
    for (const [k, t] of c.entries()) {
      if (t.kind !== 'num' || t.n.approx || !Number.isInteger(t.n.value) || t.n.value < 2 || t.n.value > thisMonth)
        continue;
      if (!startsWithPhrase(r.text.slice(t.end, t.end + 2), 'monthOfYear')) continue;
      if (!c.slice(k + 1).some((x) => isMeaning(x, 'jobless') || isMeaning(x, 'noSupport'))) continue;
      r.usedNums.add(t);
      return t.n.value;
    }
  }
  return undefined;
}
