// Input edges found by the outside probe of 2026-12-05 (issue 14): dates that are not on the
// calendar, a Telegram delivery that is not JSON or too large, and query or form values that
// name a property every JavaScript object inherits (constructor, __proto__, toString).
import { describe, expect, it } from 'vitest';
import { createApp } from '../../adapters/http/app.ts';
import { telegramRoutes } from '../../adapters/telegram/webhook.ts';
import { toInbound } from '../../adapters/wechat/inbound.ts';
import { builtInParameterSet } from '../../screening/index.ts';
import { MemoryDedup } from '../support/memory-dedup.ts';
import { Client, setUp } from '../staff/support.ts';

const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

const botInfo = {
  id: 42,
  is_bot: true as const,
  first_name: 'doudi',
  username: 'doudi_bot',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

describe('dates must be on the calendar', () => {
  const app = createApp({ parameters: builtInParameterSet(), today: () => '2026-11-24' });

  it(
    'GET /api/v1/regions/{code}?date= refuses month 13, day 45, 3' + '0 February and 29 February of a common year',
    async () => {
      for (const date of ['2026-13-45', '2026-02-30', '2026-02-29', '2026-04-31', '2026-00-10', '2026-12-00']) {
        const res = await app.request(`/api/v1/regions/140800?date=${date}`);
        expect(res.status, date).toBe(400);
        expect(((await res.json()) as { error: { code: string } }).error.code, date).toBe('INVALID_DATE');
      }
      for (const date of ['2024-02-29', '2026-12-31', '2026-01-01']) {
        const res = await app.request(`/api/v1/regions/140800?date=${date}`);
        expect(res.status, date).toBe(200);
        expect(((await res.json()) as { asOf: string }).asOf).toBe(date);
      }
    },
  );

  it('POST /api/v1/screen refuses a date that is not on the calendar', async () => {
    const res = await app.request('/api/v1/screen', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ region: '140800', household: {}, date: '2026-02-30' }),
    });
    expect(res.status).toBe(400);
    expect(
      ((await res.json()) as { error: { code: string; issues: { path: string }[] } }).error.issues.map((i) => i.path),
    ).toContain('date');
  });

  it('the staff list refuses 30 February in its date filters', async () => {
    const env = await setUp();
    await env.addUser('cun1', 'village', 'demo-yc-1');
    const c = new Client(env);
    await c.login('cun1');
    for (const q of ['from=2026-02-30', 'to=2026-13-45', 'from=2026-04-31']) {
      const res = await c.get(`/staff/requests?${q}`);
      expect(res.status, q).toBe(400);
      expect(await res.text()).toContain('日期不对');
    }
    expect((await c.get('/staff/requests?from=2024-02-29&to=2026-12-31')).status).toBe(200);
  });
});

describe('POST /telegram with the right secret', () => {
  const telegram = () => {
    const handled: unknown[] = [];
    const app = createApp({
      parameters: builtInParameterSet(),
      today: () => '2026-11-24',
      channels: [
        telegramRoutes({
          token: '1:abc',
          botInfo,
          dedup: new MemoryDedup(),
          handle: async (m) => {
            handled.push(m);
            return [];
          },
          secretToken: 's3cret',
        }),
      ],
    });
    const post = (body: string, secret = 's3cret') =>
      app.request('/telegram', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': secret },
        body,
      });
    return { post, handled };
  };

  it('answers 400 INVALID_JSON to a body that is not JSON, and never runs the dialogue', async () => {
    const { post, handled } = telegram();
    for (const body of ['{bad', 'not json at all', '']) {
      const res = await post(body);
      expect(res.status, body).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('INVALID_JSON');
    }
    expect(handled).toHaveLength(0);
  });

  it('answers 413 to a body over the limit, and a wrong secret still gets 401 before the body is read', async () => {
    const { post, handled } = telegram();
    const big = await post(
      JSON.stringify({
        update_id: 1,
        message: { message_id: 1, date: 0, chat: { id: 7, type: 'private' }, text: 'x'.repeat(300 * 1024) },
      }),
    );
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { code: string } }).error.code).toBe('BODY_TOO_LARGE');
    expect((await post('{bad', 'wrong')).status).toBe(401);
    expect(handled).toHaveLength(0);
  });
});

describe('lookups keyed by outside values use own properties only', () => {
  it('?changed= on the request page shows a status only for a real status', async () => {
    const env = await setUp();
    await env.addUser('cun1', 'village', 'demo-yc-1');
    const id = await env.addReferral({ village: 'demo-yc-1' });
    const c = new Client(env);
    await c.login('cun1');
    for (const changed of INHERITED) {
      const res = await c.get(`/staff/requests/${id}?changed=${changed}`);
      expect(res.status, changed).toBe(200);
      const html = await res.text();
      expect(html, changed).not.toContain('状态已改为');
      expect(html, changed).not.toContain('native code');
      expect(html, changed).not.toContain('[object Object]');
    }
    expect(await (await c.get(`/staff/requests/${id}?changed=contacted`)).text()).toContain('状态已改为“已联系”');
  });

  it('a WeChat menu key named like an inherited property is ignored', () => {
    for (const key of INHERITED) {
      expect(toInbound({ FromUserName: 'u', MsgType: 'event', Event: 'CLICK', EventKey: key }), key).toEqual({
        kind: 'ignore',
      });
    }
    expect(toInbound({ FromUserName: 'u', MsgType: 'event', Event: 'CLICK', EventKey: 'POLICY' })).toMatchObject({
      kind: 'message',
      message: { text: '政策' },
    });
  });
});
