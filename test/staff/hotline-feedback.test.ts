// 12345 feedback (issue 18 item 4): a signed-in agent files a call as a request with the caller's
// consent and the work-order number; each status change is then readable by the agent on the
// console and by a 12345 system through GET /api/v1/hotline/feedback with a bearer token scoped
// to a county or city. Checked: the consent is required, each change appears (with the note only
// when staff marked it for the resident), no personal data leaves, wrong or missing tokens get
// 401, a token or agent of another county sees nothing of this one, the cursor polls.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { referrals } from '../../adapters/db/schema.ts';
import { createStaffAccount } from '../../adapters/web/staff/accounts.ts';
import { changeStatus } from '../../adapters/web/staff/cases/change-status.ts';
import { staffDesk } from '../../adapters/web/staff/cases/desk.ts';
import { StaffStore } from '../../adapters/web/staff/store.ts';
import { assembled, PUBLIC_URL } from '../support/assembled.ts';
import { Client, type Env, PASSWORD } from './support.ts';

const YC_TOKEN = 'yc-county-token-0123456789abcdef';
const YJ_TOKEN = 'yj-city-token-0123456789abcdef00';
const NAME = '李桂兰';
const PHONE = '13912345678';

async function service(
  env: Record<string, string> = { DOUDI_HOTLINE_TOKENS: `140802=${YC_TOKEN},441700=${YJ_TOKEN}` },
) {
  const s = await assembled({ env });
  const store = new StaffStore(s.db);
  const villages = s.referrals.engine.villages;
  const add = (username: string, role: 'agent' | 'village' | 'admin', scope?: string) =>
    createStaffAccount(
      store,
      villages as never,
      { username, password: PASSWORD, role, ...(scope ? { scope } : {}), displayName: username },
      s.clock.now(),
      1000,
    );
  const desk = staffDesk({ db: s.db, atomic: s.atomic, sealer: s.sealer, villages: villages as never, clock: s.clock });
  const client = () => new Client({ app: s.app } as unknown as Env);
  const api = (query: string, token?: string) =>
    s.app.request(
      `${PUBLIC_URL}/api/v1/hotline/feedback${query}`,
      token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } },
    );
  return { s, add, desk, client, api };
}

async function fileCall(c: Client, over: Record<string, string> = {}) {
  const csrf = await c.csrf('/staff/hotline/new');
  return c.post('/staff/hotline/new', {
    _csrf: csrf,
    workOrder: 'YC-2026-0001',
    place: 'v:demo-yc-1',
    name: NAME,
    phone: PHONE,
    callTime: '上午',
    summary: '来电人70岁，独居，没有收入，没有存款。',
    consent: '1',
    ...over,
  });
}

describe('12345 feedback', () => {
  it(
    'an agent files a call with consent and the work order; each ' + 'status change is feedback, the told note only',
    async () => {
      const { s, add, desk, client, api } = await service();
      await add('hotline1', 'agent');
      const agent = client();
      await agent.login('hotline1');

      // Without the caller's consent nothing is filed.
      const refused = await fileCall(agent, { consent: '' });
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain('来电人同意后才能转给村委会');
      expect(await s.db.select().from(referrals)).toHaveLength(0);
      // A work-order number of another shape is refused.
      expect((await fileCall(agent, { workOrder: '工单 1' })).status).toBe(400);

      const filed = await fileCall(agent);
      expect(filed.status).toBe(303);
      expect(filed.headers.get('location')).toMatch(/^\/staff\/feedback\?workOrder=YC-2026-0001&filed=DD-/);
      // Filed again (a resubmitted form): still one request.
      await fileCall(agent);
      const rows = await s.db.select().from(referrals);
      expect(rows).toHaveLength(1);
      const row = rows[0]!;
      expect(row).toMatchObject({ channel: 'hotline', workOrder: 'YC-2026-0001', village: 'demo-yc-1', status: 'new' });
      // The consent is kept with the request: who recorded it, when, how.
      const sealed = await s.sealer.open<{ consent: { text: string; version: string } }>(row.sealed);
      expect(sealed.consent.text).toContain('口头同意');
      expect(sealed.consent.text).toContain('hotline1');

      const page = await (await agent.get(`/staff/feedback?workOrder=YC-2026-0001`)).text();
      expect(page).toContain('新提交');

      const village = {
        id: 'v1',
        scope: { all: false as const, villages: ['demo-yc-1'], townships: [], counties: [] },
      };
      await changeStatus(desk, village, row.id, {
        from: 'new',
        to: 'contacted',
        note: '已电话联系，约好周三上门',
        tell: true,
      });
      await changeStatus(desk, village, row.id, {
        from: 'contacted',
        to: 'note',
        note: '内部：邻居说房子是租的',
        tell: false,
      });
      await changeStatus(desk, village, row.id, { from: 'contacted', to: 'visited' });

      const res = await api('?workOrder=YC-2026-0001', YC_TOKEN);
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        items: { workOrder: string; status: string; date: string; note?: string; cursor: number }[];
        cursor: number;
      };
      expect(body.items.map((i) => i.status)).toEqual(['new', 'contacted', 'visited']);
      expect(body.items.every((i) => i.workOrder === 'YC-2026-0001' && /^\d{4}-\d{2}-\d{2}$/.test(i.date))).toBe(true);
      expect(body.items[1]!.note).toBe('已电话联系，约好周三上门');
      expect(body.items[2]!.note).toBeUndefined();
      const text = JSON.stringify(body);
      for (const secret of [NAME, PHONE, '邻居', row.reference, row.id, '70']) expect(text).not.toContain(secret);

      // Polling: after the last cursor only what came later.
      expect(
        ((await (await api(`?after=${body.cursor}`, YC_TOKEN)).json()) as { items: unknown[] }).items,
      ).toHaveLength(0);
      await changeStatus(desk, village, row.id, { from: 'visited', to: 'submitted', note: '材料已交乡镇', tell: true });
      const later = (await (await api(`?after=${body.cursor}`, YC_TOKEN)).json()) as {
        items: { status: string; note?: string }[];
      };
      expect(later.items).toEqual([expect.objectContaining({ status: 'submitted', note: '材料已交乡镇' })]);
      const agentPage = await (await agent.get(`/staff/feedback?workOrder=YC-2026-0001`)).text();
      for (const word of ['已联系', '已入户调查', '已提交乡镇', '材料已交乡镇']) expect(agentPage).toContain(word);
      expect(agentPage).not.toContain('邻居');
    },
  );

  it(
    'tokens: missing or wrong 401, another county sees nothing of' + ' this one, bad numbers 400, none configured 403',
    async () => {
      const { add, client, api } = await service();
      await add('hotline1', 'agent');
      const agent = client();
      await agent.login('hotline1');
      await fileCall(agent);

      expect((await api('?workOrder=YC-2026-0001')).status).toBe(401);
      const wrong = await api('?workOrder=YC-2026-0001', `${YC_TOKEN}x`);
      expect(wrong.status).toBe(401);
      expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('UNAUTHORIZED');
      const other = await api('?workOrder=YC-2026-0001', YJ_TOKEN);
      expect(other.status).toBe(404);
      expect(((await other.json()) as { error: { code: string } }).error.code).toBe('WORK_ORDER_NOT_FOUND');
      expect(((await (await api('?after=0', YJ_TOKEN)).json()) as { items: unknown[] }).items).toHaveLength(0);
      expect(((await (await api('?after=0', YC_TOKEN)).json()) as { items: unknown[] }).items).toHaveLength(1);
      const bad = await api('?workOrder=%E5%B7%A5%E5%8D%95', YC_TOKEN);
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('INVALID_WORK_ORDER');

      const off = await service({});
      const disabled = await off.api('?after=0', YC_TOKEN);
      expect(disabled.status).toBe(403);
      expect(((await disabled.json()) as { error: { code: string } }).error.code).toBe('FEEDBACK_DISABLED');
    },
  );

  it('an agent limited to one city neither sees nor files work orders of another', async () => {
    const { add, client } = await service();
    await add('hotline1', 'agent');
    await add('yj.agent', 'agent', '441700');
    const agent = client();
    await agent.login('hotline1');
    await fileCall(agent);

    const yj = client();
    await yj.login('yj.agent');
    const seen = await yj.get('/staff/feedback?workOrder=YC-2026-0001');
    expect(seen.status).toBe(404);
    expect(await seen.text()).not.toContain('新提交');
    const form = await (await yj.get('/staff/hotline/new')).text();
    expect(form).toContain('v:demo-yj-1');
    expect(form).not.toContain('v:demo-yc-1');
    expect((await fileCall(yj, { workOrder: 'YJ-1' })).status).toBe(400);
    // Village staff have no hotline pages.
    await add('wang', 'village', 'demo-yc-1');
    const staff = client();
    await staff.login('wang');
    expect((await staff.get('/staff/feedback?workOrder=YC-2026-0001')).status).toBe(404);
  });

  it('work orders are stored as typed and only in their column', async () => {
    const { s, add, client } = await service();
    await add('hotline1', 'agent');
    const agent = client();
    await agent.login('hotline1');
    await fileCall(agent, { workOrder: 'A-1' });
    expect(
      await s.db.select({ w: referrals.workOrder }).from(referrals).where(eq(referrals.workOrder, 'A-1')),
    ).toHaveLength(1);
  });
});
