/**
 * Step one of a WeChat delivery: is it from WeChat, now, in a mode we accept? The URL
 * `signature` (token, timestamp, nonce) checked in constant time, the timestamp within five
 * minutes of our clock (a captured delivery cannot be replayed later), and, once an
 * EncodingAESKey is configured, safe or compatible mode only: a plaintext delivery's signature
 * does not cover its body, so a URL seen once (in a proxy log, say) would let anyone post any
 * XML as any OpenID.
 */
import { checkSignature } from './crypto.ts';

/** WeChat's timestamp must be this close to ours. */
export const TIMESTAMP_WINDOW_SECONDS = 300;

export interface Verified {
  ok: true;
  timestamp: string;
  nonce: string;
  /** `encrypt_type=aes`: the message is the encrypted part (safe and compatible modes). */
  safe: boolean;
  /** `msg_signature`, checked by ./open.ts once the Encrypt value is read. */
  msgSignature: string | undefined;
}

/** Why a delivery was refused: the log's reason and the status WeChat (or whoever sent it) gets. */
export interface Refused {
  ok: false;
  reason: 'signature' | 'timestamp' | 'plaintext' | 'xml' | 'msg_signature' | 'decrypt';
  status: 400 | 401;
}

export function isFresh(timestamp: string, nowSeconds: number): boolean {
  return /^\d{1,12}$/.test(timestamp) && Math.abs(nowSeconds - Number(timestamp)) <= TIMESTAMP_WINDOW_SECONDS;
}

export function verifyDelivery(
  q: Record<string, string>,
  config: { token: string; encodingAesKey?: string | undefined },
  nowSeconds: number,
): Verified | Refused {
  const timestamp = q['timestamp'] ?? '';
  const nonce = q['nonce'] ?? '';
  if (!checkSignature(q['signature'], config.token, timestamp, nonce))
    return { ok: false, reason: 'signature', status: 401 };
  if (!isFresh(timestamp, nowSeconds)) return { ok: false, reason: 'timestamp', status: 401 };
  const safe = q['encrypt_type'] === 'aes';
  if (config.encodingAesKey && !safe) return { ok: false, reason: 'plaintext', status: 400 };
  return { ok: true, timestamp, nonce, safe, msgSignature: q['msg_signature'] };
}
