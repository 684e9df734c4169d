/** better-sqlite3 + drizzle for Node, with the shared migrations applied. */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Atomic } from '../db/ports.ts';

export const MIGRATIONS = join(import.meta.dirname, '..', 'db', 'migrations');

export function openNodeDb(path: string) {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  // WAL with NORMAL sync: durable across process crashes (kill -9), one fsync per checkpoint.
  sqlite.pragma('synchronous = NORMAL');
  const db = drizzle(sqlite);
  migrate(db, { migrationsFolder: MIGRATIONS });
  const atomic: Atomic = async (queries) => {
    // better-sqlite3 runs drizzle's sync queries inside one synchronous transaction.
    sqlite.transaction(() => {
      for (const q of queries) (q as unknown as { run(): unknown }).run();
    })();
  };
  return { db, sqlite, atomic };
}
