/**
 * Parameter resolution: for a region and a date, find each value in the most local table
 * that has one (county → city → province → national), in force on that date. Every read is
 * traced with its source, so the report can show residents which figure came from where and
 * flag sample (demo) figures. A region or date without a value is a CoverageError, never a guess.
 */
import type { ParameterRead } from '../model/report.ts';
import { type DatedValue, PARAM_LABELS, type ParamName, type ParamTable, type ParamValue, type RegionInfo } from '../params/types.ts';
import { NATIONAL } from '../params/regions/registry.ts';
import { CoverageError } from './coverage-error.ts';

export interface SourceInfo {
  id: string;
  kind: 'law' | 'seed' | 'demo' | 'assumption' | 'operator';
  title: string;
  clauses: readonly string[];
  docNumber?: string;
  url?: string;
  note?: string;
}

/** Everything the screening knows about regions: built-ins merged with an operator's configuration. */
export interface ParameterSet {
  regions: ReadonlyMap<string, RegionInfo>;
  tables: ReadonlyMap<string, ParamTable<string>>;
  sources: ReadonlyMap<string, SourceInfo>;
}

type AnyDated = DatedValue<ParamName, string>;

function inForce(v: AnyDated, date: string): boolean {
  return v.from <= date && (v.to === undefined || date <= v.to);
}

/** The value in force on `date`; the latest `from` wins, and a later entry in the list wins a tie (operator values are appended). */
export function pickInForce<V extends AnyDated>(values: readonly V[] | undefined, date: string): V | undefined {
  let best: V | undefined;
  for (const v of values ?? []) {
    if (inForce(v, date) && (best === undefined || v.from >= best.from)) best = v;
  }
  return best;
}

const starts = new WeakMap<ParameterSet, string>();

/** The first date any rule is coded for: the earliest `from` in the national table. */
export function coverageStart(set: ParameterSet): string {
  const known = starts.get(set);
  if (known) return known;
  let start: string | undefined;
  for (const values of Object.values(set.tables.get(NATIONAL) ?? {})) {
    for (const v of (values ?? []) as readonly AnyDated[]) if (start === undefined || v.from < start) start = v.from;
  }
  starts.set(set, start ?? '9999-12-31');
  return start ?? '9999-12-31';
}

export class Resolution {
  readonly region: RegionInfo;
  /** Codes from the most local table to the national one. */
  readonly chain: readonly string[];
  private readonly reads = new Map<string, ParameterRead>();

  constructor(
    private readonly set: ParameterSet,
    regionCode: string,
    readonly date: string,
  ) {
    const region = set.regions.get(regionCode);
    if (!region) {
      throw new CoverageError(`暂不支持地区代码 ${regionCode}，目前只配置了已接入城市的政策。`, { region: regionCode, date });
    }
    const start = coverageStart(set);
    if (date < start) {
      throw new CoverageError(`${start} 之前的政策没有编入，无法按当时的规定估计。`, { region: regionCode, date });
    }
    this.region = region;
    const chain: string[] = [];
    for (let r: RegionInfo | undefined = region; r; r = r.parent ? set.regions.get(r.parent) : undefined) {
      if (chain.includes(r.code)) break;
      chain.push(r.code);
    }
    this.chain = chain;
  }

  /** The city whose notices apply (the region itself, or the parent of a county). */
  get city(): RegionInfo {
    if (this.region.level === 'county' && this.region.parent) return this.set.regions.get(this.region.parent) ?? this.region;
    return this.region;
  }

  /** Read a parameter, or throw CoverageError naming it. */
  get<N extends ParamName>(name: N): ParamValue<N> {
    const read = this.reads.get(name);
    if (read) return read.value as ParamValue<N>;
    for (const code of this.chain) {
      const values = this.set.tables.get(code)?.[name] as readonly AnyDated[] | undefined;
      const hit = pickInForce(values, this.date);
      if (hit) {
        this.record(name, code, hit);
        return hit.value as ParamValue<N>;
      }
    }
    throw new CoverageError(`${this.region.name}在 ${this.date} 的${PARAM_LABELS[name]}还没有配置，暂时无法按当地规定估计。`, {
      region: this.region.code,
      date: this.date,
      param: name,
    });
  }

  /** Read a parameter that a region may lack; undefined instead of a CoverageError. */
  tryGet<N extends ParamName>(name: N): ParamValue<N> | undefined {
    try {
      return this.get(name);
    } catch (e) {
      if (e instanceof CoverageError) return undefined;
      throw e;
    }
  }

  /** The source ids behind every value read so far. */
  sourceOf(name: ParamName): string | undefined {
    return this.reads.get(name)?.source;
  }


  isDemo(name: ParamName): boolean {
    return this.reads.get(name)?.demo ?? false;
  }

  get trace(): ParameterRead[] {
    return [...this.reads.values()];
  }

  get usesDemo(): boolean {
    return this.trace.some((r) => r.demo);
  }

  private record(name: string, code: string, hit: AnyDated): void {
    if (this.reads.has(name)) return;
    const source = this.set.sources.get(hit.source);
    this.reads.set(name, {
      name,
      region: code,
      from: hit.from,
      value: hit.value,
      source: hit.source,
      demo: hit.demo === true || source?.kind === 'demo',
    });
  }
}
