/**
 * How the JSON API sends a ScreeningReport: compact by default, every field of the public
 * contract (region, asOf, results with program, verdict, reasons, missing and the estimate,
 * nextSteps, disclaimer) and the small extras (regionName, demo, alternatives), but without the
 * trace behind the verdicts — each program's `checks` and the report's `parameters`, two thirds of
 * its bytes. Serialising those made /api/v1/screen and /api/v1/hotline/intake run at ~0.06 of a
 * bare GET; a caller that wants them asks with `?trace=1`.
 */
import { z } from 'zod';
import { ProgramResult, ScreeningReport } from '../../../screening/index.ts';
import { parsedSync } from '../validation.ts';

export const TraceQuery = parsedSync(
  z.object({
    trace: z
      .enum(['0', '1'])
      .optional()
      .describe(
        "1: include each program's `checks` and the report's `parameters` (the full trace behind the verdicts)",
      ),
  }),
);

/** The report as sent: `checks` and `parameters` present only with ?trace=1. */
export const ReportView = ScreeningReport.extend({
  results: z.array(ProgramResult.extend({ checks: ProgramResult.shape.checks.optional() })),
  parameters: ScreeningReport.shape.parameters.optional(),
}).describe('ScreeningReport; `checks` and `parameters` only with ?trace=1');
export type ReportView = z.infer<typeof ReportView>;

export function reportView(report: ScreeningReport, trace: boolean): ReportView {
  if (trace) return report;
  const { parameters: _parameters, results, ...rest } = report;
  return { ...rest, results: results.map(({ checks: _checks, ...result }) => result) };
}
