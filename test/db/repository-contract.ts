// The repository contract, written once and run on every driver: better-sqlite3 in the Node
// project (test/db/repositories.test.ts), PostgreSQL (test/db/pg-repositories.test.ts, a real
// server) and D1 inside workerd (test/workers/d1-repositories.test.ts), each with the real
// migrations. No node: imports here: this file also runs inside workerd.
import { describe, expect, it } from 'vitest';
import {
  type Db,
  DrizzleDedupStore,
  DrizzleLinkStore,
  DrizzleScreeningLog,
  DrizzleSessionStore,
  DrizzleTokenStore,
} from '../../adapters/db/repositories.ts';
import { newState } from '../../bot/state.ts';
import type { Atomic } from '../../adapters/db/ports.ts';
import { villageDirectory } from '../../adapters/config/villages.ts';
import { newDataKey, Sealer } from '../../adapters/crypto/sealer.ts';
import { DrizzleReferralDesk } from '../../adapters/db/referrals.ts';
import { sweepExpired } from '../../adapters/db/retention.ts';
import { chunked, selectByIds } from '../../adapters/db/chunks.ts';
import { eq, inArray } from 'drizzle-orm';
import {
  auditLog,
  healthProbe,
  householdKeys,
  loginThrottle,
  outbox,
  rateLimits,
  referralContacts,
  referrals,
  screeningEvents,
  visits,
} from '../../adapters/db/schema.ts';
import { DrizzleVisitStore, visitCounts } from '../../adapters/db/visits.ts';
import { queueMonthlyReminders } from '../../adapters/notify/monthly-reminder.ts';
import { escalateOverdue } from '../../adapters/notify/escalation.ts';
import { staffDesk } from '../../adapters/web/staff/cases/desk.ts';
import { requestStats } from '../../adapters/web/staff/cases/stats.ts';
import { DrizzleRateLimits, writeProbe } from '../../adapters/db/limits.ts';
import { StaffStore } from '../../adapters/web/staff/store.ts';
import { drainOutbox } from '../../adapters/notify/runner.ts';
import { DrizzleJobLeases } from '../../adapters/db/jobs.ts';
import { enqueueQuery } from '../../adapters/notify/outbox.ts';
import type { ReferralSubmission } from '../../bot/ports.ts';
import { defaultParameters, screen } from '../../screening/index.ts';
import { DrizzleDialogueCounts } from '../../adapters/db/dialogue-counts.ts';
import { dialogueCounts } from '../../adapters/db/schema.ts';
import { changeStatus } from '../../adapters/web/staff/cases/change-status.ts';
import { hotlineFeedback } from '../../adapters/web/staff/cases/hotline.ts';
import { chartStats } from '../../adapters/web/staff/charts/compute.ts';

/** With the township and county above the village, each with somewhere to be told. */
const OFFICES = villageDirectory({
  villages: [
    {
      code: 'dongguo',
      name: '东郭村',
      township: { code: 'bc', name: '北城街道' },
      region: '140802',
      notify: { wecomWebhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k' },
    },
  ],
  townships: [
    {
      code: 'bc',
      name: '北城街道',
      notify: { wecomWebhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=t' },
    },
  ],
  counties: [{ code: '140802', name: '盐湖区民政局', notify: { telegramChatId: '-100999' } }],
});

const VILLAGES = villageDirectory({
  villages: [
    {
      code: 'dongguo',
      name: '东郭村',
      township: { code: 'bc', name: '北城街道' },
      region: '140802',
      notify: { wecomWebhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k' },
    },
  ],
});

function submission(key: string, userId = 'u1'): ReferralSubmission {
  const household = { members: [{ relation: 'self' as const, age: 70 }] };
  return {
    idempotencyKey: key,
    channel: 'test',
    userId,
    region: '140800',
    village: 'dongguo',
    contact: { name: '王秀英', phone: '13812345678', callTime: '上午' },
    household,
    report: screen(household, { region: '140802', date: '2026-12-02', parameters: defaultParameters() }),
    summary: '',
    materials: [],
    consent: { at: '2026-12-02T00:00:00Z', version: 'v', text: 't' },
  };
}

export interface ContractDb {
  db: Db;
  atomic: Atomic;
  /** Runs raw SQL and returns its rows (schema checks the ORM does not cover). */
  rows(sql: string): Promise<Record<string, unknown>[]>;
  /** The database's own consistency check (SQLite's quick_check, PostgreSQL's index validity). */
  integrity(): Promise<boolean>;
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
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => store.put(key, { ...s, version: 2, updatedAt: `w${i}` }, 1)),
      );
      expect(results.filter((r) => r === 'ok')).toHaveLength(1);
      const firstInsert = await Promise.all(
        Array.from({ length: 4 }, () => store.put({ channel: 'test', userId: 'new' }, s, undefined)),
      );
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
      const link = {
        token: 'tok_abcdefghijklmnopqr',
        village: '140802101',
        region: '140802',
        createdAt: '2026-11-24T04:00:00.000Z',
      };
      await links.create(link);
      expect(await links.get(link.token)).toEqual(link);
      expect(await links.get('nope')).toBeUndefined();
      await expect(links.create(link)).rejects.toThrow();
    });

    it('screening log keeps region, date and verdicts only; the database passes an integrity check', async () => {
      const { db, rows, integrity } = await fresh();
      const log = new DrizzleScreeningLog(db, () => new Date('2026-11-24T04:00:00Z'));
      await log.record({
        region: '140800',
        asOf: '2026-11-24',
        demo: true,
        verdicts: { dibao: 'likely', tekun: 'unlikely' },
      });
      await log.record({ region: '441700', asOf: '2026-11-24', demo: false, verdicts: { dibao: 'need_info' } });
      const events = await rows('select * from screening_events order by id');
      expect(events).toHaveLength(2);
      // `assisted` (issue 18) says whether a staff member screened with the household on a visit.
      expect(Object.keys(events[0]!).sort()).toEqual([
        'as_of',
        'assisted',
        'created_at',
        'demo',
        'id',
        'region',
        'verdicts',
      ]);
      // A flag is 1 in SQLite and true in PostgreSQL; drizzle reads both back as true.
      expect({
        ...events[0],
        demo: Number(events[0]!['demo']),
        assisted: Number(events[0]!['assisted']),
      }).toMatchObject({
        region: '140800',
        as_of: '2026-11-24',
        demo: 1,
        assisted: 0,
        created_at: '2026-11-24T04:00:00.000Z',
      });
      expect(JSON.parse(String(events[1]!['verdicts']))).toEqual({ dibao: 'need_info' });
      expect(await integrity()).toBe(true);
    });
    it(
      'referrals: a request, its event, audit row and notification ' + 'in one atomic step; once per confirmation',
      async () => {
        const { db, atomic } = await fresh();
        const sealer = await Sealer.fromKey(newDataKey());
        const desk = new DrizzleReferralDesk({
          db,
          atomic,
          sealer,
          villages: VILLAGES,
          now: () => new Date('2026-12-02T00:00:00Z'),
        });
        const [a, b] = await Promise.all([desk.submit(submission('k1')), desk.submit(submission('k1'))]);
        expect(a.reference).toBe(b.reference);
        expect(await db.select().from(referrals)).toHaveLength(1);
        expect(await db.select().from(outbox)).toHaveLength(1);
        expect((await db.select().from(auditLog)).filter((x) => x.action === 'referral.create')).toHaveLength(1);
        // 删除我的信息 withdraws it: the row stays as the record, its notice is replaced by the withdrawal's.
        expect((await desk.forget({ channel: 'test', userId: 'u1' })).deleted).toEqual([a.reference]);
        expect((await db.select().from(referrals)).map((r) => r.status)).toEqual(['withdrawn']);
        expect((await db.select().from(outbox)).map((o) => o.dedupeKey)).toEqual([
          `withdrawn-notice:${(await db.select().from(referrals))[0]!.id}`,
        ]);
      },
    );

    it(
      'referrals: a resident’s requests by their keyed hash, newest' +
        ' first; a finished one is still found after forget',
      async () => {
        const { db, atomic } = await fresh();
        const sealer = await Sealer.fromKey(newDataKey());
        let now = new Date('2026-12-02T00:00:00Z');
        const desk = new DrizzleReferralDesk({ db, atomic, sealer, villages: VILLAGES, now: () => now });
        const u1 = { channel: 'test' as const, userId: 'u1' };
        expect(await desk.requestsOf(u1)).toEqual([]);
        const handled = await desk.submit(submission('k1'));
        await db.update(referrals).set({ status: 'closed' }).where(eq(referrals.reference, handled.reference));
        now = new Date('2026-12-03T00:00:00Z');
        const untouched = await desk.submit(submission('k2'));
        await desk.submit(submission('k3', 'u2'));
        expect(await desk.requestsOf(u1)).toEqual([
          { reference: untouched.reference, status: '新提交' },
          { reference: handled.reference, status: '已办结' },
        ]);
        expect((await desk.forget(u1)).deleted).toEqual([untouched.reference]);
        expect(await desk.requestsOf(u1)).toEqual([{ reference: handled.reference, status: '已办结' }]);
        expect(await desk.requestsOf({ channel: 'web', userId: 'u1' })).toEqual([]);
      },
    );

    it('atomic(): when one write fails, none is kept', async () => {
      const { db, atomic } = await fresh();
      await expect(
        atomic([
          db.insert(auditLog).values({ at: 'x', actor: 'system', action: 'kept?' }),
          db.insert(auditLog).values({ at: 'x', actor: null as unknown as string, action: 'fails' }),
        ]),
      ).rejects.toThrow();
      expect(await db.select().from(auditLog)).toHaveLength(0);
    });

    it('outbox: a due row is claimed by one drain only and sent once', async () => {
      const { db, atomic } = await fresh();
      const sealer = await Sealer.fromKey(newDataKey());
      const desk = new DrizzleReferralDesk({ db, atomic, sealer, villages: VILLAGES, now: () => new Date(1_000) });
      await desk.submit(submission('k2'));
      const sent: string[] = [];
      const send = {
        wecom_robot: async (t: string) => void sent.push(t),
        telegram_chat: async () => {},
        resident: async () => {},
        wechat_cs: async () => {},
      };
      const runs = await Promise.all([1, 2, 3].map(() => drainOutbox({ db, sealer, send, nowMs: () => 2_000 })));
      expect(sent).toEqual(['dongguo']);
      expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(1);
      expect((await db.select().from(outbox))[0]).toMatchObject({ status: 'sent', attempts: 1 });
    });

    it('outbox: drains of several instances at once send every row exactly once', async () => {
      const { db, atomic } = await fresh();
      const sealer = await Sealer.fromKey(newDataKey());
      const now = new Date(1_000);
      // Kept in their wrappers until atomic(): a drizzle query returned from an async function would run.
      const wrapped = await Promise.all(
        Array.from({ length: 24 }, (_, i) =>
          enqueueQuery(
            db,
            sealer,
            {
              dedupeKey: `k${i}`,
              kind: 'telegram_chat',
              target: `v${i}`,
              payload: {
                kind: 'village_new_request',
                reference: `R${i}`,
                referralId: `r${i}`,
                village: `v${i}`,
                programs: [],
              },
            },
            now,
          ),
        ),
      );
      await atomic(wrapped.map((w) => w.query));
      const sent: string[] = [];
      const send = {
        wecom_robot: async () => {},
        telegram_chat: async (t: string) => void sent.push(t),
        resident: async () => {},
        wechat_cs: async () => {},
      };
      const runs = await Promise.all([1, 2, 3, 4].map(() => drainOutbox({ db, sealer, send, nowMs: () => 2_000 }, 10)));
      // Every drain took what it could within its limit; together they covered the rows once.
      expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(24);
      expect(sent.sort()).toEqual(Array.from({ length: 24 }, (_, i) => `v${i}`).sort());
      expect((await db.select().from(outbox)).every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    });

    it(
      'job leases: one holder at a time, renewed by its holder, tak' + 'en over once expired, given back early',
      async () => {
        const { db } = await fresh();
        let now = 10_000;
        const a = new DrizzleJobLeases(db, 'a', () => now);
        const b = new DrizzleJobLeases(db, 'b', () => now);
        const first = await Promise.all([
          a.take('sweep', 1_000),
          b.take('sweep', 1_000),
          a.take('sweep', 1_000),
          b.take('sweep', 1_000),
        ]);
        expect(first.filter(Boolean)).toHaveLength(2);
        const holder = first[0] ? a : b;
        const other = holder === a ? b : a;
        expect(await holder.take('sweep', 1_000)).toBe(true);
        expect(await other.take('sweep', 1_000)).toBe(false);
        expect(await other.take('other-job', 1_000)).toBe(true);
        now += 1_000;
        expect(await other.take('sweep', 1_000)).toBe(true);
        expect(await holder.take('sweep', 1_000)).toBe(false);
        await holder.release('sweep');
        expect(await holder.take('sweep', 1_000)).toBe(false);
        await other.release('sweep');
        expect(await holder.take('sweep', 1_000)).toBe(true);
      },
    );

    it('tokens: one instance at a time may refresh a WeChat token', async () => {
      const { db } = await fresh();
      const a = new DrizzleTokenStore(db, new DrizzleJobLeases(db, 'a'));
      const b = new DrizzleTokenStore(db, new DrizzleJobLeases(db, 'b'));
      const locks = await Promise.all([a.lockRefresh('wx1'), b.lockRefresh('wx1')]);
      expect(locks.filter(Boolean)).toHaveLength(1);
      expect(await (locks[0] ? b : a).lockRefresh('wx2')).toBe(true);
    });

    it(
      'office: one household on two channels makes one case; deleti' + 'ng withdraws it and erases what was in it',
      async () => {
        const { db, atomic } = await fresh();
        const sealer = await Sealer.fromKey(newDataKey());
        const desk = new DrizzleReferralDesk({
          db,
          atomic,
          sealer,
          villages: OFFICES,
          now: () => new Date('2026-12-04T07:00:00Z'),
        });
        const first = await desk.submit(submission('k1', 'u1'));
        await db.update(referrals).set({ status: 'contacted' });
        // The same phone, typed another way, from another channel user; and at once, twice.
        const again = {
          ...submission('k2', 'u2'),
          contact: { name: '王秀英', phone: '+86 138-1234-5678', callTime: '下午' },
        };
        const [a, b] = await Promise.all([desk.submit(again), desk.submit(again)]);
        expect(a).toMatchObject({ reference: first.reference, joined: true });
        expect(b).toMatchObject({ reference: first.reference, joined: true });
        expect(await db.select().from(referrals)).toHaveLength(1);
        expect(await db.select().from(referralContacts)).toHaveLength(1);
        expect(await db.select().from(householdKeys)).toHaveLength(1);
        expect(await desk.requestsOf({ channel: 'test', userId: 'u2' })).toEqual([
          { reference: first.reference, status: '已联系' },
        ]);
        expect(await desk.openOf({ channel: 'test', userId: 'u2' })).toEqual([
          { reference: first.reference, status: '已联系' },
        ]);
        const r = await desk.forget({ channel: 'test', userId: 'u2' });
        expect(r.withdrawn).toEqual([{ reference: first.reference, was: '已联系', wasStatus: 'contacted' }]);
        expect((await db.select().from(referrals))[0]).toMatchObject({ status: 'withdrawn', dueMs: null });
        expect(await db.select().from(referralContacts)).toHaveLength(0);
        expect(await db.select().from(householdKeys)).toHaveLength(0);
        expect(await desk.openOf({ channel: 'test', userId: 'u1' })).toEqual([]);
      },
    );

    it('office: overdue requests are raised once, however many runs go at once', async () => {
      const { db, atomic } = await fresh();
      const sealer = await Sealer.fromKey(newDataKey());
      let now = new Date('2026-12-04T07:00:00Z'); // Friday 15:00 in China
      const desk = new DrizzleReferralDesk({ db, atomic, sealer, villages: OFFICES, now: () => now });
      for (let i = 0; i < 5; i++)
        await desk.submit({
          ...submission(`k${i}`, `u${i}`),
          contact: { name: '王秀英', phone: `1390000000${i}`, callTime: '上午' },
        });
      expect((await db.select().from(referrals))[0]!.dueMs).toBe(Date.parse('2026-12-10T00:00:00+08:00'));
      now = new Date('2026-12-17T01:00:00Z'); // past the township's and the county's limits
      const deps = { db, atomic, sealer, villages: OFFICES, now: () => now };
      const runs = await Promise.all([escalateOverdue(deps), escalateOverdue(deps), escalateOverdue(deps)]);
      expect(runs.reduce((n, r) => n + r.township, 0)).toBe(5);
      expect(runs.reduce((n, r) => n + r.county, 0)).toBe(5);
      expect(await escalateOverdue(deps)).toMatchObject({ township: 0, county: 0 });
      const raised = (await db.select().from(outbox)).filter((o) => o.dedupeKey.startsWith('escalate:'));
      expect(raised.map((o) => o.target).sort()).toEqual(
        [...Array(5).fill('county:140802'), ...Array(5).fill('township:bc')].sort(),
      );
      expect((await db.select().from(referrals)).every((r) => r.escalated === 2)).toBe(true);
      const sent: string[] = [];
      const send = {
        wecom_robot: async (t: string) => void sent.push(t),
        telegram_chat: async (t: string) => void sent.push(t),
        resident: async () => {},
        wechat_cs: async () => {},
      };
      await Promise.all([1, 2].map(() => drainOutbox({ db, sealer, send, nowMs: () => now.getTime() })));
      expect(sent.filter((t) => t !== 'dongguo').sort()).toEqual(raised.map((o) => o.target).sort());
    });

    it('office: the staff list puts urgent and overdue first; statistics count by place', async () => {
      const { db, atomic } = await fresh();
      const row = (id: string, o: Partial<typeof referrals.$inferInsert>) => ({
        id,
        reference: id,
        idempotencyKey: id,
        resident: 'r',
        channel: 'test',
        region: '140802',
        village: 'dongguo',
        township: 'bc',
        county: '140802',
        programs: '',
        status: 'new',
        sealed: 'v1.x',
        createdAt: `2026-12-0${id.slice(1)}T00:00:00Z`,
        updatedAt: '2026-12-01T00:00:00Z',
        ...o,
      });
      await db
        .insert(referrals)
        .values([
          row('r1', { dueMs: 5_000 }),
          row('r2', { urgent: true, dueMs: 99_000 }),
          row('r3', { status: 'closed', followUpAnswer: 'resolved' }),
          row('r4', { dueMs: 99_000 }),
        ]);
      const store = new StaffStore(db);
      const { rows } = await store.list({ all: true }, {}, 10, 0, 10_000);
      expect(rows.map((r) => r.id)).toEqual(['r2', 'r1', 'r4', 'r3']);
      expect((await store.list({ all: true }, { overdue: '1' }, 10, 0, 10_000)).rows.map((r) => r.id)).toEqual(['r1']);
      const desk = staffDesk({
        db,
        atomic,
        sealer: await Sealer.fromKey(newDataKey()),
        villages: OFFICES,
        clock: { now: () => new Date(10_000), today: () => '1970-01-01' },
      });
      const stats = await requestStats(desk, { id: 'system', scope: { all: true } }, {});
      expect(stats.total).toMatchObject({
        total: 4,
        urgentOpen: 1,
        overdue: 1,
        byStatus: { new: 3, closed: 1 },
        followUp: { resolved: 1 },
      });
    });

    it('retention: finished requests past their days are deleted, open ones kept', async () => {
      const { db, atomic } = await fresh();
      const row = (id: string, status: string, updatedAt: string) => ({
        id,
        reference: id,
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
      });
      await db
        .insert(referrals)
        .values([row('old', 'closed', '2025-01-01T00:00:00Z'), row('open', 'new', '2024-01-01T00:00:00Z')]);
      expect(
        await sweepExpired(
          db,
          atomic,
          { closedRequestDays: 365, sessionDays: 30, screeningEventDays: 365 },
          new Date('2026-12-02T00:00:00Z'),
        ),
      ).toMatchObject({ requests: 1 });
      expect((await db.select().from(referrals)).map((r) => r.id)).toEqual(['open']);
    });

    it(
      'retention: anonymous screening counts past their days, ended' +
        ' rate-limit windows and long-quiet sign-in counts are ' +
        'deleted',
      async () => {
        const { db, atomic } = await fresh();
        const now = new Date('2026-12-02T00:00:00Z');
        const t = now.getTime();
        const event = (createdAt: string) => ({
          createdAt,
          region: '140800',
          asOf: '2026-01-01',
          demo: true,
          verdicts: '{}',
        });
        await db
          .insert(screeningEvents)
          .values([
            event('2025-12-01T00:00:00.000Z'),
            event('2026-11-01T00:00:00.000Z'),
            event('2026-03-01T00:00:00.000Z'),
          ]);
        await db.insert(rateLimits).values([
          { key: 'ended', count: 3, expiresAt: t - 1 },
          { key: 'running', count: 3, expiresAt: t + 60_000 },
        ]);
        await db.insert(loginThrottle).values([
          { key: 'quiet', failures: 7, lockedUntil: t - 2 * 86_400_000 },
          { key: 'waiting', failures: 7, lockedUntil: t + 60_000 },
        ]);
        await sweepExpired(db, atomic, { closedRequestDays: 365, sessionDays: 30, screeningEventDays: 200 }, now);
        expect((await db.select().from(screeningEvents)).map((e) => e.createdAt).sort()).toEqual([
          '2026-11-01T00:00:00.000Z',
        ]);
        expect((await db.select().from(rateLimits)).map((r) => r.key)).toEqual(['running']);
        expect((await db.select().from(loginThrottle)).map((r) => r.key)).toEqual(['waiting']);
      },
    );

    it(
      'rate limits: every hit in a window counts, hits at once incl' + 'uded; the window starts again after it ends',
      async () => {
        const { db } = await fresh();
        const limits = new DrizzleRateLimits(db);
        expect(await limits.hit('k', 60_000, 1_000)).toEqual({ count: 1, resetAt: 61_000 });
        const burst = await Promise.all(Array.from({ length: 9 }, () => limits.hit('k', 60_000, 2_000)));
        expect(burst.map((b) => b.count).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
        expect(burst.every((b) => b.resetAt === 61_000)).toBe(true);
        expect(await limits.hit('other', 60_000, 2_000)).toEqual({ count: 1, resetAt: 62_000 });
        expect(await limits.hit('k', 60_000, 61_000)).toEqual({ count: 1, resetAt: 121_000 });
      },
    );

    it(
      'sign-in attempts: counted before the check, even at once; ' +
        'growing waits after the free ones; refusals not counted',
      async () => {
        const { db } = await fresh();
        const store = new StaffStore(db);
        const policy = { free: 3, waitsMs: [1_000, 5_000], quietMs: 100_000 };
        const first = await Promise.all(Array.from({ length: 6 }, () => store.reserveAttempt('n', 0, policy)));
        expect(
          first
            .filter((r) => r.ok)
            .map((r) => (r as { attempt: number }).attempt)
            .sort(),
        ).toEqual([1, 2, 3]);
        expect(first.filter((r) => !r.ok)).toEqual([
          { ok: false, until: 1_000 },
          { ok: false, until: 1_000 },
          { ok: false, until: 1_000 },
        ]);
        expect(await store.reserveAttempt('n', 999, policy)).toEqual({ ok: false, until: 1_000 });
        expect(await store.reserveAttempt('n', 1_000, policy)).toEqual({ ok: true, attempt: 4 });
        expect(await store.reserveAttempt('n', 1_000, policy)).toEqual({ ok: false, until: 6_000 });
        expect(await store.reserveAttempt('n', 6_000, policy)).toEqual({ ok: true, attempt: 5 });
        expect(await store.lockedUntil('n')).toBe(11_000);
        // Quiet for the quiet period after the last wait: a fresh count.
        expect(await store.reserveAttempt('n', 111_000, policy)).toEqual({ ok: true, attempt: 1 });
        await store.clearAttempts('n');
        expect(await store.lockedUntil('n')).toBeNull();
      },
    );

    it(
      'dialogue counters (issue 18): concurrent increments add up, ' +
        'a cell named twice in one call counts twice, read by period,' +
        ' city, channel and kind, swept by day',
      async () => {
        const { db } = await fresh();
        const counts = new DrizzleDialogueCounts(db);
        const cell = { day: '2026-12-05', city: '140800', channel: 'web', kind: 'asked' as const, item: 'members' };
        await Promise.all(Array.from({ length: 6 }, () => counts.add([cell])));
        await counts.add([
          cell,
          cell,
          { ...cell, kind: 'departed' },
          { ...cell, channel: 'telegram' },
          { ...cell, day: '2026-11-01' },
          { ...cell, city: '441700' },
        ]);
        const read = async (q: Partial<Parameters<typeof counts.read>[0]>) =>
          (await counts.read({ from: '2026-12-01', to: '2026-12-31', ...q })).reduce((n, r) => n + r.count, 0);
        expect(await read({ channel: 'web', cities: ['140800'], kinds: ['asked'] })).toBe(8);
        expect(await read({ cities: ['140800'] })).toBe(10);
        expect(await read({})).toBe(11);
        expect(await read({ cities: [] })).toBe(0);
        expect(await read({ from: '2026-11-01' })).toBe(12);
        await counts.deleteBefore('2026-12-01');
        expect(await db.select().from(dialogueCounts).where(eq(dialogueCounts.day, '2026-11-01'))).toHaveLength(0);
        expect(await read({})).toBe(11);
      },
    );

    it(
      '12345 feedback and statistics (issue 18): work orders scoped' +
        ' by county and city, told notes only, charts over the same ' +
        'rows',
      async () => {
        const { db, atomic } = await fresh();
        const sealer = await Sealer.fromKey(newDataKey());
        let now = new Date('2026-12-02T02:00:00Z');
        const desk = new DrizzleReferralDesk({ db, atomic, sealer, villages: VILLAGES, now: () => now });
        const first = await desk.submit({
          ...submission('wo-1'),
          channel: 'hotline',
          userId: 'work-order:WO-1',
          workOrder: 'WO-1',
        });
        const staff = staffDesk({
          db,
          atomic,
          sealer,
          villages: VILLAGES,
          clock: { now: () => now, today: () => '2026-12-02' },
        });
        const row = (await db.select().from(referrals).where(eq(referrals.reference, first.reference)))[0]!;
        expect(row.workOrder).toBe('WO-1');
        now = new Date('2026-12-03T02:00:00Z');
        const actor = { id: 'v', scope: { all: true as const } };
        await changeStatus(staff, actor, row.id, { from: 'new', to: 'contacted', note: '明天上门', tell: true });
        await changeStatus(staff, actor, row.id, { from: 'contacted', to: 'note', note: '内部备注', tell: false });
        const items = await hotlineFeedback(staff, { all: false, code: '140802' }, { workOrder: 'WO-1' });
        expect(items.map((i) => [i.status, i.note ?? null, i.date])).toEqual([
          ['new', null, '2026-12-02'],
          ['contacted', '明天上门', '2026-12-03'],
        ]);
        expect(await hotlineFeedback(staff, { all: false, code: '140800' }, {})).toHaveLength(2);
        expect(await hotlineFeedback(staff, { all: false, code: '441700' }, {})).toHaveLength(0);
        expect(await hotlineFeedback(staff, { all: true }, { after: items[0]!.cursor })).toHaveLength(1);
        const stats = await chartStats(staff, actor, {
          from: '2026-12-01',
          to: '2026-12-05',
          city: '140800',
          channel: 'hotline',
        });
        expect(stats.requests.total).toBe(1);
        expect(stats.firstContact.find((b) => b.key === 'd0')?.value).toBe(1);
        expect(stats.statuses.find((b) => b.key === 'contacted')?.value).toBe(1);
      },
    );

    it('readiness probe: a write that keeps one row however often it runs', async () => {
      const { db } = await fresh();
      await writeProbe(db, 1);
      await writeProbe(db, 2);
      expect(await db.select().from(healthProbe)).toEqual([{ id: 1, at: 2 }]);
    });

    it('retention and id lookups work past D1’s 100-parameter limit', async () => {
      const { db, atomic } = await fresh();
      const row = (id: string) => ({
        id,
        reference: id,
        idempotencyKey: id,
        resident: 'r',
        channel: 'test',
        region: '140800',
        village: 'v',
        township: 't',
        programs: '',
        status: 'closed',
        sealed: 'v1.x',
        createdAt: '2024-01-01T00:00:00Z',
        updatedAt: '2024-01-01T00:00:00Z',
      });
      const ids = Array.from({ length: 130 }, (_, i) => `r${i}`);
      for (const part of chunked(ids, 5)) await db.insert(referrals).values(part.map(row));
      const found = await selectByIds(ids, (part) =>
        db.select({ id: referrals.id }).from(referrals).where(inArray(referrals.id, part)),
      );
      expect(found).toHaveLength(130);
      expect(
        await sweepExpired(
          db,
          atomic,
          { closedRequestDays: 365, sessionDays: 30, screeningEventDays: 365 },
          new Date('2026-12-02T00:00:00Z'),
        ),
      ).toMatchObject({ requests: 130 });
      expect(await db.select().from(referrals)).toHaveLength(0);
    });

    it(
      'visits (issue 18): stored sealed, scoped, screened once with' +
        ' an assisted event, counted per day, swept by retention; ' +
        'reminders queued once',
      async () => {
        const { db, atomic } = await fresh();
        const sealer = await Sealer.fromKey(newDataKey());
        const store = new DrizzleVisitStore(db, atomic, sealer);
        const base = {
          village: 'dongguo',
          township: 'bc',
          county: '140802',
          focusGroup: 'elderly_alone',
          outcome: 'none' as const,
          changes: ['income'],
          note: '独居，腿脚不便',
        };
        const a = await store.create(
          { ...base, label: '东头王家', visitedOn: '2026-12-01' },
          'staff-1',
          new Date('2026-12-01T02:00:00Z'),
        );
        await store.create(
          { ...base, label: '东头 王家', visitedOn: '2026-12-02', outcome: 'referred', changes: [] },
          'staff-1',
          new Date('2026-12-02T02:00:00Z'),
        );
        await store.create(
          { ...base, village: 'xiguo', label: '西头李家', visitedOn: '2025-10-01' },
          'staff-2',
          new Date('2025-10-01T02:00:00Z'),
        );
        const row = (await store.get(a))!;
        expect(row.sealed).not.toContain('王家');
        expect(await store.open(row)).toEqual({ label: '东头王家', note: '独居，腿脚不便' });
        const listed = await store.list({ all: false, villages: ['dongguo'] }, {});
        expect(listed.total).toBe(2);
        expect(new Set(listed.rows.map((r) => r.household)).size).toBe(1); // spaces do not make another household
        expect((await store.list({ all: false, villages: [] }, {})).total).toBe(0);
        const verdicts = { region: '140802', asOf: '2026-12-01', demo: true, verdicts: { dibao: 'likely' } };
        const once = await Promise.all([
          store.markScreened(a, verdicts, new Date('2026-12-01T03:00:00Z')),
          store.markScreened(a, verdicts, new Date('2026-12-01T03:00:00Z')),
        ]);
        expect(once.filter(Boolean)).toHaveLength(1);
        const events = await db.select().from(screeningEvents);
        expect(events.map((e) => e.assisted)).toEqual([true]);
        expect((await store.get(a))!.outcome).toBe('screened');
        const counts = await visitCounts(db, { all: false, villages: ['dongguo'] }, '2026-12-01', '2026-12-31');
        expect(counts.visits).toEqual([
          { day: '2026-12-01', focusGroup: 'elderly_alone', outcome: 'screened', count: 1 },
          { day: '2026-12-02', focusGroup: 'elderly_alone', outcome: 'referred', count: 1 },
        ]);
        expect(counts.assistedScreenings).toEqual([{ day: '2026-12-01', count: 1 }]);
        await sweepExpired(
          db,
          atomic,
          { closedRequestDays: 365, sessionDays: 30, screeningEventDays: 365, visitDays: 400 },
          new Date('2026-12-05T00:00:00Z'),
        );
        expect((await db.select().from(visits)).map((v) => v.village).sort()).toEqual(['dongguo', 'dongguo']);
        const jobs = { db, atomic, sealer, villages: OFFICES, now: () => new Date('2026-12-16T02:00:00Z') };
        const queued = await Promise.all([queueMonthlyReminders(jobs), queueMonthlyReminders(jobs)]);
        expect(queued.reduce((n, q) => n + q, 0)).toBeGreaterThanOrEqual(1);
        expect(
          await db.select().from(outbox).where(eq(outbox.dedupeKey, 'monthly:village:dongguo:2026-12')),
        ).toHaveLength(1);
        expect(await queueMonthlyReminders(jobs)).toBe(0);
      },
    );
  });
}
