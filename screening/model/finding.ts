/**
 * What a rule finds, apart from how it is said (issue #16): a code, a status, the figures it rests
 * on and the clauses behind it. Rules return findings; the catalogue (screening/catalogue/) is the
 * one place that says each code in Chinese, so a policy officer reviews the wording in one file per
 * program and the rules hold no sentence. A check is a finding about one legal condition; a note
 * ("低保必须经过家庭经济状况核对…") is a finding with status `info`.
 */
import type { CheckStatus } from './report.ts';
import type { FindingCode, FiguresOf } from '../catalogue/index.ts';

export type FindingStatus = CheckStatus | 'info';

/** Any finding, as the catalogue sees one nested in another's figures (a condition in a comparison). */
export interface FindingBase {
  code: string;
  status: FindingStatus;
  figures: unknown;
  /** Clause ids the finding rests on (resolved to text in content/). */
  clauses: readonly string[];
  /** Facts that would settle it, when it is open. */
  missing: readonly string[];
}

export interface Finding<C extends FindingCode = FindingCode> extends FindingBase {
  code: C;
  figures: FiguresOf<C>;
}

/** How a nested finding is said: handed to catalogue entries. */
export type Speak = (f: FindingBase) => string;
