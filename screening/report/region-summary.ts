/**
 * The figures the screening uses for a region on a date (GET /api/v1/regions/{code}):
 * the 低保 standards, the edge multiplier, whether any figure is a sample, and the sources.
 */
import { CoverageError } from '../engine/coverage-error.ts';
import { type ParameterSet, Resolution } from '../engine/resolve.ts';
import type { ParamName } from '../params/types.ts';

export interface RegionSummary {
  code: string;
  name: string;
  province: string;
  level: string;
  city: { code: string; name: string };
  asOf: string;
  demo: boolean;
  dibaoStandardMonthly: { urban: number | null; rural: number | null };
  edgeMultiplier: number | null;
  tekunBasicStandardMultiplier: number | null;
  sources: { id: string; kind: string; title: string; docNumber?: string; clauses: string[]; params: string[] }[];
}

const SHOWN: readonly ParamName[] = [
  'dibao.standardMonthly.urban',
  'dibao.standardMonthly.rural',
  'edge.multiplier',
  'income.employmentCost',
  'income.basicPensionExcluded',
  'tekun.basicStandardMultiplier',
  'tekun.basicStandardMonthly.urban',
  'tekun.basicStandardMonthly.rural',
  'tekun.careFractionOfMinimumWage',
  'minimumWageMonthly',
  'singlePerson.disabilityGrades',
  'gradualExit.months',
];

/** Throws CoverageError when the region is unknown. */
export function regionSummary(parameters: ParameterSet, code: string, date: string): RegionSummary {
  const res = new Resolution(parameters, code, date);
  const values = new Map<ParamName, unknown>();
  for (const name of SHOWN) values.set(name, res.tryGet(name) ?? null);
  const byId = new Map<string, string[]>();
  for (const read of res.trace) byId.set(read.source, [...(byId.get(read.source) ?? []), read.name]);
  const sources = [...byId].map(([id, params]) => {
    const s = parameters.sources.get(id);
    if (!s) throw new CoverageError(`来源 ${id} 不存在`, { region: code, date });
    return { id, kind: s.kind, title: s.title, ...(s.docNumber ? { docNumber: s.docNumber } : {}), clauses: [...s.clauses], params };
  });
  const num = (n: ParamName) => (typeof values.get(n) === 'number' ? (values.get(n) as number) : null);
  return {
    code,
    name: res.region.name,
    province: res.region.province ?? res.region.name,
    level: res.region.level,
    city: { code: res.city.code, name: res.city.name },
    asOf: date,
    demo: res.usesDemo,
    dibaoStandardMonthly: { urban: num('dibao.standardMonthly.urban'), rural: num('dibao.standardMonthly.rural') },
    edgeMultiplier: num('edge.multiplier'),
    tekunBasicStandardMultiplier: num('tekun.basicStandardMultiplier'),
    sources,
  };
}
