// The checkpoint worker (adapters/runtime/checkpointer.ts): the serving connection never
// checkpoints, the worker copies the WAL back into the database file, and closing stops it.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function fresh(): string {
  const dir = mkdtempSync(join(tmpdir(), 'doudi-ckpt-'));
  dirs.push(dir);
  return join(dir, 'd.db');
}

/** ~2.5 MB of rows written through group commit: in WAL mode they reach the database file only by a checkpoint. */
async function writeRows(db: ReturnType<typeof openNodeDb>): Promise<void> {
  const insert = db.sqlite.prepare('INSERT INTO dedup (key, expires_at) VALUES (?, ?)');
  for (let turn = 0; turn < 10; turn++) {
    db.sqlite.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run(`${turn}-${i}-${'k'.repeat(480)}`, i);
    })();
    await db.flushed();
  }
}

const until = async (check: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return check();
};

describe('checkpoints in a worker thread', () => {
  it('the serving connection does not checkpoint; the worker copies the WAL into the file', async () => {
    const path = fresh();
    const db = openNodeDb(path, { groupCommit: true, checkpointInWorker: true, checkpointIntervalMs: 50 });
    expect(db.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = statSync(path).size;
    await writeRows(db);
    expect(await until(() => db.checkpointing())).toBe(true);
    expect(await until(() => statSync(path).size > before + 2_000_000)).toBe(true);
    // What the worker copied is what was committed: a reader of the file alone sees every row.
    await db.close();
    const reader = new Database(path, { readonly: true });
    expect(reader.prepare('SELECT count(*) AS n FROM dedup').get()).toEqual({ n: 5_000 });
    reader.close();
  });

  it('without the worker the same writes stay in the WAL (under the automatic checkpoint size)', async () => {
    const path = fresh();
    const db = openNodeDb(path, { groupCommit: true });
    expect(db.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(4000);
    const before = statSync(path).size;
    await writeRows(db);
    await new Promise((r) => setTimeout(r, 200));
    expect(statSync(path).size).toBe(before);
    await db.close();
  });

  it('the worker waits until the WAL holds something worth copying (an idle server has no thread)', async () => {
    const path = fresh();
    const db = openNodeDb(path, { groupCommit: true, checkpointInWorker: true, checkpointIntervalMs: 20 });
    // The migrations' WAL (~180 KB) is under the 1 MiB start size: several looks, no thread.
    await new Promise((r) => setTimeout(r, 200));
    expect(db.checkpointing()).toBe(false);
    expect(db.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await writeRows(db);
    expect(await until(() => db.checkpointing())).toBe(true);
    await db.close();
    expect(db.sqlite.open).toBe(false);
  });

  it('close() stops the worker before the connection closes', async () => {
    const path = fresh();
    const db = openNodeDb(path, { checkpointInWorker: true, checkpointIntervalMs: 20, checkpointStartAtBytes: 0 });
    expect(await until(() => db.checkpointing())).toBe(true);
    await db.close();
    expect(db.sqlite.open).toBe(false);
  });

  it('close() before the worker started closes at once', async () => {
    const path = fresh();
    const db = openNodeDb(path, { checkpointInWorker: true, checkpointIntervalMs: 20 });
    expect(db.checkpointing()).toBe(false);
    await db.close();
    expect(db.sqlite.open).toBe(false);
  });
});
