// New dialogues per client on the link page when several instances share PostgreSQL
// (adapters/http/rate-limit.ts sharedCreationLimit): counted in the database under a keyed hash,
// so two instances together let a client start no more than one would, and the count starts
// again when its window ends.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newDataKey, Sealer } from '../../adapters/crypto/sealer.ts';
import { DrizzleRateLimits } from '../../adapters/db/limits.ts';
import { rateLimits } from '../../adapters/db/schema.ts';
import { sharedCreationLimit } from '../../adapters/http/rate-limit.ts';
import { openPgDb, type PgDatabase } from '../../adapters/runtime/pg-db.ts';
import { pgSettings } from '../../adapters/runtime/pg-settings.ts';
import { createDatabase } from '../support/postgres.ts';

let opened: PgDatabase;
beforeAll(async () => {
  opened = await openPgDb(pgSettings({ DATABASE_URL: await createDatabase(inject('pgAdminUrl')) }));
});
afterAll(() => opened?.close());

describe('new dialogues per client across instances', () => {
  it('two instances share one count per client, kept under a keyed hash', async () => {
    const sealer = await Sealer.fromKey(newDataKey());
    const limit = { burst: 3, refillSeconds: 20 };
    // Two instances: each its own limiter object over the same database.
    const a = sharedCreationLimit(new DrizzleRateLimits(opened.db), (t) => sealer.hash(t), limit);
    const b = sharedCreationLimit(new DrizzleRateLimits(opened.db), (t) => sealer.hash(t), limit);
    const taken = await Promise.all([
      a('203.0.113.9', 1_000),
      b('203.0.113.9', 1_000),
      a('203.0.113.9', 1_000),
      b('203.0.113.9', 1_000),
    ]);
    expect(taken.filter((t) => t.ok)).toHaveLength(3);
    expect(taken.find((t) => !t.ok)).toEqual({ ok: false, retryAfterSeconds: 60 });
    expect(await b('198.51.100.7', 1_000)).toEqual({ ok: true });
    expect(await a('203.0.113.9', 61_000)).toEqual({ ok: true });
    const keys = (await opened.db.select().from(rateLimits)).map((r) => r.key);
    expect(keys).toHaveLength(2);
    expect(keys.join()).not.toContain('203.0.113.9');
  });
});
