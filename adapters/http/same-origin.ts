/**
 * Whether a form POST comes from this site: its Origin, or failing that its Referer, is the
 * public address's origin or the one the request was sent to ("null" never is). One check for
 * the resident's link pages and the staff console, which differ only on a POST carrying neither
 * header (see `withoutHeaders`).
 */
import type { Context } from 'hono';

export function fromThisSite(c: Context, publicUrl: string, withoutHeaders: 'allow' | 'refuse'): boolean {
  const allowed = new Set([new URL(publicUrl).origin, new URL(c.req.url).origin]);
  const origin = c.req.header('origin');
  if (origin !== undefined) return allowed.has(origin);
  const referer = c.req.header('referer');
  if (referer === undefined) return withoutHeaders === 'allow';
  try {
    return allowed.has(new URL(referer).origin);
  } catch {
    return false;
  }
}
