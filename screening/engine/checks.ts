/**
 * How named checks add up to a verdict. One check per legal condition; the verdict
 * follows the contract: any clear failure → unlikely; otherwise a fact never asked → need_info;
 * otherwise anything only the office can settle, or figures close to a line → possible;
 * otherwise likely. A missing fact can never produce `unlikely`.
 */
import type { Check, CheckStatus, Verdict } from '../model/report.ts';

/** A new array without repeats, first occurrences kept in order. */
export function unique<T>(xs: readonly T[]): T[] {
  // Lists here are a handful of clause ids or fact paths: a scan beats building a Set.
  if (xs.length > 16) return [...new Set(xs)];
  const out: T[] = [];
  for (const x of xs) if (!out.includes(x)) out.push(x);
  return out;
}

/**
 * The lists `f` gives for `xs`, one after another: flatMap for lists, without its generic path (about ten times a
 * loop's cost in V8, and the rules join lists in every check they make while the dialogue chooses its question).
 */
export function flat<T, U>(xs: readonly T[], f: (x: T) => readonly U[]): U[] {
  const out: U[] = [];
  for (const x of xs) for (const y of f(x)) out.push(y);
  return out;
}

export function verdictOf(checks: readonly Check[]): Verdict {
  if (checks.some((c) => c.status === 'fail')) return 'unlikely';
  if (checks.some((c) => c.status === 'unknown')) return 'need_info';
  if (checks.some((c) => c.status === 'uncertain')) return 'possible';
  return 'likely';
}

/**
 * Facts that could still change the verdict: those of unknown checks, and those an uncertain
 * check names (e.g. the 户籍 type deciding between possible and likely); none once a hard rule fails.
 */
export function missingOf(checks: readonly Check[]): string[] {
  const missing: string[] = [];
  for (const c of checks) {
    if (c.status === 'fail') return [];
    if (c.status === 'unknown' || c.status === 'uncertain')
      for (const m of c.missing) if (!missing.includes(m)) missing.push(m);
  }
  return missing;
}

const RANK: Record<Verdict, number> = { likely: 3, possible: 2, need_info: 1, unlikely: 0 };

/** Order used for "more income never improves a verdict" and for picking the best route. */
export function verdictRank(v: Verdict): number {
  return RANK[v];
}

/** Worst status of a group of checks, in verdict order (fail < unknown < uncertain < pass). */
export function combineStatus(statuses: readonly CheckStatus[]): CheckStatus {
  if (statuses.includes('fail')) return 'fail';
  if (statuses.includes('unknown')) return 'unknown';
  if (statuses.includes('uncertain')) return 'uncertain';
  return 'pass';
}

/** Best status among alternatives (any one route suffices). */
export function bestStatus(statuses: readonly CheckStatus[]): CheckStatus {
  if (statuses.includes('pass')) return 'pass';
  if (statuses.includes('uncertain')) return 'uncertain';
  if (statuses.includes('unknown')) return 'unknown';
  return 'fail';
}
