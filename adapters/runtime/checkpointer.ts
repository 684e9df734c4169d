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
 */
import type BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from './package-root.ts';

/** The automatic checkpoint size the serving connection falls back to (4000 pages, 16 MB). */
export const FALLBACK_AUTOCHECKPOINT = 4000;

export interface Checkpointer {
  stop(): Promise<void>;
}

/** Plain JavaScript in the source tree, found the same way from the source and from the bundle. */
const WORKER = join(PACKAGE_ROOT, 'adapters', 'runtime', 'checkpoint-worker.mjs');

export function startCheckpointer(
  sqlite: BetterSqlite3.Database,
  path: string,
  options: { intervalMs?: number; onFailure?: (reason: string) => void } = {},
): Checkpointer {
  sqlite.pragma('wal_autocheckpoint = 0');
  // A small heap: the worker holds one connection and a timer (each MiB of young generation is RSS).
  const worker = new Worker(WORKER, {
    workerData: { path, intervalMs: options.intervalMs ?? 500 },
    resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 16 },
  });
  let stopping = false;
  const fallBack = (reason: string) => {
    if (stopping || !sqlite.open) return;
    stopping = true;
    sqlite.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT}`);
    options.onFailure?.(reason);
  };
  worker.on('message', (m: { failed?: string }) => {
    if (m.failed) fallBack(m.failed);
  });
  worker.on('error', (e) => fallBack(String(e.message)));
  worker.on('exit', (code) => fallBack(`checkpoint worker exited (${code})`));
  // Never what keeps the process alive: the server's own handles do that.
  worker.unref();
  return {
    async stop() {
      if (stopping) return;
      stopping = true;
      const exited = new Promise<void>((r) => worker.once('exit', () => r()));
      worker.postMessage('stop');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2_000).unref())]);
      await worker.terminate();
    },
  };
}
