// The statistics in pictures (issue 18 item 5): screening dialogues driven through the real
// engine, counted by the session store decorator, and requests with their history, computed for
// an admin and for county staff, with small counts suppressed on the page and in the CSV, the
// drop-off per question exact, and the visits section present only when a source is given.
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../bot/engine.ts';
import { MemorySessionStore } from '../../bot/memory-store.ts';
import type { Channel } from '../../bot/ports.ts';
import { DrizzleDialogueCounts } from '../../adapters/db/dialogue-counts.ts';
import { referralEvents, referrals } from '../../adapters/db/schema.ts';
import { CountingSessionStore } from '../../adapters/stats/counting-store.ts';
import { chartStats } from '../../adapters/web/staff/charts/compute.ts';
import { chartsCsv } from '../../adapters/web/staff/charts/csv.ts';
import { staffDesk } from '../../adapters/web/staff/cases/desk.ts';
import { defaultParameters } from '../../screening/index.ts';
import { Client, referralRow, setUp } from './support.ts';

const DAY = 86_400_000;

/**
 * Seeds dialogues: 6 leave at the first question, 7 misread once then leave at the second, 5 finish (misread once at
 * the second); 2 more on another channel.
 */
async function seedDialogues(env: Awaited<ReturnType<typeof setUp>>) {
  const counts = new DrizzleDialogueCounts(env.db);
  const store = new CountingSessionStore(new MemorySessionStore(), {
    counts,
    parameters: defaultParameters(),
    now: () => env.clock.now(),
  });
  const deps = { store, clock: env.clock, parameters: defaultParameters() };
  let n = 0;
  const run = async (texts: string[], channel: Channel = 'web') => {
    const userId = `u${++n}`;
    await handleMessage({ channel, userId, text: '', kind: 'start', tags: { region: '140800' } }, deps);
    for (const text of texts) await handleMessage({ channel, userId, text, tags: { region: '140800' } }, deps);
  };
  for (let i = 0; i < 6; i++) await run([]);
  for (let i = 0; i < 7; i++) await run(['啊啊啊', '就我一个人', '75岁']);
  // 城市户口 at the disability question is kept as a note and the question asked again (not understood).
  for (let i = 0; i < 5; i++) await run(['就我一个人', '75岁', '城市户口', ...Array(8).fill('没有')]);
  for (let i = 0; i < 2; i++) await run([], 'telegram');
  // A link tagged with a county: counted under its city.
  await handleMessage(
    { channel: 'telegram', userId: 'county-tag', text: '', kind: 'start', tags: { region: '140802' } },
    deps,
  );
  await store.settled();
}

/**
 * Requests: 6 on 12月2日 in one county (3 contacted the next day, 1 of them closed and answered 回访), 2 on 12月3日, 1
 * elsewhere.
 */
async function seedRequests(env: Awaited<ReturnType<typeof setUp>>) {
  let n = 0;
  const add = async (
    village: string,
    county: string,
    createdAt: string,
    events: [string, string, string][] = [],
    extra: Partial<typeof referrals.$inferInsert> = {},
  ) => {
    const row = { ...(await referralRow(env.sealer, ++n, { village, county, createdAt, channel: 'web' })), ...extra };
    await env.db.insert(referrals).values(row);
    await env.db
      .insert(referralEvents)
      .values({ referralId: row.id, at: createdAt, actor: 'resident', fromStatus: null, toStatus: 'new' });
    for (const [at, from, to] of events)
      await env.db
        .insert(referralEvents)
        .values({ referralId: row.id, at, actor: 'v', fromStatus: from, toStatus: to });
  };
  const d2 = '2026-12-02T02:00:00.000Z';
  const next = new Date(Date.parse(d2) + DAY).toISOString();
  for (let i = 0; i < 2; i++) await add('demo-yc-1', '140802', d2, [[next, 'new', 'contacted']]);
  await add(
    'demo-yc-1',
    '140802',
    d2,
    [
      [next, 'new', 'contacted'],
      [next, 'contacted', 'closed'],
    ],
    { status: 'closed', followUpMs: Date.parse(next), followUpAnswer: 'resolved' },
  );
  // Three still new, one long past its deadline.
  await add('demo-yc-1', '140802', d2, [], { dueMs: Date.parse(d2) + DAY });
  for (let i = 0; i < 2; i++) await add('demo-yc-2', '140802', d2);
  for (let i = 0; i < 2; i++) await add('demo-yc-1', '140802', '2026-12-03T03:00:00.000Z');
  await add('demo-yj-1', '441702', d2);
}

describe('statistics in pictures', () => {
  it('counts screenings and the drop-off per question exactly, per channel and city', async () => {
    const env = await setUp();
    env.advance(4 * DAY); // 2026-12-05
    await seedDialogues(env);
    const desk = staffDesk({
      db: env.db,
      atomic: env.atomic,
      sealer: env.sealer,
      villages: env.villages,
      clock: env.clock,
    });
    const admin = { id: 'a', scope: { all: true as const } };
    const web = await chartStats(desk, admin, { from: '2026-12-01', to: '2026-12-05', channel: 'web' });
    expect(web.screenings.totalStarted).toBe(18);
    expect(web.screenings.totalFinished).toBe(5);
    expect(web.screenings.started.find((d) => d.day === '2026-12-05')?.value).toBe(18);
    const q = Object.fromEntries(web.dropOff.map((r) => [r.question, r]));
    expect(q['members']).toMatchObject({ asked: 18, answered: 12, notUnderstood: 7, left: 6 });
    expect(q['disability']).toMatchObject({ asked: 12, answered: 5, notUnderstood: 5, left: 7 });
    expect(q['illness']).toMatchObject({ asked: 5, answered: 5, left: 0 });
    // Where people leave: the second question most, then the first.
    expect(
      [...web.dropOff]
        .sort((a, b) => b.left - a.left)
        .slice(0, 2)
        .map((r) => r.question),
    ).toEqual(['disability', 'members']);
    // Every finished dialogue has one verdict per program.
    expect(web.verdicts.reduce((s, v) => s + v.value, 0)).toBe(5 * 4);
    const all = await chartStats(desk, admin, { from: '2026-12-01', to: '2026-12-05' });
    expect(all.screenings.totalStarted).toBe(21);
    const tg = await chartStats(desk, admin, {
      from: '2026-12-01',
      to: '2026-12-05',
      channel: 'telegram',
      city: '140800',
    });
    expect(tg.screenings.totalStarted).toBe(3);
    expect(tg.dropOff.find((r) => r.question === 'members')).toMatchObject({ asked: 3, left: 3 });
    // County staff see their own city's screenings only.
    const otherCity = { id: 'c', scope: { all: false as const, villages: [], townships: [], counties: ['441702'] } };
    expect((await chartStats(desk, otherCity, { from: '2026-12-01', to: '2026-12-05' })).screenings.totalStarted).toBe(
      0,
    );
    const ownCity = {
      id: 'c',
      scope: {
        all: false as const,
        villages: ['demo-yc-1', 'demo-yc-2'],
        townships: ['demo-yc-t1'],
        counties: ['140802'],
      },
    };
    expect((await chartStats(desk, ownCity, { from: '2026-12-01', to: '2026-12-05' })).screenings.totalStarted).toBe(
      21,
    );
    // Nothing but counts is stored: no user id anywhere in the counters.
    const rows = await new DrizzleDialogueCounts(env.db).read({ from: '2026-12-01', to: '2026-12-05' });
    expect(JSON.stringify(rows)).not.toMatch(/u\d+/);
  });

  it('counts requests, statuses reached, first contact, overdue and 回访 in scope', async () => {
    const env = await setUp();
    await seedRequests(env);
    env.advance(4 * DAY);
    const desk = staffDesk({
      db: env.db,
      atomic: env.atomic,
      sealer: env.sealer,
      villages: env.villages,
      clock: env.clock,
    });
    const county = {
      id: 'c',
      scope: {
        all: false as const,
        villages: ['demo-yc-1', 'demo-yc-2'],
        townships: ['demo-yc-t1'],
        counties: ['140802'],
      },
    };
    const s = await chartStats(desk, county, { from: '2026-12-01', to: '2026-12-05' });
    expect(s.requests.total).toBe(8);
    expect(s.requests.byDay.filter((d) => d.value > 0)).toEqual([
      { day: '2026-12-02', value: 6 },
      { day: '2026-12-03', value: 2 },
    ]);
    const statuses = Object.fromEntries(s.statuses.map((r) => [r.key, r.value]));
    expect(statuses).toMatchObject({ new: 8, contacted: 3, closed: 1, visited: 0 });
    expect(Object.fromEntries(s.firstContact.map((r) => [r.key, r.value]))).toEqual({
      d0: 3,
      d3: 0,
      d7: 0,
      d8: 0,
      none: 5,
    });
    expect(s.overdue.find((r) => r.key === 'overdue')?.value).toBe(1);
    expect(s.followUp.find((r) => r.key === 'resolved')?.value).toBe(1);
    expect(s.visits).toBeUndefined();
    const admin = await chartStats(desk, { id: 'a', scope: { all: true } }, { from: '2026-12-01', to: '2026-12-05' });
    expect(admin.requests.total).toBe(9);
    expect(
      (
        await chartStats(
          desk,
          { id: 'a', scope: { all: true } },
          { from: '2026-12-01', to: '2026-12-05', city: '441700' },
        )
      ).requests.total,
    ).toBe(1);
    expect(
      (
        await chartStats(
          desk,
          { id: 'a', scope: { all: true } },
          { from: '2026-12-01', to: '2026-12-05', channel: 'wechat' },
        )
      ).requests.total,
    ).toBe(0);
  });

  it('suppresses small counts on the page and in the CSV; charts carry a title and a description', async () => {
    const env = await setUp();
    await seedRequests(env);
    env.advance(4 * DAY);
    await env.addUser('yanhu', 'county', '140802');
    await env.addUser('wang', 'village', 'demo-yc-1');
    const c = new Client(env);
    await c.login('yanhu');
    const res = await c.get('/staff/charts?from=2026-12-01&to=2026-12-05');
    expect(res.status).toBe(200);
    const html = await res.text();
    // 12月2日: 6 shown; 12月3日: 2 hidden as "<5".
    expect(html).toMatch(/<th scope="row">2026-12-02<\/th><td>6<\/td>/);
    expect(html).toMatch(/<th scope="row">2026-12-03<\/th><td>&lt;5<\/td>/);
    expect(html).not.toMatch(/<td>[1-4]<\/td>/);
    expect(html).toContain('<svg');
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="ch-requests-t ch-requests-d"/);
    expect(html).toContain('<title id="ch-requests-t">');
    expect(html).toContain('<desc id="ch-requests-d">');
    expect(html).not.toContain('走访和代为筛查');
    // Read as bytes: text() would drop the byte-order mark Excel needs.
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await (await c.get('/staff/charts.csv?from=2026-12-01&to=2026-12-05')).arrayBuffer(),
    );
    expect(csv.startsWith('\uFEFF部分,项目,日期,数值')).toBe(true);
    expect(csv).toContain('申请,新申请,2026-12-02,6');
    expect(csv).toContain('申请,新申请,2026-12-03,<5');
    expect(csv).toContain('申请,合计,,8');
    expect(csv).toContain('到过的状态,已联系,,<5');
    expect(csv.split('\r\n').filter((l) => /,[1-4]$/.test(l))).toEqual([]);
    // A bad period is refused; village staff have no charts.
    expect((await c.get('/staff/charts?from=2026-12-05&to=2026-12-01')).status).toBe(400);
    expect((await c.get('/staff/charts?from=2025-01-01&to=2026-12-01')).status).toBe(400);
    const v = new Client(env);
    await v.login('wang');
    expect((await v.get('/staff/charts')).status).toBe(404);
    expect((await v.get('/staff/charts.csv')).status).toBe(404);
  });

  it('shows visits and assisted screenings only when a source is wired in', async () => {
    const env = await setUp();
    const desk = staffDesk({
      db: env.db,
      atomic: env.atomic,
      sealer: env.sealer,
      villages: env.villages,
      clock: env.clock,
    });
    const calls: string[] = [];
    const s = await chartStats(
      desk,
      { id: 'a', scope: { all: true } },
      { from: '2026-11-01', to: '2026-11-30' },
      async (_db, _scope, from, to) => {
        calls.push(`${from}..${to}`);
        return {
          totals: [
            { key: 'visits', label: '入户走访', value: 12 },
            { key: 'assisted', label: '代为筛查', value: 3 },
          ],
        };
      },
    );
    expect(calls).toEqual(['2026-11-01..2026-11-30']);
    expect(chartsCsv(s)).toContain('走访和代为筛查,入户走访,,12');
    expect(chartsCsv(s)).toContain('走访和代为筛查,代为筛查,,<5');
  });
});
