/**
 * Staff sign-in: the login decision with lockout, session tokens (only their SHA-256 is
 * stored), the cookie, and the two CSRF defences every POST passes: a per-session token in the
 * form and an Origin (or Referer) that is this site.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Sealer } from '../../crypto/sealer.ts';
import { constantTimeEqual, DUMMY_HASH, verifyPassword } from './password.ts';
import type { StaffStore, StaffUser } from './store.ts';

export const SESSION_COOKIE = 'doudi_staff';
/** Holds the login form's CSRF token before there is a session (double-submit). */
export const LOGIN_COOKIE = 'doudi_staff_login';
export const SESSION_HOURS = 8;
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

const enc = new TextEncoder();

export function randomToken(bytes = 32): string {
  const b = crypto.getRandomValues(new Uint8Array(bytes));
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/={1,2}$/, '');
}

export async function sha256Hex(text: string): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', enc.encode(text)));
  return [...d].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function safeEqualText(a: string, b: string): boolean {
  return constantTimeEqual(enc.encode(a), enc.encode(b));
}

export type LoginOutcome = { ok: true; user: StaffUser } | { ok: false; reason: 'password' | 'locked' | 'unknown' | 'disabled'; userId?: string; nameHash?: string };

/** The throttle key of a name as typed: a keyed hash, the same whether or not the account exists. */
export function loginKey(sealer: Sealer, username: string): Promise<string> {
  return sealer.hash(`staff-login:${username}`);
}

/**
 * Five wrong passwords in a row for a name lock it for 15 minutes; while locked, even the right
 * password is refused. Every name, existing or not, is counted and locked the same way and costs
 * the same PBKDF2 work, so the answers never tell whether a user name exists. The attempt is
 * counted before the password is checked, so a burst of guesses cannot outrun the limit.
 */
export async function attemptLogin(store: StaffStore, sealer: Sealer, username: string, password: string, now: Date): Promise<LoginOutcome> {
  const nowMs = now.getTime();
  const key = await loginKey(sealer, username);
  const [count, user] = await Promise.all([store.reserveAttempt(key, nowMs, MAX_FAILURES), store.userByName(username)]);
  const who = user ? { userId: user.id } : { nameHash: key };
  if (count === undefined) {
    await verifyPassword(password, DUMMY_HASH);
    return { ok: false, reason: 'locked', ...who };
  }
  const good = user ? await verifyPassword(password, user.passwordHash) : (await verifyPassword(password, DUMMY_HASH)) && false;
  if (good && user) {
    await store.clearAttempts(key);
    if (user.disabled) return { ok: false, reason: 'disabled', userId: user.id };
    return { ok: true, user };
  }
  const lock = count >= MAX_FAILURES;
  if (lock) await store.lockName(key, nowMs + LOCK_MINUTES * 60_000);
  return { ok: false, reason: lock ? 'locked' : user ? 'password' : 'unknown', ...who };
}

export interface CookieSettings {
  secure: boolean;
}

export async function startSession(c: Context, store: StaffStore, user: StaffUser, now: Date, cookie: CookieSettings): Promise<void> {
  const token = randomToken();
  const nowMs = now.getTime();
  await store.insertSession({ tokenHash: await sha256Hex(token), userId: user.id, csrfToken: randomToken(), createdAt: nowMs, expiresAt: nowMs + SESSION_HOURS * 3_600_000 });
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure: cookie.secure, path: '/staff', maxAge: SESSION_HOURS * 3600 });
  deleteCookie(c, LOGIN_COOKIE, { path: '/staff', secure: cookie.secure });
}

export function sessionToken(c: Context): string | undefined {
  const t = getCookie(c, SESSION_COOKIE);
  return t && /^[A-Za-z0-9_-]{43}$/.test(t) ? t : undefined;
}

export function clearSession(c: Context, cookie: CookieSettings): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/staff', secure: cookie.secure, httpOnly: true, sameSite: 'Lax' });
}

/** The login form's token: reuse the cookie's, or set a new one for this browser. */
export function loginCsrf(c: Context, cookie: CookieSettings): string {
  const existing = getCookie(c, LOGIN_COOKIE);
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const token = randomToken();
  setCookie(c, LOGIN_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure: cookie.secure, path: '/staff', maxAge: 3600 });
  return token;
}

/**
 * The request comes from this site: its Origin, or failing that its Referer, is the public URL's
 * origin or the origin the request was addressed to. Neither header → refused.
 */
export function sameOrigin(c: Context, publicUrl: string): boolean {
  const allowed = new Set([new URL(publicUrl).origin, new URL(c.req.url).origin]);
  const origin = c.req.header('origin');
  if (origin !== undefined) return allowed.has(origin);
  const referer = c.req.header('referer');
  if (referer === undefined) return false;
  try {
    return allowed.has(new URL(referer).origin);
  } catch {
    return false;
  }
}
