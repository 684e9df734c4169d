/**
 * Builds the ParameterSet the screening reads: the built-in tables, with an operator's
 * configuration (DOUDI_CONFIG, already parsed by an adapter) merged on top. Every value is
 * validated against its parameter's schema and must name a source that exists, so a figure
 * without a source cannot enter the screening.
 */
import { z } from 'zod';
import type { ParameterSet, SourceInfo } from '../engine/resolve.ts';
import { BUILT_IN_REGIONS, BUILT_IN_TABLES } from './regions/index.ts';
import { SOURCES } from './sources.ts';
import { PARAM_SCHEMAS, type ParamName, type ParamTable, type RegionInfo } from './types.ts';

const RegionCode = z.string().regex(/^\d{6}$/, '地区代码应为6位数字');
const IsoDate = z.iso.date();

export const OperatorSource = z
  .object({
    title: z.string().min(1),
    docNumber: z.string().optional(),
    url: z.string().optional(),
    date: IsoDate.optional(),
    note: z.string().optional(),
  })
  .strict();

export const OperatorValue = z
  .object({ from: IsoDate, to: IsoDate.optional(), value: z.unknown(), source: z.string().min(1), note: z.string().optional() })
  .strict();

export const OperatorRegion = z
  .object({
    name: z.string().min(1).optional(),
    level: z.enum(['province', 'city', 'county']).optional(),
    parent: RegionCode.optional(),
    province: z.string().optional(),
    aliases: z.array(z.string().min(2).max(20)).max(200).optional(),
    params: z.record(z.string(), z.array(OperatorValue)).optional(),
  })
  .strict();

/** The screening part of DOUDI_CONFIG; other sections (villages, notifications) belong to other modules. */
export const OperatorScreeningConfig = z
  .object({
    sources: z.record(z.string(), OperatorSource).optional(),
    regions: z.record(RegionCode, OperatorRegion).optional(),
  })
  .passthrough();
export type OperatorScreeningConfig = z.infer<typeof OperatorScreeningConfig>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`DOUDI_CONFIG is invalid:\n- ${problems.join('\n- ')}`);
  }
}

function builtInSources(): Map<string, SourceInfo> {
  return new Map(Object.entries(SOURCES).map(([id, s]) => [id, { id, ...s }]));
}

export function builtInParameterSet(): ParameterSet {
  return {
    regions: new Map(BUILT_IN_REGIONS.map((r) => [r.code, r])),
    tables: new Map(Object.entries(BUILT_IN_TABLES)),
    sources: builtInSources(),
  };
}

function isParamName(name: string): name is ParamName {
  return Object.prototype.hasOwnProperty.call(PARAM_SCHEMAS, name);
}

/** Merge an operator's configuration over a base set; throws ConfigError listing every problem. */
export function withOperatorConfig(base: ParameterSet, raw: unknown): ParameterSet {
  const parsed = OperatorScreeningConfig.safeParse(raw);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const config = parsed.data;
  const problems: string[] = [];

  const sources = new Map(base.sources);
  for (const [id, s] of Object.entries(config.sources ?? {})) {
    if (sources.has(id)) problems.push(`sources.${id}: this id is already a built-in source`);
    sources.set(id, { id, kind: 'operator', clauses: [], ...s });
  }

  const regions = new Map(base.regions);
  const tables = new Map<string, ParamTable<string>>([...base.tables].map(([code, t]) => [code, { ...t }]));

  for (const [code, r] of Object.entries(config.regions ?? {})) {
    const known = regions.get(code);
    if (!known) {
      if (!r.name || !r.parent || !r.level) {
        problems.push(`regions.${code}: a new region needs name, level and parent`);
        continue;
      }
      regions.set(code, { code, name: r.name, level: r.level, parent: r.parent, province: r.province ?? r.name, ...(r.aliases ? { aliases: r.aliases } : {}) } satisfies RegionInfo);
    } else if (r.aliases) {
      regions.set(code, { ...known, aliases: [...(known.aliases ?? []), ...r.aliases] });
    }
    const table: Record<string, unknown[]> = { ...(tables.get(code) ?? {}) } as Record<string, unknown[]>;
    for (const [name, values] of Object.entries(r.params ?? {})) {
      if (!isParamName(name)) {
        problems.push(`regions.${code}.params.${name}: unknown parameter`);
        continue;
      }
      const schema = PARAM_SCHEMAS[name];
      values.forEach((v, i) => {
        const where = `regions.${code}.params.${name}[${i}]`;
        const value = schema.safeParse(v.value);
        if (!value.success) problems.push(`${where}.value: ${value.error.issues.map((x) => x.message).join('; ')}`);
        if (!sources.has(v.source)) problems.push(`${where}.source: "${v.source}" is not a source (define it under sources)`);
        if (v.to !== undefined && v.to < v.from) problems.push(`${where}: "to" is before "from"`);
      });
      table[name] = [...(table[name] ?? []), ...values.map((v) => ({ ...v, demo: sources.get(v.source)?.kind === 'demo' }))];
    }
    tables.set(code, table as ParamTable<string>);
  }

  for (const [code, r] of regions) {
    if (r.parent && !regions.has(r.parent)) problems.push(`regions.${code}.parent: ${r.parent} is not a known region`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return { regions, tables, sources };
}
