/**
 * One case per household: a request's phone number and 身份证号 are kept as keyed hashes (never in
 * clear) in `household_keys`, so a request from the same household on another channel, or a 12345
 * agent's look-up, finds the open case. A phone is normalised the way the request flow checks it
 * (bot/referral/validate.ts), so "+86 138 1234 5678" and "13812345678" are one key.
 */
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { cleanIdNumber, cleanPhone } from '../../bot/referral/validate.ts';
import type { Sealer } from '../crypto/sealer.ts';
import type { AtomicQuery } from './ports.ts';
import { FINAL_STATUSES } from './referral-record.ts';
import type { Db } from './repositories.ts';
import { householdKeys, referralContacts, referrals } from './schema.ts';

/**
 * A phone as one form: a mobile as its 11 digits however it was typed (+86, spaces, dashes), a landline as
 * 0xxx-xxxxxxx.
 */
export function samePhone(typed: string): string | undefined {
  const digits = typed.replace(/\D/g, '');
  if (/^(86)?1[3-9]\d{9}$/.test(digits)) return digits.slice(-11);
  return cleanPhone(typed);
}

/** The keyed hashes a contact is found by: its phone (normalised), and its 身份证号 if given. */
export async function householdKeysOf(
  sealer: Sealer,
  contact: { phone?: string | undefined; idNumber?: string | undefined },
): Promise<string[]> {
  const keys: string[] = [];
  const phone = contact.phone ? samePhone(contact.phone) : undefined;
  if (phone) keys.push(await sealer.hash(`household-phone:${phone}`));
  const id = contact.idNumber ? cleanIdNumber(contact.idNumber) : undefined;
  if (id) keys.push(await sealer.hash(`household-id:${id}`));
  return keys;
}

/** What a 12345 agent types: a phone number or a 身份证号, as keys; none when it is neither. */
export async function keysOfTyped(
  sealer: Sealer,
  typed: string,
): Promise<{ keys: string[]; by: 'phone' | 'id' | undefined }> {
  const id = cleanIdNumber(typed);
  if (id) return { keys: await householdKeysOf(sealer, { idNumber: id }), by: 'id' };
  const phone = samePhone(typed);
  if (phone) return { keys: await householdKeysOf(sealer, { phone }), by: 'phone' };
  return { keys: [], by: undefined };
}

/** Inserts for a case's keys (a key already there for the case is kept once). */
export function keyQueries(db: Db, referralId: string, keys: string[]): AtomicQuery[] {
  return keys.map((key) => db.insert(householdKeys).values({ key, referralId }).onConflictDoNothing());
}

const caseColumns = {
  id: referrals.id,
  reference: referrals.reference,
  status: referrals.status,
  village: referrals.village,
  township: referrals.township,
  county: referrals.county,
  region: referrals.region,
  urgent: referrals.urgent,
};

function openAndNot(except: string[]) {
  const conds = [notInArray(referrals.status, [...FINAL_STATUSES])];
  if (except.length > 0) conds.push(notInArray(referrals.id, except));
  return conds;
}

/** The open case (the first made) any of `keys` belongs to, optionally leaving some cases out. */
export async function openCaseByKeys(db: Db, keys: string[], except: string[] = []) {
  if (keys.length === 0) return undefined;
  return (
    await db
      .select(caseColumns)
      .from(householdKeys)
      .innerJoin(referrals, eq(referrals.id, householdKeys.referralId))
      .where(and(inArray(householdKeys.key, keys), ...openAndNot(except)))
      .orderBy(referrals.createdAt)
      .limit(1)
  )[0];
}

/** The open case a resident (their keyed hash) sent or joined, optionally leaving some cases out. */
export async function openCaseOfResident(db: Db, resident: string, except: string[] = []) {
  const own = (
    await db
      .select(caseColumns)
      .from(referrals)
      .where(and(eq(referrals.resident, resident), ...openAndNot(except)))
      .orderBy(referrals.createdAt)
      .limit(1)
  )[0];
  if (own) return own;
  return (
    await db
      .select(caseColumns)
      .from(referralContacts)
      .innerJoin(referrals, eq(referrals.id, referralContacts.referralId))
      .where(and(eq(referralContacts.resident, resident), ...openAndNot(except)))
      .orderBy(referrals.createdAt)
      .limit(1)
  )[0];
}
