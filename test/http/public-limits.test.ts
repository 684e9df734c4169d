// Unauthenticated writes to the public API (issue 14 F): every POST /api/v1/screen stores an
// anonymous row, so the public POST endpoints (screen, ask, hotline intake) share a per-client
// limit a minute, answered 429 RATE_LIMITED in plain Chinese before anything is read or stored.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { limitsFrom } from '../../adapters/config/limits.ts';
import { screeningEvents } from '../../adapters/db/schema.ts';
import { ELDERLY_ALONE } from '../support/households.ts';
import { assembled, from, PUBLIC_URL } from '../support/assembled.ts';

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const screen = json({ region: '140802', household: ELDERLY_ALONE });
const ask = json({ region: '140800', question: '低保是什么' });
const intake = json({ region: '140800', text: '盐湖区农村王大爷七十八岁，独居。' });

describe('per-client limit on the public API', () => {
  it(
    '30 POSTs a minute per client by default, shared by screen, ' +
      'ask and hotline intake; then 429 RATE_LIMITED with ' +
      'Retry-After',
    async () => {
      const s = await assembled();
      const post = (path: string, init: RequestInit, ip = '203.0.113.9') =>
        s.app.request(`${PUBLIC_URL}${path}`, init, from(ip));
      for (let i = 0; i < 10; i++) {
        expect((await post('/api/v1/screen', screen)).status).toBe(200);
        expect((await post('/api/v1/ask', ask)).status).toBe(200);
        expect((await post('/api/v1/hotline/intake', intake)).status).toBe(200);
      }
      for (const [path, init] of [
        ['/api/v1/screen', screen],
        ['/api/v1/ask', ask],
        ['/api/v1/hotline/intake', intake],
      ] as const) {
        const res = await post(path, init);
        expect(res.status, path).toBe(429);
        expect(await res.json()).toEqual({
          error: { code: 'RATE_LIMITED', message: '请求太频繁了，请稍等一分钟再试。(too many requests)' },
        });
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(res.headers.get('cache-control')).toBe('no-store');
      }
      // Nothing refused was stored.
      expect(await s.db.select().from(screeningEvents)).toHaveLength(10);
      // Another client, reads, and the same client a minute later are not held back.
      expect((await post('/api/v1/screen', screen, '198.51.100.7')).status).toBe(200);
      expect((await s.app.request(`${PUBLIC_URL}/api/v1/regions/140800`, undefined, from('203.0.113.9'))).status).toBe(
        200,
      );
      s.advance(60_000);
      expect((await post('/api/v1/screen', screen)).status).toBe(200);
    },
  );

  it('is refused before the body is read: a flood of bad bodies is counted too', async () => {
    const s = await assembled({ limits: limitsFrom({ limits: { apiPerMinute: 2 } }) });
    const post = (body: string) =>
      s.app.request(`${PUBLIC_URL}/api/v1/screen`, { method: 'POST', body }, from('203.0.113.9'));
    expect((await post('{bad')).status).toBe(400);
    expect((await post('{bad')).status).toBe(400);
    expect((await post('{bad')).status).toBe(429);
  });

  it('is documented in the OpenAPI document, with /readyz', async () => {
    const s = await assembled();
    const doc = (await (await s.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, { description: string }> }>>;
    };
    for (const path of ['/api/v1/screen', '/api/v1/ask', '/api/v1/hotline/intake'])
      expect(doc.paths[path]!['post']!.responses['429']!.description).toContain('RATE_LIMITED');
    expect(doc.paths['/readyz']!['get']!.responses['503']!.description).toContain('DB_NOT_WRITABLE');
  });

  it('is set by DOUDI_CONFIG limits.apiPerMinute; 0 switches it off', async () => {
    expect(limitsFrom({})).toEqual({ apiPerMinute: 30 });
    expect(limitsFrom(parse(readFileSync('adapters/config/doudi.config.example.yaml', 'utf8')))).toEqual({
      apiPerMinute: 30,
    });
    expect(limitsFrom({ limits: { apiPerMinute: 600 } })).toEqual({ apiPerMinute: 600 });
    expect(() => limitsFrom({ limits: { apiPerMinute: -1 } })).toThrow(/apiPerMinute/);
    expect(() => limitsFrom({ limits: { perMinute: 5 } })).toThrow(/limits/);
    const s = await assembled({ limits: limitsFrom({ limits: { apiPerMinute: 0 } }) });
    for (let i = 0; i < 40; i++)
      expect((await s.app.request(`${PUBLIC_URL}/api/v1/ask`, ask, from('203.0.113.9'))).status).toBe(200);
  });
});
