// Children of a son told of last (issue 22, round 22c): "两个儿子一个在西安，另一个（52岁）打零工，家中有三个娃念书"
// — the children after 家中有/自家有 are that son's own, not the old person's children owing support, also
// when the son is one of a group counted first. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe("a son's own children after 家中有", () => {
  it('one of two sons, then his children at home: only the sons owe support', () => {
    const { household } = run(
      '临猗县某村村民王某（女，80岁）一个人过，两个儿子一个在西安，另一个（52岁）在县城打零工，家中有三个娃念书，一月给老人二百块。',
    );
    expect(household.members?.map((m) => m.relation)).toEqual(['self']);
    expect(household.obligors?.list?.length).toBe(2);
    expect(household.obligors?.list?.[1]).toMatchObject({ relation: 'child', age: 52 });
  });

  it('in written Cantonese: 佢屋企有 after a son', () => {
    const { household } = run(
      '阳西县某村村民梁某（男，79岁）自己一个住，个仔（50岁）喺阳江做散工，佢屋企有三个细路读书，每月畀老人两百蚊。',
      '441700',
    );
    expect(household.members?.map((m) => m.relation)).toEqual(['self']);
    expect(household.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });
});
