// A child named with an age in brackets, said to work somewhere, then giving money (issue 22, round
// 21c): "大儿子（45岁）在城里打工，每月给五百" is a son who supports the household from a home of his own,
// as when no age is given; the bracket does not hide who gives. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a giver named with an age aside', () => {
  it('a son with his age, working in town, giving monthly: he lives apart and owes support', () => {
    const h = run(
      '来电人：绛县某村 宁某（男，70岁）。跟老婆（67岁）一搭过，两人养老金一人一百五。大儿子（45岁）在县城开出租，每月给五百。',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', age: 45 });
    expect(h.income?.support?.[0]?.amount).toBe(6000);
  });

  it('in written Cantonese: 大仔（40岁）喺阳江做装修，每月畀六百', () => {
    const h = run(
      '来电人：某镇 冯某（女，69岁）。同老公（72岁）一齐住。大仔（40岁）喺阳江做装修，每月畀六百。',
      '441700',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', age: 40 });
  });
});
