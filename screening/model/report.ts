/**
 * The ScreeningReport of the public contract (shared/contract.md), plus the named checks
 * behind each verdict, so a near miss is explained with its figures and the parameters
 * read are traceable to their sources.
 */
import { z } from 'zod';

export const PROGRAMS = ['dibao', 'single_person_dibao', 'tekun', 'temporary_assistance'] as const;
export type Program = (typeof PROGRAMS)[number];

export const VERDICTS = ['likely', 'possible', 'unlikely', 'need_info'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * Outcome of one legal condition.
 * - pass: met, with figures;
 * - fail: clearly not met on facts given (the only status that may give `unlikely`);
 * - uncertain: met or nearly met but hangs on what only the office can verify, or close to a line;
 * - unknown: a fact the condition needs was not given (lists it in `missing`).
 */
export const CHECK_STATUSES = ['pass', 'fail', 'uncertain', 'unknown'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const Reason = z.object({
  text: z.string(),
  citations: z.array(z.string()),
  code: z.string().optional().describe('The finding behind the text (its wording is in the catalogue).'),
});
export type Reason = z.infer<typeof Reason>;

export const Check = z.object({
  id: z.string(),
  label: z.string(),
  status: z.enum(CHECK_STATUSES),
  text: z.string(),
  citations: z.array(z.string()),
  missing: z.array(z.string()),
  code: z.string().optional().describe('The finding behind the text: what the rule found, apart from how it is said.'),
  figures: z.unknown().optional().describe('The figures of that finding (amounts in fen, ages, members).'),
});
export type Check = z.infer<typeof Check>;

export const EstimatedAmount = z.object({
  yuan: z.number(),
  basis: z.string(),
  demo: z.boolean(),
  citations: z.array(z.string()),
});
export type EstimatedAmount = z.infer<typeof EstimatedAmount>;

export const ProgramResult = z.object({
  program: z.enum(PROGRAMS),
  verdict: z.enum(VERDICTS),
  reasons: z.array(Reason),
  missing: z.array(z.string()),
  estimatedMonthlyAmount: EstimatedAmount.optional(),
  checks: z.array(Check),
  alternatives: z.array(z.enum(PROGRAMS)).describe('Other routes worth trying after a near miss.'),
});
export type ProgramResult = z.infer<typeof ProgramResult>;

export const ParameterRead = z.object({
  name: z.string(),
  region: z.string().describe('Region code whose table supplied the value (000000 = national).'),
  from: z.string(),
  value: z.unknown(),
  source: z.string(),
  demo: z.boolean(),
});
export type ParameterRead = z.infer<typeof ParameterRead>;

export const ScreeningReport = z.object({
  region: z.string(),
  regionName: z.string().optional(),
  asOf: z.string(),
  results: z.array(ProgramResult),
  /** What to do first, said before the programs (an emergency's 临时救助; 特困 before 低保), with clauses. */
  advice: z.array(Reason).optional(),
  nextSteps: z.array(z.string()),
  disclaimer: z.string(),
  demo: z.boolean().describe('True when any figure used is a sample value, not an official one.'),
  parameters: z.array(ParameterRead),
});
export type ScreeningReport = z.infer<typeof ScreeningReport>;
