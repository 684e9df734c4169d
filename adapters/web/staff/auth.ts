/**
 * Staff sign-in: the login decision through the limits of ./throttle.ts, session tokens (only
 * their SHA-256 is stored), the cookie, and the two CSRF defences every POST passes: a
 * per-session token in the form and an Origin (or Referer) that is this site.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Sealer } from '../../crypto/sealer.ts';
import { fromThisSite } from '../../http/same-origin.ts';
import type { RateLimits } from '../../db/limits.ts';
import { DUMMY_HASH, verifyPassword } from './password.ts';
import type { StaffStore, StaffUser } from './store.ts';
import { ALL_ATTEMPTS, ALL_WINDOW_MS, ATTEMPT_POLICY, CLIENT_ATTEMPTS, CLIENT_WINDOW_MS } from './throttle.ts';

export const SESSION_COOKIE = 'doudi_staff';
/** Holds the login form's CSRF token before there is a session (double-submit). */
export const LOGIN_COOKIE = 'doudi_staff_login';
export const SESSION_HOURS = 8;

const enc = new TextEncoder();

export function randomToken(bytes = 32): string {
  const b = crypto.getRandomValues(new Uint8Array(bytes));
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return btoa(s)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/={1,2}$/, '');
}

export async function sha256Hex(text: string): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', enc.encode(text)));
  return [...d].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export type LoginOutcome =
  | { ok: true; user: StaffUser }
  | { ok: false; reason: 'password' | 'unknown' | 'disabled'; userId?: string; nameHash?: string }
  /** The name (or this device) must wait until `until`; the password was not checked. */
  | { ok: false; reason: 'wait'; until: number; userId?: string; nameHash?: string }
  /**
   * Too many attempts from this client, or from everyone without a device cookie; `first` marks the attempt that
   * crossed the line.
   */
  | { ok: false; reason: 'client'; until: number; first: boolean }
  | { ok: false; reason: 'busy'; until: number; first: boolean };

/** The throttle key of a name as typed: a keyed hash, the same whether or not the account exists. */
export function loginKey(sealer: Sealer, username: string): Promise<string> {
  return sealer.hash(`staff-login:${username}`);
}

export interface LoginDeps {
  store: StaffStore;
  limits: RateLimits;
  sealer: Sealer;
}

export interface LoginAttempt {
  username: string;
  password: string;
  /** What per-client limits count (adapters/http/client.ts `clientKey`). */
  client: string;
  /** The nonce of a genuine device cookie for this name (./device.ts), if the browser has one. */
  device?: string | undefined;
}

/**
 * One sign-in attempt through the limits of ./throttle.ts, cheapest first; PBKDF2 runs only for
 * an attempt every limit let through. Every name, existing or not, is counted and kept waiting
 * the same way and costs the same derivation, so the answers never tell whether it exists.
 */
export async function attemptLogin(deps: LoginDeps, a: LoginAttempt, now: Date): Promise<LoginOutcome> {
  const { store, limits, sealer } = deps;
  const nowMs = now.getTime();
  const nameKey = await loginKey(sealer, a.username);
  let key = nameKey;
  if (a.device) key = await sealer.hash(`staff-login-device:${a.device}`);
  else {
    const client = await limits.hit(await sealer.hash(`staff-login-client:${a.client}`), CLIENT_WINDOW_MS, nowMs);
    if (client.count > CLIENT_ATTEMPTS)
      return { ok: false, reason: 'client', until: client.resetAt, first: client.count === CLIENT_ATTEMPTS + 1 };
    const all = await limits.hit('staff-login-all', ALL_WINDOW_MS, nowMs);
    if (all.count > ALL_ATTEMPTS)
      return { ok: false, reason: 'busy', until: all.resetAt, first: all.count === ALL_ATTEMPTS + 1 };
  }
  const [slot, user] = await Promise.all([
    store.reserveAttempt(key, nowMs, ATTEMPT_POLICY),
    store.userByName(a.username),
  ]);
  const who = user ? { userId: user.id } : { nameHash: nameKey };
  if (!slot.ok) return { ok: false, reason: 'wait', until: slot.until, ...who };
  const good = user
    ? await verifyPassword(a.password, user.passwordHash)
    : (await verifyPassword(a.password, DUMMY_HASH)) && false;
  if (good && user) {
    await store.clearAttempts(key);
    if (user.disabled) return { ok: false, reason: 'disabled', userId: user.id };
    return { ok: true, user };
  }
  return { ok: false, reason: user ? 'password' : 'unknown', ...who };
}

export interface CookieSettings {
  secure: boolean;
}

export async function startSession(
  c: Context,
  store: StaffStore,
  user: StaffUser,
  now: Date,
  cookie: CookieSettings,
): Promise<void> {
  const token = randomToken();
  const nowMs = now.getTime();
  await store.insertSession({
    tokenHash: await sha256Hex(token),
    userId: user.id,
    csrfToken: randomToken(),
    createdAt: nowMs,
    expiresAt: nowMs + SESSION_HOURS * 3_600_000,
  });
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: cookie.secure,
    path: '/staff',
    maxAge: SESSION_HOURS * 3600,
  });
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
  setCookie(c, LOGIN_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: cookie.secure,
    path: '/staff',
    maxAge: 3600,
  });
  return token;
}

/**
 * The request comes from this site: its Origin, or failing that its Referer, is the public URL's
 * origin or the origin the request was addressed to. Neither header → refused.
 */
export function sameOrigin(c: Context, publicUrl: string): boolean {
  return fromThisSite(c, publicUrl, 'refuse');
}
