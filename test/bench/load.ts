/**
 * A small keep-alive HTTP load generator for loopback benchmarks: fixed concurrency, fixed
 * duration, bounded; reports requests per second and latency percentiles.
 */
import { Agent, request } from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50ms: number;
  p99ms: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function load(opts: {
  port: number;
  path: string;
  method?: string;
  body?: string;
  /** Vary each request (URL and body), e.g. distinct WeChat deliveries. */
  next?: () => { path: string; body: string };
  headers?: Record<string, string>;
  concurrency?: number;
  seconds?: number;
}): Promise<LoadResult> {
  const concurrency = opts.concurrency ?? 32;
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const until = performance.now() + (opts.seconds ?? 3) * 1000;
  const latencies: number[] = [];
  let errors = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const start = performance.now();
      const target = opts.next ? opts.next() : { path: opts.path, body: opts.body };
      const req = request(
        { host: '127.0.0.1', port: opts.port, path: target.path, method: opts.method ?? 'GET', agent, headers: { 'content-type': 'application/json', ...(opts.headers ?? {}) } },
        (res) => {
          res.resume();
          res.on('end', () => {
            if ((res.statusCode ?? 500) >= 400) errors++;
            latencies.push(performance.now() - start);
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      if (target.body) req.write(target.body);
      req.end();
    });
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) await one();
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, seconds, rps: latencies.length / seconds, p50ms: percentile(latencies, 50), p99ms: percentile(latencies, 99) };
}
