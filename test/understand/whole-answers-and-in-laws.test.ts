// Issue 21 open cases, our own sentences: 老板 typed alone as who someone is (the husband, in 两阳
// speech and voice input) while 给老板打工 stays a boss; 媳妇 after a grown son (or after the
// spouse) is his wife, while 俺媳妇 and 媳妇 named first stay the wife; 替我爸填 in a relations
// answer reads the writer's 妈 as the applicant's spouse; a place outside the cities covered.
import { describe, expect, it } from 'vitest';
import { placeOutside } from '../../bot/understand/places.ts';
import { defaultParameters } from '../../screening/index.ts';
import { read, value } from '../support/understanding.ts';

const parameters = defaultParameters();

describe('老板 alone', () => {
  it('answering who someone is, it is the husband', () => {
    const u = read('系老板', 'relations', '441700', { members: [{ relation: 'self', age: 66 }, { age: 69 }] });
    expect(u.relationSequence[0]?.rel).toBe('spouse');
  });

  it('answering which one, it picks the known spouse', () => {
    const h = {
      members: [
        { relation: 'self' as const, age: 66 },
        { relation: 'spouse' as const, age: 69 },
      ],
    };
    expect(read('老板', 'disability.which', '441700', h).mentioned).toContain(1);
  });

  it('in a sentence, or in another question, it is a boss', () => {
    const h = {
      members: [
        { relation: 'self' as const, age: 40 },
        { relation: 'spouse' as const, age: 41 },
      ],
    };
    expect(read('帮老板看铺头', 'relations', '441700', h).relationSequence).toEqual([]);
    const u = read('老板', 'employed', '441700', h);
    expect(u.facts.some((f) => f.path.endsWith('relation'))).toBe(false);
  });
});

describe('媳妇 after a son', () => {
  it('after a grown son named in the answer, she is his wife (其他亲戚), not a second spouse', () => {
    const u = read('三口人，我五十八，儿子三十在县里开车，媳妇在家', 'members');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'members[1].relation')).toBe('child');
    expect(value(u, 'members[2].relation')).toBe('other');
  });

  it('俺媳妇, or 媳妇 named before the son, is the wife', () => {
    expect(value(read('俺五十，俺媳妇四十八，儿子二十', 'members'), 'members[1].relation')).toBe('spouse');
    const u = read('我和媳妇还有儿子，我45媳妇43儿子19', 'members');
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'members[2].relation')).toBe('child');
  });

  it('the wife named again by the same word is still her', () => {
    const u = read('俺跟俺媳妇，还有俺儿子，俺四十媳妇三十九儿子十二', 'members');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'members[1].age')).toBe(39);
  });
});

describe('a place outside the cities covered', () => {
  it('a province or another city is named as outside', () => {
    expect(placeOutside('俺家在洛阳', parameters)).toBe('洛阳');
    expect(placeOutside('我哋喺茂名', parameters)).toBe('茂名');
  });

  it('a place the service covers is never outside, even beside one that is', () => {
    expect(placeOutside('俺在郑州打工，家在稷山', parameters)).toBeUndefined();
    expect(placeOutside('阳春', parameters)).toBeUndefined();
  });
});

describe('替我爸填 said in a later answer', () => {
  it("answering who someone is: the writer's 娘 is the applicant's spouse", () => {
    const u = read('是俺娘，俺是替俺爹填的', 'relations', '140800', {
      members: [{ relation: 'self', age: 81 }, { age: 77 }],
    });
    expect(u.relationSequence.map((x) => x.rel)).toEqual(['spouse']);
    expect(u.onBehalf).toBe(true);
  });

  it('in a members answer the parent is named like anyone; the writer living with him stays the applicant', () => {
    const u = read('我替我爸问问，就我跟他两个人过，我四十五，他七十八', 'members');
    expect(value(u, 'members[0].age')).toBe(45);
    expect(value(u, 'members[1].relation')).toBe('parent');
    expect(value(u, 'members[1].age')).toBe(78);
  });
});
