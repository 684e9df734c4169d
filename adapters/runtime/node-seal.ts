/**
 * Sealing primitives on Node's synchronous node:crypto: the same AES-256-GCM and HMAC-SHA-256 as
 * WebCrypto (tests check each opens the other's output), without a thread-pool round trip per
 * call. Node only, so it lives with the Node host.
 */
import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto';
import type { SealPrimitivesFactory } from '../crypto/sealer.ts';

const TAG = 16;

export const nodeSealPrimitives: SealPrimitivesFactory = ({ aes, mac }) => ({
  encrypt(iv, plain) {
    const c = createCipheriv('aes-256-gcm', aes, iv);
    const out = Buffer.concat([c.update(plain), c.final(), c.getAuthTag()]);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
  decrypt(iv, sealed) {
    if (sealed.length < TAG) throw new Error('sealed value too short');
    const d = createDecipheriv('aes-256-gcm', aes, iv);
    d.setAuthTag(sealed.subarray(sealed.length - TAG));
    const out = Buffer.concat([d.update(sealed.subarray(0, sealed.length - TAG)), d.final()]);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
  hmac(data) {
    return createHmac('sha256', mac).update(data).digest();
  },
});
