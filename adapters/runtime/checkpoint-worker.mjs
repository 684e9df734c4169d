// The checkpointing thread of the Node server's SQLite database (./checkpointer.ts starts it): a
// connection of its own that copies the WAL back into the database file now and then. Passive
// checkpoints only: they never wait for the serving connection and never make it wait, so its
// syncs (the WAL, then the database file) happen here instead of on the event loop.
// Plain JavaScript, so the same file runs under the compiled server, tsx and the test runner.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ path: string, intervalMs: number }} */
const { path, intervalMs } = workerData;
const db = new Database(path);
db.pragma('busy_timeout = 5000');
// Syncs at each checkpoint, as the serving connection's NORMAL did: what it copies back is on disk.
db.pragma('synchronous = NORMAL');
db.pragma('wal_autocheckpoint = 0');
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');

/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;
function run() {
  try {
    checkpoint.get();
    timer = setTimeout(run, intervalMs);
  } catch (error) {
    parentPort?.postMessage({ failed: String(error instanceof Error ? error.message : error) });
    db.close();
  }
}
timer = setTimeout(run, intervalMs);

parentPort?.on('message', (m) => {
  if (m !== 'stop') return;
  clearTimeout(timer);
  db.close();
  parentPort?.close();
});
