// GET /readyz (issue 14 F): 503 with a code while the database cannot take writes (read-only,
// a disk nearly full, a turn lost to the disk), so a load balancer stops sending residents to a
// server that would fail them; /healthz keeps its contract, 200 {"ok":true}, throughout.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../../adapters/http/app.ts';
import { checkReadiness, sharedProbe } from '../../adapters/http/readiness.ts';
import { DrizzleDedupStore } from '../../adapters/db/repositories.ts';
import { healthProbe } from '../../adapters/db/schema.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import { nodeReadiness } from '../../adapters/runtime/node-ready.ts';
import { builtInParameterSet } from '../../screening/index.ts';
import { assembled } from '../support/assembled.ts';

const roomy = (): { bavail: number | bigint; bsize: number | bigint } => ({ bavail: 10_000_000, bsize: 4096 });

function server(path = join(mkdtempSync(join(tmpdir(), 'doudi-ready-')), 'd.db'), statfs = roomy) {
  const lost: unknown[] = [];
  const opened = openNodeDb(path, { groupCommit: true, onLost: (e) => lost.push(e) });
  const app = createApp({
    parameters: builtInParameterSet(),
    today: () => '2026-12-05',
    ready: nodeReadiness({ databasePath: path, probeWrite: opened.probeWrite, statfs, nowMs: () => 42 }),
  });
  const get = async (p: string) => {
    const res = await app.request(p);
    return { status: res.status, body: await res.json() };
  };
  return { ...opened, app, get, lost };
}

const healthy = { status: 200, body: { ok: true } };

describe('GET /readyz', () => {
  it('ready while the database takes writes; the probe rewrites one row', async () => {
    const s = server();
    expect(await s.get('/readyz')).toEqual(healthy);
    expect(await s.get('/readyz')).toEqual(healthy);
    await s.flushed();
    expect(await s.db.select().from(healthProbe)).toEqual([{ id: 1, at: 42 }]);
    expect(await s.get('/healthz')).toEqual(healthy);
  });

  it('503 DB_NOT_WRITABLE on a read-only connection, while /healthz stays 200 {"ok":true}', async () => {
    const s = server();
    s.sqlite.pragma('query_only = ON');
    expect(await s.get('/readyz')).toEqual({
      status: 503,
      body: {
        ok: false,
        error: {
          code: 'DB_NOT_WRITABLE',
          message: '数据库现在不能写入，请检查磁盘和数据库文件。(database not writable)',
        },
      },
    });
    expect(await s.get('/healthz')).toEqual(healthy);
    // The failed probe is not a lost turn: the server is not told to exit, and recovers.
    expect(s.lost).toEqual([]);
    s.sqlite.pragma('query_only = OFF');
    expect(await s.get('/readyz')).toEqual(healthy);
  });

  it('503 DISK_FULL when the disk holding the database has less than 64 MB free', async () => {
    const s = server(undefined, () => ({ bavail: 1000n, bsize: 4096n }));
    expect(await s.get('/readyz')).toMatchObject({ status: 503, body: { ok: false, error: { code: 'DISK_FULL' } } });
    expect(await s.get('/healthz')).toEqual(healthy);
  });

  it('503 once a turn was lost to a full disk (the moment before the server exits)', async () => {
    const s = server();
    s.sqlite.exec('create table attachment (b blob)');
    await new DrizzleDedupStore(s.db).claim('before', 600);
    s.sqlite.pragma(`max_page_count = ${(s.sqlite.pragma('page_count', { simple: true }) as number) + 3}`);
    expect(() => s.db.run(sql`insert into attachment values (zeroblob(1000000))`)).toThrow();
    await expect(s.flushed()).rejects.toThrow(/full/i);
    expect(s.lost).toHaveLength(1);
    expect(await s.get('/readyz')).toMatchObject({
      status: 503,
      body: { ok: false, error: { code: 'DB_NOT_WRITABLE' } },
    });
    expect(await s.get('/healthz')).toEqual(healthy);
  });

  it('the probe waits for the turn’s open transaction and commits on its own', async () => {
    const s = server();
    const claim = new DrizzleDedupStore(s.db).claim('in-this-turn', 600);
    expect(s.sqlite.inTransaction).toBe(true);
    expect(await s.get('/readyz')).toEqual(healthy);
    await claim;
    expect(s.sqlite.inTransaction).toBe(false);
  });

  it('probes at most once a second, however many ask: asking must not make the server write', async () => {
    let now = 0;
    let probes = 0;
    const shared = sharedProbe(
      async () => {
        probes++;
        return { ok: true };
      },
      () => now,
    );
    await Promise.all(Array.from({ length: 50 }, () => shared()));
    expect(probes).toBe(1);
    now = 999;
    await shared();
    expect(probes).toBe(1);
    now = 1_000;
    expect(await shared()).toEqual({ ok: true });
    expect(probes).toBe(2);
  });

  it('a probe that does not answer is DB_TIMEOUT after 3 s', async () => {
    vi.useFakeTimers();
    try {
      const pending = checkReadiness(() => new Promise(() => {}));
      await vi.advanceTimersByTimeAsync(3_000);
      expect(await pending).toMatchObject({ ok: false, code: 'DB_TIMEOUT' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('is wired in the assembled service', async () => {
    const failing = await assembled({ ready: async () => ({ ok: false, code: 'DB_NOT_WRITABLE', message: 'x' }) });
    expect((await failing.app.request('/readyz')).status).toBe(503);
    expect(await (await failing.app.request('/healthz')).json()).toEqual({ ok: true });
  });
});
