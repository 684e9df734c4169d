/**
 * One resident's chat with the engine in memory, for dialogue tests: each call sends a message (or
 * the start, with `true`) and returns the replies as one text, on a fixed day.
 */
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
