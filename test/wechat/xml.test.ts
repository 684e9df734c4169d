// WeChat XML: values stay strings, entities are refused, CDATA in replies cannot be broken.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cdata,
  parseFlatXml,
  parseGeneral,
  parseWechatXml,
  textReplyXml,
  WechatXmlError,
} from '../../adapters/wechat/xml.ts';
import { SimulatedWechat } from './simulated-server.ts';

describe('WeChat XML', () => {
  it('keeps 64-bit MsgId, CreateTime and "007" as strings', () => {
    const x = parseWechatXml(
      '<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName>' +
        '<![CDATA[o1]]></FromUserName><CreateTime>' +
        '1409735668</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><!' +
        '[CDATA[007]]></Content><MsgId>6054768590064713728</MsgId></xml>',
    );
    expect(x).toMatchObject({
      Content: '007',
      MsgId: '6054768590064713728',
      CreateTime: '1409735668',
      MsgType: 'text',
    });
  });
  it('refuses DOCTYPE and entity declarations and malformed input', () => {
    expect(() => parseWechatXml('<!DOCTYPE x [<!ENTITY a "b">]><xml><Content>&a;</Content></xml>')).toThrow(
      WechatXmlError,
    );
    expect(() => parseWechatXml('<notxml/>')).toThrow(WechatXmlError);
    expect(() => parseWechatXml('')).toThrow(WechatXmlError);
  });
  it('escapes ]]> inside CDATA so user text cannot close it', () => {
    expect(cdata('您好 ]]> test')).toBe('<![CDATA[您好 ]]]]><![CDATA[> test]]>');
    const xml = textReplyXml({ toUser: 'o1', fromUser: 'gh_1', createTime: 1, content: 'a]]><b>x</b>' });
    const parsed = parseWechatXml(xml);
    expect(parsed['Content']).toBe('a]]><b>x</b>');
  });
});

describe('WeChat XML fast path', () => {
  // Mostly well-formed WeChat-like documents, with hostile pieces mixed in: CDATA edges,
  // entities, brackets, carriage returns, bad names, wrong closing tags, text between elements.
  const often = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: bad });
  const unit = often(
    fc.constantFrom('a', '7', ' ', '\n', '兜', '/', '"', '>', ']'),
    fc.constantFrom('\t', '\r', '<', '&', ']]>', '<![CDATA[', 'amp;', '</A>', '<xml>'),
  );
  const text = fc.string({ unit, maxLength: 8 });
  const name = often(
    fc.constantFrom('A', 'B', 'MsgId', 'Content', 'ToUserName'),
    fc.constantFrom('a', 'toString', '__proto__', 'A-b', 'A x="1"', 'B/', '#text', ''),
  );
  const value = fc.oneof(
    text,
    fc.array(text, { minLength: 1, maxLength: 3 }).map((parts) => parts.map((p) => `<![CDATA[${p}]]>`).join('')),
    text.map((t) => `<![CDATA[${t}]]>${t}`),
  );
  const element = fc
    .tuple(name, value, often(fc.constant(true), fc.constant(false)))
    .map(([n, v, closeRight]) => `<${n}>${v}</${closeRight ? n : 'Z'}>`);
  const sep = often(fc.constantFrom('', '\n', '  ', '\n  '), fc.constantFrom('\r\n', 'x', '\t', '<!-- c -->'));
  const doc = fc
    .tuple(
      often(fc.constant('<xml>'), fc.constantFrom(' <xml>', '<?xml version="1.0"?><xml>', '<XML>', '<xml >')),
      fc.array(fc.tuple(sep, element), { maxLength: 5 }),
      sep,
      often(fc.constant('</xml>'), fc.constantFrom('</xml>\n', '', '</xml><xml></xml>')),
    )
    .map(([open, els, last, close]) => `${open}${els.map(([s, e]) => s + e).join('')}${last}${close}`);

  it('whenever it accepts a document, reads it exactly as the general parser does', () => {
    let accepted = 0;
    fc.assert(
      fc.property(doc, (body) => {
        const fast = parseFlatXml(body);
        if (fast === undefined) return;
        accepted++;
        expect(fast).toEqual(parseGeneral(body));
      }),
      { numRuns: 4000, seed: 7 },
    );
    expect(accepted).toBeGreaterThan(250);
  });

  it('accepts what WeChat sends: compact, indented, and the safe-mode envelope', () => {
    const wx = new SimulatedWechat('t', 'wx0123456789abcdef', 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG');
    const inner = wx.textXml('oU', '你好 ]]> 测试 & <b>', '6054768590064713728');
    const outer = wx.delivery(inner, 'safe').body;
    const indented =
      '<xml>\n  <ToUserName><![CDATA[gh_1]]></ToUserName>\n  ' +
      '<CreateTime>1409735668</CreateTime>\n  <Content><!' +
      '[CDATA[007]]></Content>\n</xml>';
    for (const body of [
      inner,
      outer,
      indented,
      textReplyXml({ toUser: 'o', fromUser: 'g', createTime: 1, content: 'a]]>b' }),
    ]) {
      expect(parseFlatXml(body)).toBeDefined();
      expect(parseFlatXml(body)).toEqual(parseGeneral(body));
    }
  });
});
