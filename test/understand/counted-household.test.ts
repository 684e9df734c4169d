// Issue 21, round 9 (und9a): our own sentences. A size said that needs a spouse's parent named in
// the list counts them ("五口人 我 老婆 岳母 两个娃"); each of a group named with a school level is of
// its ages ("三个孙仔读初中"); 晋南 "就俺自个", 粤 "净系我一个" are one person.
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';

describe('a size that needs the in-law named', () => {
  it('晋南: "五口人 俺 老婆 丈母娘 两个娃"', () => {
    const u = read('五口人 俺 老婆 丈母娘 两个娃', 'members');
    expect(value(u, 'size')).toBe(5);
    expect(value(u, 'members[2].relation')).toBe('other');
    expect(value(u, 'members[4].relation')).toBe('child');
  });

  it('粤: "四个人 我 老婆 外母 个仔"', () => {
    const u = read('四个人 我 老婆 外母 个仔', 'members', '441700');
    expect(value(u, 'members[2].relation')).toBe('other');
    expect(value(u, 'members[3].relation')).toBe('child');
  });

  it('without a size that needs her, 家婆 named alone is not counted', () => {
    const u = read('我同老公两个，我五十佢五十二，家婆喺乡下', 'members', '441700');
    expect(value(u, 'size')).toBe(2);
  });
});

describe('a group at school', () => {
  it('晋南: each of "俩孙子上初中" is of 初中 ages', () => {
    const u = read('四口人，俺和老伴七十来岁，俩孙子上初中', 'members');
    expect(u.facts.find((f) => f.path === 'members[2].age')?.range).toEqual([12, 15]);
    expect(u.facts.find((f) => f.path === 'members[3].age')?.range).toEqual([12, 15]);
  });

  it('粤: "两个女读小学"', () => {
    const u = read('三个人，我三十八，两个女读小学', 'members', '441700');
    expect(u.facts.find((f) => f.path === 'members[2].age')?.range).toEqual([6, 12]);
  });
});

describe('one person', () => {
  it('晋南: "就俺自个"', () => {
    expect(value(read('就俺自个', 'members'), 'size')).toBe(1);
  });

  it('粤: "净系我一个，七十一"', () => {
    const u = read('净系我一个，七十一', 'members', '441700');
    expect(value(u, 'size')).toBe(1);
    expect(value(u, 'members[0].age')).toBe(71);
  });
});
