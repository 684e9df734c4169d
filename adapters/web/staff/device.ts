/**
 * Device cookies (OWASP Authentication Cheat Sheet, "Slow down online guessing attacks with
 * device cookies"): a successful sign-in leaves the browser a cookie that says "this name signed
 * in from here", so while someone guesses at the name from elsewhere and the name must wait,
 * its owner still signs in from their usual phone or computer. The cookie is not a credential
 * (the password is still asked): `issued.nonce.mac`, the mac a keyed hash over the name, the
 * time and the nonce, so it cannot be made for another name, or kept past 90 days. Each name has
 * its own cookie (its name is a keyed hash of the user name), so staff sharing an office
 * computer each keep theirs. A cookie's attempts are counted under its nonce (./throttle.ts).
 */
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { equalText } from '../../crypto/equal.ts';
import type { Sealer } from '../../crypto/sealer.ts';
import { type CookieSettings, randomToken } from './auth.ts';

export const DEVICE_DAYS = 90;
const DAY_SECONDS = 86_400;

async function cookieName(sealer: Sealer, username: string): Promise<string> {
  return `doudi_device_${(await sealer.hash(`staff-device-name:${username}`)).slice(0, 16)}`;
}

function mac(sealer: Sealer, username: string, issued: string, nonce: string): Promise<string> {
  return sealer.hash(`staff-device:${username}:${issued}:${nonce}`);
}

/** After a successful sign-in: a new cookie for this name (only sent to the sign-in form). */
export async function issueDeviceCookie(
  c: Context,
  sealer: Sealer,
  username: string,
  now: Date,
  cookie: CookieSettings,
): Promise<void> {
  const issued = String(Math.floor(now.getTime() / 1000));
  const nonce = randomToken(16);
  setCookie(c, await cookieName(sealer, username), `${issued}.${nonce}.${await mac(sealer, username, issued, nonce)}`, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: cookie.secure,
    path: '/staff/login',
    maxAge: DEVICE_DAYS * DAY_SECONDS,
  });
}

/** The nonce of this browser's device cookie for the name typed, if it has a genuine one not older than 90 days. */
export async function deviceFor(c: Context, sealer: Sealer, username: string, now: Date): Promise<string | undefined> {
  const value = getCookie(c, await cookieName(sealer, username));
  const m = value ? /^(\d{1,12})\.([A-Za-z0-9_-]{22})\.([0-9a-f]{32})$/.exec(value) : null;
  if (!m) return undefined;
  const [, issued, nonce, sent] = m as unknown as [string, string, string, string];
  const age = now.getTime() / 1000 - Number(issued);
  if (age < -300 || age > DEVICE_DAYS * DAY_SECONDS) return undefined;
  return equalText(sent, await mac(sealer, username, issued, nonce)) ? nonce : undefined;
}
