// The office's background jobs on a SQLite file shared by "instances" that stop and start: an
// overdue request is raised to the township at its deadline (counted in working days, so not over
// a weekend) and to the county a set number of working days later, each raise written once — with
// its event and audit row — and sent once, however often the job runs and across restarts; a new
// status starts a new deadline. The 回访 after a request is finished: pushed on Telegram with
// one-tap buttons, on WeChat only inside its 48-hour window (else it waits, then gives up), asked
// on the link page, and the answer recorded on the request.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { villageDirectory } from '../../adapters/config/villages.ts';
import { newDataKey, Sealer } from '../../adapters/crypto/sealer.ts';
import { DrizzleJobLeases } from '../../adapters/db/jobs.ts';
import { auditLog, outbox, referralEvents, referrals, sessions } from '../../adapters/db/schema.ts';
import { escalateOverdue } from '../../adapters/notify/escalation.ts';
import { setUpReferrals } from '../../adapters/referrals.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import { changeStatus } from '../../adapters/web/staff/cases/change-status.ts';
import { OPERATOR, staffDesk } from '../../adapters/web/staff/cases/desk.ts';
import { handleMessage } from '../../bot/engine.ts';
import { MemorySessionStore } from '../../bot/memory-store.ts';
import type { ReferralSubmission } from '../../bot/ports.ts';
import { defaultParameters, screen } from '../../screening/index.ts';

const ROBOT = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=';
const VILLAGES = villageDirectory({
  villages: [
    {
      code: 'dongguo',
      name: '东郭村',
      township: { code: 'beicheng', name: '北城街道' },
      region: '140802',
      notify: { wecomWebhook: `${ROBOT}village` },
    },
    { code: 'xiguo', name: '西郭村', township: { code: 'nobody', name: '无通知镇' }, region: '140802' },
  ],
  townships: [{ code: 'beicheng', name: '北城街道', notify: { wecomWebhook: `${ROBOT}township` } }],
  counties: [{ code: '140802', name: '盐湖区民政局', notify: { telegramChatId: '-100999' } }],
});

/** An instant given in China time. */
const china = (local: string) => new Date(`${local}+08:00`);

function submission(i: number, over: Partial<ReferralSubmission> = {}): ReferralSubmission {
  const household = { hukou: 'rural' as const, members: [{ relation: 'self' as const, age: 78 }] };
  return {
    idempotencyKey: `k${i}`,
    channel: 'wechat',
    userId: `openid-${i}`,
    region: '140802',
    village: 'dongguo',
    contact: { name: '王秀英', phone: `139000000${String(i).padStart(2, '0')}`, callTime: '上午' },
    household,
    report: screen(household, { region: '140802', date: '2026-12-04', parameters: defaultParameters() }),
    summary: '',
    materials: [],
    consent: { at: 'x', version: 'v', text: 't' },
    ...over,
  };
}

/** A shared database file and a clock; `instance()` starts a process on it (its own connection and lease name). */
async function world() {
  const path = join(mkdtempSync(join(tmpdir(), 'doudi-office-')), 'd.db');
  const sealer = await Sealer.fromKey(newDataKey());
  let now = china('2026-12-04T15:00:00'); // a Friday afternoon
  const clock = { now: () => now, today: () => now.toISOString().slice(0, 10) };
  const posts: { url: string; body: Record<string, unknown> }[] = [];
  const fetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
    posts.push({ url: String(url), body: JSON.parse(String(init?.body)) as Record<string, unknown> });
    return Response.json({ ok: true, errcode: 0, result: {} });
  }) as typeof globalThis.fetch;
  let instances = 0;
  const instance = () => {
    const opened = openNodeDb(path);
    const holder = `instance-${++instances}`;
    const refs = setUpReferrals({
      db: opened.db,
      atomic: opened.atomic,
      sealer,
      villages: VILLAGES,
      clock,
      publicUrl: 'https://doudi.example',
      background: () => {},
      log: () => {},
      fetch,
      telegram: { token: 'T', apiRoot: 'https://tg.test' },
      leases: new DrizzleJobLeases(opened.db, holder, () => now.getTime()),
    });
    const sent: { openId: string; text: string }[] = [];
    refs.setWechatSender(async (openId, text) => {
      sent.push({ openId, text });
    });
    return { ...opened, refs, sent, stop: () => opened.sqlite.close() };
  };
  return { sealer, instance, posts, clock, set: (d: Date) => (now = d) };
}

const escalations = (db: ReturnType<typeof openNodeDb>['db']) =>
  db.select().from(outbox).where(eq(outbox.kind, 'wecom_robot'));

describe('escalation of overdue requests', () => {
  it(
    'raises to the township at the deadline, not over the weekend' + ', once across restarts; then the county',
    async () => {
      const w = await world();
      let a = w.instance();
      const { reference } = await a.refs.engine.desk.submit(submission(1));
      const row = (await a.db.select().from(referrals))[0]!;
      // Friday afternoon plus 3 working days: the end of Wednesday 9 December.
      expect(row.dueMs).toBe(china('2026-12-10T00:00:00').getTime());
      await a.refs.drain();
      expect(w.posts).toHaveLength(1); // the village's own notice

      w.set(china('2026-12-09T18:00:00'));
      expect(await a.refs.office()).toMatchObject({ escalation: { township: 0, county: 0 } });
      w.set(china('2026-12-10T08:00:00'));
      expect(await a.refs.office()).toMatchObject({ escalation: { township: 1, county: 0 } });
      expect(await a.refs.office()).toMatchObject({ escalation: { township: 0, county: 0 } });

      // The process dies before sending; another starts on the same database.
      a.stop();
      const b = w.instance();
      // Its lease waits for the dead holder's to run out; then it runs the job again: nothing new.
      expect(await b.refs.office()).toBeUndefined();
      w.set(new Date(w.clock.now().getTime() + 51 * 60_000));
      expect(await b.refs.office()).toMatchObject({ escalation: { township: 0, county: 0 } });
      await b.refs.drain();
      const township = w.posts.filter((p) => p.url.endsWith('key=township'));
      expect(township).toHaveLength(1);
      const text = String((township[0]!.body['markdown'] as { content: string }).content);
      expect(text).toContain(`申请逾期未办 ${reference}`);
      expect(text).toContain('应在 2026-12-09 前办到下一步');
      expect(text).not.toContain('王秀英');
      expect(text).not.toContain('13900000001');
      b.stop();
      a = w.instance();
      await a.refs.drain();
      expect(w.posts.filter((p) => p.url.endsWith('key=township'))).toHaveLength(1);

      // Five working days after the township's deadline (Wednesday 16 December): the county.
      w.set(china('2026-12-16T20:00:00'));
      expect(await a.refs.office()).toMatchObject({ escalation: { county: 0 } });
      w.set(china('2026-12-17T09:00:00'));
      expect(await a.refs.office()).toMatchObject({ escalation: { township: 0, county: 1 } });
      await a.refs.drain();
      await a.refs.drain();
      const county = w.posts.filter((p) => p.url.includes('tg.test'));
      expect(county).toHaveLength(1);
      expect(county[0]!.body).toMatchObject({ chat_id: '-100999' });
      expect(String(county[0]!.body['text'])).toContain('请县级民政部门督办');

      const events = await a.db.select().from(referralEvents).where(eq(referralEvents.kind, 'escalation'));
      expect(events).toHaveLength(2);
      expect(
        (await a.db.select().from(auditLog).where(eq(auditLog.action, 'escalation'))).map(
          (r) => JSON.parse(r.detail!).to,
        ),
      ).toEqual(['township', 'county']);
      expect((await a.db.select().from(referrals))[0]!.escalated).toBe(2);

      // Staff move it on: the new status has a deadline of its own, and nothing is raised until it passes.
      const desk = staffDesk({ db: a.db, atomic: a.atomic, sealer: w.sealer, villages: VILLAGES, clock: w.clock });
      await changeStatus(desk, OPERATOR, row.id, { from: 'new', to: 'contacted' });
      const moved = (await a.db.select().from(referrals))[0]!;
      expect(moved).toMatchObject({ status: 'contacted', escalated: 0, dueMs: china('2026-12-25T00:00:00').getTime() });
      expect(await a.refs.office()).toMatchObject({ escalation: { township: 0, county: 0 } });
      a.stop();
    },
  );

  it('an urgent request is due within one working day, and told to the village as urgent', async () => {
    const w = await world();
    const a = w.instance();
    const fire = {
      hukou: 'rural' as const,
      members: [{ relation: 'self' as const, age: 60 }],
      hardship: { events: [{ kind: 'fire' as const }] },
    };
    const r = await a.refs.engine.desk.submit(
      submission(2, {
        household: fire,
        report: screen(fire, { region: '140802', date: '2026-12-04', parameters: defaultParameters() }),
      }),
    );
    expect(r).toMatchObject({ created: true, urgent: true, contactDays: 1 });
    const row = (await a.db.select().from(referrals))[0]!;
    expect(row.urgent).toBe(true);
    expect(row.dueMs).toBe(china('2026-12-08T00:00:00').getTime()); // Friday → end of Monday
    await a.refs.drain();
    expect(String((w.posts[0]!.body['markdown'] as { content: string }).content)).toContain('【紧急】');
    a.stop();
  });

  it('an office with nowhere to be told: the raise is still recorded, in the history and the audit log', async () => {
    const w = await world();
    const a = w.instance();
    await a.refs.engine.desk.submit(submission(3, { village: 'xiguo' }));
    w.set(china('2026-12-10T08:00:00'));
    expect(await a.refs.office()).toMatchObject({ escalation: { township: 1 } });
    expect(await escalations(a.db)).toHaveLength(0);
    expect(await a.db.select().from(referralEvents).where(eq(referralEvents.kind, 'escalation'))).toHaveLength(1);
    a.stop();
  });

  it(
    'a request made before deadlines existed is given one from it' + 's last change, then raised like any other',
    async () => {
      const w = await world();
      const a = w.instance();
      await a.refs.engine.desk.submit(submission(4));
      await a.db
        .update(referrals)
        .set({ dueMs: null, status: 'contacted', updatedAt: china('2026-12-01T10:00:00').toISOString() });
      w.set(china('2026-12-07T09:00:00'));
      expect(await a.refs.office()).toMatchObject({ escalation: { timed: 1, township: 0 } });
      // Contacted on Tuesday 1 December: 5 working days end on Tuesday 8 December.
      expect((await a.db.select().from(referrals))[0]!.dueMs).toBe(china('2026-12-09T00:00:00').getTime());
      w.set(china('2026-12-09T08:00:00'));
      expect(await a.refs.office()).toMatchObject({ escalation: { timed: 0, township: 1 } });
      a.stop();
    },
  );

  it('two runs at once (no lease between them) still raise once', async () => {
    const w = await world();
    const a = w.instance();
    const b = w.instance();
    for (let i = 10; i < 16; i++) await a.refs.engine.desk.submit(submission(i));
    w.set(china('2026-12-17T09:00:00')); // past both limits
    const deps = (x: typeof a) => ({
      db: x.db,
      atomic: x.atomic,
      sealer: w.sealer,
      villages: VILLAGES,
      now: w.clock.now,
    });
    const [r1, r2] = await Promise.all([escalateOverdue(deps(a)), escalateOverdue(deps(b))]);
    expect(r1.township + r2.township).toBe(6);
    expect(r1.county + r2.county).toBe(6);
    const rows = await a.db.select().from(outbox);
    expect(rows.filter((o) => o.dedupeKey.startsWith('escalate:'))).toHaveLength(12);
    expect(await a.db.select().from(referralEvents).where(eq(referralEvents.kind, 'escalation'))).toHaveLength(12);
    a.stop();
    b.stop();
  });
});

describe('回访 after a request is finished', () => {
  it('Telegram: one-tap buttons after the set days; the tapped answer is recorded and thanked for', async () => {
    const w = await world();
    const a = w.instance();
    const { reference } = await a.refs.engine.desk.submit(submission(20, { channel: 'telegram', userId: '777' }));
    await a.db.update(referrals).set({ status: 'closed', updatedAt: w.clock.now().toISOString() });
    w.set(china('2026-12-10T15:00:00'));
    expect(await a.refs.office()).toMatchObject({ followUp: { asked: 0 } }); // six days: not yet
    w.set(china('2026-12-11T16:00:00'));
    expect(await a.refs.office()).toMatchObject({ followUp: { asked: 1 } });
    expect(await a.refs.office()).toMatchObject({ followUp: { asked: 0 } });
    await a.refs.drain();
    const asked = w.posts.find((p) => p.url.includes('tg.test') && p.body['chat_id'] === '777')!;
    expect(String(asked.body['text'])).toContain(`你的救助申请（编号 ${reference}）已经有了结果：已办结`);
    const buttons = (
      asked.body['reply_markup'] as { inline_keyboard: { text: string; callback_data: string }[][] }
    ).inline_keyboard.flat();
    expect(buttons.map((b) => b.text)).toEqual(['联系了，问题解决了', '联系了，还没解决', '没人联系我']);
    // The tap arrives as its callback's text (the Telegram adapter strips "a:").
    const store = new MemorySessionStore();
    const deps = { store, clock: w.clock, parameters: defaultParameters(), referral: a.refs.engine };
    const reply = await handleMessage(
      { channel: 'telegram', userId: '777', text: buttons[1]!.callback_data.slice(2) },
      deps,
    );
    expect(reply).toEqual([{ type: 'text', text: '谢谢你的回答，已经记下了，工作人员能看到。' }]);
    expect((await a.db.select().from(referrals))[0]).toMatchObject({ followUpAnswer: 'unresolved' });
    expect(await a.db.select().from(auditLog).where(eq(auditLog.action, 'follow_up_answer'))).toHaveLength(1);
    // Nobody else can answer for it, and the dialogue was not touched.
    const stranger = await handleMessage(
      { channel: 'telegram', userId: '888', text: buttons[0]!.callback_data.slice(2) },
      deps,
    );
    expect(stranger[0]).toMatchObject({ text: expect.stringContaining('没有找到') });
    expect((await a.db.select().from(referrals))[0]!.followUpAnswer).toBe('unresolved');
    expect(await store.get({ channel: 'telegram', userId: '777' })).toBeUndefined();
    a.stop();
  });

  it('WeChat: only inside the 48-hour window, as tappable menu links; otherwise it waits, then gives up', async () => {
    const w = await world();
    const a = w.instance();
    const { reference } = await a.refs.engine.desk.submit(submission(21, { userId: 'oQuiet' }));
    await a.refs.engine.desk.submit(submission(22, { userId: 'oActive' }));
    await a.db.update(referrals).set({ status: 'ineligible', updatedAt: w.clock.now().toISOString() });
    w.set(china('2026-12-12T10:00:00'));
    // oActive wrote an hour ago (its dialogue's last change); oQuiet has not written since.
    const key = async (openId: string) => `wechat:${await w.sealer.hash(`session:wechat:${openId}`)}`;
    await a.db.insert(sessions).values({
      key: await key('oActive'),
      version: 1,
      state: '{}',
      updatedAt: china('2026-12-12T09:00:00').toISOString(),
    });
    expect(await a.refs.office()).toMatchObject({ followUp: { asked: 1, waiting: 1 } });
    await a.refs.drain();
    expect(a.sent).toHaveLength(1);
    expect(a.sent[0]!.openId).toBe('oActive');
    expect(a.sent[0]!.text).toContain('<a href="weixin://bizmsgmenu?msgmenucontent=回访DD-');
    expect(a.sent[0]!.text).toContain('：没人联系我&msgmenuid=3">没人联系我</a>');
    // oQuiet writes two weeks later: asked within the window.
    w.set(china('2026-12-26T10:00:00'));
    await a.db.insert(sessions).values({
      key: await key('oQuiet'),
      version: 1,
      state: '{}',
      updatedAt: china('2026-12-26T09:30:00').toISOString(),
    });
    expect(await a.refs.office()).toMatchObject({ followUp: { asked: 1, waiting: 0 } });
    await a.refs.drain();
    expect(a.sent.map((s) => s.openId)).toEqual(['oActive', 'oQuiet']);
    expect(a.sent[1]!.text).toContain(reference);
    a.stop();
  });

  it('WeChat without a message from the resident: settled after the wait, and asked on no channel', async () => {
    const w = await world();
    const a = w.instance();
    await a.refs.engine.desk.submit(submission(23, { userId: 'oGone' }));
    await a.db.update(referrals).set({ status: 'closed', updatedAt: w.clock.now().toISOString() });
    w.set(china('2026-12-20T10:00:00'));
    expect(await a.refs.office()).toMatchObject({ followUp: { waiting: 1 } });
    w.set(china('2027-01-12T10:00:00')); // 7 + 30 days after it closed
    expect(await a.refs.office()).toMatchObject({ followUp: { settled: 1, waiting: 0 } });
    expect(
      await a.db
        .select()
        .from(outbox)
        .where(and(eq(outbox.kind, 'resident'))),
    ).toHaveLength(0);
    a.stop();
  });

  it('the link page: no push; the request says the 回访 waits, and the answer shows once given', async () => {
    const w = await world();
    const a = w.instance();
    const { reference } = await a.refs.engine.desk.submit(submission(24, { channel: 'web', userId: 'sid-1' }));
    await a.db.update(referrals).set({ status: 'closed', updatedAt: w.clock.now().toISOString() });
    const key = { channel: 'web' as const, userId: 'sid-1' };
    expect((await a.refs.engine.desk.requestsOf(key))[0]).toEqual({ reference, status: '已办结' });
    w.set(china('2026-12-12T10:00:00'));
    expect((await a.refs.engine.desk.requestsOf(key))[0]).toEqual({ reference, status: '已办结', followUp: true });
    expect(await a.refs.office()).toMatchObject({ followUp: { settled: 1 } });
    expect(await a.refs.engine.desk.answerFollowUp(key, reference, 'no_contact')).toBe(true);
    expect((await a.refs.engine.desk.requestsOf(key))[0]).toEqual({
      reference,
      status: '已办结',
      followUpAnswer: '没人联系我',
    });
    a.stop();
  });
});
