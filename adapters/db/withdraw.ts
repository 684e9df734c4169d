/**
 * 删除我的信息 with requests still open: each open case the resident sent (or joined from another
 * channel) is withdrawn — status 已撤回, by the resident — and everything in it that describes
 * them is deleted: the sealed request (contact, 身份证号, household, report) becomes a marker that
 * says only that the resident erased it, the notes and details of its history, its later contacts,
 * its household keys and the messages still queued for it. What stays is what the office needs as
 * the record of its work and holds nothing about the person: the number, the place, the dates and
 * which status changed when (个人信息保护法 第四十七条), deleted with the retention sweep later.
 * The office following the case is told it was withdrawn. Finished requests are kept as they are
 * until their retention period ends, and the resident is told so.
 *
 * Each case is one atomic step, and the status changes only from the status read (else a staff
 * change that raced it wins and the case is read again).
 */
import { and, eq, inArray, like, notInArray, or, sql } from 'drizzle-orm';
import type { ForgetResult } from '../../bot/ports.ts';
import { placeLabel, placeOf, targetOf } from '../config/routing.ts';
import type { VillageDirectory } from '../config/villages.ts';
import type { Sealer } from '../crypto/sealer.ts';
import { enqueueQuery, officeKind } from '../notify/outbox.ts';
import { ownValue } from '../own.ts';
import type { Atomic, AtomicQuery } from './ports.ts';
import { type ErasedReferral, FINAL_STATUSES, STATUS_LABELS } from './referral-record.ts';
import type { Db } from './repositories.ts';
import { auditLog, householdKeys, outbox, referralContacts, referralEvents, referrals } from './schema.ts';

export interface WithdrawDeps {
  db: Db;
  atomic: Atomic;
  sealer: Sealer;
  villages: VillageDirectory;
  now: () => Date;
}

type CaseRow = {
  id: string;
  reference: string;
  status: string;
  village: string;
  township: string;
  county: string;
  region: string;
};

const caseColumns = {
  id: referrals.id,
  reference: referrals.reference,
  status: referrals.status,
  village: referrals.village,
  township: referrals.township,
  county: referrals.county,
  region: referrals.region,
};

/** The open cases a resident sent or joined. */
async function openCases(db: Db, resident: string): Promise<CaseRow[]> {
  const own = await db
    .select(caseColumns)
    .from(referrals)
    .where(and(eq(referrals.resident, resident), notInArray(referrals.status, [...FINAL_STATUSES])));
  const joined = await db
    .select(caseColumns)
    .from(referralContacts)
    .innerJoin(referrals, eq(referrals.id, referralContacts.referralId))
    .where(and(eq(referralContacts.resident, resident), notInArray(referrals.status, [...FINAL_STATUSES])));
  return [...new Map([...own, ...joined].map((r) => [r.id, r])).values()];
}

async function withdrawQueries(d: WithdrawDeps, row: CaseRow, now: Date): Promise<AtomicQuery[]> {
  const { db, sealer, villages } = d;
  const at = now.toISOString();
  const erased: ErasedReferral = { erased: { at, by: 'resident' } };
  const queries: AtomicQuery[] = [
    // Only from the status read: otherwise NULL, the NOT NULL constraint fails and nothing is written.
    db
      .update(referrals)
      .set({
        status: sql`CASE WHEN ${referrals.status} = ${row.status} THEN 'withdrawn' ELSE NULL END`,
        sealed: await sealer.seal(erased),
        // Unlinked from the resident: nothing left can be found by who they are.
        resident: `erased:${row.id}`,
        dueMs: null,
        escalated: 0,
        updatedAt: at,
      })
      .where(eq(referrals.id, row.id)),
    db
      .update(referralEvents)
      .set({ sealedNote: null, sealedDetail: null, told: false })
      .where(eq(referralEvents.referralId, row.id)),
    db.delete(referralContacts).where(eq(referralContacts.referralId, row.id)),
    db.delete(householdKeys).where(eq(householdKeys.referralId, row.id)),
    // Messages still queued about this case (to the resident, or naming it to an office).
    db
      .delete(outbox)
      .where(
        and(
          inArray(outbox.status, ['pending', 'sending']),
          or(eq(outbox.target, row.id), like(outbox.dedupeKey, `%:${row.id}`), like(outbox.dedupeKey, `%:${row.id}:%`)),
        ),
      ),
    db.insert(referralEvents).values({
      referralId: row.id,
      at,
      actor: 'resident',
      fromStatus: row.status,
      toStatus: 'withdrawn',
      kind: 'withdrawn',
    }),
    db.insert(auditLog).values({
      at,
      actor: 'resident',
      action: 'referral.withdraw_by_resident',
      referralId: row.id,
      detail: JSON.stringify({ from: row.status }),
    }),
  ];
  const place = placeOf(villages, row);
  const target = targetOf(villages, place, row.village ? 'village' : row.township ? 'township' : 'county');
  if (target) {
    const item = {
      dedupeKey: `withdrawn-notice:${row.id}`,
      kind: officeKind(target.notify),
      target: target.target,
      payload: {
        kind: 'office_update' as const,
        reference: row.reference,
        referralId: row.id,
        what: 'withdrawn' as const,
        place: placeLabel(place),
      },
    };
    queries.push((await enqueueQuery(db, sealer, item, now)).query);
  }
  return queries;
}

export async function withdrawForResident(
  d: WithdrawDeps,
  resident: string,
): Promise<ForgetResult & { withdrawn: NonNullable<ForgetResult['withdrawn']> }> {
  const { db } = d;
  // Late chat replies still queued for this resident go too (they may repeat what they typed).
  await db
    .delete(outbox)
    .where(and(eq(outbox.target, `wechat:${resident}`), inArray(outbox.status, ['pending', 'sending'])));
  const withdrawn: NonNullable<ForgetResult['withdrawn']> = [];
  for (let round = 0; round < 3; round++) {
    const open = await openCases(db, resident);
    if (open.length === 0) break;
    for (const row of open) {
      try {
        await d.atomic(await withdrawQueries(d, row, d.now()));
        withdrawn.push({
          reference: row.reference,
          was: ownValue(STATUS_LABELS, row.status) ?? row.status,
          wasStatus: row.status,
        });
      } catch (e) {
        // Staff changed its status meanwhile: read it again next round (it may have closed).
        const fresh = (
          await db.select({ status: referrals.status }).from(referrals).where(eq(referrals.id, row.id))
        )[0];
        if (!fresh || fresh.status === row.status) throw e;
      }
    }
  }
  const own = await db
    .select({ reference: referrals.reference, status: referrals.status })
    .from(referrals)
    .where(eq(referrals.resident, resident));
  const joined = await db
    .select({ reference: referrals.reference, status: referrals.status })
    .from(referralContacts)
    .innerJoin(referrals, eq(referrals.id, referralContacts.referralId))
    .where(eq(referralContacts.resident, resident));
  const kept = [...new Map([...own, ...joined].map((r) => [r.reference, r])).values()];
  return {
    deleted: withdrawn.map((w) => w.reference),
    withdrawn,
    kept: kept.map((r) => ({ reference: r.reference, status: ownValue(STATUS_LABELS, r.status) ?? r.status })),
  };
}
