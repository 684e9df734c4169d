/**
 * The policy corpus. The national texts live here; each city's own notices are part of its
 * package (screening/cities/, or DOUDI_CONFIG's `cities`) and reach the corpus through the
 * parameter set, so a city added by configuration has its clauses quoted like a built-in one.
 */
import { defaultParameters, type ParameterSet } from '../../screening/index.ts';
import type { PolicyDocument } from './types.ts';
import { mz2021_57 } from './mz2021-57.ts';
import { mz2021_43 } from './mz2021-43.ts';
import { gwy649 } from './gwy649.ts';
import { sjzf2026 } from './sjzf2026.ts';
import { mz2022_83 } from './mz2022-83.ts';

export const NATIONAL_REGION = '000000';

export const nationalDocuments: readonly PolicyDocument[] = [mz2021_57, mz2021_43, gwy649, sjzf2026, mz2022_83];

/** Every document of a parameter set: its cities' notices first (in package order), then the national texts. */
export function documentsOf(parameters: ParameterSet): PolicyDocument[] {
  const local = [...parameters.cities.values()].flatMap((c) =>
    c.documents.map((d): PolicyDocument => ({ ...d, region: c.code })),
  );
  return [...local, ...nationalDocuments];
}

/** The built-in corpus: the built-in cities' notices, then the national texts. */
export const documents: readonly PolicyDocument[] = documentsOf(defaultParameters());
