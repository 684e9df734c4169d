/**
 * Hotline intake: a call summary in Chinese → extracted facts, a screening report, the questions
 * still to ask, and a summary to file in the work order. The summary is read by the same
 * extractor as residents' answers (bot/understand), as a third-person account: the person the
 * call is about is the subject, relatives are placed in or out of the household, and incomes
 * go to whoever earns them.
 */
import { type ParameterSet, screen } from '../../screening/index.ts';
import { applyFacts } from '../understand/apply.ts';
import { echo } from '../understand/echo.ts';
import { type Fact, understand } from '../understand/extract.ts';
import { questionsFor } from '../messages/facts.ts';
import { parseSummary, renderSummary } from '../summary.ts';
import { conditionsFor } from './conditions.ts';
import { readChildFirst } from './child-first.ts';
import { readCallerAgeKin } from './caller-age-kin.ts';
import { readCallerIsKin } from './caller-is-kin.ts';
import { readFamilyRoles } from './family-roles.ts';
import { readHeadAndElder } from './head-and-elder.ts';
import { readGrandchildCaller } from './grandchild-caller.ts';
import { readGrandchildParents } from './grandchild-parents.ts';
import { readWorkOrderForm } from './work-order-form.ts';
import { readTitledName } from './titled-name.ts';
import { readFollowUp } from './follow-up.ts';
import { withoutLoneHukou } from './no-household-told.ts';
import { readWidowedCaller } from './widowed-caller.ts';

/**
 * The longest call summary read. A 12345 work order is a few hundred characters; the cap keeps
 * one request from holding the server (every parser is linear, but time still grows with length).
 */
export const MAX_SUMMARY_CHARS = 3000;

/**
 * Rewrites of a work order's own ways of writing into sentences the shared reader knows, in the order
 * applied: a surname and title (陈伯（70）) read as 陈某; a named person who died, whose spouse phones,
 * as the caller's spouse; a form's fields (赵某（53）, 车辆：不详, 子女：3人) as the
 * sentences they stand for; a cadre's or neighbour's list of a family by its own roles, from the
 * couple's side; a follow-up opening on the caller's child (此前来电反映女儿（3岁）…) as a child-first
 * list; 来电人为其子 (who the caller is) as 来电人系其子, not as asking for the son; a list that starts
 * from the caller's child (来电人之子…其父…其母) from the caller's side; a grandchild's parents
 * (孩子父亲（来电人之子）…母亲…) as the caller's son and daughter-in-law. 来电人（56岁）为其唯一儿子 is
 * read as 来电人系其子（56岁）, the caller's bracket after who the caller is.
 * A grandchild phoning for a grandparent (…之孙代为来电：奶奶…) is read from the grandparent's side
 * before that, so its 奶奶 and 他爸 are the subject and her son.
 */
const REWRITES: readonly ((text: string) => string)[] = [
  readTitledName,
  readWidowedCaller,
  readWorkOrderForm,
  readFamilyRoles,
  readHeadAndElder,
  readFollowUp,
  readCallerAgeKin,
  readCallerIsKin,
  readChildFirst,
  readGrandchildCaller,
  readGrandchildParents,
];

export type ExtractedFact = Pick<Fact, 'path' | 'value' | 'start' | 'end' | 'words'> & { hedged: boolean };

export function intake(input: { region: string; text: string }, deps: { today: string; parameters: ParameterSet }) {
  // A summary made by doudi (chat 摘要) parses back exactly; anything else goes to the extractor.
  const pasted = parseSummary(input.text);
  let household = pasted?.household;
  let facts: ExtractedFact[] = [];
  let named = pasted?.region;
  let understood: string[] = [];
  if (!household) {
    const read = REWRITES.reduce((text, rewrite) => rewrite(text), input.text);
    const u = understand(read, {
      slot: 'summary',
      household: {},
      today: deps.today,
      region: input.region,
      parameters: deps.parameters,
    });
    u.facts = withoutLoneHukou(u.facts, read);
    const used = u.facts.filter((f) => f.path !== 'region' && f.path !== 'debt');
    household = applyFacts({}, used);
    // The say-back a resident reads ("您76岁…"), about the person the call is for.
    understood = echo(used, household, deps.parameters)
      .replace(/^记下了：/, '')
      .replaceAll('您', '当事人')
      .split('；')
      .map((x) => x.trim())
      .filter((x) => x !== '');
    facts = u.facts.map((f) => ({
      path: f.path,
      value: f.value,
      start: f.start,
      end: f.end,
      words: read === input.text ? f.words : input.text.slice(f.start, f.end),
      hedged: f.hedged === true,
    }));
    named = u.facts.find((f) => f.path === 'region')?.value as string | undefined;
  }
  // The place the text names decides where the rules come from; the agent is told when it is
  // not the place chosen on the page.
  const region =
    named && !named.endsWith('00')
      ? named
      : named && named.slice(0, 4) !== input.region.slice(0, 4)
        ? named
        : input.region;
  const regionNote =
    region.slice(0, 4) !== input.region.slice(0, 4) ? { chosen: input.region, named: region } : undefined;
  const report = screen(household, { region, date: deps.today, parameters: deps.parameters });
  const missing = missingByWeight(report);
  return {
    household,
    report,
    questions: questionsFor(missing),
    conditions: conditionsFor(household, report, { region, date: deps.today, parameters: deps.parameters }),
    summary: renderSummary(household, report, { region, date: deps.today }),
    facts,
    understood,
    ...(regionNote ? { regionNote } : {}),
  };
}

/** The facts still missing, those that more programs wait on first. */
function missingByWeight(report: ReturnType<typeof screen>): string[] {
  const count = new Map<string, number>();
  for (const r of report.results) for (const m of new Set(r.missing)) count.set(m, (count.get(m) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1]).map(([m]) => m);
}
