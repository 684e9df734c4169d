// Issue 21, round 10 (und10a): people as they are counted in pairs and in sentences typed with no comma.
// Our own sentences, both cities' ways of writing. A parent-and-child pair with 俺/我 in front (俺娘俩,
// 我爷俩) is the writer and one other, never "my mother" and an age of 2; the writer may be either
// one, so a parent named after it is the other one. 老两个 is an old couple. An age, 了/咯 and a person
// word start a new sentence: what the next person does (在外头) is not said of the couple before.
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';

describe('a parent-and-child pair with my in front', () => {
  it('俺娘俩 and a daughter: two people, the writer and the daughter', () => {
    const u = read('就俺娘俩过 俺三十九 闺女十三上初中', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[0].age')).toBe(39);
    expect(value(u, 'members[1].relation')).toBe('child');
    expect(value(u, 'members[1].age')).toBe(13);
  });

  it('俺娘俩 and my mother: the writer is the child, the other one is the mother', () => {
    const u = read('俺娘俩 俺妈七十二 我四十六', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[0].age')).toBe(46);
    expect(value(u, 'members[1].relation')).toBe('parent');
    expect(value(u, 'members[1].age')).toBe(72);
  });

  it('咱爷俩: a father and his son', () => {
    const u = read('咱爷俩 我五十二 小子二十三', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].relation')).toBe('child');
    expect(value(u, 'members[1].age')).toBe(23);
  });
});

describe('老两个, an old couple', () => {
  it('粤: 我哋老两个 with both ages', () => {
    const u = read('我哋老两个，我七十八佢七十四', 'members', '441700');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'members[1].age')).toBe(74);
  });

  it('晋南: 俺老两个, both in their sixties', () => {
    const u = read('俺老两个 都六十多', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].relation')).toBe('spouse');
  });
});

describe('an age, 了, then someone else: a new sentence', () => {
  it('晋南: the children elsewhere, not the husband', () => {
    const u = read('俺跟老汉都六十多了儿子闺女都在外地打工', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'obligors.list[0].relation')).toBe('child');
    expect(u.facts.some((f) => f.path.startsWith('obligors.list') && f.value === 'spouse')).toBe(false);
  });

  it('粤: 咯 ends the sentence the same way', () => {
    const u = read('我同老公都七十几咯个仔喺深圳返工', 'members', '441700');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'obligors.list[0].relation')).toBe('child');
  });
});
