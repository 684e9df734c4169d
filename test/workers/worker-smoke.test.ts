// Smoke tests through the Worker entry (adapters/runtime/worker.ts) inside workerd, on D1 with
// the real migrations: health and readiness, security headers, the public API's limit per
// client, a screening (and its anonymous log row), the WeChat webhook in
// safe mode with a signed and encrypted delivery (and a whole transcript, whose long replies go
// out through the customer-service API from ctx.waitUntil), the Telegram webhook with its secret
// header, a screening link, and DOUDI_CONFIG as text (figures, and a city package). Telegram's and WeChat's APIs are a
// fetch stub: nothing leaves the machine.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import worker, { type WorkerEnv } from '../../adapters/runtime/worker.ts';
import exampleConfig from '../../adapters/config/doudi.config.example.yaml?raw';
import inventedCity from '../fixtures/cities/qinghe.yaml?raw';
import elderlyTranscript from '../transcripts/010-elderly-alone.yaml?raw';
import { parse } from 'yaml';
import { parseWechatXml } from '../../adapters/wechat/xml.ts';
import { SimulatedWechat } from '../wechat/simulated-server.ts';
import { d1Rows, freshD1 } from './d1.ts';
import { Sealer } from '../../adapters/crypto/sealer.ts';
import { hashPassword, verifyPassword } from '../../adapters/web/staff/password.ts';
import { ELDERLY_ALONE } from '../support/households.ts';

/** Sessions are stored under a keyed hash of the channel user (never the OpenID or chat id). */
async function sessionKey(channel: string, userId: string): Promise<string> {
  const sealer = await Sealer.fromKey(env.DOUDI_DATA_KEY!);
  return `${channel}:${await sealer.hash(`session:${channel}:${userId}`)}`;
}

const wx = new SimulatedWechat(env.WECHAT_TOKEN!, env.WECHAT_APPID!, env.WECHAT_ENCODING_AES_KEY!);

/** Every outbound request the Worker makes, answered here as Telegram's or WeChat's API would. */
const outbound: { url: string; body: unknown }[] = [];
const stubFetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  const req = new Request(input, init);
  const text = req.method === 'POST' ? await req.text() : '';
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // form or multipart bodies stay text
  }
  outbound.push({ url: req.url, body });
  const url = new URL(req.url);
  if (url.origin === env.TELEGRAM_API_ROOT) {
    const method = url.pathname.split('/').pop();
    const result =
      method === 'sendMessage'
        ? { message_id: outbound.length, date: 0, chat: { id: 7, type: 'private' }, text: '' }
        : true;
    return Response.json({ ok: true, result });
  }
  if (url.origin === env.WECHAT_API_BASE) {
    if (url.pathname === '/cgi-bin/stable_token' || url.pathname === '/cgi-bin/token')
      return Response.json({ access_token: 'AT', expires_in: 7200 });
    return Response.json({ errcode: 0, errmsg: 'ok' });
  }
  return new Response('no network in tests', { status: 599 });
});

beforeAll(() => {
  vi.stubGlobal('fetch', stubFetch);
});
afterAll(() => {
  vi.unstubAllGlobals();
});
beforeEach(async () => {
  outbound.length = 0;
  await freshD1();
});

/** A request through the Worker's fetch handler, waiting for its waitUntil work. */
async function call(path: string, init?: RequestInit, bindings: WorkerEnv = env): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(`https://doudi.example${path}`, init), bindings, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

const household = ELDERLY_ALONE;

describe('Worker entry (workerd + D1)', () => {
  it('GET /healthz, through the configured main module as well as the imported one', async () => {
    const viaMain = await exports.default.fetch('https://doudi.example/healthz');
    expect(viaMain.status).toBe(200);
    expect(await viaMain.json()).toEqual({ ok: true });
    expect(await (await call('/healthz')).json()).toEqual({ ok: true });
  });

  it(
    'GET /readyz writes its probe to D1; every answer carries the' + ' security headers, HSTS included over https',
    async () => {
      const ready = await call('/readyz');
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ ok: true });
      expect(await d1Rows('select id from health_probe')).toEqual([{ id: 1 }]);
      expect(ready.headers.get('strict-transport-security')).toMatch(/^max-age=/);
      expect(ready.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(ready.headers.get('cache-control')).toBe('no-store');
    },
  );

  it('the public API limit counts per CF-Connecting-IP in D1: 429 RATE_LIMITED after 30 a minute', async () => {
    const ask = (ip: string) =>
      call('/api/v1/ask', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip },
        body: JSON.stringify({ region: '140800', question: '低保是什么' }),
      });
    for (let i = 0; i < 30; i++) expect((await ask('203.0.113.9')).status).toBe(200);
    const limited = await ask('203.0.113.9');
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
    expect((await ask('198.51.100.7')).status).toBe(200);
  });

  it(
    'staff console: the sign-in page is served, pages need a ' +
      'session, and PBKDF2 at 100,000 iterations runs in workerd',
    async () => {
      const login = await call('/staff/login');
      expect(login.status).toBe(200);
      expect(await login.text()).toContain('工作人员登录');
      const list = await call('/staff/requests', { redirect: 'manual' });
      expect([302, 303]).toContain(list.status);
      expect(list.headers.get('location')).toContain('/staff/login');
      const hash = await hashPassword('correct horse');
      expect(hash).toMatch(/\$100000\$/);
      expect(await verifyPassword('correct horse', hash)).toBe(true);
      expect(await verifyPassword('wrong', hash)).toBe(false);
    },
  );

  it('POST /api/v1/screen returns the contract report and logs verdicts only in D1', async () => {
    const res = await call('/api/v1/screen', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ region: '140802', household }),
    });
    expect(res.status).toBe(200);
    const report = (await res.json()) as { region: string; results: { program: string; verdict: string }[] };
    expect(report.results.map((r) => r.program).sort()).toEqual([
      'dibao',
      'single_person_dibao',
      'tekun',
      'temporary_assistance',
    ]);
    const events = await d1Rows('select region, verdicts from screening_events');
    expect(events).toHaveLength(1);
    expect(Object.keys(JSON.parse(String(events[0]!['verdicts']))).sort()).toEqual([
      'dibao',
      'single_person_dibao',
      'tekun',
      'temporary_assistance',
    ]);
    const invalid = await call('/api/v1/screen', { method: 'POST', body: '{"region":"14"}' });
    expect(invalid.status).toBe(400);
  });

  it(
    'WeChat: URL verification, then a safe-mode message gets an ' +
      'encrypted passive reply; a retry does not step twice',
    async () => {
      const now = String(Math.floor(Date.now() / 1000));
      const sig = wx.sign(wx.token, now, '2');
      expect(
        await (await call(`/wechat?signature=${sig}&timestamp=${now}&nonce=2&echostr=5833258582299191661`)).text(),
      ).toBe('5833258582299191661');

      const d = wx.delivery(wx.textXml('oWorkerUser', '你好', '6054768590064713999'), 'safe');
      const res = await call(d.url, { method: 'POST', body: d.body });
      expect(res.status).toBe(200);
      const reply = parseWechatXml(wx.openReply(await res.text()));
      expect(reply).toMatchObject({ ToUserName: 'oWorkerUser', MsgType: 'text' });
      expect(String(reply['Content']).length).toBeGreaterThan(0);
      const key = await sessionKey('wechat', 'oWorkerUser');
      const session = await d1Rows(`select version from sessions where key = '${key}'`);
      expect(session).toHaveLength(1);
      expect(await d1Rows("select key from sessions where key like '%oWorkerUser%'")).toHaveLength(0);

      // WeChat retries the same MsgId when it did not hear back in time: claimed once in D1.
      const again = await call(d.url, { method: 'POST', body: d.body });
      expect(again.status).toBe(200);
      expect(await d1Rows(`select version from sessions where key = '${key}'`)).toEqual(session);

      const forged = wx.delivery(wx.textXml('oWorkerUser', '你好', '1'), 'safe');
      expect(
        (
          await call(forged.url.replace(/msg_signature=[0-9a-f]+/, 'msg_signature=00'), {
            method: 'POST',
            body: forged.body,
          })
        ).status,
      ).toBe(401);
    },
  );

  it(
    'Telegram: the secret header is required; a message is ' +
      'answered through the (stubbed) Bot API; a duplicate update is ' +
      'ignored',
    async () => {
      const update = {
        update_id: 9001,
        message: {
          message_id: 1,
          date: 0,
          chat: { id: 7, type: 'private', first_name: 'A' },
          from: { id: 7, is_bot: false, first_name: 'A' },
          text: '/start',
          entities: [{ type: 'bot_command', offset: 0, length: 6 }],
        },
      };
      const post = (secret: string) =>
        call('/telegram', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': secret },
          body: JSON.stringify(update),
        });
      expect((await post('wrong')).status).toBe(401);
      expect(outbound).toHaveLength(0);

      expect((await post(env.TELEGRAM_WEBHOOK_SECRET!)).status).toBe(200);
      const sends = outbound.filter(
        (o) => o.url === `${env.TELEGRAM_API_ROOT}/bot${env.TELEGRAM_BOT_TOKEN}/sendMessage`,
      );
      expect(sends.length).toBeGreaterThan(0);
      expect(sends[0]!.body).toMatchObject({ chat_id: 7 });
      expect(await d1Rows(`select key from sessions where key = '${await sessionKey('telegram', '7')}'`)).toHaveLength(
        1,
      );

      const before = outbound.length;
      expect((await post(env.TELEGRAM_WEBHOOK_SECRET!)).status).toBe(200);
      expect(outbound.length).toBe(before);
    },
  );

  it('screening link: staff create it with the admin token; the family page and QR code render from D1', async () => {
    const created = await call('/api/v1/links', {
      method: 'POST',
      headers: { authorization: `Bearer ${env.DOUDI_ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ village: '140802101', region: '140802' }),
    });
    expect(created.status).toBe(201);
    const link = (await created.json()) as { token: string; url: string };
    expect(link.url).toBe(`${env.DOUDI_PUBLIC_URL}/s/${link.token}`);
    const page = await call(`/s/${link.token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect((await call(`/s/${link.token}/qr.svg`)).headers.get('content-type')).toBe('image/svg+xml');
    expect((await call('/s/unknown-token')).status).toBe(404);
  });

  it(
    'DOUDI_CONFIG is the configuration text: its figures are serv' + 'ed; a broken one answers 500 without details',
    async () => {
      const configured = await call('/api/v1/regions/140800', undefined, { ...env, DOUDI_CONFIG: exampleConfig });
      expect(configured.status).toBe(200);
      expect(
        ((await configured.json()) as { dibaoStandardMonthly: { urban: number } }).dibaoStandardMonthly.urban,
      ).toBe(780);
      // A city package in DOUDI_CONFIG (an invented city): its figures and its own notice's clauses are served on
      // Workers too.
      const city = await call('/api/v1/regions/990121?date=2026-11-24', undefined, {
        ...env,
        DOUDI_CONFIG: inventedCity,
      });
      expect(await city.json()).toMatchObject({
        name: '石门县',
        city: { code: '990100' },
        dibaoStandardMonthly: { urban: 900, rural: 720 },
      });
      expect(
        await (await call('/api/v1/clauses/qh3.2-1', undefined, { ...env, DOUDI_CONFIG: inventedCity })).json(),
      ).toMatchObject({ docNumber: '青民发〔2026〕3号' });
      const broken = await call('/healthz', undefined, { ...env, DOUDI_CONFIG: 'regions: [unclosed' });
      expect(broken.status).toBe(500);
      expect(await broken.json()).toMatchObject({ error: { code: 'CONFIG_ERROR' } });
    },
  );

  it(
    'WeChat: a whole transcript on D1; replies over the passive ' +
      'limit go out through the customer-service API in waitUntil',
    async () => {
      const [transcript] = parse(elderlyTranscript) as {
        turns: { say: string | number; expect?: (string | number)[] }[];
      }[];
      let customSends = 0;
      let msgId = 7_000_000;
      for (const turn of transcript!.turns) {
        outbound.length = 0;
        const d = wx.delivery(wx.textXml('oTranscript', String(turn.say), String(++msgId)), 'safe');
        const res = await call(d.url, { method: 'POST', body: d.body });
        const body = await res.text();
        const passive = body === 'success' ? '' : String(parseWechatXml(wx.openReply(body))['Content']);
        // call() has waited for the request's waitUntil work, so the later parts were sent already.
        const later = outbound
          .filter((o) => o.url.includes('/cgi-bin/message/custom/send'))
          .map((o) => o.body as { touser: string; text: { content: string } });
        for (const l of later) expect(l.touser).toBe('oTranscript');
        customSends += later.length;
        const all = [passive, ...later.map((l) => l.text.content)].join('\n');
        for (const e of turn.expect ?? []) expect(all, `reply to ${turn.say}`).toContain(String(e));
      }
      expect(customSends).toBeGreaterThan(0);
    },
  );
});
