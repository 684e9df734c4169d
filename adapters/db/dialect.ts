/**
 * The one place shared code asks which SQL dialect it talks to: everything else is written once
 * over drizzle and runs unchanged on better-sqlite3, D1 and PostgreSQL. Only row locking differs:
 * PostgreSQL runs writers side by side and needs `FOR UPDATE SKIP LOCKED` so that instances
 * claiming work pass over each other's rows; SQLite (and D1) run one writer at a time, where a
 * claim in one statement is already exclusive and the clause does not exist.
 */
import { is, type SQL, sql } from 'drizzle-orm';
import { PgDatabase } from 'drizzle-orm/pg-core';
import type { Db } from './repositories.ts';

export function isPostgres(db: Db): boolean {
  return is(db as unknown, PgDatabase);
}

/** Appended to a claiming subquery: rows another transaction holds are skipped, not waited for. */
export function skipLocked(db: Db): SQL {
  return isPostgres(db) ? sql` FOR UPDATE SKIP LOCKED` : sql``;
}
