// The WeChat cipher on node:crypto against an independent WXBizMsgCrypt written on WebCrypto
// alone (the synthetic-block workaround the first version shipped): the same ciphertext for the
// same random prefix over any message and every pad length 1..32, each opening the other's
// output. The official vectors are in ./vector-suite.ts (run on Node and in workerd).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../adapters/crypto/base64.ts';
import { createCipher } from '../../adapters/wechat/crypto.ts';
import { OA_KEY } from '../fixtures/wechat/vectors.ts';

const APPID = 'wxb11529c136998cb6';

/** WXBizMsgCrypt on WebCrypto: pads to 32 by hand, drops or adds WebCrypto's extra PKCS#7 block. */
async function webCryptoWechat(encodingAesKey: string, appId: string) {
  const raw = base64ToBytes(`${encodingAesKey}=`)!;
  const iv = raw.slice(0, 16);
  const key = await crypto.subtle.importKey('raw', raw, { name: 'AES-CBC' }, false, ['encrypt', 'decrypt']);
  return {
    async encrypt(message: string, random: Uint8Array): Promise<string> {
      const msg = new TextEncoder().encode(message);
      const id = new TextEncoder().encode(appId);
      const len = 16 + 4 + msg.length + id.length;
      const pad = 32 - (len % 32);
      const buf = new Uint8Array(len + pad);
      buf.set(random, 0);
      new DataView(buf.buffer).setUint32(16, msg.length);
      buf.set(msg, 20);
      buf.set(id, 20 + msg.length);
      buf.fill(pad, len);
      const out = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-CBC', iv }, key, buf));
      return bytesToBase64(out.subarray(0, buf.length));
    },
    async decrypt(encrypt: string): Promise<string> {
      const data = base64ToBytes(encrypt)!;
      const last = data.slice(data.length - 16);
      const extra = new Uint8Array(
        await crypto.subtle.encrypt({ name: 'AES-CBC', iv: last }, key, new Uint8Array(16).fill(16)),
      ).slice(0, 16);
      const joined = new Uint8Array(data.length + 16);
      joined.set(data);
      joined.set(extra, data.length);
      const plain = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-CBC', iv }, key, joined));
      const pad = plain[plain.length - 1]!;
      const body = plain.subarray(16, plain.length - pad);
      const len = new DataView(body.buffer, body.byteOffset, 4).getUint32(0);
      return new TextDecoder().decode(body.subarray(4, 4 + len));
    },
  };
}

describe('WeChat cipher against a WebCrypto-only WXBizMsgCrypt', () => {
  it('every pad length 1..32: the same ciphertext, opened by both', async () => {
    const ours = createCipher(OA_KEY, APPID);
    const web = await webCryptoWechat(OA_KEY, APPID);
    const pads = new Set<number>();
    for (let n = 0; n < 32; n++) {
      const msg = 'x'.repeat(n);
      const random = new Uint8Array(16).fill(n);
      const a = ours.encrypt(msg, random);
      pads.add(32 - ((16 + 4 + n + APPID.length) % 32));
      expect(a).toBe(await web.encrypt(msg, random));
      expect(await web.decrypt(a)).toBe(msg);
      expect(ours.decrypt(a)).toBe(msg);
    }
    expect(pads.size).toBe(32);
  });

  it('any message, any prefix', async () => {
    const ours = createCipher(OA_KEY, APPID);
    const web = await webCryptoWechat(OA_KEY, APPID);
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 120 }),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        async (msg, random) => {
          const a = ours.encrypt(msg, random);
          expect(a).toBe(await web.encrypt(msg, random));
          expect(await web.decrypt(a)).toBe(msg);
          expect(ours.decrypt(a)).toBe(msg);
        },
      ),
      { numRuns: 200, seed: 8 },
    );
  });

  it('a random prefix of its own when none is given: two encryptions differ, both open', () => {
    const ours = createCipher(OA_KEY, APPID);
    const [a, b] = [ours.encrypt('同一句话'), ours.encrypt('同一句话')];
    expect(a).not.toBe(b);
    expect([ours.decrypt(a), ours.decrypt(b)]).toEqual(['同一句话', '同一句话']);
  });
});
