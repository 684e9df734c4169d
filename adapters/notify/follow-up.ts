/**
 * The 回访: `followUp.days` after a request is finished (已办结 or 不符合条件), its residents are
 * asked whether they were contacted and what happened, with a one-tap answer
 * (bot/referral/follow-up.ts). Where the channel allows: Telegram at once; WeChat only inside its
 * 48-hour window after the resident's last message (an account may not message a user otherwise,
 * error 45015), so a WeChat resident's question waits — up to `followUp.waitDays` — for them to
 * write, seen by the time of their dialogue's last change; the link page asks on the next visit
 * whatever the channel (adapters/db/resident-view.ts). A request is asked once: its follow-up time
 * is set in the same atomic step as the messages are queued, under keys unique to it.
 * Runs under a job lease with the escalation (adapters/referrals.ts).
 */
import { and, asc, eq, gt, inArray, isNull, lte } from 'drizzle-orm';
import type { VillageDirectory } from '../config/villages.ts';
import type { Sealer } from '../crypto/sealer.ts';
import type { Atomic, AtomicQuery } from '../db/ports.ts';
import { STATUS_LABELS, type ReferralStatus } from '../db/referral-record.ts';
import { FOLLOW_UP_STATUSES } from '../db/resident-view.ts';
import type { Db } from '../db/repositories.ts';
import { auditLog, referrals, sessions } from '../db/schema.ts';
import { enqueueQuery } from './outbox.ts';
import { chatRecipients, recipientLoader } from './recipients.ts';

export interface FollowUpDeps {
  db: Db;
  atomic: Atomic;
  sealer: Sealer;
  villages: VillageDirectory;
  now: () => Date;
}

export interface FollowUpResult {
  /** Requests whose question was queued for a chat channel. */
  asked: number;
  /** Requests settled without a push (link only, or a WeChat resident who did not write in time). */
  settled: number;
  /** WeChat requests still waiting for the resident's window. */
  waiting: number;
}

const DAY_MS = 86_400_000;
/** WeChat's window is 48 hours; a little is kept back for the outbox to send in. */
const WECHAT_WINDOW_MS = 46 * 3_600_000;
const BATCH = 100;
const PAGES = 20;

/** When the resident last wrote on WeChat, by their dialogue (stored under the keyed hash SealedSessionStore uses). */
async function lastWrote(db: Db, sealer: Sealer, openId: string): Promise<number | undefined> {
  const key = `wechat:${await sealer.hash(`session:wechat:${openId}`)}`;
  const row = (await db.select({ at: sessions.updatedAt }).from(sessions).where(eq(sessions.key, key)))[0];
  return row ? Date.parse(row.at) : undefined;
}

export async function sendFollowUps(d: FollowUpDeps): Promise<FollowUpResult> {
  const result: FollowUpResult = { asked: 0, settled: 0, waiting: 0 };
  const { days, waitDays } = d.villages.followUp;
  if (days === 0) return result;
  const { db, sealer } = d;
  const now = d.now();
  const nowMs = now.getTime();
  const load = recipientLoader(db, sealer);
  let after = '';
  for (let page = 0; page < PAGES; page++) {
    const rows = await db
      .select({
        id: referrals.id,
        reference: referrals.reference,
        status: referrals.status,
        channel: referrals.channel,
        updatedAt: referrals.updatedAt,
      })
      .from(referrals)
      .where(
        and(
          inArray(referrals.status, [...FOLLOW_UP_STATUSES]),
          isNull(referrals.followUpMs),
          isNull(referrals.followUpAnswer),
          lte(referrals.updatedAt, new Date(nowMs - days * DAY_MS).toISOString()),
          gt(referrals.updatedAt, after),
        ),
      )
      .orderBy(asc(referrals.updatedAt))
      .limit(BATCH);
    for (const row of rows) {
      const recipients = await chatRecipients(db, row);
      const reachable = [];
      let waiting = false;
      for (const r of recipients) {
        if (r.channel === 'telegram') reachable.push(r);
        else if (r.channel === 'wechat') {
          const who = await load(r.target);
          const wrote = who ? await lastWrote(db, sealer, who.channelUserId) : undefined;
          if (wrote !== undefined && nowMs - wrote < WECHAT_WINDOW_MS) reachable.push(r);
          else if (nowMs < Date.parse(row.updatedAt) + (days + waitDays) * DAY_MS) waiting = true;
        }
      }
      if (reachable.length === 0 && waiting) {
        result.waiting++;
        continue;
      }
      const at = now.toISOString();
      const queries: AtomicQuery[] = [
        db
          .update(referrals)
          .set({ followUpMs: nowMs })
          .where(and(eq(referrals.id, row.id), isNull(referrals.followUpMs))),
      ];
      for (const r of reachable) {
        const payload = {
          kind: 'resident_follow_up' as const,
          reference: row.reference,
          referralId: row.id,
          statusLabel: STATUS_LABELS[row.status as ReferralStatus] ?? row.status,
        };
        queries.push(
          (
            await enqueueQuery(
              db,
              sealer,
              { dedupeKey: `follow-up:${row.id}:${r.target}`, kind: 'resident', target: r.target, payload },
              now,
            )
          ).query,
        );
      }
      queries.push(
        db.insert(auditLog).values({
          at,
          actor: 'system',
          action: reachable.length ? 'follow_up_sent' : 'follow_up_settled',
          referralId: row.id,
          detail: JSON.stringify({ channels: reachable.map((r) => r.channel) }),
        }),
      );
      await d.atomic(queries);
      if (reachable.length) result.asked++;
      else result.settled++;
    }
    if (rows.length < BATCH) break;
    after = rows.at(-1)!.updatedAt;
  }
  return result;
}
