/**
 * The one loader: builds the ParameterSet the screening reads from data in the shape of
 * ./config-schema.ts. The built-ins (shared sources, the national table, the city packages of
 * screening/cities/) are loaded by it onto an empty set, and an operator's DOUDI_CONFIG (already
 * parsed by an adapter) by it again on top, so both are validated by the same code: every value
 * against its parameter's schema, every value naming a source that exists, every city's clause
 * topics naming clauses of its own documents. A figure without a source cannot enter the screening.
 */
import type { ParameterSet, SourceInfo } from '../engine/resolve.ts';
import { BUILT_IN_CITIES } from '../cities/index.ts';
import {
  type CityPackage,
  OperatorScreeningConfig,
  type OperatorRegion,
  type OperatorSource,
  type OperatorValue,
} from './config-schema.ts';
import { nationalParams } from './national.ts';
import { SOURCES } from './sources.ts';
import { type CityInfo, NATIONAL, PARAM_SCHEMAS, type ParamName, type ParamTable, type RegionInfo } from './types.ts';
import type { z } from 'zod';

export { OperatorRegion, OperatorScreeningConfig, OperatorSource, OperatorValue } from './config-schema.ts';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`DOUDI_CONFIG is invalid:\n- ${problems.join('\n- ')}`);
  }
}

function isParamName(name: string): name is ParamName {
  return Object.hasOwn(PARAM_SCHEMAS, name);
}

/** The set everything is loaded onto: the nation, with no table yet. */
function emptySet(): ParameterSet {
  return {
    regions: new Map([[NATIONAL, { code: NATIONAL, name: '全国', level: 'national' }]]),
    tables: new Map(),
    sources: new Map(),
    cities: new Map(),
  };
}

/** A city package as region entries (province, city, counties), in the `regions` section's shape. */
function regionsOfCity(code: string, c: CityPackage): [string, z.infer<typeof OperatorRegion>][] {
  const province = c.province.name;
  return [
    [
      code,
      {
        name: c.name,
        level: 'city',
        parent: c.province.code,
        province,
        ...(c.aliases ? { aliases: c.aliases } : {}),
        ...(c.params ? { params: c.params } : {}),
      },
    ],
    ...Object.entries(c.counties).map(([county, k]): [string, z.infer<typeof OperatorRegion>] => [
      county,
      {
        name: k.name,
        level: 'county',
        parent: code,
        province,
        ...(k.aliases ? { aliases: k.aliases } : {}),
        ...(k.params ? { params: k.params } : {}),
      },
    ]),
  ];
}

/** Checks of a city package that its schema cannot express: its topics cite its own clauses. */
function cityProblems(code: string, c: CityPackage): string[] {
  const problems: string[] = [];
  if (c.code !== undefined && c.code !== code) problems.push(`cities.${code}.code: ${c.code} differs from its key`);
  const own = new Set<string>();
  for (const d of c.documents ?? []) {
    for (const clause of d.clauses) {
      if (!clause.id.startsWith(`${d.id}.`))
        problems.push(`cities.${code}.documents.${d.id}: clause ${clause.id} does not start with "${d.id}."`);
      if (own.has(clause.id)) problems.push(`cities.${code}.documents.${d.id}: clause ${clause.id} appears twice`);
      own.add(clause.id);
    }
  }
  for (const [topic, ids] of Object.entries(c.citations ?? {})) {
    for (const id of ids ?? [])
      if (!own.has(id))
        problems.push(`cities.${code}.citations.${topic}: ${id} is not a clause of this city's documents`);
  }
  for (const [id, s] of Object.entries(c.sources ?? {})) {
    const prefixes = (c.documents ?? []).map((d) => `${d.id}.`);
    for (const clause of s.clauses ?? []) {
      if (prefixes.some((p) => clause.startsWith(p)) && !own.has(clause))
        problems.push(`cities.${code}.sources.${id}: ${clause} is not a clause of this city's documents`);
    }
  }
  if (c.outreach) {
    const cited = [...c.outreach.focusGroups.map((g) => g.clause), c.outreach.changeClause, c.outreach.report.clause];
    for (const id of cited)
      if (!own.has(id)) problems.push(`cities.${code}.outreach: ${id} is not a clause of this city's documents`);
  }
  for (const v of c.demoVillages ?? []) {
    if (v.region !== code && !Object.hasOwn(c.counties, v.region))
      problems.push(`cities.${code}.demoVillages.${v.code}: ${v.region} is not this city or one of its counties`);
  }
  return problems;
}

/**
 * Merge a configuration (the built-ins, or an operator's) over a base set; throws ConfigError listing every problem.
 */
export function withOperatorConfig(base: ParameterSet, raw: unknown): ParameterSet {
  const parsed = OperatorScreeningConfig.safeParse(raw);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const config = parsed.data;
  const problems: string[] = [];
  const cityEntries = Object.entries(config.cities ?? {});

  const sources = new Map(base.sources);
  const addSource = (id: string, s: z.infer<typeof OperatorSource>, where: string) => {
    if (sources.has(id)) problems.push(`${where}.${id}: this source id is already defined`);
    const { kind, clauses, ...rest } = s;
    if ((kind === 'law' || kind === 'seed') && (clauses ?? []).length === 0)
      problems.push(`${where}.${id}: a ${kind} source names the clauses it rests on`);
    sources.set(id, { id, kind: kind ?? 'operator', clauses: clauses ?? [], ...rest } satisfies SourceInfo);
  };
  for (const [id, s] of Object.entries(config.sources ?? {})) addSource(id, s, 'sources');
  for (const [code, c] of cityEntries)
    for (const [id, s] of Object.entries(c.sources ?? {})) addSource(id, s, `cities.${code}.sources`);

  const regions = new Map(base.regions);
  const tables = new Map<string, ParamTable<string>>([...base.tables].map(([code, t]) => [code, { ...t }]));
  const cities = new Map(base.cities);

  const addParams = (
    code: string,
    params: Record<string, z.infer<typeof OperatorValue>[]> | undefined,
    where: string,
  ) => {
    const table: Record<string, unknown[]> = { ...(tables.get(code) ?? {}) } as Record<string, unknown[]>;
    for (const [name, values] of Object.entries(params ?? {})) {
      if (!isParamName(name)) {
        problems.push(`${where}.params.${name}: unknown parameter`);
        continue;
      }
      const schema = PARAM_SCHEMAS[name];
      values.forEach((v, i) => {
        const at = `${where}.params.${name}[${i}]`;
        const value = schema.safeParse(v.value);
        if (!value.success) problems.push(`${at}.value: ${value.error.issues.map((x) => x.message).join('; ')}`);
        if (!sources.has(v.source))
          problems.push(`${at}.source: "${v.source}" is not a source (define it under sources)`);
        if (v.to !== undefined && v.to < v.from) problems.push(`${at}: "to" is before "from"`);
      });
      table[name] = [
        ...(table[name] ?? []),
        ...values.map((v) => ({ ...v, demo: v.demo === true || sources.get(v.source)?.kind === 'demo' })),
      ];
    }
    tables.set(code, table as ParamTable<string>);
  };

  const addRegion = (code: string, r: z.infer<typeof OperatorRegion>, where: string) => {
    const known = regions.get(code);
    if (!known) {
      if (!r.name || !r.parent || !r.level) {
        problems.push(`${where}: a new region needs name, level and parent`);
        return;
      }
      regions.set(code, {
        code,
        name: r.name,
        level: r.level,
        parent: r.parent,
        province: r.province ?? r.name,
        ...(r.aliases ? { aliases: r.aliases } : {}),
      } satisfies RegionInfo);
    } else if (r.aliases) {
      regions.set(code, { ...known, aliases: [...(known.aliases ?? []), ...r.aliases] });
    }
    addParams(code, r.params, where);
  };

  // Provinces first (a province is shared by its cities), then each city with its counties.
  for (const [code, c] of cityEntries) {
    const p = c.province;
    const known = regions.get(p.code);
    if (known && known.name !== p.name) problems.push(`cities.${code}.province: ${p.code} is already ${known.name}`);
    if (!known)
      addRegion(
        p.code,
        { name: p.name, level: 'province', parent: NATIONAL, province: p.name },
        `cities.${code}.province`,
      );
    if (p.params) addParams(p.code, p.params, `cities.${code}.province`);
  }
  for (const [code, c] of cityEntries) {
    if (regions.has(code)) {
      problems.push(`cities.${code}: this region is already registered (change its figures under regions)`);
      continue;
    }
    problems.push(...cityProblems(code, c));
    for (const [county, r] of regionsOfCity(code, c)) {
      if (county !== code && regions.has(county))
        problems.push(`cities.${code}.counties.${county}: this region is already registered`);
      else addRegion(county, r, county === code ? `cities.${code}` : `cities.${code}.counties.${county}`);
    }
    cities.set(code, {
      code,
      name: c.name,
      province: { code: c.province.code, name: c.province.name },
      ...(c.dialect ? { dialect: c.dialect } : {}),
      counties: Object.keys(c.counties),
      documents: c.documents ?? [],
      citations: c.citations ?? {},
      ...(c.placeExample ? { placeExample: c.placeExample } : {}),
      demoVillages: c.demoVillages ?? [],
      ...(c.outreach ? { outreach: c.outreach } : {}),
    } satisfies CityInfo);
  }
  for (const [code, r] of Object.entries(config.regions ?? {})) addRegion(code, r, `regions.${code}`);

  const documentIds = new Map<string, string>();
  for (const c of cities.values()) {
    for (const d of c.documents) {
      const other = documentIds.get(d.id);
      if (other !== undefined)
        problems.push(`cities.${c.code}.documents.${d.id}: this document id is already used by ${other}`);
      documentIds.set(d.id, c.code);
    }
  }
  for (const [code, r] of regions) {
    if (r.parent && !regions.has(r.parent)) problems.push(`regions.${code}.parent: ${r.parent} is not a known region`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return { regions, tables, sources, cities };
}

/** The built-in data, in the schema DOUDI_CONFIG uses: shared sources, the national table, the city packages. */
const BUILT_IN_CONFIG = {
  sources: SOURCES,
  regions: { [NATIONAL]: { params: nationalParams } },
  cities: Object.fromEntries(BUILT_IN_CITIES.map((c) => [c.code, c])),
};

let builtIns: ParameterSet | undefined;

/** The built-ins, validated once by the loader; each call gets its own maps (a set is identified by object). */
export function builtInParameterSet(): ParameterSet {
  builtIns ??= withOperatorConfig(emptySet(), BUILT_IN_CONFIG);
  return {
    regions: new Map(builtIns.regions),
    tables: new Map(builtIns.tables),
    sources: new Map(builtIns.sources),
    cities: new Map(builtIns.cities),
  };
}

/** The cities of a set, in registration order: those of packages, and any region of city level an operator added. */
export function citiesOf(set: ParameterSet): RegionInfo[] {
  return [...set.regions.values()].filter((r) => r.level === 'city');
}

/** A city's counties, in registration order. */
export function countiesOf(set: ParameterSet, cityCode: string): RegionInfo[] {
  return [...set.regions.values()].filter((r) => r.level === 'county' && r.parent === cityCode);
}

/** The city a region belongs to (itself, or a county's parent); undefined when unknown. */
export function cityOf(set: ParameterSet, code: string): RegionInfo | undefined {
  const r = set.regions.get(code);
  if (!r) return undefined;
  return r.level === 'county' && r.parent ? (set.regions.get(r.parent) ?? r) : r;
}
