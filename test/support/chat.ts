/**
 * One resident's chat with the engine in memory, for dialogue tests: each call sends a message (or
 * the start, with `true`) and returns the replies as one text, on a fixed day; `play` runs a whole
 * dialogue and checks what each reply says and does not say.
 */
import { expect } from 'vitest';
import { handleMessage } from '../../bot/engine.ts';
import { MemorySessionStore } from '../../bot/memory-store.ts';
import { defaultParameters } from '../../screening/index.ts';
import { replyText } from './transcripts.ts';

export function chat(parameters = defaultParameters()) {
  const store = new MemorySessionStore();
  const now = new Date('2026-12-05T04:00:00Z');
  const clock = { now: () => now, today: () => '2026-12-05' };
  return async (text: string, start = false) =>
    replyText(
      await handleMessage(
        { channel: 'test', userId: 'u', text, ...(start ? { kind: 'start' as const } : {}) },
        { store, clock, parameters },
      ),
    );
}

export type Turn = { say: string; expect?: string[]; absent?: string[] };

/** A whole dialogue, the first turn as the start unless `opens` is false, every reply checked. */
export async function play(turns: Turn[], opens = true): Promise<void> {
  const store = new MemorySessionStore();
  const clock = { now: () => new Date('2026-11-24T04:00:00Z'), today: () => '2026-11-24' };
  for (const [i, turn] of turns.entries()) {
    const out = await handleMessage(
      { channel: 'test', userId: 'u1', text: turn.say, ...(i === 0 && opens ? { kind: 'start' as const } : {}) },
      { store, clock, parameters: defaultParameters() },
    );
    const text = replyText(out);
    for (const e of turn.expect ?? []) expect(text, `turn ${i + 1} "${turn.say}"`).toContain(e);
    for (const a of turn.absent ?? []) expect(text, `turn ${i + 1} "${turn.say}"`).not.toContain(a);
  }
}
