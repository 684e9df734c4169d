// The repository contract (./repository-contract.ts) on a real PostgreSQL server with the
// migrations drizzle-kit wrote to adapters/db/migrations-pg, through the same openPgDb the Node
// host uses; the same contract runs on better-sqlite3 and on D1 inside workerd.
import { afterAll, beforeAll, inject } from 'vitest';
import { openPgDb, type PgDatabase } from '../../adapters/runtime/pg-db.ts';
import { pgSettings } from '../../adapters/runtime/pg-settings.ts';
import { createDatabase } from '../support/postgres.ts';
import { repositoryContract } from './repository-contract.ts';

let opened: PgDatabase;

beforeAll(async () => {
  opened = await openPgDb(pgSettings({ DATABASE_URL: await createDatabase(inject('pgAdminUrl')) }));
});
afterAll(() => opened?.close());

repositoryContract('PostgreSQL', async () => {
  const { db, atomic, pool } = opened;
  const tables = (
    await pool.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
  ).rows.map((r) => `"${r.tablename}"`);
  await pool.query(`TRUNCATE ${tables.join(', ')} RESTART IDENTITY`);
  return {
    db,
    atomic,
    rows: async (sql) => (await pool.query(sql)).rows as Record<string, unknown>[],
    integrity: async () =>
      (
        (await pool.query('SELECT count(*)::int AS n FROM pg_index WHERE NOT indisvalid OR NOT indisready'))
          .rows[0] as { n: number }
      ).n === 0,
  };
});
