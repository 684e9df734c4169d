// The drizzle repositories on better-sqlite3 with the real migrations, with plain autocommit and
// with the server's group commit; the same contract runs on PostgreSQL
// (test/db/pg-repositories.test.ts) and on D1 inside workerd (test/workers/d1-repositories.test.ts).
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import { repositoryContract } from './repository-contract.ts';

repositoryContract('better-sqlite3', async () => {
  const { db, sqlite, atomic } = openNodeDb(':memory:');
  return {
    db,
    atomic,
    rows: async (sql) => sqlite.prepare(sql).all() as Record<string, unknown>[],
    integrity: async () => sqlite.pragma('quick_check', { simple: true }) === 'ok',
  };
});

repositoryContract('better-sqlite3 with group commit', async () => {
  const { db, sqlite, atomic, flushed } = openNodeDb(':memory:', { groupCommit: true });
  // Rows are read back once the turn's transaction is committed, as the server answers.
  return {
    db,
    atomic,
    rows: async (sql) => {
      await flushed();
      return sqlite.prepare(sql).all() as Record<string, unknown>[];
    },
    integrity: async () => {
      await flushed();
      return sqlite.pragma('quick_check', { simple: true }) === 'ok';
    },
  };
});
