/**
 * Clause lookup by id (GET /api/v1/clauses/{id}, "为什么" in the dialogue, citation checks).
 * The map is built once at module load; no I/O, so it runs on Node and Workers alike.
 */
import { documents } from './documents/index.ts';
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

const byId = new Map<string, ClauseView>();
const docs = new Map<string, PolicyDocument>();
for (const d of documents) {
  docs.set(d.id, d);
  for (const c of d.clauses) {
    if (byId.has(c.id)) throw new Error(`duplicate clause id ${c.id}`);
    byId.set(c.id, { id: c.id, document: d.title, docNumber: d.docNumber, section: c.section, text: c.text, documentId: d.id, official: d.official });
  }
}

export function getClause(id: string): ClauseView | undefined {
  return byId.get(id);
}

export function allClauses(): ClauseView[] {
  return [...byId.values()];
}

export function getDocument(id: string): PolicyDocument | undefined {
  return docs.get(id);
}
