// WeChat safe-mode crypto against the official vectors V1–V6 (content/sources/wechat-telegram-notes.md), plus
// tampering, wrong appid, bad padding and round trips over message lengths.
import { createCipheriv } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCipher, verifySignature, wechatSignature, WechatCryptoError } from '../../adapters/wechat/crypto.ts';

const KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

describe('WeChat signatures', () => {
  it('V5: plaintext URL verification', async () => {
    expect(await wechatSignature('weixin', '1357982061', '1358161344')).toBe('335b26997f05c82243aad6b10a2d1853637e71a8');
    expect(await wechatSignature('huhujm', '1359208540', '1359227084')).toBe('efa917e2445cc9f0aa4386ca92f96de5a242e24e');
  });
  it('V6: small vectors', async () => {
    expect(await wechatSignature('RMNlACHlV5ThzfRlVS4D4', 'timestamp', 'nonce', 'encrypt')).toBe('8edac0945683c119ee71c9f6256d76c48aa08a96');
    expect(await wechatSignature('123', '345')).toBe('9f537aeb751ec72605f57f94a2f6dc3e3958e1dd');
  });
  it('rejects a wrong or missing signature', async () => {
    expect(await verifySignature('335b26997f05c82243aad6b10a2d1853637e71a9', 'weixin', '1357982061', '1358161344')).toBe(false);
    expect(await verifySignature(undefined, 'weixin', '1357982061', '1358161344')).toBe(false);
    expect(await verifySignature('335B26997F05C82243AAD6B10A2D1853637E71A8', 'weixin', '1357982061', '1358161344')).toBe(true);
  });
});

describe('WeChat safe-mode AES', () => {
  it('V1: deterministic encrypt with the Tencent sample prefix, and its msg_signature', async () => {
    const c = await createCipher(KEY, 'wxb11529c136998cb6');
    const random = new TextEncoder().encode('aaaabbbbccccdddd');
    const enc = await c.encrypt('我是中文abcd123', random);
    expect(enc).toBe('jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==');
    expect(await c.decrypt(enc)).toBe('我是中文abcd123');
    expect(await wechatSignature('pamtest', '1409304348', 'xxxxxx', enc)).toBe('82c962d39941aa48552f90ef55aa323dc620cc10');
  });

  it('V2: inbound decrypt with a pad above 16 (the WebCrypto pitfall)', async () => {
    const c = await createCipher(KEY, 'wxb11529c136998cb6');
    const encrypt =
      'rTNFcsut4LfGuAFKEUVVpwcaCOTJzOd9twZdIW910jb3k+iicx2uvhttIZ3Qg9Qgty3BEF2xbOrz6boTfb30dMomcgrkTqdFPwnhqbk+kIQ7rZiwny9D7NUrTgA5kpX3KsZvrXzUZyP2x9YOlxbgm572lmxKvM7HAQQhIQ/p6HBmoY30bGXFK0BtIu1pW9TjhOYrLQoU18nWYjWqDA1ynkmOytpv7QRI1P1+0NoxL0q2zO1DgeSvnE8CZGo/o5Ap/WHK5W2RAsinpzN4/LjPnmB6U01I5XCoJoC0GK/yMZycd2Oh8Nq6+wBkC1U85oy0ktOY4nLvsQMLrourmMGdZHuTbqpeJ8Ao/5PRYJ+WBvRUwPfGKBL2+2IKZF49vAJqkcGWSHGE76ZN2erXeuNazf/o9o3lIE3q739o4c8t9QGPe31GT2Go/rOz1BsrASwvauNulCh+++yz+CQzBIuikA==';
    expect(await verifySignature('4f3ad57b6989f09f4eb392acce4f9e93942ed890', 'pamtest', '1458300676', '260774613', encrypt)).toBe(true);
    const xml = await c.decrypt(encrypt);
    expect(xml).toContain('<Content><![CDATA[hello]]></Content>');
    expect(xml).toContain('<FromUserName><![CDATA[asdasdasdsadasd]]></FromUserName>');
    await expect((await createCipher(KEY, 'invalid appid')).decrypt(encrypt)).rejects.toMatchObject({ code: -40005 });
  });

  it('V3: compatibility-mode sample with a 64-bit MsgId', async () => {
    const c = await createCipher(KEY, 'wx2c2769f8efd9abc2');
    const encrypt =
      'hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9FrXpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3yt+WGzjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0VxpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1v6h0EIBYYI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE=';
    expect(await verifySignature('5d197aaffba7e9b25a30732f161a50dee96bd5fa', 'spamtest', '1409735669', '1320562132', encrypt)).toBe(true);
    expect(await c.decrypt(encrypt)).toContain('<MsgId>6054768590064713728</MsgId>');
  });

  it('V4: WeCom vectors (receive id in place of the appid, pad 30)', async () => {
    const c = await createCipher('jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C', 'wx5823bf96d3bd56c7');
    const echostr = 'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==';
    expect(await verifySignature('5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3', 'QDG6eK', '1409659589', '263014780', echostr)).toBe(true);
    expect(await c.decrypt(echostr)).toBe('1616140317555161061');
    const encrypt =
      'RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==';
    expect(await verifySignature('477715d11cdb4164915debcba66cb864d751f3e6', 'QDG6eK', '1409659813', '1372623149', encrypt)).toBe(true);
    expect(await c.decrypt(encrypt)).toContain('<MsgId>4561255354251345929</MsgId>');
  });

  it('round-trips every message length 0–80 (all pad values), matching an independent node:crypto encryption', async () => {
    const c = await createCipher(KEY, 'wxb11529c136998cb6');
    const raw = Buffer.from(`${KEY}=`, 'base64');
    for (let n = 0; n <= 80; n++) {
      const msg = '兜'.repeat(n % 7) + 'x'.repeat(n);
      const random = new Uint8Array(16).fill(n);
      const enc = await c.encrypt(msg, random);
      // Independent reference: node:crypto with auto-padding off, padding to 32 by hand.
      const body = Buffer.concat([Buffer.from(random), Buffer.alloc(4), Buffer.from(msg), Buffer.from('wxb11529c136998cb6')]);
      body.writeUInt32BE(Buffer.byteLength(msg), 16);
      const pad = 32 - (body.length % 32);
      const cipher = createCipheriv('aes-256-cbc', raw, raw.subarray(0, 16)).setAutoPadding(false);
      const ref = Buffer.concat([cipher.update(Buffer.concat([body, Buffer.alloc(pad, pad)])), cipher.final()]).toString('base64');
      expect(enc).toBe(ref);
      expect(await c.decrypt(enc)).toBe(msg);
    }
  });

  it('rejects tampered ciphertext, bad base64, bad padding and a bad key', async () => {
    const c = await createCipher(KEY, 'wxb11529c136998cb6');
    const enc = await c.encrypt('hello');
    const bytes = Buffer.from(enc, 'base64');
    bytes[5] = (bytes[5] ?? 0) ^ 0xff;
    await expect(c.decrypt(bytes.toString('base64'))).rejects.toBeInstanceOf(WechatCryptoError);
    await expect(c.decrypt('not base64!')).rejects.toMatchObject({ code: -40010 });
    await expect(c.decrypt(Buffer.alloc(15).toString('base64'))).rejects.toMatchObject({ code: -40008 });
    // A block whose last byte is 0 (pad 0) or above 32.
    const raw = Buffer.from(`${KEY}=`, 'base64');
    for (const padByte of [0, 33]) {
      const cipher = createCipheriv('aes-256-cbc', raw, raw.subarray(0, 16)).setAutoPadding(false);
      const block = Buffer.alloc(32, padByte);
      const bad = Buffer.concat([cipher.update(block), cipher.final()]).toString('base64');
      await expect(c.decrypt(bad)).rejects.toMatchObject({ code: -40008 });
    }
    await expect(createCipher('short', 'x')).rejects.toMatchObject({ code: -40004 });
  });
});

describe('SHA-1', () => {
  it('matches node:crypto for lengths 0–300 and non-ASCII text', async () => {
    const { createHash } = await import('node:crypto');
    const { sha1Hex } = await import('../../adapters/wechat/sha1.ts');
    for (let n = 0; n <= 300; n++) {
      const s = '兜a'.repeat(n).slice(0, n);
      expect(sha1Hex(s)).toBe(createHash('sha1').update(s).digest('hex'));
    }
  });
});
