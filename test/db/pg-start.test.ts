// Starting on PostgreSQL refuses plainly what would go wrong later: no DOUDI_DATA_KEY (instances
// would each make their own and could not read each other's data), a DATABASE_URL that is not
// PostgreSQL's, a pool setting that is not a number; and `npx doudi staff` uses DATABASE_URL too.
import { spawn } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../support/node-server.ts';
import { createDatabase } from '../support/postgres.ts';
import { newDataKey } from '../../adapters/crypto/sealer.ts';

function run(entry: string[], env: Record<string, string>, input = ''): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...entry], {
      cwd: ROOT,
      env: { ...process.env, DOUDI_DATA_KEY: '', PORT: '0', DOUDI_LOG: 'off', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
    child.stdin.end(input);
  });
}

describe('starting on PostgreSQL', () => {
  it('refuses to start without DOUDI_DATA_KEY, with a URL that is not PostgreSQL, or a bad pool size', async () => {
    const url = await createDatabase(inject('pgAdminUrl'));
    const noKey = await run(['adapters/runtime/node.ts'], { DATABASE_URL: url });
    expect(noKey.code).toBe(1);
    expect(noKey.out).toContain('DOUDI_DATA_KEY is not set');
    const mysql = await run(['adapters/runtime/node.ts'], {
      DATABASE_URL: 'mysql://db/doudi',
      DOUDI_DATA_KEY: newDataKey(),
    });
    expect(mysql.code).toBe(1);
    expect(mysql.out).toContain('DATABASE_URL must start with postgres://');
    const pool = await run(['adapters/runtime/node.ts'], {
      DATABASE_URL: url,
      DATABASE_POOL_MAX: 'ten',
      DOUDI_DATA_KEY: newDataKey(),
    });
    expect(pool.code).toBe(1);
    expect(pool.out).toContain('DATABASE_POOL_MAX');
  }, 60_000);

  it('npx doudi staff add and list work on DATABASE_URL', async () => {
    const env = { DATABASE_URL: await createDatabase(inject('pgAdminUrl')), DOUDI_DATA_KEY: newDataKey() };
    const added = await run(
      ['adapters/cli/main.ts', 'staff', 'add', '--username', 'wang', '--role', 'admin', '--password-stdin'],
      env,
      'correct horse battery',
    );
    expect(added.out).toContain('已创建账号 wang');
    expect(added.code).toBe(0);
    const listed = await run(['adapters/cli/main.ts', 'staff', 'list'], env);
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/^wang\t/m);
  }, 60_000);
});
