/**
 * 转移净收入 (最低生活保障审核确认办法 第十三条: "转移净收入指转移性收入扣减转移性支出之后的收入"): the
 * support payments a household receives, and
 * the 城乡居民基本养老保险基础养老金, each counted, left out or left to the office as the city's
 * rules say (./assess.ts adds them to the other categories).
 */
import type { Household, Income } from '../../model/household.ts';
import type { Finding } from '../../model/finding.ts';
import { yuanToFen } from '../../engine/money.ts';
import { finding, note } from '../../engine/findings.ts';
import type { Adjustment, IncomeRules } from './types.ts';

/**
 * 转移净收入: support payments received. Where a city's notice says so (its package sets
 * `income.supportFromPoorObligorExcluded`, e.g. "赡养（抚养、扶养）义务人属于特困人员、最低生活保障对象、
 * 低收入家庭成员的，在计算转移净收入时不计入该……赡养费"), that support is not counted; where it lets a
 * 支出型 household leave support out after a 民主评议 (`income.expenditureSupportWaiver`, e.g. "经村民
 * 委员会民主评议，并经乡镇……审核备案后，可以不计算赡养费"), that is flagged, never applied, and not
 * asked once the household said there was no large spending (支出型 means "费用支出较大"; that
 * answer outweighs a contradicting yes).
 */
export function supportCounted(
  h: Household,
  rules: IncomeRules,
  out: { notes: Finding[]; adjustments: Adjustment[] },
): number {
  let counted = 0;
  let total = 0;
  (h.income?.support ?? []).forEach((p, i) => {
    const fen = yuanToFen(p.amount);
    total += fen;
    const payer = p.payerStatus;
    if (rules.supportFromPoorObligorExcluded && payer !== undefined && payer !== 'none') {
      if (rules.supportLapsed) {
        counted += fen;
        out.notes.push(
          note('income.supportLapsed', { ended: rules.supportLapsed.ended, payer, fen }, rules.supportCitations),
        );
        out.adjustments.push({
          kind: 'office',
          fen,
          condition: finding(
            'if.supportLapsed',
            'uncertain',
            { ended: rules.supportLapsed.ended, payer },
            rules.supportCitations,
          ),
        });
        return;
      }
      out.notes.push(note('income.supportExcluded', { payer, fen }, rules.supportCitations));
      total -= fen;
      return;
    }
    counted += fen;
    if (rules.supportFromPoorObligorExcluded && payer === undefined && fen > 0) {
      out.adjustments.push({
        kind: 'ask',
        fen,
        condition: finding('if.supportPayer', 'unknown', {}, rules.supportCitations, [
          `income.support[${i}].payerStatus`,
        ]),
      });
    }
  });
  const noSpending = h.hardship?.none === true;
  if (rules.expenditureSupportWaiver && h.expenditureType !== false && !noSpending && total > 0) {
    const declared = h.expenditureType === true;
    const figures = { declared, ...(rules.waiverLapsed ? { ended: rules.waiverLapsed.ended } : {}) };
    out.adjustments.push({
      kind: declared ? 'office' : 'ask',
      fen: total,
      condition: finding(
        'if.waiver',
        declared ? 'uncertain' : 'unknown',
        figures,
        rules.waiverCitations,
        declared ? [] : ['expenditureType'],
      ),
    });
  }
  return counted;
}

/** 城乡居民基本养老保险基础养老金: excluded, counted, or (after the 14th Five-Year Plan) unverified (Q3). */
export function basicPension(
  inc: Income,
  rules: IncomeRules,
  out: { notes: Finding[]; adjustments: Adjustment[] },
): number {
  const fen = yuanToFen(inc.basicPension ?? 0);
  if (fen <= 0) return 0;
  if (rules.basicPensionExcluded === 'yes') {
    out.notes.push(note('income.basicPensionExcluded', { fen }, rules.basicPensionCitations));
    return 0;
  }
  if (rules.basicPensionExcluded === 'unverified') {
    out.notes.push(note('income.basicPensionUnverified', { fen }, rules.basicPensionCitations));
    out.adjustments.push({
      kind: 'office',
      fen,
      condition: finding('if.basicPension', 'uncertain', {}, rules.basicPensionCitations),
    });
  }
  return fen;
}
