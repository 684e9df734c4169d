/**
 * The one schema for screening data, read by the one loader (./parameter-set.ts): the built-in
 * national table and city packages (screening/cities/) and an operator's DOUDI_CONFIG are the
 * same shape, validated by the same code, so a city an operator adds is read exactly as a
 * built-in one. Sections:
 * - `sources`: where each value comes from (a notice, a law, a screening assumption);
 * - `regions`: figures for a region that exists (or a bare new region), by code;
 * - `cities`: a city as one package (./city-package.ts documents the fields).
 * Other DOUDI_CONFIG sections (villages, notifications, limits) belong to other modules.
 */
import { z } from 'zod';
import { CITATION_TOPICS } from './citations.ts';

export const RegionCode = z.string().regex(/^\d{6}$/, '地区代码应为6位数字');
const IsoDate = z.iso.date();

/** Reading areas the lexicon knows (content/lexicon): a city says which its residents speak. */
export const DIALECTS = ['north', 'yue'] as const;
export type Dialect = (typeof DIALECTS)[number];

export const SOURCE_KINDS = ['law', 'seed', 'demo', 'assumption', 'operator'] as const;

export const OperatorSource = z
  .object({
    /** `operator` unless said: an operator's own notice. `seed`/`law` must name the clauses they rest on. */
    kind: z.enum(SOURCE_KINDS).optional(),
    title: z.string().min(1),
    docNumber: z.string().optional(),
    url: z.string().optional(),
    date: IsoDate.optional(),
    note: z.string().optional(),
    /** Clause ids (the package's documents or the national texts) holding the wording the source rests on. */
    clauses: z.array(z.string().min(1)).max(50).optional(),
    /** A local measure whose stated period has ended on its face: kept only as what the old rule would give. */
    lapsed: z
      .object({ ended: IsoDate, rule: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict();

export const OperatorValue = z
  .object({
    from: IsoDate,
    to: IsoDate.optional(),
    value: z.unknown(),
    source: z.string().min(1),
    note: z.string().optional(),
    /** A sample figure although its source is not the demo source (an illustrative list). */
    demo: z.boolean().optional(),
  })
  .strict();

const Params = z.record(z.string(), z.array(OperatorValue));
const PlaceWords = z.array(z.string().min(2).max(20)).max(200);

export const OperatorRegion = z
  .object({
    name: z.string().min(1).optional(),
    level: z.enum(['province', 'city', 'county']).optional(),
    parent: RegionCode.optional(),
    province: z.string().optional(),
    aliases: PlaceWords.optional(),
    params: Params.optional(),
  })
  .strict();

const ClauseId = z
  .string()
  .regex(/^[a-z0-9-]+\.[a-z0-9.-]+$/, 'clause id: <document id>.<locator>, lower-case letters, digits, - and .');

/** A local document (a city's notice), as published: its clauses are what reasons cite. */
export const CityDocument = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{2,20}$/, 'document id: lower-case letters, digits and -'),
    title: z.string().min(1),
    /** 文号 as published; empty when the document has none or it is unverified (`numberNote`). */
    docNumber: z.string(),
    numberNote: z.string().optional(),
    issuer: z.string().min(1),
    date: IsoDate,
    effectiveFrom: IsoDate.optional(),
    /** True when the text was read from the official publication. */
    official: z.boolean(),
    /** Where the text was read, and any caveat. */
    sourceNote: z.string().min(1),
    clauses: z.array(z.object({ id: ClauseId, section: z.string().min(1), text: z.string().min(1) }).strict()).min(1),
  })
  .strict();
export type CityDocument = z.infer<typeof CityDocument>;

const VillageCode = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/** A sample village with its contacts, offered when DOUDI_CONFIG lists no villages (the `villages` section's shape). */
export const CityVillage = z
  .object({
    code: VillageCode,
    name: z.string().min(1).max(40),
    township: z.object({ code: VillageCode, name: z.string().min(1).max(40) }).strict(),
    region: RegionCode,
    contacts: z
      .array(
        z
          .object({
            name: z.string().min(1).max(40),
            role: z.string().max(40).optional(),
            phone: z.string().max(40).optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type CityVillage = z.infer<typeof CityVillage>;

/**
 * 主动发现 (issue 18): the groups village staff visit first and the monthly report's timing, each
 * with the clause that asks for it. Days of the month; `onRestDay` says what a due date on a
 * weekend or holiday becomes (adapters/config/outreach.ts explains the default).
 */
const OutreachId = z.string().regex(/^[a-z_]{1,32}$/);
export const CityOutreach = z
  .object({
    focusGroups: z
      .array(z.object({ id: OutreachId, label: z.string().min(1).max(20), clause: ClauseId }).strict())
      .min(1)
      .max(20),
    /** The kinds of change the monthly report counts (就业、收入…), with the clause naming them. */
    changeKinds: z
      .array(z.object({ id: OutreachId, label: z.string().min(1).max(20) }).strict())
      .min(1)
      .max(20),
    changeClause: ClauseId,
    report: z
      .object({
        /** The village's report to the township is due by this day of the month. */
        villageDueDay: z.number().int().min(1).max(28),
        /** The township's to the county: a day of the month, or 0 for the month's last day. */
        townshipDueDay: z.number().int().min(0).max(28),
        /** Working days before a due date the office is reminded. */
        reminderLeadDays: z.number().int().min(0).max(10),
        onRestDay: z.enum(['next', 'previous', 'keep']),
        clause: ClauseId,
        /** Where the clause does not itself set the dates (a city following another's practice), say so. */
        note: z.string().max(200).optional(),
      })
      .strict(),
  })
  .strict();
export type CityOutreach = z.infer<typeof CityOutreach>;

export const CityPackage = z
  .object({
    /** The city's code again (optional; must equal its key). */
    code: RegionCode.optional(),
    name: z.string().min(2).max(20),
    province: z.object({ code: RegionCode, name: z.string().min(2).max(20), params: Params.optional() }).strict(),
    /** Which regional words its residents use (老汉 is a husband in 晋南); unset: every area's words. */
    dialect: z.enum(DIALECTS).optional(),
    /** Other words for the city itself. */
    aliases: PlaceWords.optional(),
    /** Counties and districts by code, with the words residents use for places in them (towns, 街道, old names). */
    counties: z.record(
      RegionCode,
      z.object({ name: z.string().min(2).max(20), aliases: PlaceWords.optional(), params: Params.optional() }).strict(),
    ),
    /** The city's figures and local rules; each value names a source. */
    params: Params.optional(),
    sources: z.record(z.string(), OperatorSource).optional(),
    /** The city's own notices, verbatim. */
    documents: z.array(CityDocument).max(50).optional(),
    /** Clause topics: the city's own clauses cited, before the national ones, for each topic. */
    citations: z.partialRecord(z.enum(CITATION_TOPICS), z.array(ClauseId).max(20)).optional(),
    /**
     * A place word shown when the city question is asked again ("比如：1，或者 临猗"); default: the first county's short name.
     */
    placeExample: z.string().min(1).max(20).optional(),
    demoVillages: z.array(CityVillage).max(20).optional(),
    /** Visits to the focus groups and the monthly report (issue 18). */
    outreach: CityOutreach.optional(),
  })
  .strict();
export type CityPackage = z.infer<typeof CityPackage>;

/** The screening part of DOUDI_CONFIG (and of the built-in data). */
export const OperatorScreeningConfig = z
  .object({
    sources: z.record(z.string(), OperatorSource).optional(),
    regions: z.record(RegionCode, OperatorRegion).optional(),
    cities: z.record(RegionCode, CityPackage).optional(),
  })
  .passthrough();
export type OperatorScreeningConfig = z.infer<typeof OperatorScreeningConfig>;
