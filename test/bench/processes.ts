/**
 * Servers under test as processes of their own (the way they run in production), for the
 * benchmarks that compare them: started from a command, ready once they print their port, their
 * CPU and memory read from /proc, stopped by their own pid.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export interface Server {
  name: string;
  port: number;
  pid: number;
  child: ChildProcess;
  /** From spawn to the line that says it listens (ms). */
  startedMs: number;
  stop(): Promise<void>;
}

/** Spawns `node args…` in the repository; resolves once its output matches `ready` (the port in group 1). */
export function startServer(
  name: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp = /listening (?:on http:\/\/127\.0\.0\.1:)?(\d+)/,
): Promise<Server> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((res, rej) => {
    let out = '';
    const timer = setTimeout(() => rej(new Error(`${name} did not start:\n${out}`)), 60_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = out.match(ready);
      if (!m) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.stdout!.resume();
      child.stderr!.resume();
      child.off('exit', onExit);
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      res({
        name,
        port: Number(m[1]),
        pid: child.pid!,
        child,
        startedMs: performance.now() - t0,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        },
      });
    };
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      rej(new Error(`${name} exited (${code}):\n${out}`));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
    child.on('exit', onExit);
  });
}

/** Resident set size now and at its peak, in MiB. */
export function memoryMiB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key: string) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? Number.NaN
    : s.length % 2
      ? s[(s.length - 1) / 2]!
      : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
