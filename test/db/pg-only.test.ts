// What only PostgreSQL has to show, on a real server: instances starting together apply the
// migrations once (the advisory lock), a claim passes over a row another instance holds instead
// of waiting for it (SKIP LOCKED), milliseconds past 2^31 come back as numbers, and /readyz's
// probe tells a database that refuses writes from one that is gone.
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { newDataKey, Sealer } from '../../adapters/crypto/sealer.ts';
import { DrizzleTokenStore } from '../../adapters/db/repositories.ts';
import { outbox } from '../../adapters/db/schema.ts';
import { enqueueQuery } from '../../adapters/notify/outbox.ts';
import { drainOutbox } from '../../adapters/notify/runner.ts';
import { openPgDb, type PgDatabase } from '../../adapters/runtime/pg-db.ts';
import { pgSettings } from '../../adapters/runtime/pg-settings.ts';
import { nodeReadiness } from '../../adapters/runtime/node-ready.ts';
import { createDatabase } from '../support/postgres.ts';

const opened: PgDatabase[] = [];
const open = async (url: string) => {
  const o = await openPgDb(pgSettings({ DATABASE_URL: url, DATABASE_CONNECT_TIMEOUT_MS: '2000' }));
  opened.push(o);
  return o;
};
afterAll(async () => {
  await Promise.allSettled(opened.map((o) => o.close()));
});

describe('PostgreSQL only', () => {
  it('four instances starting at once apply each migration once', async () => {
    const url = await createDatabase(inject('pgAdminUrl'));
    const four = await Promise.all([1, 2, 3, 4].map(() => open(url)));
    const applied = await four[0]!.pool.query('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
    expect(applied.rows[0].n).toBe(4);
    const tables = await four[3]!.pool.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
    expect(tables.rows[0].n).toBe(19);
  });

  it('a drain passes over a row another instance holds, and sends it once that one lets go', async () => {
    const o = await open(await createDatabase(inject('pgAdminUrl')));
    const sealer = await Sealer.fromKey(newDataKey());
    const item = (k: string) =>
      enqueueQuery(
        o.db,
        sealer,
        {
          dedupeKey: k,
          kind: 'telegram_chat',
          target: k,
          payload: { kind: 'village_new_request', reference: k, referralId: k, village: k, programs: [] },
        },
        new Date(1_000),
      );
    await o.atomic([(await item('held')).query, (await item('free')).query]);
    const other = new pg.Client({ connectionString: o.pool.options.connectionString });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query("SELECT id FROM outbox WHERE dedupe_key = 'held' FOR UPDATE");
      const sent: string[] = [];
      const send = {
        wecom_robot: async () => {},
        telegram_chat: async (t: string) => void sent.push(t),
        resident: async () => {},
        wechat_cs: async () => {},
      };
      // Without SKIP LOCKED this would wait on the held row until the statement timeout.
      expect(await drainOutbox({ db: o.db, sealer, send, nowMs: () => 2_000 })).toMatchObject({ sent: 1 });
      expect(sent).toEqual(['free']);
      await other.query('COMMIT');
      expect(await drainOutbox({ db: o.db, sealer, send, nowMs: () => 2_000 })).toMatchObject({ sent: 1 });
      expect(sent).toEqual(['free', 'held']);
      expect((await o.db.select().from(outbox).where(eq(outbox.dedupeKey, 'held')))[0]).toMatchObject({
        status: 'sent',
        attempts: 1,
      });
    } finally {
      await other.end();
    }
  });

  it('milliseconds past 2^31 are stored in bigint and read back as numbers', async () => {
    const o = await open(await createDatabase(inject('pgAdminUrl')));
    const tokens = new DrizzleTokenStore(o.db);
    await tokens.set('wx', { token: 'T', expiresAt: 1_796_494_407_111 });
    expect(await tokens.get('wx')).toEqual({ token: 'T', expiresAt: 1_796_494_407_111 });
  });

  it('readiness: a database that refuses writes is DB_NOT_WRITABLE, one that is gone DB_UNREACHABLE', async () => {
    const url = await createDatabase(inject('pgAdminUrl'));
    const o = await open(url);
    const ready = nodeReadiness({ databasePath: undefined, probeWrite: o.probeWrite });
    expect(await ready()).toEqual({ ok: true });
    const name = new URL(url).pathname.slice(1);
    const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
    await admin.connect();
    try {
      // A standby promoted the wrong way round, or an operator's read-only switch: connections made from now on refuse
      // writes.
      await admin.query(`ALTER DATABASE ${name} SET default_transaction_read_only = on`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      // The pool finds its idle connection closed (DB_UNREACHABLE at most once), then connects afresh.
      let result = await ready();
      if (result.ok === false && result.code === 'DB_UNREACHABLE') result = await ready();
      expect(result).toMatchObject({ ok: false, code: 'DB_NOT_WRITABLE' });
      await admin.query(`ALTER DATABASE ${name} RESET default_transaction_read_only`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      result = await ready();
      if (result.ok === false && result.code === 'DB_UNREACHABLE') result = await ready();
      expect(result).toEqual({ ok: true });
    } finally {
      await admin.end();
    }
    // Gone: nothing listens where the database was.
    const closed = new URL(url);
    closed.port = '9';
    const pool = new pg.Pool({ connectionString: closed.toString(), connectionTimeoutMillis: 1_000 });
    const unreachable = nodeReadiness({
      databasePath: undefined,
      probeWrite: async () => void (await pool.query('SELECT 1')),
    });
    expect(await unreachable()).toMatchObject({ ok: false, code: 'DB_UNREACHABLE' });
    await pool.end();
  });
});
