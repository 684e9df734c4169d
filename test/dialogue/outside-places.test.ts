// Answering "where do you live?" with a place no city package covers (issue 21): said back, then
// told plainly which cities are covered and where to ask instead (12345, the local 乡镇/街道), not
// "not understood". Working there is not living there: asked again where the family lives.
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../bot/engine.ts';
import { MemorySessionStore } from '../../bot/memory-store.ts';
import { defaultParameters } from '../../screening/index.ts';
import { replyText } from '../support/transcripts.ts';

const clock = { now: () => new Date('2026-11-24T04:00:00Z'), today: () => '2026-11-24' };

async function play(says: string[]): Promise<string[]> {
  const store = new MemorySessionStore();
  const replies: string[] = [];
  for (const [i, text] of says.entries()) {
    const out = await handleMessage(
      { channel: 'test', userId: 'u1', text, ...(i === 0 ? { kind: 'start' as const } : {}) },
      { store, clock, parameters: defaultParameters() },
    );
    replies.push(replyText(out));
  }
  return replies;
}

describe('a place outside the cities covered', () => {
  it('where the family lives: said back, the cities covered, 12345 and the 乡镇（街道）', async () => {
    const [, reply] = await play(['你好', '俺们家在洛阳农村']);
    expect(reply).toContain('住在洛阳');
    expect(reply).toContain('运城市和阳江市');
    expect(reply).toContain('12345');
    expect(reply).toContain('乡镇（街道）');
    expect(reply).not.toContain('没看懂');
  });

  it('where someone works: asked again where the family lives', async () => {
    const [, reply, after] = await play(['你好', '我喺佛山返工', '阳西']);
    expect(reply).toContain('佛山');
    expect(reply).toContain('家里人住在哪个市');
    expect(reply).not.toContain('运城市和阳江市的政策');
    expect(after).toContain('阳西县');
  });
});
