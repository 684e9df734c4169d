// Visits, assisted screening and the monthly report in the console (issue 18 items 1–3): a visit
// recorded with a label (an ID number or a phone number refused in plain words), scoped like
// requests (a village sees only its own; a township both of its villages; a county reads only);
// an assisted screening through the same dialogue, consent given in person and a request made in
// the same visit, marked assisted, once per visit; a seeded month whose report figures are checked
// for a village and its township, as a page and as CSV, with no label or note in either; the
// reminders queued once per office and month across restarts; visit retention; visitCounts.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { villageDirectory } from '../../adapters/config/villages.ts';
import { auditLog, outbox, referrals, screeningEvents, sessions, visits } from '../../adapters/db/schema.ts';
import { DrizzleVisitStore, sweepVisits, VISIT_OUTCOMES, visitCounts } from '../../adapters/db/visits.ts';
import { visitsSource } from '../../adapters/web/staff/charts/visits-source.ts';
import { queueMonthlyReminders } from '../../adapters/notify/monthly-reminder.ts';
import { answerScreening, screeningOf } from '../../adapters/web/staff/cases/assisted.ts';
import { staffDesk } from '../../adapters/web/staff/cases/desk.ts';
import { townshipReport, villageReport } from '../../adapters/web/staff/cases/monthly.ts';
import { Client, setUp } from './support.ts';

type Env = Awaited<ReturnType<typeof setUp>>;

async function signedIn(env: Env, name: string) {
  const c = new Client(env);
  await c.login(name);
  return c;
}

/** Records a visit through the console's form; answers the response. */
async function recordVisit(c: Client, fields: Record<string, string | string[]>) {
  const token = await c.csrf('/staff/visits');
  const pairs: [string, string][] = [['_csrf', token]];
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) pairs.push([k, one]);
  return c.postPairs('/staff/visits', pairs);
}

const VISIT = {
  label: '南街刘家',
  focusGroup: 'elderly_alone',
  visitedOn: '2026-11-30',
  outcome: 'none',
  note: '老人一人在家，身体还行',
};

/** Answers from the link page's browser test: they take a one-person household of 78 to its result. */
const TO_RESULT = ['78', '1', '1', '2', '一年一千二', '每月150', '5', '没有', '1', '1', '6'];

describe('the visit log', () => {
  it('records a visit with its focus group, outcome, changes and a sealed note', async () => {
    const env = await setUp();
    await env.addUser('yc1', 'village', 'demo-yc-1');
    const c = await signedIn(env, 'yc1');
    const page = await (await c.get('/staff/visits')).text();
    for (const g of [
      '留守儿童',
      '独居老人',
      '残疾人',
      '重病患者',
      '外来人员',
      '就业',
      '丧葬',
      '没有困难',
      '已转其他部门',
    ])
      expect(page).toContain(g);
    const res = await recordVisit(c, { ...VISIT, changes: ['income', 'illness'] });
    expect(res.status).toBe(303);
    const id = res.headers.get('location')!.split('/').pop()!.split('?')[0]!;
    const detail = await (await c.get(`/staff/visits/${id}`)).text();
    expect(detail).toContain('南街刘家');
    expect(detail).toContain('收入、大病');
    expect(detail).toContain('老人一人在家');
    const row = (await env.db.select().from(visits))[0]!;
    expect(row).toMatchObject({
      village: 'demo-yc-1',
      township: 'demo-yc-t1',
      county: '140802',
      focusGroup: 'elderly_alone',
      outcome: 'none',
      changes: 'income,illness',
      visitedOn: '2026-11-30',
    });
    // Neither the label nor the note is stored in clear; the household is a keyed hash.
    expect(JSON.stringify(row)).not.toContain('刘家');
    expect(JSON.stringify(row)).not.toContain('老人一人');
    const audits = await env.db.select().from(auditLog).where(eq(auditLog.action, 'visit.create'));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.detail).not.toContain('刘家');
  });

  it('refuses an ID number or a phone number as the label, in plain words, and keeps nothing', async () => {
    const env = await setUp();
    await env.addUser('yc1', 'village', 'demo-yc-1');
    const c = await signedIn(env, 'yc1');
    const id = await recordVisit(c, { ...VISIT, label: '14080219500101123X' });
    expect(id.status).toBe(400);
    expect(await id.text()).toContain('住户称呼不能用身份证号');
    const spaced = await recordVisit(c, { ...VISIT, label: '王 140802 1950 0101 1234' });
    expect(await spaced.text()).toContain('住户称呼不能用身份证号');
    const phone = await recordVisit(c, { ...VISIT, label: '王家138 1234 5678' });
    expect(await phone.text()).toContain('住户称呼不能用电话号码');
    for (const [bad, message] of [
      [{ focusGroup: 'rich' }, '请选择重点人群'],
      [{ visitedOn: '2026-12-02' }, '走访日期不能晚于今天'],
      [{ visitedOn: '2026-02-30' }, '走访日期不对'],
      [{ changes: ['weather'] }, '情况变化的选项不对'],
      [{ note: '很'.repeat(201) }, '备注最多 200 字'],
    ] as const) {
      const r = await recordVisit(c, { ...VISIT, ...(bad as Record<string, string | string[]>) });
      expect(r.status, message).toBe(400);
      expect(await r.text()).toContain(message);
    }
    expect(await env.db.select().from(visits)).toHaveLength(0);
  });

  it('is scoped like requests: a village sees only its own, a township its villages, a county reads only', async () => {
    const env = await setUp();
    await env.addUser('yc1', 'village', 'demo-yc-1');
    await env.addUser('yc2', 'village', 'demo-yc-2');
    await env.addUser('town', 'township', 'demo-yc-t1');
    await env.addUser('county', 'county', '140802');
    await env.addUser('yj1', 'village', 'demo-yj-1');
    const one = await signedIn(env, 'yc1');
    const two = await signedIn(env, 'yc2');
    const mine = (await recordVisit(one, VISIT)).headers.get('location')!.split('?')[0]!;
    await recordVisit(two, { ...VISIT, label: '西头李家' });
    // The village form cannot name another village.
    expect((await recordVisit(one, { ...VISIT, village: 'demo-yc-2' })).status).toBe(400);
    const list = await (await two.get('/staff/visits')).text();
    expect(list).toContain('西头李家');
    expect(list).not.toContain('南街刘家');
    expect((await two.get(mine)).status).toBe(404);
    expect((await (await signedIn(env, 'yj1')).get(mine)).status).toBe(404);
    const town = await signedIn(env, 'town');
    const both = await (await town.get('/staff/visits')).text();
    expect(both).toContain('西头李家');
    expect(both).toContain('南街刘家');
    expect(both).toContain('<select id="village" name="village"');
    const county = await signedIn(env, 'county');
    const read = await (await county.get('/staff/visits')).text();
    expect(read).toContain('南街刘家');
    expect(read).toContain('县级民政部门和管理员可以查看走访记录');
    expect((await recordVisit(county, { ...VISIT, village: 'demo-yc-1' })).status).toBe(404);
    expect((await county.get(`${mine}/screen`)).status).toBe(404);
  });
});

describe('assisted screening on a visit', () => {
  it(
    'runs the same dialogue, records the result once as assisted,' +
      ' and makes one assisted request with the consent given in ' +
      'person',
    async () => {
      const env = await setUp();
      await env.addUser('yc1', 'village', 'demo-yc-1');
      const c = await signedIn(env, 'yc1');
      const visit = (await recordVisit(c, VISIT)).headers.get('location')!.split('?')[0]!;
      const screenPage = await (await c.get(`${visit}/screen`)).text();
      expect(screenPage).toContain('帮助评估');
      // Answers posted as the page posts them: each for the step it showed.
      for (const text of TO_RESULT) {
        const html = await (await c.get(`${visit}/screen`)).text();
        const step = html.match(/name="_step" value="(\d+)"/)![1]!;
        const shown = html.match(/name="_shown" value="([^"]*)"/)![1]!;
        const token = html.match(/name="_csrf" value="([^"]+)"/)![1]!;
        expect((await c.post(`${visit}/screen`, { _csrf: token, _step: step, _shown: shown, text })).status).toBe(303);
      }
      const done = await (await c.get(`${visit}/screen`)).text();
      expect(done).toContain('已完成评估');
      // A form from a step already answered changes nothing and says so.
      const token = done.match(/name="_csrf" value="([^"]+)"/)![1]!;
      const stale = await c.post(`${visit}/screen`, { _csrf: token, _step: '1', _shown: 'x', text: '1' });
      expect(stale.headers.get('location')).toContain('stale=1');
      const events = await env.db.select().from(screeningEvents);
      expect(events).toHaveLength(1);
      expect(events[0]!.assisted).toBe(true);
      // The dialogue is sealed like every channel's: no answer in clear.
      expect(JSON.stringify(await env.db.select().from(sessions))).not.toContain('一千二');

      const detail = await (await c.get(visit)).text();
      expect(detail).toContain('转为救助申请');
      const form = {
        _csrf: token,
        consentBy: '户主本人',
        consentHow: 'signed',
        name: '王秀英',
        phone: '138 1234 5678',
        callTime: '上午',
        idNumber: '',
      };
      const bad = await c.post(`${visit}/request`, { ...form, phone: '12345', consentHow: '' });
      expect(bad.status).toBe(400);
      const badText = await bad.text();
      expect(badText).toContain('电话号码不对');
      expect(badText).toContain('请选择怎样同意的');
      expect(badText).toContain('value="王秀英"');
      const made = await c.post(`${visit}/request`, form);
      expect(made.status).toBe(303);
      const reference = decodeURIComponent(made.headers.get('location')!.split('request=')[1]!);
      expect(reference).toMatch(/^DD-[2-9A-Z]{6}$/);
      const again = await c.post(`${visit}/request`, form);
      expect(decodeURIComponent(again.headers.get('location')!.split('request=')[1]!)).toBe(reference);
      const rows = await env.db.select().from(referrals);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        reference,
        channel: 'staff',
        village: 'demo-yc-1',
        assisted: true,
        status: 'new',
      });
      const v = (await env.db.select().from(visits))[0]!;
      expect(v).toMatchObject({ outcome: 'request', consentHow: 'signed', referralId: rows[0]!.id });
      expect(v.screenedAt).not.toBeNull();
      const after = await (await c.get(visit)).text();
      expect(after).toContain(`这次走访已经提交了申请，编号 ${reference}`);
      expect(after).toContain('户主本人，签字同意');
      // The request reads like any other in the console, its channel named.
      const requestPage = await (await c.get(`/staff/requests/${rows[0]!.id}`)).text();
      expect(requestPage).toContain('入户走访（工作人员协助）');
      expect(requestPage).toContain('王秀英');
    },
  );

  it('will not make a request before the screening has a result', async () => {
    const env = await setUp();
    await env.addUser('yc1', 'village', 'demo-yc-1');
    const c = await signedIn(env, 'yc1');
    const visit = (await recordVisit(c, VISIT)).headers.get('location')!.split('?')[0]!;
    const token = await c.csrf(visit);
    const r = await c.post(`${visit}/request`, {
      _csrf: token,
      consentBy: '户主本人',
      consentHow: 'oral',
      name: '王秀英',
      phone: '13812345678',
      callTime: '上午',
    });
    expect(r.status).toBe(400);
    expect(await r.text()).toContain('请先完成帮助评估');
    expect(await env.db.select().from(referrals)).toHaveLength(0);
  });
});

/** A seeded month for demo-yc-1 and demo-yc-2 (township demo-yc-t1), 21 November – 20 December 2026. */
async function seededMonth(env: Env) {
  const store = new DrizzleVisitStore(env.db, env.atomic, env.sealer);
  const at = (d: string) => new Date(`${d}T03:00:00Z`);
  const visit = (
    village: string,
    label: string,
    focusGroup: string,
    visitedOn: string,
    outcome: 'none' | 'screened' | 'request' | 'referred',
    changes: string[] = [],
  ) =>
    store.create(
      {
        village,
        township: 'demo-yc-t1',
        county: '140802',
        label,
        focusGroup,
        visitedOn,
        outcome,
        changes,
        note: `备注${label}`,
      },
      'staff-1',
      at(visitedOn),
    );
  await visit('demo-yc-1', '东头王家', 'elderly_alone', '2026-11-21', 'none', ['income']);
  // the same household again
  await visit('demo-yc-1', '东头王家', 'elderly_alone', '2026-12-10', 'screened', ['income', 'illness']);
  await visit('demo-yc-1', '村口张家', 'left_behind_child', '2026-12-01', 'request', ['employment']);
  await visit('demo-yc-1', '后街李家', 'disabled', '2026-12-20', 'referred');
  await visit('demo-yc-1', '外地租户', 'migrant', '2026-12-05', 'none', ['disaster']);
  await visit('demo-yc-1', '上月的', 'elderly_alone', '2026-11-20', 'none', ['funeral']); // last month's report
  await visit('demo-yc-1', '下月的', 'elderly_alone', '2026-12-21', 'none', ['funeral']); // next month's
  await visit('demo-yc-2', '西头赵家', 'seriously_ill', '2026-12-02', 'request', ['illness', 'funeral']);
  // Requests: created in the period or not, assisted or not, for each village and for the township itself.
  const ids = [
    await env.addReferral({ village: 'demo-yc-1', createdAt: '2026-11-25T02:00:00Z', programs: ['dibao'] }),
    await env.addReferral({
      village: 'demo-yc-1',
      createdAt: '2026-12-01T04:00:00Z',
      programs: ['dibao', 'tekun'],
      channel: 'staff',
    }),
    // 20 December 23:59 China
    await env.addReferral({ village: 'demo-yc-1', createdAt: '2026-12-20T15:59:00Z', programs: [] }),
    // 21 December 00:00 China: next month
    await env.addReferral({ village: 'demo-yc-1', createdAt: '2026-12-20T16:00:00Z', programs: ['dibao'] }),
    await env.addReferral({
      village: 'demo-yc-2',
      createdAt: '2026-12-02T01:00:00Z',
      programs: ['temporary_assistance'],
      channel: 'staff',
    }),
    await env.addReferral({
      village: '',
      township: 'demo-yc-t1',
      county: '140802',
      createdAt: '2026-12-03T01:00:00Z',
      programs: ['single_person_dibao'],
    }),
  ];
  for (const i of [1, 4]) await env.db.update(referrals).set({ assisted: true }).where(eq(referrals.id, ids[i]!));
  // A correction of the first request's household in the period.
  await env.db.insert((await import('../../adapters/db/schema.ts')).referralEvents).values({
    referralId: ids[0]!,
    at: '2026-12-04T02:00:00Z',
    actor: 'staff-1',
    fromStatus: 'contacted',
    toStatus: 'contacted',
    kind: 'correction',
  });
  return ids;
}

describe('the monthly report', () => {
  it('adds up a seeded month for a village and for its township, counts and request numbers only', async () => {
    const env = await setUp();
    await seededMonth(env);
    const desk = staffDesk({
      db: env.db,
      atomic: env.atomic,
      sealer: env.sealer,
      villages: env.villages,
      clock: env.clock,
    });
    const actor = {
      id: 'town',
      scope: { all: false as const, villages: ['demo-yc-1', 'demo-yc-2'], townships: ['demo-yc-t1'], counties: [] },
    };
    const v = await villageReport(desk, actor, 'demo-yc-1', '2026-12');
    expect(v.due).toMatchObject({
      from: '2026-11-21',
      to: '2026-12-20',
      village: '2026-12-21',
      township: '2026-12-31',
    });
    const f = v.figures;
    expect(f.visitTotals).toEqual({ none: 2, screened: 1, request: 1, referred: 1, total: 5 });
    expect(f.visits.find((g) => g.group === 'elderly_alone')).toMatchObject({
      total: 2,
      byOutcome: { none: 1, screened: 1, request: 0, referred: 0 },
    });
    expect(f.visits.find((g) => g.group === 'seriously_ill')!.total).toBe(0);
    expect(f.households).toBe(4); // 王家 twice
    expect(Object.fromEntries(f.changed.map((c) => [c.kind, c.households]))).toEqual({
      employment: 1,
      income: 1,
      consumption: 0,
      disaster: 1,
      illness: 1,
      funeral: 0,
    });
    expect(f.changedAny).toBe(3);
    expect(f.corrected).toEqual(['DD-000001']);
    expect(f.requests).toMatchObject({
      total: 3,
      assisted: 1,
      self: 2,
      references: ['DD-000001', 'DD-000002', 'DD-000003'],
    });
    expect(Object.fromEntries(f.requests.byProgram.map((b) => [b.program, b.count]))).toEqual({
      dibao: 2,
      single_person_dibao: 0,
      tekun: 1,
      temporary_assistance: 0,
      '': 1,
    });

    const t = await townshipReport(desk, actor, 'demo-yc-t1', '2026-12');
    expect(t.villages!.map((x) => [x.code, x.figures.visitTotals.total, x.figures.requests.total])).toEqual([
      ['demo-yc-1', 5, 3],
      ['demo-yc-2', 1, 1],
    ]);
    expect(t.own!.requests).toMatchObject({ total: 1, references: ['DD-000006'] });
    expect(t.figures.visitTotals.total).toBe(6);
    expect(t.figures.households).toBe(5);
    expect(t.figures.changed.find((c) => c.kind === 'illness')!.households).toBe(2);
    expect(t.figures.changed.find((c) => c.kind === 'funeral')!.households).toBe(1);
    expect(t.figures.requests).toMatchObject({ total: 5, assisted: 2, self: 3 });
    expect(t.figures.requests.byProgram.find((b) => b.program === 'temporary_assistance')!.count).toBe(1);
    expect(t.figures.requests.references).toEqual(['DD-000001', 'DD-000002', 'DD-000003', 'DD-000005', 'DD-000006']);
  });

  it('is a printable page and a CSV from the console, within scope, with no label or note', async () => {
    const env = await setUp();
    await seededMonth(env);
    await env.addUser('yc1', 'village', 'demo-yc-1');
    await env.addUser('town', 'township', 'demo-yc-t1');
    const village = await signedIn(env, 'yc1');
    const choices = await (await village.get('/staff/reports?month=2026-12')).text();
    expect(choices).toContain('value="village:demo-yc-1"');
    expect(choices).not.toContain('demo-yc-2');
    expect(choices).not.toContain('township:');
    const page = await (await village.get('/staff/reports/show?month=2026-12&of=village:demo-yc-1')).text();
    expect(page).toContain('@page{size:A4');
    expect(page).toContain('统计时段：2026-11-21 至 2026-12-20');
    expect(page).toContain('报乡镇（街道）截止：2026-12-21');
    expect(page).toContain('运民发〔2021〕59号 二、（五）');
    expect(page).toContain('DD-000002');
    for (const secret of ['王家', '张家', '备注', '张建华', '13812345678']) expect(page).not.toContain(secret);
    expect((await village.get('/staff/reports/show?month=2026-12&of=village:demo-yc-2')).status).toBe(404);
    expect((await village.get('/staff/reports/show?month=2026-12&of=township:demo-yc-t1')).status).toBe(404);
    expect((await village.get('/staff/reports/show?month=2026-13&of=village:demo-yc-1')).status).toBe(400);
    const town = await signedIn(env, 'town');
    const csv = await town.get('/staff/reports/report.csv?month=2026-12&of=township:demo-yc-t1');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel and WPS need
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('范围,部分,项目,数量');
    expect(text).toContain('新提交的申请,新申请数,5');
    expect(text).toContain('工作人员协助提交,2');
    for (const secret of ['王家', '备注', '张建华', '13812345678']) expect(text).not.toContain(secret);
    expect(await (await town.get('/staff/reports/show?month=2026-12&of=township:demo-yc-t1')).text()).toContain(
      '报县级民政部门截止：2026-12-31',
    );
  });
});

describe('reminders of the monthly report', () => {
  const CONFIG = {
    villages: [
      {
        code: 'dongguo',
        name: '东郭村',
        township: { code: 'bc', name: '北城街道' },
        region: '140802',
        notify: { wecomWebhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=v' },
      },
      { code: 'xiguo', name: '西郭村', township: { code: 'bc', name: '北城街道' }, region: '140802' },
    ],
    townships: [{ code: 'bc', name: '北城街道', notify: { telegramChatId: '-100123' } }],
  };

  it('queues each office once per month, before its due date, however often and after a restart', async () => {
    const env = await setUp();
    const run = (at: string) =>
      queueMonthlyReminders({
        db: env.db,
        atomic: env.atomic,
        sealer: env.sealer,
        villages: villageDirectory(CONFIG),
        now: () => new Date(at),
      });
    expect(await run('2026-12-15T02:00:00Z')).toBe(0); // due 21 December, reminded from the 16th
    expect(await run('2026-12-16T02:00:00Z')).toBe(1); // the village with a target; 西郭村 has none
    expect(await run('2026-12-16T09:00:00Z')).toBe(0);
    // A restart: a new directory and new job objects over the same database.
    expect(await Promise.all([run('2026-12-18T02:00:00Z'), run('2026-12-18T02:00:01Z')])).toEqual(
      expect.arrayContaining([0]),
    );
    expect(await run('2026-12-22T02:00:00Z')).toBe(0); // past the village's due date
    expect(await run('2026-12-28T02:00:00Z')).toBe(1); // the township's: due the 31st, reminded from the 28th
    expect(await run('2026-12-31T02:00:00Z')).toBe(0);
    const rows = await env.db.select().from(outbox);
    expect(rows.map((r) => [r.dedupeKey, r.target, r.kind]).sort()).toEqual([
      ['monthly:township:bc:2026-12', 'township:bc', 'telegram_chat'],
      ['monthly:village:dongguo:2026-12', 'dongguo', 'wecom_robot'],
    ]);
    const payload = await env.sealer.open<Record<string, unknown>>(
      rows.find((r) => r.target === 'dongguo')!.sealedPayload,
    );
    expect(payload).toEqual({
      kind: 'monthly_reminder',
      level: 'village',
      place: '北城街道东郭村',
      month: '2026-12',
      dueDate: '2026-12-21',
    });
    // Sent and kept: the next run still adds nothing for this month.
    await env.db.update(outbox).set({ status: 'sent' });
    expect(await run('2026-12-29T02:00:00Z')).toBe(0);
    expect(await run('2027-01-15T02:00:00Z')).toBe(1); // January's, due Wednesday the 20th
  });
});

describe('retention and the statistics view', () => {
  it(
    'deletes visits older than the configured days and counts vis' + 'its, assisted screenings and requests per day',
    async () => {
      const env = await setUp();
      await seededMonth(env);
      const all = { all: true as const };
      const counts = await visitCounts(env.db, all, '2026-12-01', '2026-12-20');
      expect(counts.visits.filter((v) => v.day === '2026-12-10')).toEqual([
        { day: '2026-12-10', focusGroup: 'elderly_alone', outcome: 'screened', count: 1 },
      ]);
      expect(counts.visits.reduce((n, v) => n + v.count, 0)).toBe(5); // 21 November is before the range
      expect(counts.requests.find((r) => r.day === '2026-12-01')).toEqual({ day: '2026-12-01', assisted: 1, self: 0 });
      expect(counts.requests.find((r) => r.day === '2026-12-20')).toEqual({ day: '2026-12-20', assisted: 0, self: 1 });
      // The township's own request (no village) is counted only for the whole.
      const yc1 = await visitCounts(env.db, { all: false, villages: ['demo-yc-1'] }, '2026-12-01', '2026-12-20');
      expect(yc1.visits.reduce((n, v) => n + v.count, 0)).toBe(4);
      expect(yc1.requests.reduce((n, r) => n + r.assisted + r.self, 0)).toBe(2);
      expect(await visitCounts(env.db, { all: false, villages: [] }, '2026-12-01', '2026-12-20')).toEqual({
        visits: [],
        assistedScreenings: [],
        requests: [],
      });
      // Kept 30 days after 21 December: the visits of 20 November and before go.
      expect(await sweepVisits(env.db, 30, new Date('2026-12-21T03:00:00Z'))).toBe(1);
      expect((await env.db.select().from(visits)).map((v) => v.visitedOn)).not.toContain('2026-11-20');
    },
  );

  it(
    'feeds the statistics in pictures: the seeded month as the vi' + 'sits section of the charts, within scope',
    async () => {
      const env = await setUp();
      await seededMonth(env);
      const all = await visitsSource(env.db, { all: true }, '2026-12-01', '2026-12-20');
      const total = (key: string) => all.totals.find((t) => t.key === key)?.value;
      expect(total('visits')).toBe(5);
      expect(total('visits:screened')).toBeGreaterThanOrEqual(1);
      expect(VISIT_OUTCOMES.reduce((n, o) => n + (total(`visits:${o}`) ?? 0), 0)).toBe(5);
      // The requests as visitCounts gives them (checked against the seed above), summed over the days.
      const counts = await visitCounts(env.db, { all: true }, '2026-12-01', '2026-12-20');
      expect(total('assisted_requests')).toBe(counts.requests.reduce((n, r) => n + r.assisted, 0));
      expect(total('self_requests')).toBe(counts.requests.reduce((n, r) => n + r.self, 0));
      expect(total('assisted_requests')).toBeGreaterThan(0);
      const visitsByDay = all.byDay!.find((s) => s.key === 'visits')!.days;
      expect(visitsByDay).toHaveLength(20);
      expect(visitsByDay.find((d) => d.day === '2026-12-10')?.value).toBe(1);
      const village = await visitsSource(
        env.db,
        { all: false, villages: ['demo-yc-1'], townships: [], counties: [] },
        '2026-12-01',
        '2026-12-20',
      );
      expect(village.totals.find((t) => t.key === 'visits')?.value).toBe(4);
    },
  );

  it('marks an assisted screening once, with its event', async () => {
    const env = await setUp();
    await env.addUser('yc1', 'village', 'demo-yc-1');
    const user = (await env.store.userByName('yc1'))!;
    const desk = staffDesk({
      db: env.db,
      atomic: env.atomic,
      sealer: env.sealer,
      villages: env.villages,
      clock: env.clock,
    });
    const actor = {
      id: user.id,
      role: 'village',
      scope: { all: false as const, villages: ['demo-yc-1'], townships: [], counties: [] },
    };
    const id = await new DrizzleVisitStore(env.db, env.atomic, env.sealer).create(
      {
        village: 'demo-yc-1',
        township: 'demo-yc-t1',
        county: '140802',
        label: '王家',
        focusGroup: 'disabled',
        visitedOn: '2026-12-01',
        outcome: 'referred',
        changes: [],
        note: '',
      },
      user.id,
      env.clock.now(),
    );
    let s = await screeningOf(desk, actor, id);
    for (const text of TO_RESULT) {
      expect(await answerScreening(desk, actor, id, { text, version: s.version, shown: s.shown })).toBe('ok');
      s = await screeningOf(desk, actor, id);
    }
    expect(s.done).toBe(true);
    expect(await answerScreening(desk, actor, id, { text: '我的回答', version: s.version, shown: s.shown })).toBe('ok');
    expect(await env.db.select().from(screeningEvents)).toHaveLength(1);
    // A visit referred elsewhere stays so; the screening is still recorded on it.
    const row = (await env.db.select().from(visits))[0]!;
    expect(row.outcome).toBe('referred');
    expect(row.screenedAt).not.toBeNull();
    const day = row.screenedAt!.slice(0, 10);
    expect((await visitCounts(env.db, { all: true }, day, day)).assistedScreenings).toEqual([{ day, count: 1 }]);
  });
});
