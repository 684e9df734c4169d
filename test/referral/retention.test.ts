// Personal data is not kept longer than needed: finished requests go after the configured
// days, idle sessions after theirs, open requests stay whatever their age; sessions are stored
// sealed and read back whole; a key that is not 32 bytes is refused at start.
import { describe, expect, it } from 'vitest';
import { villageDirectory } from '../../adapters/config/villages.ts';
import { newDataKey, parseDataKey, Sealer, SealerError } from '../../adapters/crypto/sealer.ts';
import { DrizzleScreeningLog, DrizzleSessionStore } from '../../adapters/db/repositories.ts';
import { sweepExpired } from '../../adapters/db/retention.ts';
import { SealedSessionStore } from '../../adapters/db/pseudonymous-stores.ts';
import { auditLog, referralEvents, referrals, screeningEvents, sessions } from '../../adapters/db/schema.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import { nodeSealPrimitives } from '../../adapters/runtime/node-seal.ts';
import { newState } from '../../bot/state.ts';

const DAY = 86_400_000;

function request(id: string, status: string, updatedAt: string) {
  return {
    id,
    reference: `DD-${id}`,
    idempotencyKey: id,
    resident: 'r',
    channel: 'test',
    region: '140800',
    village: 'v',
    township: 't',
    programs: '',
    status,
    sealed: 'v1.x',
    createdAt: updatedAt,
    updatedAt,
  };
}

describe('retention', () => {
  it('deletes finished requests after the configured days and idle sessions after theirs', async () => {
    const { db, atomic } = openNodeDb(':memory:');
    const now = new Date('2026-12-02T00:00:00Z');
    const days = (n: number) => new Date(now.getTime() - n * DAY).toISOString();
    const retention = villageDirectory({ retention: { closedRequestDays: 180, sessionDays: 30 } }).retention;
    await db
      .insert(referrals)
      .values([
        request('old-closed', 'closed', days(181)),
        request('old-ineligible', 'ineligible', days(200)),
        request('edge-closed', 'closed', days(180)),
        request('old-open', 'visited', days(400)),
        request('new-closed', 'closed', days(10)),
      ]);
    await db.insert(referralEvents).values({ referralId: 'old-closed', at: days(181), actor: 'x', toStatus: 'closed' });
    await db.insert(sessions).values([
      { key: 'test:old', version: 1, state: '{}', updatedAt: days(31) },
      { key: 'test:fresh', version: 1, state: '{}', updatedAt: days(29) },
    ]);
    const r = await sweepExpired(db, atomic, retention, now);
    expect(r).toEqual({ requests: 2, sessions: 1 });
    expect((await db.select().from(referrals)).map((x) => x.id).sort()).toEqual([
      'edge-closed',
      'new-closed',
      'old-open',
    ]);
    expect(await db.select().from(referralEvents)).toHaveLength(0);
    expect((await db.select().from(sessions)).map((s) => s.key)).toEqual(['test:fresh']);
    expect((await db.select().from(auditLog)).map((a) => [a.action, a.referralId])).toEqual([
      ['referral.retention_delete', 'old-closed'],
      ['referral.retention_delete', 'old-ineligible'],
    ]);
  });

  it('uses 365 days for finished requests, 30 for sessions and 365 for screening counts unless configured', () => {
    expect(villageDirectory({}).retention).toEqual({
      closedRequestDays: 365,
      sessionDays: 30,
      screeningEventDays: 365,
      visitDays: 400,
    });
    expect(villageDirectory({ retention: { screeningEventDays: 90 } }).retention).toEqual({
      closedRequestDays: 365,
      sessionDays: 30,
      screeningEventDays: 90,
      visitDays: 400,
    });
    expect(() => villageDirectory({ retention: { screeningEventDays: 0 } })).toThrow(/screeningEventDays/);
  });

  it(
    'deletes anonymous screening counts after their days: every ' +
      'POST /api/v1/screen writes one, so none is kept forever',
    async () => {
      const { db, atomic } = openNodeDb(':memory:');
      const now = new Date('2026-12-02T00:00:00Z');
      const log = (at: Date) =>
        new DrizzleScreeningLog(db, () => at).record({
          region: '140800',
          asOf: '2026-12-01',
          demo: true,
          verdicts: { dibao: 'likely' },
        });
      await log(new Date(now.getTime() - 91 * DAY));
      await log(new Date(now.getTime() - 89 * DAY));
      await sweepExpired(db, atomic, villageDirectory({ retention: { screeningEventDays: 90 } }).retention, now);
      expect((await db.select().from(screeningEvents)).map((e) => e.createdAt)).toEqual([
        new Date(now.getTime() - 89 * DAY).toISOString(),
      ]);
    },
  );
});

describe('personal data at rest', () => {
  it('sessions are stored sealed and read back whole', async () => {
    const { db } = openNodeDb(':memory:');
    const sealer = await Sealer.fromKey(newDataKey());
    const store = new SealedSessionStore(new DrizzleSessionStore(db), sealer);
    const key = { channel: 'test' as const, userId: 'u' };
    const state = {
      ...newState(),
      household: { members: [{ relation: 'self' as const, age: 70, hasDisability: true }] },
      referral: { step: 'phone' as const, returnMode: 'result' as const, name: '王秀英' },
    };
    expect(await store.put(key, { version: 1, state, updatedAt: 'x' }, undefined)).toBe('ok');
    const raw = (await db.select().from(sessions))[0]!.state;
    expect(raw).not.toContain('王秀英');
    expect(raw).not.toContain('hasDisability');
    expect((await store.get(key))?.state).toEqual(state);
    // Compare-and-set still works through the decorator.
    expect(await store.put(key, { version: 2, state, updatedAt: 'y' }, 5)).toBe('conflict');
  });

  it(
    'Node’s node:crypto sealing and WebCrypto agree byte for byte' +
      ': each opens the other, hashes match, tampering fails',
    async () => {
      const key = newDataKey();
      const web = await Sealer.fromKey(key);
      const node = await Sealer.fromKey(key, nodeSealPrimitives);
      const value = { name: '王秀英', phone: '13812345678', n: [1, 2, 3] };
      expect(await web.open(await node.seal(value))).toEqual(value);
      expect(await node.open(await web.seal(value))).toEqual(value);
      expect(await node.hash('resident:wechat:o1')).toBe(await web.hash('resident:wechat:o1'));
      const sealed = await node.seal(value);
      const flipped = sealed.slice(0, -6) + (sealed.at(-6) === 'A' ? 'B' : 'A') + sealed.slice(-5);
      await expect(node.open(flipped)).rejects.toThrow(SealerError);
      await expect(web.open(flipped)).rejects.toThrow(SealerError);
      await expect(
        node.open(await (await Sealer.fromKey(newDataKey(), nodeSealPrimitives)).seal(value)),
      ).rejects.toThrow(SealerError);
    },
  );

  it('a sealed value cannot be opened with another key, and keys must be 32 bytes', async () => {
    const a = await Sealer.fromKey(newDataKey());
    const b = await Sealer.fromKey(newDataKey());
    const sealed = await a.seal({ phone: '13812345678' });
    expect(await a.open(sealed)).toEqual({ phone: '13812345678' });
    await expect(b.open(sealed)).rejects.toThrow(SealerError);
    expect(await a.hash('x')).toBe(await a.hash('x'));
    expect(await a.hash('x')).not.toBe(await b.hash('x'));
    expect(() => parseDataKey('short')).toThrow(/32 random bytes/);
    await expect(a.open('v1.%%%not base64%%%')).rejects.toThrow(SealerError);
    expect(parseDataKey('00'.repeat(32))).toHaveLength(32);
  });
});

describe('the example configuration', () => {
  it('parses, with its villages and retention', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseConfigText } = await import('../../adapters/config/load-config.ts');
    const dir = villageDirectory(
      parseConfigText(readFileSync('adapters/config/doudi.config.example.yaml', 'utf8'), 'example'),
    );
    expect(dir.demo).toBe(false);
    expect(dir.all().map((v) => v.name)).toEqual(['东郭村', '示例社区']);
    expect(dir.inCity('140800').map((v) => v.code)).toEqual(['140802101201']);
    expect(dir.retention).toEqual({ closedRequestDays: 365, sessionDays: 30, screeningEventDays: 365, visitDays: 400 });
  });

  it('refuses a village list with problems, naming them', () => {
    expect(() =>
      villageDirectory({ villages: [{ code: 'a b', name: '', township: { code: 't', name: 't' }, region: '1' }] }),
    ).toThrow(/villages\.0\.code/);
    const v = { code: 'a', name: '甲村', township: { code: 't', name: '镇' }, region: '140802' };
    expect(() => villageDirectory({ villages: [v, v] })).toThrow(/appears twice/);
    expect(() => villageDirectory({ villages: [{ ...v, notify: { wecomWebhook: 'http://evil.example/x' } }] })).toThrow(
      /https/,
    );
  });
});
