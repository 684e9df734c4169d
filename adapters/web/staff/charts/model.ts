/**
 * What the statistics in pictures show (issue 18 item 5), as plain counts: screenings started and
 * finished by day, where residents leave and which question they cannot answer, verdicts,
 * requests by day, statuses reached, time to first contact, overdue, 回访 answers — and, when a
 * source is wired in, visits and assisted screenings. Counts only; small ones are suppressed
 * where they are shown (./suppress.ts), never here, so the numbers stay exact for tests.
 */
import type { Db } from '../../../db/repositories.ts';
import type { Scope } from '../store.ts';

export interface ChartQuery {
  /** China dates, inclusive. */
  from: string;
  to: string;
  /** A city code (admins; county staff always see their own city's screenings). */
  city?: string | undefined;
  /** wechat | telegram | web | hotline: one channel, or all. */
  channel?: string | undefined;
}

export interface DayValue {
  day: string;
  value: number;
}

export interface LabelledCount {
  key: string;
  label: string;
  value: number;
}

export interface QuestionDropOff {
  question: string;
  label: string;
  asked: number;
  answered: number;
  notUnderstood: number;
  /** Asked and never moved away from: where residents left (and the few still answering). */
  left: number;
}

/**
 * Visits and assisted screenings (issue 18 items 1–2, built beside this on branch `visits`). The
 * integrator wires a source that calls that branch's `visitCounts(db, scope, from, to)` and maps
 * its answer to this shape; without a source the section is not shown at all (never zeros).
 */
export interface VisitsSection {
  /** Totals to chart and tabulate (入户走访, 代为筛查, 当场提出申请 …), labelled as staff read them. */
  totals: LabelledCount[];
  /** Optional per-day series, with the same keys. */
  byDay?: { key: string; label: string; days: DayValue[] }[];
}

/** `from`/`to` are China dates, inclusive; `scope` is the signed-in user's (staff store's Scope). */
export type VisitsSource = (db: Db, scope: Scope, from: string, to: string) => Promise<VisitsSection>;

export interface ChartStats {
  query: ChartQuery;
  /** Each day of the period, in order. */
  days: string[];
  screenings: { started: DayValue[]; finished: DayValue[]; totalStarted: number; totalFinished: number };
  dropOff: QuestionDropOff[];
  verdicts: LabelledCount[];
  requests: { byDay: DayValue[]; total: number };
  /** Requests of the period that ever reached each status. */
  statuses: LabelledCount[];
  /** Days from the request to its first status change (the first contact), in bands. */
  firstContact: LabelledCount[];
  overdue: LabelledCount[];
  followUp: LabelledCount[];
  visits?: VisitsSection;
}
