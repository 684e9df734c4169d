/**
 * Background jobs that several instances must not run at the same time (the retention sweep, the
 * WeChat access-token refresh). A job is run by whoever holds its lease: one conditional upsert
 * takes it when it is free, expired, or already this instance's, so it works the same on SQLite,
 * D1 and PostgreSQL and needs no lock held across a job. A holder that dies loses the lease when it
 * expires; nothing has to be configured for two instances never to run a job together.
 */
import { and, eq, lte, or, sql } from 'drizzle-orm';
import type { Db } from './repositories.ts';
import { jobLeases } from './schema.ts';

export interface JobLeases {
  /** Takes (or renews) the lease on `name` for `ttlMs`; false while another instance holds it. */
  take(name: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease back early (only if still ours), so another instance need not wait for it. */
  release(name: string): Promise<void>;
}

export class DrizzleJobLeases implements JobLeases {
  constructor(
    private readonly db: Db,
    /** This instance's name in the lease table (host, process and a random part). */
    readonly holder: string,
    private readonly nowMs: () => number = () => Date.now(),
  ) {}

  async take(name: string, ttlMs: number): Promise<boolean> {
    const now = this.nowMs();
    const rows = await this.db
      .insert(jobLeases)
      .values({ name, holder: this.holder, expiresAt: now + ttlMs })
      .onConflictDoUpdate({
        target: jobLeases.name,
        set: { holder: sql`excluded.holder`, expiresAt: sql`excluded.expires_at` },
        setWhere: or(lte(jobLeases.expiresAt, now), eq(jobLeases.holder, this.holder)),
      })
      .returning({ holder: jobLeases.holder });
    return rows.length === 1;
  }

  async release(name: string): Promise<void> {
    await this.db.delete(jobLeases).where(and(eq(jobLeases.name, name), eq(jobLeases.holder, this.holder)));
  }
}

/**
 * Runs `job` if this instance gets its lease for `periodMs`, and keeps the lease for the period
 * after, so other instances skip the job until it is due again. Resolves to undefined when skipped.
 */
export async function runIfLeased<T>(
  leases: JobLeases,
  name: string,
  periodMs: number,
  job: () => Promise<T>,
): Promise<T | undefined> {
  if (!(await leases.take(name, periodMs))) return undefined;
  return job();
}

/** A name for this instance in lease rows: enough to tell instances apart, nothing personal. */
export function instanceName(host = 'doudi', pid = 0): string {
  const rand = [...crypto.getRandomValues(new Uint8Array(4))].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${host}:${pid}:${rand}`;
}
