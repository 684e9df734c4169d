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
  return parseFlatXml(body) ?? parseGeneral(body);
}

const NAME = /^[A-Z][A-Za-z0-9_]*$/;
const CDATA_OPEN = '<![CDATA[';
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09;

/**
 * The shape WeChat actually sends, read by hand at a tenth of the general parser's cost:
 * `<xml>` then elements named `[A-Z]\w*`, each holding plain text (no `<`, `&`) or adjacent
 * CDATA sections, separated by nothing or whitespace, then `</xml>`. Anything else (a
 * declaration, attributes, nesting, entities, carriage returns, a repeated name, an empty
 * root) returns undefined and goes to the general parser; the result is the same as the
 * general parser's on every input this accepts, which the tests check by generating inputs.
 */
export function parseFlatXml(body: string): Record<string, string> | undefined {
  if (!body.startsWith('<xml>') || !body.endsWith('</xml>') || body.includes('\r')) return undefined;
  const end = body.length - 6;
  const out: Record<string, string> = {};
  let between = '';
  let children = 0;
  let i = 5;
  while (i < end) {
    const c = body.charCodeAt(i);
    if (isSpace(c)) {
      between += body[i];
      i++;
      continue;
    }
    if (c !== 0x3c || body.charCodeAt(i + 1) === 0x2f) return undefined;
    const close = body.indexOf('>', i);
    if (close < 0 || close >= end) return undefined;
    const name = body.slice(i + 1, close);
    if (!NAME.test(name) || Object.hasOwn(out, name)) return undefined;
    const endTag = `</${name}>`;
    i = close + 1;
    let value = '';
    if (body.startsWith(CDATA_OPEN, i)) {
      while (body.startsWith(CDATA_OPEN, i)) {
        const stop = body.indexOf(']]>', i + CDATA_OPEN.length);
        if (stop < 0) return undefined;
        value += body.slice(i + CDATA_OPEN.length, stop);
        i = stop + 3;
      }
      if (!body.startsWith(endTag, i)) return undefined;
    } else {
      const stop = body.indexOf('<', i);
      if (stop < 0 || !body.startsWith(endTag, stop)) return undefined;
      value = body.slice(i, stop);
      if (value.includes('&')) return undefined;
      i = stop;
    }
    i += endTag.length;
    if (i > end) return undefined;
    out[name] = value;
    children++;
  }
  if (children === 0) return undefined;
  if (between !== '') out['#text'] = between;
  return out;
}

/** The general path (fast-xml-parser, entities off, values as strings), exported for the equivalence tests. */
export function parseGeneral(body: string): Record<string, string> {
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
  return (
    `<xml><ToUserName>` +
    `${cdata(r.toUser)}</ToUserName><FromUserName>` +
    `${cdata(r.fromUser)}</FromUserName><CreateTime>` +
    `${r.createTime}</CreateTime><MsgType>` +
    `${cdata('text')}</MsgType><Content>` +
    `${cdata(r.content)}</Content></xml>`
  );
}

export function encryptedEnvelopeXml(encrypt: string, signature: string, timestamp: string, nonce: string): string {
  return (
    `<xml><Encrypt>` +
    `${cdata(encrypt)}</Encrypt><MsgSignature>` +
    `${cdata(signature)}</MsgSignature><TimeStamp>` +
    `${timestamp}</TimeStamp><Nonce>` +
    `${cdata(nonce)}</Nonce></xml>`
  );
}
