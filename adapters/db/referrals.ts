/**
 * The ReferralDesk on drizzle (SQLite and D1): a confirmed request is stored sealed, its first
 * event, its audit row and the village's notification are written in one atomic() step, and the
 * same confirmation arriving again finds what is there instead of creating anything. A resident
 * has at most one request nobody has started on: sending again updates it.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { ForgetResult, ReferralDesk, ReferralSubmission, SessionKey } from '../../bot/ports.ts';
import type { VillageDirectory } from '../config/villages.ts';
import type { Sealer } from '../crypto/sealer.ts';
import { enqueueQuery } from '../notify/outbox.ts';
import type { Atomic, AtomicQuery } from './ports.ts';
import { type SealedReferral, STATUS_LABELS } from './referral-record.ts';
import type { Db } from './repositories.ts';
import { ownValue } from '../own.ts';
import { auditLog, outbox, referralEvents, referrals } from './schema.ts';

export interface ReferralDeskDeps {
  db: Db;
  atomic: Atomic;
  sealer: Sealer;
  villages: VillageDirectory;
  now: () => Date;
  /** Called after a new request is stored, to start sending its notification now. */
  kick?: () => void;
}

/** Crockford base32 without look-alikes: what a resident reads out on the phone. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

function newReference(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `DD-${[...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('')}`;
}

/** A random 128-bit id in hex. */
export function newId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The keyed hash that stands for a resident (channel + user id) in plain columns. */
export function residentHash(sealer: Sealer, key: SessionKey): Promise<string> {
  return sealer.hash(`resident:${key.channel}:${key.userId}`);
}

function sealedOf(s: ReferralSubmission): SealedReferral {
  return { contact: s.contact, channelUserId: s.userId, household: s.household, report: s.report, summary: s.summary, consent: s.consent, materials: s.materials };
}

export class DrizzleReferralDesk implements ReferralDesk {
  constructor(private readonly d: ReferralDeskDeps) {}

  private async byKey(keyHash: string) {
    return (await this.d.db.select({ id: referrals.id, reference: referrals.reference }).from(referrals).where(eq(referrals.idempotencyKey, keyHash)))[0];
  }

  async submit(s: ReferralSubmission): Promise<{ reference: string; created: boolean }> {
    const { db, sealer } = this.d;
    const keyHash = await sealer.hash(`submit:${s.idempotencyKey}`);
    const existing = await this.byKey(keyHash);
    if (existing) return { reference: existing.reference, created: false };

    const village = this.d.villages.get(s.village);
    if (!village) throw new Error(`unknown village ${s.village}`);
    const resident = await residentHash(sealer, s);
    const now = this.d.now();
    const at = now.toISOString();
    const programs = s.report.results.filter((r) => r.verdict === 'likely' || r.verdict === 'possible').map((r) => r.program).join(',');
    const sealed = await sealer.seal(sealedOf(s));

    const open = (
      await db
        .select({ id: referrals.id, reference: referrals.reference })
        .from(referrals)
        .where(and(eq(referrals.resident, resident), eq(referrals.status, 'new'), eq(referrals.village, village.code)))
    )[0];
    if (open) {
      // Nobody has started on it yet and it goes to the same village: the new answers replace the
      // old under the same number, unless staff started on it a moment ago (then a new request).
      const updated = await db
        .update(referrals)
        .set({ sealed, programs, region: s.region, idempotencyKey: keyHash, updatedAt: at })
        .where(and(eq(referrals.id, open.id), eq(referrals.status, 'new')))
        .returning({ id: referrals.id });
      if (updated.length === 1) {
        await db.insert(auditLog).values({ at, actor: 'resident', action: 'referral.update', referralId: open.id });
        return { reference: open.reference, created: false };
      }
    }

    // A request still untouched in another village was sent to the wrong place: it is withdrawn
    // in the same step as the new one is made, so no village follows up a request twice.
    const elsewhere = await db
      .select({ id: referrals.id })
      .from(referrals)
      .where(and(eq(referrals.resident, resident), eq(referrals.status, 'new')));
    const withdraw: AtomicQuery[] = elsewhere.flatMap(({ id: old }) => [
      db.update(referrals).set({ status: 'withdrawn', updatedAt: at }).where(and(eq(referrals.id, old), eq(referrals.status, 'new'))),
      db.insert(referralEvents).values({ referralId: old, at, actor: 'resident', fromStatus: 'new', toStatus: 'withdrawn' }),
      db.insert(auditLog).values({ at, actor: 'resident', action: 'referral.withdraw_resent', referralId: old }),
    ]);

    for (let attempt = 0; attempt < 3; attempt++) {
      const id = newId();
      const reference = newReference();
      const queries: AtomicQuery[] = [
        ...withdraw,
        db.insert(referrals).values({ id, reference, idempotencyKey: keyHash, resident, channel: s.channel, region: s.region, village: village.code, township: village.township.code, programs, status: 'new', sealed, createdAt: at, updatedAt: at }),
        db.insert(referralEvents).values({ referralId: id, at, actor: 'resident', fromStatus: null, toStatus: 'new' }),
        db.insert(auditLog).values({ at, actor: 'resident', action: 'referral.create', referralId: id }),
      ];
      const notify = village.notify;
      if (notify) {
        const { query } = await enqueueQuery(db, sealer, {
            dedupeKey: `new:${id}`,
            kind: 'wecomWebhook' in notify ? 'wecom_robot' : 'telegram_chat',
            target: village.code,
            payload: { kind: 'village_new_request', reference, referralId: id, village: village.code, programs: programs ? programs.split(',') : [] },
          }, now);
        queries.push(query);
      }
      try {
        await this.d.atomic(queries);
        this.d.kick?.();
        return { reference, created: true };
      } catch (e) {
        // The same confirmation stored by a concurrent delivery, or (rarely) a reference taken.
        const again = await this.byKey(keyHash);
        if (again) return { reference: again.reference, created: false };
        if (!/UNIQUE/i.test(String(e))) throw e;
      }
    }
    throw new Error('could not allocate a request reference');
  }

  /** The status of a request in words, by its number (the web page shows it on each visit). */
  async statusOf(reference: string): Promise<string | undefined> {
    const row = (await this.d.db.select({ status: referrals.status }).from(referrals).where(eq(referrals.reference, reference)))[0];
    return row ? ownValue(STATUS_LABELS, row.status) : undefined;
  }

  /**
   * A resident's requests, newest first, by number and status in words: what the link page shows
   * on each visit. Found by the keyed hash every request already carries, so requests kept after
   * 删除我的信息 (already being handled) are still found once the dialogue is gone.
   */
  async requestsOf(key: SessionKey, limit = 5): Promise<{ reference: string; status: string }[]> {
    const resident = await residentHash(this.d.sealer, key);
    const rows = await this.d.db
      .select({ reference: referrals.reference, status: referrals.status })
      .from(referrals)
      .where(eq(referrals.resident, resident))
      .orderBy(desc(referrals.createdAt), desc(referrals.reference))
      .limit(limit);
    return rows.map((r) => ({ reference: r.reference, status: ownValue(STATUS_LABELS, r.status) ?? r.status }));
  }

  async forget(key: SessionKey): Promise<ForgetResult> {
    const { db } = this.d;
    const resident = await residentHash(this.d.sealer, key);
    const at = this.d.now().toISOString();
    // Only what is still 'new' at the moment of deleting goes: a request staff start on while
    // this runs is kept, with its history.
    const deleted = await db
      .delete(referrals)
      .where(and(eq(referrals.resident, resident), eq(referrals.status, 'new')))
      .returning({ id: referrals.id, reference: referrals.reference });
    const ids = deleted.map((r) => r.id);
    await this.d.atomic([
      // Late chat replies still queued for this resident go too (they may repeat what they typed).
      db.delete(outbox).where(and(eq(outbox.target, `wechat:${resident}`), inArray(outbox.status, ['pending', 'sending']))),
      ...(ids.length > 0
        ? [
            db.delete(referralEvents).where(inArray(referralEvents.referralId, ids)),
            db.delete(outbox).where(and(inArray(outbox.dedupeKey, ids.map((id) => `new:${id}`)), inArray(outbox.status, ['pending', 'sending']))),
            ...ids.map((id) => db.insert(auditLog).values({ at, actor: 'resident', action: 'referral.delete_by_resident', referralId: id })),
          ]
        : []),
    ]);
    const kept = await db.select({ reference: referrals.reference, status: referrals.status }).from(referrals).where(eq(referrals.resident, resident));
    return {
      deleted: deleted.map((r) => r.reference),
      kept: kept.map((r) => ({ reference: r.reference, status: ownValue(STATUS_LABELS, r.status) ?? r.status })),
    };
  }
}
