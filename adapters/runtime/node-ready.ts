/**
 * /readyz on Node (SQLite or PostgreSQL): not ready while the disk that holds the database is (nearly) full, or while a
 * write to it fails. Free space is looked at first because a small committed write can still
 * succeed on a full disk (SQLite reuses its -wal file's space), while the next checkpoint or a
 * large request would not; 64 MB covers the -wal growing to its checkpoint size (16 MB) with
 * room to spare. The write probe then catches a read-only file, a lock, an I/O error, or a turn
 * lost to the disk (./group-commit.ts) in the moment before the server exits.
 */
import { statfsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DISK_FULL, NOT_WRITABLE, type ReadinessProbe, UNREACHABLE } from '../http/readiness.ts';
import { connectionLost } from './pg-lost.ts';
import { errorText } from '../ops/log.ts';

export const MIN_FREE_BYTES = 64 * 1024 * 1024;

export interface NodeReadinessDeps {
  /** SQLite's file, whose disk is looked at; undefined on PostgreSQL (the server watches its own disk). */
  databasePath: string | undefined;
  probeWrite: (nowMs: number) => Promise<void>;
  nowMs?: () => number;
  /** node:fs statfs, replaceable so a test can stand in a full disk. */
  statfs?: (path: string) => { bavail: number | bigint; bsize: number | bigint };
  minFreeBytes?: number;
  log?: (event: string, fields: Record<string, unknown>) => void;
}

export function nodeReadiness(d: NodeReadinessDeps): ReadinessProbe {
  const statfs = d.statfs ?? statfsSync;
  const minFree = d.minFreeBytes ?? MIN_FREE_BYTES;
  const log = d.log ?? (() => {});
  return async () => {
    if (d.databasePath !== undefined && d.databasePath !== ':memory:' && d.databasePath !== '') {
      try {
        const s = statfs(dirname(resolve(d.databasePath)));
        const free = Number(s.bavail) * Number(s.bsize);
        if (free < minFree) {
          log('readyz.disk_full', { freeBytes: free });
          return DISK_FULL;
        }
      } catch (e) {
        log('readyz.statfs_failed', { error: errorText(e) });
      }
    }
    try {
      await d.probeWrite((d.nowMs ?? Date.now)());
      return { ok: true };
    } catch (e) {
      if (connectionLost(e)) {
        log('readyz.unreachable', { error: errorText(e) });
        return UNREACHABLE;
      }
      log('readyz.not_writable', { error: errorText(e) });
      return NOT_WRITABLE;
    }
  };
}
