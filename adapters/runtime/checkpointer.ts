/**
 * Keeps SQLite's WAL checkpoints off the event loop. A checkpoint copies the WAL's pages back
 * into the database file and syncs both; left automatic, it runs inside whichever COMMIT crosses
 * `wal_autocheckpoint` pages — on the serving thread, which then stops answering for the syncs
 * (4–7 a second of 12–15 ms, up to 62 ms, under load: 6–8% of the time, and most of the p99).
 *
 * Here the serving connection never checkpoints (`wal_autocheckpoint = 0`) and a worker thread
 * with its own connection runs a passive checkpoint every `intervalMs` (./checkpoint-worker.mjs).
 * Durability is unchanged: commits were never synced under `synchronous = NORMAL` (they survive a
 * killed process, not a power cut), checkpoints still are. Should the worker fail, the serving
 * connection takes automatic checkpoints back, so the WAL cannot grow without bound.
 *
 * The worker starts only once the WAL holds `startAtBytes` (1 MiB, a quarter of SQLite's own
 * automatic checkpoint size): its V8 isolate costs ~7–9 MiB of resident memory, which a server
 * that has written nothing yet need not pay (README, "Performance": idle RSS). Until then a timer
 * on this thread reads the WAL's size every `intervalMs` (one stat, a few µs); nothing is
 * checkpointed, and nothing needs to be, since a checkpoint only bounds the WAL's length.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from './package-root.ts';

/** The automatic checkpoint size the serving connection falls back to (4000 pages, 16 MB). */
export const FALLBACK_AUTOCHECKPOINT = 4000;

export interface Checkpointer {
  /** Whether the worker thread has been started (the WAL reached `startAtBytes`). */
  started(): boolean;
  stop(): Promise<void>;
}

/** The WAL's size in bytes (0 when there is none yet). */
function walBytes(path: string): number {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
}

/** Plain JavaScript in the source tree, found the same way from the source and from the bundle. */
const WORKER = join(PACKAGE_ROOT, 'adapters', 'runtime', 'checkpoint-worker.mjs');

export function startCheckpointer(
  sqlite: BetterSqlite3.Database,
  path: string,
  options: { intervalMs?: number; startAtBytes?: number; onFailure?: (reason: string) => void } = {},
): Checkpointer {
  sqlite.pragma('wal_autocheckpoint = 0');
  const intervalMs = options.intervalMs ?? 500;
  const startAtBytes = options.startAtBytes ?? 1 << 20;
  let worker: Worker | undefined;
  let stopping = false;
  const fallBack = (reason: string) => {
    if (stopping || !sqlite.open) return;
    stopping = true;
    sqlite.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT}`);
    options.onFailure?.(reason);
  };
  const spawn = () => {
    // A small heap: the worker holds one connection and a timer (each MiB of young generation is RSS).
    const w = new Worker(WORKER, {
      workerData: { path, intervalMs },
      resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 16 },
    });
    w.on('message', (m: { failed?: string }) => {
      if (m.failed) fallBack(m.failed);
    });
    w.on('error', (e) => fallBack(String(e.message)));
    w.on('exit', (code) => fallBack(`checkpoint worker exited (${code})`));
    // Never what keeps the process alive: the server's own handles do that.
    w.unref();
    return w;
  };
  const watch = setInterval(() => {
    if (stopping || !sqlite.open) return clearInterval(watch);
    if (walBytes(path) < startAtBytes) return;
    clearInterval(watch);
    worker = spawn();
  }, intervalMs);
  watch.unref();
  return {
    started: () => worker !== undefined,
    async stop() {
      clearInterval(watch);
      if (stopping) return;
      stopping = true;
      if (!worker) return;
      const running = worker;
      const exited = new Promise<void>((r) => running.once('exit', () => r()));
      running.postMessage('stop');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2_000).unref())]);
      await running.terminate();
    },
  };
}
