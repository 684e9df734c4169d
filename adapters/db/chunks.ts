/**
 * D1 binds at most 100 parameters per statement, so lists of ids go to the database in parts.
 * (better-sqlite3 has no such limit; the same code serves both.)
 */
export const MAX_IDS_PER_STATEMENT = 90;

export function chunked<T>(items: T[], size = MAX_IDS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Runs a query per part of `ids` and concatenates the rows. */
export async function selectByIds<T>(ids: string[], query: (part: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (const part of chunked(ids)) rows.push(...(await query(part)));
  return rows;
}
