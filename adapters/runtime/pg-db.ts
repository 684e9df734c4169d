/**
 * PostgreSQL (or a 政务云 database that speaks its protocol) for the Node host, through
 * node-postgres and drizzle's PostgreSQL dialect: what several instances behind a load balancer
 * share. Chosen by DATABASE_URL (./database.ts); SQLite stays the default.
 *
 * - Migrations (adapters/db/migrations-pg, written by drizzle-kit) are applied at start while this
 *   instance holds a session advisory lock, so instances starting together migrate once: the
 *   others wait on the lock, then find nothing left to apply.
 * - Every statement is its own transaction (autocommit); a response goes out after its writes
 *   returned, so what a resident was told is committed. atomic() runs its queries in one
 *   transaction on one pooled connection.
 * - Shared code builds its queries from adapters/db/schema.ts and is typed against drizzle's
 *   SQLite database (adapters/db/repositories.ts explains why that is enough); this file is where
 *   the PostgreSQL database is handed over under that type.
 * - A lost connection (the database restarting, a failover) fails the statements on it; the pool
 *   drops the broken connection and opens a new one for the next statement, so the instance
 *   recovers by itself once the database is back. Idle connections that break are logged, not fatal.
 */
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './package-root.ts';
import pg from 'pg';
import { writeProbe } from '../db/limits.ts';
import type { Atomic } from '../db/ports.ts';
import type { Db } from '../db/repositories.ts';
import type { PgSettings } from './pg-settings.ts';
import { connectionLost } from './pg-lost.ts';

export { connectionLost };

export const PG_MIGRATIONS = join(PACKAGE_ROOT, 'adapters', 'db', 'migrations-pg');

/** Any constant both instances agree on: the key of the advisory lock migrations run under. */
const MIGRATION_LOCK = 0x646f7564; // "doud"

// bigint (int8) comes back from node-postgres as a string; ours are milliseconds and row ids,
// exact as JavaScript numbers, and shared code expects numbers as SQLite gives them. drizzle's
// node-postgres session reads the module's type parsers, so this is where to say it.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export interface PgHooks {
  log?: (event: string, fields: Record<string, unknown>) => void;
  /** How long a statement waited for a free connection (ms): the pool's wait. */
  onAcquire?: (waitMs: number) => void;
  /** A statement failed in the database or on the way to it. */
  onError?: (error: unknown) => void;
}

export interface PgDatabase {
  kind: 'postgres';
  db: Db;
  atomic: Atomic;
  pool: pg.Pool;
  /** Writes are committed when their statement returns: nothing to wait for. */
  flushed: () => Promise<void>;
  /** The readiness probe's one-row write (adapters/db/limits.ts); rejects when the database does not take it. */
  probeWrite: (nowMs: number) => Promise<void>;
  close: () => Promise<void>;
}

export async function openPgDb(settings: PgSettings, hooks: PgHooks = {}): Promise<PgDatabase> {
  const log = hooks.log ?? (() => {});
  const pool = new pg.Pool({
    connectionString: settings.url,
    max: settings.poolMax,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    idleTimeoutMillis: settings.idleTimeoutMs,
    statement_timeout: settings.statementTimeoutMs,
    application_name: settings.applicationName,
  });
  // Without a listener a connection broken by a restart would end the process: an idle one errors
  // on the pool, one in use (between the statements of atomic(), say) on itself. Either way the
  // statement on it fails, and the pool drops it and connects afresh for the next.
  pool.on('error', (error) => {
    hooks.onError?.(error);
    log('db.idle_connection_lost', { error: String(error.message ?? error) });
  });
  pool.on('connect', (client) => {
    client.on('error', (error) => log('db.connection_lost', { error: String(error.message ?? error) }));
  });
  instrument(pool, hooks);

  const migrator = await pool.connect();
  try {
    await migrator.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migrate(drizzle(migrator), { migrationsFolder: PG_MIGRATIONS });
    } finally {
      await migrator.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    migrator.release();
  }

  const db = drizzle(pool) as unknown as Db;
  const atomic: Atomic = async (queries) => {
    if (queries.length === 0) return;
    const client = await pool.connect();
    let broken: unknown;
    try {
      await client.query('BEGIN');
      try {
        for (const q of queries) {
          const { sql, params } = (q as unknown as { toSQL(): { sql: string; params: unknown[] } }).toSQL();
          await client.query(sql, params);
        }
        await client.query('COMMIT');
      } catch (error) {
        hooks.onError?.(error);
        // A connection that is gone needs no ROLLBACK (the server ended the transaction) and must not be reused.
        if (connectionLost(error)) broken = error;
        else await client.query('ROLLBACK').catch((e: unknown) => (broken = e));
        throw error;
      }
    } finally {
      client.release(broken instanceof Error ? broken : undefined);
    }
  };
  return {
    kind: 'postgres',
    db,
    atomic,
    pool,
    flushed: () => Promise.resolve(),
    probeWrite: (nowMs) => writeProbe(db, nowMs),
    close: () => pool.end(),
  };
}

/** Times each wait for a connection and counts failed statements, for /metrics. */
function instrument(pool: pg.Pool, hooks: PgHooks): void {
  if (hooks.onAcquire) {
    const connect = pool.connect.bind(pool) as (
      cb?: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void,
    ) => unknown;
    const onAcquire = hooks.onAcquire;
    // pool.query() takes its connection through this same method (with a callback).
    (pool as unknown as { connect: typeof connect }).connect = (cb) => {
      const start = performance.now();
      if (cb) {
        return connect((err, client, done) => {
          onAcquire(performance.now() - start);
          cb(err, client, done);
        });
      }
      return (connect() as Promise<pg.PoolClient>).then((client) => {
        onAcquire(performance.now() - start);
        return client;
      });
    };
  }
  if (hooks.onError) {
    const onError = hooks.onError;
    const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
    (pool as unknown as { query: typeof query }).query = (...args) => {
      const result = query(...args);
      return result && typeof (result as Promise<unknown>).catch === 'function'
        ? (result as Promise<unknown>).catch((error: unknown) => {
            onError(error);
            throw error;
          })
        : result;
    };
  }
}
