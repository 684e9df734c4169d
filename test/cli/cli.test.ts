// `doudi screen` as a child process: report on stdout and exit 0; invalid input exits 2 with a
// plain message; the Node server starts with migrations applied and answers.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', '..', 'adapters', 'cli', 'bin.mjs');
const run = (input: string, args = ['screen', '-']) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, DOUDI_CONFIG: '' } });

describe('CLI', () => {
  it('prints the report and exits 0', () => {
    const r = run(JSON.stringify({ region: '441700', household: {}, date: '2026-11-24' }));
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { results: { verdict: string }[] };
    expect(report.results.map((x) => x.verdict)).toEqual(['need_info', 'need_info', 'need_info', 'need_info']);
  });
  it('exits 2 on invalid JSON, invalid input and unknown commands', () => {
    expect(run('{oops').status).toBe(2);
    const bad = run(JSON.stringify({ region: 'x', household: { size: 0 } }));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('region');
    expect(run('', ['frobnicate']).status).toBe(2);
  });
  it('exits 1 on a bad DOUDI_CONFIG', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doudi-'));
    const r = spawnSync(process.execPath, [bin, 'screen', '-'], {
      input: '{}',
      encoding: 'utf8',
      env: { ...process.env, DOUDI_CONFIG: join(dir, 'missing.yaml') },
    });
    expect(r.status).toBe(1);
  });
});

describe('Node server (npm start)', () => {
  it('starts with migrations, serves a screening, stops on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doudi-'));
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/runtime/node.ts'], {
      env: { ...process.env, PORT: String(port), DATABASE_PATH: join(dir, 'db', 'd.db'), DOUDI_LOG: 'off' },
    });
    try {
      let ok = false;
      for (let i = 0; i < 100 && !ok; i++) {
        await new Promise((r) => setTimeout(r, 100));
        ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
          (r) => r.ok,
          () => false,
        );
      }
      expect(ok).toBe(true);
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/screen`, {
        method: 'POST',
        body: JSON.stringify({ region: '140800', household: { size: 2 } }),
      });
      expect(res.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  });
});

describe('doudi wechat menu', () => {
  it('creates the menu through WECHAT_API_BASE', async () => {
    const { createServer } = await import('node:http');
    const calls: { path: string; body: string }[] = [];
    const srv = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        calls.push({ path: req.url ?? '', body });
        res.setHeader('content-type', 'application/json');
        res.end(
          req.url?.startsWith('/cgi-bin/stable_token')
            ? JSON.stringify({ access_token: 'T', expires_in: 7200 })
            : JSON.stringify({ errcode: 0, errmsg: 'ok' }),
        );
      });
    });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const port = (srv.address() as { port: number }).port;
    const dir = mkdtempSync(join(tmpdir(), 'doudi-'));
    const child = spawn(process.execPath, [bin, 'wechat', 'menu'], {
      env: {
        ...process.env,
        WECHAT_APPID: 'wx1',
        WECHAT_APPSECRET: 's',
        WECHAT_API_BASE: `http://127.0.0.1:${port}`,
        DATABASE_PATH: join(dir, 'd.db'),
      },
    });
    const code = await new Promise((r) => child.once('exit', r));
    srv.close();
    expect(code).toBe(0);
    const menu = calls.find((c) => c.path.startsWith('/cgi-bin/menu/create?access_token=T'));
    type Button = { key?: string; sub_button?: Button[] };
    const keys = (JSON.parse(menu!.body).button as Button[]).flatMap((b) => (b.sub_button ?? [b]).map((x) => x.key));
    expect(keys).toEqual(['START', 'WHY', 'BACK', 'ANSWERS', 'SUMMARY', 'HUMAN', 'APPLY', 'POLICY']);
  });
});
