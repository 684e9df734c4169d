// The staff use cases without HTTP (adapters/web/staff/cases/): what each role sees in the list
// and the export, the detail and the print form, and the status change with its event, audit
// row and resident message, with the refusals the console and the CLI turn into pages and exit
// codes. The console's own tests (./console.test.ts) check the same through the pages.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, outbox, referralEvents, referrals } from '../../adapters/db/schema.ts';
import { changeStatus } from '../../adapters/web/staff/cases/change-status.ts';
import { type Actor, OPERATOR, RequestCaseError, staffDesk } from '../../adapters/web/staff/cases/desk.ts';
import { requestDetail, requestForPrint } from '../../adapters/web/staff/cases/detail.ts';
import { exportRequests } from '../../adapters/web/staff/cases/export.ts';
import { listRequests, PAGE_SIZE } from '../../adapters/web/staff/cases/list.ts';
import { scopeOf } from '../../adapters/web/staff/store.ts';
import { setUp } from './support.ts';

async function desk() {
  const env = await setUp();
  const d = staffDesk({ db: env.db, atomic: env.atomic, sealer: env.sealer, villages: env.villages, clock: env.clock });
  const actor = async (username: string, role: 'village' | 'township' | 'admin', scope?: string): Promise<Actor> => {
    const user = await env.addUser(username, role, scope);
    return { id: user.id, scope: scopeOf(user, env.villages) };
  };
  return { env, d, actor };
}

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no refusal';
  } catch (e) {
    return e instanceof RequestCaseError ? e.reason : String(e);
  }
}

describe('listRequests', () => {
  it('a village sees its own requests, newest first, contacts masked', async () => {
    const { env, d, actor } = await desk();
    await env.addReferral({
      village: 'demo-yc-1',
      name: '张建华',
      phone: '13812345678',
      createdAt: '2026-11-20T01:00:00Z',
    });
    await env.addReferral({
      village: 'demo-yc-1',
      name: '李秀英',
      phone: '13900001111',
      createdAt: '2026-11-21T01:00:00Z',
    });
    await env.addReferral({ village: 'demo-yc-2', name: '王五' });
    const list = await listRequests(d, await actor('cun1', 'village', 'demo-yc-1'), {});
    expect(list.total).toBe(2);
    expect(list.rows.map((r) => [r.name, r.phone])).toEqual([
      ['李*英', '139****1111'],
      ['张*华', '138****5678'],
    ]);
    expect(list.rows[0]).toMatchObject({ village: env.villages.get('demo-yc-1')!.name, status: '新提交' });
  });

  it(
    'a township sees its villages; filters and pages narrow the l' + 'ist; a village outside the scope is refused',
    async () => {
      const { env, d, actor } = await desk();
      for (let i = 0; i < PAGE_SIZE + 3; i++)
        await env.addReferral({
          village: i % 2 === 0 ? 'demo-yc-1' : 'demo-yc-2',
          status: i === 0 ? 'contacted' : 'new',
        });
      await env.addReferral({ village: 'demo-yj-1' });
      const town = await actor('zhen1', 'township', 'demo-yc-t1');
      const first = await listRequests(d, town, {});
      expect([first.total, first.rows.length, first.pages]).toEqual([PAGE_SIZE + 3, PAGE_SIZE, 2]);
      expect((await listRequests(d, town, {}, 2)).rows).toHaveLength(3);
      expect((await listRequests(d, town, { status: 'contacted' })).total).toBe(1);
      expect((await listRequests(d, town, { village: 'demo-yc-2' })).total).toBe(Math.floor((PAGE_SIZE + 3) / 2));
      expect(await refusal(listRequests(d, town, { village: 'demo-yj-1' }))).toBe('out_of_scope');
      expect((await listRequests(d, OPERATOR, {})).total).toBe(PAGE_SIZE + 4);
    },
  );

  it('a request whose sealed part cannot be opened is still listed, without a contact', async () => {
    const { env, d } = await desk();
    const id = await env.addReferral({ village: 'demo-yc-1' });
    await env.db.update(referrals).set({ sealed: 'v1.AAAA' }).where(eq(referrals.id, id));
    expect((await listRequests(d, OPERATOR, {})).rows.map((r) => [r.name, r.phone])).toEqual([['—', '—']]);
  });
});

describe('exportRequests', () => {
  it('a CSV of what the actor may see, masked, and an audit row with the count and filters', async () => {
    const { env, d, actor } = await desk();
    await env.addReferral({ village: 'demo-yc-1', name: '张建华', phone: '13812345678' });
    await env.addReferral({ village: 'demo-yj-1', name: '陈大明' });
    const cun = await actor('cun1', 'village', 'demo-yc-1');
    const out = await exportRequests(d, cun, { status: 'new' });
    expect(out.rows).toBe(1);
    expect(out.filename).toBe('doudi-requests-20261201.csv');
    expect(out.csv.startsWith('\uFEFF编号,')).toBe(true);
    expect(out.csv).toContain('张*华');
    expect(out.csv).toContain('138****5678');
    expect(out.csv).not.toContain('张建华');
    expect(out.csv).not.toContain('陈');
    const rows = await env.db.select().from(auditLog).where(eq(auditLog.action, 'export'));
    expect(rows.map((r) => [r.actor, JSON.parse(r.detail ?? '{}')])).toEqual([
      [cun.id, { rows: 1, filters: { status: 'new' } }],
    ]);
  });
});

describe('requestDetail and requestForPrint', () => {
  it(
    'the full contact (身份证号 masked on screen, whole on the form),' +
      ' the statuses it may move to, each opening audited',
    async () => {
      const { env, d, actor } = await desk();
      const id = await env.addReferral({
        village: 'demo-yc-1',
        name: '张建华',
        idNumber: '140802195001011234',
        programs: ['tekun'],
      });
      const cun = await actor('cun1', 'village', 'demo-yc-1');
      const detail = await requestDetail(d, cun, id);
      expect(detail.contact).toMatchObject({ name: '张建华', phone: '13812345678', idNumber: '1408************34' });
      expect(detail.next.map((n) => n.value)).toEqual(['contacted', 'ineligible', 'withdrawn']);
      expect(detail.programs.length).toBeGreaterThan(0);
      const print = await requestForPrint(d, cun, id);
      expect(print.contact.idNumber).toBe('140802195001011234');
      expect(print.programs.map((p) => p.program)).toEqual(['tekun']);
      const actions = (await env.db.select().from(auditLog)).map((r) => [r.actor, r.action, r.referralId]);
      expect(actions).toEqual([
        [cun.id, 'view', id],
        [cun.id, 'print', id],
      ]);
    },
  );

  it("another village's request and a missing one are both not_found, and nothing is audited", async () => {
    const { env, d, actor } = await desk();
    const id = await env.addReferral({ village: 'demo-yc-2' });
    const cun = await actor('cun1', 'village', 'demo-yc-1');
    expect(await refusal(requestDetail(d, cun, id))).toBe('not_found');
    expect(await refusal(requestForPrint(d, cun, 'no-such-id'))).toBe('not_found');
    expect(await env.db.select().from(auditLog)).toEqual([]);
  });
});

describe('changeStatus', () => {
  it(
    'moves one step, writing the event with its sealed note, the ' +
      'audit row and the message to a WeChat resident at once',
    async () => {
      const { env, d, actor } = await desk();
      const id = await env.addReferral({ village: 'demo-yc-1' });
      const cun = await actor('cun1', 'village', 'demo-yc-1');
      const done = await changeStatus(d, cun, id, { from: 'new', to: 'contacted', note: '已电话联系', tell: true });
      expect(done).toMatchObject({ id, from: 'new', to: 'contacted', told: true });
      expect((await env.store.referral(id))?.status).toBe('contacted');
      const [event] = await env.db.select().from(referralEvents).where(eq(referralEvents.referralId, id));
      expect(event).toMatchObject({ actor: cun.id, fromStatus: 'new', toStatus: 'contacted' });
      expect(await env.sealer.open<string>(event!.sealedNote!)).toBe('已电话联系');
      const [row] = await env.db.select().from(auditLog).where(eq(auditLog.action, 'status_change'));
      expect(JSON.parse(row!.detail!)).toEqual({ from: 'new', to: 'contacted', note: true, told: true });
      const messages = await env.db.select().from(outbox).where(eq(outbox.target, id));
      expect(messages.map((m) => [m.kind, m.dedupeKey])).toEqual([['resident', `status:${id}:contacted`]]);
    },
  );

  it('a web-link resident gets no message; a note is only told when asked', async () => {
    const { env, d } = await desk();
    const id = await env.addReferral({ village: 'demo-yc-1' });
    await env.db.update(referrals).set({ channel: 'web' }).where(eq(referrals.id, id));
    expect(await changeStatus(d, OPERATOR, id, { from: 'new', to: 'contacted', note: '内部备注' })).toMatchObject({
      told: false,
    });
    expect(await env.db.select().from(outbox)).toEqual([]);
  });

  it(
    'refuses a stale `from` (conflict), a move the workflow does ' +
      'not allow (transition) and a request out of scope (not_found' +
      '), writing nothing',
    async () => {
      const { env, d, actor } = await desk();
      const id = await env.addReferral({ village: 'demo-yc-1', status: 'contacted' });
      const other = await actor('cun2', 'village', 'demo-yc-2');
      expect(await refusal(changeStatus(d, OPERATOR, id, { from: 'new', to: 'contacted' }))).toBe('conflict');
      expect(await refusal(changeStatus(d, OPERATOR, id, { from: 'contacted', to: 'closed' }))).toBe('transition');
      expect(await refusal(changeStatus(d, other, id, { from: 'contacted', to: 'visited' }))).toBe('not_found');
      expect((await env.store.referral(id))?.status).toBe('contacted');
      expect(await env.db.select().from(referralEvents)).toEqual([]);
      expect(await env.db.select().from(auditLog)).toEqual([]);
    },
  );
});
