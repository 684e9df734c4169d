// A slip owned in words with the right answer after it ("填错了，应该是三个人"): the last answer is
// taken back and the rest answers that question again, said back; nothing is recorded silently and
// the resident does not type it twice. Our own sentences, not the blind sets'.
import { describe, expect, it } from 'vitest';
import { understand } from '../../bot/understand/extract.ts';
import { defaultParameters } from '../../screening/index.ts';
import { chat } from '../support/chat.ts';

const parameters = defaultParameters();

describe('a slip owned, then the right answer', () => {
  it('takes the last answer back and reads the rest as its answer', async () => {
    const say = chat();
    await say('', true);
    await say('1');
    expect(await say('就我一个')).toContain('1');
    const r = await say('我填错了，人数应该是两个');
    expect(r).toContain('记下了');
    expect(r).toContain('2口人');
  });

  it('"上一个人数" is the question before, not one person; 人数 counts the household', () => {
    const read = (t: string) =>
      understand(t, { slot: 'members', household: {}, today: '2026-12-05', region: '140800', parameters });
    expect(read('上一个人数系四个').facts.find((f) => f.path === 'size')?.value).toBe(4);
    expect(read('屋企人数五个').facts.find((f) => f.path === 'size')?.value).toBe(5);
  });
});
