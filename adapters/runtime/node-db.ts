/** better-sqlite3 + drizzle for Node, with the shared migrations applied. */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Atomic } from '../db/ports.ts';
import { GroupCommit, groupCommitting } from './group-commit.ts';
import { PACKAGE_ROOT } from './package-root.ts';
import { FALLBACK_AUTOCHECKPOINT, startCheckpointer } from './checkpointer.ts';

export const MIGRATIONS = join(PACKAGE_ROOT, 'adapters', 'db', 'migrations');

export interface NodeDbOptions {
  /**
   * Writes made in one turn of the event loop share one transaction (./group-commit.ts). For the
   * long-running server, which must then await `flushed()` before it answers; short-lived
   * commands and tests write through plain autocommit.
   */
  groupCommit?: boolean;
  /** A grouped transaction was lost as a whole (./group-commit.ts): the server logs and exits. */
  onLost?: (error: unknown) => void;
  /**
   * WAL checkpoints in a worker thread instead of inside a COMMIT on this thread
   * (./checkpointer.ts). For the long-running server; `onCheckpointFailure` hears if the worker
   * fails and this connection takes automatic checkpoints back.
   */
  checkpointInWorker?: boolean;
  onCheckpointFailure?: (reason: string) => void;
  /** How often the worker checkpoints (500 ms). */
  checkpointIntervalMs?: number;
  /** The WAL size at which the worker starts (1 MiB; ./checkpointer.ts says why it waits). */
  checkpointStartAtBytes?: number;
}

/**
 * The database and its -wal and -shm files are for the service's own user only (0600, like the
 * key file): they hold the requests' routing columns and sealed bodies. The file is created 0600
 * before SQLite opens it, and SQLite gives -wal and -shm the database file's mode (checked by
 * test/db/file-mode.test.ts); files an older version created 0644 are narrowed. A file owned by
 * someone else (an operator's own arrangement) is left as it is rather than stopping the service.
 */
function ownerOnly(paths: string[]): void {
  for (const p of paths) {
    if (!existsSync(p) || (statSync(p).mode & 0o077) === 0) continue;
    try {
      chmodSync(p, 0o600);
    } catch {
      // Not ours to change (EPERM): the operator chose this file's owner and mode.
    }
  }
}

export function openNodeDb(path: string, options: NodeDbOptions = {}) {
  if (path !== ':memory:' && path !== '') {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    closeSync(openSync(path, 'a', 0o600));
    ownerOnly([path, `${path}-wal`, `${path}-shm`]);
  }
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  // WAL with NORMAL sync: durable across process crashes (kill -9), one fsync per checkpoint.
  sqlite.pragma('synchronous = NORMAL');
  // Without the checkpoint worker (commands, tests): checkpoint every 4000 WAL pages (16 MB)
  // instead of 1000, since a hot page is written back once per checkpoint however often it changed.
  sqlite.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT}`);
  migrate(drizzle(sqlite), { migrationsFolder: MIGRATIONS });
  const file = path !== ':memory:' && path !== '';
  const checkpointer =
    options.checkpointInWorker && file
      ? startCheckpointer(sqlite, path, {
          ...(options.onCheckpointFailure ? { onFailure: options.onCheckpointFailure } : {}),
          ...(options.checkpointIntervalMs ? { intervalMs: options.checkpointIntervalMs } : {}),
          ...(options.checkpointStartAtBytes !== undefined ? { startAtBytes: options.checkpointStartAtBytes } : {}),
        })
      : undefined;
  const group = options.groupCommit ? new GroupCommit(sqlite, options.onLost) : undefined;
  const db = drizzle(group ? groupCommitting(sqlite, group) : sqlite);
  const atomic: Atomic = async (queries) => {
    // better-sqlite3 runs drizzle's sync queries inside one synchronous transaction (a savepoint
    // within the turn's transaction when writes are grouped).
    const all = sqlite.transaction(() => {
      for (const q of queries) (q as unknown as { run(): unknown }).run();
    });
    if (group) group.write(all);
    else all();
  };
  const probe = sqlite.prepare(
    'INSERT INTO health_probe (id, at) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET at = excluded.at',
  );
  const probeCommit = sqlite.transaction((nowMs: number) => probe.run(nowMs));
  return {
    db,
    sqlite,
    atomic,
    /**
     * The readiness probe's write (/readyz), committed in a transaction of its own, on this
     * connection but outside group commit: a probe that fails must not count as a lost turn (that
     * makes the server exit), and waiting for the turn's commit first keeps it from joining one.
     * Rejects when the database refuses the write, or once a turn was lost.
     */
    async probeWrite(nowMs: number): Promise<void> {
      for (let tries = 0; tries < 5; tries++) {
        await (group?.flushed() ?? Promise.resolve());
        if (sqlite.inTransaction) continue;
        probeCommit.immediate(nowMs);
        return;
      }
      throw new Error('database busy: every try met an open transaction');
    },
    /** Resolves when every write made so far is committed. */
    flushed: (): Promise<void> => group?.flushed() ?? Promise.resolve(),
    /** Commits what is pending, stops the checkpoint worker, then closes the connection. */
    close(): Promise<void> {
      group?.commit();
      // Closed at once when there is no worker: callers without one (tests, commands) need not wait.
      if (!checkpointer) {
        sqlite.close();
        return Promise.resolve();
      }
      return checkpointer.stop().then(() => {
        sqlite.close();
      });
    },
    groupStats: group?.stats,
    /** Whether the checkpoint worker is running (false before the WAL first reaches its size). */
    checkpointing: (): boolean => checkpointer?.started() ?? false,
  };
}
