/**
 * Findings become the report's checks and reasons here, and only here: the rule's code and
 * figures are said through the catalogue, and kept beside the words so a consumer can read them.
 */
import type { Check, CheckStatus, Reason } from '../model/report.ts';
import type { Finding, FindingBase, FindingStatus } from '../model/finding.ts';
import { type FindingCode, type FiguresOf, say } from '../catalogue/index.ts';
import { LABELS, type LabelKey } from '../catalogue/labels.ts';
import { unique } from './checks.ts';

export { say };

/**
 * Whether checks and reasons are said in words. Off only while missingFacts() runs the rules for
 * what they still wait on: no rule reads a text, and wording them is a good part of what a
 * screening costs. Set and restored within one synchronous call, so no screen() sees it off.
 */
let worded = true;

/** The rules' work without the wording: texts are left empty. */
export function unworded<T>(work: () => T): T {
  const was = worded;
  worded = false;
  try {
    return work();
  } finally {
    worded = was;
  }
}

/** Whether checks are said and cited now (false only inside missingFacts()). */
export function isWorded(): boolean {
  return worded;
}

export function finding<C extends FindingCode>(
  code: C,
  status: FindingStatus,
  figures: FiguresOf<C>,
  clauses: readonly string[] = [],
  missing: readonly string[] = [],
): Finding<C> {
  return { code, status, figures, clauses, missing };
}

/** A note: said, cited, deciding nothing. */
export function note<C extends FindingCode>(code: C, figures: FiguresOf<C>, clauses: readonly string[]): Finding<C> {
  return finding(code, 'info', figures, clauses);
}

/** The check of one legal condition, `id`, as the finding about it says. */
export function toCheck(
  id: string,
  label: LabelKey,
  f: FindingBase,
  status: CheckStatus = f.status === 'info' ? 'pass' : f.status,
): Check {
  return {
    id,
    label: LABELS[label],
    status,
    text: worded ? say(f) : '',
    // No rule decides on a check's citations: while unworded they are not gathered.
    citations: worded ? unique(f.clauses) : [],
    missing: unique(f.missing),
    code: f.code,
    figures: f.figures,
  };
}

/** The finding a check was said from (to say it again inside another, e.g. with a caveat). */
export function findingOf(c: Check): FindingBase {
  return { code: c.code ?? '', status: c.status, figures: c.figures, clauses: c.citations, missing: c.missing };
}

export function toReason(f: FindingBase): Reason {
  return { text: worded ? say(f) : '', citations: unique(f.clauses), code: f.code };
}

const REASON_ORDER: readonly CheckStatus[] = ['fail', 'unknown', 'uncertain', 'pass'];

/** Reasons shown to residents: failures first, then open questions, then what is met, then the notes. */
export function reasonsOf(checks: readonly Check[], extra: readonly FindingBase[] = []): Reason[] {
  // missingFacts() reads what the rules wait on, never a reason: none are listed while unworded.
  if (!worded) return [];
  const reasons: Reason[] = [];
  for (const status of REASON_ORDER)
    for (const c of checks)
      if (c.status === status)
        reasons.push({ text: c.text, citations: c.citations, ...(c.code ? { code: c.code } : {}) });
  for (const f of extra) reasons.push(toReason(f));
  return reasons;
}

/** The same finding with more clauses or facts (the caller's topic added to a comparison's own). */
export function withClauses<F extends FindingBase>(f: F, before: readonly string[], after: readonly string[] = []): F {
  return { ...f, clauses: [...before, ...f.clauses, ...after] };
}
