/**
 * WeChat Official Account message signing and safe-mode encryption (WXBizMsgCrypt), in plain
 * synchronous code (no node:crypto) so the same module runs on Node and Cloudflare Workers.
 *
 * The algorithm pads to a multiple of 32 bytes (PKCS#7-style, pad 1..32). WebCrypto's AES-CBC
 * always applies and checks 16-byte PKCS#7, so about half of real messages (pad above 16) made
 * a naive `subtle.decrypt` throw; the first version worked around it with a synthetic block.
 * AES-CBC now runs without padding in ./aes.ts (each WebCrypto call was an asynchronous
 * thread-pool hop that cost more CPU than the whole rest of a webhook request), and WeChat's
 * pad is checked and stripped here. Only `crypto.getRandomValues` is still taken from the host.
 */

import { aesCbcDecrypt, aesCbcEncrypt, expandAes256Key } from './aes.ts';
import { sha1Hex } from './sha1.ts';

export class WechatCryptoError extends Error {
  override readonly name = 'WechatCryptoError';
  constructor(
    /** Tencent sample error codes: -40001 signature, -40005 appid, -40007 decrypt, -40008 buffer, -40010 base64. */
    readonly code: -40001 | -40004 | -40005 | -40007 | -40008 | -40010,
    message: string,
  ) {
    super(message);
  }
}

import { base64ToBytes as decodeBase64, bytesToBase64 } from '../crypto/base64.ts';

const te = new TextEncoder();
const td = new TextDecoder('utf-8', { fatal: true });

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bytes = decodeBase64(b64);
  if (!bytes) throw new WechatCryptoError(-40010, 'invalid base64');
  return bytes;
}

export { bytesToBase64 };

/** 16-byte random prefixes, drawn from the host's CSPRNG 256 at a time (one call per 256 replies). */
const randomPool = new Uint8Array(16 * 256);
let randomNext = randomPool.length;
function random16(): Uint8Array {
  if (randomNext === randomPool.length) {
    crypto.getRandomValues(randomPool);
    randomNext = 0;
  }
  randomNext += 16;
  return randomPool.subarray(randomNext - 16, randomNext);
}

/** sha1 over the sorted, concatenated parts (URL signature and msg_signature alike). */
export function signatureOf(...parts: string[]): string {
  return sha1Hex(parts.sort().join(''));
}

/** Asynchronous form of `signatureOf`, kept for callers written against WebCrypto's digest. */
export async function wechatSignature(...parts: string[]): Promise<string> {
  return signatureOf(...parts);
}

/**
 * Constant-time comparison of two hex signatures (or of the trailing appid): the time depends
 * only on the lengths. Compares UTF-16 code units; every caller has an ASCII side.
 */
export function safeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (i < a.length ? a.charCodeAt(i) : 0) ^ (i < b.length ? b.charCodeAt(i) : 0);
  return diff === 0;
}

export function checkSignature(expected: string | undefined, ...parts: string[]): boolean {
  if (!expected) return false;
  return safeEqual(signatureOf(...parts), expected.toLowerCase());
}

export async function verifySignature(expected: string | undefined, ...parts: string[]): Promise<boolean> {
  return checkSignature(expected, ...parts);
}

export interface WechatCipher {
  decrypt(encrypt: string): Promise<string>;
  encrypt(message: string, random?: Uint8Array): Promise<string>;
}

/** The same cipher, synchronous: what the webhook uses on its hot path. */
export interface WechatCipherSync {
  decrypt(encrypt: string): string;
  encrypt(message: string, random?: Uint8Array): string;
}

/** `EncodingAESKey` (43 characters) → a cipher bound to `appId` (checked on every decrypt). */
export function createCipherSync(encodingAesKey: string, appId: string): WechatCipherSync {
  if (!/^[A-Za-z0-9]{43}$/.test(encodingAesKey)) throw new WechatCryptoError(-40004, 'EncodingAESKey must be 43 letters or digits');
  const raw = base64ToBytes(`${encodingAesKey}=`);
  const iv = raw.slice(0, 16);
  const key = expandAes256Key(raw);
  const id = te.encode(appId);

  function decrypt(encrypt: string): string {
    const data = base64ToBytes(encrypt);
    if (data.length === 0 || data.length % 16 !== 0) throw new WechatCryptoError(-40008, 'ciphertext is not whole AES blocks');
    let plain: Uint8Array;
    try {
      plain = aesCbcDecrypt(key, iv, data);
    } catch {
      throw new WechatCryptoError(-40007, 'AES decrypt failed');
    }
    // WeChat's own pad: 1..32 bytes, each holding the pad length.
    const pad = plain[plain.length - 1] ?? 0;
    if (pad < 1 || pad > 32 || pad > plain.length) throw new WechatCryptoError(-40008, 'bad padding');
    for (let i = plain.length - pad; i < plain.length; i++) if (plain[i] !== pad) throw new WechatCryptoError(-40008, 'bad padding');
    const body = plain.subarray(16, plain.length - pad);
    if (body.length < 4) throw new WechatCryptoError(-40008, 'buffer too short');
    const len = new DataView(body.buffer, body.byteOffset, 4).getUint32(0);
    if (4 + len > body.length) throw new WechatCryptoError(-40008, 'length prefix exceeds buffer');
    let message: string;
    let trailing: string;
    try {
      message = td.decode(body.subarray(4, 4 + len));
      trailing = td.decode(body.subarray(4 + len));
    } catch {
      throw new WechatCryptoError(-40008, 'invalid UTF-8');
    }
    if (!safeEqual(trailing, appId)) throw new WechatCryptoError(-40005, 'appid mismatch');
    return message;
  }

  function encrypt(message: string, random: Uint8Array = random16()): string {
    const msg = te.encode(message);
    const len = 16 + 4 + msg.length + id.length;
    const pad = 32 - (len % 32);
    const buf = new Uint8Array(len + pad);
    buf.set(random.subarray(0, 16), 0);
    new DataView(buf.buffer).setUint32(16, msg.length);
    buf.set(msg, 20);
    buf.set(id, 20 + msg.length);
    buf.fill(pad, len);
    return bytesToBase64(aesCbcEncrypt(key, iv, buf));
  }

  return { decrypt, encrypt };
}

/** Asynchronous form of `createCipherSync` (errors arrive as rejections). */
export async function createCipher(encodingAesKey: string, appId: string): Promise<WechatCipher> {
  const c = createCipherSync(encodingAesKey, appId);
  return {
    decrypt: async (encrypt) => c.decrypt(encrypt),
    encrypt: async (message, random) => c.encrypt(message, random),
  };
}
