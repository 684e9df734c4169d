/**
 * What a resident sees of their own requests, found by the keyed hash of who they are on the
 * channel (the request they sent, and cases they joined from it as a later contact): each request
 * by number and status in words, the notes staff marked for them newest first, and whether the
 * 回访 question waits. Also the two things a resident does to a request besides sending it:
 * learning which are still open (the warning before 删除我的信息) and answering the 回访.
 */
import { and, desc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { FollowUpAnswer, OpenRequest, SessionKey } from '../../bot/ports.ts';
import { R } from '../../bot/messages/referral.ts';
import type { VillageDirectory } from '../config/villages.ts';
import { chinaMinuteOf } from '../config/calendar.ts';
import type { Sealer } from '../crypto/sealer.ts';
import { ownValue } from '../own.ts';
import { selectByIds } from './chunks.ts';
import { residentHash } from './resident-hash.ts';
import type { Atomic } from './ports.ts';
import { OPEN_STATUSES, STATUS_LABELS } from './referral-record.ts';
import type { Db } from './repositories.ts';
import { auditLog, referralContacts, referralEvents, referrals } from './schema.ts';

export interface ResidentViewDeps {
  db: Db;
  atomic: Atomic;
  sealer: Sealer;
  villages: VillageDirectory;
  now: () => Date;
}

/** A request as its resident sees it: no personal data beyond what they were told. */
export interface ResidentRequest {
  reference: string;
  status: string;
  /** Notes staff marked for the resident, newest first, with their China time ("2026-12-05 09:30"). */
  notes?: { at: string; text: string }[];
  /** The 回访 question waits for this request. */
  followUp?: boolean;
  /** The 回访 answer already given, in words. */
  followUpAnswer?: string;
}

/** Finished in a way a 回访 asks about: decided by the office, not withdrawn. */
export const FOLLOW_UP_STATUSES = ['closed', 'ineligible'] as const;
const NOTES_SHOWN = 5;
const DAY_MS = 86_400_000;

const columns = {
  id: referrals.id,
  reference: referrals.reference,
  status: referrals.status,
  createdAt: referrals.createdAt,
  updatedAt: referrals.updatedAt,
  followUpAnswer: referrals.followUpAnswer,
};

/** The cases a resident sent or joined, newest first. */
async function casesOf(db: Db, who: string, limit: number) {
  const own = await db
    .select(columns)
    .from(referrals)
    .where(eq(referrals.resident, who))
    .orderBy(desc(referrals.createdAt))
    .limit(limit);
  const joined = await db
    .select(columns)
    .from(referralContacts)
    .innerJoin(referrals, eq(referrals.id, referralContacts.referralId))
    .where(eq(referralContacts.resident, who))
    .orderBy(desc(referrals.createdAt))
    .limit(limit);
  return [...new Map([...own, ...joined].map((r) => [r.id, r])).values()]
    .sort((a, b) =>
      a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.reference < b.reference ? 1 : -1,
    )
    .slice(0, limit);
}

export async function residentRequests(d: ResidentViewDeps, key: SessionKey, limit = 5): Promise<ResidentRequest[]> {
  const rows = await casesOf(d.db, await residentHash(d.sealer, key), limit);
  if (rows.length === 0) return [];
  const told = await selectByIds(
    rows.map((r) => r.id),
    (ids) =>
      d.db
        .select({ referralId: referralEvents.referralId, at: referralEvents.at, note: referralEvents.sealedNote })
        .from(referralEvents)
        .where(
          and(
            inArray(referralEvents.referralId, ids),
            eq(referralEvents.told, true),
            isNotNull(referralEvents.sealedNote),
          ),
        )
        .orderBy(desc(referralEvents.at), desc(referralEvents.id)),
  );
  const nowMs = d.now().getTime();
  const days = d.villages.followUp.days;
  return Promise.all(
    rows.map(async (r) => {
      const notes = await Promise.all(
        told
          .filter((n) => n.referralId === r.id)
          .slice(0, NOTES_SHOWN)
          .map(async (n) => ({
            at: chinaMinuteOf(new Date(n.at).getTime()),
            text: await d.sealer.open<string>(n.note!).catch(() => ''),
          })),
      );
      const finished = (FOLLOW_UP_STATUSES as readonly string[]).includes(r.status);
      const answer = r.followUpAnswer ? R.followUpChoices.find((c) => c.id === r.followUpAnswer)?.label : undefined;
      return {
        reference: r.reference,
        status: ownValue(STATUS_LABELS, r.status) ?? r.status,
        ...(notes.some((n) => n.text) ? { notes: notes.filter((n) => n.text) } : {}),
        ...(finished && days > 0 && !answer && nowMs >= Date.parse(r.updatedAt) + days * DAY_MS
          ? { followUp: true }
          : {}),
        ...(answer ? { followUpAnswer: answer } : {}),
      };
    }),
  );
}

export async function openRequestsOf(d: ResidentViewDeps, key: SessionKey): Promise<OpenRequest[]> {
  const rows = await casesOf(d.db, await residentHash(d.sealer, key), 50);
  return rows
    .filter((r) => (OPEN_STATUSES as readonly string[]).includes(r.status))
    .map((r) => ({ reference: r.reference, status: ownValue(STATUS_LABELS, r.status) ?? r.status }));
}

/**
 * A 回访 answer for a finished request of this resident (sent or joined): kept on the request for
 * the console and the statistics, with an event and an audit row. A later answer replaces an
 * earlier one (a resident who tapped the wrong button taps again).
 */
export async function answerFollowUp(
  d: ResidentViewDeps,
  key: SessionKey,
  reference: string,
  answer: FollowUpAnswer,
): Promise<boolean> {
  const { db } = d;
  const who = await residentHash(d.sealer, key);
  const row = (
    await db
      .select({ id: referrals.id, status: referrals.status, resident: referrals.resident })
      .from(referrals)
      .where(eq(referrals.reference, reference))
  )[0];
  if (!row || !(FOLLOW_UP_STATUSES as readonly string[]).includes(row.status)) return false;
  if (row.resident !== who) {
    const contact = (
      await db
        .select({ id: referralContacts.id })
        .from(referralContacts)
        .where(and(eq(referralContacts.referralId, row.id), eq(referralContacts.resident, who)))
        .limit(1)
    )[0];
    if (!contact) return false;
  }
  const now = d.now();
  const at = now.toISOString();
  await d.atomic([
    db
      .update(referrals)
      .set({
        followUpAnswer: answer,
        followUpMs: sql`COALESCE(${referrals.followUpMs}, CAST(${now.getTime()} AS BIGINT))`,
      })
      .where(and(eq(referrals.id, row.id), or(eq(referrals.status, 'closed'), eq(referrals.status, 'ineligible')))),
    db.insert(referralEvents).values({
      referralId: row.id,
      at,
      actor: 'resident',
      fromStatus: row.status,
      toStatus: row.status,
      kind: 'follow_up',
      sealedDetail: await d.sealer.seal(answer),
    }),
    db.insert(auditLog).values({
      at,
      actor: 'resident',
      action: 'follow_up_answer',
      referralId: row.id,
      detail: JSON.stringify({ answer }),
    }),
  ]);
  return true;
}
