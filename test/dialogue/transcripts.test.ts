// Runs the channel-neutral transcripts in test/transcripts/ against the dialogue engine with an
// in-memory session store. Channel adapters run the same files through their own wire formats.
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../bot/engine.ts';
import { MemorySessionStore } from '../../bot/memory-store.ts';
import { defaultParameters } from '../../screening/index.ts';
import { loadTranscripts, replyText } from '../support/transcripts.ts';

const clock = { now: () => new Date('2026-11-24T04:00:00Z'), today: () => '2026-11-24' };

describe('dialogue transcripts (engine)', () => {
  for (const t of loadTranscripts()) {
    it(t.name, async () => {
      const store = new MemorySessionStore();
      for (const [i, turn] of t.turns.entries()) {
        const out = await handleMessage(
          { channel: 'test', userId: 'u1', text: turn.say, ...(i === 0 ? { kind: 'start' as const } : {}) },
          { store, clock, parameters: defaultParameters() },
        );
        const text = replyText(out);
        for (const e of turn.expect ?? []) expect(text, `turn ${i + 1} "${turn.say}"`).toContain(e);
        for (const a of turn.absent ?? []) expect(text, `turn ${i + 1} "${turn.say}"`).not.toContain(a);
      }
    });
  }
});
