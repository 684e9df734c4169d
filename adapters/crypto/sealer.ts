/**
 * Personal data at rest: AES-256-GCM with a key derived from DOUDI_DATA_KEY, and keyed hashes
 * for finding a resident's records without storing who they are. WebCrypto only, so the same
 * code runs on Node and Workers. Sealed values carry a version prefix so the key or algorithm
 * can be rotated later without guessing what an old value is.
 */
import { Buffer } from 'node:buffer';
import { base64ToBytes, bytesToBase64 } from './base64.ts';

const VERSION = 'v1';
const enc = new TextEncoder();
const dec = new TextDecoder();
/**
 * UTF-8 for what is sealed and hashed on every message: Buffer.from (node:buffer, as ./base64.ts
 * uses; small strings share a pool) instead of TextEncoder, whose every call allocates a buffer of
 * its own: 5k against 9k instructions for a 300-byte session, 2.5k against 3.4k for a dedup key.
 */
const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

export class SealerError extends Error {
  override readonly name = 'SealerError';
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const bytes = base64ToBytes(text);
  if (!bytes) throw new SealerError('not base64');
  return bytes;
}

/** DOUDI_DATA_KEY: 32 random bytes, as base64 (44 characters) or hex (64 characters). */
export function parseDataKey(text: string): Uint8Array {
  const t = text.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(t)
    ? Uint8Array.from(t.match(/../g)!.map((h) => parseInt(h, 16)))
    : base64ToBytes(t);
  if (bytes?.length !== 32)
    throw new SealerError(
      'DOUDI_DATA_KEY must be 32 random bytes, written as base64 (44 characters) or hex (64 characters)',
    );
  return bytes;
}

export function newDataKey(): string {
  return bytesToBase64(crypto.getRandomValues(new Uint8Array(32)));
}

/**
 * The three operations sealing needs, given the two derived keys. WebCrypto everywhere by
 * default; a host may supply its own (Node's synchronous node:crypto, in adapters/runtime/),
 * since every WebCrypto call on Node is a thread-pool round trip on the webhook's hot path.
 * Implementations must agree byte for byte: AES-256-GCM with a 12-byte IV and the 16-byte tag
 * appended, and HMAC-SHA-256.
 */
export interface SealPrimitives {
  encrypt(iv: Uint8Array, plain: Uint8Array): Promise<Uint8Array> | Uint8Array;
  /** Throws when the tag does not match. */
  decrypt(iv: Uint8Array, sealed: Uint8Array): Promise<Uint8Array> | Uint8Array;
  hmac(data: Uint8Array): Promise<Uint8Array> | Uint8Array;
}

export type SealPrimitivesFactory = (keys: {
  aes: Uint8Array;
  mac: Uint8Array;
}) => Promise<SealPrimitives> | SealPrimitives;

export const webCryptoPrimitives: SealPrimitivesFactory = async ({ aes, mac }) => {
  const aesKey = await crypto.subtle.importKey('raw', aes as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']);
  const macKey = await crypto.subtle.importKey('raw', mac as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return {
    encrypt: async (iv, plain) =>
      new Uint8Array(
        await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, aesKey, plain as BufferSource),
      ),
    decrypt: async (iv, sealed) =>
      new Uint8Array(
        await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as BufferSource }, aesKey, sealed as BufferSource),
      ),
    hmac: async (data) => new Uint8Array(await crypto.subtle.sign('HMAC', macKey, data as BufferSource)),
  };
};

// IVs are drawn from the system CSPRNG in blocks: one call per 340 seals instead of one per seal
// (each call was a measurable share of the webhook's CPU). Random 96-bit IVs stay far below
// GCM's collision bound at any volume this service will see under one key.
let ivPool = new Uint8Array(0);
let ivAt = 0;
function nextIv(): Uint8Array {
  if (ivAt + 12 > ivPool.length) {
    ivPool = crypto.getRandomValues(new Uint8Array(4080));
    ivAt = 0;
  }
  // A view, not a copy: a used-up pool is replaced by a new array, never written again.
  const iv = ivPool.subarray(ivAt, ivAt + 12);
  ivAt += 12;
  return iv;
}

export class Sealer {
  private constructor(private readonly p: SealPrimitives) {}

  /** Two independent keys from one secret (HKDF-SHA-256), one to encrypt and one for lookup hashes. */
  static async fromKey(keyText: string, primitives: SealPrimitivesFactory = webCryptoPrimitives): Promise<Sealer> {
    const ikm = await crypto.subtle.importKey('raw', parseDataKey(keyText) as BufferSource, 'HKDF', false, [
      'deriveBits',
    ]);
    const derive = async (info: string) =>
      new Uint8Array(
        await crypto.subtle.deriveBits(
          { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: enc.encode(info) },
          ikm,
          256,
        ),
      );
    return new Sealer(
      await primitives({ aes: await derive('doudi personal data v1'), mac: await derive('doudi lookup hash v1') }),
    );
  }

  async seal(value: unknown): Promise<string> {
    const iv = nextIv();
    // Awaited only when the primitive is asynchronous (WebCrypto): Node's answers at once, and each
    // await is one more turn of the microtask queue on every message.
    const r = this.p.encrypt(iv, utf8(JSON.stringify(value)));
    const ct = r instanceof Uint8Array ? r : await r;
    // The IV's 12 bytes are whole base64 groups, so its base64 followed by the ciphertext's is the base64 of
    // both together: no buffer joining them.
    return `${VERSION}.${bytesToBase64(iv)}${bytesToBase64(ct)}`;
  }

  async open<T>(sealed: string): Promise<T> {
    const [version, body] = sealed.split('.', 2);
    if (version !== VERSION || !body) throw new SealerError('unknown sealed value format');
    try {
      const bytes = fromBase64(body);
      // Views, not copies: neither primitive writes into its input.
      const r = this.p.decrypt(bytes.subarray(0, 12), bytes.subarray(12));
      const pt = r instanceof Uint8Array ? r : await r;
      return JSON.parse(dec.decode(pt)) as T;
    } catch {
      throw new SealerError('sealed value cannot be opened with this DOUDI_DATA_KEY');
    }
  }

  /** A keyed hash: equal inputs give equal outputs, and nobody without the key can test a guess. */
  async hash(text: string): Promise<string> {
    const r = this.p.hmac(utf8(text));
    const sig = r instanceof Uint8Array ? r : await r;
    // Node's hex encoder (lower case, as before) instead of 16 toString/padStart calls: ~4k instructions a hash.
    return Buffer.from(sig.buffer, sig.byteOffset, 16).toString('hex');
  }
}
