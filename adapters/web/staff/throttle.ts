/**
 * How hard guessing staff passwords is made (OWASP Authentication Cheat Sheet: login throttling,
 * and "Slow down online guessing attacks with device cookies"). The old rule, five wrong
 * passwords lock any name for 15 minutes, let anyone lock any account again and again, and
 * spraying many names from one client passed it (240 checks on 60 names in 9 s) while the
 * PBKDF2 flood slowed the console 50–100 times. Now, in this order, cheapest first:
 *
 * 1. A client holding a device cookie for the name typed (issued by a sign-in from it in the
 *    last 90 days, ./device.ts) is limited only by that cookie's own count (3): someone
 *    guessing at the account from elsewhere does not keep its owner out.
 * 2. Every other attempt counts against its client (its address, or /64 for IPv6): 20 in 15
 *    minutes;
 * 3. and against all such attempts together: 60 a minute, which caps the PBKDF2 work strangers
 *    can cause at one derivation a second;
 * 4. and against the name typed, whether or not it exists: five go straight through, then each
 *    waits 1, 2, 4, 8, then 15 minutes after the one before (a wait, not a lock: it never grows
 *    while attempts are refused, and the count starts again an hour after the last wait).
 * 5. Only then is the password checked (PBKDF2). Every count is taken before the check, so a
 *    burst cannot outrun it.
 */
import type { AttemptPolicy } from './store.ts';

const MINUTE = 60_000;

export const CLIENT_ATTEMPTS = 20;
export const CLIENT_WINDOW_MS = 15 * MINUTE;
export const ALL_ATTEMPTS = 60;
export const ALL_WINDOW_MS = MINUTE;

/** Per name typed, and per device cookie. */
export const ATTEMPT_POLICY: AttemptPolicy = {
  free: 5,
  waitsMs: [1, 2, 4, 8, 15].map((m) => m * MINUTE),
  quietMs: 60 * MINUTE,
};

/** Whole minutes until `until`, at least one: what the page tells a person to wait. */
export function minutesUntil(until: number, nowMs: number): number {
  return Math.max(1, Math.ceil((until - nowMs) / MINUTE));
}
