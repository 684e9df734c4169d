/**
 * The database a Node entry point (the server, the CLI, telegram:poll) opens: PostgreSQL when
 * DATABASE_URL is set, otherwise the embedded SQLite file at DATABASE_PATH exactly as before.
 * Both come back in one shape, so nothing after this point asks which it is.
 */
import type { Atomic } from '../db/ports.ts';
import type { Db } from '../db/repositories.ts';
import { type NodeDbOptions, openNodeDb } from './node-db.ts';
import type { PgHooks } from './pg-db.ts';
import { pgSettings, wantsPostgres } from './pg-settings.ts';

export interface OpenedDatabase {
  kind: 'sqlite' | 'postgres';
  db: Db;
  atomic: Atomic;
  /** Resolves when every write made so far is committed (SQLite's group commit; at once on PostgreSQL). */
  flushed: () => Promise<void>;
  /** The readiness probe's write. */
  probeWrite: (nowMs: number) => Promise<void>;
  close: () => Promise<void>;
  /** Where the data is, for the start-up line: a file path, or the server (never its password). */
  where: string;
  /** SQLite's file (readiness looks at its disk's free space); undefined on PostgreSQL. */
  sqlitePath?: string;
  /** PostgreSQL's pool, for /metrics. */
  pool?: import('pg').Pool;
}

export interface OpenOptions extends NodeDbOptions, PgHooks {}

export const DEFAULT_DATABASE_PATH = './data/doudi.db';

/** host:port/database of a DATABASE_URL, without user or password. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `PostgreSQL ${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

export async function openDatabase(
  env: Record<string, string | undefined>,
  options: OpenOptions = {},
): Promise<OpenedDatabase> {
  if (wantsPostgres(env)) {
    const settings = pgSettings(env);
    // Loaded only here: a server on SQLite never loads node-postgres (start time and memory).
    const { openPgDb } = await import('./pg-db.ts');
    const pg = await openPgDb(settings, options);
    return { ...pg, where: describeUrl(settings.url) };
  }
  const path = env['DATABASE_PATH'] || DEFAULT_DATABASE_PATH;
  const s = openNodeDb(path, options);
  return {
    kind: 'sqlite',
    db: s.db,
    atomic: s.atomic,
    flushed: s.flushed,
    probeWrite: s.probeWrite,
    close: () => s.close(),
    where: path,
    sqlitePath: path,
  };
}
