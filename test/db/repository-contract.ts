// The repository contract, written once and run on both drivers: better-sqlite3 in the Node
// project (test/db/repositories.test.ts) and D1 inside workerd (test/workers/d1-repositories.test.ts),
// each with the real migrations from adapters/db/migrations. No node: imports here: this file
// also runs inside workerd.
import { describe, expect, it } from 'vitest';
import { type Db, DrizzleDedupStore, DrizzleLinkStore, DrizzleScreeningLog, DrizzleSessionStore, DrizzleTokenStore } from '../../adapters/db/repositories.ts';
import { newState } from '../../bot/state.ts';

export interface ContractDb {
  db: Db;
  /** Runs raw SQL and returns its rows (schema and integrity checks the ORM does not cover). */
  rows(sql: string): Promise<Record<string, unknown>[]>;
}

export function repositoryContract(driver: string, fresh: () => Promise<ContractDb>): void {
  describe(`repository contract (${driver})`, () => {
    it('sessions: insert once, update only from the expected version, delete', async () => {
      const { db } = await fresh();
      const store = new DrizzleSessionStore(db);
      const key = { channel: 'test' as const, userId: 'u' };
      const s = { version: 1, state: newState(), updatedAt: '2026-11-24T00:00:00Z' };
      expect(await store.get(key)).toBeUndefined();
      expect(await store.put(key, s, undefined)).toBe('ok');
      expect(await store.put(key, s, undefined)).toBe('conflict');
      expect(await store.put(key, { ...s, version: 2 }, 1)).toBe('ok');
      expect(await store.put(key, { ...s, version: 3 }, 1)).toBe('conflict');
      const got = await store.get(key);
      expect(got?.version).toBe(2);
      expect(got?.state).toEqual(s.state);
      await store.delete(key);
      expect(await store.get(key)).toBeUndefined();
    });

    it('sessions: of concurrent writers from the same version exactly one wins', async () => {
      const { db } = await fresh();
      const store = new DrizzleSessionStore(db);
      const key = { channel: 'test' as const, userId: 'race' };
      const s = { version: 1, state: newState(), updatedAt: '2026-11-24T00:00:00Z' };
      await store.put(key, s, undefined);
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => store.put(key, { ...s, version: 2, updatedAt: `w${i}` }, 1)));
      expect(results.filter((r) => r === 'ok')).toHaveLength(1);
      const firstInsert = await Promise.all(Array.from({ length: 4 }, () => store.put({ channel: 'test', userId: 'new' }, s, undefined)));
      expect(firstInsert.filter((r) => r === 'ok')).toHaveLength(1);
    });

    it('sessions: keys are per channel and user', async () => {
      const { db } = await fresh();
      const store = new DrizzleSessionStore(db);
      const s = { version: 1, state: newState(), updatedAt: '2026-11-24T00:00:00Z' };
      expect(await store.put({ channel: 'wechat', userId: 'same' }, s, undefined)).toBe('ok');
      expect(await store.put({ channel: 'telegram', userId: 'same' }, s, undefined)).toBe('ok');
      await store.delete({ channel: 'wechat', userId: 'same' });
      expect(await store.get({ channel: 'telegram', userId: 'same' })).toBeDefined();
    });

    it('dedup: first claim wins until it expires, then one claimant takes it over', async () => {
      const { db } = await fresh();
      let now = 1_000_000;
      const d = new DrizzleDedupStore(db, () => now);
      expect(await d.claim('k', 300)).toBe(true);
      expect(await d.claim('k', 300)).toBe(false);
      expect(await d.claim('other', 300)).toBe(true);
      now += 299_000;
      expect(await d.claim('k', 300)).toBe(false);
      now += 2_000;
      const takeovers = await Promise.all([d.claim('k', 300), d.claim('k', 300), d.claim('k', 300)]);
      expect(takeovers.filter(Boolean)).toHaveLength(1);
      expect(await d.claim('k', 300)).toBe(false);
    });

    it('tokens: cache, replace, and expire only the token that failed', async () => {
      const { db } = await fresh();
      const t = new DrizzleTokenStore(db);
      expect(await t.get('wx1')).toBeUndefined();
      await t.set('wx1', { token: 'A', expiresAt: 10 });
      await t.set('wx1', { token: 'B', expiresAt: 20 });
      expect(await t.get('wx1')).toEqual({ token: 'B', expiresAt: 20 });
      await t.expireIf('wx1', 'A');
      expect((await t.get('wx1'))?.token).toBe('B');
      await t.expireIf('wx1', 'B');
      expect(await t.get('wx1')).toBeUndefined();
    });

    it('links: create and read back; unknown tokens are undefined; tokens are unique', async () => {
      const { db } = await fresh();
      const links = new DrizzleLinkStore(db);
      const link = { token: 'tok_abcdefghijklmnopqr', village: '140802101', region: '140802', createdAt: '2026-11-24T04:00:00.000Z' };
      await links.create(link);
      expect(await links.get(link.token)).toEqual(link);
      expect(await links.get('nope')).toBeUndefined();
      await expect(links.create(link)).rejects.toThrow();
    });

    it('screening log keeps region, date and verdicts only; the database passes an integrity check', async () => {
      const { db, rows } = await fresh();
      const log = new DrizzleScreeningLog(db, () => new Date('2026-11-24T04:00:00Z'));
      await log.record({ region: '140800', asOf: '2026-11-24', demo: true, verdicts: { dibao: 'likely', tekun: 'unlikely' } });
      await log.record({ region: '441700', asOf: '2026-11-24', demo: false, verdicts: { dibao: 'need_info' } });
      const events = await rows('select * from screening_events order by id');
      expect(events).toHaveLength(2);
      expect(Object.keys(events[0]!).sort()).toEqual(['as_of', 'created_at', 'demo', 'id', 'region', 'verdicts']);
      expect(events[0]).toMatchObject({ region: '140800', as_of: '2026-11-24', demo: 1, created_at: '2026-11-24T04:00:00.000Z' });
      expect(JSON.parse(String(events[1]!['verdicts']))).toEqual({ dibao: 'need_info' });
      expect(await rows('pragma quick_check')).toEqual([{ quick_check: 'ok' }]);
    });
  });
}
