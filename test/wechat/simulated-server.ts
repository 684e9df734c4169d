/**
 * A simulated WeChat server for tests: signs and encrypts deliveries with node:crypto (an
 * implementation independent of adapters/wechat/crypto.ts) and decrypts the replies.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export class SimulatedWechat {
  private readonly key: Buffer;
  constructor(
    readonly token: string,
    readonly appId: string,
    readonly encodingAesKey: string,
  ) {
    this.key = Buffer.from(`${encodingAesKey}=`, 'base64');
  }

  sign(...parts: string[]): string {
    return createHash('sha1')
      .update([...parts].sort().join(''))
      .digest('hex');
  }

  encrypt(xml: string): string {
    const msg = Buffer.from(xml);
    const body = Buffer.concat([randomBytes(16), Buffer.alloc(4), msg, Buffer.from(this.appId)]);
    body.writeUInt32BE(msg.length, 16);
    const pad = 32 - (body.length % 32);
    const c = createCipheriv('aes-256-cbc', this.key, this.key.subarray(0, 16)).setAutoPadding(false);
    return Buffer.concat([c.update(Buffer.concat([body, Buffer.alloc(pad, pad)])), c.final()]).toString('base64');
  }

  decrypt(encrypt: string): string {
    const d = createDecipheriv('aes-256-cbc', this.key, this.key.subarray(0, 16)).setAutoPadding(false);
    const plain = Buffer.concat([d.update(Buffer.from(encrypt, 'base64')), d.final()]);
    const pad = plain[plain.length - 1]!;
    const body = plain.subarray(16, plain.length - pad);
    const len = body.readUInt32BE(0);
    if (body.subarray(4 + len).toString() !== this.appId) throw new Error('reply appid mismatch');
    return body.subarray(4, 4 + len).toString();
  }

  textXml(from: string, content: string, msgId: string, createTime = '1700000000'): string {
    return (
      `<xml><ToUserName><![CDATA[gh_test]]></ToUserName>` +
      `<FromUserName>` +
      `<![CDATA[${from}]]></FromUserName><CreateTime>` +
      `${createTime}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content>` +
      `<![CDATA[` +
      `${content.replaceAll(']]>', ']]]]><![CDATA[>')}]]></Content><MsgId>` +
      `${msgId}</MsgId></xml>`
    );
  }

  /** URL and body of a delivery in plaintext or safe mode. */
  delivery(
    innerXml: string,
    mode: 'plain' | 'safe',
    timestamp = String(Math.floor(Date.now() / 1000)),
  ): { url: string; body: string } {
    const nonce = String(Math.floor(Math.random() * 1e9));
    const signature = this.sign(this.token, timestamp, nonce);
    if (mode === 'plain')
      return { url: `/wechat?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}`, body: innerXml };
    const encrypt = this.encrypt(innerXml);
    const msgSignature = this.sign(this.token, timestamp, nonce, encrypt);
    return {
      url:
        `/wechat?` +
        `signature=${signature}&timestamp=` +
        `${timestamp}&nonce=` +
        `${nonce}&openid=o1&encrypt_type=aes&msg_signature=` +
        `${msgSignature}`,
      body: `<xml><ToUserName><![CDATA[gh_test]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
    };
  }

  /** Check the reply envelope's signature and decrypt it. */
  openReply(xml: string): string {
    const get = (tag: string) =>
      xml.match(new RegExp(`<${tag}>(?:<!\\[CDATA\\[)?(.*?)(?:\\]\\]>)?</${tag}>`))?.[1] ?? '';
    const encrypt = get('Encrypt');
    if (this.sign(this.token, get('TimeStamp'), get('Nonce'), encrypt) !== get('MsgSignature'))
      throw new Error('reply signature mismatch');
    return this.decrypt(encrypt);
  }
}
