/**
 * A request's status moves one step along the workflow (adapters/db/referral-record.ts), or a
 * note is added without a change ("只记备注"), written atomically with its history event, its
 * audit row and, for residents on WeChat or Telegram (the one who sent it and the same
 * household's later contacts), the message telling them; a web-link resident sees the status and
 * the notes marked for them on the page's next visit. A new status starts its own deadline
 * (adapters/config/deadlines.ts) and its escalation afresh. `from` is the status the actor saw:
 * if someone changed it since, nothing is written (conflict).
 */
import { NEXT_STATUSES, type ReferralStatus, STATUS_LABELS } from '../../../db/referral-record.ts';
import { newId } from '../../../db/referrals.ts';
import type { AtomicQuery } from '../../../db/ports.ts';
import { enqueueQuery, type OutboxPayload } from '../../../notify/outbox.ts';
import { chatRecipients } from '../../../notify/recipients.ts';
import { ownValue } from '../../../own.ts';
import { S } from '../messages.ts';
import { statusLabel } from '../view.ts';
import { type Actor, RequestCaseError, type StaffDesk, visibleRequest } from './desk.ts';

export interface StatusChange {
  from: ReferralStatus;
  /** The new status, or `note` for a note without a change of status. */
  to: ReferralStatus | 'note';
  /** Kept sealed with the event. */
  note?: string | undefined;
  /** Send the note to the resident with the new status. */
  tell?: boolean | undefined;
}

export interface StatusChanged {
  id: string;
  reference: string;
  from: ReferralStatus;
  to: ReferralStatus | 'note';
  /** Whether the note went to the resident. */
  told: boolean;
}

export async function changeStatus(
  desk: StaffDesk,
  actor: Actor,
  id: string,
  change: StatusChange,
): Promise<StatusChanged> {
  const row = await visibleRequest(desk, actor, id, S.errors.notFound);
  const { from, to, note } = change;
  if (from !== row.status) throw new RequestCaseError('conflict', S.errors.conflict);
  const noteOnly = to === 'note';
  if (noteOnly && !note) throw new RequestCaseError('invalid', S.errors.noteRequired);
  if (!noteOnly && !(ownValue(NEXT_STATUSES, row.status) ?? []).includes(to))
    throw new RequestCaseError('transition', S.errors.transition(statusLabel(row.status), statusLabel(to)));
  const now = desk.clock.now();
  const at = now.toISOString();
  const told = change.tell === true && note !== undefined;
  const status = noteOnly ? from : to;
  // Who hears of it: the residents of the case on a chat channel; a web-link resident reads it on the page.
  const payload: OutboxPayload | undefined = noteOnly
    ? told
      ? { kind: 'resident_note', reference: row.reference, referralId: row.id, note: note! }
      : undefined
    : {
        kind: 'resident_status',
        reference: row.reference,
        referralId: row.id,
        statusLabel: STATUS_LABELS[to],
        ...(told ? { note } : {}),
      };
  const messages: AtomicQuery[] = [];
  if (payload) {
    const tag = noteOnly ? `note:${row.id}:${newId()}` : `status:${row.id}:${to}`;
    for (const r of await chatRecipients(desk.db, row)) {
      // The request's own resident keeps the key it always had; later contacts get one each.
      const dedupeKey = r.target === row.id ? tag : `${tag}:${r.target}`;
      messages.push(
        (await enqueueQuery(desk.db, desk.sealer, { dedupeKey, kind: 'resident', target: r.target, payload }, now))
          .query,
      );
    }
  }
  const { store } = desk;
  const dueMs = noteOnly
    ? undefined
    : (desk.villages.deadlines.dueAt(row.county || row.region, to, row.urgent, now.getTime()) ?? null);
  try {
    await desk.atomic([
      noteOnly ? store.touchQuery(row.id, from, at) : store.statusUpdateQuery(row.id, from, to, at, dueMs ?? null),
      store.eventQuery({
        referralId: row.id,
        at,
        actor: actor.id,
        fromStatus: from,
        toStatus: status,
        kind: noteOnly ? 'note' : 'status',
        told,
        sealedNote: note ? await desk.sealer.seal(note) : null,
      }),
      store.auditQuery({
        at,
        actor: actor.id,
        action: noteOnly ? 'note' : 'status_change',
        referralId: row.id,
        detail: JSON.stringify(noteOnly ? { told } : { from, to, note: note !== undefined, told }),
      }),
      ...messages,
    ]);
  } catch (e) {
    const fresh = await store.referral(row.id);
    if (fresh && fresh.status !== from) throw new RequestCaseError('conflict', S.errors.conflict);
    throw e;
  }
  return { id: row.id, reference: row.reference, from, to, told };
}
