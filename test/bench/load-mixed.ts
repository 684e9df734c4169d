/**
 * `npm run bench:load`: the real Node server (adapters/runtime/node.ts, `npm start`'s entry) as a
 * child process on loopback with a temporary DATABASE_PATH and WeChat switched on in safe mode,
 * driven with mixed traffic by a separate generator process (test/bench/load-client.ts); then a
 * bare Hono route in a second child process under the same load, as the baseline. Prints req/s,
 * p50/p99 latency and each server's peak RSS (VmHWM from /proc/<pid>/status). Not part of npm test.
 *
 * BENCH_SECONDS (default 10) and BENCH_CONCURRENCY (default 32) tune the run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { KindStats } from './load-client.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const concurrency = Number(process.env['BENCH_CONCURRENCY'] ?? 32);
const wechat = { token: 'bench-token', appId: 'wxbench000000000', aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' };
const ADMIN = 'bench-admin';

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

/** Starts a TypeScript entry under tsx; resolves once `ready` matches its output. */
function start(entry: string, env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((res, rej) => {
    let out = '';
    const timer = setTimeout(() => rej(new Error(`${entry} did not start:\n${out}`)), 30_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = out.match(ready);
      if (m) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        child.stderr!.resume();
        res({ child, match: m });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
    child.on('exit', (code) => rej(new Error(`${entry} exited (${code}):\n${out}`)));
  });
}

/** Peak and current resident set size of a process, in MiB. */
function memory(pid: number): { peakMiB: number; rssMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key: string) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN);
  return { peakMiB: kib('VmHWM') / 1024, rssMiB: kib('VmRSS') / 1024 };
}

function drive(port: number, mode: 'mixed' | 'bare', linkToken?: string): Promise<{ seconds: number; total: KindStats; byKind: Record<string, KindStats> }> {
  const args = JSON.stringify({ port, mode, seconds, concurrency, linkToken, wechat });
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/load-client.ts', args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  return new Promise((res, rej) => child.on('exit', (code) => (code === 0 ? res(JSON.parse(out.trim().split('\n').pop()!)) : rej(new Error(`load client exited ${code}: ${out}`)))));
}

function row(label: string, s: KindStats, mem?: { peakMiB: number }) {
  const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '-');
  console.log(`  ${label.padEnd(30)} ${f(s.rps, 0).padStart(8)} ${f(s.p50ms, 2).padStart(9)} ${f(s.p99ms, 2).padStart(9)} ${String(s.errors).padStart(7)} ${mem ? f(mem.peakMiB).padStart(10) : ''.padStart(10)}`);
}

const dir = mkdtempSync(join(tmpdir(), 'doudi-bench-'));
// One load generator sends every screening from one address: the per-client API limit is off here.
writeFileSync(join(dir, 'bench.yaml'), 'limits: { apiPerMinute: 0 }\n');
const children: ChildProcess[] = [];
try {
  const port = await freePort();
  const server = await start(
    'adapters/runtime/node.ts',
    {
      PORT: String(port),
      DATABASE_PATH: join(dir, 'bench.db'),
      DOUDI_CONFIG: join(dir, 'bench.yaml'),
      WECHAT_TOKEN: wechat.token,
      WECHAT_APPID: wechat.appId,
      WECHAT_APPSECRET: 'bench-secret',
      WECHAT_ENCODING_AES_KEY: wechat.aesKey,
      // Replies that miss the budget would go to the customer-service API: a closed local port.
      WECHAT_API_BASE: 'http://127.0.0.1:9',
      DOUDI_ADMIN_TOKEN: ADMIN,
      DOUDI_LOG: 'off',
      TELEGRAM_BOT_TOKEN: '',
      TELEGRAM_WEBHOOK_SECRET: '',
    },
    /listening on http:\/\/127\.0\.0\.1:(\d+)/,
  );
  children.push(server.child);
  const created = await fetch(`http://127.0.0.1:${port}/api/v1/links`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' }, body: JSON.stringify({ village: '140802101', region: '140802' }) });
  if (created.status !== 201) throw new Error(`cannot create a screening link: ${created.status} ${await created.text()}`);
  const { token } = (await created.json()) as { token: string };
  const idle = memory(server.child.pid!);

  const bare = await start('test/bench/bare-hono.ts', {}, /listening (\d+)/);
  children.push(bare.child);

  console.log(`bench:load — loopback, ${concurrency} keep-alive connections, ${seconds} s each after a 1 s warm-up; generator in its own process`);
  console.log(`  ${availableParallelism()} CPUs, load average ${loadavg()[0]!.toFixed(1)} at start (other work on the machine skews every figure)`);
  console.log(`  node ${process.version}; doudi server pid ${server.child.pid} (SQLite WAL at a temp path, WeChat safe mode), bare Hono pid ${bare.child.pid}`);
  const mixed = await drive(port, 'mixed', token);
  const serverMem = memory(server.child.pid!);
  const baseline = await drive(Number(bare.match[1]), 'bare');
  const bareMem = memory(bare.child.pid!);

  console.log(`\n  ${'route'.padEnd(30)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'errors'.padStart(7)} ${'peak MiB'.padStart(10)}`);
  row('doudi mixed (all)', mixed.total, serverMem);
  for (const kind of ['wechat', 'screen', 'link-page']) if (mixed.byKind[kind]) row(`  ${kind === 'wechat' ? 'WeChat safe mode POST' : kind === 'screen' ? 'POST /api/v1/screen' : 'GET /s/<token>'}`, mixed.byKind[kind]!);
  row('bare Hono GET /bare', baseline.total, bareMem);
  console.log(`\n  doudi RSS idle ${idle.rssMiB.toFixed(1)} MiB → peak ${serverMem.peakMiB.toFixed(1)} MiB; mixed/bare throughput ${(mixed.total.rps / baseline.total.rps).toFixed(2)}`);
  console.log('  (a WeChat "error" is a reply that is not a passive encrypted answer, e.g. "success" after a missed budget)');
} finally {
  for (const c of children) c.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  rmSync(dir, { recursive: true, force: true });
}
