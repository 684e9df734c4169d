/**
 * Who may write to a family's dialogue on the link page. The browser holds only a random id in
 * an HttpOnly, SameSite=Lax cookie scoped to the link; every form carries a token derived from
 * that id, which another site can neither read nor compute, and a POST must come from this site
 * by its Origin (or Referer) whenever the browser sends one. A refused POST changes nothing and
 * sets no cookie: before this, a cross-site POST arrived without the cookie (SameSite) and was
 * given a new one, which replaced the family's and lost their dialogue (issue 14).
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { equalText } from '../../crypto/equal.ts';
import { fromThisSite as cameFromThisSite } from '../../http/same-origin.ts';

export const SID_COOKIE = 'doudi_sid';
/** A one-time note for the page after a redirect ("already answered", what was deleted). */
export const NOTE_COOKIE = 'doudi_note';
/** 128 random bits in base64url (links.ts newToken). */
const SID = /^[A-Za-z0-9_-]{22}$/;
const DAY_SECONDS = 86_400;

export interface CookieScope {
  /** The link's token: cookies are scoped to /s/<token>. */
  token: string;
  secure: boolean;
}

export function readSid(c: Context): string | undefined {
  const sid = getCookie(c, SID_COOKIE);
  return sid && SID.test(sid) ? sid : undefined;
}

/**
 * Sets (or renews) the session cookie. Lax, not Strict: a family opening the link from another
 * site or app must still be sent it, or the page would start afresh and hand out a new id.
 */
export function setSid(c: Context, scope: CookieScope, sid: string, days: number): void {
  setCookie(c, SID_COOKIE, sid, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: scope.secure,
    path: `/s/${scope.token}`,
    maxAge: days * DAY_SECONDS,
  });
}

export function setNote(c: Context, scope: CookieScope, note: string): void {
  setCookie(c, NOTE_COOKIE, note, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: scope.secure,
    path: `/s/${scope.token}`,
    maxAge: 300,
  });
}

/** Reads the note once: it is deleted by the page that shows it. */
export function takeNote(c: Context, scope: CookieScope): string | undefined {
  const note = getCookie(c, NOTE_COOKIE);
  if (note === undefined) return undefined;
  deleteCookie(c, NOTE_COOKIE, { path: `/s/${scope.token}`, secure: scope.secure, httpOnly: true, sameSite: 'Lax' });
  return note;
}

const enc = new TextEncoder();

/**
 * The form token for a session id: SHA-256 over the link and the id (WebCrypto). The id is 128
 * random bits in an HttpOnly cookie, so the token can only come from a page this site served to
 * that browser; and the page's token does not give the id away.
 */
export async function formToken(token: string, sid: string): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', enc.encode(`doudi-link-form\u0000${token}\u0000${sid}`)),
  );
  let s = '';
  for (const b of digest) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=$/, '');
}

export async function formTokenMatches(sent: string, token: string, sid: string): Promise<boolean> {
  return equalText(sent, await formToken(token, sid));
}

/**
 * The POST comes from this site: its Origin, or failing that its Referer, is the public address's
 * origin or the one the request was sent to ("null" never is). Unlike the staff console, a POST
 * with neither header is let through to the token check: old phone browsers and some privacy
 * settings send neither, and the token alone already ties the form to this browser.
 */
export function fromThisSite(c: Context, publicUrl: string): boolean {
  return cameFromThisSite(c, publicUrl, 'allow');
}
