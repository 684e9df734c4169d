// Reply rendering: long replies split on line boundaries within WeChat's byte limit, exactly as
// the first (TextEncoder-per-candidate) version did.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES, splitByBytes, toWechatText, utf8Length } from '../../adapters/wechat/render.ts';

/** The original implementation, kept as the reference. */
function splitByBytesReference(text: string, max: number): string[] {
  const te = new TextEncoder();
  if (text === '') return [];
  const chunks: string[] = [];
  let cur = '';
  for (const line of text.split('\n')) {
    const candidate = cur === '' ? line : `${cur}\n${line}`;
    if (te.encode(candidate).length <= max) {
      cur = candidate;
      continue;
    }
    if (cur !== '') chunks.push(cur);
    cur = '';
    let piece = '';
    for (const ch of line) {
      if (te.encode(piece + ch).length > max) {
        chunks.push(piece);
        piece = '';
      }
      piece += ch;
    }
    cur = piece;
  }
  if (cur !== '') chunks.push(cur);
  return chunks;
}

const unit = fc.constantFrom('a', ' ', '\n', '\n\n', '兜', '底', 'é', '😀', '\ud800', '\udc00', '。');

describe('WeChat reply splitting', () => {
  it('utf8Length equals the TextEncoder length, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (s) => {
        expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
      }),
      { numRuns: 2000, seed: 3 },
    );
  });

  it('splits exactly as the reference over random texts and limits', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), fc.integer({ min: 4, max: 40 }), (text, max) => {
        expect(splitByBytes(text, max)).toEqual(splitByBytesReference(text, max));
      }),
      { numRuns: 3000, seed: 5 },
    );
  });

  it('keeps every chunk of a long reply within the limit', () => {
    const long = Array.from({ length: 300 }, (_, i) => `第${i}条：低保、特困、临时救助的说明文字`).join('\n');
    const chunks = toWechatText([{ type: 'text', text: long }]);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(new TextEncoder().encode(c).length).toBeLessThanOrEqual(MAX_TEXT_BYTES);
    expect(chunks.join('\n')).toBe(long);
  });
});
