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
  const head = `${method} ${t.path} HTTP/1.1\r\nhost: 127.0.0.1:${opts.port}\r\nconnection: keep-alive\r\n${extra}${body.length > 0 || method !== 'GET' ? `content-length: ${body.length}\r\n` : ''}\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
});

/** Incremental HTTP/1.1 response framing: returns the status once a whole response is in. */
class ResponseReader {
  private buf: Buffer = Buffer.alloc(0);
  push(chunk: Buffer): number[] {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    const done: number[] = [];
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
      done.push(status);
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
let next = 0;
const t0 = performance.now();
const until = t0 + seconds * 1000;

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
      for (const status of reader.push(chunk)) {
        if (count < latencies.length) latencies[count] = performance.now() - start;
        count++;
        if (status >= 400 || !(status >= 100)) errors++;
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

await Promise.all(Array.from({ length: concurrency }, connection));
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
};
process.send!(result, () => process.exit(0));
