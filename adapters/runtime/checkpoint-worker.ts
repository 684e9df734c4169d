/**
 * The checkpointing thread of the Node server's SQLite database (./checkpointer.ts starts it): a
 * connection of its own that copies the WAL back into the database file now and then. Passive
 * checkpoints only: they never wait for the serving connection and never make it wait, so its
 * syncs (the WAL, then the database file) happen here instead of on the event loop.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const { path, intervalMs } = workerData as { path: string; intervalMs: number };
const db = new Database(path);
db.pragma('busy_timeout = 5000');
// Syncs at each checkpoint, as the serving connection's NORMAL did: what it copies back is on disk.
db.pragma('synchronous = NORMAL');
db.pragma('wal_autocheckpoint = 0');
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');

let timer: ReturnType<typeof setTimeout> | undefined;
function run(): void {
  try {
    checkpoint.get();
    timer = setTimeout(run, intervalMs);
  } catch (error) {
    parentPort!.postMessage({ failed: String((error as Error).message ?? error) });
    db.close();
  }
}
timer = setTimeout(run, intervalMs);

parentPort!.on('message', (m: unknown) => {
  if (m !== 'stop') return;
  clearTimeout(timer);
  db.close();
  parentPort!.close();
});
