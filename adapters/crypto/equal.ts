/**
 * Constant-time equality for whatever a request sends that must match a secret: signatures,
 * bearer and secret tokens, CSRF tokens, password hashes, cookie MACs. node:crypto's
 * `timingSafeEqual` (Node, and workerd under `nodejs_compat`) rather than a loop of our own.
 * Lengths are not secret here (hex digests, fixed-size tokens, or a configured secret whose
 * length says nothing useful), so unequal lengths are refused at once, as timingSafeEqual needs.
 */
import { timingSafeEqual } from 'node:crypto';

const utf8 = new TextEncoder();

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Two strings compared as UTF-8 bytes in constant time (for equal lengths). */
export function equalText(a: string, b: string): boolean {
  return equalBytes(utf8.encode(a), utf8.encode(b));
}
