/**
 * The ReferralDesk on drizzle (SQLite, D1 and PostgreSQL): a confirmed request is stored sealed,
 * its first event, its audit row and the office's notification are written in one atomic() step,
 * and the same confirmation arriving again finds what is there instead of creating anything. A
 * resident has at most one request nobody has started on: sending again updates it. A household
 * has at most one open case: a request from the same phone number or 身份证号 on another channel
 * joins the open case as a new contact (./case-join.ts). Each request is timed from the start: it
 * is due by the city's deadline (adapters/config/deadlines.ts), sooner when it carries an
 * emergency (bot/referral/urgency.ts). A request a staff member made with the household during a
 * visit (channel `staff`, adapters/web/staff/cases/assisted.ts) is marked `assisted` (issue 18).
 */
import { and, eq, isNull } from 'drizzle-orm';
import type {
  ForgetResult,
  FollowUpAnswer,
  OpenRequest,
  ReferralDesk,
  ReferralSubmission,
  SessionKey,
  SubmitResult,
} from '../../bot/ports.ts';
import { isUrgent } from '../../bot/referral/urgency.ts';
import { chinaDateOf } from '../config/calendar.ts';
import { placeLabel, placeOf, targetOf } from '../config/routing.ts';
import type { VillageDirectory } from '../config/villages.ts';
import type { Sealer } from '../crypto/sealer.ts';
import { enqueueQuery, officeKind } from '../notify/outbox.ts';
import { ownValue } from '../own.ts';
import { joinCase } from './case-join.ts';
import { residentHash } from './resident-hash.ts';
import { householdKeysOf, keyQueries, openCaseByKeys, openCaseOfResident } from './household-keys.ts';
import type { Atomic, AtomicQuery } from './ports.ts';
import { type SealedReferral, STATUS_LABELS } from './referral-record.ts';
import type { Db } from './repositories.ts';
import { answerFollowUp, openRequestsOf, type ResidentRequest, residentRequests } from './resident-view.ts';
import { auditLog, referralEvents, referrals } from './schema.ts';
import { withdrawForResident } from './withdraw.ts';

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

export { residentHash };

function sealedOf(s: ReferralSubmission): SealedReferral {
  return {
    contact: s.contact,
    channelUserId: s.userId,
    household: s.household,
    report: s.report,
    summary: s.summary,
    consent: s.consent,
    materials: s.materials,
  };
}

/** Where a submission goes: its village, or the township or county chosen when the village was not listed. */
function routeOf(s: ReferralSubmission, villages: VillageDirectory) {
  if (s.village) {
    const village = villages.get(s.village);
    if (!village) throw new Error(`unknown village ${s.village}`);
    return { village: village.code, township: village.township.code, county: village.region };
  }
  if (!s.office) throw new Error('a request needs a village or an office');
  return s.office.level === 'township'
    ? { village: '', township: s.office.code, county: s.region }
    : { village: '', township: '', county: s.office.code };
}

/** The same village, or for a request without one the same township and county. */
function samePlace(route: { village: string; township: string; county: string }) {
  return route.village
    ? [eq(referrals.village, route.village)]
    : [eq(referrals.village, ''), eq(referrals.township, route.township), eq(referrals.county, route.county)];
}

export class DrizzleReferralDesk implements ReferralDesk {
  constructor(private readonly d: ReferralDeskDeps) {}

  private async byKey(keyHash: string) {
    return (
      await this.d.db
        .select({
          id: referrals.id,
          reference: referrals.reference,
          urgent: referrals.urgent,
          county: referrals.county,
          region: referrals.region,
        })
        .from(referrals)
        .where(eq(referrals.idempotencyKey, keyHash))
    )[0];
  }

  async submit(s: ReferralSubmission): Promise<SubmitResult> {
    const { db, sealer, villages } = this.d;
    const keyHash = await sealer.hash(`submit:${s.idempotencyKey}`);
    const existing = await this.byKey(keyHash);
    if (existing)
      return {
        reference: existing.reference,
        created: false,
        urgent: existing.urgent,
        contactDays: villages.deadlines.contactDays(existing.county || existing.region, existing.urgent),
      };

    const route = routeOf(s, villages);
    const resident = await residentHash(sealer, s);
    const now = this.d.now();
    const at = now.toISOString();
    const urgent = isUrgent(s.household, chinaDateOf(now.getTime()), villages.deadlines.urgentEventDays);
    const timed = route.county || s.region;
    const contactDays = villages.deadlines.contactDays(timed, urgent);
    const programs = s.report.results
      .filter((r) => r.verdict === 'likely' || r.verdict === 'possible')
      .map((r) => r.program)
      .join(',');
    const sealed = await sealer.seal(sealedOf(s));
    const keys = await householdKeysOf(sealer, s.contact);

    const open = (
      await db
        .select({ id: referrals.id, reference: referrals.reference, createdAt: referrals.createdAt })
        .from(referrals)
        .where(and(eq(referrals.resident, resident), eq(referrals.status, 'new'), ...samePlace(route)))
    )[0];
    if (open) {
      // Nobody has started on it yet and it goes to the same place: the new answers replace the
      // old under the same number (still due from when it was first sent), unless staff started
      // on it a moment ago (then it is handled below like any other request).
      const dueMs = villages.deadlines.dueAt(timed, 'new', urgent, Date.parse(open.createdAt)) ?? null;
      const updated = await db
        .update(referrals)
        .set({
          sealed,
          programs,
          region: s.region,
          idempotencyKey: keyHash,
          urgent,
          dueMs,
          updatedAt: at,
          ...(s.workOrder ? { workOrder: s.workOrder } : {}),
        })
        .where(and(eq(referrals.id, open.id), eq(referrals.status, 'new')))
        .returning({ id: referrals.id });
      if (updated.length === 1) {
        await this.d.atomic([
          ...keyQueries(db, open.id, keys),
          db.insert(auditLog).values({ at, actor: 'resident', action: 'referral.update', referralId: open.id }),
        ]);
        return { reference: open.reference, created: false, urgent, contactDays };
      }
    }

    // A request of this resident still untouched elsewhere was sent to the wrong place: it is
    // withdrawn in the same step as the new one is made, so no office follows up a request twice.
    const elsewhere = (
      await db
        .select({ id: referrals.id })
        .from(referrals)
        .where(and(eq(referrals.resident, resident), eq(referrals.status, 'new')))
    ).map((r) => r.id);

    // The same household (phone or 身份证号, or this very resident) with a case still open: one
    // case, a new contact in it.
    const known = (await openCaseByKeys(db, keys, elsewhere)) ?? (await openCaseOfResident(db, resident, elsewhere));
    if (known) {
      const joined = await joinCase({ ...this.d }, known, { submission: s, keyHash, resident, keys, urgent, now });
      // A 12345 call joining a case the hotline has no number for yet: the case's feedback goes to that work order.
      if (s.workOrder)
        await db
          .update(referrals)
          .set({ workOrder: s.workOrder })
          .where(and(eq(referrals.id, known.id), isNull(referrals.workOrder)));
      this.d.kick?.();
      return {
        reference: known.reference,
        created: false,
        joined: true,
        urgent: joined.urgent,
        contactDays: villages.deadlines.contactDays(known.county || known.region, joined.urgent),
      };
    }

    const withdraw: AtomicQuery[] = elsewhere.flatMap((old) => [
      db
        .update(referrals)
        .set({ status: 'withdrawn', dueMs: null, updatedAt: at })
        .where(and(eq(referrals.id, old), eq(referrals.status, 'new'))),
      db
        .insert(referralEvents)
        .values({ referralId: old, at, actor: 'resident', fromStatus: 'new', toStatus: 'withdrawn' }),
      db.insert(auditLog).values({ at, actor: 'resident', action: 'referral.withdraw_resent', referralId: old }),
    ]);
    const place = placeOf(villages, { ...route, region: s.region });
    const target = targetOf(villages, place, route.village ? 'village' : route.township ? 'township' : 'county');
    const dueMs = villages.deadlines.dueAt(timed, 'new', urgent, now.getTime()) ?? null;

    for (let attempt = 0; attempt < 3; attempt++) {
      const id = newId();
      const reference = newReference();
      const queries: AtomicQuery[] = [
        ...withdraw,
        db.insert(referrals).values({
          id,
          reference,
          idempotencyKey: keyHash,
          resident,
          channel: s.channel,
          region: s.region,
          village: route.village,
          township: route.township,
          county: route.county,
          programs,
          status: 'new',
          sealed,
          createdAt: at,
          updatedAt: at,
          urgent,
          dueMs,
          escalated: 0,
          workOrder: s.workOrder ?? null,
          assisted: s.channel === 'staff',
        }),
        db.insert(referralEvents).values({ referralId: id, at, actor: 'resident', fromStatus: null, toStatus: 'new' }),
        db.insert(auditLog).values({
          at,
          actor: 'resident',
          action: 'referral.create',
          referralId: id,
          ...(urgent ? { detail: JSON.stringify({ urgent }) } : {}),
        }),
        ...keyQueries(db, id, keys),
      ];
      if (target) {
        const { query } = await enqueueQuery(
          db,
          sealer,
          {
            dedupeKey: `new:${id}`,
            kind: officeKind(target.notify),
            target: target.target,
            payload: {
              kind: 'village_new_request',
              reference,
              referralId: id,
              village: route.village,
              programs: programs ? programs.split(',') : [],
              contactDays,
              ...(urgent ? { urgent } : {}),
              ...(route.village ? {} : { place: placeLabel(place) }),
            },
          },
          now,
        );
        queries.push(query);
      }
      try {
        await this.d.atomic(queries);
        this.d.kick?.();
        return { reference, created: true, urgent, contactDays };
      } catch (e) {
        // The same confirmation stored by a concurrent delivery, or (rarely) a reference taken.
        const again = await this.byKey(keyHash);
        if (again) return { reference: again.reference, created: false, urgent: again.urgent, contactDays };
        if (!/UNIQUE|duplicate key/i.test(String(e))) throw e;
      }
    }
    throw new Error('could not allocate a request reference');
  }

  /** The status of a request in words, by its number (the web page shows it on each visit). */
  async statusOf(reference: string): Promise<string | undefined> {
    const row = (
      await this.d.db.select({ status: referrals.status }).from(referrals).where(eq(referrals.reference, reference))
    )[0];
    return row ? ownValue(STATUS_LABELS, row.status) : undefined;
  }

  /**
   * A resident's requests, newest first, by number and status in words, with the notes staff
   * marked for them (newest first) and whether the 回访 question waits: what the link page shows
   * on each visit. Found by the keyed hash every request (and every later contact) carries, so
   * finished requests kept after 删除我的信息 are still found once the dialogue is gone.
   */
  requestsOf(key: SessionKey, limit = 5): Promise<ResidentRequest[]> {
    return residentRequests(this.d, key, limit);
  }

  openOf(key: SessionKey): Promise<OpenRequest[]> {
    return openRequestsOf(this.d, key);
  }

  answerFollowUp(key: SessionKey, reference: string, answer: FollowUpAnswer): Promise<boolean> {
    return answerFollowUp(this.d, key, reference, answer);
  }

  /**
   * 删除我的信息: every open request of this resident is withdrawn and its personal data deleted
   * (./withdraw.ts); finished ones stay until their retention period ends.
   */
  async forget(key: SessionKey): Promise<ForgetResult> {
    const r = await withdrawForResident(this.d, await residentHash(this.d.sealer, key));
    if (r.withdrawn.length > 0) this.d.kick?.();
    return r;
  }
}
