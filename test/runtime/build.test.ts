// The production build (adapters/runtime/build.ts, run by `npm ci` through `prepare`): the bundle
// starts, answers, checkpoints in its worker and stops cleanly; every file it writes is ASCII.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../adapters/runtime/build.ts';
import { PACKAGE_ROOT } from '../../adapters/runtime/package-root.ts';
import { ELDERLY_ALONE } from '../support/households.ts';

// Inside the repository, so the bundle finds the package root and node_modules as dist/ does.
const out = join(PACKAGE_ROOT, 'node_modules', '.cache', `doudi-build-test-${process.pid}`);
const data = mkdtempSync(join(tmpdir(), 'doudi-build-'));
let child: ChildProcess | undefined;

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
  }
  rmSync(out, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
});

describe('compiled server', () => {
  it('builds, serves and stops', async () => {
    const entry = await buildServer(out);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the bundle must be ASCII, control characters included
    for (const f of readdirSync(out)) expect(/^[\x00-\x7f]*$/.test(readFileSync(join(out, f), 'utf8'))).toBe(true);
    child = spawn(process.execPath, [entry], {
      env: { ...process.env, PORT: '0', DATABASE_PATH: join(data, 'd.db'), DOUDI_LOG: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr!.on('data', (b: Buffer) => (output += b.toString()));
    const port = await new Promise<number>((resolve, reject) => {
      child!.stdout!.on('data', (b: Buffer) => {
        output += b.toString();
        const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (m) resolve(Number(m[1]));
      });
      child!.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
    });
    expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()).toEqual({ ok: true });
    const screened = await fetch(`http://127.0.0.1:${port}/api/v1/screen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ region: '140802', household: ELDERLY_ALONE }),
    });
    expect(screened.status).toBe(200);
    expect(((await screened.json()) as { results: unknown[] }).results).toHaveLength(4);
    // A write that must be committed (readiness probes the database).
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).not.toMatch(/checkpoint_worker_failed|Error/);
  }, 60_000);
});
