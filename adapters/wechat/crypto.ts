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
import { Buffer } from 'node:buffer';
import * as nodeCrypto from 'node:crypto';
import { base64ToBytes as decodeBase64 } from '../crypto/base64.ts';
import { equalBytes } from '../crypto/equal.ts';

const { createCipheriv, createDecipheriv, createHash, timingSafeEqual } = nodeCrypto;
/**
 * The one-shot digest (Node 20.12+, 22): no Hash object per signature, about half the cost of
 * createHash() on these short inputs; where the host lacks it (an older workerd), createHash().
 */
const oneShot = typeof (nodeCrypto as { hash?: unknown }).hash === 'function' ? nodeCrypto.hash : undefined;

export class WechatCryptoError extends Error {
  override readonly name = 'WechatCryptoError';
  constructor(
    /**
     * Tencent sample error codes: -40001 signature, -40004 key, -40005 appid, -40007 decrypt, -40008 buffer, -40010
     * base64.
     */
    readonly code: -40001 | -40004 | -40005 | -40007 | -40008 | -40010,
    message: string,
  ) {
    super(message);
  }
}

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
  const text = parts.sort().join('');
  return oneShot ? oneShot('sha1', text, 'hex') : createHash('sha1').update(text).digest('hex');
}

const SHA1_HEX = /^[0-9a-fA-F]{40}$/;

/** Whether `expected` (hex, either case) is the signature of the parts: the 20 bytes compared in constant time. */
export function checkSignature(expected: string | undefined, ...parts: string[]): boolean {
  if (!expected || !SHA1_HEX.test(expected)) return false;
  const text = parts.sort().join('');
  const digest = oneShot
    ? (oneShot('sha1', text, 'buffer') as unknown as Buffer)
    : createHash('sha1').update(text).digest();
  return timingSafeEqual(digest, Buffer.from(expected, 'hex'));
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
  const id = Buffer.from(appId, 'utf8');

  function decrypt(encrypt: string): string {
    const data = base64ToBytes(encrypt);
    if (data.length === 0 || data.length % 16 !== 0)
      throw new WechatCryptoError(-40008, 'ciphertext is not whole AES blocks');
    let plain: Uint8Array;
    try {
      plain = aes(true, key, iv, data);
    } catch {
      throw new WechatCryptoError(-40007, 'AES decrypt failed');
    }
    // WeChat's own pad: 1..32 bytes, each holding the pad length.
    const pad = plain[plain.length - 1] ?? 0;
    if (pad < 1 || pad > 32 || pad > plain.length) throw new WechatCryptoError(-40008, 'bad padding');
    for (let i = plain.length - pad; i < plain.length; i++)
      if (plain[i] !== pad) throw new WechatCryptoError(-40008, 'bad padding');
    const body = plain.subarray(16, plain.length - pad);
    if (body.length < 4) throw new WechatCryptoError(-40008, 'buffer too short');
    const len = new DataView(body.buffer, body.byteOffset, 4).getUint32(0);
    if (4 + len > body.length) throw new WechatCryptoError(-40008, 'length prefix exceeds buffer');
    let message: string;
    try {
      message = strictUtf8.decode(body.subarray(4, 4 + len));
      // The appid's bytes compared as they are; only a mismatch is decoded, to tell bad UTF-8 from another appid.
      if (!equalBytes(body.subarray(4 + len), id)) strictUtf8.decode(body.subarray(4 + len));
      else return message;
    } catch {
      throw new WechatCryptoError(-40008, 'invalid UTF-8');
    }
    throw new WechatCryptoError(-40005, 'appid mismatch');
  }

  function encrypt(message: string, random: Uint8Array = random16()): string {
    // Laid out in one buffer, the message encoded straight into it.
    const size = Buffer.byteLength(message, 'utf8');
    const len = 16 + 4 + size + id.length;
    const pad = 32 - (len % 32);
    const buf = Buffer.allocUnsafe(len + pad);
    buf.set(random.subarray(0, 16), 0);
    buf.writeUInt32BE(size, 16);
    buf.write(message, 20, 'utf8');
    buf.set(id, 20 + size);
    buf.fill(pad, len);
    const c = createCipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
    const head = c.update(buf);
    const tail = c.final();
    return (tail.length === 0 ? head : Buffer.concat([head, tail])).toString('base64');
  }

  return { decrypt, encrypt };
}
