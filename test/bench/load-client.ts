/**
 * The load generator of `npm run bench:load`, run in its own process so that it never shares a
 * core's event loop with the servers it measures. Keep-alive node:http, fixed concurrency, fixed
 * duration. Mixed traffic: WeChat safe-mode deliveries (distinct users, each playing a transcript
 * turn by turn, signed and encrypted like WeChat's servers do, every MsgId new), POST
 * /api/v1/screen, and GET of a screening-link page; WeChat deliveries alone (`wechat`); or one
 * bare route. With several `ports` (instances behind a load balancer) each connection goes to one
 * of them in turn. Prints one JSON line.
 */
import { Agent, request } from 'node:http';
import { loadTranscripts } from '../support/transcripts.ts';
import { SimulatedWechat } from '../wechat/simulated-server.ts';
import { percentile } from './load.ts';
import { ELDERLY_ALONE } from '../support/households.ts';

interface Job {
  kind: string;
  method: string;
  path: string;
  body?: string;
  headers?: Record<string, string>;
  check?: (status: number, body: string) => boolean;
}

export interface KindStats {
  requests: number;
  errors: number;
  rps: number;
  p50ms: number;
  p99ms: number;
}

const args = JSON.parse(process.argv[2] ?? '{}') as {
  port: number;
  /** Several instances: connection w goes to ports[w % ports.length]. */
  ports?: number[];
  mode: 'mixed' | 'bare' | 'wechat';
  seconds: number;
  concurrency: number;
  linkToken?: string;
  /** Distinguishes this run's residents and message ids from earlier runs' on the same database. */
  run?: number;
  wechat?: { token: string; appId: string; aesKey: string };
};

const screenBody = JSON.stringify({
  region: '140802',
  household: ELDERLY_ALONE,
});

function mixedJobs(worker: number): () => Job {
  const wx = new SimulatedWechat(args.wechat!.token, args.wechat!.appId, args.wechat!.aesKey);
  const scripts = loadTranscripts().map((t) => t.turns.map((x) => x.say));
  // Each connection has its own users, so one user's turns never race each other.
  let user = 0;
  let turn = 0;
  let script = scripts[worker % scripts.length]!;
  const run = args.run ?? 0;
  let msgId = run * 1e12 + worker * 1e9;
  let n = 0;
  return () => {
    n++;
    const slot = args.mode === 'wechat' ? 0 : n % 10;
    if (slot < 5) {
      if (turn >= script.length) {
        user++;
        turn = 0;
        script = scripts[(worker + user) % scripts.length]!;
      }
      const say = script[turn++]!;
      const d = wx.delivery(wx.textXml(`oBench${run}_${worker}_${user}`, say, String(++msgId)), 'safe');
      return {
        kind: 'wechat',
        method: 'POST',
        path: d.url,
        body: d.body,
        headers: { 'content-type': 'text/xml' },
        // A passive encrypted reply that opens with the appid; 'success' means the budget was missed.
        check: (status, body) => status === 200 && body.includes('<Encrypt>'),
      };
    }
    if (slot < 8)
      return {
        kind: 'screen',
        method: 'POST',
        path: '/api/v1/screen',
        body: screenBody,
        headers: { 'content-type': 'application/json' },
      };
    return { kind: 'link-page', method: 'GET', path: `/s/${args.linkToken}` };
  };
}

async function run(): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: args.concurrency });
  const lat = new Map<string, number[]>();
  const errs = new Map<string, number>();
  const ports = args.ports ?? [args.port];
  const one = (job: Job, port: number) =>
    new Promise<void>((resolve) => {
      const start = performance.now();
      const req = request(
        { host: '127.0.0.1', port, path: job.path, method: job.method, agent, headers: job.headers ?? {} },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const status = res.statusCode ?? 500;
            const ok = job.check ? job.check(status, Buffer.concat(chunks).toString()) : status < 400;
            if (!ok) errs.set(job.kind, (errs.get(job.kind) ?? 0) + 1);
            (lat.get(job.kind) ?? lat.set(job.kind, []).get(job.kind)!).push(performance.now() - start);
            resolve();
          });
        },
      );
      req.on('error', () => {
        errs.set(job.kind, (errs.get(job.kind) ?? 0) + 1);
        resolve();
      });
      if (job.body) req.write(job.body);
      req.end();
    });
  const drive = async (seconds: number, record: boolean) => {
    const until = performance.now() + seconds * 1000;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: args.concurrency }, async (_, w) => {
        const next =
          args.mode === 'bare'
            ? () => ({ kind: 'bare', method: 'GET', path: '/bare' })
            : mixedJobs(w + (record ? 1000 : 0));
        const port = ports[w % ports.length]!;
        while (performance.now() < until) await one(next(), port);
      }),
    );
    return (performance.now() - t0) / 1000;
  };
  await drive(1, false); // warm-up: JIT, prepared statements, first sessions
  lat.clear();
  errs.clear();
  const seconds = await drive(args.seconds, true);
  agent.destroy();
  const stats = (xs: number[], errors: number): KindStats => {
    xs.sort((a, b) => a - b);
    return {
      requests: xs.length,
      errors,
      rps: xs.length / seconds,
      p50ms: percentile(xs, 50),
      p99ms: percentile(xs, 99),
    };
  };
  const all = [...lat.values()].flat();
  const byKind = Object.fromEntries([...lat].map(([k, xs]) => [k, stats(xs, errs.get(k) ?? 0)]));
  const totalErrors = [...errs.values()].reduce((a, b) => a + b, 0);
  console.log(JSON.stringify({ seconds, total: stats(all, totalErrors), byKind }));
}

await run();
