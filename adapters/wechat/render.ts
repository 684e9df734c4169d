/**
 * OutboundMessage[] → WeChat text. Numbered choices become numbered lines (residents reply
 * with the number); long replies are split on line boundaries within WeChat's text limit.
 */
import type { OutboundMessage } from '../../bot/ports.ts';

/** WeChat's text content limit is 2048 bytes of UTF-8; keep a margin. */
export const MAX_TEXT_BYTES = 2000;

export function toWechatText(out: readonly OutboundMessage[]): string[] {
  const parts = out.flatMap((m): string[] => {
    if (m.type === 'text') return [m.text];
    if (m.type === 'choices') return [`${m.text}\n${m.choices.map((c) => `${c.id}. ${c.label}`).join('\n')}\n（请回复数字）`];
    if (m.type === 'link') return [`${m.text}\n${m.url}`];
    return [];
  });
  return splitByBytes(parts.join('\n\n'), MAX_TEXT_BYTES);
}

const te = new TextEncoder();

export function splitByBytes(text: string, max: number): string[] {
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
    // A single line longer than the limit is cut by characters.
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
