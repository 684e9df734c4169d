/**
 * The 12345 agent's questions about a caller's household: does it have an open case, and if so
 * its status and where it is — nothing else, no name, no phone, no household (an open page would
 * let anyone learn who has a case, so only a signed-in `agent` or admin asks, each look-up
 * audited, and at most LOOKUPS_PER_HOUR an hour per agent). The caller's phone number or 身份证号
 * is matched through its keyed hash (adapters/db/household-keys.ts), never stored. The agent can
 * attach the call's summary to the open case: a sealed contact in its history that the office
 * following the case sees (and is told of), found again by the same look-up, never by an id the
 * agent could change.
 */
import { placeLabel, placeOf, targetOf } from '../../../config/routing.ts';
import { keysOfTyped, openCaseByKeys } from '../../../db/household-keys.ts';
import { DrizzleRateLimits } from '../../../db/limits.ts';
import type { SealedContact } from '../../../db/referral-record.ts';
import { referralContacts } from '../../../db/schema.ts';
import { enqueueQuery, officeKind } from '../../../notify/outbox.ts';
import { S } from '../messages.ts';
import { statusLabel } from '../view.ts';
import { type Actor, audit, RequestCaseError, type StaffDesk } from './desk.ts';

export const LOOKUPS_PER_HOUR = 60;
export const MAX_CALL_SUMMARY = 3000;

export type LookupResult = { found: false } | { found: true; status: string; place: string; urgent: boolean };

async function findCase(desk: StaffDesk, actor: Actor, typed: string, action: 'lookup' | 'call_attached') {
  const { keys, by } = await keysOfTyped(desk.sealer, typed);
  if (!by) throw new RequestCaseError('invalid', S.lookup.badNumber);
  const nowMs = desk.clock.now().getTime();
  const hits = await new DrizzleRateLimits(desk.db).hit(await desk.sealer.hash(`lookup:${actor.id}`), 3_600_000, nowMs);
  if (hits.count > LOOKUPS_PER_HOUR) {
    if (hits.count === LOOKUPS_PER_HOUR + 1) await audit(desk, actor, 'lookup_throttled', null);
    throw new RequestCaseError('throttled', S.lookup.tooMany);
  }
  const found = await openCaseByKeys(desk.db, keys);
  if (action === 'lookup') await audit(desk, actor, 'lookup', found?.id ?? null, { by, found: found !== undefined });
  return found;
}

export async function lookupCase(desk: StaffDesk, actor: Actor, typed: string): Promise<LookupResult> {
  const found = await findCase(desk, actor, typed, 'lookup');
  if (!found) return { found: false };
  return {
    found: true,
    status: statusLabel(found.status),
    place: placeLabel(placeOf(desk.villages, found)),
    urgent: found.urgent,
  };
}

/** Attaches a call summary to the household's open case; `nonce` makes a resubmitted form attach once. */
export async function attachCall(
  desk: StaffDesk,
  actor: Actor,
  typed: string,
  summary: string,
  nonce: string,
): Promise<{ place: string; status: string }> {
  const text = summary.trim();
  if (!text) throw new RequestCaseError('invalid', S.lookup.emptySummary);
  if (text.length > MAX_CALL_SUMMARY) throw new RequestCaseError('invalid', S.lookup.summaryTooLong(MAX_CALL_SUMMARY));
  const found = await findCase(desk, actor, typed, 'call_attached');
  if (!found) throw new RequestCaseError('not_found', S.lookup.noneOpen);
  const now = desk.clock.now();
  const at = now.toISOString();
  const body: SealedContact = { kind: 'call', summary: text, agent: actor.id };
  const idempotencyKey = await desk.sealer.hash(`call:${actor.id}:${nonce}`);
  const place = placeOf(desk.villages, found);
  const target = targetOf(desk.villages, place, found.village ? 'village' : found.township ? 'township' : 'county');
  const { store } = desk;
  const queries = [
    desk.db.insert(referralContacts).values({
      referralId: found.id,
      idempotencyKey,
      kind: 'call',
      channel: 'hotline',
      resident: `agent:${actor.id}`,
      sealed: await desk.sealer.seal(body),
      createdAt: at,
    }),
    store.eventQuery({
      referralId: found.id,
      at,
      actor: actor.id,
      fromStatus: found.status,
      toStatus: found.status,
      kind: 'call',
    }),
    store.auditQuery({ at, actor: actor.id, action: 'call_attached', referralId: found.id, detail: null }),
    ...(target
      ? [
          (
            await enqueueQuery(
              desk.db,
              desk.sealer,
              {
                dedupeKey: `call:${found.id}:${idempotencyKey}`,
                kind: officeKind(target.notify),
                target: target.target,
                payload: {
                  kind: 'office_update',
                  reference: found.reference,
                  referralId: found.id,
                  what: 'call',
                  place: placeLabel(place),
                },
              },
              now,
            )
          ).query,
        ]
      : []),
  ];
  try {
    await desk.atomic(queries);
  } catch (e) {
    // The same form sent twice: attached once already.
    if (!/UNIQUE|duplicate key/i.test(String(e))) throw e;
  }
  return { place: placeLabel(place), status: statusLabel(found.status) };
}
