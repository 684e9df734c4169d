/**
 * The public entry of the screening: screen(household, { region, date }) → ScreeningReport.
 * Pure: no I/O, no clock (the date is an argument), no runtime imports. Ineligibility is a
 * result, never an exception; a region or date not covered gives `need_info` for every program.
 */
import type { Household } from './model/household.ts';
import { PROGRAMS, type Program, type ProgramResult, type ScreeningReport } from './model/report.ts';
import { missingOf } from './engine/checks.ts';
import { finding, reasonsOf, say, toCheck, unworded } from './engine/findings.ts';
import { CoverageError } from './engine/coverage-error.ts';
import { type ParameterSet, Resolution } from './engine/resolve.ts';
import { builtInParameterSet } from './params/parameter-set.ts';
import { nationalCitationIds } from './params/citations.ts';
import { RuleContext } from './rules/common/context.ts';
import { dibaoRule } from './rules/dibao/index.ts';
import { singlePersonDibaoRule } from './rules/single-person/index.ts';
import { tekunRule } from './rules/tekun/index.ts';
import { temporaryAssistanceRule } from './rules/temporary/index.ts';
import { emergencyPlace } from './rules/temporary/place.ts';
import { nextSteps } from './report/next-steps.ts';
import { prioritise } from './report/priorities.ts';
import { DEMO_WARNING, DISCLAIMER } from './catalogue/index.ts';

export * from './model/household.ts';
export * from './model/report.ts';
export { CoverageError } from './engine/coverage-error.ts';
export { Resolution, type ParameterSet, type SourceInfo } from './engine/resolve.ts';
export {
  builtInParameterSet,
  withOperatorConfig,
  ConfigError,
  OperatorScreeningConfig,
  citiesOf,
  countiesOf,
  cityOf,
} from './params/parameter-set.ts';
export { CityPackage, CityDocument, DIALECTS, type Dialect } from './params/config-schema.ts';
export type { CityInfo, RegionInfo, ParamName } from './params/types.ts';
export type { CityPackageData } from './params/city-package.ts';
export { SOURCES, DEMO_SOURCE_TITLE, type SourceId } from './params/sources.ts';
export { CITATION_TOPICS, type CitationTopic } from './params/citations.ts';
export { BUILT_IN_CITIES } from './cities/index.ts';
export { regionSummary, type RegionSummary } from './report/region-summary.ts';

export interface ScreenOptions {
  /** Six-digit region code (a city, or a county inside one). */
  region: string;
  /** ISO date the screening is for (today, given by the caller). */
  date: string;
  /** Built-in figures merged with an operator's configuration; defaults to the built-ins. */
  parameters?: ParameterSet;
}

const RULES: Record<Program, (ctx: RuleContext) => ProgramResult> = {
  dibao: dibaoRule,
  single_person_dibao: singlePersonDibaoRule,
  tekun: tekunRule,
  temporary_assistance: temporaryAssistanceRule,
};

let builtIns: ParameterSet | undefined;
export function defaultParameters(): ParameterSet {
  builtIns ??= builtInParameterSet();
  return builtIns;
}

export { DEMO_WARNING, DISCLAIMER };

/** Every clause id the screening can cite in a set: the national topics' and every city package's own. */
export function allCitationIds(parameters: ParameterSet = defaultParameters()): string[] {
  const local = [...parameters.cities.values()].flatMap((c) =>
    Object.values(c.citations).flatMap((ids) => [...(ids ?? [])]),
  );
  return [...new Set([...nationalCitationIds(), ...local])];
}
export { SAY, LABELS, type FindingCode } from './catalogue/index.ts';
export { DISABILITY_KIND_NAMES } from './catalogue/words.ts';
export type { Finding } from './model/finding.ts';

function notCovered(program: Program, e: CoverageError): ProgramResult {
  const c = toCheck('coverage', 'coverage', { ...e.finding, missing: ['region'] });
  return {
    program,
    verdict: 'need_info',
    reasons: reasonsOf([c]),
    missing: missingOf([c]),
    checks: [c],
    alternatives: [],
  };
}

/** The other cash routes to offer after a miss of each program. */
const ALTERNATIVES: Record<Program, readonly Program[]> = {
  dibao: ['single_person_dibao', 'temporary_assistance'],
  single_person_dibao: ['dibao', 'temporary_assistance'],
  tekun: ['dibao', 'temporary_assistance'],
  temporary_assistance: [],
};

/** Alternatives worth offering after a miss: the other cash routes that are still open. */
function withAlternatives(results: ProgramResult[]): ProgramResult[] {
  const open = new Set<Program>();
  for (const r of results)
    if (r.verdict === 'likely' || r.verdict === 'possible' || r.verdict === 'need_info') open.add(r.program);
  // The results are this screening's own, just made: filled in place.
  for (const r of results)
    if (r.verdict !== 'likely') r.alternatives = ALTERNATIVES[r.program].filter((p) => open.has(p));
  return results;
}

/** The figures in force for the region and date, or the coverage error that leaves every program open. */
function resolve(options: ScreenOptions): Resolution | CoverageError {
  try {
    return new Resolution(options.parameters ?? defaultParameters(), options.region, options.date);
  } catch (e) {
    if (e instanceof CoverageError) return e;
    throw e;
  }
}

function contextOf(household: Household, res: Resolution): RuleContext {
  return new RuleContext(household, res, (p, c) => {
    try {
      return RULES[p](c);
    } catch (e) {
      if (e instanceof CoverageError) return notCovered(p, e);
      throw e;
    }
  });
}

/**
 * One program's result alone, with only the programs it rests on (单人保 reads 低保's): for a
 * caller that needs one verdict, such as the hotline's "if the unstated facts are favourable"
 * re-screening, without the other programs, the alternatives and the report's wording.
 */
export function screenProgram(household: Household, program: Program, options: ScreenOptions): ProgramResult {
  const res = resolve(options);
  return res instanceof CoverageError ? notCovered(program, res) : contextOf(household, res).resultOf(program);
}

/**
 * The facts some program still lists as missing, as screen() would give them (each once, program
 * by program): for a caller that only chooses what to ask next, such as the dialogue after every
 * answer. The same rules run, but nothing is worded and no report is made (no order, advice,
 * alternatives, next steps or trace); screen() is for when the result is shown.
 */
export function missingFacts(household: Household, options: ScreenOptions): string[] {
  const res = resolve(options);
  if (res instanceof CoverageError) return ['region'];
  const ctx = contextOf(household, res);
  return unworded(() => {
    const missing: string[] = [];
    for (const p of PROGRAMS) for (const m of ctx.resultOf(p).missing) if (!missing.includes(m)) missing.push(m);
    return missing;
  });
}

/** Whether some program lists a missing fact a caller is looking for. */
export interface MissingFacts {
  some(wanted: (fact: string) => boolean): boolean;
}

/**
 * missingFacts() read only as far as a caller's question needs: the programs run one at a time,
 * in order, and the first that lists a wanted fact answers; the rest run only when no program so
 * far lists one. The dialogue's next question most often settles a fact 低保 (the first) already
 * lists, so the other programs' rules are not run for it.
 */
export function missingFactsLazily(household: Household, options: ScreenOptions): MissingFacts {
  const res = resolve(options);
  if (res instanceof CoverageError) return ['region'];
  const ctx = contextOf(household, res);
  const known: string[] = [];
  let next = 0;
  return {
    some(wanted) {
      if (known.some(wanted)) return true;
      while (next < PROGRAMS.length) {
        const found = unworded(() => ctx.resultOf(PROGRAMS[next++]!).missing);
        known.push(...found);
        if (found.some(wanted)) return true;
      }
      return false;
    },
  };
}

export function screen(household: Household, options: ScreenOptions): ScreeningReport {
  const { region, date } = options;
  const res = resolve(options);
  if (res instanceof CoverageError) {
    return {
      region,
      asOf: date,
      results: PROGRAMS.map((p) => notCovered(p, res)),
      nextSteps: [say(finding('next.notCovered', 'info', {}))],
      disclaimer: DISCLAIMER,
      demo: false,
      parameters: [],
    };
  }
  const ctx = contextOf(household, res);
  const { results, advice } = prioritise(ctx, withAlternatives(PROGRAMS.map((p) => ctx.resultOf(p))));
  const demo = res.usesDemo;
  return {
    region,
    regionName: res.region.name,
    asOf: date,
    results,
    ...(advice.length > 0 ? { advice } : {}),
    nextSteps: nextSteps(results, household, {
      regionName: res.region.name,
      hasResidencePermitRule: res.localCitations('residencePermit').length > 0,
      temporaryPlace: emergencyPlace(ctx).place,
    }),
    disclaimer: demo ? `${DISCLAIMER}${DEMO_WARNING}` : DISCLAIMER,
    demo,
    parameters: res.trace,
  };
}
