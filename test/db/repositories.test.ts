// The drizzle repositories on better-sqlite3 with the real migrations: compare-and-set
// sessions, dedup claims with expiry, token compare-and-expire, and screening events that hold
// no household data.
import { describe, expect, it } from 'vitest';
import { DrizzleDedupStore, DrizzleScreeningLog, DrizzleSessionStore, DrizzleTokenStore } from '../../adapters/db/repositories.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import { newState } from '../../bot/state.ts';

describe('repositories (better-sqlite3)', () => {
  it('sessions: insert once, update only from the expected version', async () => {
    const { db } = openNodeDb(':memory:');
    const store = new DrizzleSessionStore(db);
    const key = { channel: 'test' as const, userId: 'u' };
    const s = { version: 1, state: newState(), updatedAt: '2026-11-24T00:00:00Z' };
    expect(await store.put(key, s, undefined)).toBe('ok');
    expect(await store.put(key, s, undefined)).toBe('conflict');
    expect(await store.put(key, { ...s, version: 2 }, 1)).toBe('ok');
    expect(await store.put(key, { ...s, version: 3 }, 1)).toBe('conflict');
    expect((await store.get(key))?.version).toBe(2);
    await store.delete(key);
    expect(await store.get(key)).toBeUndefined();
  });

  it('dedup: first claim wins until it expires', async () => {
    const { db } = openNodeDb(':memory:');
    let now = 1_000_000;
    const d = new DrizzleDedupStore(db, () => now);
    expect(await d.claim('k', 300)).toBe(true);
    expect(await d.claim('k', 300)).toBe(false);
    now += 301_000;
    expect(await d.claim('k', 300)).toBe(true);
  });

  it('tokens: expire only the token that failed', async () => {
    const { db } = openNodeDb(':memory:');
    const t = new DrizzleTokenStore(db);
    await t.set('wx1', { token: 'A', expiresAt: 10 });
    await t.expireIf('wx1', 'B');
    expect((await t.get('wx1'))?.token).toBe('A');
    await t.expireIf('wx1', 'A');
    expect(await t.get('wx1')).toBeUndefined();
  });

  it('screening events keep verdicts only', async () => {
    const { db, sqlite } = openNodeDb(':memory:');
    await new DrizzleScreeningLog(db).record({ region: '140800', asOf: '2026-11-24', demo: true, verdicts: { dibao: 'likely' } });
    const rows = sqlite.prepare('select * from screening_events').all() as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!).sort()).toEqual(['as_of', 'created_at', 'demo', 'id', 'region', 'verdicts']);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
