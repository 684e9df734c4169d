/**
 * Shapes of the policy corpus: the same document shape a city package uses for its own notices
 * (screening/params/config-schema.ts `CityDocument`: id, title, docNumber, issuer, date, official,
 * sourceNote, clauses), with the region it governs. Every reason the screening gives cites a
 * clause id; the id must resolve to a Clause whose text is the wording as published.
 */
import type { CityDocument } from '../../screening/index.ts';

/**
 * One citable unit of a policy document: an article, a paragraph or one sentence of a paragraph.
 * `id` is `<documentId>.<locator>` (e.g. `mz2021-57.a13`), never renamed once published;
 * `section` the human-readable place (`第十三条`, `二、（一）`); `text` the wording as published.
 */
export type Clause = CityDocument['clauses'][number];

/** A document and the region it governs: `000000` national, or a province/city code. */
export type PolicyDocument = CityDocument & { region: string };
