/**
 * WeChat XML in and out. Every value stays a string (MsgId is 64-bit; "007" stays "007"),
 * entities are not processed, and the caller caps the body size before parsing. Replies are
 * built by hand with CDATA, splitting any "]]>" in user text so it cannot close the section.
 */
import { XMLParser } from 'fast-xml-parser';

export class WechatXmlError extends Error {
  override readonly name = 'WechatXmlError';
}

const parser = new XMLParser({
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  ignoreAttributes: true,
  trimValues: false,
});

/** The children of the root `<xml>` element, as strings. Nested elements are not used by the OA protocol we handle. */
export function parseWechatXml(body: string): Record<string, string> {
  if (/<!DOCTYPE|<!ENTITY/i.test(body)) throw new WechatXmlError('DOCTYPE and entities are not accepted');
  let doc: unknown;
  try {
    doc = parser.parse(body, true);
  } catch (e) {
    throw new WechatXmlError(`malformed XML: ${(e as Error).message}`);
  }
  const root = (doc as { xml?: unknown } | undefined)?.xml;
  if (!root || typeof root !== 'object') throw new WechatXmlError('missing <xml> root');
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(root as Record<string, unknown>)) {
    if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  }
  return out;
}

export function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

export interface TextReply {
  toUser: string;
  fromUser: string;
  createTime: number;
  content: string;
}

export function textReplyXml(r: TextReply): string {
  return `<xml><ToUserName>${cdata(r.toUser)}</ToUserName><FromUserName>${cdata(r.fromUser)}</FromUserName><CreateTime>${r.createTime}</CreateTime><MsgType>${cdata('text')}</MsgType><Content>${cdata(r.content)}</Content></xml>`;
}

export function encryptedEnvelopeXml(encrypt: string, signature: string, timestamp: string, nonce: string): string {
  return `<xml><Encrypt>${cdata(encrypt)}</Encrypt><MsgSignature>${cdata(signature)}</MsgSignature><TimeStamp>${timestamp}</TimeStamp><Nonce>${cdata(nonce)}</Nonce></xml>`;
}
