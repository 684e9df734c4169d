// Issue 21, round 9 (und9a): our own sentences. Casual work by the day, however irregular ("打几天短工",
// "打打零工", 粤 "有时做有时唔做"), is work; "一个也没有" is none (its 一个 is no count).
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';

const couple = {
  members: [
    { relation: 'self' as const, age: 58 },
    { relation: 'spouse' as const, age: 60 },
  ],
};

describe('casual work is work', () => {
  it('晋南: "冬天去县里打几天短工"', () => {
    const u = read('冬天俺去县里打几天短工', 'employed', '140800', couple);
    expect(value(u, 'members[0].employed')).toBe(true);
  });

  it('晋南: "老汉打打零工"', () => {
    const u = read('老汉闲了打打零工，挣不了几个', 'employed', '140800', couple);
    expect(value(u, 'members[1].employed')).toBe(true);
  });

  it('粤: "老公有时做有时唔做"', () => {
    const u = read('老公喺工地，有时做有时唔做', 'employed', '441700', couple);
    expect(value(u, 'members[1].employed')).toBe(true);
  });
});

describe('not one', () => {
  it('"一个也没有" is no, not a count of one', () => {
    const u = read('一个也没有，都在家种地', 'employed', '140800', couple);
    expect(u.yes).toBe(false);
    expect(u.leadingNo).toBe(true);
    expect(u.bare.some((b) => b.n.value === 1)).toBe(false);
  });

  it('粤: "一个都冇"', () => {
    const u = read('一个都冇，两个都老咗', 'employed', '441700', couple);
    expect(u.leadingNo).toBe(true);
  });
});
