/**
 * The residents behind a case that a message can reach: the one who sent the request and every
 * later contact who sent one from another channel (adapters/db/case-join.ts). Outbox rows name
 * them without personal data — the referral id, or `contact:<id>` — and the sender opens the
 * sealed channel user id only when it sends. Web-link residents cannot be pushed to: their page
 * shows what there is on the next visit.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Sealer } from '../crypto/sealer.ts';
import { isErased, type SealedContact, type StoredReferral } from '../db/referral-record.ts';
import type { Db } from '../db/repositories.ts';
import { referralContacts, referrals } from '../db/schema.ts';
import type { Recipient } from './senders.ts';

/** Channels a message can be pushed on. */
export const PUSH_CHANNELS = ['wechat', 'telegram'] as const;

export interface ChatRecipient {
  /** The outbox target: the referral id, or `contact:<id>`. */
  target: string;
  channel: string;
}

/** Who can be messaged about a case (its own channel first), without opening anything sealed. */
export async function chatRecipients(db: Db, row: { id: string; channel: string }): Promise<ChatRecipient[]> {
  const contacts = await db
    .select({ id: referralContacts.id, channel: referralContacts.channel })
    .from(referralContacts)
    .where(
      and(
        eq(referralContacts.referralId, row.id),
        eq(referralContacts.kind, 'request'),
        inArray(referralContacts.channel, [...PUSH_CHANNELS]),
      ),
    );
  const own = (PUSH_CHANNELS as readonly string[]).includes(row.channel)
    ? [{ target: row.id, channel: row.channel }]
    : [];
  return [...own, ...contacts.map((c) => ({ target: `contact:${c.id}`, channel: c.channel }))];
}

/** The channel and user id a target names, or undefined when the request (or contact) is gone. */
export function recipientLoader(db: Db, sealer: Sealer): (target: string) => Promise<Recipient | undefined> {
  return async (target) => {
    if (target.startsWith('contact:')) {
      const id = Number(target.slice('contact:'.length));
      if (!Number.isSafeInteger(id)) return undefined;
      const row = (
        await db
          .select({ channel: referralContacts.channel, sealed: referralContacts.sealed })
          .from(referralContacts)
          .where(eq(referralContacts.id, id))
      )[0];
      if (!row) return undefined;
      const body = await sealer.open<SealedContact>(row.sealed);
      return body.kind === 'request' ? { channel: row.channel, channelUserId: body.channelUserId } : undefined;
    }
    const row = (
      await db
        .select({ channel: referrals.channel, sealed: referrals.sealed })
        .from(referrals)
        .where(eq(referrals.id, target))
    )[0];
    if (!row) return undefined;
    const body = await sealer.open<StoredReferral>(row.sealed);
    return isErased(body) ? undefined : { channel: row.channel, channelUserId: body.channelUserId };
  };
}
