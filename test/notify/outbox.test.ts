// The outbox runner against msw stand-ins for the WeCom group robot, the Telegram Bot API and
// the WeChat customer-service API: village messages carry no personal data; a robot gets at
// most 20 a minute and the rest wait; failures back off and end as `failed` after the last
// attempt or at once when retrying cannot help; a crash mid-send only delays a message.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { villageDirectory } from '../../adapters/config/villages.ts';
import { newDataKey, Sealer } from '../../adapters/crypto/sealer.ts';
import { DrizzleReferralDesk } from '../../adapters/db/referrals.ts';
import { outbox, referrals } from '../../adapters/db/schema.ts';
import { enqueueQuery } from '../../adapters/notify/outbox.ts';
import { BACKOFF_MS, drainOutbox, MAX_ATTEMPTS } from '../../adapters/notify/runner.ts';
import { senders } from '../../adapters/notify/senders.ts';
import { recipientLoader } from '../../adapters/notify/recipients.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import type { ReferralSubmission } from '../../bot/ports.ts';
import { defaultParameters, screen } from '../../screening/index.ts';
import { eq } from 'drizzle-orm';

const ROBOT = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=robot-1';
const TG = 'https://tg.test';
let robotPosts: { key: string | null; body: { msgtype: string; markdown: { content: string } } }[] = [];
let robotReplies: (Record<string, unknown> | number)[] = [];
let tgPosts: { chat_id: string; text: string }[] = [];
let wechatTexts: { openId: string; text: string }[] = [];

const server = setupServer(
  http.post('https://qyapi.weixin.qq.com/cgi-bin/webhook/send', async ({ request }) => {
    robotPosts.push({ key: new URL(request.url).searchParams.get('key'), body: (await request.json()) as never });
    const r = robotReplies.shift() ?? { errcode: 0, errmsg: 'ok' };
    return typeof r === 'number' ? new HttpResponse('busy', { status: r }) : HttpResponse.json(r);
  }),
  http.post(`${TG}/botTOKEN/sendMessage`, async ({ request }) => {
    tgPosts.push((await request.json()) as never);
    return HttpResponse.json({ ok: true, result: {} });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  robotPosts = [];
  robotReplies = [];
  tgPosts = [];
  wechatTexts = [];
});
afterAll(() => server.close());

const villages = villageDirectory({
  villages: [
    {
      code: 'dongguo',
      name: '东郭村',
      township: { code: 'bc', name: '北城街道' },
      region: '140802',
      notify: { wecomWebhook: ROBOT },
    },
    {
      code: 'tgvillage',
      name: '南村',
      township: { code: 'bc', name: '北城街道' },
      region: '140802',
      notify: { telegramChatId: '-100123' },
    },
  ],
});

async function setUp() {
  const { db, atomic } = openNodeDb(':memory:');
  const sealer = await Sealer.fromKey(newDataKey());
  let now = Date.parse('2026-12-02T04:00:00Z');
  const clock = { nowMs: () => now, advance: (ms: number) => (now += ms) };
  const desk = new DrizzleReferralDesk({ db, atomic, sealer, villages, now: () => new Date(now) });
  const send = senders({
    villages,
    sealer,
    publicUrl: 'https://doudi.example.cn',
    telegram: { token: 'TOKEN', apiRoot: TG },
    wechatSendText: async (openId, text) => {
      wechatTexts.push({ openId, text });
    },
    loadRecipient: recipientLoader(db, sealer),
  });
  const drain = () => drainOutbox({ db, sealer, send, nowMs: clock.nowMs });
  return { db, atomic, sealer, desk, drain, clock };
}

function submission(
  i: number,
  village = 'dongguo',
  channel: ReferralSubmission['channel'] = 'wechat',
): ReferralSubmission {
  const household = { members: [{ relation: 'self' as const, age: 70 }] };
  return {
    idempotencyKey: `k${i}`,
    channel,
    userId: `openid-${i}`,
    region: '140800',
    village,
    // A household of its own each (one household is one case, adapters/db/case-join.ts).
    contact: { name: '王秀英', phone: `138123456${String(i).padStart(2, '0')}`, callTime: '上午' },
    household,
    report: screen(household, { region: '140802', date: '2026-12-02', parameters: defaultParameters() }),
    summary: '',
    materials: [],
    consent: { at: 'x', version: 'v', text: 't' },
  };
}

describe('outbox', () => {
  it(
    'tells the village by WeCom robot in markdown, with the numbe' + 'r and a console link, and nothing personal',
    async () => {
      const { db, desk, drain } = await setUp();
      const { reference } = await desk.submit(submission(1));
      expect(await drain()).toMatchObject({ sent: 1 });
      expect(robotPosts).toHaveLength(1);
      const post = robotPosts[0]!;
      expect(post.key).toBe('robot-1');
      expect(post.body.msgtype).toBe('markdown');
      expect(post.body.markdown.content).toContain(reference);
      expect(post.body.markdown.content).toContain('东郭村');
      expect(post.body.markdown.content).toContain('https://doudi.example.cn/staff/requests/');
      for (const secret of ['王秀英', '13812345678', 'openid-1'])
        expect(post.body.markdown.content).not.toContain(secret);
      expect((await db.select().from(outbox))[0]).toMatchObject({ status: 'sent', attempts: 1 });
      // Nothing is sent twice.
      expect(await drain()).toMatchObject({ sent: 0 });
      expect(robotPosts).toHaveLength(1);
    },
  );

  it('sends at most 20 a minute to one robot; the rest wait their turn and go later', async () => {
    const { db, desk, drain, clock } = await setUp();
    for (let i = 0; i < 25; i++) await desk.submit(submission(i));
    const first = await drain();
    expect(first.sent).toBe(20);
    expect(first.deferred).toBe(5);
    expect(robotPosts).toHaveLength(20);
    expect(await drain()).toMatchObject({ sent: 0 });
    clock.advance(61_000);
    expect(await drain()).toMatchObject({ sent: 5 });
    expect((await db.select().from(outbox)).every((o) => o.status === 'sent' && o.attempts === 1)).toBe(true);
  });

  it('backs off on failures, honours the robot’s rate-limit answer, and gives up after the last attempt', async () => {
    const { db, desk, drain, clock } = await setUp();
    await desk.submit(submission(1));
    robotReplies = [503, { errcode: 45009, errmsg: 'api freq out of limit' }];
    expect(await drain()).toMatchObject({ retried: 1 });
    let row = (await db.select().from(outbox))[0]!;
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 503' });
    expect(row.nextAttemptAt - clock.nowMs()).toBe(BACKOFF_MS[0]);
    clock.advance(BACKOFF_MS[0]!);
    expect(await drain()).toMatchObject({ retried: 1 });
    row = (await db.select().from(outbox))[0]!;
    expect(row.nextAttemptAt - clock.nowMs()).toBe(60_000);
    // From now on the robot keeps failing.
    robotReplies = Array.from({ length: MAX_ATTEMPTS }, () => ({ errcode: 500, errmsg: 'boom' }));
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      clock.advance(30 * 3_600_000);
      await drain();
    }
    row = (await db.select().from(outbox))[0]!;
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect(row.lastError).toContain('WeCom 500');
  });

  it('a message claimed by a process that then died is sent after its lease runs out', async () => {
    const { db, desk, drain, clock } = await setUp();
    await desk.submit(submission(1));
    await db.update(outbox).set({ status: 'sending', nextAttemptAt: clock.nowMs() + 60_000, attempts: 1 });
    expect(await drain()).toMatchObject({ sent: 0 });
    clock.advance(60_000);
    expect(await drain()).toMatchObject({ sent: 1 });
    expect(robotPosts).toHaveLength(1);
  });

  it('tells a Telegram group, and tells residents on WeChat and Telegram of status changes', async () => {
    const { db, atomic, sealer, desk, drain, clock } = await setUp();
    await desk.submit(submission(1, 'tgvillage'));
    await drain();
    expect(tgPosts).toEqual([{ chat_id: '-100123', text: expect.stringContaining('南村') }]);
    const rows = await db.select().from(referrals);
    const wx = rows[0]!;
    await atomic([
      (
        await enqueueQuery(
          db,
          sealer,
          {
            dedupeKey: `status:${wx.id}:contacted`,
            kind: 'resident',
            target: wx.id,
            payload: { kind: 'resident_status', reference: wx.reference, referralId: wx.id, statusLabel: '已联系' },
          },
          new Date(clock.nowMs()),
        )
      ).query,
    ]);
    await desk.submit(submission(2, 'dongguo', 'telegram'));
    const tg = (await db.select().from(referrals)).find((r) => r.channel === 'telegram')!;
    await atomic([
      (
        await enqueueQuery(
          db,
          sealer,
          {
            dedupeKey: `status:${tg.id}:visited`,
            kind: 'resident',
            target: tg.id,
            payload: {
              kind: 'resident_status',
              reference: tg.reference,
              referralId: tg.id,
              statusLabel: '已入户调查',
              note: '下周送材料',
            },
          },
          new Date(clock.nowMs()),
        )
      ).query,
    ]);
    await drain();
    expect(wechatTexts).toEqual([{ openId: 'openid-1', text: expect.stringContaining('已联系') }]);
    expect(tgPosts.at(-1)).toEqual({ chat_id: 'openid-2', text: expect.stringContaining('下周送材料') });
  });

  it('WeChat replies sent later go out in order and are sealed at rest', async () => {
    const { db, atomic, sealer, drain, clock } = await setUp();
    const wrapped = await Promise.all(
      ['第一段', '第二段', '第三段'].map((text, i) =>
        enqueueQuery(
          db,
          sealer,
          {
            dedupeKey: `cs:b:${i}`,
            kind: 'wechat_cs',
            target: 'wechat',
            payload: { kind: 'wechat_text', openId: 'oLATE', text },
          },
          new Date(clock.nowMs()),
        ),
      ),
    );
    await atomic(wrapped.map((w) => w.query));
    expect(JSON.stringify(await db.select().from(outbox))).not.toContain('oLATE');
    await drain();
    expect(wechatTexts).toEqual(['第一段', '第二段', '第三段'].map((text) => ({ openId: 'oLATE', text })));
    expect((await db.select().from(outbox)).every((o) => o.status === 'sent')).toBe(true);
  });

  it('a web-link resident cannot be reached: the message fails at once, visibly, without retries', async () => {
    const { db, atomic, sealer, desk, drain, clock } = await setUp();
    await desk.submit(submission(1, 'dongguo', 'web'));
    const r = (await db.select().from(referrals))[0]!;
    await atomic([
      (
        await enqueueQuery(
          db,
          sealer,
          {
            dedupeKey: `status:${r.id}:contacted`,
            kind: 'resident',
            target: r.id,
            payload: { kind: 'resident_status', reference: r.reference, referralId: r.id, statusLabel: '已联系' },
          },
          new Date(clock.nowMs()),
        )
      ).query,
    ]);
    await drain();
    const row = (await db.select().from(outbox).where(eq(outbox.kind, 'resident')))[0]!;
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row.lastError).toContain('cannot be reached');
  });
});
