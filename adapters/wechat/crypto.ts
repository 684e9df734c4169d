/**
 * WeChat Official Account message signing and safe-mode encryption (WXBizMsgCrypt) on the
 * platform's node:crypto: SHA-1 for the signatures, AES-256-CBC without padding for the
 * ciphertext, timingSafeEqual for the checks. The same module runs on Node and in workerd
 * (`nodejs_compat`), synchronously, native and constant-time (AES-NI on Node), so there is no
 * cipher code of our own: the earlier hand-written AES and SHA-1 existed only because
 * WebCrypto's calls are asynchronous and its AES-CBC forces 16-byte PKCS#7.
 *
 * What is ours is WeChat's framing: random(16) ‖ length(4, big-endian) ‖ message ‖ appid,
 * padded PKCS#7-style to a multiple of 32 bytes (pad 1..32, so about half of real messages
 * have a pad above 16), with the key's first 16 bytes as the IV. The pad, the length and the
 * trailing appid are checked here. Tested against the official vectors V1–V6 on both hosts.
 */
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { base64ToBytes as decodeBase64, bytesToBase64 } from '../crypto/base64.ts';
import { equalText } from '../crypto/equal.ts';

export class WechatCryptoError extends Error {
  override readonly name = 'WechatCryptoError';
  constructor(
    /** Tencent sample error codes: -40001 signature, -40004 key, -40005 appid, -40007 decrypt, -40008 buffer, -40010 base64. */
    readonly code: -40001 | -40004 | -40005 | -40007 | -40008 | -40010,
    message: string,
  ) {
    super(message);
  }
}

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const AES_KEY = /^[A-Za-z0-9]{43}$/;

function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bytes = decodeBase64(b64);
  if (!bytes) throw new WechatCryptoError(-40010, 'invalid base64');
  return bytes;
}

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

/** SHA-1 over the sorted, concatenated parts: the URL `signature` and `msg_signature` alike. */
export function signatureOf(...parts: string[]): string {
  return createHash('sha1').update(parts.sort().join('')).digest('hex');
}

/** Whether `expected` (hex, either case) is the signature of the parts, compared in constant time. */
export function checkSignature(expected: string | undefined, ...parts: string[]): boolean {
  if (!expected) return false;
  return equalText(signatureOf(...parts), expected.toLowerCase());
}

export interface WechatCipher {
  /** The message inside a base64 `Encrypt` value; throws WechatCryptoError. */
  decrypt(encrypt: string): string;
  /** A base64 `Encrypt` value; `random` (16 bytes) is fixed only by tests against the official vectors. */
  encrypt(message: string, random?: Uint8Array): string;
}

function aes(decipher: boolean, key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const c = (decipher ? createDecipheriv : createCipheriv)('aes-256-cbc', key, iv).setAutoPadding(false);
  const head = c.update(data);
  const tail = c.final();
  return tail.length === 0 ? head : new Uint8Array([...head, ...tail]);
}

/** `EncodingAESKey` (43 letters and digits) → a cipher bound to `appId` (checked on every decrypt). */
export function createCipher(encodingAesKey: string, appId: string): WechatCipher {
  if (!AES_KEY.test(encodingAesKey)) throw new WechatCryptoError(-40004, 'EncodingAESKey must be 43 letters or digits');
  const key = base64ToBytes(`${encodingAesKey}=`);
  const iv = key.slice(0, 16);
  const id = utf8.encode(appId);

  function decrypt(encrypt: string): string {
    const data = base64ToBytes(encrypt);
    if (data.length === 0 || data.length % 16 !== 0) throw new WechatCryptoError(-40008, 'ciphertext is not whole AES blocks');
    let plain: Uint8Array;
    try {
      plain = aes(true, key, iv, data);
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
      message = strictUtf8.decode(body.subarray(4, 4 + len));
      trailing = strictUtf8.decode(body.subarray(4 + len));
    } catch {
      throw new WechatCryptoError(-40008, 'invalid UTF-8');
    }
    if (!equalText(trailing, appId)) throw new WechatCryptoError(-40005, 'appid mismatch');
    return message;
  }

  function encrypt(message: string, random: Uint8Array = random16()): string {
    const msg = utf8.encode(message);
    const len = 16 + 4 + msg.length + id.length;
    const pad = 32 - (len % 32);
    const buf = new Uint8Array(len + pad);
    buf.set(random.subarray(0, 16), 0);
    new DataView(buf.buffer).setUint32(16, msg.length);
    buf.set(msg, 20);
    buf.set(id, 20 + msg.length);
    buf.fill(pad, len);
    return bytesToBase64(aes(false, key, iv, buf));
  }

  return { decrypt, encrypt };
}
