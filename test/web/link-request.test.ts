// The screening link carries the whole request flow with plain form posts: the village comes
// from the link, the request is stored, and since a web page cannot be pushed to, the request's
// progress is shown at the top of the page whenever the family opens the link again.
// (Moved from test/referral/web.test.ts: its forms now carry the page's token and step.)
import { describe, expect, it } from 'vitest';
import { villageDirectory } from '../../adapters/config/villages.ts';
import { newDataKey, Sealer } from '../../adapters/crypto/sealer.ts';
import { SealedSessionStore } from '../../adapters/db/pseudonymous-stores.ts';
import { DrizzleLinkStore, DrizzleSessionStore } from '../../adapters/db/repositories.ts';
import { referrals as referralsTable } from '../../adapters/db/schema.ts';
import { createApp } from '../../adapters/http/app.ts';
import { setUpReferrals } from '../../adapters/referrals.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import { linkRoutes } from '../../adapters/web/link/routes.tsx';
import { defaultParameters } from '../../screening/index.ts';
import { Visitor } from './link-harness.ts';
import { changeStatus } from '../../adapters/web/staff/cases/change-status.ts';
import { OPERATOR, staffDesk } from '../../adapters/web/staff/cases/desk.ts';

describe('request from the screening link', () => {
  it('sends the request with the link’s village and shows its progress on later visits', async () => {
    const { db, atomic } = openNodeDb(':memory:');
    const sealer = await Sealer.fromKey(newDataKey());
    const villages = villageDirectory({
      villages: [{ code: 'dongguo', name: '东郭村', township: { code: 'bc', name: '北城街道' }, region: '140802' }],
    });
    const clock = { now: () => new Date('2026-12-02T04:00:00Z'), today: () => '2026-12-02' };
    const refs = setUpReferrals({
      db,
      atomic,
      sealer,
      villages,
      clock,
      publicUrl: 'https://d.example',
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
      publicUrl: 'https://d.example',
      adminToken: 'adm',
      requestsOf: (k) => refs.engine.desk.requestsOf(k),
      villageName: (c) => villages.get(c)?.name,
    });
    const app = createApp({ parameters: defaultParameters(), today: clock.today, channels: [web] });
    const visitor = new Visitor(app, '198.51.100.7', 'https://d.example');
    const browse = async (path: string, text?: string): Promise<string> =>
      (text !== undefined ? await visitor.send(path, text) : await visitor.open(path)).html;
    const created = await app.request('/api/v1/links', {
      method: 'POST',
      headers: { authorization: 'Bearer adm' },
      body: JSON.stringify({ village: 'dongguo', region: '140802' }),
    });
    const { token } = (await created.json()) as { token: string };
    const path = `/s/${token}`;
    const first = await browse(path);
    expect(first).toContain('这个链接由东郭村提供');
    // The page's CSS arrives unescaped (quoted font names intact).
    expect(first).toContain('"Noto Sans CJK SC"');
    for (const t of ['七十八岁', '没有', '1', '2', '一年一千二', '每月150', '5', '没有', '1', '1', '6'])
      await browse(path, t);
    expect(await browse(path, '申请')).toContain('东郭村');
    for (const t of ['1', '王秀英', '13812345678', '1']) await browse(path, t);
    expect(await browse(path, '1')).toContain('身份证号：不填');
    const sent = await browse(path, '1');
    const reference = sent.match(/申请编号：(DD-[2-9A-Z]{6})/)?.[1];
    expect(reference).toBeDefined();
    const [row] = await db.select().from(referralsTable);
    expect(row).toMatchObject({ reference, village: 'dongguo', channel: 'web', status: 'new' });
    expect(await browse(path)).toContain(`你的申请（编号 ${reference}）现在的进展：<strong>新提交</strong>`);
    await db.update(referralsTable).set({ status: 'contacted' });
    expect(await browse(path)).toContain('<strong>已联系</strong>');
  });
});

describe('what staff tell the resident reaches the link page', () => {
  it(
    'shows the notes marked for the resident on the next visit, ' +
      'newest first, never the others; numbers are tap-to-call',
    async () => {
      const { db, atomic } = openNodeDb(':memory:');
      const sealer = await Sealer.fromKey(newDataKey());
      const villages = villageDirectory({
        villages: [
          {
            code: 'dongguo',
            name: '东郭村',
            township: { code: 'bc', name: '北城街道' },
            region: '140802',
            contacts: [{ name: '王协理员', role: '社会救助协理员', phone: '0359-1234567' }],
          },
        ],
      });
      let now = new Date('2026-12-02T04:00:00Z');
      const clock = { now: () => now, today: () => now.toISOString().slice(0, 10) };
      const refs = setUpReferrals({
        db,
        atomic,
        sealer,
        villages,
        clock,
        publicUrl: 'https://d.example',
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
        publicUrl: 'https://d.example',
        adminToken: 'adm',
        requestsOf: (k) => refs.engine.desk.requestsOf(k),
        villageName: (c) => villages.get(c)?.name,
        villageContacts: (c) => villages.get(c)?.contacts,
      });
      const app = createApp({ parameters: defaultParameters(), today: clock.today, channels: [web] });
      const visitor = new Visitor(app, '198.51.100.8', 'https://d.example');
      const created = await app.request('/api/v1/links', {
        method: 'POST',
        headers: { authorization: 'Bearer adm' },
        body: JSON.stringify({ village: 'dongguo', region: '140802' }),
      });
      const path = `/s/${((await created.json()) as { token: string }).token}`;
      await visitor.open(path);
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
        '6',
        '申请',
        '1',
        '王秀英',
        '13812345678',
        '1',
        '1',
        '1',
      ])
        await visitor.send(path, t);
      const [row] = await db.select().from(referralsTable);
      const desk = staffDesk({ db, atomic, sealer, villages, clock });
      now = new Date('2026-12-02T06:00:00Z');
      await changeStatus(desk, OPERATOR, row!.id, {
        from: 'new',
        to: 'contacted',
        note: '下午打过电话，没人接，明天再打',
        tell: true,
      });
      now = new Date('2026-12-03T02:00:00Z');
      await changeStatus(desk, OPERATOR, row!.id, {
        from: 'contacted',
        to: 'note',
        note: '内部：户主儿子在外地，需核实赡养',
        tell: false,
      });
      now = new Date('2026-12-03T03:00:00Z');
      await changeStatus(desk, OPERATOR, row!.id, {
        from: 'contacted',
        to: 'note',
        note: '请准备户口簿，有事打 0359-7654321',
        tell: true,
      });
      const page = (await visitor.open(path)).html;
      expect(page).toContain('<strong>已联系</strong>');
      expect(page).toContain('工作人员给你的留言（最新的在前面）');
      const newer = page.indexOf('请准备户口簿');
      const older = page.indexOf('下午打过电话，没人接，明天再打');
      expect(newer).toBeGreaterThan(0);
      expect(older).toBeGreaterThan(newer);
      expect(page).toContain('2026-12-03 11:00');
      expect(page).not.toContain('户主儿子在外地');
      // Phones are links to call: in a note, the village's contact, and 12345.
      expect(page).toContain('<a href="tel:0359-7654321">0359-7654321</a>');
      expect(page).toContain('<a href="tel:0359-1234567">0359-1234567</a>');
      expect(page).toContain('<a href="tel:12345">12345</a>');
    },
  );
});

describe('screening link form posts', () => {
  it('refuses an oversized or unreadable body plainly, and sets Secure cookies behind https', async () => {
    const { db } = openNodeDb(':memory:');
    const clock = { now: () => new Date('2026-12-02T04:00:00Z'), today: () => '2026-12-02' };
    const web = linkRoutes({
      links: new DrizzleLinkStore(db),
      engine: { store: new DrizzleSessionStore(db), clock, parameters: defaultParameters() },
      publicUrl: 'https://d.example',
      adminToken: 'adm',
    });
    const app = createApp({ parameters: defaultParameters(), today: clock.today, channels: [web] });
    const { token } = (await (
      await app.request('/api/v1/links', {
        method: 'POST',
        headers: { authorization: 'Bearer adm' },
        body: JSON.stringify({ village: 'v', region: '140802' }),
      })
    ).json()) as { token: string };
    const visitor = new Visitor(app, '198.51.100.7', 'https://d.example');
    const page = await visitor.raw(`/s/${token}`);
    expect(page.headers.get('set-cookie')).toMatch(/Secure/);
    const big = await visitor.raw(`/s/${token}`, {
      method: 'POST',
      body: new URLSearchParams({ text: 'x'.repeat(100_000) }),
    });
    expect(big.status).toBe(413);
    expect(await big.text()).toContain('太长');
    const broken = await visitor.raw(`/s/${token}`, {
      method: 'POST',
      headers: { origin: 'https://d.example', 'content-type': 'multipart/form-data; boundary=zzz' },
      body: '--zzz\r\nnot a part',
    });
    expect(broken.status).toBe(400);
    expect(await broken.text()).toContain('重新回答');
  });
});
