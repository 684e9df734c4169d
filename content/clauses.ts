/**
 * Clause lookup by id (GET /api/v1/clauses/{id}, "为什么" in the dialogue, citation checks), over
 * the corpus of a parameter set: the national texts and every city package's own notices, so a
 * city added in DOUDI_CONFIG has its clauses quoted like a built-in one. Built once per set (a set
 * never changes once built); no I/O, so it runs on Node and Workers alike.
 */
import { ConfigError, defaultParameters, type ParameterSet } from '../screening/index.ts';
import { documentsOf } from './documents/index.ts';
import type { PolicyDocument } from './documents/types.ts';

export interface ClauseView {
  id: string;
  /** Title of the document. */
  document: string;
  docNumber: string;
  section: string;
  /** Wording as published. */
  text: string;
  documentId: string;
  official: boolean;
}

export interface Corpus {
  byId: ReadonlyMap<string, ClauseView>;
  docs: ReadonlyMap<string, PolicyDocument>;
  /** Documents in order: the cities' notices, then the national texts. */
  list: readonly PolicyDocument[];
}

const corpora = new WeakMap<ParameterSet, Corpus>();

function build(parameters: ParameterSet): Corpus {
  const list = documentsOf(parameters);
  const byId = new Map<string, ClauseView>();
  const docs = new Map<string, PolicyDocument>();
  const problems: string[] = [];
  for (const d of list) {
    if (docs.has(d.id)) problems.push(`document id ${d.id} is used twice`);
    docs.set(d.id, d);
    for (const c of d.clauses) {
      if (byId.has(c.id)) problems.push(`clause id ${c.id} is used twice`);
      byId.set(c.id, {
        id: c.id,
        document: d.title,
        docNumber: d.docNumber,
        section: c.section,
        text: c.text,
        documentId: d.id,
        official: d.official,
      });
    }
  }
  // Every clause a source rests on must be quotable (the city topics were checked against their own documents on load).
  for (const s of parameters.sources.values())
    for (const id of s.clauses) if (!byId.has(id)) problems.push(`sources.${s.id}: clause ${id} is in no document`);
  if (problems.length > 0) throw new ConfigError(problems);
  return { byId, docs, list };
}

/**
 * The corpus of a parameter set (default: the built-ins); throws ConfigError when a source's clause does not resolve or
 * an id is used twice.
 */
export function corpusOf(parameters: ParameterSet = defaultParameters()): Corpus {
  let c = corpora.get(parameters);
  if (!c) {
    c = build(parameters);
    corpora.set(parameters, c);
  }
  return c;
}

export function getClause(id: string, parameters?: ParameterSet): ClauseView | undefined {
  return corpusOf(parameters).byId.get(id);
}

export function allClauses(parameters?: ParameterSet): ClauseView[] {
  return [...corpusOf(parameters).byId.values()];
}

export function getDocument(id: string, parameters?: ParameterSet): PolicyDocument | undefined {
  return corpusOf(parameters).docs.get(id);
}
