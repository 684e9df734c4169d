/**
 * Standard base64 with padding, shared by the WeChat cipher and the personal-data sealer. By
 * table into ASCII bytes, decoded once (ASCII is valid UTF-8), rather than `btoa` over a string
 * built a character at a time, which cost ~10× more on Node; decoding by table too.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_CODES = Uint8Array.from(B64, (ch) => ch.charCodeAt(0));
const ascii = new TextDecoder();

export function bytesToBase64(bytes: Uint8Array): string {
  const n = bytes.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4);
  let i = 0;
  let j = 0;
  for (; i + 2 < n; i += 3) {
    const x = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[j++] = B64_CODES[x >> 18]!;
    out[j++] = B64_CODES[(x >> 12) & 63]!;
    out[j++] = B64_CODES[(x >> 6) & 63]!;
    out[j++] = B64_CODES[x & 63]!;
  }
  if (i < n) {
    const two = i + 1 < n;
    const x = (bytes[i]! << 16) | (two ? bytes[i + 1]! << 8 : 0);
    out[j++] = B64_CODES[x >> 18]!;
    out[j++] = B64_CODES[(x >> 12) & 63]!;
    out[j++] = two ? B64_CODES[(x >> 6) & 63]! : 61;
    out[j++] = 61;
  }
  return ascii.decode(out);
}

const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) DECODE[B64.charCodeAt(i)] = i;

/** Decodes standard padded base64 by table; undefined when `b64` is not valid base64. */
export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> | undefined {
  const n = b64.length;
  if (n % 4 !== 0) return undefined;
  const pad = n === 0 ? 0 : b64[n - 1] === '=' ? (b64[n - 2] === '=' ? 2 : 1) : 0;
  const out = new Uint8Array((n / 4) * 3 - pad);
  let j = 0;
  for (let i = 0; i < n; i += 4) {
    const a = DECODE[b64.charCodeAt(i)] ?? -1;
    const b = DECODE[b64.charCodeAt(i + 1)] ?? -1;
    const last = i + 4 === n;
    const c = last && pad === 2 ? 0 : (DECODE[b64.charCodeAt(i + 2)] ?? -1);
    const d = last && pad >= 1 ? 0 : (DECODE[b64.charCodeAt(i + 3)] ?? -1);
    if ((a | b | c | d) < 0) return undefined;
    const x = (a << 18) | (b << 12) | (c << 6) | d;
    out[j++] = x >> 16;
    if (j < out.length) out[j++] = (x >> 8) & 255;
    if (j < out.length) out[j++] = x & 255;
  }
  return out;
}
