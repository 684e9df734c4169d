/**
 * A request from a household that already has an open case (the same phone number or 身份证号,
 * ./household-keys.ts) joins that case instead of opening another: it is stored sealed as a new
 * contact in the case's history, its keys are added, the office following the case is told (no
 * personal data), and an emergency it reports makes the case urgent. One atomic step; the same
 * confirmation arriving again adds nothing (the contact's idempotency key).
 */
import { and, eq, sql } from 'drizzle-orm';
import type { ReferralSubmission } from '../../bot/ports.ts';
import { placeLabel, placeOf, targetOf } from '../config/routing.ts';
import type { VillageDirectory } from '../config/villages.ts';
import type { Sealer } from '../crypto/sealer.ts';
import { enqueueQuery, officeKind } from '../notify/outbox.ts';
import { keyQueries } from './household-keys.ts';
import type { Atomic, AtomicQuery } from './ports.ts';
import type { SealedContact } from './referral-record.ts';
import type { Db } from './repositories.ts';
import { auditLog, referralContacts, referralEvents, referrals } from './schema.ts';

export interface CaseJoinDeps {
  db: Db;
  atomic: Atomic;
  sealer: Sealer;
  villages: VillageDirectory;
}

export interface KnownCase {
  id: string;
  reference: string;
  status: string;
  village: string;
  township: string;
  county: string;
  region: string;
  urgent: boolean;
}

export interface Joining {
  submission: ReferralSubmission;
  /** The confirmation's keyed hash: the contact's idempotency key. */
  keyHash: string;
  resident: string;
  keys: string[];
  urgent: boolean;
  now: Date;
}

export async function joinCase(d: CaseJoinDeps, known: KnownCase, j: Joining): Promise<{ urgent: boolean }> {
  const { db, sealer, villages } = d;
  const s = j.submission;
  const at = j.now.toISOString();
  const already = (
    await db
      .select({ id: referralContacts.id })
      .from(referralContacts)
      .where(eq(referralContacts.idempotencyKey, j.keyHash))
  )[0];
  if (already) return { urgent: known.urgent || j.urgent };
  const body: SealedContact = {
    kind: 'request',
    contact: s.contact,
    channelUserId: s.userId,
    household: s.household,
    report: s.report,
    summary: s.summary,
    consent: s.consent,
    village: s.village,
  };
  const queries: AtomicQuery[] = [
    db.insert(referralContacts).values({
      referralId: known.id,
      idempotencyKey: j.keyHash,
      kind: 'request',
      channel: s.channel,
      resident: j.resident,
      sealed: await sealer.seal(body),
      createdAt: at,
    }),
    ...keyQueries(db, known.id, j.keys),
    db.insert(referralEvents).values({
      referralId: known.id,
      at,
      actor: 'resident',
      fromStatus: known.status,
      toStatus: known.status,
      kind: 'contact',
    }),
    db.insert(auditLog).values({
      at,
      actor: 'resident',
      action: 'referral.contact',
      referralId: known.id,
      detail: JSON.stringify({ channel: s.channel }),
    }),
  ];
  const urgent = known.urgent || j.urgent;
  if (j.urgent && !known.urgent) {
    // An emergency told on the second channel: the case is urgent from now on, due no later than
    // an urgent request made now would be.
    const due = villages.deadlines.dueAt(known.county || known.region, known.status, true, j.now.getTime());
    queries.push(
      db
        .update(referrals)
        .set({
          urgent: true,
          ...(due !== undefined
            ? {
                dueMs: sql`CASE WHEN ${referrals.dueMs} IS NULL OR ${referrals.dueMs} > CAST(${due} AS BIGINT)
                  THEN CAST(${due} AS BIGINT) ELSE ${referrals.dueMs} END`,
              }
            : {}),
        })
        .where(and(eq(referrals.id, known.id), eq(referrals.status, known.status))),
    );
  }
  const place = placeOf(villages, known);
  const target = targetOf(villages, place, known.village ? 'village' : known.township ? 'township' : 'county');
  if (target) {
    queries.push(
      (
        await enqueueQuery(
          db,
          sealer,
          {
            dedupeKey: `contact:${known.id}:${j.keyHash}`,
            kind: officeKind(target.notify),
            target: target.target,
            payload: {
              kind: 'office_update',
              reference: known.reference,
              referralId: known.id,
              what: 'contact',
              place: placeLabel(place),
            },
          },
          j.now,
        )
      ).query,
    );
  }
  try {
    await d.atomic(queries);
  } catch (e) {
    // The same confirmation joined a moment ago by a concurrent delivery.
    if (!/UNIQUE|duplicate key/i.test(String(e))) throw e;
  }
  return { urgent };
}
