/**
 * The household's reported expenses, split into what is known and what is not: an expense may be
 * reported before its amount is (the resident knows the family spent a lot on 看病, not how much).
 * An expense without an amount is an unknown, never 0: the rules that sum spending (支出型 临时救助,
 * 社会救助暂行办法 第四十七条; the rigid-spending deduction, 最低生活保障审核确认办法 第十三条) ask for it
 * where its size would decide, and decide without it where it cannot matter.
 */
import type { Expense } from '../../model/household.ts';
import { type Fen, yuanToFen } from '../../engine/money.ts';

export interface ExpenseSplit {
  /** Sum of the amounts that are known, fen. */
  knownFen: Fen;
  /** Kinds of the expenses whose amount is not known yet, each once, in order. */
  openKinds: Expense['kind'][];
  /** The fact paths that would settle them (`hardship.expenses[i].amount`). */
  openPaths: string[];
}

/** Split `expenses` (those of `kinds` only, when given) into known amounts and open ones. */
export function splitExpenses(expenses: readonly Expense[], kinds?: readonly string[]): ExpenseSplit {
  const out: ExpenseSplit = { knownFen: 0, openKinds: [], openPaths: [] };
  for (const [i, e] of expenses.entries()) {
    if (kinds && !kinds.includes(e.kind)) continue;
    if (e.amount !== undefined) {
      out.knownFen += yuanToFen(e.amount);
      continue;
    }
    if (!out.openKinds.includes(e.kind)) out.openKinds.push(e.kind);
    out.openPaths.push(`hardship.expenses[${i}].amount`);
  }
  return out;
}
