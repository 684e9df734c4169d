/**
 * WeChat Official Account message signing and safe-mode encryption (WXBizMsgCrypt), on
 * WebCrypto only so the same code runs on Node and Cloudflare Workers.
 *
 * The algorithm pads to a multiple of 32 bytes (PKCS#7-style, pad 1..32), but WebCrypto's
 * AES-CBC always applies and checks 16-byte PKCS#7. About half of real messages have a pad
 * above 16 and would make a naive `subtle.decrypt` throw. So: to decrypt, append one synthetic
 * block that decrypts to a full 16-byte pad, let WebCrypto strip it, then strip WeChat's pad by
 * hand; to encrypt, pad to 32 ourselves and drop the extra block WebCrypto appends.
 */

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

const te = new TextEncoder();
const td = new TextDecoder('utf-8', { fatal: true });

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) throw new WechatCryptoError(-40010, 'invalid base64');
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** sha1 over the sorted, concatenated parts (URL signature and msg_signature alike). */
export async function wechatSignature(...parts: string[]): Promise<string> {
  return sha1Hex([...parts].sort().join(''));
}

/** Constant-time comparison of two hex signatures. */
export function safeEqual(a: string, b: string): boolean {
  const x = te.encode(a);
  const y = te.encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

export async function verifySignature(expected: string | undefined, ...parts: string[]): Promise<boolean> {
  if (!expected) return false;
  return safeEqual(await wechatSignature(...parts), expected.toLowerCase());
}

export interface WechatCipher {
  decrypt(encrypt: string): Promise<string>;
  encrypt(message: string, random?: Uint8Array): Promise<string>;
}

/** `EncodingAESKey` (43 characters) → a cipher bound to `appId` (checked on every decrypt). */
export async function createCipher(encodingAesKey: string, appId: string): Promise<WechatCipher> {
  if (!/^[A-Za-z0-9]{43}$/.test(encodingAesKey)) throw new WechatCryptoError(-40004, 'EncodingAESKey must be 43 letters or digits');
  const raw = base64ToBytes(`${encodingAesKey}=`);
  const iv = raw.slice(0, 16);
  const key = await crypto.subtle.importKey('raw', raw, { name: 'AES-CBC' }, false, ['encrypt', 'decrypt']);

  async function decrypt(encrypt: string): Promise<string> {
    const data = base64ToBytes(encrypt);
    if (data.length === 0 || data.length % 16 !== 0) throw new WechatCryptoError(-40008, 'ciphertext is not whole AES blocks');
    // The synthetic block: E(key, lastBlock XOR 16×0x10) decrypts to a valid 16-byte pad.
    const last = data.slice(data.length - 16);
    const pad16 = new Uint8Array(16).fill(16);
    const extra = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-CBC', iv: last }, key, pad16)).slice(0, 16);
    const joined = new Uint8Array(data.length + 16);
    joined.set(data);
    joined.set(extra, data.length);
    let plain: Uint8Array;
    try {
      plain = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-CBC', iv }, key, joined));
    } catch {
      throw new WechatCryptoError(-40007, 'AES decrypt failed');
    }
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

  async function encrypt(message: string, random: Uint8Array = crypto.getRandomValues(new Uint8Array(16))): Promise<string> {
    const msg = te.encode(message);
    const id = te.encode(appId);
    const len = 16 + 4 + msg.length + id.length;
    const pad = 32 - (len % 32);
    const buf = new Uint8Array(len + pad);
    buf.set(random.subarray(0, 16), 0);
    new DataView(buf.buffer).setUint32(16, msg.length);
    buf.set(msg, 20);
    buf.set(id, 20 + msg.length);
    buf.fill(pad, len);
    const out = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-CBC', iv }, key, buf));
    return bytesToBase64(out.subarray(0, buf.length));
  }

  return { decrypt, encrypt };
}
