/**
 * A city as one data package, in the shape DOUDI_CONFIG's `cities` section takes
 * (./config-schema.ts `CityPackage` is its validator): the built-in packages under
 * screening/cities/ are written in this type so their figures are checked by the compiler too,
 * then read by the same loader and validator as an operator's file.
 */
import type { CitationTopic } from './citations.ts';
import type { CityDocument, CityOutreach, CityVillage, Dialect } from './config-schema.ts';
import type { Source } from './sources.ts';
import type { ParamTable } from './types.ts';

interface County {
  name: string;
  aliases?: readonly string[];
  params?: ParamTable<string>;
}

export interface CityPackageData {
  /** GB/T 2260 code of the city (地级市). */
  code: string;
  /** Its name as residents read it in the city question (某某市). */
  name: string;
  /** The province: a new one is registered under the national table; its params are shared by its cities. */
  province: { code: string; name: string; params?: ParamTable<string> };
  /** Which regional words its residents use; unset: every area's words are read. */
  dialect?: Dialect;
  /** Other words for the city itself. */
  aliases?: readonly string[];
  /** Counties and districts by code, with the words residents use for places in them. */
  counties: Readonly<Record<string, County>>;
  /** The city's figures and local rules (county → city → province → national). */
  params?: ParamTable<string>;
  /** Sources the city's values name (ids are global). */
  sources?: Readonly<Record<string, Source>>;
  /** Its own notices, verbatim: their clauses are what the city's reasons cite. */
  documents?: readonly CityDocument[];
  /** Clause topics: which of its own clauses a reason on each topic cites, before the national ones. */
  citations?: Readonly<Partial<Record<CitationTopic, readonly string[]>>>;
  /** A place word shown when the city question is asked again. */
  placeExample?: string;
  /** Sample villages and contacts, offered while DOUDI_CONFIG lists no villages. */
  demoVillages?: readonly CityVillage[];
  /** The focus groups village staff visit and the monthly report's timing (issue 18). */
  outreach?: CityOutreach;
}
