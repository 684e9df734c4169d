// Issue 21, round 10 (und10a): who is not in the household, in everyday words. Our own sentences, both
// cities' ways of writing. 不在跟前 (晋南: not by me) is elsewhere; after a divorce, a child who lives with
// the other parent (个仔跟佢老豆, 闺女跟她爸, 判给他爸) lives elsewhere and the other parent is no member
// and owes the writer nothing; 冇其他人 / 没别人 is no one else; the youngest of three counted (最细,
// 最小的) is the last of them, not the second.
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';

describe('not living here', () => {
  it('晋南: 闺女不在跟前 is elsewhere', () => {
    const u = read('俺七十九 一个人 闺女不在跟前', 'members');
    expect(value(u, 'size')).toBe(1);
    expect(value(u, 'obligors.list[0].relation')).toBe('child');
  });

  it('粤: after a divorce, 个女跟佢阿妈 lives with her mother; the mother is neither member nor obligor', () => {
    const u = read('离咗婚好多年，我四十八，个女跟佢阿妈', 'members', '441700');
    expect(value(u, 'size')).toBe(1);
    expect(value(u, 'obligors.list[0].relation')).toBe('child');
    expect(u.facts.some((f) => f.value === 'spouse')).toBe(false);
  });

  it('晋南: the same with 判给他爸', () => {
    const u = read('离了 俺三十九 小子判给他爸了', 'members');
    expect(value(u, 'size')).toBe(1);
    expect(u.facts.some((f) => f.value === 'spouse')).toBe(false);
  });

  it('without a divorce, 跟佢老豆 is just "with his father", the husband at home', () => {
    const u = read('我同老公，个仔跟佢老豆出海', 'members', '441700');
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(u.facts.some((f) => f.path.startsWith('obligors'))).toBe(false);
  });
});

describe('no one else', () => {
  it('粤: 冇其他人，得我一个', () => {
    const u = read('冇其他人，得我自己，今年七十九', 'members', '441700');
    expect(value(u, 'size')).toBe(1);
    expect(value(u, 'members[0].age')).toBe(79);
    expect(u.unclear).toEqual([]);
  });

  it('晋南: 没别人', () => {
    const u = read('没别人 就俺 八十一', 'members');
    expect(value(u, 'size')).toBe(1);
    expect(u.unclear).toEqual([]);
  });
});

describe('the youngest of three', () => {
  it('粤: 最细 is the third child', () => {
    const u = read('我同老婆四十几，三个仔，最大十五最细六岁', 'members', '441700');
    expect(value(u, 'size')).toBe(5);
    expect(value(u, 'members[2].age')).toBe(15);
    expect(value(u, 'members[4].age')).toBe(6);
    expect(value(u, 'members[3].age')).toBeUndefined();
  });

  it('晋南: 最小的 the same', () => {
    const u = read('俺四十一 老汉四十三 仨闺女 最大的十六 最小的八岁', 'members');
    expect(value(u, 'members[4].age')).toBe(8);
  });
});
