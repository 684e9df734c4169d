/**
 * A passive reply to a WeChat delivery: the text XML to the sender, as is in plaintext mode, or
 * encrypted and signed in an envelope in safe and compatible modes (a fresh timestamp and nonce).
 */
import { randomInt } from 'node:crypto';
import { signatureOf, type WechatCipher } from './crypto.ts';
import { encryptedEnvelopeXml, textReplyXml } from './xml.ts';

export interface PassiveReply {
  /** The resident (the delivery's FromUserName) and the account (its ToUserName). */
  toUser: string;
  fromUser: string;
  content: string;
  nowSeconds: number;
}

export function passiveReplyXml(r: PassiveReply, sealed?: { cipher: WechatCipher; token: string }): string {
  const reply = textReplyXml({ toUser: r.toUser, fromUser: r.fromUser, createTime: r.nowSeconds, content: r.content });
  if (!sealed) return reply;
  const encrypt = sealed.cipher.encrypt(reply);
  const timestamp = String(r.nowSeconds);
  const nonce = String(randomInt(1e9));
  return encryptedEnvelopeXml(encrypt, signatureOf(sealed.token, timestamp, nonce, encrypt), timestamp, nonce);
}
