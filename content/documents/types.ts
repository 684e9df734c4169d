/**
 * Shapes of the policy corpus. Every reason the screening gives cites a clause id;
 * the id must resolve to a Clause here whose text is the wording as published.
 */

/** One citable unit of a policy document: an article, a paragraph or one sentence of a paragraph. */
export interface Clause {
  /** Stable id, `<documentId>.<locator>`, e.g. `mz2021-57.a13` or `yc59.2-1.employment-cost`. Never renamed once published. */
  id: string;
  /** Human-readable place in the document, e.g. `第十三条` or `二、（一）`. */
  section: string;
  /** The wording as published (verbatim; page-break line breaks removed). */
  text: string;
}

export interface PolicyDocument {
  /** Short stable id used as the clause-id prefix, e.g. `yc59`. */
  id: string;
  /** Full title as published. */
  title: string;
  /** 文号 as published, e.g. `运民发〔2021〕59号`; empty string when the document has none or it is unverified (see `numberNote`). */
  docNumber: string;
  /** Why the number is missing or uncertain, when it is. */
  numberNote?: string;
  issuer: string;
  /** Date issued or adopted, ISO `YYYY-MM-DD`. */
  date: string;
  /** Date in force, when known. */
  effectiveFrom?: string;
  /** Region the document governs: `000000` national, or a province/city code. */
  region: string;
  /** True when the text was read from the official publication; false for a third-party transcription. */
  official: boolean;
  /** Where the text was read (repository and path, or the seed file), and any caveat. */
  sourceNote: string;
  clauses: Clause[];
}
