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

/**
 * What to send. Messages to offices carry no personal data (the request's number, place, programs
 * and what to do; the details are behind the console's sign-in); a resident message names only
 * the request.
 */
export type OutboxPayload =
  | {
      kind: 'village_new_request';
      reference: string;
      referralId: string;
      village: string;
      programs: string[];
      /** It carries an emergency: said first, with its shorter deadline. */
      urgent?: boolean;
      /** Working days to call the resident (adapters/config/deadlines.ts). */
      contactDays?: number;
      /** Where it went when it is not a listed village ("某某街道，村未列出"). */
      place?: string;
    }
  /**
   * Something happened to a case the office follows: the household got in touch again, 12345 attached a call, the
   * resident withdrew.
   */
  | {
      kind: 'office_update';
      reference: string;
      referralId: string;
      what: 'contact' | 'call' | 'withdrawn';
      place: string;
    }
  /** A request past its deadline, to the township (level 1) and then the county (level 2). */
  | {
      kind: 'escalation';
      reference: string;
      referralId: string;
      level: 1 | 2;
      place: string;
      statusLabel: string;
      dueDate: string;
      urgent: boolean;
    }
  /**
   * The monthly report falls due (issue 18): the village's to its township, the township's to the county. Counts
   * nothing, names no one.
   */
  | { kind: 'monthly_reminder'; level: 'village' | 'township'; place: string; month: string; dueDate: string }
  | { kind: 'resident_status'; reference: string; referralId: string; statusLabel: string; note?: string }
  /** A note staff marked for the resident, with no change of status. */
  | { kind: 'resident_note'; reference: string; referralId: string; note: string }
  /** The 回访 question after a request is finished, answered with one tap. */
  | { kind: 'resident_follow_up'; reference: string; referralId: string; statusLabel: string }
  /** A dialogue reply that missed WeChat's 5-second window (or a long reply's later parts). */
  | { kind: 'wechat_text'; openId: string; text: string };

export interface OutboxItem {
  /** Enqueueing the same key twice stores one message. */
  dedupeKey: string;
  kind: OutboxKind;
  /**
   * An office (wecom_robot, telegram_chat): a village code, `township:<code>` or `county:<code>`
   * (adapters/config/routing.ts); a resident: the referral id (who sent it) or `contact:<id>` (a
   * later contact of the case); wechat_cs: "wechat:<resident hash>".
   */
  target: string;
  payload: OutboxPayload;
}

/** The outbox kind for an office's notification target. */
export function officeKind(notify: { wecomWebhook: string } | { telegramChatId: string }): OutboxKind {
  return 'wecomWebhook' in notify ? 'wecom_robot' : 'telegram_chat';
}

/**
 * The insert for one message, to pass to atomic() with the change that causes it. Wrapped in an
 * object because drizzle queries are thenables: returned bare from an async function they would
 * run at once, outside the atomic step.
 */
export async function enqueueQuery(
  db: Db,
  sealer: Sealer,
  item: OutboxItem,
  now: Date,
): Promise<{ query: AtomicQuery }> {
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
