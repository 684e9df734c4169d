/**
 * Automatic deletion: finished requests after the configured number of days, idle dialogue
 * sessions, anonymous screening counts and dialogue counters, delivered or abandoned outbox rows, expired dedup claims,
 * staff sessions, ended rate-limit windows, sign-in counts long quiet and old visit records. Run on
 * a timer on Node and from the cron trigger on Workers. A request goes with its history, its later
 * contacts and its household keys. The audit log keeps only ids, so it
 * stays as the record that a request existed and was deleted.
 */
import { and, inArray, lt } from 'drizzle-orm';
import type { Retention } from '../config/villages.ts';
import { FINAL_STATUSES } from './referral-record.ts';
import type { Atomic } from './ports.ts';
import type { Db } from './repositories.ts';
import { DrizzleDialogueCounts } from './dialogue-counts.ts';
import { chinaDateOf } from '../config/calendar.ts';
import { sweepVisits } from './visits.ts';
import {
  auditLog,
  dedup,
  householdKeys,
  loginThrottle,
  outbox,
  rateLimits,
  referralContacts,
  referralEvents,
  referrals,
  screeningEvents,
  sessions,
  staffSessions,
} from './schema.ts';

const DAY = 86_400_000;
/** Sent or failed outbox rows are kept a month, long enough to answer "was the village told?". */
const OUTBOX_DAYS = 30;
/** A sign-in count starts again an hour after its last wait; a day later its row has no use. */
const LOGIN_COUNT_DAYS = 1;
/** Requests deleted per atomic step (under D1's 100 bound parameters). */
const SWEEP_BATCH = 50;

export interface SweepResult {
  requests: number;
  sessions: number;
}

export async function sweepExpired(db: Db, atomic: Atomic, retention: Retention, now: Date): Promise<SweepResult> {
  const t = now.getTime();
  const closedBefore = new Date(t - retention.closedRequestDays * DAY).toISOString();
  const at = now.toISOString();
  let requests = 0;
  // In parts (D1's parameter limit), each part atomic: a request goes with its history.
  for (;;) {
    const old = await db
      .select({ id: referrals.id })
      .from(referrals)
      .where(and(inArray(referrals.status, [...FINAL_STATUSES]), lt(referrals.updatedAt, closedBefore)))
      .limit(SWEEP_BATCH);
    const ids = old.map((r) => r.id);
    if (ids.length === 0) break;
    await atomic([
      db.delete(referrals).where(inArray(referrals.id, ids)),
      db.delete(referralEvents).where(inArray(referralEvents.referralId, ids)),
      db.delete(referralContacts).where(inArray(referralContacts.referralId, ids)),
      db.delete(householdKeys).where(inArray(householdKeys.referralId, ids)),
      ...ids.map((id) =>
        db.insert(auditLog).values({ at, actor: 'system', action: 'referral.retention_delete', referralId: id }),
      ),
    ]);
    requests += ids.length;
  }
  const staleSessions = await db
    .delete(sessions)
    .where(lt(sessions.updatedAt, new Date(t - retention.sessionDays * DAY).toISOString()))
    .returning({ key: sessions.key });
  await db
    .delete(outbox)
    .where(
      and(
        inArray(outbox.status, ['sent', 'failed']),
        lt(outbox.createdAt, new Date(t - OUTBOX_DAYS * DAY).toISOString()),
      ),
    );
  await db.delete(dedup).where(lt(dedup.expiresAt, t));
  await db.delete(staffSessions).where(lt(staffSessions.expiresAt, t));
  // Not counted back: after a flood this may be many rows, and the count is of no use.
  await db
    .delete(screeningEvents)
    .where(lt(screeningEvents.createdAt, new Date(t - retention.screeningEventDays * DAY).toISOString()));
  // The anonymous dialogue counters (issue 18) are kept as long as the screening counts.
  await new DrizzleDialogueCounts(db).deleteBefore(chinaDateOf(t - retention.screeningEventDays * DAY));
  await db.delete(rateLimits).where(lt(rateLimits.expiresAt, t));
  await db.delete(loginThrottle).where(lt(loginThrottle.lockedUntil, t - LOGIN_COUNT_DAYS * DAY));
  // Visits to the focus groups (issue 18): kept `retention.visitDays` after the visit, then gone with their note.
  await sweepVisits(db, retention.visitDays ?? 400, now);
  return { requests, sessions: staleSessions.length };
}
