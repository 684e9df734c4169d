/**
 * The figures the screening uses for a region on a date (GET /api/v1/regions/{code}):
 * the 低保 standards, the edge multiplier, whether any figure is a sample, the sources, and every
 * sample (demo) figure any report for that region and date may use, by name, so none is hidden.
 */
import { CoverageError } from '../engine/coverage-error.ts';
import { type ParameterSet, Resolution } from '../engine/resolve.ts';
import { PARAM_SCHEMAS, type ParamName } from '../params/types.ts';
import { PARAM_LABELS } from '../catalogue/params.ts';
import { finding } from '../engine/findings.ts';

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
  /** Every sample figure in force for the region and date: a report may use any of them. */
  demoFigures: { name: string; label: string; value: unknown }[];
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
  // Read every other parameter too, so each demo figure a report could use is listed.
  for (const name of Object.keys(PARAM_SCHEMAS) as ParamName[]) if (!values.has(name)) res.tryGet(name);
  const demoFigures = res.trace
    .filter((r) => r.demo)
    .map((r) => ({ name: r.name, label: PARAM_LABELS[r.name as ParamName] ?? r.name, value: r.value }));
  const byId = new Map<string, string[]>();
  for (const read of res.trace) byId.set(read.source, [...(byId.get(read.source) ?? []), read.name]);
  const sources = [...byId].map(([id, params]) => {
    const s = parameters.sources.get(id);
    if (!s) throw new CoverageError(finding('coverage.source', 'unknown', { id }), { region: code, date });
    return {
      id,
      kind: s.kind,
      title: s.title,
      ...(s.docNumber ? { docNumber: s.docNumber } : {}),
      clauses: [...s.clauses],
      params,
    };
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
    demoFigures,
    sources,
  };
}
