/**
 * Standard padded base64, shared by the WeChat cipher and the personal-data sealer: the
 * platform's codec (node:buffer, native on Node and in workerd under `nodejs_compat`) behind a
 * strict check, since Buffer's decoder skips characters it does not know instead of refusing
 * them, and a sealed value or a WeChat ciphertext that is not exactly base64 must be refused.
 */
import { Buffer } from 'node:buffer';

/** The alphabet and at most two `=` at the end; with the length a multiple of 4, exactly padded base64. */
const PADDED_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function bytesToBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** The bytes of padded standard base64; undefined when `b64` is anything else. */
export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> | undefined {
  if (b64.length % 4 !== 0 || !PADDED_BASE64.test(b64)) return undefined;
  const decoded = Buffer.from(b64, 'base64');
  // A plain Uint8Array over the same memory: Buffer's `slice` shares memory where Uint8Array's copies.
  return new Uint8Array(decoded.buffer as ArrayBuffer, decoded.byteOffset, decoded.byteLength);
}
