/**
 * The shapes income is worked out in (最低生活保障审核确认办法 第十三条): the rules in force for a
 * household, the possible reductions that only the office or a further answer can settle, and
 * the assessment every program compares with its lines.
 */
import type { Finding } from '../../model/finding.ts';
import type { ParamValue } from '../../params/types.ts';
import type { Fen } from '../../engine/money.ts';
import type { IncomeCategory } from '../../catalogue/words.ts';

/** A local measure whose stated period has ended (rules-notes Q15): shown, never applied as certain. */
export interface Lapsed {
  /** Last day of the period, ISO. */
  ended: string;
}

export interface IncomeRules {
  /** Whether the 基础养老金 is left out of income on this date. */
  basicPensionExcluded: ParamValue<'income.basicPensionExcluded'>;
  basicPensionCitations: readonly string[];
  /** Members from this age draw the 基础养老金, so it is asked only when someone is that old. */
  basicPensionAge: number;
  employmentCost: ParamValue<'income.employmentCost'>;
  employmentCostLapsed: Lapsed | undefined;
  employmentCostCitations: readonly string[];
  rigidSpending: ParamValue<'income.rigidSpendingDeduction'>;
  rigidSpendingCitations: readonly string[];
  /** Kinds of spending that count as rigid spending caused by a disability or illness. */
  rigidSpendingKinds: readonly string[];
  /**
   * Urban 低保 standard in fen (a city's employment-cost deduction may be a fraction of it; the bound of an unconfigured
   * deduction too).
   */
  urbanStandardFen: Fen | undefined;
  /** Bound of a deduction whose amount is not configured, as a fraction of the urban standard per person and month. */
  unspecifiedCap: number;
  unspecifiedCapCitations: readonly string[];
  supportFromPoorObligorExcluded: boolean;
  supportLapsed: Lapsed | undefined;
  supportCitations: readonly string[];
  expenditureSupportWaiver: boolean;
  waiverLapsed: Lapsed | undefined;
  waiverCitations: readonly string[];
  lookbackMonths: number;
}

/** A possible reduction of the period total: the office's to decide, or a question's to settle. */
export interface Adjustment {
  kind: 'office' | 'ask';
  /** Possible reduction of the period total, fen (an upper bound when `bound`). */
  fen: Fen;
  /** The amount is only a bound: no figure "after the reduction" is stated. */
  bound?: boolean;
  /** What the reduction hangs on; its clauses and the facts that settle it. */
  condition: Finding;
}

export interface IncomeAssessment {
  size: number;
  months: number;
  /** Period total counted with every certain rule applied, fen. */
  countedFen: Fen;
  adjustments: Adjustment[];
  /** Categories never asked: the true income may be higher. */
  missingCategories: IncomeCategory[];
  /** Rules applied along the way, for the reasons. */
  notes: Finding[];
}

export type IncomeOutcome =
  | { kind: 'assessed'; assessment: IncomeAssessment }
  | { kind: 'unknown'; missing: string[]; finding: Finding };
