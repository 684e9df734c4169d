// The real Node server (npm start) as a child process, for what app.request() cannot show: the
// client address really comes from the socket (the API limit counts it), X-Forwarded-* from a
// proxy named in DOUDI_TRUSTED_PROXIES are believed and from nobody else, /readyz probes the
// real database file, and that file is created 0600.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../support/node-server.ts';

const dirs: string[] = [];
const servers: RunningServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function start(extra: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'doudi-sec-'));
  dirs.push(dir);
  const server = await startServer({ DATABASE_PATH: join(dir, 'data', 'd.db'), DOUDI_LOG: 'off', ...extra });
  servers.push(server);
  return { ...server, dir };
}

const ask = (base: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/v1/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ region: '140800', question: '低保是什么' }),
  });

describe('the Node server', () => {
  it(
    'counts the API limit by the socket address, ignores ' +
      'X-Forwarded-For from an untrusted peer, is ready, and keeps its ' +
      'database 0600',
    async () => {
      const s = await start();
      expect(await (await fetch(`${s.base}/readyz`)).json()).toEqual({ ok: true });
      expect(statSync(join(s.dir, 'data', 'd.db')).mode & 0o777).toBe(0o600);
      // Changing X-Forwarded-For does not make a new client: the socket is 127.0.0.1 every time.
      const statuses: number[] = [];
      for (let i = 0; i < 31; i++) statuses.push((await ask(s.base, { 'x-forwarded-for': `203.0.113.${i}` })).status);
      expect(statuses.slice(0, 30).every((x) => x === 200)).toBe(true);
      expect(statuses[30]).toBe(429);
      const https = await fetch(`${s.base}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(https.headers.get('strict-transport-security')).toBeNull();
    },
  );

  it(
    'behind a proxy named in DOUDI_TRUSTED_PROXIES: each ' +
      'forwarded client has its own count, and HSTS follows ' +
      'X-Forwarded-Proto',
    async () => {
      const s = await start({ DOUDI_TRUSTED_PROXIES: '127.0.0.1,::1' });
      for (let i = 0; i < 30; i++) expect((await ask(s.base, { 'x-forwarded-for': '203.0.113.9' })).status).toBe(200);
      expect((await ask(s.base, { 'x-forwarded-for': '203.0.113.9' })).status).toBe(429);
      expect((await ask(s.base, { 'x-forwarded-for': '198.51.100.7' })).status).toBe(200);
      const https = await fetch(`${s.base}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(https.headers.get('strict-transport-security')).toMatch(/^max-age=/);
    },
  );

  it('counts requests for /metrics only when it is served (DOUDI_METRICS_TOKEN or _PORT)', async () => {
    const off = await start();
    expect((await fetch(`${off.base}/healthz`)).status).toBe(200);
    expect((await fetch(`${off.base}/metrics`, { headers: { authorization: 'Bearer m' } })).status).toBe(404);
    const on = await start({ DOUDI_METRICS_TOKEN: 'm' });
    expect((await fetch(`${on.base}/healthz`)).status).toBe(200);
    const text = await (await fetch(`${on.base}/metrics`, { headers: { authorization: 'Bearer m' } })).text();
    expect(text).toMatch(/doudi_http_requests_total\{method="GET",route="\/healthz",status="200"\} [1-9]\d*$/m);
  });
});
