// WeChat XML: values stay strings, entities are refused, CDATA in replies cannot be broken.
import { describe, expect, it } from 'vitest';
import { cdata, parseWechatXml, textReplyXml, WechatXmlError } from '../../adapters/wechat/xml.ts';

describe('WeChat XML', () => {
  it('keeps 64-bit MsgId, CreateTime and "007" as strings', () => {
    const x = parseWechatXml(
      '<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o1]]></FromUserName><CreateTime>1409735668</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[007]]></Content><MsgId>6054768590064713728</MsgId></xml>',
    );
    expect(x).toMatchObject({ Content: '007', MsgId: '6054768590064713728', CreateTime: '1409735668', MsgType: 'text' });
  });
  it('refuses DOCTYPE and entity declarations and malformed input', () => {
    expect(() => parseWechatXml('<!DOCTYPE x [<!ENTITY a "b">]><xml><Content>&a;</Content></xml>')).toThrow(WechatXmlError);
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
