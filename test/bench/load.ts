/**
 * A small keep-alive HTTP load generator for loopback benchmarks: fixed concurrency, fixed
 * duration, bounded; reports requests per second and latency percentiles.
 *
 * The generator runs in a child process (test/bench/load-worker.ts), so the server under test
 * has its own core, every route is measured the same way, and the server's own CPU time per
 * request can be read (a figure that other load on the machine moves much less than req/s).
 * Before this, the generator shared the server's thread and took about half its CPU: moving it
 * out roughly doubled both the bare and the webhook figures on the same code. The child speaks HTTP/1.1 over raw
 * sockets
 * (requests serialised once, responses framed by Content-Length or chunked encoding) to stay
 * cheap, and reports its own CPU per request so one can check it is not what caps a route.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
  /** Mean size of a response body in bytes. */
  meanBodyBytes: number;
  /** Open loop: requests sent later than scheduled because every connection was busy. */
  late?: number;
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
  /**
   * Open loop: send this many requests a second on schedule, whatever the answers' pace, and
   * time each from when it was due (so a stall counts for every request it delays, not only
   * for the one in flight); `concurrency` connections carry them. Without it: closed loop, each
   * connection sends its next request when the previous answer is in.
   */
  rate?: number;
  /** The load generator skips its own CPU clock and server CPU: the caller reads the server's from /proc. */
  serverPid?: number;
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
    // The server's own CPU time over the run: this process serves, the child only loads; or the
    // server is a process of its own (`serverPid`), every thread of it counted.
    const pid = opts.serverPid;
    const cpu0 = pid === undefined ? process.cpuUsage() : undefined;
    const ticks0 = pid === undefined ? 0 : cpuMicros(pid);
    child.send('go');
    const r = await result;
    const used = cpu0 ? ((c) => c.user + c.system)(process.cpuUsage(cpu0)) : cpuMicros(pid!) - ticks0;
    return { ...r, serverCpuUsPerRequest: r.requests > 0 ? used / r.requests : Number.NaN };
  } finally {
    child.kill();
  }
}

/** CPU time (user + system, every thread) a process has used, in µs: /proc/<pid>/stat, 100 ticks a second. */
export function cpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}
