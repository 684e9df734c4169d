// The WeChat crypto checks run by both test projects: on Node (test/wechat/vectors.test.ts) and
// inside workerd (test/workers/wechat-vectors.test.ts), since the module relies on node:crypto
// and the Workers host must be shown to provide it. Official vectors V1–V6, then the refusals
// the notes ask for: wrong signature, wrong appid, tampered ciphertext, a pad of 0 or above 32.
import { createCipheriv } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkSignature, createCipher, signatureOf, WechatCryptoError } from '../../adapters/wechat/crypto.ts';
import { base64ToBytes, bytesToBase64 } from '../../adapters/crypto/base64.ts';
import { OA_KEY, V1, V2, V3, V4, V5, V6 } from '../fixtures/wechat/vectors.ts';

/** What `decrypt` throws, as its WeChat error code. */
function failure(f: () => unknown): number | string {
  try {
    f();
    return 'no error';
  } catch (e) {
    return e instanceof WechatCryptoError ? e.code : String(e);
  }
}

/** A block sequence encrypted with the account key as WeChat would, whatever its (bad) padding. */
function rawEncrypt(plain: Uint8Array): string {
  const key = base64ToBytes(`${OA_KEY}=`)!;
  const c = createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  return bytesToBase64(new Uint8Array([...c.update(plain), ...c.final()]));
}

export function wechatVectorSuite(host: string): void {
  describe(`WeChat signatures and safe-mode cipher on ${host}`, () => {
    it('V5 and V6: signatures, and checks in either case of hex', () => {
      for (const v of [...V5, ...V6]) {
        expect(signatureOf(...v.parts)).toBe(v.signature);
        expect(checkSignature(v.signature, ...v.parts)).toBe(true);
        expect(checkSignature(v.signature.toUpperCase(), ...v.parts)).toBe(true);
      }
      expect(checkSignature('335b26997f05c82243aad6b10a2d1853637e71a9', ...V5[0].parts)).toBe(false);
      expect(checkSignature(undefined, ...V5[0].parts)).toBe(false);
      expect(checkSignature('335b', ...V5[0].parts)).toBe(false);
    });

    it('V1: deterministic encrypt of both sample replies with the fixed prefix, their msg_signature, and back', () => {
      const c = createCipher(V1.encodingAesKey, V1.appId);
      const random = new TextEncoder().encode(V1.random);
      expect(c.encrypt(V1.replyMsg, random)).toBe(V1.afterAesEncrypt);
      expect(c.encrypt(V1.replyMsg2, random)).toBe(V1.afterAesEncrypt2);
      expect(signatureOf(V1.token, V1.timestamp, V1.nonce, V1.afterAesEncrypt)).toBe(V1.msgSignature);
      expect(c.decrypt(V1.afterAesEncrypt)).toBe(V1.replyMsg);
      expect(c.decrypt(V1.afterAesEncrypt2)).toBe(V1.replyMsg2);
    });

    it('V2: msg_signature, then a decrypt whose pad is above 16; another appid is refused (-40005)', () => {
      expect(checkSignature(V2.msgSignature, V2.token, V2.timestamp, V2.nonce, V2.encrypt)).toBe(true);
      expect(checkSignature('invalid-signature', V2.token, V2.timestamp, V2.nonce, V2.encrypt)).toBe(false);
      expect(createCipher(V2.encodingAesKey, V2.appId).decrypt(V2.encrypt)).toBe(V2.plain);
      expect(failure(() => createCipher(V2.encodingAesKey, 'invalid appid').decrypt(V2.encrypt))).toBe(-40005);
    });

    it('V3: compatibility-mode sample with a 64-bit MsgId', () => {
      expect(checkSignature(V3.msgSignature, V3.token, V3.timestamp, V3.nonce, V3.encrypt)).toBe(true);
      expect(createCipher(V3.encodingAesKey, V3.appId).decrypt(V3.encrypt)).toBe(V3.plain);
    });

    it('V4: WeCom URL echostr and message (receive id as the appid, pad 30)', () => {
      const c = createCipher(V4.encodingAesKey, V4.receiveId);
      for (const v of [V4.echo, V4.message]) {
        expect(checkSignature(v.msgSignature, V4.token, v.timestamp, v.nonce, v.encrypt)).toBe(true);
        expect(c.decrypt(v.encrypt)).toBe(v.plain);
      }
    });

    it('refuses tampered ciphertext, bad base64, partial blocks, a pad of 0 or above 32, and a bad key', () => {
      const c = createCipher(OA_KEY, V1.appId);
      const bytes = base64ToBytes(V1.afterAesEncrypt)!;
      bytes[5] = bytes[5]! ^ 0xff;
      expect(failure(() => c.decrypt(bytesToBase64(bytes)))).toBeTypeOf('number');
      expect(failure(() => c.decrypt('not base64!'))).toBe(-40010);
      expect(failure(() => c.decrypt(bytesToBase64(new Uint8Array(15))))).toBe(-40008);
      for (const pad of [0, 33])
        expect(failure(() => c.decrypt(rawEncrypt(new Uint8Array(32).fill(pad))))).toBe(-40008);
      expect(failure(() => createCipher('short', 'x'))).toBe(-40004);
    });
  });
}
