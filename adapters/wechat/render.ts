/**
 * OutboundMessage[] → WeChat text. Numbered choices become numbered lines (residents reply
 * with the number); long replies are split on line boundaries within WeChat's text limit.
 */
import { Buffer } from 'node:buffer';
import type { OutboundMessage } from '../../bot/ports.ts';

/** WeChat's text content limit is 2048 bytes of UTF-8; keep a margin. */
export const MAX_TEXT_BYTES = 2000;

export function toWechatText(out: readonly OutboundMessage[]): string[] {
  const parts = out.flatMap((m): string[] => {
    if (m.type === 'text') return [m.text];
    if (m.type === 'choices')
      return [`${m.text}\n${m.choices.map((c) => `${c.id}. ${c.label}`).join('\n')}\n（请回复数字）`];
    if (m.type === 'link') return [`${m.text}\n${m.url}`];
    return [];
  });
  return splitByBytes(parts.join('\n\n'), MAX_TEXT_BYTES);
}

/**
 * UTF-8 length of a string without encoding it (a lone surrogate counts as U+FFFD, 3 bytes, as TextEncoder writes it).
 */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function splitByBytes(text: string, max: number): string[] {
  if (text === '') return [];
  // Most answers fit in one message: one native count of the whole text, not one JS count a line
  // (leading line breaks excepted, which the loop below drops).
  if (text.charCodeAt(0) !== 0x0a && Buffer.byteLength(text, 'utf8') <= max) return [text];
  const chunks: string[] = [];
  let cur = '';
  let curBytes = 0;
  for (const line of text.split('\n')) {
    const lineBytes = utf8Length(line);
    const candidateBytes = cur === '' ? lineBytes : curBytes + 1 + lineBytes;
    if (candidateBytes <= max) {
      cur = cur === '' ? line : `${cur}\n${line}`;
      curBytes = candidateBytes;
      continue;
    }
    if (cur !== '') chunks.push(cur);
    cur = '';
    // A single line longer than the limit is cut by characters.
    let piece = '';
    let pieceBytes = 0;
    for (const ch of line) {
      const chBytes = utf8Length(ch);
      if (pieceBytes + chBytes > max) {
        chunks.push(piece);
        piece = '';
        pieceBytes = 0;
      }
      piece += ch;
      pieceBytes += chBytes;
    }
    cur = piece;
    curBytes = pieceBytes;
  }
  if (cur !== '') chunks.push(cur);
  return chunks;
}
