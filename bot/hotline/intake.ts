/**
 * Hotline intake: a call summary in Chinese → extracted facts, a screening report, the questions
 * still to ask, and a summary to file in the work order.
 */
import { type ParameterSet, screen } from '../../screening/index.ts';
import { extractFacts, type ExtractedFact } from '../extract/extract.ts';
import { questionsFor } from '../questions/zh-CN.ts';
import { parseSummary, renderSummary } from '../summary.ts';

/**
 * The longest call summary read. A 12345 work order is a few hundred characters; the cap keeps
 * one request from holding the server (every parser is linear, but time still grows with length).
 */
export const MAX_SUMMARY_CHARS = 3000;

export function intake(input: { region: string; text: string }, deps: { today: string; parameters: ParameterSet }) {
  // A summary made by doudi (chat 摘要) parses back exactly; anything else goes to the extractor.
  const pasted = parseSummary(input.text);
  const { household, facts, regionCode } = pasted
    ? { household: pasted.household, facts: [] as ExtractedFact[], regionCode: pasted.region }
    : extractFacts(input.text, { today: deps.today });
  // A county named in the text refines the request's city; a place in another city does not override it.
  const region = regionCode && regionCode.slice(0, 4) === input.region.slice(0, 4) && !regionCode.endsWith('00') ? regionCode : input.region;
  const report = screen(household, { region, date: deps.today, parameters: deps.parameters });
  const missing = [...new Set(report.results.flatMap((r) => r.missing))];
  return {
    household,
    report,
    questions: questionsFor(missing),
    summary: renderSummary(household, report, { region, date: deps.today }),
    facts: facts as ExtractedFact[],
  };
}
