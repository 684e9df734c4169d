/**
 * DATABASE_URL and the pool's settings, read from the environment once and validated, so a typo
 * stops the start with a plain message instead of surfacing as a connection error later. TLS to
 * the database is said in the URL the libpq way (`sslmode=verify-full&sslrootcert=/path/ca.pem`),
 * which node-postgres reads; nothing here handles certificates.
 */
import { z } from 'zod';

const int = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

const PgEnv = z.object({
  DATABASE_URL: z.string().regex(/^postgres(?:ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://'),
  /** Connections this instance may hold. Instances × this must stay under the server's max_connections. */
  DATABASE_POOL_MAX: int(1, 500, 10),
  /** How long a statement may wait for a connection (a new one, or a free one from a full pool). */
  DATABASE_CONNECT_TIMEOUT_MS: int(100, 120_000, 5_000),
  /** The server cancels a statement that runs longer (a resident's message must not hang). */
  DATABASE_STATEMENT_TIMEOUT_MS: int(100, 600_000, 15_000),
  DATABASE_IDLE_TIMEOUT_MS: int(1_000, 3_600_000, 30_000),
});

export interface PgSettings {
  url: string;
  poolMax: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  idleTimeoutMs: number;
  applicationName: string;
}

/** True when DATABASE_URL names PostgreSQL; an unset or empty DATABASE_URL keeps SQLite. */
export function wantsPostgres(env: Record<string, string | undefined>): boolean {
  return (env['DATABASE_URL'] ?? '').trim() !== '';
}

export function pgSettings(env: Record<string, string | undefined>): PgSettings {
  const parsed = PgEnv.safeParse(
    Object.fromEntries(
      Object.entries(env).filter(([k, v]) => k.startsWith('DATABASE_') && v !== undefined && v !== ''),
    ),
  );
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const e = parsed.data;
  return {
    url: e.DATABASE_URL,
    poolMax: e.DATABASE_POOL_MAX,
    connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
    idleTimeoutMs: e.DATABASE_IDLE_TIMEOUT_MS,
    applicationName: 'doudi',
  };
}
