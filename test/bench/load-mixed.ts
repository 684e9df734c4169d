/**
 * `npm run bench:load`: the real Node server (adapters/runtime/node.ts, `npm start`'s entry) as a
 * child process on loopback with a temporary DATABASE_PATH and WeChat switched on in safe mode,
 * driven with mixed traffic by a separate generator process (test/bench/load-client.ts); then the
 * same traffic spread over two instances sharing one PostgreSQL server (Debian's binaries, a
 * cluster of the bench's own with production durability: fsync and synchronous commit on); then
 * the WeChat deliveries alone on the two PostgreSQL instances as the stored sessions grow (10k,
 * 100k, … rows, filled in by SQL between runs), for the cost of one message against the table's
 * size; and a bare Hono route as the baseline. Prints req/s, p50/p99 latency, CPU per request
 * (doudi's processes, and PostgreSQL's backends) and peak RSS. Not part of npm test.
 *
 * BENCH_SECONDS (default 10) and BENCH_CONCURRENCY (default 32) tune the runs; BENCH_SESSIONS the
 * table sizes (default 10000,100000; add 1000000 for the million-row run, which needs about 2 GB of
 * disk and a few minutes to fill); BENCH_PG=off skips PostgreSQL.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import pg from 'pg';
import { createDatabase, type PgCluster, startPostgres } from '../support/postgres.ts';
import { join, resolve } from 'node:path';
import type { KindStats } from './load-client.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const concurrency = Number(process.env['BENCH_CONCURRENCY'] ?? 32);
const wechat = {
  token: 'bench-token',
  appId: 'wxbench000000000',
  aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
};
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
function start(
  entry: string,
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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

/** CPU time (user + system) a process has used, in ms (/proc/<pid>/stat, 100 ticks a second). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/**
 * CPU time of a server and all its children, in ms: PostgreSQL's backends are the postmaster's
 * children. Those still running are read one by one; those that ended were reaped by the
 * postmaster, whose own stat counts them (cutime, cstime), so a backend that exits mid-run is
 * neither lost nor counted twice.
 */
function treeCpuMs(pid: number): number {
  const ticks = (stat: string[], from: number, to: number) =>
    stat.slice(from, to + 1).reduce((sum, v) => sum + Number(v), 0) * 10;
  let total = 0;
  try {
    total = ticks(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' '), 11, 14);
  } catch {
    return 0;
  }
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ');
      if (Number(fields[1]) === pid) total += ticks(fields, 11, 12);
    } catch {
      // Gone meanwhile (and reaped into the parent's count).
    }
  }
  return total;
}

let runs = 0;
type Result = { seconds: number; total: KindStats; byKind: Record<string, KindStats> };

const KIND_LABEL: Record<string, string> = {
  wechat: 'WeChat safe mode POST',
  screen: 'POST /api/v1/screen',
  'link-page': 'GET /s/<token>',
};

function drive(port: number | number[], mode: 'mixed' | 'bare' | 'wechat', linkToken?: string): Promise<Result> {
  const ports = Array.isArray(port) ? port : [port];
  const args = JSON.stringify({ port: ports[0], ports, mode, seconds, concurrency, linkToken, wechat, run: ++runs });
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/load-client.ts', args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  return new Promise((res, rej) =>
    child.on('exit', (code) =>
      code === 0
        ? res(JSON.parse(out.trim().split('\n').pop()!))
        : rej(new Error(`load client exited ${code}: ${out}`)),
    ),
  );
}

function row(label: string, s: KindStats, mem?: { peakMiB: number }, cpu?: string) {
  const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '-');
  console.log(
    `  ` +
      `${label.padEnd(34)} ` +
      `${f(s.rps, 0).padStart(8)} ` +
      `${f(s.p50ms, 2).padStart(9)} ` +
      `${f(s.p99ms, 2).padStart(9)} ` +
      `${String(s.errors).padStart(7)} ` +
      `${mem ? f(mem.peakMiB).padStart(10) : ''.padStart(10)}  ` +
      `${cpu ?? ''}`,
  );
}

function header(): void {
  console.log(
    `\n  ` +
      `${'run'.padEnd(34)} ` +
      `${'req/s'.padStart(8)} ` +
      `${'p50 ms'.padStart(9)} ` +
      `${'p99 ms'.padStart(9)} ` +
      `${'errors'.padStart(7)} ` +
      `${'peak MiB'.padStart(10)}  CPU µs/request (doudi + PostgreSQL)`,
  );
}

/** Runs `mode` against `ports`, measuring the CPU the servers (and PostgreSQL, when given) spend per request. */
async function measured(
  ports: number | number[],
  mode: 'mixed' | 'wechat',
  pids: number[],
  pgPid: number | undefined,
  linkToken?: string,
) {
  const before = pids.map(cpuMs);
  const pgBefore = pgPid ? treeCpuMs(pgPid) : 0;
  const result = await drive(ports, mode, linkToken);
  const doudi = pids.reduce((sum, pid, i) => sum + cpuMs(pid) - before[i]!, 0);
  const database = pgPid ? treeCpuMs(pgPid) - pgBefore : 0;
  // The 1 s warm-up is inside the CPU window but not in the request count: a small overestimate.
  const perRequest = (ms: number) =>
    ((ms * 1000) / (result.total.requests * ((result.seconds + 1) / result.seconds))).toFixed(0);
  return { result, cpu: pgPid ? `${perRequest(doudi)} + ${perRequest(database)}` : perRequest(doudi) };
}

const BENCH_WECHAT_ENV = (stub: string) => ({
  WECHAT_TOKEN: wechat.token,
  WECHAT_APPID: wechat.appId,
  WECHAT_APPSECRET: 'bench-secret',
  WECHAT_ENCODING_AES_KEY: wechat.aesKey,
  // Replies that miss the budget would go to the customer-service API: a closed local port.
  WECHAT_API_BASE: stub,
  DOUDI_ADMIN_TOKEN: ADMIN,
  DOUDI_LOG: 'off',
  TELEGRAM_BOT_TOKEN: '',
  TELEGRAM_WEBHOOK_SECRET: '',
});

async function createLinkToken(port: number): Promise<string> {
  const created = await fetch(`http://127.0.0.1:${port}/api/v1/links`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ village: '140802101', region: '140802' }),
  });
  if (created.status !== 201)
    throw new Error(`cannot create a screening link: ${created.status} ${await created.text()}`);
  return ((await created.json()) as { token: string }).token;
}

/** Adds dialogue sessions up to `total` rows, each the size of a real sealed one (~1.3 KB). */
async function fillSessions(url: string, from: number, total: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const t0 = performance.now();
  try {
    for (let start = from; start < total; start += 100_000) {
      const end = Math.min(total, start + 100_000);
      await client.query(
        `INSERT INTO sessions (key, version, state, updated_at)
         SELECT 'wechat:' || md5(g::text) || md5((g * 7)::text), 3,
           '{"sealed":"v1.' || md5(g::text) || repeat('A', 1250) || '"}', '2026-12-01T00:00:00.000Z'
         FROM generate_series($1::int, $2::int - 1) g ON CONFLICT DO NOTHING`,
        [start, end],
      );
    }
    await client.query('ANALYZE sessions');
    return (performance.now() - t0) / 1000;
  } finally {
    await client.end();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'doudi-bench-'));
// One load generator sends every screening from one address: the per-client API limit is off here.
writeFileSync(join(dir, 'bench.yaml'), 'limits: { apiPerMinute: 0 }\n');
const children: ChildProcess[] = [];
let cluster: PgCluster | undefined;
const withPg = process.env['BENCH_PG'] !== 'off';
const sizes = (process.env['BENCH_SESSIONS'] ?? '10000,100000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0)
  .sort((a, b) => a - b);
try {
  const port = await freePort();
  const server = await start(
    'adapters/runtime/node.ts',
    {
      PORT: String(port),
      DATABASE_PATH: join(dir, 'bench.db'),
      DOUDI_CONFIG: join(dir, 'bench.yaml'),
      ...BENCH_WECHAT_ENV('http://127.0.0.1:9'),
    },
    /listening on http:\/\/127\.0\.0\.1:(\d+)/,
  );
  children.push(server.child);
  const token = await createLinkToken(port);
  const idle = memory(server.child.pid!);

  const bare = await start('test/bench/servers/bare-hono.mjs', {}, /listening (\d+)/);
  children.push(bare.child);

  console.log(
    `bench:load — loopback, ` +
      `${concurrency} keep-alive connections, ` +
      `${seconds} s each after a 1 s warm-up; generator in its own process`,
  );
  console.log(
    `  ` +
      `${availableParallelism()} CPUs, load average ` +
      `${loadavg()[0]!.toFixed(1)} at start (other work on the machine skews every figure)`,
  );
  console.log(
    `  node ` +
      `${process.version}; doudi server pid ` +
      `${server.child.pid} (SQLite WAL at a temp path, WeChat safe mode), bare Hono ` +
      `pid ` +
      `${bare.child.pid}`,
  );
  const sqliteRun = await measured(port, 'mixed', [server.child.pid!], undefined, token);
  const mixed = sqliteRun.result;
  const serverMem = memory(server.child.pid!);
  server.child.kill('SIGTERM');
  const baseline = await drive(Number(bare.match[1]), 'bare');
  const bareMem = memory(bare.child.pid!);
  bare.child.kill('SIGTERM');

  header();
  row('SQLite, one instance: mixed', mixed.total, serverMem, sqliteRun.cpu);
  for (const kind of ['wechat', 'screen', 'link-page'])
    if (mixed.byKind[kind]) row(`  ${KIND_LABEL[kind]}`, mixed.byKind[kind]!);

  if (withPg) {
    cluster = await startPostgres({ durable: true });
    const url = await createDatabase(cluster.url(), 'bench');
    const instances = [];
    for (const name of ['a', 'b']) {
      const p = await freePort();
      const s = await start(
        'adapters/runtime/node.ts',
        {
          PORT: String(p),
          DATABASE_URL: url,
          DOUDI_DATA_KEY: 'YmVuY2gtYmVuY2gtYmVuY2gtYmVuY2gtYmVuY2gtMDE=',
          DOUDI_CONFIG: join(dir, 'bench.yaml'),
          DATABASE_POOL_MAX: '10',
          ...BENCH_WECHAT_ENV('http://127.0.0.1:9'),
        },
        /listening on http:\/\/127\.0\.0\.1:(\d+)/,
      );
      children.push(s.child);
      instances.push({ name, port: p, pid: s.child.pid! });
    }
    const pgToken = await createLinkToken(instances[0]!.port);
    const ports = instances.map((i) => i.port);
    const pids = instances.map((i) => i.pid);
    const pgRun = await measured(ports, 'mixed', pids, cluster.pid(), pgToken);
    row(
      'PostgreSQL, two instances: mixed',
      pgRun.result.total,
      { peakMiB: Math.max(...pids.map((pid) => memory(pid).peakMiB)) },
      pgRun.cpu,
    );
    for (const kind of ['wechat', 'screen', 'link-page'])
      if (pgRun.result.byKind[kind]) row(`  ${KIND_LABEL[kind]}`, pgRun.result.byKind[kind]!);

    console.log(`\n  WeChat deliveries alone on the two PostgreSQL instances, as the stored sessions grow:`);
    header();
    let filled = 0;
    for (const size of sizes) {
      const took = await fillSessions(url, filled, size);
      filled = size;
      const run = await measured(ports, 'wechat', pids, cluster.pid());
      row(
        `  ${size.toLocaleString('en')} sessions (filled in ${took.toFixed(0)} s)`,
        run.result.total,
        undefined,
        run.cpu,
      );
    }
  }
  row('bare Hono GET /bare', baseline.total, bareMem);
  console.log(
    `\n  doudi (SQLite) RSS idle ` +
      `${idle.rssMiB.toFixed(1)} MiB → peak ` +
      `${serverMem.peakMiB.toFixed(1)} MiB; mixed/bare throughput ` +
      `${(mixed.total.rps / baseline.total.rps).toFixed(2)}`,
  );
  console.log(
    '  (a WeChat "error" is a reply that is not a passive encrypted answer, e.g. "success" after a missed budget)',
  );
} finally {
  for (const c of children) c.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  cluster?.destroy();
  rmSync(dir, { recursive: true, force: true });
}
