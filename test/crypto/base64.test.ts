// The shared base64 codec (WeChat cipher, personal-data sealer, password hashes) agrees with
// Buffer both ways on any bytes, and refuses anything that is not padded standard base64.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../adapters/crypto/base64.ts';

describe('base64', () => {
  it('matches Buffer both ways on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const b64 = bytesToBase64(bytes);
        expect(b64).toBe(Buffer.from(bytes).toString('base64'));
        expect([...base64ToBytes(b64)!]).toEqual([...bytes]);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses what is not padded standard base64', () => {
    for (const bad of ['abc', 'ab=c', '=abc', 'a===', 'ab-_', 'ab c', 'YWJj\n', '中文中文', 'YQ==YQ=='])
      expect(base64ToBytes(bad), bad).toBeUndefined();
    expect(base64ToBytes('')).toEqual(new Uint8Array(0));
  });
});
