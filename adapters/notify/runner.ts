/**
 * Sends what the outbox holds: claims due rows one at a time (a lease, so two processes never send
 * the same row at once and a crash mid-send only delays it), sends each, and records the outcome.
 * A claim is one statement: on PostgreSQL its subquery takes the row `FOR UPDATE SKIP LOCKED`, so
 * instances draining together pass over each other's rows instead of queueing on them; on SQLite
 * and D1, one writer at a time makes the same statement exclusive (adapters/db/dialect.ts).
 * Failures back off (30 s, 2 min, 10 min, 30 min, 1 h …) and after the last attempt the row is
 * marked failed, where the staff console shows it. A WeCom robot takes at most 20 messages a
 * minute, so rows for a busy robot wait their turn instead of failing.
 */
import { and, count, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import { skipLocked } from '../db/dialect.ts';
import type { Sealer } from '../crypto/sealer.ts';
import type { Db } from '../db/repositories.ts';
import { outbox } from '../db/schema.ts';
import type { OutboxKind, OutboxPayload } from './outbox.ts';
import { NotifyError, type Send } from './senders.ts';

export const BACKOFF_MS = [30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000, 28_800_000];
export const MAX_ATTEMPTS = BACKOFF_MS.length;
/** How long a claimed row is left to its sender before another drain may take it again. */
export const LEASE_MS = 60_000;
export const WECOM_PER_MINUTE = 20;

export interface RunnerDeps {
  db: Db;
  sealer: Sealer;
  send: Record<OutboxKind, Send>;
  nowMs: () => number;
  /** Default LEASE_MS; longer than any one send can take (fetch has its own timeouts). */
  leaseMs?: number;
  log?: (event: string, fields: Record<string, unknown>) => void;
}

export interface DrainResult {
  sent: number;
  retried: number;
  failed: number;
  deferred: number;
}

/** One pass over the due rows (at most `limit`). Safe to run from several places at once. */
export async function drainOutbox(d: RunnerDeps, limit = 50): Promise<DrainResult> {
  const { db } = d;
  const result: DrainResult = { sent: 0, retried: 0, failed: 0, deferred: 0 };
  const leaseMs = d.leaseMs ?? LEASE_MS;
  for (let n = 0; n < limit; n++) {
    const now = d.nowMs();
    const due = and(inArray(outbox.status, ['pending', 'sending']), lte(outbox.nextAttemptAt, now));
    const next = sql`(SELECT ${outbox.id} FROM ${outbox} WHERE ${due}
      ORDER BY ${outbox.nextAttemptAt}, ${outbox.id} LIMIT 1${skipLocked(db)})`;
    const claimed = (
      await db
        .update(outbox)
        .set({ status: 'sending', nextAttemptAt: now + leaseMs, attempts: sql`${outbox.attempts} + 1` })
        .where(eq(outbox.id, next))
        .returning()
    )[0];
    if (!claimed) break;
    const id = claimed.id;
    const kind = claimed.kind as OutboxKind;
    if (kind === 'wecom_robot') {
      const [row] = await db
        .select({ n: count() })
        .from(outbox)
        .where(and(eq(outbox.kind, 'wecom_robot'), eq(outbox.target, claimed.target), gt(outbox.sentAt, now - 60_000)));
      if ((row?.n ?? 0) >= WECOM_PER_MINUTE) {
        // Not a failure: give the attempt back and wait for the minute to pass.
        await db
          .update(outbox)
          .set({
            status: 'pending',
            attempts: claimed.attempts - 1,
            nextAttemptAt: now + (60_000 / WECOM_PER_MINUTE) * 3,
          })
          .where(eq(outbox.id, id));
        result.deferred++;
        continue;
      }
    }
    try {
      const payload = await d.sealer.open<OutboxPayload>(claimed.sealedPayload);
      await d.send[kind](claimed.target, payload);
      await db.update(outbox).set({ status: 'sent', sentAt: d.nowMs(), lastError: null }).where(eq(outbox.id, id));
      result.sent++;
    } catch (e) {
      const err = e instanceof NotifyError ? e : new NotifyError(String((e as Error).message ?? e));
      const giveUp = err.opts.permanent || claimed.attempts >= MAX_ATTEMPTS;
      const delay = err.opts.retryAfterMs ?? BACKOFF_MS[Math.min(claimed.attempts - 1, BACKOFF_MS.length - 1)]!;
      await db
        .update(outbox)
        .set({
          status: giveUp ? 'failed' : 'pending',
          lastError: err.message.slice(0, 300),
          nextAttemptAt: giveUp ? now : now + delay,
        })
        .where(eq(outbox.id, id));
      d.log?.('outbox.send_failed', {
        id,
        kind,
        attempts: claimed.attempts,
        gaveUp: giveUp,
        error: err.message.slice(0, 120),
      });
      if (giveUp) result.failed++;
      else result.retried++;
    }
  }
  return result;
}
