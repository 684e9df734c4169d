/**
 * Parameter resolution: for a region and a date, find each value in the most local table
 * that has one (county → city → province → national), in force on that date. Every read is
 * traced with its source, so the report can show residents which figure came from where and
 * flag sample (demo) figures. A region or date without a value is a CoverageError, never a guess.
 * What a region resolves to on a date is found once per parameter set and shared by every
 * screening; each screening still keeps its own trace.
 */
import type { ParameterRead } from '../model/report.ts';
import {
  type CityInfo,
  type DatedValue,
  NATIONAL,
  type ParamName,
  type ParamTable,
  type ParamValue,
  type RegionInfo,
} from '../params/types.ts';
import { type CitationTopic, citationsFor } from '../params/citations.ts';
import { PARAM_LABELS } from '../catalogue/params.ts';
import { finding } from './findings.ts';
import { CoverageError } from './coverage-error.ts';

export interface SourceInfo {
  id: string;
  kind: 'law' | 'seed' | 'demo' | 'assumption' | 'operator';
  title: string;
  clauses: readonly string[];
  docNumber?: string;
  url?: string;
  note?: string;
  /** A local measure whose stated period has ended, kept only as what the old rule would give. */
  lapsed?: { ended: string; rule: string };
}

/** Everything the screening knows about regions: built-ins merged with an operator's configuration. */
export interface ParameterSet {
  regions: ReadonlyMap<string, RegionInfo>;
  tables: ReadonlyMap<string, ParamTable<string>>;
  sources: ReadonlyMap<string, SourceInfo>;
  /** City packages by city code: their notices, clause topics, dialect and sample villages. */
  cities: ReadonlyMap<string, CityInfo>;
}

type AnyDated = DatedValue<ParamName, string>;

function inForce(v: AnyDated, date: string): boolean {
  return v.from <= date && (v.to === undefined || date <= v.to);
}

/**
 * The value in force on `date`; the latest `from` wins, and a later entry in the list wins a tie (operator values are
 * appended).
 */
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

/**
 * What one region resolves to on one date. A ParameterSet is never changed once built, so this
 * is the same for every screening with the same set, region and date: found once and shared
 * (the dialogue screens after every message, always for the same region and date).
 */
interface RegionOnDate {
  region: RegionInfo;
  chain: readonly string[];
  city: RegionInfo;
  /**
   * Each parameter looked up so far: the value in force and where it came from (null when no
   * table has one), and a slot number by which each screening marks what it has read.
   */
  found: Map<string, { read: Readonly<ParameterRead> | null; slot: number }>;
  /** Citation lists worked out for this city (rules/common/context.ts keeps its tree here). */
  citations: object;
}

const resolved = new WeakMap<ParameterSet, Map<string, Map<string, RegionOnDate>>>();

/** Dates come from callers (the API takes any date): past this many per region, the memo starts afresh. */
const DATES_KEPT = 64;

function regionOnDate(set: ParameterSet, regionCode: string, date: string): RegionOnDate {
  let byRegion = resolved.get(set);
  if (!byRegion) {
    byRegion = new Map();
    resolved.set(set, byRegion);
  }
  let byDate = byRegion.get(regionCode);
  const known = byDate?.get(date);
  if (known) return known;

  const region = set.regions.get(regionCode);
  if (!region) {
    throw new CoverageError(finding('coverage.region', 'unknown', { code: regionCode }), { region: regionCode, date });
  }
  const start = coverageStart(set);
  if (date < start) {
    throw new CoverageError(finding('coverage.date', 'unknown', { start }), { region: regionCode, date });
  }
  const chain: string[] = [];
  for (let r: RegionInfo | undefined = region; r; r = r.parent ? set.regions.get(r.parent) : undefined) {
    if (chain.includes(r.code)) break;
    chain.push(r.code);
  }
  const city = region.level === 'county' && region.parent ? (set.regions.get(region.parent) ?? region) : region;
  const entry: RegionOnDate = { region, chain, city, found: new Map(), citations: {} };
  if (!byDate || byDate.size >= DATES_KEPT) {
    byDate = new Map();
    byRegion.set(regionCode, byDate);
  }
  byDate.set(date, entry);
  return entry;
}

/** The value of `name` in force on `date` in the most local table of `chain` that has one. */
function lookUp(set: ParameterSet, chain: readonly string[], name: string, date: string): ParameterRead | null {
  for (const code of chain) {
    const values = set.tables.get(code)?.[name as ParamName] as readonly AnyDated[] | undefined;
    const hit = pickInForce(values, date);
    if (hit) {
      const source = set.sources.get(hit.source);
      return {
        name,
        region: code,
        from: hit.from,
        value: hit.value,
        source: hit.source,
        demo: hit.demo === true || source?.kind === 'demo',
      };
    }
  }
  return null;
}

/** One screening's view of the parameters: the values it read, in the order it read them (the report's trace). */
export class Resolution {
  readonly region: RegionInfo;
  /** Codes from the most local table to the national one. */
  readonly chain: readonly string[];
  /** The city whose notices apply (the region itself, or the parent of a county). */
  readonly city: RegionInfo;
  private readonly shared: RegionOnDate;
  /** What this screening has read, in order; `seen` by slot (cheaper than a Map per screening). */
  private readonly reads: Readonly<ParameterRead>[] = [];
  private readonly seen: boolean[] = [];

  constructor(
    private readonly set: ParameterSet,
    regionCode: string,
    readonly date: string,
  ) {
    this.shared = regionOnDate(set, regionCode, date);
    this.region = this.shared.region;
    this.chain = this.shared.chain;
    this.city = this.shared.city;
  }

  /** Read a parameter, or throw CoverageError naming it. */
  get<N extends ParamName>(name: N): ParamValue<N> {
    const read = this.read(name);
    if (read) return read.value as ParamValue<N>;
    throw new CoverageError(
      finding('coverage.param', 'unknown', { region: this.region.name, date: this.date, label: PARAM_LABELS[name] }),
      {
        region: this.region.code,
        date: this.date,
        param: name,
      },
    );
  }

  /** Read a parameter that a region may lack; undefined instead of a CoverageError. */
  tryGet<N extends ParamName>(name: N): ParamValue<N> | undefined {
    return this.read(name)?.value as ParamValue<N> | undefined;
  }

  /** The source ids behind every value read so far. */
  sourceOf(name: ParamName): string | undefined {
    return this.readSoFar(name)?.source;
  }

  isDemo(name: ParamName): boolean {
    return this.readSoFar(name)?.demo ?? false;
  }

  /** The national default of a parameter on this date, where a local rule does not apply (not traced). */
  nationalValue<N extends ParamName>(name: N): ParamValue<N> | undefined {
    return lookUp(this.set, [NATIONAL], name, this.date)?.value as ParamValue<N> | undefined;
  }

  /** The source behind a value read so far, as the parameter set knows it. */
  sourceInfo(name: ParamName): SourceInfo | undefined {
    const id = this.readSoFar(name)?.source;
    return id === undefined ? undefined : this.set.sources.get(id);
  }

  /** A region of the parameter set by code (for places named in a household, e.g. where an emergency happened). */
  regionInfo(code: string): RegionInfo | undefined {
    return this.set.regions.get(code);
  }

  /** Clause ids for a topic: the city's own clauses (its package's topics) first, then the national provision. */
  citations(topic: CitationTopic, cityCode: string = this.city.code): string[] {
    return citationsFor(this.set.cities.get(cityCode)?.citations, topic);
  }

  /** Only the city's own clauses for a topic (empty where its package maps none). */
  localCitations(topic: CitationTopic, cityCode: string = this.city.code): string[] {
    return [...(this.set.cities.get(cityCode)?.citations[topic] ?? [])];
  }

  /** Memo of citation lists, shared by every screening of this region and date in this set. */
  get citationMemo(): object {
    return this.shared.citations;
  }

  /** The city a region belongs to (itself, or a county's parent). */
  cityOf(code: string): RegionInfo | undefined {
    const r = this.set.regions.get(code);
    if (!r) return undefined;
    return r.level === 'county' && r.parent ? (this.set.regions.get(r.parent) ?? r) : r;
  }

  /** Copies: the report is the caller's to change, the shared reads are not. */
  get trace(): ParameterRead[] {
    const trace: ParameterRead[] = [];
    for (const r of this.reads)
      trace.push({ name: r.name, region: r.region, from: r.from, value: r.value, source: r.source, demo: r.demo });
    return trace;
  }

  get usesDemo(): boolean {
    for (const r of this.reads) if (r.demo) return true;
    return false;
  }

  private read(name: ParamName): Readonly<ParameterRead> | null {
    const found = this.shared.found;
    let entry = found.get(name);
    if (entry === undefined) {
      entry = { read: lookUp(this.set, this.chain, name, this.date), slot: found.size };
      found.set(name, entry);
    }
    if (entry.read && !this.seen[entry.slot]) {
      this.seen[entry.slot] = true;
      this.reads.push(entry.read);
    }
    return entry.read;
  }

  private readSoFar(name: ParamName): Readonly<ParameterRead> | undefined {
    const entry = this.shared.found.get(name);
    return entry?.read && this.seen[entry.slot] ? entry.read : undefined;
  }
}
