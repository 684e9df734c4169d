// The screening link over HTTP: staff create a link (API with a bearer token, or the CLI), the
// family's page works with plain form posts and a cookie, reloads never answer twice, 返回 works,
// the QR code is an SVG of the link, and unknown links get a plain Chinese page.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../adapters/http/app.ts';
import { DrizzleLinkStore, DrizzleSessionStore } from '../../adapters/db/repositories.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import { linkRoutes } from '../../adapters/web/link/routes.tsx';
import { defaultParameters } from '../../screening/index.ts';
import { Visitor } from './link-harness.ts';

function setup() {
  const { db } = openNodeDb(':memory:');
  const clock = { now: () => new Date('2026-11-24T04:00:00Z'), today: () => '2026-11-24' };
  const web = linkRoutes({
    links: new DrizzleLinkStore(db),
    engine: { store: new DrizzleSessionStore(db), clock, parameters: defaultParameters() },
    publicUrl: 'https://doudi.example',
    adminToken: 'adm',
  });
  const app = createApp({ parameters: defaultParameters(), today: clock.today, channels: [web] });
  // A browser: its cookies, and each answer sent with the hidden fields of the page it is on.
  const visitor = new Visitor(app);
  const browse = async (path: string, form?: Record<string, string>) => {
    const page = form ? await visitor.send(path, form['text'] ?? '') : await visitor.open(path);
    return { status: page.status, html: page.html, type: page.headers.get('content-type') ?? '' };
  };
  return { app, browse };
}

async function newLink(app: Hono): Promise<{ token: string; url: string; qr: string }> {
  const res = await app.request('/api/v1/links', {
    method: 'POST',
    headers: { authorization: 'Bearer adm', 'content-type': 'application/json' },
    body: JSON.stringify({ village: '140802101', region: '140802' }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { token: string; url: string; qr: string };
}

describe('screening link (web)', () => {
  it('creating a link needs the admin token and valid input', async () => {
    const { app } = setup();
    expect((await app.request('/api/v1/links', { method: 'POST', body: '{}' })).status).toBe(401);
    const bad = await app.request('/api/v1/links', {
      method: 'POST',
      headers: { authorization: 'Bearer adm' },
      body: JSON.stringify({ village: 'a b', region: '1' }),
    });
    expect(bad.status).toBe(400);
    const link = await newLink(app);
    expect(link.url).toBe(`https://doudi.example/s/${link.token}`);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('walks a family from the link to a result with plain form posts, and 返回 restores the last answer', async () => {
    const { app, browse } = setup();
    const { token } = await newLink(app);
    let page = await browse(`/s/${token}`);
    expect(page.html).toContain('兜底助手');
    expect(page.html).toContain('都是谁、多大年纪'); // the link's region is known: no city question
    expect(page.html).not.toContain('你家住在哪个市');
    // Reloading shows the same step without answering anything.
    expect((await browse(`/s/${token}`)).html).toContain('都是谁、多大年纪');
    page = await browse(`/s/${token}`, { text: '78' });
    expect(page.html).toContain('你有残疾证吗');
    page = await browse(`/s/${token}`, { text: '返回' });
    expect(page.html).toContain('回到上一题');
    expect(page.html).toContain('都是谁、多大年纪');
    for (const answer of ['78', '1', '1', '6', '0', '5', '0', '1', '1', '6'])
      page = await browse(`/s/${token}`, { text: answer });
    expect(page.html).toContain('估计结果如下');
    expect(page.html).toContain('特困人员救助供养');
  });

  it('escapes what residents type', async () => {
    const { app, browse } = setup();
    const { token } = await newLink(app);
    await browse(`/s/${token}`);
    const page = await browse(`/s/${token}`, { text: '<script>alert(1)</script>' });
    expect(page.html).not.toContain('<script>alert(1)</script>');
    expect(page.html).toContain('没看懂');
  });

  it('serves the QR code as SVG and a plain page for unknown links', async () => {
    const { app, browse } = setup();
    const { token } = await newLink(app);
    const qr = await browse(`/s/${token}/qr.svg`);
    expect(qr.type).toContain('image/svg+xml');
    expect(qr.html.startsWith('<svg')).toBe(true);
    const missing = await browse('/s/nope');
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('链接无效');
  });

  it('npx doudi link create prints the link and saves the QR code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doudi-'));
    const bin = join(import.meta.dirname, '..', '..', 'adapters', 'cli', 'bin.mjs');
    const r = spawnSync(process.execPath, [bin, 'link', 'create', '--village', '441781203', '--region', '441781'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_PATH: join(dir, 'd.db'), DOUDI_PUBLIC_URL: 'https://doudi.example' },
    });
    expect(r.status).toBe(0);
    const url = r.stdout.split('\n')[0]!;
    expect(url).toMatch(/^https:\/\/doudi\.example\/s\/[A-Za-z0-9_-]{22}$/);
    const file = r.stdout.match(/doudi-link-441781203-\S+\.svg/)![0];
    expect(readFileSync(join(dir, file), 'utf8')).toContain('<svg');
    // The code is not one of the configured (here: demo) villages: said plainly, still created.
    expect(r.stderr).toContain('不在 DOUDI_CONFIG 配置的村（社区）中');
    const known = spawnSync(process.execPath, [bin, 'link', 'create', '--village', 'demo-yj-2', '--region', '441781'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_PATH: join(dir, 'd.db') },
    });
    expect(known.status).toBe(0);
    expect(known.stderr).toBe('');
    expect(spawnSync(process.execPath, [bin, 'link', 'create'], { cwd: dir, encoding: 'utf8' }).status).toBe(2);
  });
});
