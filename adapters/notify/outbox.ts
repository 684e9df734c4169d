/**
 * The durable outbox: a message is written as a row in the same atomic step as the change that
 * causes it (a new request, a status change), and sent later by the runner with retries. So a
 * crash after the resident saw "已发送" cannot lose the village's notification.
 */
import type { Sealer } from '../crypto/sealer.ts';
import type { Db } from '../db/repositories.ts';
import type { AtomicQuery } from '../db/ports.ts';
import { count, inArray } from 'drizzle-orm';
import { outbox } from '../db/schema.ts';

export type OutboxKind = 'wecom_robot' | 'telegram_chat' | 'resident' | 'wechat_cs';

/** What to send. Village messages carry no personal data; a resident message names only the request. */
export type OutboxPayload =
  | { kind: 'village_new_request'; reference: string; referralId: string; village: string; programs: string[] }
  | { kind: 'resident_status'; reference: string; referralId: string; statusLabel: string; note?: string }
  /** A dialogue reply that missed WeChat's 5-second window (or a long reply's later parts). */
  | { kind: 'wechat_text'; openId: string; text: string };

export interface OutboxItem {
  /** Enqueueing the same key twice stores one message. */
  dedupeKey: string;
  kind: OutboxKind;
  /** A village code (wecom_robot, telegram_chat), a referral id (resident), or "wechat:<resident hash>" (wechat_cs). */
  target: string;
  payload: OutboxPayload;
}

/**
 * The insert for one message, to pass to atomic() with the change that causes it. Wrapped in an
 * object because drizzle queries are thenables: returned bare from an async function they would
 * run at once, outside the atomic step.
 */
export async function enqueueQuery(db: Db, sealer: Sealer, item: OutboxItem, now: Date): Promise<{ query: AtomicQuery }> {
  const sealedPayload = await sealer.seal(item.payload);
  const query = db
    .insert(outbox)
    .values({
      dedupeKey: item.dedupeKey,
      kind: item.kind,
      target: item.target,
      sealedPayload,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now.getTime(),
      createdAt: now.toISOString(),
    })
    .onConflictDoNothing();
  return { query };
}

/** Rows by status among pending, sending and failed: the backlog and what was given up on (/metrics). */
export async function outboxCounts(db: Db): Promise<Record<string, number>> {
  const rows = await db
    .select({ status: outbox.status, n: count() })
    .from(outbox)
    .where(inArray(outbox.status, ['pending', 'sending', 'failed']))
    .groupBy(outbox.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
