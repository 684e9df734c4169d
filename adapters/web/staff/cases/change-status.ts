/**
 * A request's status moves one step along the workflow (adapters/db/referral-record.ts), written
 * atomically with its history event, its audit row and, for a resident on WeChat or Telegram,
 * the message telling them (a web-link resident sees it on the page's next visit). `from` is the
 * status the actor saw: if someone changed it since, nothing is written (conflict).
 */
import { NEXT_STATUSES, type ReferralStatus, STATUS_LABELS } from '../../../db/referral-record.ts';
import { enqueueQuery, type OutboxItem } from '../../../notify/outbox.ts';
import { ownValue } from '../../../own.ts';
import { S } from '../messages.ts';
import { statusLabel } from '../view.ts';
import { type Actor, RequestCaseError, type StaffDesk, visibleRequest } from './desk.ts';

export interface StatusChange {
  from: ReferralStatus;
  to: ReferralStatus;
  /** Kept sealed with the event. */
  note?: string | undefined;
  /** Send the note to the resident with the new status. */
  tell?: boolean | undefined;
}

export interface StatusChanged {
  id: string;
  reference: string;
  from: ReferralStatus;
  to: ReferralStatus;
  /** Whether the note went to the resident. */
  told: boolean;
}

export async function changeStatus(desk: StaffDesk, actor: Actor, id: string, change: StatusChange): Promise<StatusChanged> {
  const row = await visibleRequest(desk, actor, id, S.errors.notFound);
  const { from, to, note } = change;
  if (from !== row.status) throw new RequestCaseError('conflict', S.errors.conflict);
  if (!(ownValue(NEXT_STATUSES, row.status) ?? []).includes(to)) throw new RequestCaseError('transition', S.errors.transition(statusLabel(row.status), statusLabel(to)));
  const now = desk.clock.now();
  const at = now.toISOString();
  const told = change.tell === true && note !== undefined;
  const item: OutboxItem = {
    dedupeKey: `status:${row.id}:${to}`,
    kind: 'resident',
    target: row.id,
    payload: { kind: 'resident_status', reference: row.reference, referralId: row.id, statusLabel: STATUS_LABELS[to], ...(told ? { note } : {}) },
  };
  // A web-link resident cannot be pushed to: their page shows the status on the next visit.
  const message = row.channel === 'web' ? [] : [(await enqueueQuery(desk.db, desk.sealer, item, now)).query];
  const { store } = desk;
  try {
    await desk.atomic([
      store.statusUpdateQuery(row.id, from, to, at),
      store.eventQuery({ referralId: row.id, at, actor: actor.id, fromStatus: from, toStatus: to, sealedNote: note ? await desk.sealer.seal(note) : null }),
      store.auditQuery({ at, actor: actor.id, action: 'status_change', referralId: row.id, detail: JSON.stringify({ from, to, note: note !== undefined, told }) }),
      ...message,
    ]);
  } catch (e) {
    const fresh = await store.referral(row.id);
    if (fresh && fresh.status !== from) throw new RequestCaseError('conflict', S.errors.conflict);
    throw e;
  }
  return { id: row.id, reference: row.reference, from, to, told };
}
