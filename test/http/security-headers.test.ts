// Response headers on every kind of route of the assembled service (issue 14 B): a content
// security policy the server-rendered pages satisfy, no framing, no cross-site Referer, nothing
// cached, and HSTS only over https (directly, or through a proxy the operator trusts).
import { describe, expect, it } from 'vitest';
import { nodeClientOf } from '../../adapters/runtime/node-client.ts';
import { ELDERLY_ALONE } from '../support/households.ts';
import { assembled, from, PUBLIC_URL } from '../support/assembled.ts';
import { SimulatedWechat } from '../wechat/simulated-server.ts';

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', origin: PUBLIC_URL },
  body: new URLSearchParams(fields).toString(),
});

function expectGuarded(res: Response, what: string) {
  const csp = res.headers.get('content-security-policy') ?? '';
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
  expect(directives.get('default-src'), what).toEqual(["'none'"]);
  expect(directives.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(directives.get('style-src'), what).toEqual(["'unsafe-inline'"]);
  expect(directives.get('form-action'), what).toEqual(["'self'"]);
  // Only the agent page loads a script, and only its own (the copy button).
  if (/ \/agent →/.test(what)) expect(directives.get('script-src'), what).toEqual(["'self'"]);
  else expect(directives.has('script-src'), what).toBe(false);
  expect(res.headers.get('x-frame-options'), what).toBe('DENY');
  expect(res.headers.get('referrer-policy'), what).toBe('same-origin');
  expect(res.headers.get('cache-control'), what).toBe('no-store');
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
}

describe('security headers', () => {
  it('every kind of route sends them, and no HSTS over plain http', async () => {
    const s = await assembled();
    const at = (path: string) => `${PUBLIC_URL}${path}`;
    const routes: [string, RequestInit?][] = [
      ['/healthz'],
      ['/api/v1/openapi.json'],
      ['/api/v1/regions/140800'],
      ['/api/v1/screen', json({ region: '140802', household: ELDERLY_ALONE })],
      ['/api/v1/ask', json({ region: '140800', question: '低保是什么' })],
      ['/api/v1/hotline/intake', json({ region: '140800', text: '盐湖区农村王大爷七十八岁，独居。' })],
      ['/api/v1/screen', json({ region: 'x' })],
      ['/agent'],
      ['/agent', form({ region: '140800', text: '盐湖区农村王大爷七十八岁，独居。' })],
      [`/s/${s.link.token}`],
      [`/s/${s.link.token}`, form({ text: '1' })],
      [`/s/${s.link.token}/qr.svg`],
      ['/staff/login'],
      ['/staff/requests'],
      ['/telegram', { method: 'POST', body: '{}' }],
      ['/nowhere'],
    ];
    for (const [path, init] of routes) {
      const res = await s.app.request(at(path), init, from('203.0.113.9'));
      const what = `${init?.method ?? 'GET'} ${path} → ${res.status}`;
      expect(res.status, what).toBeLessThan(500);
      expectGuarded(res, what);
      expect(res.headers.get('strict-transport-security'), what).toBeNull();
    }
  });

  it('WeChat answers, built whole with the headers, carry exactly what every other route gets', async () => {
    const AES = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
    const s = await assembled({
      env: {
        WECHAT_TOKEN: 'tok',
        WECHAT_APPID: 'wx0123456789abcdef',
        WECHAT_APPSECRET: 's',
        WECHAT_ENCODING_AES_KEY: AES,
      },
      client: nodeClientOf(['127.0.0.1']),
    });
    const wx = new SimulatedWechat('tok', 'wx0123456789abcdef', AES);
    const seconds = String(Math.floor(s.clock.now().getTime() / 1000));
    const guarded = (res: Response) =>
      [...res.headers].filter(([k]) => !['content-type', 'content-length'].includes(k)).sort();
    let id = 1;
    const cases: [string, Record<string, string>, object][] = [
      ['http://doudi.test', {}, from('203.0.113.9')],
      ['https://doudi.test', {}, from('203.0.113.9')],
      ['http://doudi.test', {}, from('203.0.113.9', true)],
      ['http://doudi.test', { 'x-forwarded-proto': 'https' }, from('127.0.0.1')],
    ];
    for (const [origin, headers, env] of cases) {
      // A 404: an answer whose headers secureHeaders sets (/healthz is built whole now, as these are).
      const general = await s.app.request(`${origin}/no-such-path`, { headers }, env);
      const d = wx.delivery(wx.textXml('o_headers', '你好', String(id++), seconds), 'safe', seconds);
      const answer = await s.app.request(`${origin}${d.url}`, { method: 'POST', body: d.body, headers }, env);
      expect(await answer.text()).toContain('<Encrypt>');
      expect(answer.headers.get('content-type')).toBe('application/xml; charset=utf-8');
      expect(guarded(answer), origin).toEqual(guarded(general));
      const refused = await s.app.request(
        `${origin}/wechat?signature=x&timestamp=1&nonce=2`,
        {
          method: 'POST',
          body: '<xml></xml>',
          headers,
        },
        env,
      );
      expect(refused.status).toBe(401);
      expect(refused.headers.get('content-type')).toBe('text/plain; charset=UTF-8');
      expect(guarded(refused), origin).toEqual(guarded(general));
    }
  });

  it('the JSON answers of screen, intake and /healthz, built whole, carry the headers others get', async () => {
    const s = await assembled({ client: nodeClientOf(['127.0.0.1']) });
    const guarded = (res: Response) =>
      [...res.headers].filter(([k]) => !['content-type', 'content-length'].includes(k)).sort();
    const cases: [string, Record<string, string>, object][] = [
      ['http://doudi.test', {}, from('203.0.113.9')],
      ['https://doudi.test', {}, from('203.0.113.9')],
      ['http://doudi.test', { 'x-forwarded-proto': 'https' }, from('127.0.0.1')],
    ];
    for (const [origin, headers, env] of cases) {
      // A 404: an answer whose headers secureHeaders sets (/healthz is built whole now, as these are).
      const general = await s.app.request(`${origin}/no-such-path`, { headers }, env);
      const bodies: [string, unknown][] = [
        ['/api/v1/screen', { region: '140802', household: ELDERLY_ALONE }],
        ['/api/v1/screen?trace=1', { region: '140802', household: ELDERLY_ALONE }],
        ['/api/v1/hotline/intake', { region: '140800', text: '盐湖区农村王大爷七十八岁，独居。' }],
      ];
      for (const [path, body] of bodies) {
        const init = json(body);
        const res = await s.app.request(`${origin}${path}`, { ...init, headers: { ...init.headers, ...headers } }, env);
        expect(res.status, path).toBe(200);
        expect(res.headers.get('content-type'), path).toBe('application/json');
        expect(guarded(res), `${origin} ${path}`).toEqual(guarded(general));
      }
      const health = await s.app.request(`${origin}/healthz`, { headers }, env);
      expect(await health.text()).toBe('{"ok":true}');
      expect(health.headers.get('content-type')).toBe('application/json');
      expect(guarded(health), `${origin} /healthz`).toEqual(guarded(general));
    }
  });

  it('the agent page loads only its own copy script, which is served with the policy', async () => {
    const s = await assembled();
    const res = await s.app.request(
      `${PUBLIC_URL}/agent`,
      form({ region: '140800', text: '盐湖区农村王大爷七十八岁，独居。' }),
      from('203.0.113.9'),
    );
    const html = await res.text();
    expect([...html.matchAll(/<script[^>]*>/g)].map((m) => m[0])).toEqual(['<script src="/agent/copy.js" defer="">']);
    expect(html).not.toMatch(/javascript:|\son[a-z]+=/i);
    const js = await s.app.request(`${PUBLIC_URL}/agent/copy.js`, undefined, from('203.0.113.9'));
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await js.text()).toContain('clipboard');
  });

  it('the pages meet the policy: no script of any kind, nothing loaded from elsewhere', async () => {
    const s = await assembled();
    const pages = [`/s/${s.link.token}`, '/agent', '/staff/login'];
    for (const path of pages) {
      const html = await (await s.app.request(`${PUBLIC_URL}${path}`, undefined, from('203.0.113.9'))).text();
      expect(html, path).toContain('<style>');
      expect(html, path).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
      expect(html, path).not.toMatch(/<link[^>]*stylesheet|\ssrc="(?!\/)/i);
    }
  });

  it(
    'HSTS over https: on the request URL, or from a trusted proxy' + '’s X-Forwarded-Proto, never from anyone else’s',
    async () => {
      const s = await assembled({ client: nodeClientOf(['127.0.0.1']) });
      const hsts = async (url: string, env: object, headers: Record<string, string> = {}) =>
        (await s.app.request(url, { headers }, env)).headers.get('strict-transport-security');
      expect(await hsts('https://doudi.test/healthz', from('203.0.113.9'))).toMatch(
        /^max-age=\d{7,}; includeSubDomains$/,
      );
      expect(await hsts('http://doudi.test/healthz', from('203.0.113.9', true))).toMatch(/^max-age=/);
      expect(await hsts('http://doudi.test/staff/login', from('127.0.0.1'), { 'x-forwarded-proto': 'https' })).toMatch(
        /^max-age=/,
      );
      expect(await hsts('http://doudi.test/healthz', from('127.0.0.1'))).toBeNull();
      expect(await hsts('http://doudi.test/healthz', from('203.0.113.9'), { 'x-forwarded-proto': 'https' })).toBeNull();
      const https = await s.app.request('https://doudi.test/api/v1/regions/140800', undefined, from('203.0.113.9'));
      expectGuarded(https, 'https regions');
    },
  );
});
