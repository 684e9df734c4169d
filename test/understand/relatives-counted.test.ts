// Issue 21, round 7 (und7a): relatives counted and aged as people say them, our own sentences.
// 大的/小的 before a number after a counted group is one of them and their age; "一个闺女" after
// "两个儿" is a third child, not one of the two; a number ending a clause about a relative
// elsewhere is their age; a head of household "has" relatives (户主有个闺女), which is not saying
// who the writer is.
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';

describe('大的 / 小的 after people counted', () => {
  it('each is one of them, with an age', () => {
    const u = read('俩小子 大的三十五 小的三十一 都在外头成家了', 'obligors');
    expect(value(u, 'obligors.list[0].age')).toBe(35);
    expect(value(u, 'obligors.list[1].age')).toBe(31);
  });

  it('in the household too, and said in one breath', () => {
    const u = read('俺五十，两个外孙，大的十三小的九岁', 'members');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'members[1].age')).toBe(13);
    expect(value(u, 'members[2].age')).toBe(9);
  });
});

describe('one more, counted on its own', () => {
  it('"两个儿 一个闺女" are three children', () => {
    const u = read('有，两个儿 一个闺女，都在外地', 'obligors');
    expect(value(u, 'obligors.list[2].relation')).toBe('child');
  });

  it('粤: "三个仔，一个女" are four', () => {
    const u = read('有，三个仔，一个女，都喺广州', 'obligors', '441700');
    expect(value(u, 'obligors.list[3].relation')).toBe('child');
  });
});

describe('ages of relatives elsewhere', () => {
  it('a number ending the clause about one of them', () => {
    const u = read('户主有一儿一女，儿子在西安开车四十，闺女嫁到邻村三十六', 'obligors');
    expect(value(u, 'obligors.list[0].age')).toBe(40);
    expect(value(u, 'obligors.list[1].age')).toBe(36);
  });

  it('"户主有个闺女…，五十出头": the head has a daughter, aged 50–54', () => {
    const u = read('户主有个闺女嫁到外省了，五十出头', 'obligors');
    expect(value(u, 'obligors.list[0].relation')).toBe('child');
    expect(u.facts.find((f) => f.path === 'obligors.list[0].age')?.range).toEqual([50, 54]);
  });
});

describe('all of them', () => {
  it('"他们都七十多" after a pair named in one word: each of the pair', () => {
    const u = read('我爸妈在老家，他们都七十多', 'obligors');
    expect(u.facts.find((f) => f.path === 'obligors.list[0].age')?.range).toEqual([70, 80]);
    expect(u.facts.find((f) => f.path === 'obligors.list[1].age')?.range).toEqual([70, 80]);
  });

  it('"老伴跟闺女都有": each one joined before 都 has it', () => {
    const u = read('老伴跟闺女都有', 'disability', '140800', {
      members: [
        { relation: 'self', age: 60 },
        { relation: 'spouse', age: 62 },
        { relation: 'child', age: 30 },
      ],
    });
    expect(u.polarity.map((p) => p.member).sort()).toEqual([1, 2]);
  });
});
