/**
 * The real Node server as a child process for end-to-end tests (browser, privacy, faults), and
 * Debian's Chromium with the flags this machine needs. One place for the start-up wait and
 * the launch flags, so every such test starts things the same way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CHROMIUM = '/usr/bin/chromium';

export interface RunningServer {
  base: string;
  port: number;
  proc: ChildProcess;
  /** Output so far (stdout and stderr), when `capture` was asked for. */
  output: () => string;
  /** Stops it (SIGTERM lets it finish; SIGKILL is a crash) and waits for the exit. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

export function freePort(): number {
  return 21_000 + Math.floor(Math.random() * 20_000);
}

export async function startServer(
  env: Record<string, string>,
  opts: { port?: number; capture?: boolean } = {},
): Promise<RunningServer> {
  const port = opts.port ?? freePort();
  const base = `http://127.0.0.1:${port}`;
  const proc = spawn(process.execPath, ['--import', 'tsx', 'adapters/runtime/node.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), ...env },
    stdio: opts.capture ? 'pipe' : 'ignore',
  });
  let out = '';
  proc.stdout?.on('data', (c) => (out += c));
  proc.stderr?.on('data', (c) => (out += c));
  const stop = (signal: NodeJS.Signals = 'SIGTERM') =>
    new Promise<void>((resolve) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
      proc.once('exit', () => resolve());
      proc.kill(signal);
    });
  for (let i = 0; i < 150; i++) {
    if (
      await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { base, port, proc, output: () => out, stop };
    if (proc.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop('SIGKILL');
  throw new Error(`the server did not start:\n${out}`);
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium and fonts-noto-cjk (.ci/run does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
