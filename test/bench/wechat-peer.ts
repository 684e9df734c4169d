/**
 * `npm run bench -- wechat`: doudi's WeChat webhook beside its peer, the classic Node WeChat
 * library (`wechat` 2.1.0 on express, ./servers/wechat-peer.mjs), and a bare Hono GET, each a
 * process of its own: doudi as production runs it (the compiled build, `node dist/node.js`, a
 * SQLite file with WAL and group commit, sealed sessions, hashed durable dedup, every answer
 * after its commit). Both WeChat servers get the same token, appid and EncodingAESKey and the same
 * pre-built deliveries (./deliveries.ts); the peer answers with one fixed text as long as doudi's
 * mean reply. Rounds alternate the order of the three, at 16 and 64 connections, with the load
 * generator in its own process; printed per round and as medians, with doudi ÷ peer paired
 * within each round (the machine's other load moves every figure, much less their ratio).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../../adapters/runtime/build.ts';
import { SimulatedWechat } from '../wechat/simulated-server.ts';
import { BENCH_WECHAT, type Mix, residentDeliveries } from './deliveries.ts';
import { load, type LoadResult } from './load.ts';
import { median, memoryMiB, type Server, startServer } from './processes.ts';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const CONNECTIONS = [16, 64];

export const WECHAT_ENV = {
  WECHAT_TOKEN: BENCH_WECHAT.token,
  WECHAT_APPID: BENCH_WECHAT.appId,
  WECHAT_APPSECRET: 'bench-secret',
  WECHAT_ENCODING_AES_KEY: BENCH_WECHAT.aesKey,
  // Replies that miss the budget would go to the customer-service API: a closed local port.
  WECHAT_API_BASE: 'http://127.0.0.1:9',
  DOUDI_LOG: 'off',
  TELEGRAM_BOT_TOKEN: '',
  TELEGRAM_WEBHOOK_SECRET: '',
};

let prefixes = 0;
/** Deliveries enough for `seconds` at up to 8,000 a second, from residents no run used before. */
export const freshDeliveries = (seconds: number, mix: Mix = 'opening') =>
  residentDeliveries(`r${process.pid}x${++prefixes}`, Math.ceil(8_000 * seconds), mix);
const MIXES: Mix[] = ['opening', 'transcripts'];

/** doudi's compiled server on a database file of its own. */
export function startDoudi(entry: string, dir: string, extra: Record<string, string> = {}): Promise<Server> {
  writeFileSync(join(dir, 'bench.yaml'), 'limits: { apiPerMinute: 0 }\n');
  return startServer('doudi', [entry], {
    PORT: '0',
    DATABASE_PATH: join(dir, 'doudi.db'),
    DOUDI_CONFIG: join(dir, 'bench.yaml'),
    ...WECHAT_ENV,
    ...extra,
  });
}

/** The UTF-8 length of doudi's passive replies over a sample of deliveries, opened as WeChat would. */
async function meanReplyBytes(port: number, mix: Mix): Promise<number> {
  const wx = new SimulatedWechat(BENCH_WECHAT.token, BENCH_WECHAT.appId, BENCH_WECHAT.aesKey);
  const sample = residentDeliveries(`sample${process.pid}${mix}`, 400, mix);
  let total = 0;
  let n = 0;
  for (const d of sample) {
    const xml = await (await fetch(`http://127.0.0.1:${port}${d.path}`, { method: 'POST', body: d.body })).text();
    if (!xml.includes('<Encrypt>')) continue;
    const content = /<Content><!\[CDATA\[([\s\S]*)\]\]><\/Content>/.exec(wx.openReply(xml))?.[1] ?? '';
    total += Buffer.byteLength(content);
    n++;
  }
  return n > 0 ? Math.round(total / n) : 0;
}

/** A text of `bytes` UTF-8 bytes: Chinese, as doudi's replies are. */
export function textOfBytes(bytes: number): string {
  return '兜'.repeat(Math.floor(bytes / 3)) + 'x'.repeat(bytes % 3);
}

type Kind = 'bare' | 'peer' | 'doudi';
const SERVER_LABEL: Record<Kind, string> = { bare: 'bare Hono GET', peer: 'peer (wechat 2.1.0)', doudi: 'doudi' };
const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '-');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '-');

export interface Figures {
  rps: Record<Kind, number>;
  p50: Record<Kind, number>;
  p99: Record<Kind, number>;
  cpu: Record<Kind, number>;
  /** doudi ÷ peer, paired within each round, then the median. */
  ratio: number;
  ratioP99: number;
  cpuRatio: number;
}

/** By `${mix} ${connections}`. */
export type PeerComparison = Map<string, Figures>;

export async function benchWechatPeer(): Promise<PeerComparison> {
  const dir = mkdtempSync(join(tmpdir(), 'doudi-peer-'));
  const servers: Server[] = [];
  try {
    const entry = await buildServer();
    const doudi = await startDoudi(entry, dir);
    servers.push(doudi);
    const bare = await startServer('bare', ['test/bench/servers/bare-hono.mjs'], { PORT: '0' });
    servers.push(bare);
    // Warm doudi first and read its replies' length, so each peer's fixed reply is as long.
    const peers = {} as Record<Mix, Server>;
    const replyBytes = {} as Record<Mix, number>;
    for (const mix of MIXES) {
      await load({
        port: doudi.port,
        path: '/wechat',
        method: 'POST',
        requests: freshDeliveries(2, mix),
        seconds: 2,
        concurrency: 16,
        headers: { 'content-type': 'text/xml' },
      });
      replyBytes[mix] = await meanReplyBytes(doudi.port, mix);
      peers[mix] = await startServer('peer', ['test/bench/servers/wechat-peer.mjs'], {
        PORT: '0',
        ...WECHAT_ENV,
        PEER_REPLY: textOfBytes(replyBytes[mix]),
      });
      servers.push(peers[mix]);
      await load({
        port: peers[mix].port,
        path: '/wechat',
        method: 'POST',
        requests: freshDeliveries(2, mix),
        seconds: 2,
        concurrency: 16,
        headers: { 'content-type': 'text/xml' },
      });
    }
    await load({ port: bare.port, path: '/bare', seconds: 2, concurrency: 16 });

    console.log(
      `WeChat safe mode: doudi (compiled, SQLite WAL, group commit,` +
        ` sealed sessions, durable dedup, answers after commit) ` +
        `beside the peer (wechat 2.1.0 on express ` +
        `${peerVersion()}: a fixed reply as long as doudi's mean — ` +
        `${MIXES.map((m) => `${replyBytes[m]} bytes for ${m}`).join(', ')} — nothing stored) and a bare Hono GET;`,
    );
    console.log(
      `  each its own process, load generator in another; ${ROUNDS} rounds × ${CONNECTIONS.join(' and ')} connections` +
        ` × ${SECONDS} s per mix, order rotated each round; load average ${loadavg()
          .map((x) => x.toFixed(1))
          .join(' ')} at start`,
    );
    console.log(
      `  mixes: opening = each resident's first message and answer ` +
        `(你好, 1); transcripts = every turn of the dialogue ` +
        `transcripts`,
    );
    const results = new Map<string, Record<Kind, LoadResult[]>>();
    const order: Kind[] = ['bare', 'peer', 'doudi'];
    for (let round = 0; round < ROUNDS; round++) {
      for (const mix of MIXES) {
        for (const connections of CONNECTIONS) {
          const key = `${mix} ${connections}`;
          if (!results.has(key)) results.set(key, { bare: [], peer: [], doudi: [] });
          const x = results.get(key)!;
          const deliveries = freshDeliveries(SECONDS, mix);
          const byKind: Record<Kind, Server> = { bare, peer: peers[mix], doudi };
          const notes: string[] = [];
          for (let i = 0; i < order.length; i++) {
            const kind = order[(i + round) % order.length]!;
            const s = byKind[kind];
            const r = await load({
              port: s.port,
              serverPid: s.pid,
              concurrency: connections,
              seconds: SECONDS,
              ...(kind === 'bare'
                ? { path: '/bare' }
                : { path: '/wechat', method: 'POST', requests: deliveries, headers: { 'content-type': 'text/xml' } }),
            });
            if (kind !== 'bare' && r.requests > deliveries.length) notes.push(`(${kind} ran out of fresh deliveries)`);
            if (r.errors > 0) notes.push(`(${kind}: ${r.errors} errors)`);
            x[kind].push(r);
          }
          const [d, p, b] = [x.doudi.at(-1)!, x.peer.at(-1)!, x.bare.at(-1)!];
          console.log(
            `  round ` +
              `${round + 1}, ` +
              `${mix}, ` +
              `${connections} conn: req/s bare ` +
              `${f0(b.rps)} peer ` +
              `${f0(p.rps)} doudi ` +
              `${f0(d.rps)} (doudi/peer ` +
              `${f2(d.rps / p.rps)}); p99 ms peer ` +
              `${f2(p.p99ms)} doudi ` +
              `${f2(d.p99ms)}; CPU µs/msg peer ` +
              `${f0(p.serverCpuUsPerRequest)} doudi ` +
              `${f0(d.serverCpuUsPerRequest)}; load ` +
              `${loadavg()[0]!.toFixed(1)} ` +
              `${notes.join(' ')}`,
          );
        }
      }
    }
    const comparison: PeerComparison = new Map();
    console.log(`  medians over ${ROUNDS} rounds (ratios paired per round, then the median):`);
    console.log(
      `    ` +
        `${'mix, connections, server'.padEnd(34)} ` +
        `${'req/s'.padStart(8)} ` +
        `${'p50 ms'.padStart(8)} ` +
        `${'p99 ms'.padStart(8)} ` +
        `${'CPU µs/msg'.padStart(11)}`,
    );
    for (const [key, x] of results) {
      const m = (k: Kind, f: (r: LoadResult) => number) => median(x[k].map(f));
      const rec = (f: (r: LoadResult) => number) => ({ bare: m('bare', f), peer: m('peer', f), doudi: m('doudi', f) });
      const paired = (f: (r: LoadResult) => number) => median(x.doudi.map((d, i) => f(d) / f(x.peer[i]!)));
      const fig: Figures = {
        rps: rec((r) => r.rps),
        p50: rec((r) => r.p50ms),
        p99: rec((r) => r.p99ms),
        cpu: rec((r) => r.serverCpuUsPerRequest),
        ratio: paired((r) => r.rps),
        ratioP99: paired((r) => r.p99ms),
        cpuRatio: paired((r) => r.serverCpuUsPerRequest),
      };
      comparison.set(key, fig);
      const [mix, connections] = key.split(' ');
      for (const k of order)
        console.log(
          `    ${`${mix}, ${connections}, ${SERVER_LABEL[k]}`.padEnd(34)} ` +
            `${f0(fig.rps[k]).padStart(8)} ` +
            `${f2(fig.p50[k]).padStart(8)} ` +
            `${f2(fig.p99[k]).padStart(8)} ` +
            `${f0(fig.cpu[k]).padStart(11)}`,
        );
      console.log(
        `    → doudi ÷ peer: throughput ` +
          `${f2(fig.ratio)} (target ≥ 1.00), p99 ` +
          `${f2(fig.ratioP99)}` +
          `${connections === '16' ? ' (target ≤ 1.5)' : ''}, CPU per message ` +
          `${f2(fig.cpuRatio)}; peer ÷ bare GET ` +
          `${f2(median(x.peer.map((p, i) => p.rps / x.bare[i]!.rps)))}`,
      );
    }
    const mem = (s: Server) => memoryMiB(s.pid).peak.toFixed(0);
    console.log(
      `  peak RSS MiB: doudi ${mem(doudi)}, peer ${mem(peers.opening)}, bare ${mem(bare)}; load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} at the end`,
    );
    return comparison;
  } finally {
    for (const s of servers) await s.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function peerVersion(): string {
  return (createRequire(import.meta.url)('express/package.json') as { version: string }).version;
}
