// The database desk on better-sqlite3 with the real migrations: a confirmed request is stored
// sealed with its event, audit row and village notification in one atomic step; the same
// confirmation twice stores one; a second request while the first is untouched updates it, and
// once staff started on it joins it as a contact (one case per household); 删除我的信息 withdraws
// every open request and deletes its personal data, and keeps (and names) the finished ones.
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { villageDirectory } from '../../adapters/config/villages.ts';
import { newDataKey, Sealer } from '../../adapters/crypto/sealer.ts';
import type { SealedReferral } from '../../adapters/db/referral-record.ts';
import { DrizzleReferralDesk } from '../../adapters/db/referrals.ts';
import { setUpReferrals } from '../../adapters/referrals.ts';
import { auditLog, outbox, referralEvents, referrals } from '../../adapters/db/schema.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import type { ReferralSubmission } from '../../bot/ports.ts';
import { defaultParameters, screen } from '../../screening/index.ts';

const VILLAGES = villageDirectory({
  villages: [
    {
      code: 'dongguo',
      name: '东郭村',
      township: { code: 'beicheng', name: '北城街道' },
      region: '140802',
      notify: { wecomWebhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k1' },
    },
    { code: 'xiguo', name: '西郭村', township: { code: 'beicheng', name: '北城街道' }, region: '140802' },
  ],
});

function submission(over: Partial<ReferralSubmission> = {}): ReferralSubmission {
  const household = { hukou: 'rural' as const, members: [{ relation: 'self' as const, age: 78 }] };
  const report = screen(household, { region: '140802', date: '2026-12-02', parameters: defaultParameters() });
  return {
    idempotencyKey: 'test:u1:2026-12-02T04:00:00.000Z',
    channel: 'test',
    userId: 'u1',
    region: '140800',
    village: 'dongguo',
    contact: { name: '王秀英', phone: '13812345678', callTime: '下午', idNumber: '11010519491231002X' },
    household,
    report,
    summary: '【兜底助手 评估摘要】',
    materials: [],
    consent: { at: '2026-12-02T04:00:00.000Z', version: '2026-12-02', text: '同意' },
    ...over,
  };
}

async function setUp(path = ':memory:') {
  const { db, atomic, sqlite } = openNodeDb(path);
  const sealer = await Sealer.fromKey(newDataKey());
  let kicks = 0;
  const desk = new DrizzleReferralDesk({
    db,
    atomic,
    sealer,
    villages: VILLAGES,
    now: () => new Date('2026-12-02T04:00:00Z'),
    kick: () => kicks++,
  });
  return { db, atomic, sqlite, sealer, desk, kicks: () => kicks };
}

describe('referral desk (better-sqlite3)', () => {
  it('stores a request sealed, with its event, audit row and village notification', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doudi-desk-'));
    const { db, sqlite, sealer, desk, kicks } = await setUp(join(dir, 'd.db'));
    const r = await desk.submit(submission());
    expect(r.created).toBe(true);
    expect(r.reference).toMatch(/^DD-[2-9A-Z]{6}$/);
    const [row] = await db.select().from(referrals);
    expect(row).toMatchObject({
      reference: r.reference,
      village: 'dongguo',
      township: 'beicheng',
      status: 'new',
      channel: 'test',
    });
    const hopeful = submission()
      .report.results.filter((x) => x.verdict === 'likely' || x.verdict === 'possible')
      .map((x) => x.program);
    expect(row!.programs).toBe(hopeful.join(','));
    const opened = await sealer.open<SealedReferral>(row!.sealed);
    expect(opened.contact.phone).toBe('13812345678');
    expect(opened.channelUserId).toBe('u1');
    expect(await db.select().from(referralEvents)).toHaveLength(1);
    expect((await db.select().from(auditLog)).map((a) => a.action)).toEqual(['referral.create']);
    const [o] = await db.select().from(outbox);
    expect(o).toMatchObject({ kind: 'wecom_robot', target: 'dongguo', status: 'pending', dedupeKey: `new:${row!.id}` });
    expect(kicks()).toBe(1);
    // Nothing personal in clear anywhere in the database file.
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = readFileSync(join(dir, 'd.db')).toString('latin1');
    const utf8 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
    for (const secret of ['13812345678', '11010519491231002X', utf8('王秀英')]) expect(bytes).not.toContain(secret);
  });

  it('stores the same confirmation once, however often it arrives, even at the same time', async () => {
    const { db, desk } = await setUp();
    const results = await Promise.all([
      desk.submit(submission()),
      desk.submit(submission()),
      desk.submit(submission()),
    ]);
    expect(new Set(results.map((r) => r.reference)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.select().from(referrals)).toHaveLength(1);
    expect(await db.select().from(outbox)).toHaveLength(1);
  });

  it('a second request while the first is untouched updates it under the same number', async () => {
    const { db, sealer, desk } = await setUp();
    const first = await desk.submit(submission());
    const second = await desk.submit(
      submission({
        idempotencyKey: 'test:u1:later',
        contact: { name: '王秀英', phone: '13912345678', callTime: '上午' },
      }),
    );
    expect(second).toEqual({ reference: first.reference, created: false, urgent: false, contactDays: 3 });
    const rows = await db.select().from(referrals);
    expect(rows).toHaveLength(1);
    expect((await sealer.open<SealedReferral>(rows[0]!.sealed)).contact.phone).toBe('13912345678');
    // Once staff have started, the same household's new request joins the case it already has.
    await db.update(referrals).set({ status: 'contacted' });
    const third = await desk.submit(submission({ idempotencyKey: 'test:u1:much-later' }));
    expect(third).toMatchObject({ reference: first.reference, created: false, joined: true });
    expect(await db.select().from(referrals)).toHaveLength(1);
    // A request with nothing in common (another phone, no 身份证号) after a case was closed is a new one.
    await db.update(referrals).set({ status: 'closed' });
    const fourth = await desk.submit(submission({ idempotencyKey: 'test:u1:next-year' }));
    expect(fourth.created).toBe(true);
    expect(await db.select().from(referrals)).toHaveLength(2);
  });

  it(
    'sent again to another village: the untouched first request i' + 's withdrawn and the new village is told',
    async () => {
      const { db, desk } = await setUp();
      const first = await desk.submit(submission());
      const second = await desk.submit(submission({ idempotencyKey: 'test:u1:other-village', village: 'xiguo' }));
      expect(second.created).toBe(true);
      expect(second.reference).not.toBe(first.reference);
      const rows = await db.select().from(referrals);
      expect(rows.map((r) => [r.reference, r.village, r.status]).sort()).toEqual(
        [
          [first.reference, 'dongguo', 'withdrawn'],
          [second.reference, 'xiguo', 'new'],
        ].sort(),
      );
      expect((await db.select().from(referralEvents)).map((e) => e.toStatus).sort()).toEqual([
        'new',
        'new',
        'withdrawn',
      ]);
    },
  );

  it('an update never overwrites a request staff started on a moment ago', async () => {
    const { db, desk } = await setUp();
    const first = await desk.submit(submission());
    // Staff mark it contacted between the resident's two confirmations.
    await db.update(referrals).set({ status: 'contacted' });
    const second = await desk.submit(
      submission({
        idempotencyKey: 'test:u1:again',
        contact: { name: '王秀英', phone: '13912345678', callTime: '晚上' },
      }),
    );
    expect(second).toMatchObject({ reference: first.reference, joined: true });
    const old = (await db.select().from(referrals).where(eq(referrals.reference, first.reference)))[0]!;
    expect(old.status).toBe('contacted');
    // The staff's copy is untouched; the new answers are a contact in its history.
    expect((await db.select().from(referralEvents)).map((e) => e.kind)).toEqual(['status', 'contact']);
  });

  it(
    '删除我的信息 withdraws every open request and deletes its personal' + ' data; finished ones are kept and named',
    async () => {
      const { db, sealer, desk } = await setUp();
      const done = await desk.submit(submission({ idempotencyKey: 'test:u1:old', village: 'xiguo' }));
      await db.update(referrals).set({ status: 'closed' }).where(eq(referrals.reference, done.reference));
      const handled = await desk.submit(submission());
      await db.update(referrals).set({ status: 'visited' }).where(eq(referrals.reference, handled.reference));
      const other = await desk.submit(
        submission({
          userId: 'someone-else',
          idempotencyKey: 'test:u2:x',
          contact: { name: '李四', phone: '13600000000', callTime: '上午' },
        }),
      );
      const r = await desk.forget({ channel: 'test', userId: 'u1' });
      expect(r.deleted).toEqual([handled.reference]);
      expect(r.withdrawn).toEqual([{ reference: handled.reference, was: '已入户调查', wasStatus: 'visited' }]);
      expect(r.kept).toEqual([{ reference: done.reference, status: '已办结' }]);
      // The withdrawn request stays as a record: number, place, dates and status, nothing about the person.
      const row = (await db.select().from(referrals).where(eq(referrals.reference, handled.reference)))[0]!;
      expect(row).toMatchObject({ status: 'withdrawn', village: 'dongguo', dueMs: null });
      expect(await sealer.open(row.sealed)).toEqual({ erased: { at: '2026-12-02T04:00:00.000Z', by: 'resident' } });
      expect(row.resident).toBe(`erased:${row.id}`);
      const events = await db.select().from(referralEvents).where(eq(referralEvents.referralId, row.id));
      expect(events.at(-1)).toMatchObject({
        actor: 'resident',
        fromStatus: 'visited',
        toStatus: 'withdrawn',
        kind: 'withdrawn',
      });
      expect(events.every((e) => e.sealedNote === null && e.sealedDetail === null)).toBe(true);
      expect((await db.select().from(referrals)).map((x) => x.reference).sort()).toEqual(
        [handled.reference, done.reference, other.reference].sort(),
      );
      // Its first notification (still queued) is gone; the village is told it was withdrawn.
      const keys = (await db.select().from(outbox)).map((o) => o.dedupeKey);
      expect(keys).not.toContain(`new:${row.id}`);
      expect(keys).toContain(`withdrawn-notice:${row.id}`);
      expect((await db.select().from(auditLog)).map((a) => a.action)).toContain('referral.withdraw_by_resident');
      // Forgetting again forgets nothing more.
      expect((await desk.forget({ channel: 'test', userId: 'u1' })).deleted).toEqual([]);
    },
  );

  it('删除我的信息 also drops chat replies still queued for the resident, and no one else’s', async () => {
    const { db, atomic, sealer } = await setUp();
    const refs = setUpReferrals({
      db,
      atomic,
      sealer,
      villages: VILLAGES,
      clock: { now: () => new Date('2026-12-02T04:00:00Z'), today: () => '2026-12-02' },
      publicUrl: 'https://d.example',
      background: () => {},
      log: () => {},
    });
    await refs.sendWechatLater('oMine', ['第一段', '第二段']);
    await refs.sendWechatLater('oOther', ['别人的']);
    expect(await db.select().from(outbox)).toHaveLength(3);
    await refs.engine.desk.forget({ channel: 'wechat', userId: 'oMine' });
    const left = await db.select().from(outbox);
    expect(left).toHaveLength(1);
    expect(await sealer.open(left[0]!.sealedPayload)).toMatchObject({ openId: 'oOther' });
  });

  it('atomic(): when one write fails, none is kept', async () => {
    const { db, atomic } = await setUp();
    await expect(
      atomic([
        db.insert(auditLog).values({ at: 'x', actor: 'system', action: 'a' }),
        db
          .insert(referralEvents)
          .values({ referralId: 'r', at: 'x', actor: 'system', toStatus: null as unknown as string }),
      ]),
    ).rejects.toThrow();
    expect(await db.select().from(auditLog)).toHaveLength(0);
  });

  it('villages without a notification target get no outbox row; the request still stands', async () => {
    const { db, desk } = await setUp();
    await desk.submit(submission({ village: 'xiguo' }));
    expect(await db.select().from(referrals)).toHaveLength(1);
    expect(await db.select().from(outbox)).toHaveLength(0);
  });
});
