// Issue 21, round 7 (und7a): ages as people type them, our own sentences. Typed with spaces, a
// person and their age alternate ("老伴 六十三 我 六十五"), while names then numbers are a list in the
// order named; 俩/两个 before the word for children counts them; two ages joined by 和/同 after a
// counted group are one each.
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';

describe('a person, then their age, typed with spaces', () => {
  it('the number after a person word is that person’s, whoever is named first', () => {
    const u = read('老伴 六十三 我 六十五', 'members');
    expect(value(u, 'members[0].age')).toBe(65);
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'members[1].age')).toBe(63);
  });

  it('after a possessive typed apart ("俺 老婆 五十")', () => {
    const u = read('俺 老婆 五十 俺 五十三 闺女 二十', 'members');
    expect(value(u, 'members[0].age')).toBe(53);
    expect(value(u, 'members[1].age')).toBe(50);
    expect(value(u, 'members[2].relation')).toBe('child');
    expect(value(u, 'members[2].age')).toBe(20);
  });

  it('people named first, then the numbers, are ages in the order named', () => {
    const u = read('我 老伴 闺女 66 64 35', 'members');
    expect(value(u, 'members[0].age')).toBe(66);
    expect(value(u, 'members[1].age')).toBe(64);
    expect(value(u, 'members[2].age')).toBe(35);
  });
});

describe('children counted, then their ages', () => {
  it('俩 before the word for sons counts two, each with an age', () => {
    const u = read('俺六十 俩小子三十一二十八 老婆子五十九', 'members');
    expect(value(u, 'size')).toBe(4);
    expect(value(u, 'members[1].age')).toBe(31);
    expect(value(u, 'members[2].relation')).toBe('child');
    expect(value(u, 'members[2].age')).toBe(28);
    expect(value(u, 'members[3].relation')).toBe('spouse');
  });

  it('two ages joined by 同 are one each, and the daughter named after is a third child', () => {
    const u = read('我四十八，两个仔十九同十七，个女十二', 'members', '441700');
    expect(value(u, 'size')).toBe(4);
    expect(value(u, 'members[1].age')).toBe(19);
    expect(value(u, 'members[2].age')).toBe(17);
    expect(value(u, 'members[3].relation')).toBe('child');
    expect(value(u, 'members[3].age')).toBe(12);
  });
});

describe('a couple word after two others are named', () => {
  it('"我爸妈两口子" is the parents, not the writer and a spouse', () => {
    const u = read('我爸我妈两口子，都七十出头', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(u.facts.find((f) => f.path === 'members[1].age')?.range).toEqual([70, 74]);
  });

  it('the writer named with the spouse is still the writer’s couple', () => {
    const u = read('我同老婆两公婆，都五十出头', 'members', '441700');
    expect(value(u, 'size')).toBe(2);
    expect(u.facts.find((f) => f.path === 'members[0].age')?.range).toEqual([50, 54]);
  });
});

describe('several ages for one group, in one clause', () => {
  it('"孙一个十岁一个七岁" after two grandchildren counted', () => {
    const u = read('我同两个孙，我七十，孙一个十岁一个七岁', 'members', '441700');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'members[1].age')).toBe(10);
    expect(value(u, 'members[2].age')).toBe(7);
  });

  it('"仔12岁同9岁": two ages joined by 同 after the word for the group', () => {
    const u = read('我 老婆 两个仔 我41 老婆39 仔12岁同9岁', 'members', '441700');
    expect(value(u, 'members[2].age')).toBe(12);
    expect(value(u, 'members[3].age')).toBe(9);
  });

  it('a baby named in letters, then a numeral (BB一岁)', () => {
    const u = read('三个人，我27，老公30，BB一岁', 'members', '441700');
    expect(value(u, 'members[2].age')).toBe(1);
  });
});
