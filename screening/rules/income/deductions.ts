/**
 * 最低生活保障审核确认办法 第十三条:
 * "对于共同生活的家庭成员因残疾、患重病等增加的刚性支出、必要的就业成本等，在核算家庭收入时可按
 * 规定适当扣减。"
 * - Necessary employment costs: where a city's notice sets an amount, as its package declares it
 *   (`income.employmentCost`, e.g. "按照城市低保标准的30%给予扣减"; per employed member, monthly,
 *   capped at wages, Q4), while in force, then only what the old rule would give (Q15); where the
 *   notice says only "按规定适当扣减", no amount, so the office sizes it, within a bound (Q17).
 * - Rigid spending caused by a disability or serious illness, for members the household said are
 *   disabled or seriously ill: deducted where a city deducts the out-of-pocket amount; otherwise the
 *   office sizes it, bounded by the spending and the cap (Q17). Spending never asked may exist; spending
 *   reported without its amount is asked for, bounded like spending never asked.
 */
import type { Household } from '../../model/household.ts';
import type { Finding } from '../../model/finding.ts';
import { type Fen, percent, scaleFen } from '../../engine/money.ts';
import { finding, note } from '../../engine/findings.ts';
import { splitExpenses } from '../common/expenses.ts';
import { employedMembers, type IndexedMember } from '../common/household.ts';
import type { Adjustment, IncomeRules } from './types.ts';

interface Out {
  notes: Finding[];
  adjustments: Adjustment[];
}

/** The certain employment-cost deduction, fen; the uncertain parts go to `out.adjustments`. */
export function employmentCost(
  h: Household,
  rules: IncomeRules,
  counted: readonly IndexedMember[] | undefined,
  months: number,
  wagesFen: Fen,
  out: Out,
): Fen {
  if (wagesFen <= 0 || rules.urbanStandardFen === undefined) return 0;
  const cost = rules.employmentCost;
  const configured = cost.kind === 'fractionOfUrbanStandard';
  const fraction = configured ? cost.fraction : rules.unspecifiedCap;
  const perWorkerMonth = scaleFen(rules.urbanStandardFen, fraction);
  const perWorkerPeriod = perWorkerMonth * months;
  const employed = employedMembers(h, counted);
  // Wages mean at least one earner, even if nobody was marked employed.
  const certainWorkers = Math.max(employed.known, 1);
  const forCertain = Math.min(wagesFen, perWorkerPeriod * certainWorkers);
  const cites = configured
    ? [...rules.employmentCostCitations]
    : [...rules.employmentCostCitations, ...rules.unspecifiedCapCitations];
  const pct = percent(fraction);
  let deducted = 0;
  if (configured && !rules.employmentCostLapsed) {
    deducted = forCertain;
    out.notes.push(
      note('income.employmentDeducted', { percent: pct, perWorker: perWorkerMonth, total: forCertain }, cites),
    );
  } else if (configured) {
    const ended = rules.employmentCostLapsed!.ended;
    out.notes.push(note('income.employmentLapsed', { percent: pct, ended }, cites));
    out.adjustments.push({
      kind: 'office',
      fen: forCertain,
      condition: finding('if.employmentLapsed', 'uncertain', { percent: pct, ended }, cites),
    });
  } else {
    out.notes.push(note('income.employmentUnspecified', {}, [...rules.employmentCostCitations]));
    out.adjustments.push({
      kind: 'office',
      fen: forCertain,
      bound: true,
      condition: finding('if.employmentUnspecified', 'uncertain', {}, cites),
    });
  }
  const extraWorkers = Math.max(employed.possible, certainWorkers) - certainWorkers;
  if (extraWorkers > 0 && employed.unaskedPaths.length > 0) {
    const extra = Math.min(wagesFen - forCertain, perWorkerPeriod * extraWorkers);
    if (extra > 0) {
      out.adjustments.push({
        kind: 'ask',
        fen: extra,
        ...(configured ? {} : { bound: true }),
        condition: finding('if.moreWorkers', 'unknown', {}, cites, employed.unaskedPaths),
      });
    }
  }
  return deducted;
}

/** The certain rigid-spending deduction, fen (only where a city deducts the actual amount). */
export function rigidSpending(
  h: Household,
  rules: IncomeRules,
  counted: readonly IndexedMember[] | undefined,
  months: number,
  out: Out,
): Fen {
  const concerned = (counted ?? []).filter(
    ({ member: m }) => m.hasDisability === true || m.seriousIllness === true,
  ).length;
  if (concerned === 0) return 0;
  const hs = h.hardship;
  const asked = hs?.none === true || hs?.expenses !== undefined;
  const cap =
    rules.urbanStandardFen === undefined
      ? undefined
      : scaleFen(rules.urbanStandardFen, rules.unspecifiedCap) * concerned * months;
  const cites = [
    ...rules.rigidSpendingCitations,
    ...(rules.rigidSpending.kind === 'unspecified' ? rules.unspecifiedCapCitations : []),
  ];
  if (!asked) {
    if (cap === undefined || cap <= 0) return 0;
    out.adjustments.push({
      kind: 'ask',
      fen: cap,
      bound: true,
      condition: finding('if.rigidAsk', 'unknown', {}, cites, ['hardship.expenses']),
    });
    return 0;
  }
  const split = splitExpenses(hs?.none === true ? [] : (hs?.expenses ?? []), rules.rigidSpendingKinds);
  const spent = split.knownFen;
  // An expense reported without its amount: asked for, bounded by the cap as if never asked.
  const openAsk = (room: Fen) => {
    if (split.openPaths.length === 0 || room <= 0) return;
    out.adjustments.push({
      kind: 'ask',
      fen: room,
      bound: true,
      condition: finding('if.rigidAmountUnknown', 'unknown', { open: split.openKinds }, cites, split.openPaths),
    });
  };
  if (rules.rigidSpending.kind === 'actual') {
    if (cap !== undefined) openAsk(cap);
    if (spent <= 0) return 0;
    out.notes.push(note('income.rigidDeducted', { spent }, cites));
    return spent;
  }
  if (cap === undefined) return 0;
  const office = Math.min(spent, cap);
  openAsk(cap - office);
  if (spent <= 0) return 0;
  out.adjustments.push({
    kind: 'office',
    fen: office,
    bound: true,
    condition: finding('if.rigidOffice', 'uncertain', { spent }, cites),
  });
  return 0;
}
