// The office side of the console (issue 17): urgent and overdue requests first, with their
// deadline in words; the status form with nothing chosen beforehand and a note-only update whose
// note reaches the resident; corrections of the household (each field audited old → new, the
// screening on the corrected facts beside the original, the corrected printed form, words the form
// does not know refused, a stale form refused); requests sent to a township or county because the
// village was not listed, in those offices' scope; the 12345 agent's audited look-up and call
// summary; the statistics; the print page's way back to the list.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, outbox, referralContacts, referralEvents, referrals } from '../../adapters/db/schema.ts';
import { Client, setUp } from './support.ts';
import type { Household } from '../../screening/index.ts';

const DAY = 86_400_000;
const refs = (html: string) => [...html.matchAll(/DD-\d{6}/g)].map((m) => m[0]);

/** A couple where the wife was recorded as 其他 and her age said wrong. */
const COUPLE: Household = {
  hukou: 'rural',
  members: [
    { relation: 'self', age: 78, hasDisability: false, seriousIllness: false, employed: false },
    { relation: 'other', age: 57, hasDisability: false, seriousIllness: false, employed: false },
  ],
  income: { wages: 0, business: 1200, property: 0, pensions: 0, support: [], basicPension: 1800 },
  property: { deposits: 0, vehicles: 0, houses: 1, registeredBusiness: false },
  obligors: { exist: false },
  hardship: { none: true },
};

async function signedIn(env: Awaited<ReturnType<typeof setUp>>, name: string) {
  const c = new Client(env);
  await c.login(name);
  return c;
}

describe('urgent and overdue first, deadlines in words', () => {
  it('lists urgent open requests first, then overdue ones, with what is due and what is late', async () => {
    const env = await setUp(); // the clock stands at 2026-12-01 10:00 China (a Tuesday)
    await env.addUser('yc1', 'village', 'demo-yc-1');
    const now = env.clock.now().getTime();
    await env.addReferral({ village: 'demo-yc-1', dueMs: now + 2 * DAY }); // DD-000001
    // DD-000002: due end of Friday 27th
    await env.addReferral({ village: 'demo-yc-1', dueMs: Date.parse('2026-11-28T00:00:00+08:00') });
    await env.addReferral({ village: 'demo-yc-1', urgent: true, dueMs: now + DAY }); // DD-000003
    await env.addReferral({ village: 'demo-yc-1', status: 'closed' }); // DD-000004
    const c = await signedIn(env, 'yc1');
    const html = await (await c.get('/staff/requests')).text();
    expect(refs(html)).toEqual(['DD-000003', 'DD-000002', 'DD-000004', 'DD-000001']);
    expect(html).toContain('<span class="urgent">紧急</span>');
    // Due end of Friday 27 November, seen Tuesday 1 December: Monday 30 ended, so one working day late.
    expect(html).toContain('已逾期 1 个工作日');
    expect(html).toContain('12月3日前（还有 2 个工作日）');
    expect(refs(await (await c.get('/staff/requests?overdue=1')).text())).toEqual(['DD-000002']);
    expect(refs(await (await c.get('/staff/requests?urgent=1')).text())).toEqual(['DD-000003']);
    expect((await c.get('/staff/requests?overdue=yes')).status).toBe(400);
  });
});

describe('status form: nothing chosen beforehand, and a note alone', () => {
  it('starts on 请选择; a note alone keeps the status, is audited, and is told to the resident', async () => {
    const env = await setUp();
    await env.addUser('yc1', 'village', 'demo-yc-1');
    const id = await env.addReferral({ village: 'demo-yc-1', status: 'contacted' });
    const c = await signedIn(env, 'yc1');
    const page = await (await c.get(`/staff/requests/${id}`)).text();
    const select = page.slice(
      page.indexOf('<select id="to"'),
      page.indexOf('</select>', page.indexOf('<select id="to"')),
    );
    expect(select).toContain('<option value="" selected="">请选择</option>');
    expect(select.match(/selected/g)).toHaveLength(1);
    expect(select).toContain('<option value="note">只记备注，不改状态</option>');
    const csrf = await c.csrf(`/staff/requests/${id}`);
    // Nothing chosen: refused, nothing written.
    const none = await c.post(`/staff/requests/${id}/status`, { _csrf: csrf, from: 'contacted', to: '' });
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('请选择新的状态');
    expect((await c.post(`/staff/requests/${id}/status`, { _csrf: csrf, from: 'contacted', to: 'note' })).status).toBe(
      400,
    );
    const saved = await c.post(`/staff/requests/${id}/status`, {
      _csrf: csrf,
      from: 'contacted',
      to: 'note',
      note: '材料齐了，下周一入户',
      tell: '1',
    });
    expect(saved.status).toBe(303);
    expect(await (await c.get(saved.headers.get('location')!)).text()).toContain('备注已记下，状态没有改');
    expect((await env.store.referral(id))!.status).toBe('contacted');
    const event = (await env.db.select().from(referralEvents).where(eq(referralEvents.referralId, id))).at(-1)!;
    expect(event).toMatchObject({ kind: 'note', told: true, fromStatus: 'contacted', toStatus: 'contacted' });
    expect(await env.sealer.open(event.sealedNote!)).toBe('材料齐了，下周一入户');
    const message = (await env.db.select().from(outbox))[0]!;
    expect(await env.sealer.open(message.sealedPayload)).toEqual({
      kind: 'resident_note',
      reference: 'DD-000001',
      referralId: id,
      note: '材料齐了，下周一入户',
    });
    expect((await env.db.select().from(auditLog).where(eq(auditLog.action, 'note'))).map((a) => a.detail)).toEqual([
      '{"told":true}',
    ]);
    expect(await (await c.get(`/staff/requests/${id}`)).text()).toContain('备注。材料齐了，下周一入户');
  });
});

describe('corrections of the household', () => {
  it('records each field old → new, screens again beside the original, and prints the corrected form', async () => {
    const env = await setUp();
    await env.addUser('yc1', 'village', 'demo-yc-1');
    const id = await env.addReferral({ village: 'demo-yc-1', status: 'visited', household: COUPLE });
    const c = await signedIn(env, 'yc1');
    const page = await (await c.get(`/staff/requests/${id}`)).text();
    const text = page.match(/<textarea id="household-text"[^>]*>([^<]*)<\/textarea>/)![1]!;
    expect(text).toContain('成员2：关系 其他；年龄 57');
    const base = page.match(/name="base" value="([^"]+)"/)![1]!;
    const csrf = await c.csrf(`/staff/requests/${id}`);
    const fixed = text.replace('成员2：关系 其他；年龄 57', '成员2：关系 配偶；年龄 75');
    const res = await c.post(`/staff/requests/${id}/household`, { _csrf: csrf, base, text: fixed });
    expect(res.status).toBe(303);
    const after = await (await c.get(res.headers.get('location')!)).text();
    expect(after).toContain('已更正 2 项');
    expect(after).toContain('按居民自述评估');
    expect(after).toContain('按更正后的情况重新评估');
    expect(after).toContain('家庭情况（工作人员核实更正后）');
    expect(after).toContain('成员2 关系：其他 → 配偶');
    expect(after).toContain('成员2 年龄：57 → 75');
    // The audit row names the fields, never their values; the values are sealed in the history.
    const audit = (await env.db.select().from(auditLog).where(eq(auditLog.action, 'correction')))[0]!;
    expect(JSON.parse(audit.detail!)).toEqual({ fields: ['成员2 关系', '成员2 年龄'] });
    expect(audit.actor).toBe((await env.store.userByName('yc1'))!.id);
    const event = (
      await env.db
        .select()
        .from(referralEvents)
        .where(and(eq(referralEvents.referralId, id), eq(referralEvents.kind, 'correction')))
    )[0]!;
    expect(await env.sealer.open(event.sealedDetail!)).toEqual([
      { field: '成员2 关系', old: '其他', new: '配偶' },
      { field: '成员2 年龄', old: '57', new: '75' },
    ]);
    // The resident's own account is kept as it was.
    expect(after).toContain('成员2：关系 其他；年龄 57');
    const print = await (await c.get(`/staff/requests/${id}/print`)).text();
    expect(print).toContain('成员2：关系 配偶；年龄 75');
    expect(print).not.toContain('关系 其他');
    expect(print).toContain('已按工作人员电话或入户核实的情况更正');
    // The same form sent again is stale: refused, nothing overwritten.
    expect((await c.post(`/staff/requests/${id}/household`, { _csrf: csrf, base, text })).status).toBe(409);
  });

  it('names what it cannot read, keeps what was typed, and saves nothing', async () => {
    const env = await setUp();
    await env.addUser('yc1', 'village', 'demo-yc-1');
    const id = await env.addReferral({ village: 'demo-yc-1', household: COUPLE });
    const c = await signedIn(env, 'yc1');
    const page = await (await c.get(`/staff/requests/${id}`)).text();
    const text = page.match(/<textarea id="household-text"[^>]*>([^<]*)<\/textarea>/)![1]!;
    const base = page.match(/name="base" value="([^"]+)"/)![1]!;
    const csrf = await c.csrf(`/staff/requests/${id}`);
    const res = await c.post(`/staff/requests/${id}/household`, {
      _csrf: csrf,
      base,
      text: `${text.replace('关系 其他', '关系 老婆')}\n随便写一行`,
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('看不懂“成员2 关系 老婆”');
    expect(html).toContain('看不懂“随便写一行”');
    expect(html).toContain('关系 老婆');
    expect(await env.db.select().from(referralEvents).where(eq(referralEvents.kind, 'correction'))).toHaveLength(0);
    // Nothing to change: said so, nothing recorded.
    const same = await c.post(`/staff/requests/${id}/household`, { _csrf: csrf, base, text });
    expect(await (await c.get(same.headers.get('location')!)).text()).toContain('没有改动');
    expect(await env.db.select().from(auditLog).where(eq(auditLog.action, 'correction'))).toHaveLength(0);
  });
});

describe('requests whose village was not listed', () => {
  it('belong to the township (or county) they went to: in its staff’s scope, not a village’s', async () => {
    const env = await setUp();
    await env.addUser('yc1', 'village', 'demo-yc-1');
    await env.addUser('town', 'township', 'demo-yc-t1');
    await env.addUser('county', 'county', '140802');
    const toTown = await env.addReferral({ village: '', township: 'demo-yc-t1', county: '140802' });
    const toCounty = await env.addReferral({ village: '', township: '', county: '140802' });
    const yc1 = await signedIn(env, 'yc1');
    expect(refs(await (await yc1.get('/staff/requests')).text())).toEqual([]);
    expect((await yc1.get(`/staff/requests/${toTown}`)).status).toBe(404);
    const town = await signedIn(env, 'town');
    const list = await (await town.get('/staff/requests')).text();
    expect(refs(list)).toEqual(['DD-000001']);
    expect(list).toContain('示例镇（运城）（村未列出）');
    expect((await town.get(`/staff/requests/${toCounty}`)).status).toBe(404);
    const county = await signedIn(env, 'county');
    expect(refs(await (await county.get('/staff/requests')).text()).sort()).toEqual(['DD-000001', 'DD-000002']);
  });
});

describe('12345 agents', () => {
  it(
    'sign in to a look-up that tells whether an open case exists ' +
      '(status and place only), audited each time, and attach the ' +
      'call',
    async () => {
      const env = await setUp();
      await env.addUser('agent1', 'agent');
      await env.addUser('yc1', 'village', 'demo-yc-1');
      const { db, sealer } = env;
      const id = await env.addReferral({
        village: 'demo-yc-1',
        status: 'contacted',
        name: '张建华',
        phone: '13812345678',
        idNumber: '140802194801011232',
      });
      const { householdKeysOf } = await import('../../adapters/db/household-keys.ts');
      const { keyQueries } = await import('../../adapters/db/household-keys.ts');
      await env.atomic(
        keyQueries(db, id, await householdKeysOf(sealer, { phone: '13812345678', idNumber: '140802194801011232' })),
      );

      const agent = new Client(env);
      const login = await agent.login('agent1');
      expect(login.headers.get('location')).toBe('/staff/lookup');
      expect((await agent.get('/staff/requests')).status).toBe(404);
      expect((await agent.get(`/staff/requests/${id}`)).status).toBe(404);
      expect((await agent.get('/staff/stats')).status).toBe(404);
      const csrf = await agent.csrf('/staff/lookup');
      const found = await (await agent.post('/staff/lookup', { _csrf: csrf, number: '138 1234 5678' })).text();
      expect(found).toContain('有一份正在办理的申请');
      expect(found).toContain('已联系');
      expect(found).toContain('示例镇（运城）示例村一（运城）');
      expect(found).not.toContain('张建华');
      expect(found).not.toContain('DD-000001');
      expect(found).not.toContain(id);
      expect(await (await agent.post('/staff/lookup', { _csrf: csrf, number: '140802194801011232' })).text()).toContain(
        '有一份正在办理的申请',
      );
      expect(await (await agent.post('/staff/lookup', { _csrf: csrf, number: '13900000000' })).text()).toContain(
        '没有找到正在办理的申请',
      );
      const bad = await agent.post('/staff/lookup', { _csrf: csrf, number: '张三' });
      expect(bad.status).toBe(400);
      const lookups = await db.select().from(auditLog).where(eq(auditLog.action, 'lookup'));
      expect(lookups.map((a) => [a.referralId, JSON.parse(a.detail!)])).toEqual([
        [id, { by: 'phone', found: true }],
        [id, { by: 'id', found: true }],
        [null, { by: 'phone', found: false }],
      ]);

      const nonce = found.match(/name="nonce" value="([^"]+)"/)![1]!;
      const attach = {
        _csrf: csrf,
        number: '13812345678',
        nonce,
        summary: '来电人张建华称老伴住院，想问低保办到哪一步了。已告知等村里联系。',
      };
      const attached = await agent.post('/staff/lookup/call', attach);
      expect(attached.status).toBe(303);
      expect(await (await agent.get(attached.headers.get('location')!)).text()).toContain('已附到这份申请上');
      await agent.post('/staff/lookup/call', attach); // the same form again: attached once
      expect(await db.select().from(referralContacts)).toHaveLength(1);
      const village = await signedIn(env, 'yc1');
      const detail = await (await village.get(`/staff/requests/${id}`)).text();
      expect(detail).toContain('12345 来电记录');
      expect(detail).toContain('想问低保办到哪一步了');
      expect(detail).toContain('agent1显示名');
    },
  );

  it('a look-up needs a sign-in, and an agent gets at most 60 an hour', async () => {
    const env = await setUp();
    expect((await new Client(env).get('/staff/lookup')).headers.get('location')).toBe('/staff/login');
    await env.addUser('agent1', 'agent');
    const agent = await signedIn(env, 'agent1');
    const csrf = await agent.csrf('/staff/lookup');
    for (let i = 0; i < 60; i++)
      expect(
        (await agent.post('/staff/lookup', { _csrf: csrf, number: `139000000${String(i).padStart(2, '0')}` })).status,
      ).toBe(200);
    const refused = await agent.post('/staff/lookup', { _csrf: csrf, number: '13912345678' });
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain('查询次数太多');
    expect(await env.db.select().from(auditLog).where(eq(auditLog.action, 'lookup_throttled'))).toHaveLength(1);
  });
});

describe('statistics and the print page', () => {
  it('counts by place: statuses, urgent, overdue, raised, and the 回访 answers', async () => {
    const env = await setUp();
    await env.addUser('town', 'township', 'demo-yc-t1');
    const now = env.clock.now().getTime();
    await env.addReferral({ village: 'demo-yc-1', urgent: true, dueMs: now - DAY });
    await env.addReferral({ village: 'demo-yc-1', status: 'closed' });
    await env.addReferral({ village: 'demo-yc-2', status: 'ineligible' });
    await env.addReferral({ village: 'demo-yj-1' });
    await env.db
      .update(referrals)
      .set({ followUpAnswer: 'resolved', followUpMs: now })
      .where(eq(referrals.status, 'closed'));
    await env.db.update(referrals).set({ escalated: 1 }).where(eq(referrals.urgent, true));
    const c = await signedIn(env, 'town');
    const html = await (await c.get('/staff/stats')).text();
    const row = (label: string) =>
      html.slice(html.indexOf(`<td data-label="村（社区）">${label}</td>`)).split('</tr>')[0]!;
    const cells = (label: string) =>
      [...row(label).matchAll(/<td data-label="([^"]+)">([^<]*)<\/td>/g)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(cells('示例镇（运城）示例村一（运城）'))).toMatchObject({
      申请数: '2',
      新提交: '1',
      已办结: '1',
      紧急未办完: '1',
      逾期: '1',
      已提醒上级: '1',
      '回访：解决了': '1',
    });
    expect(Object.fromEntries(cells('合计'))).toMatchObject({ 申请数: '3', 不符合条件: '1' });
    expect(html).not.toContain('阳江');
    expect(await env.db.select().from(auditLog).where(eq(auditLog.action, 'stats'))).toHaveLength(1);
  });

  it('the print page’s 返回列表 goes to the list', async () => {
    const env = await setUp();
    await env.addUser('yc1', 'village', 'demo-yc-1');
    const id = await env.addReferral({ village: 'demo-yc-1' });
    const c = await signedIn(env, 'yc1');
    const print = await (await c.get(`/staff/requests/${id}/print`)).text();
    expect(print).toContain('<a href="/staff/requests">← 返回列表</a>');
    expect(print).toContain(`<a href="/staff/requests/${id}">返回这个申请</a>`);
  });
});
