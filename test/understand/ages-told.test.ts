// Issue 21, round 7 (und7a): ages as residents tell them, our own sentences. 哦不/哦唔系 before a
// figure takes back the age just said; a child named with a school level and no age is of that
// level's ages (said back as a range); "我们都…" after a couple and a child is the couple.
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';

describe('an age taken back', () => {
  it('哦不 before the figure corrects the age just said, not a new member', () => {
    const u = read('俺六十八，哦不六十九，老汉七十二', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[0].age')).toBe(69);
  });

  it('粤: 哦唔系', () => {
    const u = read('我阿妈八十，哦唔系八十一，我五十五', 'members', '441700');
    expect(value(u, 'members[1].age')).toBe(81);
  });
});

describe('a school level and no age', () => {
  it('初中 is 12–15, 小学 6–12', () => {
    const u = read('我同老婆，两个孙，大孙读初中，细孙读小学', 'members', '441700');
    expect(u.facts.find((f) => f.path === 'members[2].age')?.range).toEqual([12, 15]);
    expect(u.facts.find((f) => f.path === 'members[3].age')?.range).toEqual([6, 12]);
  });

  it('an age said wins over the level', () => {
    const u = read('俺五十，闺女上高中十六', 'members');
    expect(value(u, 'members[1].age')).toBe(16);
  });

  it('a university student’s age is not guessed', () => {
    const u = read('我四十八，个仔读大学', 'members', '441700');
    expect(value(u, 'members[1].age')).toBeUndefined();
  });
});

describe('"we both" after a couple and a grandchild', () => {
  it('is the writer and the spouse', () => {
    const u = read('俺两口子带个孙女，我们都七十几，孙女十岁', 'members');
    expect(u.facts.find((f) => f.path === 'members[1].age')?.range).toEqual([71, 79]);
    expect(value(u, 'members[2].age')).toBe(10);
  });
});
