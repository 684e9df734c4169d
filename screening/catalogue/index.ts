/**
 * The catalogue: every sentence the screening says, by finding code, one file per program for a
 * policy officer to review against the clauses (the rules hold none). An entry takes the figures
 * its finding carries, and a way to say a finding nested in them.
 */
import type { FindingBase, Speak } from '../model/finding.ts';
import { DIBAO } from './dibao.ts';
import { HOUSEHOLD } from './household.ts';
import { INCOME } from './income.ts';
import { REPORT } from './report.ts';
import { SINGLE_PERSON } from './single-person.ts';
import { TEKUN } from './tekun.ts';
import { TEMPORARY } from './temporary.ts';

export { DEMO_WARNING, DISCLAIMER } from './report.ts';
export { PARAM_LABELS } from './params.ts';
export { LABELS, type LabelKey } from './labels.ts';

export const SAY = {
  ...HOUSEHOLD,
  ...INCOME,
  ...DIBAO,
  ...SINGLE_PERSON,
  ...TEKUN,
  ...TEMPORARY,
  ...REPORT,
} as const;

export type FindingCode = keyof typeof SAY;

/** The figures a finding of code C carries: the first parameter of its entry (nothing for a fixed sentence). */
export type FiguresOf<C extends FindingCode> =
  Parameters<(typeof SAY)[C]> extends [infer F, ...unknown[]] ? F : Record<string, never>;

type Entry = (figures: unknown, say: Speak) => string;

export const say: Speak = (f: FindingBase) => (SAY[f.code as FindingCode] as Entry)(f.figures, say);
