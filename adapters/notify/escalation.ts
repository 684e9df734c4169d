/**
 * Requests left past their deadline (adapters/config/deadlines.ts) are raised to the office above:
 * at the deadline the township (the county when the request has no township), and
 * `countyAfter` working days later the county. Each raise is one atomic step — the request's
 * level moved on only from the level, status and deadline read (else nothing is written), the
 * message queued in the outbox under a key unique to that request, status period and level, an
 * event in its history and an audit row — so however often the job runs, on however many
 * instances, before or after a restart, each raise is queued once and the outbox sends it once.
 * The job itself runs under a job lease (adapters/db/jobs.ts), one instance at a time.
 *
 * Requests made before deadlines existed (no due time) are given one from their last change.
 */
import { and, asc, eq, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import { chinaDateOf } from '../config/calendar.ts';
import { placeLabel, placeOf, targetOf } from '../config/routing.ts';
import type { VillageDirectory } from '../config/villages.ts';
import type { Sealer } from '../crypto/sealer.ts';
import type { Atomic, AtomicQuery } from '../db/ports.ts';
import { OPEN_STATUSES, STATUS_LABELS, type ReferralStatus } from '../db/referral-record.ts';
import type { Db } from '../db/repositories.ts';
import { auditLog, referralEvents, referrals } from '../db/schema.ts';
import { enqueueQuery, officeKind } from './outbox.ts';

export interface EscalationDeps {
  db: Db;
  atomic: Atomic;
  sealer: Sealer;
  villages: VillageDirectory;
  now: () => Date;
}

export interface EscalationResult {
  /** Requests given a due time they lacked. */
  timed: number;
  /** Raises written, by level. */
  township: number;
  county: number;
}

/** What an escalation event records (sealed in the history like other details). */
export interface EscalationDetail {
  level: 1 | 2;
  /** The office told, by name; empty when it has nowhere to be told (the console still shows it). */
  office: string;
  notified: boolean;
}

const BATCH = 100;

async function timeUntimed(d: EscalationDeps): Promise<number> {
  const { db, villages } = d;
  const rows = await db
    .select({
      id: referrals.id,
      status: referrals.status,
      urgent: referrals.urgent,
      updatedAt: referrals.updatedAt,
      county: referrals.county,
      region: referrals.region,
    })
    .from(referrals)
    .where(and(inArray(referrals.status, [...OPEN_STATUSES]), isNull(referrals.dueMs)))
    .limit(BATCH);
  for (const r of rows) {
    const due = villages.deadlines.dueAt(r.county || r.region, r.status, r.urgent, Date.parse(r.updatedAt));
    if (due !== undefined)
      await db
        .update(referrals)
        .set({ dueMs: due })
        .where(and(eq(referrals.id, r.id), isNull(referrals.dueMs), eq(referrals.status, r.status)));
  }
  return rows.length;
}

export async function escalateOverdue(d: EscalationDeps): Promise<EscalationResult> {
  const { db, sealer, villages } = d;
  const result: EscalationResult = { timed: await timeUntimed(d), township: 0, county: 0 };
  const now = d.now();
  const nowMs = now.getTime();
  const rows = await db
    .select()
    .from(referrals)
    .where(and(inArray(referrals.status, [...OPEN_STATUSES]), lte(referrals.dueMs, nowMs), lt(referrals.escalated, 2)))
    .orderBy(asc(referrals.dueMs))
    .limit(BATCH);
  for (const row of rows) {
    const due = row.dueMs!;
    const region = row.county || row.region;
    const needed = nowMs >= villages.deadlines.countyAt(region, due) ? 2 : 1;
    if (needed <= row.escalated) continue;
    const at = now.toISOString();
    const place = placeOf(villages, row);
    const queries: AtomicQuery[] = [
      // Only from what was read: otherwise NULL, the NOT NULL constraint fails and the step writes nothing.
      db
        .update(referrals)
        .set({
          escalated: sql`CASE WHEN ${referrals.escalated} = CAST(${row.escalated} AS INTEGER)
            AND ${referrals.status} = ${row.status} AND ${referrals.dueMs} = CAST(${due} AS BIGINT)
            THEN CAST(${needed} AS INTEGER) ELSE NULL END`,
        })
        .where(eq(referrals.id, row.id)),
    ];
    for (let level = (row.escalated + 1) as 1 | 2; level <= needed; level = (level + 1) as 1 | 2) {
      const to = level === 1 && place.township.code ? 'township' : 'county';
      const target = targetOf(villages, place, to);
      const office = to === 'township' ? place.township.name : place.county.name;
      if (target) {
        const payload = {
          kind: 'escalation' as const,
          reference: row.reference,
          referralId: row.id,
          level,
          place: placeLabel(place),
          statusLabel: STATUS_LABELS[row.status as ReferralStatus] ?? row.status,
          dueDate: chinaDateOf(due - 1),
          urgent: row.urgent,
        };
        queries.push(
          (
            await enqueueQuery(
              db,
              sealer,
              {
                dedupeKey: `escalate:${row.id}:${row.status}:${due}:${level}`,
                kind: officeKind(target.notify),
                target: target.target,
                payload,
              },
              now,
            )
          ).query,
        );
      }
      const detail: EscalationDetail = { level, office, notified: target !== undefined };
      queries.push(
        db.insert(referralEvents).values({
          referralId: row.id,
          at,
          actor: 'system',
          fromStatus: row.status,
          toStatus: row.status,
          kind: 'escalation',
          sealedDetail: await sealer.seal(detail),
        }),
        db.insert(auditLog).values({
          at,
          actor: 'system',
          action: 'escalation',
          referralId: row.id,
          detail: JSON.stringify({ level, to, status: row.status, notified: target !== undefined }),
        }),
      );
    }
    try {
      await d.atomic(queries);
    } catch (e) {
      // Another instance raised it, or staff moved it on, since it was read: nothing was written.
      const fresh = (
        await db
          .select({ escalated: referrals.escalated, status: referrals.status, dueMs: referrals.dueMs })
          .from(referrals)
          .where(eq(referrals.id, row.id))
      )[0];
      if (fresh && fresh.escalated === row.escalated && fresh.status === row.status && fresh.dueMs === due) throw e;
      continue;
    }
    if (row.escalated < 1) result.township++;
    if (needed === 2) result.county++;
  }
  return result;
}
