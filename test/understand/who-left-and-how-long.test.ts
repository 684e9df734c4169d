// Issue 21, round 9 (und9a): our own sentences. In a resident's account of the household: a spouse or
// a grandchild's parents said to be divorced, or said not to look after the family, live elsewhere;
// a grandparent's 娃他爸 is their son; a number said with a unit of time or a count of times
// ("走咗三年", "一年返两次") is no one's age; 粤 孙仔 after 个孙 is the same grandchild.
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';

describe('divorced or uncaring relatives are not members', () => {
  it('晋南: the grandchild’s parents divorced and do not care', () => {
    const u = read('俺跟外孙女过，俺七十一，外孙女九岁，她爸妈离婚了都不管', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[2].relation')).toBeUndefined();
    expect(value(u, 'obligors.list[0].relation')).toBe('child');
  });

  it('粤: a husband divorced is not counted', () => {
    const u = read('我同个仔，我三十八，仔十岁，老公旧年离咗婚', 'members', '441700');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[2].relation')).toBeUndefined();
    expect(value(u, 'obligors.list[0].relation')).toBe('spouse');
  });

  it('粤: a grandson’s parents who do not care for him', () => {
    const u = read('两个人 我 同个孙 我六十九 孙仔九岁 佢老豆老母唔理佢', 'members', '441700');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[2].relation')).toBeUndefined();
  });

  it('a divorced son still lives with his mother', () => {
    const u = read('俺七十，儿子离婚了跟俺过，四十六', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].relation')).toBe('child');
    expect(value(u, 'members[1].age')).toBe(46);
  });
});

describe('the child’s father, said by a grandparent', () => {
  it('晋南: 娃他爸 beside grandchildren is the son, away working', () => {
    const u = read('俺跟俩孙女，俺六十八，大的十二小的八岁，娃他爸在太原打工', 'members');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'obligors.list[0].relation')).toBe('child');
  });

  it('with no grandchild named, 孩他爸 is the husband', () => {
    const u = read('俺三十九 孩他爸四十一', 'members');
    expect(value(u, 'members[1].relation')).toBe('spouse');
  });
});

describe('how long or how often is not an age', () => {
  it('粤: "走咗三年" and "一年返两次"', () => {
    const u = read('我六十，老公走咗三年，个孙八岁同我住，个女喺深圳，一年返两次', 'members', '441700');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[2].age')).toBeUndefined();
  });

  it('晋南: "出去五年了"', () => {
    const u = read('俺和孙子，俺六十五孙子十一，娃他妈出去五年了', 'members');
    expect(value(u, 'size')).toBe(2);
  });
});

describe('a grandchild named twice', () => {
  it('粤: 个孙 then 孙仔 with the age', () => {
    const u = read('我同老婆 仲有个孙 我七十 老婆六十八 孙仔十一岁', 'members', '441700');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'members[2].age')).toBe(11);
  });
});

describe('a grandchild by birth order and sex is one word', () => {
  it('粤: 细孙女 is a grandchild, not 细孙 and a daughter', () => {
    const u = read('三个 我六十八 大孙十岁 细孙女七岁', 'members', '441700');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'members[2].relation')).toBe('grandchild');
    expect(value(u, 'members[2].age')).toBe(7);
  });

  it('晋南: 大孙女', () => {
    const u = read('俺和大孙女 俺七十三 大孙女十五', 'members');
    expect(value(u, 'members[1].relation')).toBe('grandchild');
    expect(value(u, 'members[1].age')).toBe(15);
  });
});
