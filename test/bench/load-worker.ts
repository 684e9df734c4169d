/**
 * The load generator's process (see load.ts): `concurrency` keep-alive connections, each sending
 * its next request as soon as the previous response is complete, for `seconds`.
 */
import { connect, type Socket } from 'node:net';
import { type LoadOptions, type LoadResult, percentile } from './load.ts';

// Options arrive over IPC; the timed run starts on 'go', once the requests are serialised.
const opts = await new Promise<LoadOptions>((resolve) => process.once('message', (m) => resolve(m as LoadOptions)));
const method = opts.method ?? 'GET';
const targets = opts.requests ?? [{ path: opts.path, ...(opts.body !== undefined ? { body: opts.body } : {}) }];
const extra = Object.entries({ 'content-type': 'application/json', ...(opts.headers ?? {}) })
  .map(([k, v]) => `${k}: ${v}\r\n`)
  .join('');
// Serialised up front so the timed loop only writes buffers.
const wire = targets.map((t) => {
  const body = t.body === undefined ? Buffer.alloc(0) : Buffer.from(t.body);
  const head =
    `${method} ` +
    `${t.path} HTTP/1.1\r\nhost: 127.0.0.1:` +
    `${opts.port}\r\nconnection: keep-alive\r\n` +
    `${extra}` +
    `${body.length > 0 || method !== 'GET' ? `content-length: ${body.length}\r\n` : ''}\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
});

/** Incremental HTTP/1.1 response framing: returns each response's status and body size once it is whole. */
class ResponseReader {
  private buf: Buffer = Buffer.alloc(0);
  push(chunk: Buffer): { status: number; bytes: number }[] {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    const done: { status: number; bytes: number }[] = [];
    for (;;) {
      const end = this.buf.indexOf('\r\n\r\n');
      if (end < 0) return done;
      const head = this.buf.toString('latin1', 0, end);
      const status = Number(head.slice(9, 12));
      const cl = /\r\ncontent-length:\s*(\d+)/i.exec(head);
      let total: number;
      if (cl) {
        total = end + 4 + Number(cl[1]);
      } else if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
        let pos = end + 4;
        let complete = false;
        for (;;) {
          const lineEnd = this.buf.indexOf('\r\n', pos);
          if (lineEnd < 0) break;
          const size = parseInt(this.buf.toString('latin1', pos, lineEnd), 16);
          pos = lineEnd + 2 + size + 2;
          if (pos > this.buf.length) break;
          if (size === 0) {
            complete = true;
            break;
          }
        }
        if (!complete) return done;
        total = pos;
      } else {
        total = end + 4;
      }
      if (this.buf.length < total) return done;
      done.push({ status, bytes: total - end - 4 });
      this.buf = this.buf.subarray(total);
    }
  }
}

process.send!('ready');
await new Promise((resolve) => process.once('message', resolve));
const cpu0 = process.cpuUsage();
const concurrency = opts.concurrency ?? 32;
const seconds = opts.seconds ?? 3;
const latencies = new Float64Array(4_000_000);
let count = 0;
let errors = 0;
let bytes = 0;
let late = 0;
let next = 0;
const t0 = performance.now();
const until = t0 + seconds * 1000;

function record(status: number, size: number, since: number): void {
  if (count < latencies.length) latencies[count] = performance.now() - since;
  count++;
  bytes += size;
  if (status >= 400 || !(status >= 100)) errors++;
}

/** Closed loop: each connection sends its next request as soon as the previous answer is in. */
function connection(): Promise<void> {
  return new Promise((resolve) => {
    const socket: Socket = connect({ host: '127.0.0.1', port: opts.port, noDelay: true });
    const reader = new ResponseReader();
    let start = 0;
    const send = () => {
      if (performance.now() >= until) {
        socket.end();
        resolve();
        return;
      }
      start = performance.now();
      socket.write(wire[next++ % wire.length]!);
    };
    socket.on('connect', send);
    socket.on('data', (chunk: Buffer) => {
      for (const r of reader.push(chunk)) {
        record(r.status, r.bytes, start);
        send();
      }
    });
    socket.on('error', () => {
      errors++;
      resolve();
    });
    socket.on('close', () => resolve());
  });
}

/**
 * Open loop: request i is due at t0 + i / rate and is timed from then. It goes out on an idle
 * connection, or waits (counted as late) until one is free, as a real sender's queue would.
 */
async function openLoop(rate: number): Promise<void> {
  const idle: { socket: Socket; due: number }[] = [];
  const closed = new Set<{ socket: Socket; due: number }>();
  const waiting: number[] = [];
  let sent = 0;
  let inFlight = 0;
  const total = Math.floor(rate * seconds);
  let finish!: () => void;
  const finished = new Promise<void>((r) => (finish = r));
  const dispatch = (c: { socket: Socket; due: number }, due: number) => {
    c.due = due;
    inFlight++;
    c.socket.write(wire[next++ % wire.length]!);
  };
  const freed = (c: { socket: Socket; due: number }) => {
    const due = waiting.shift();
    if (due !== undefined) dispatch(c, due);
    else idle.push(c);
    if (sent >= total && inFlight === 0 && waiting.length === 0) finish();
  };
  await Promise.all(
    Array.from(
      { length: concurrency },
      () =>
        new Promise<void>((ready) => {
          const c = { socket: connect({ host: '127.0.0.1', port: opts.port, noDelay: true }), due: 0 };
          const reader = new ResponseReader();
          c.socket.on('connect', () => {
            idle.push(c);
            ready();
          });
          c.socket.on('data', (chunk: Buffer) => {
            for (const r of reader.push(chunk)) {
              inFlight--;
              record(r.status, r.bytes, c.due);
              freed(c);
            }
          });
          // A connection lost with a request on it: that request failed, and the run goes on without it.
          const lost = () => {
            if (closed.has(c)) return;
            closed.add(c);
            const at = idle.indexOf(c);
            if (at >= 0) idle.splice(at, 1);
            else if (inFlight > 0) {
              inFlight--;
              errors++;
            }
            if (sent >= total && inFlight === 0) finish();
          };
          c.socket.on('error', lost);
          c.socket.on('close', lost);
        }),
    ),
  );
  const start = performance.now();
  const tick = () => {
    const now = performance.now();
    while (sent < total && start + (sent * 1000) / rate <= now) {
      const due = start + (sent * 1000) / rate;
      sent++;
      // The longest idle first: every connection stays in use, so none meets the server's keep-alive timeout.
      const c = idle.shift();
      if (c) dispatch(c, due);
      else {
        late++;
        waiting.push(due);
      }
    }
    if (sent < total) setTimeout(tick, Math.max(0, start + (sent * 1000) / rate - performance.now()));
  };
  tick();
  // Answers still missing long after the last was due count as errors; the run ends regardless.
  const deadline = setTimeout(
    () => {
      errors += inFlight + waiting.length;
      finish();
    },
    (seconds + 30) * 1000,
  );
  await finished;
  clearTimeout(deadline);
  closed.clear();
  for (const c of [...idle]) {
    closed.add(c);
    c.socket.destroy();
  }
}

if (opts.rate) await openLoop(opts.rate);
else await Promise.all(Array.from({ length: concurrency }, connection));
const elapsed = (performance.now() - t0) / 1000;
const sorted = latencies.subarray(0, Math.min(count, latencies.length)).sort();
const cpu = process.cpuUsage(cpu0);
const result: Omit<LoadResult, 'serverCpuUsPerRequest'> = {
  requests: count,
  errors,
  seconds: elapsed,
  rps: count / elapsed,
  p50ms: percentile(sorted, 50),
  p99ms: percentile(sorted, 99),
  generatorCpuUsPerRequest: count > 0 ? (cpu.user + cpu.system) / count : Number.NaN,
  meanBodyBytes: count > 0 ? bytes / count : Number.NaN,
  ...(opts.rate ? { late } : {}),
};
process.send!(result, () => process.exit(0));
