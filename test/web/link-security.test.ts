// The link page against the outside probe of 2026-12-05 (issue 14): a double tap answers one
// question only (every form carries its step); 删除我的信息 shows what was deleted and what was
// kept, and a kept request's progress stays visible afterwards; opening a link stores nothing
// until the family answers, and new dialogues per client are limited; a cross-site POST touches
// neither the dialogue nor the cookie.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { villageDirectory } from '../../adapters/config/villages.ts';
import { newDataKey, Sealer } from '../../adapters/crypto/sealer.ts';
import { SealedSessionStore } from '../../adapters/db/pseudonymous-stores.ts';
import { DrizzleLinkStore, DrizzleSessionStore } from '../../adapters/db/repositories.ts';
import { referrals as referralsTable, sessions } from '../../adapters/db/schema.ts';
import { createApp } from '../../adapters/http/app.ts';
import { setUpReferrals } from '../../adapters/referrals.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import { linkRoutes, type LinkDeps } from '../../adapters/web/link/routes.tsx';
import { defaultParameters } from '../../screening/index.ts';
import { fieldsOf, textOf, Visitor } from './link-harness.ts';

const PUBLIC = 'https://doudi.example';

async function newLink(app: ReturnType<typeof createApp>, village = 'v1'): Promise<string> {
  const res = await app.request('/api/v1/links', {
    method: 'POST',
    headers: { authorization: 'Bearer adm' },
    body: JSON.stringify({ village, region: '140802' }),
  });
  return ((await res.json()) as { token: string }).token;
}

/** The link page on an unsealed store, so the tests can read what is stored. */
async function plain(extra: Partial<LinkDeps> = {}) {
  const { db } = openNodeDb(':memory:');
  let now = new Date('2026-12-05T04:00:00Z');
  const clock = { now: () => now, today: () => '2026-12-05' };
  const web = linkRoutes({
    links: new DrizzleLinkStore(db),
    engine: { store: new DrizzleSessionStore(db), clock, parameters: defaultParameters() },
    publicUrl: PUBLIC,
    adminToken: 'adm',
    ...extra,
  });
  const app = createApp({ parameters: defaultParameters(), today: clock.today, channels: [web] });
  const token = await newLink(app);
  return {
    app,
    path: `/s/${token}`,
    rows: () => db.select().from(sessions),
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

/** The assembled shape: sealed sessions, requests to a configured village, their status shown. */
async function withRequests() {
  const { db, atomic } = openNodeDb(':memory:');
  const sealer = await Sealer.fromKey(newDataKey());
  const villages = villageDirectory({
    villages: [{ code: 'dongguo', name: '东郭村', township: { code: 'bc', name: '北城街道' }, region: '140802' }],
  });
  const clock = { now: () => new Date('2026-12-05T04:00:00Z'), today: () => '2026-12-05' };
  const refs = setUpReferrals({
    db,
    atomic,
    sealer,
    villages,
    clock,
    publicUrl: PUBLIC,
    background: () => {},
    log: () => {},
  });
  const web = linkRoutes({
    links: new DrizzleLinkStore(db),
    engine: {
      store: new SealedSessionStore(new DrizzleSessionStore(db), sealer),
      clock,
      parameters: defaultParameters(),
      referral: refs.engine,
    },
    publicUrl: PUBLIC,
    adminToken: 'adm',
    requestStatus: (r) => refs.engine.desk.statusOf(r),
    requestsOf: (key) => refs.engine.desk.requestsOf(key),
    villageName: (c) => villages.get(c)?.name,
  });
  const app = createApp({ parameters: defaultParameters(), today: clock.today, channels: [web] });
  const token = await newLink(app, 'dongguo');
  const path = `/s/${token}`;
  const resident = new Visitor(app);
  /** Screening, then a request sent with consent; returns its number. */
  const sendRequest = async (): Promise<string> => {
    await resident.open(path);
    for (const t of [
      '七十八岁',
      '没有',
      '1',
      '2',
      '一年一千二',
      '每月150',
      '5',
      '没有',
      '1',
      '1',
      '6',
      '申请',
      '1',
      '王秀英',
      '13812345678',
      '1',
      '1',
    ])
      await resident.send(path, t);
    const sent = await resident.send(path, '1');
    const reference = sent.html.match(/申请编号：(DD-[2-9A-Z]{6})/)?.[1];
    expect(reference).toBeDefined();
    return reference!;
  };
  const setStatus = (reference: string, status: string) =>
    db.update(referralsTable).set({ status }).where(eq(referralsTable.reference, reference));
  return { app, db, path, resident, sendRequest, setStatus, rows: () => db.select().from(sessions) };
}

describe('A: a double tap answers one question', () => {
  it(
    'the same form sent twice applies once; the second says the s' + 'tep was answered and shows the current question',
    async () => {
      const { app, path } = await plain();
      const resident = new Visitor(app);
      await resident.open(path);
      const disability = await resident.send(path, '78');
      expect(disability.html).toContain('你有残疾证吗');
      const shown = fieldsOf(disability.html);
      const first = await resident.send(path, '1', shown);
      expect(first.html).toContain('你有没有得重病');
      const second = await resident.send(path, '1', shown);
      expect(second.status).toBe(200);
      expect(second.html).toContain('这一步已经回答过了，下面是现在的问题');
      // Still the illness question: the second "1" did not answer it.
      expect(second.html).toContain('你有没有得重病');
      expect(second.html).not.toContain('家里有哪些收入');
      // The notice is shown once, not on every later visit.
      expect((await resident.open(path)).html).not.toContain('已经回答过了');
    },
  );

  it('two taps arriving together: exactly one is applied', async () => {
    const { app, path } = await plain();
    const resident = new Visitor(app);
    await resident.open(path);
    const shown = fieldsOf((await resident.send(path, '78')).html);
    const post = () =>
      resident.raw(path, {
        method: 'POST',
        body: new URLSearchParams({ ...shown, text: '1' }),
        headers: { origin: resident.origin },
      });
    const [a, b] = await Promise.all([post(), post()]);
    expect([a.status, b.status]).toEqual([303, 303]);
    const now = await resident.open(path);
    expect(now.html).toContain('你有没有得重病');
    expect(now.html).not.toContain('家里有哪些收入');
  });

  it('a page left open in a second tab cannot answer the question that followed', async () => {
    const { app, path } = await plain();
    const resident = new Visitor(app);
    await resident.open(path);
    await resident.send(path, '78');
    const otherTab = fieldsOf((await resident.open(path)).html);
    await resident.send(path, '1'); // 残疾证: 没有 (first tab)
    const late = await resident.send(path, '返回', otherTab);
    expect(late.html).toContain('这一步已经回答过了');
    expect(late.html).toContain('你有没有得重病');
    expect(late.html).not.toContain('回到上一题');
  });
});

describe('B: 删除我的信息 on the link page', () => {
  it(
    'names the pending request before deleting, withdraws it, ' +
      'says what was deleted and kept, then shows a fresh start',
    async () => {
      const { db, path, resident, sendRequest, rows } = await withRequests();
      const reference = await sendRequest();
      const warning = textOf((await resident.send(path, '删除我的信息')).html);
      expect(warning).toContain(`你还有正在办理的申请：${reference}（新提交）`);
      expect(warning).toContain('删除后这份申请会撤回');
      const done = await resident.send(path, '1');
      const text = textOf(done.html);
      expect(text).toContain('已删除你在这里的全部回答');
      expect(text).toContain(`已撤回你的申请（编号 ${reference}）`);
      expect(text).toContain('已删除申请里你的姓名、电话、身份证号');
      expect(text).toContain('保留的只有：申请编号、所在的村（社区）');
      expect(text).toContain('家里一起生活的有几个人');
      expect(await rows()).toHaveLength(0);
      // The office sees it withdrawn by the resident, and nothing of what they said.
      const row = (await db.select().from(referralsTable).where(eq(referralsTable.reference, reference)))[0]!;
      expect(row.status).toBe('withdrawn');
      // Shown once: a later visit is a plain fresh start with nothing about the withdrawn request.
      const later = await resident.open(path);
      expect(later.html).not.toContain('已删除');
      expect(later.html).not.toContain(reference);
      expect(await rows()).toHaveLength(0);
    },
  );

  it(
    'a request already submitted to the township: withdrawn here,' +
      ' and the township’s paper application named as kept there',
    async () => {
      const { path, resident, sendRequest, setStatus } = await withRequests();
      const reference = await sendRequest();
      await setStatus(reference, 'submitted');
      await resident.send(path, '删除我的信息');
      const done = textOf((await resident.send(path, '1')).html);
      expect(done).toContain(`已撤回你的申请（编号 ${reference}）`);
      expect(done).toContain(`申请 ${reference} 已经交到乡镇（街道）：乡镇收到的书面申请材料由乡镇按规定保管`);
    },
  );

  it('lists a finished request as kept, with why, and keeps showing its progress after', async () => {
    const { path, resident, sendRequest, setStatus, rows } = await withRequests();
    const reference = await sendRequest();
    await setStatus(reference, 'closed');
    await resident.send(path, '删除我的信息');
    const done = textOf((await resident.send(path, '1')).html);
    expect(done).toContain('已删除你在这里的全部回答');
    expect(done).toContain(`已经办完的申请保留：${reference}（已办结）`);
    expect(done).toContain('这是村里和乡镇办理这件事的记录');
    expect(await rows()).toHaveLength(0);
    // Days later: the dialogue is gone, the kept request's progress is still there, and no
    // personal data is on the page; the cookie that finds it is renewed for as long as browsers
    // keep one.
    const later = await resident.open(path);
    expect(later.html).toContain(`你的申请（编号 ${reference}）现在的进展：<strong>已办结</strong>`);
    expect(later.headers.getSetCookie().find((c) => c.startsWith('doudi_sid='))).toContain('Max-Age=34560000');
    expect(later.html).toContain('记下');
    expect(later.html).not.toContain('王秀英');
    expect(later.html).not.toContain('13812345678');
    expect(later.html).not.toContain('已删除');
    expect(await rows()).toHaveLength(0);
    // Another browser (another cookie) sees nothing of it.
    const stranger = new Visitor(resident.app);
    expect((await stranger.open(path)).html).not.toContain(reference);
  });
});

describe('C: opening a link stores nothing; new dialogues per client are limited', () => {
  it('cookieless GETs write no session; the first answer creates one and is not lost', async () => {
    const { app, path, rows } = await plain();
    for (let i = 0; i < 20; i++) {
      const page = await new Visitor(app).open(path);
      expect(page.html).toContain('家里一起生活的有几个人');
    }
    expect(await rows()).toHaveLength(0);
    const resident = new Visitor(app);
    await resident.open(path);
    await resident.open(path);
    expect(await rows()).toHaveLength(0);
    const next = await resident.send(path, '78');
    expect(next.html).toContain('你有残疾证吗');
    expect(await rows()).toHaveLength(1);
    // Each visit renews the cookie for the dialogue's 30 idle days (not 30 days from the first visit).
    expect(next.headers.getSetCookie().find((c) => c.startsWith('doudi_sid='))).toContain('Max-Age=2592000');
  });

  it(
    'refuses a new dialogue beyond the limit per client with a ' +
      'plain 429 page; others and existing dialogues go on',
    async () => {
      const { app, path, rows, advance } = await plain({ creationLimit: { burst: 2, refillSeconds: 600 } });
      const first = new Visitor(app, '203.0.113.9');
      await first.open(path);
      await first.send(path, '78');
      const second = new Visitor(app, '203.0.113.9');
      await second.open(path);
      expect((await second.send(path, '78')).html).toContain('你有残疾证吗');
      const refused = new Visitor(app, '203.0.113.9');
      await refused.open(path);
      const page = await refused.send(path, '78');
      expect(page.status).toBe(429);
      expect(page.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(textOf(page.html)).toContain('请过');
      expect(await rows()).toHaveLength(2);
      // A dialogue already stored is not a new one: it carries on.
      expect((await first.send(path, '1')).html).toContain('你有没有得重病');
      // Another client is not affected.
      const elsewhere = new Visitor(app, '192.0.2.44');
      await elsewhere.open(path);
      expect((await elsewhere.send(path, '78')).status).toBe(200);
      // Later the same client may start again.
      advance(601_000);
      await refused.open(path);
      expect((await refused.send(path, '78')).html).toContain('你有残疾证吗');
      expect(await rows()).toHaveLength(4);
    },
  );
});

describe('D: a cross-site POST touches neither the dialogue nor the cookie', () => {
  async function residentMidway() {
    const ctx = await plain();
    const resident = new Visitor(ctx.app);
    await resident.open(ctx.path);
    await resident.send(ctx.path, '78');
    const [before] = await ctx.rows();
    /** The resident's stored dialogue, as it is now. */
    const mine = async () => (await ctx.rows()).find((r) => r.key === before!.key);
    return { ...ctx, resident, before: before!, mine };
  }

  it('the cookie is HttpOnly, SameSite=Lax and scoped to the link; the page cannot be framed', async () => {
    const { app, path } = await plain();
    const res = await new Visitor(app).raw(path);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('doudi_sid='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toContain(`Path=${path}`);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
  });

  it('another site’s form (no cookie under SameSite=Lax) is refused and sets no cookie', async () => {
    const { app, path, resident, mine, before } = await residentMidway();
    const res = await app.request(path, {
      method: 'POST',
      body: new URLSearchParams({ text: '2' }),
      headers: { origin: 'https://evil.example', 'x-forwarded-for': '198.51.100.7' },
    });
    expect(res.status).toBe(403);
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(textOf(await res.text())).toContain('重新打开');
    expect(await mine()).toEqual(before);
    expect((await resident.open(path)).html).toContain('你有残疾证吗');
  });

  it(
    'refused with the cookie too (a browser without SameSite), by' + ' Origin, by Referer, or without the form’s token',
    async () => {
      const { path, resident, mine, before } = await residentMidway();
      const good = fieldsOf(resident.last!.html);
      const tries: [Record<string, string>, Record<string, string>][] = [
        [good, { origin: 'https://evil.example' }],
        [good, { origin: 'null' }],
        [good, { referer: 'https://evil.example/page' }],
        [{}, {}],
        [{ ...good, _csrf: 'x'.repeat(43) }, {}],
      ];
      for (const [fields, headers] of tries) {
        const res = await resident.raw(path, {
          method: 'POST',
          body: new URLSearchParams({ ...fields, text: '2' }),
          headers,
        });
        expect(res.status, JSON.stringify(headers)).toBe(403);
        expect(res.headers.getSetCookie()).toEqual([]);
      }
      expect(await mine()).toEqual(before);
      // Another visitor's token does not fit this resident's cookie.
      const other = new Visitor(resident.app);
      const theirs = fieldsOf((await other.open(path)).html);
      const res = await resident.raw(path, {
        method: 'POST',
        body: new URLSearchParams({ ...good, _csrf: theirs['_csrf'] ?? '', text: '2' }),
        headers: { origin: resident.origin },
      });
      expect(res.status).toBe(403);
      expect(await mine()).toEqual(before);
      // The resident's own form still works.
      expect((await resident.send(path, '1')).html).toContain('你有没有得重病');
    },
  );
});
