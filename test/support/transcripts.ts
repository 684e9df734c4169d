/** Loads the channel-neutral transcripts and flattens replies to text for matching. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { OutboundMessage } from '../../bot/ports.ts';

export const Transcript = z.object({
  name: z.string(),
  tags: z.object({ village: z.string().optional(), region: z.string().optional() }).optional(),
  /**
   * Also run on the screening link: a link for `region`, starting at turn `skip` (the turns before choose the city,
   * which a link has already).
   */
  link: z.object({ region: z.string(), skip: z.number().int().min(0) }).optional(),
  turns: z
    .array(
      z.object({
        say: z.coerce.string(),
        expect: z.array(z.coerce.string()).optional(),
        absent: z.array(z.coerce.string()).optional(),
      }),
    )
    .min(1),
});
export type Transcript = z.infer<typeof Transcript>;

export function loadTranscripts(dir = join(import.meta.dirname, '..', 'transcripts')): Transcript[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => z.array(Transcript).parse(parse(readFileSync(join(dir, f), 'utf8'))));
}

export function replyText(out: readonly OutboundMessage[]): string {
  return out
    .map((m) => {
      if (m.type === 'choices') return `${m.text}\n${m.choices.map((c) => `${c.id}. ${c.label}`).join('\n')}`;
      if (m.type === 'text') return m.text;
      if (m.type === 'link') return `${m.text} ${m.url}`;
      return '';
    })
    .join('\n');
}
