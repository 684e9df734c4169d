/**
 * A small keep-alive HTTP load generator for loopback benchmarks: fixed concurrency, fixed
 * duration, bounded; reports requests per second and latency percentiles.
 *
 * The generator runs in a child process (test/bench/load-worker.ts), so the server under test
 * has its own core, every route is measured the same way, and the server's own CPU time per
 * request can be read (a figure that other load on the machine moves much less than req/s).
 * Before this, the generator shared the server's thread and took about half its CPU: moving it
 * out roughly doubled both the bare and the webhook figures on the same code. The child speaks HTTP/1.1 over raw sockets
 * (requests serialised once, responses framed by Content-Length or chunked encoding) to stay
 * cheap, and reports its own CPU per request so one can check it is not what caps a route.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50ms: number;
  p99ms: number;
  /** CPU time (user + system) the serving process spent per request. */
  serverCpuUsPerRequest: number;
  /** CPU time the load generator spent per request: well below the server's, or it capped the run. */
  generatorCpuUsPerRequest: number;
}

export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export interface LoadTarget {
  path: string;
  body?: string;
}

export interface LoadOptions {
  port: number;
  path: string;
  method?: string;
  body?: string;
  /** Vary each request (URL and body), e.g. distinct WeChat deliveries: sent in order, cycling. */
  requests?: readonly LoadTarget[];
  headers?: Record<string, string>;
  concurrency?: number;
  seconds?: number;
}

export async function load(opts: LoadOptions): Promise<LoadResult> {
  const child = fork(fileURLToPath(new URL('./load-worker.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    let ready!: () => void;
    const isReady = new Promise<void>((r) => (ready = r));
    const result = new Promise<Omit<LoadResult, 'serverCpuUsPerRequest'>>((resolve, reject) => {
      child.on('message', (m) => (m === 'ready' ? ready() : resolve(m as LoadResult)));
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`load generator exited with code ${code}`)));
    });
    child.send(opts);
    await isReady;
    // The server's own CPU time over the run: this process serves, the child only loads.
    const cpu0 = process.cpuUsage();
    child.send('go');
    const r = await result;
    const cpu = process.cpuUsage(cpu0);
    return { ...r, serverCpuUsPerRequest: r.requests > 0 ? (cpu.user + cpu.system) / r.requests : Number.NaN };
  } finally {
    child.kill();
  }
}
