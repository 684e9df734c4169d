// The console after sign-in: each role sees its scope (and 404 outside it), lists are masked,
// the detail shows the full contact and is audited, status changes follow NEXT_STATUSES and
// write update + event + audit + outbox in one atomic step, print and CSV are audited, the CSV
// opens in Excel and cannot carry formulas, and admins see the outbox problems.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, outbox, referralEvents, referrals } from '../../adapters/db/schema.ts';
import { csvCell, toCsv } from '../../adapters/web/staff/csv.ts';
import { maskIdNumber, maskName, maskPhone } from '../../bot/referral/mask.ts';
import { enqueueQuery } from '../../adapters/notify/outbox.ts';
import { Client, setUp } from './support.ts';

async function world() {
  const env = await setUp();
  const users = {
    yc1: await env.addUser('yc1', 'village', 'demo-yc-1'),
    town: await env.addUser('town', 'township', 'demo-yc-t1'),
    admin: await env.addUser('admin', 'admin'),
  };
  const ids = {
    yc1: await env.addReferral({
      village: 'demo-yc-1',
      name: '张建华',
      phone: '13812345678',
      idNumber: '14080219480101123X',
    }),
    yc2: await env.addReferral({ village: 'demo-yc-2', name: '李四', phone: '13900001111' }),
    yj1: await env.addReferral({
      village: 'demo-yj-1',
      name: '欧阳明月',
      phone: '13700002222',
      programs: ['temporary_assistance'],
    }),
  };
  const as = async (name: string) => {
    const c = new Client(env);
    await c.login(name);
    return c;
  };
  return { env, users, ids, as };
}

const refs = (html: string) => [...html.matchAll(/DD-\d{6}/g)].map((m) => m[0]).sort();

describe('masking', () => {
  it('masks names, phones and ID numbers', () => {
    expect(maskName('张建华')).toBe('张*华');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('欧阳明月')).toBe('欧**月');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138-1234-5678')).toBe('138****5678');
    expect(maskIdNumber('14080219480101123X')).toBe('1408************3X');
  });
});

describe('scope by role', () => {
  it('village staff see only their village, and 404 for another village by URL', async () => {
    const { env, ids, as } = await world();
    const c = await as('yc1');
    const html = await (await c.get('/staff/requests')).text();
    expect(refs(html)).toEqual(['DD-000001']);
    expect(html).toContain('张*华');
    expect(html).toContain('138****5678');
    expect(html).not.toContain('张建华');
    expect(html).not.toContain('13812345678');
    expect(html).not.toContain('14080219480101123X');
    expect((await c.get(`/staff/requests/${ids.yc1}`)).status).toBe(200);
    for (const other of [ids.yc2, ids.yj1, 'no-such-id']) {
      const res = await c.get(`/staff/requests/${other}`);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('没有找到');
      expect((await c.get(`/staff/requests/${other}/print`)).status).toBe(404);
    }
    const csrf = await c.csrf();
    expect(
      (await c.post(`/staff/requests/${ids.yc2}/status`, { _csrf: csrf, from: 'new', to: 'contacted' })).status,
    ).toBe(404);
    expect((await env.store.referral(ids.yc2))!.status).toBe('new');
    expect((await c.get('/staff/requests?village=demo-yc-2')).status).toBe(400);
    expect((await c.get('/staff/outbox')).status).toBe(404);
    // A 404 for a request out of scope reads exactly like one that does not exist.
    const a = await (await c.get(`/staff/requests/${ids.yc2}`)).text();
    const b = await (await c.get('/staff/requests/no-such-id')).text();
    expect(a).toBe(b);
  });

  it('township staff see the villages of their township per the directory', async () => {
    const { ids, as } = await world();
    const c = await as('town');
    expect(refs(await (await c.get('/staff/requests')).text())).toEqual(['DD-000001', 'DD-000002']);
    expect(refs(await (await c.get('/staff/requests?village=demo-yc-2')).text())).toEqual(['DD-000002']);
    expect((await c.get(`/staff/requests/${ids.yc2}`)).status).toBe(200);
    expect((await c.get(`/staff/requests/${ids.yj1}`)).status).toBe(404);
  });

  it('admins see everything and the outbox problems (no payload)', async () => {
    const { env, ids, as } = await world();
    const c = await as('admin');
    expect(refs(await (await c.get('/staff/requests')).text())).toEqual(['DD-000001', 'DD-000002', 'DD-000003']);
    expect((await c.get(`/staff/requests/${ids.yj1}`)).status).toBe(200);
    const base = {
      sealedPayload: 'v1.SECRETPAYLOAD',
      nextAttemptAt: Date.parse('2026-12-01T03:00:00Z'),
      createdAt: '2026-12-01T01:00:00Z',
    };
    await env.db.insert(outbox).values([
      {
        ...base,
        dedupeKey: 'a',
        kind: 'wecom_robot',
        target: 'demo-yc-1',
        status: 'failed',
        attempts: 8,
        lastError: 'HTTP 500 from robot',
      },
      {
        ...base,
        dedupeKey: 'b',
        kind: 'resident',
        target: ids.yc1,
        status: 'pending',
        attempts: 2,
        lastError: 'timeout',
      },
      {
        ...base,
        dedupeKey: 'c',
        kind: 'telegram_chat',
        target: 'demo-yj-1',
        status: 'pending',
        attempts: 0,
        lastError: null,
      },
      {
        ...base,
        dedupeKey: 'd',
        kind: 'telegram_chat',
        target: 'demo-yj-1',
        status: 'sent',
        attempts: 1,
        lastError: null,
      },
    ]);
    const html = await (await c.get('/staff/outbox')).text();
    expect(html).toContain('HTTP 500 from robot');
    expect(html).toContain('企业微信群机器人');
    expect(html).toContain('示例村一（运城）');
    expect(html).toContain('timeout');
    expect(html).toContain('<td data-label="发往">DD-000001</td>');
    expect(html).not.toContain('SECRETPAYLOAD');
    expect(html.match(/<tr>/g)).toHaveLength(3); // header + 2 problems
  });
});

describe('audit page', () => {
  it('shows admins who did what to which request, and is 404 for others', async () => {
    const { ids, as } = await world();
    const yc = await as('yc1');
    await yc.get(`/staff/requests/${ids.yc1}`);
    expect((await yc.get('/staff/audit')).status).toBe(404);
    const admin = await as('admin');
    const html = await (await admin.get('/staff/audit')).text();
    expect(html).toContain('查看申请');
    expect(html).toContain('DD-000001');
    expect(html).toContain('yc1');
    expect(html).toContain('登录');
  });
});

describe('list filters and pagination', () => {
  it('filters by status, program and China date range; newest first; 20 per page', async () => {
    const env = await setUp();
    await env.addUser('admin', 'admin');
    for (let i = 0; i < 25; i++)
      await env.addReferral({
        village: 'demo-yc-1',
        createdAt: new Date(Date.parse('2026-11-01T00:00:00Z') + i * 3_600_000).toISOString(),
      });
    await env.addReferral({
      village: 'demo-yc-1',
      status: 'visited',
      programs: ['temporary_assistance'],
      createdAt: '2026-11-10T15:30:00Z',
    }); // 11-10 23:30 China
    await env.addReferral({ village: 'demo-yc-1', createdAt: '2026-11-10T16:30:00Z' }); // 11-11 00:30 China
    const c = new Client(env);
    await c.login('admin');
    const first = await (await c.get('/staff/requests')).text();
    expect(first).toContain('共 27 条');
    expect(first).toContain('第 1 / 2 页');
    const order = [...first.matchAll(/DD-(\d{6})/g)].map((m) => m[1]);
    expect(order[0]).toBe('000027');
    expect(order).toHaveLength(20);
    expect(refs(await (await c.get('/staff/requests?page=2')).text())).toHaveLength(7);
    expect(refs(await (await c.get('/staff/requests?status=visited')).text())).toEqual(['DD-000026']);
    expect(refs(await (await c.get('/staff/requests?program=temporary_assistance')).text())).toEqual(['DD-000026']);
    expect(refs(await (await c.get('/staff/requests?from=2026-11-10&to=2026-11-10')).text())).toEqual(['DD-000026']);
    expect(refs(await (await c.get('/staff/requests?from=2026-11-11')).text())).toEqual(['DD-000027']);
    const bad = await c.get('/staff/requests?status=bogus&from=yesterday');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('日期格式');
  });
});

describe('detail, status workflow and audit', () => {
  it(
    'shows the full contact, verdicts with reasons and clauses, h' + 'ousehold facts and materials; audits the view',
    async () => {
      const { env, users, ids, as } = await world();
      const c = await as('yc1');
      const html = await (await c.get(`/staff/requests/${ids.yc1}`)).text();
      expect(html).toContain('张建华');
      expect(html).toContain('13812345678');
      expect(html).toContain('1408************3X');
      expect(html).not.toContain('14080219480101123X');
      expect(html).toContain('上午');
      expect(html).toContain('示例村一（运城）');
      expect(html).toContain('特困人员救助供养');
      expect(html).toMatch(/依据：[^<]*第/);
      expect(html).toContain('年龄 78');
      expect(html).toContain('需要准备的材料');
      const views = await env.db.select().from(auditLog).where(eq(auditLog.action, 'view')).orderBy(auditLog.id);
      expect(views).toEqual([expect.objectContaining({ actor: users.yc1.id, referralId: ids.yc1, detail: null })]);
    },
  );

  it('moves along NEXT_STATUSES and writes update, event, audit and outbox together', async () => {
    const { env, users, ids, as } = await world();
    const c = await as('yc1');
    const csrf = await c.csrf();
    env.advance(60_000);
    const res = await c.post(`/staff/requests/${ids.yc1}/status`, {
      _csrf: csrf,
      from: 'new',
      to: 'contacted',
      note: '电话联系了，约周五入户',
      tell: '1',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/staff/requests/${ids.yc1}?changed=contacted`);
    const row = (await env.store.referral(ids.yc1))!;
    expect(row.status).toBe('contacted');
    expect(row.updatedAt).toBe(env.clock.now().toISOString());
    const events = await env.db.select().from(referralEvents);
    expect(events).toEqual([
      expect.objectContaining({ referralId: ids.yc1, actor: users.yc1.id, fromStatus: 'new', toStatus: 'contacted' }),
    ]);
    expect(events[0]!.sealedNote).not.toContain('电话');
    expect(await env.sealer.open(events[0]!.sealedNote!)).toBe('电话联系了，约周五入户');
    const audit = await env.db.select().from(auditLog).where(eq(auditLog.action, 'status_change')).orderBy(auditLog.id);
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail!)).toEqual({ from: 'new', to: 'contacted', note: true, told: true });
    expect(audit[0]!.detail).not.toContain('电话');
    const messages = await env.db.select().from(outbox);
    expect(messages).toEqual([
      expect.objectContaining({
        kind: 'resident',
        target: ids.yc1,
        dedupeKey: `status:${ids.yc1}:contacted`,
        status: 'pending',
        attempts: 0,
      }),
    ]);
    expect(await env.sealer.open(messages[0]!.sealedPayload)).toEqual({
      kind: 'resident_status',
      reference: 'DD-000001',
      referralId: ids.yc1,
      statusLabel: '已联系',
      note: '电话联系了，约周五入户',
    });

    const page = await (await c.get(`/staff/requests/${ids.yc1}?changed=contacted`)).text();
    expect(page).toContain('状态已改为“已联系”');
    expect(page).toContain('yc1显示名：新提交 → 已联系。电话联系了，约周五入户');
    expect(page).toContain('<option value="visited">已入户调查</option>');
    expect(page).not.toContain('<option value="new">');
  });

  it('keeps a note to staff unless asked to tell the resident', async () => {
    const { env, ids, as } = await world();
    const c = await as('yc1');
    await c.post(`/staff/requests/${ids.yc1}/status`, {
      _csrf: await c.csrf(),
      from: 'new',
      to: 'ineligible',
      note: '家里有两套房',
    });
    const [message] = await env.db.select().from(outbox);
    expect(await env.sealer.open(message!.sealedPayload)).toEqual({
      kind: 'resident_status',
      reference: 'DD-000001',
      referralId: ids.yc1,
      statusLabel: '不符合条件',
    });
  });

  it('refuses transitions outside NEXT_STATUSES, out of a final status, and stale forms, writing nothing', async () => {
    const { env, ids, as } = await world();
    const c = await as('yc1');
    const csrf = await c.csrf();
    const post = (form: Record<string, string>) =>
      c.post(`/staff/requests/${ids.yc1}/status`, { _csrf: csrf, ...form });
    const skip = await post({ from: 'new', to: 'submitted' });
    expect(skip.status).toBe(409);
    expect(await skip.text()).toContain('不能把状态从“新提交”改为“已提交乡镇”');
    expect((await post({ from: 'new', to: 'new' })).status).toBe(409);
    expect((await post({ from: 'new', to: 'bogus' })).status).toBe(400);
    expect((await post({ from: 'new', to: 'contacted', note: 'x'.repeat(501) })).status).toBe(400);
    expect((await post({ from: 'contacted', to: 'visited' })).status).toBe(409); // stale page
    expect(await env.db.select().from(referralEvents)).toHaveLength(0);
    expect(await env.db.select().from(outbox)).toHaveLength(0);
    expect(await env.db.select().from(auditLog).where(eq(auditLog.action, 'status_change'))).toHaveLength(0);
    expect((await post({ from: 'new', to: 'withdrawn' })).status).toBe(303);
    expect((await post({ from: 'withdrawn', to: 'contacted' })).status).toBe(409);
    expect(await (await c.get(`/staff/requests/${ids.yc1}`)).text()).toContain('已经办结，不能再改状态');
  });

  it('rolls back every write when the status changed underneath (all or nothing)', async () => {
    const { env, ids, users } = await world();
    const { StaffStore } = await import('../../adapters/web/staff/store.ts');
    const store = new StaffStore(env.db);
    const now = env.clock.now();
    // Someone else moved it to contacted after this page was read as new.
    await env.db.update(referrals).set({ status: 'contacted' }).where(eq(referrals.id, ids.yc1));
    const at = now.toISOString();
    await expect(
      env.atomic([
        store.statusUpdateQuery(ids.yc1, 'new', 'withdrawn', at),
        store.eventQuery({ referralId: ids.yc1, at, actor: users.yc1.id, fromStatus: 'new', toStatus: 'withdrawn' }),
        store.auditQuery({ at, actor: users.yc1.id, action: 'status_change', referralId: ids.yc1 }),
        (
          await enqueueQuery(
            env.db,
            env.sealer,
            {
              dedupeKey: 'k',
              kind: 'resident',
              target: ids.yc1,
              payload: { kind: 'resident_status', reference: 'x', referralId: ids.yc1, statusLabel: 'x' },
            },
            now,
          )
        ).query,
      ]),
    ).rejects.toThrow();
    expect((await env.store.referral(ids.yc1))!.status).toBe('contacted');
    expect(await env.db.select().from(referralEvents)).toHaveLength(0);
    expect(await env.db.select().from(auditLog).where(eq(auditLog.action, 'status_change'))).toHaveLength(0);
    expect(await env.db.select().from(outbox)).toHaveLength(0);
  });
});

describe('materials checklist', () => {
  // Two programs, and items citing different clauses, as the resident was shown them.
  const materials = [
    {
      program: 'dibao' as const,
      items: [
        { text: '书面申请（可请村委会帮忙填写）', citations: ['mz2021-57.a4', 'mz2021-57.a6'] },
        { text: '签署家庭经济状况核对授权书', citations: ['mz2021-57.a9'] },
      ],
    },
    { program: 'tekun' as const, items: [{ text: '本人有效身份证明', citations: ['mz2021-43.a10'] }] },
  ];
  const texts = materials.flatMap((m) => m.items.map((i) => i.text));
  const plain = (html: string) => html.replace(/<[^>]+>/g, '').trim();
  const count = (html: string, text: string) => html.split(text).length - 1;

  /** The page's one materials section, as plain lines: each group's title line, then its items. */
  function checklist(html: string): { titles: string[]; items: string[] } {
    const sections = html.match(/<section class="[^"]*\bmaterials\b[^"]*">[\s\S]*?<\/section>/g) ?? [];
    expect(sections).toHaveLength(1);
    const body = sections[0]!;
    return {
      titles: [...body.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => plain(m[1]!)),
      items: [...body.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => plain(m[1]!)),
    };
  }

  async function pages(o: { materials: typeof materials | []; programs?: string[] }) {
    const env = await setUp();
    await env.addUser('admin', 'admin');
    const id = await env.addReferral({ village: 'demo-yc-1', ...o });
    const c = new Client(env);
    await c.login('admin');
    return {
      detail: await (await c.get(`/staff/requests/${id}`)).text(),
      print: await (await c.get(`/staff/requests/${id}/print`)).text(),
    };
  }

  it(
    'appears once on the detail page and once on the print page, ' + 'the same items on both, with their clauses',
    async () => {
      const { detail, print } = await pages({ materials });
      expect(count(detail, '需要准备的材料')).toBe(1);
      expect(count(print, '需要准备的材料')).toBe(1);
      for (const text of texts) {
        expect(count(detail, text), text).toBe(1);
        expect(count(print, text), text).toBe(1);
      }
      const shown = checklist(detail);
      expect(shown).toEqual({
        titles: ['低保', '特困供养'],
        items: [
          '书面申请（可请村委会帮忙填写） （依据：民发〔2021〕57号 第四条；民发〔2021〕57号 第六条）',
          '签署家庭经济状况核对授权书 （依据：民发〔2021〕57号 第九条）',
          '本人有效身份证明 （依据：民发〔2021〕43号 第十条）',
        ],
      });
      expect(checklist(print)).toEqual(shown);
    },
  );

  it('on the print page, lists only the documents for the programs the form applies for', async () => {
    // A request for 低保 only, whose resident was also shown the 特困 documents.
    const { detail, print } = await pages({ materials, programs: ['dibao'] });
    expect(checklist(detail).titles).toEqual(['低保', '特困供养']);
    expect(checklist(print)).toEqual({ titles: ['低保'], items: checklist(detail).items.slice(0, 2) });
  });

  it('is left out of both pages when the request has none', async () => {
    const { detail, print } = await pages({ materials: [] });
    expect(detail).not.toContain('需要准备的材料');
    expect(print).not.toContain('需要准备的材料');
  });
});

describe('print page', () => {
  it('is an A4 pre-filled application with signature lines, audited', async () => {
    const { env, users, ids, as } = await world();
    const c = await as('yc1');
    const res = await c.get(`/staff/requests/${ids.yc1}/print`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('社会救助申请（预填）');
    expect(html).toContain('@page{size:A4');
    expect(html).toContain('@media print{.noprint{display:none}');
    expect(html).toContain('14080219480101123X');
    expect(html).toContain('授权核对');
    expect(html).toContain('申请人签名');
    expect(html).toMatch(/依据：[^<]*第/);
    expect(html).toContain('☐');
    const rows = await env.db.select().from(auditLog).where(eq(auditLog.action, 'print')).orderBy(auditLog.id);
    expect(rows).toEqual([expect.objectContaining({ actor: users.yc1.id, referralId: ids.yc1 })]);
  });
});

describe('CSV export', () => {
  it('exports the filtered list in scope, masked, with a BOM, audited with the row count', async () => {
    const { env, users, as } = await world();
    await env.addReferral({ village: 'demo-yc-2', name: '=HYPERLINK("http://evil")', phone: '13600003333' });
    const c = await as('town');
    const res = await c.get('/staff/requests.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="doudi-requests-\d{8}\.csv"/);
    const bytes = new Uint8Array(await res.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '编号,提交时间,最近更新,村（社区）,乡镇（街道）,状态,可能符合的项目,联系人（部分隐藏）,电话（部分隐藏）,紧急,办理期限,回访',
    );
    expect(lines).toHaveLength(4);
    expect(text).toContain('DD-000001');
    expect(text).toContain('DD-000002');
    expect(text).not.toContain('DD-000003');
    expect(text).toContain('张*华');
    expect(text).not.toContain('张建华');
    expect(text).not.toContain('13812345678');
    expect(text).toContain('138****5678');
    expect(text).toContain('新提交');
    expect(text).toContain('特困供养、低保');
    expect(text).not.toMatch(/,=/);
    expect(text).not.toContain('14080219480101123X');
    const filtered = await (await c.get('/staff/requests.csv?village=demo-yc-1')).text();
    expect(filtered.trimEnd().split('\r\n')).toHaveLength(2);
    const rows = await env.db.select().from(auditLog).where(eq(auditLog.action, 'export')).orderBy(auditLog.id);
    expect(rows.map((r) => [r.actor, JSON.parse(r.detail!).rows])).toEqual([
      [users.town.id, 3],
      [users.town.id, 1],
    ]);
  });

  it('quotes and guards cells against formula injection', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+86')).toBe("'+86");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell('=cmd|" /C calc"!A0')).toBe(`"'=cmd|"" /C calc""!A0"`);
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('张*华')).toBe('张*华');
    expect(toCsv(['a'], [['1']])).toBe('\uFEFFa\r\n1\r\n');
  });
});

describe('errors and headers', () => {
  it('answers unknown console paths with a Chinese 404 page and sends no-store, DENY and CSP', async () => {
    const { as } = await world();
    const c = await as('yc1');
    const res = await c.get('/staff/nowhere');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('没有找到这个页面');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('never writes names, phones or notes to the log', async () => {
    const { env, ids, as } = await world();
    const c = await as('yc1');
    await c.get(`/staff/requests/${ids.yc1}`);
    await c.post(`/staff/requests/${ids.yc1}/status`, {
      _csrf: await c.csrf(),
      from: 'new',
      to: 'contacted',
      note: '秘密备注',
    });
    await c.get('/staff/requests.csv');
    const logs = env.logs.join('\n');
    expect(logs).toContain('staff.status_change');
    for (const secret of ['张建华', '13812345678', '秘密备注', '张*华', 'yc1显示名'])
      expect(logs).not.toContain(secret);
  });
});
