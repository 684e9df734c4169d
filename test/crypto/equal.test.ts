// Constant-time equality (node:crypto timingSafeEqual underneath): equal only for the same
// bytes, never for a prefix, another length or another case, and over UTF-8 for text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equalBytes, equalText } from '../../adapters/crypto/equal.ts';

describe('equalText / equalBytes', () => {
  it('agree with === on any two strings', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        (a, b) => {
          expect(equalText(a, b)).toBe(a === b);
          expect(equalText(a, a)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuse a prefix, another case, and bytes of another length', () => {
    expect(equalText('Bearer abc', 'Bearer ab')).toBe(false);
    expect(equalText('abcdef', 'ABCDEF')).toBe(false);
    expect(equalText('兜底', '兜底')).toBe(true);
    expect(equalBytes(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
    expect(equalBytes(new Uint8Array(0), new Uint8Array(0))).toBe(true);
  });
});
