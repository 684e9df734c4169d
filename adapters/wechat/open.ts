/**
 * Step two of a WeChat delivery: the message inside it. In plaintext mode, the XML body; in safe
 * and compatible modes, only the `Encrypt` part (any plaintext fields beside it are ignored),
 * after its `msg_signature` is checked, so nothing unauthenticated is ever decrypted.
 */
import { checkSignature, type WechatCipher } from './crypto.ts';
import type { Refused, Verified } from './verify.ts';
import { parseWechatXml } from './xml.ts';

export type Opened = { ok: true; message: Record<string, string> } | Refused;

/** `cipher` is called only in safe mode; it throws when the configured EncodingAESKey is unusable. */
export function openDelivery(
  body: string,
  v: Verified,
  token: string,
  cipher: (() => WechatCipher) | undefined,
): Opened {
  let outer: Record<string, string>;
  try {
    outer = parseWechatXml(body);
  } catch {
    return { ok: false, reason: 'xml', status: 400 };
  }
  if (!v.safe) return { ok: true, message: outer };
  const encrypt = outer['Encrypt'];
  if (!cipher || !encrypt) return { ok: false, reason: 'xml', status: 400 };
  if (!checkSignature(v.msgSignature, token, v.timestamp, v.nonce, encrypt))
    return { ok: false, reason: 'msg_signature', status: 401 };
  try {
    return { ok: true, message: parseWechatXml(cipher().decrypt(encrypt)) };
  } catch {
    return { ok: false, reason: 'decrypt', status: 400 };
  }
}
