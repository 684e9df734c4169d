/**
 * `npm run bench -- tail`: doudi's latency at a steady rate rather than flat out. An open-loop
 * generator sends WeChat deliveries at `BENCH_TAIL_RATE` (500) a second, each timed from when it
 * was due, so a stalled event loop counts against every message it delays. doudi runs compiled,
 * as in production, on databases already holding 10k, 200k and 1M stored sessions (and as many
 * dedup claims, as a busy quarter hour leaves), once more at 200k with checkpoints taken inline
 * by the serving connection as before (`DOUDI_SQLITE_CHECKPOINT=inline`), and the peer of the
 * `wechat` section beside them; rounds alternate the order.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../../adapters/runtime/build.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import { residentDeliveries } from './deliveries.ts';
import { load, type LoadResult } from './load.ts';
import { median, type Server, startServer } from './processes.ts';
import { startDoudi, textOfBytes, WECHAT_ENV } from './wechat-peer.ts';

const RATE = Number(process.env['BENCH_TAIL_RATE'] ?? 500);
const SECONDS = Number(process.env['BENCH_TAIL_SECONDS'] ?? 20);
const ROUNDS = Number(process.env['BENCH_TAIL_ROUNDS'] ?? 2);
const SIZES = (process.env['BENCH_TAIL_SESSIONS'] ?? '10000,200000,1000000').split(',').map(Number);

/** Adds `n` stored sessions (sealed-sized, ~1 KB) and as many dedup claims to a new database. */
async function fill(path: string, n: number): Promise<number> {
  const t0 = performance.now();
  const { sqlite, close } = openNodeDb(path);
  const session = sqlite.prepare('INSERT INTO sessions (key, version, state, updated_at) VALUES (?, 3, ?, ?)');
  const claim = sqlite.prepare('INSERT INTO dedup (key, expires_at) VALUES (?, ?)');
  const pad = randomBytes(700).toString('base64');
  const batch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const id = randomBytes(16).toString('hex');
      session.run(`wechat:${id}`, `{"sealed":"v1.${id}${pad}"}`, '2026-12-01T00:00:00.000Z');
      claim.run(randomBytes(16).toString('hex'), Date.now() + 900_000);
    }
  });
  for (let i = 0; i < n; i += 50_000) batch(i, Math.min(n, i + 50_000));
  await close();
  return (performance.now() - t0) / 1000;
}

interface Variant {
  label: string;
  server: Server;
}

export interface TailFigures {
  /** p99 (ms), the median over rounds, by variant label. */
  p99: Map<string, number>;
}

export async function benchWechatTail(): Promise<TailFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'doudi-tail-'));
  const variants: Variant[] = [];
  try {
    const entry = await buildServer();
    console.log(
      `WeChat safe mode at a steady ` +
        `${RATE} messages a second (open loop, each timed from when it was ` +
        `due; transcripts mix; 64 connections at most), ` +
        `${SECONDS} s a run, ` +
        `${ROUNDS} rounds, order rotated:`,
    );
    for (const n of SIZES) {
      const sub = join(dir, String(n));
      mkdirSync(sub);
      const took = await fill(join(sub, 'doudi.db'), n);
      console.log(
        `  filled ` +
          `${n.toLocaleString('en')} sessions and dedup claims in ` +
          `${took.toFixed(0)} s ` +
          `(${(statSync(join(sub, 'doudi.db')).size / 2 ** 20).toFixed(0)} MiB)`,
      );
      if (n === 200_000) {
        const inline = join(dir, 'inline');
        mkdirSync(inline);
        copyFileSync(join(sub, 'doudi.db'), join(inline, 'doudi.db'));
        variants.push({
          label: `${n / 1000}k, checkpoints inline`,
          server: await startDoudi(entry, inline, { DOUDI_SQLITE_CHECKPOINT: 'inline' }),
        });
      }
      variants.push({
        label: n >= 1e6 ? `${n / 1e6}M sessions` : `${n / 1000}k sessions`,
        server: await startDoudi(entry, sub),
      });
    }
    variants.push({
      label: 'peer (wechat 2.1.0)',
      server: await startServer('peer', ['test/bench/servers/wechat-peer.mjs'], {
        PORT: '0',
        ...WECHAT_ENV,
        PEER_REPLY: textOfBytes(330),
      }),
    });
    let prefix = 0;
    const deliveries = (seconds: number) =>
      residentDeliveries(`t${process.pid}x${++prefix}`, Math.ceil(RATE * seconds * 1.05), 'transcripts');
    for (const v of variants)
      await load({
        port: v.server.port,
        path: '/wechat',
        method: 'POST',
        requests: deliveries(3),
        rate: RATE,
        seconds: 3,
        concurrency: 64,
      });
    const results = new Map<string, LoadResult[]>(variants.map((v) => [v.label, []]));
    for (let round = 0; round < ROUNDS; round++) {
      const list = deliveries(SECONDS);
      for (let i = 0; i < variants.length; i++) {
        const v = variants[(i + round) % variants.length]!;
        const r = await load({
          port: v.server.port,
          serverPid: v.server.pid,
          path: '/wechat',
          method: 'POST',
          requests: list,
          rate: RATE,
          seconds: SECONDS,
          concurrency: 64,
        });
        results.get(v.label)!.push(r);
        console.log(
          `  round ` +
            `${round + 1} ` +
            `${v.label.padEnd(28)} p50 ` +
            `${r.p50ms.toFixed(2).padStart(6)} ms  p99 ` +
            `${r.p99ms.toFixed(2).padStart(7)} ms  sent late ` +
            `${String(r.late ?? 0).padStart(5)}  errors ` +
            `${r.errors}  CPU ` +
            `${r.serverCpuUsPerRequest.toFixed(0)} µs/msg  load ` +
            `${loadavg()[0]!.toFixed(1)}`,
        );
      }
    }
    const p99 = new Map<string, number>();
    console.log('  medians:');
    for (const [label, rs] of results) {
      p99.set(label, median(rs.map((r) => r.p99ms)));
      console.log(
        `    ${label.padEnd(28)} p50 ${median(rs.map((r) => r.p50ms))
          .toFixed(2)
          .padStart(6)} ms` +
          `  p99 ${p99.get(label)!.toFixed(2).padStart(7)} ms` +
          `  CPU ${median(rs.map((r) => r.serverCpuUsPerRequest)).toFixed(0)} µs/msg`,
      );
    }
    const at = (k: string) => p99.get(k) ?? Number.NaN;
    console.log(
      `    p99 at 200k sessions ` +
        `${at('200k sessions').toFixed(2)} ms (target ≤ 15); checkpoints inline ` +
        `${at('200k, checkpoints inline').toFixed(2)} ms`,
    );
    console.log(`    p99 at 1M ÷ 10k sessions ${(at('1M sessions') / at('10k sessions')).toFixed(2)} (target ≤ 1.5)`);
    return { p99 };
  } finally {
    for (const v of variants) await v.server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
