// The plain-TypeScript AES-256-CBC (adapters/wechat/aes.ts) against FIPS 197, WebCrypto and
// node:crypto, and the WeChat cipher built on it against a WebCrypto implementation of
// WXBizMsgCrypt (the synthetic-block workaround the first version used).
import { createCipheriv } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aesCbcDecrypt, aesCbcEncrypt, expandAes256Key } from '../../adapters/wechat/aes.ts';
import { base64ToBytes, bytesToBase64, createCipherSync } from '../../adapters/wechat/crypto.ts';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const fromHex = (h: string) => new Uint8Array(Buffer.from(h, 'hex'));

async function webCryptoCbc(key: Uint8Array<ArrayBuffer>, iv: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const k = await crypto.subtle.importKey('raw', key, { name: 'AES-CBC' }, false, ['encrypt']);
  // WebCrypto always adds a 16-byte PKCS#7 block on whole-block input: drop it.
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-CBC', iv }, k, data)).slice(0, data.length);
}

/** WXBizMsgCrypt on WebCrypto alone, as first shipped: an independent reference for the pure cipher. */
async function webCryptoWechat(encodingAesKey: string, appId: string) {
  const raw = base64ToBytes(`${encodingAesKey}=`);
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
      const data = base64ToBytes(encrypt);
      const last = data.slice(data.length - 16);
      const extra = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-CBC', iv: last }, key, new Uint8Array(16).fill(16))).slice(0, 16);
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

describe('AES-256-CBC in plain TypeScript', () => {
  it('FIPS 197 appendix C.3 (AES-256 single block) both ways', () => {
    const key = expandAes256Key(fromHex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'));
    const zero = new Uint8Array(16);
    const ct = aesCbcEncrypt(key, zero, fromHex('00112233445566778899aabbccddeeff'));
    expect(hex(ct)).toBe('8ea2b7ca516745bfeafc49904b496089');
    expect(hex(aesCbcDecrypt(key, zero, ct))).toBe('00112233445566778899aabbccddeeff');
  });

  it('NIST SP 800-38A F.2.5 (CBC-AES256 encrypt, four blocks)', () => {
    const key = expandAes256Key(fromHex('603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4'));
    const iv = fromHex('000102030405060708090a0b0c0d0e0f');
    const pt = fromHex(
      '6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710',
    );
    const ct = aesCbcEncrypt(key, iv, pt);
    expect(hex(ct)).toBe(
      'f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d39f23369a9d9bacfa530e26304231461b2eb05e2c39be9fcda6c19078c6a9d1b',
    );
    expect(hex(aesCbcDecrypt(key, iv, ct))).toBe(hex(pt));
  });

  it('matches WebCrypto and node:crypto on random keys, IVs and lengths, and inverts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        fc.integer({ min: 0, max: 40 }).chain((blocks) => fc.uint8Array({ minLength: blocks * 16, maxLength: blocks * 16 })),
        async (rawKey, iv, data) => {
          const key = expandAes256Key(rawKey);
          const ours = aesCbcEncrypt(key, iv, data);
          expect(hex(ours)).toBe(hex(await webCryptoCbc(new Uint8Array(rawKey), new Uint8Array(iv), new Uint8Array(data))));
          const node = createCipheriv('aes-256-cbc', rawKey, iv).setAutoPadding(false);
          expect(hex(ours)).toBe(Buffer.concat([node.update(data), node.final()]).toString('hex'));
          expect(hex(aesCbcDecrypt(key, iv, ours))).toBe(hex(data));
        },
      ),
      { numRuns: 150, seed: 4 },
    );
  });

  it('refuses partial blocks, short IVs and keys other than 32 bytes', () => {
    const key = expandAes256Key(new Uint8Array(32));
    expect(() => aesCbcEncrypt(key, new Uint8Array(16), new Uint8Array(15))).toThrow(RangeError);
    expect(() => aesCbcDecrypt(key, new Uint8Array(8), new Uint8Array(16))).toThrow(RangeError);
    expect(() => expandAes256Key(new Uint8Array(16))).toThrow(RangeError);
  });
});

describe('WeChat cipher: pure AES against a WebCrypto-only WXBizMsgCrypt', () => {
  it('same ciphertext for the same random prefix, and each opens the other, over any message', async () => {
    const KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
    const pure = createCipherSync(KEY, 'wxb11529c136998cb6');
    const web = await webCryptoWechat(KEY, 'wxb11529c136998cb6');
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.uint8Array({ minLength: 16, maxLength: 16 }), async (msg, random) => {
        const a = pure.encrypt(msg, random);
        expect(a).toBe(await web.encrypt(msg, random));
        expect(await web.decrypt(a)).toBe(msg);
        expect(pure.decrypt(a)).toBe(msg);
      }),
      { numRuns: 200, seed: 8 },
    );
  });
});

describe('base64', () => {
  it('bytesToBase64 matches Buffer for every length 0–100 and round-trips through base64ToBytes', () => {
    const bytes = new Uint8Array(100).map((_, i) => (i * 151 + 7) & 0xff);
    for (let n = 0; n <= 100; n++) {
      const b = bytes.subarray(0, n);
      const s = bytesToBase64(b);
      expect(s).toBe(Buffer.from(b).toString('base64'));
      expect(hex(base64ToBytes(s))).toBe(hex(b));
    }
  });
});
