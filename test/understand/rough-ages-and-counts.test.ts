// Issue 21, round 6 (und6): ages and counts as people type them, our own sentences. A rough age
// then figures inside it narrow it ("六十几…好似六十七"); a count before "my …" is the household
// size ("两个我妈…"); a grandparent named alone with one loose age is who the household is; the
// writer's uncles and aunts are the grandparent's children.
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';

describe('a rough age, then the figure', () => {
  it("one figure inside the range is that person's age, not another member", () => {
    const u = read('阿公自己一个住，九十几喇，好似九十三', 'members', '441700');
    expect(value(u, 'size')).toBe(1);
    expect(value(u, 'members[0].age')).toBe(93);
  });

  it('two figures said together are a span', () => {
    const u = read('俺六十几了 记不清六十五还是六十六 老汉七十', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(u.facts.find((f) => f.path === 'members[0].age')?.range).toEqual([65, 66]);
    expect(value(u, 'members[1].age')).toBe(70);
  });

  it("a figure outside the range is still someone else's", () => {
    const u = read('我五十几，儿子 23', 'members');
    expect(value(u, 'members[1].age')).toBe(23);
  });
});

describe('a count before "my …"', () => {
  it('is how many live there', () => {
    const u = read('两个俺娘八十一俺六十', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].relation')).toBe('parent');
    expect(value(u, 'members[1].age')).toBe(81);
  });
});

describe('a grandparent named alone, with one loose age', () => {
  it('is the applicant, typed by a grandchild', () => {
    const u = read('奶奶一个人住 八十七', 'members');
    expect(value(u, 'size')).toBe(1);
    expect(value(u, 'members[0].age')).toBe(87);
    expect(value(u, 'askingFor')).toMatch(/^grand/);
  });

  it("the writer's uncle living with her is her son", () => {
    const u = read('我阿嫲九十岁，同我二叔一齐住，二叔六十', 'members', '441700');
    expect(value(u, 'members[0].age')).toBe(90);
    expect(value(u, 'members[1].relation')).toBe('child');
    expect(value(u, 'members[1].age')).toBe(60);
  });
});

describe('a couple said of others', () => {
  it('"佢哋两公婆" then both parents with ages: the parents\' household, two people', () => {
    const u = read('佢哋两公婆，阿爸八十阿妈七十八，我哋都喺深圳', 'members', '441700');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[0].age')).toBe(80);
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'members[1].age')).toBe(78);
  });

  it('"老两口" said by the writer is the writer and their spouse, living with a parent', () => {
    const u = read('老两口，跟俺娘住，俺娘九十', 'members');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'members[2].relation')).toBe('parent');
    expect(value(u, 'askingFor')).toBeUndefined();
  });
});

describe('an age corrected in the same breath', () => {
  it('"八十一，不对，八十二" replaces the age said last', () => {
    const u = read('俺爹八十一，不对，八十二，跟俺娘俩人，俺娘七十九', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[0].age')).toBe(82);
    expect(value(u, 'members[1].age')).toBe(79);
  });

  it('"唔系" before someone else\'s age is about them, not a correction of the age before', () => {
    const u = read('我六十五，阿妈唔系七十，系七十二', 'members', '441700');
    expect(value(u, 'members[0].age')).toBe(65);
  });
});
