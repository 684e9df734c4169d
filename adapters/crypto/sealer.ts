/**
 * Personal data at rest: AES-256-GCM with a key derived from DOUDI_DATA_KEY, and keyed hashes
 * for finding a resident's records without storing who they are. WebCrypto only, so the same
 * code runs on Node and Workers. Sealed values carry a version prefix so the key or algorithm
 * can be rotated later without guessing what an old value is.
 */
const VERSION = 'v1';
const enc = new TextEncoder();
const dec = new TextDecoder();

export class SealerError extends Error {
  override readonly name = 'SealerError';
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** DOUDI_DATA_KEY: 32 random bytes, as base64 (44 characters) or hex (64 characters). */
export function parseDataKey(text: string): Uint8Array {
  const t = text.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(t) ? Uint8Array.from(t.match(/../g)!.map((h) => parseInt(h, 16))) : safeBase64(t);
  if (!bytes || bytes.length !== 32) throw new SealerError('DOUDI_DATA_KEY must be 32 random bytes, written as base64 (44 characters) or hex (64 characters)');
  return bytes;
}

function safeBase64(t: string): Uint8Array | undefined {
  try {
    return fromBase64(t);
  } catch {
    return undefined;
  }
}

export function newDataKey(): string {
  return toBase64(crypto.getRandomValues(new Uint8Array(32)));
}

export class Sealer {
  private constructor(
    private readonly aes: CryptoKey,
    private readonly mac: CryptoKey,
  ) {}

  /** Two independent keys from one secret (HKDF), one to encrypt and one for lookup hashes. */
  static async fromKey(keyText: string): Promise<Sealer> {
    const ikm = await crypto.subtle.importKey('raw', parseDataKey(keyText) as BufferSource, 'HKDF', false, ['deriveKey']);
    const derive = (info: string, alg: AesKeyGenParams | HmacKeyGenParams, usages: KeyUsage[]) =>
      crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: enc.encode(info) }, ikm, alg, false, usages);
    const aes = await derive('doudi personal data v1', { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']);
    const mac = await derive('doudi lookup hash v1', { name: 'HMAC', hash: 'SHA-256', length: 256 }, ['sign']);
    return new Sealer(aes, mac);
  }

  async seal(value: unknown): Promise<string> {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, this.aes, enc.encode(JSON.stringify(value))));
    const out = new Uint8Array(iv.length + ct.length);
    out.set(iv);
    out.set(ct, iv.length);
    return `${VERSION}.${toBase64(out)}`;
  }

  async open<T>(sealed: string): Promise<T> {
    const [version, body] = sealed.split('.', 2);
    if (version !== VERSION || !body) throw new SealerError('unknown sealed value format');
    const bytes = fromBase64(body);
    try {
      const pt = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.slice(0, 12) }, this.aes, bytes.slice(12));
      return JSON.parse(dec.decode(pt)) as T;
    } catch {
      throw new SealerError('sealed value cannot be opened with this DOUDI_DATA_KEY');
    }
  }

  /** A keyed hash: equal inputs give equal outputs, and nobody without the key can test a guess. */
  async hash(text: string): Promise<string> {
    const sig = new Uint8Array(await crypto.subtle.sign('HMAC', this.mac, enc.encode(text)));
    return [...sig.subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }
}
