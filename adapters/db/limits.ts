/**
 * Counters for limits, written once for better-sqlite3 and D1 (no transactions: each is one
 * upsert with RETURNING, which both run atomically, so hits sent at once are all counted).
 * What is counted is a caller's keyed hash; the counter never stores an address.
 */
import { lt, sql } from 'drizzle-orm';
import type { Db } from './repositories.ts';
import { healthProbe, rateLimits } from './schema.ts';

export interface WindowCount {
  /** Hits in the current window, this one included. */
  count: number;
  /** When the window ends and the count starts again (ms). */
  resetAt: number;
}

/** A fixed window per key, starting at its first hit. */
export interface RateLimits {
  hit(key: string, windowMs: number, nowMs: number): Promise<WindowCount>;
}

export class DrizzleRateLimits implements RateLimits {
  constructor(private readonly db: Db) {}

  async hit(key: string, windowMs: number, nowMs: number): Promise<WindowCount> {
    const expired = sql`${rateLimits.expiresAt} <= ${nowMs}`;
    const rows = await this.db
      .insert(rateLimits)
      .values({ key, count: 1, expiresAt: nowMs + windowMs })
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: {
          count: sql`CASE WHEN ${expired} THEN 1 ELSE ${rateLimits.count} + 1 END`,
          expiresAt: sql`CASE WHEN ${expired} THEN ${nowMs + windowMs} ELSE ${rateLimits.expiresAt} END`,
        },
      })
      .returning({ count: rateLimits.count, resetAt: rateLimits.expiresAt });
    const row = rows[0];
    if (!row) throw new Error('rate limit counter returned no row');
    return row;
  }

  /** Windows that have ended (the retention sweep). */
  async deleteExpired(nowMs: number): Promise<void> {
    await this.db.delete(rateLimits).where(lt(rateLimits.expiresAt, nowMs));
  }
}

/**
 * The readiness probe's write through drizzle (D1, and any driver without group commit): one
 * row rewritten, so the table never grows. Throws when the database refuses the write.
 */
export async function writeProbe(db: Db, nowMs: number): Promise<void> {
  await db
    .insert(healthProbe)
    .values({ id: 1, at: nowMs })
    .onConflictDoUpdate({ target: healthProbe.id, set: { at: nowMs } });
}
