/**
 * Staff passwords: PBKDF2-SHA256 through WebCrypto, so the same code verifies on Node and on
 * Workers. 100,000 iterations is the most Workers' WebCrypto accepts; a random 16-byte salt per
 * password; stored as "pbkdf2-sha256$iterations$salt$hash" (base64) as adapters/db/schema.ts says.
 * The comparison is constant-time (node:crypto's timingSafeEqual), and an unknown user name
 * still costs one full derivation.
 */
import { base64ToBytes as fromBase64, bytesToBase64 as toBase64 } from '../../crypto/base64.ts';
import { equalBytes } from '../../crypto/equal.ts';

const ALGORITHM = 'pbkdf2-sha256';
export const PBKDF2_ITERATIONS = 100_000;
const enc = new TextEncoder();

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', enc.encode(password.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  return new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256),
  );
}

export async function hashPassword(password: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return `${ALGORITHM}$${iterations}$${toBase64(salt)}$${toBase64(await derive(password, salt, iterations))}`;
}

/** A stored hash for nobody: verifying against it costs the same time as a real account. */
export const DUMMY_HASH = `${ALGORITHM}$${PBKDF2_ITERATIONS}$${'A'.repeat(22)}==$${'A'.repeat(43)}=`;

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [algorithm, iter, saltText, hashText] = stored.split('$');
  const iterations = Number(iter);
  const salt = saltText ? fromBase64(saltText) : undefined;
  const expected = hashText ? fromBase64(hashText) : undefined;
  if (
    algorithm !== ALGORITHM ||
    !Number.isInteger(iterations) ||
    iterations < 1 ||
    iterations > PBKDF2_ITERATIONS ||
    !salt ||
    !expected
  )
    return false;
  return equalBytes(await derive(password, salt, iterations), expected);
}
