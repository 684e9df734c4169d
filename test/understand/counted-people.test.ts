// People counted and then named one by one (issue 21, round 4): "两个外孙 … 外孙女十岁外孙七岁" names
// two people, not four; "三个仔，一个女" is four children; a baby's age in months; 细孙, 大闺女, 老二 pick
// the known child or grandchild of that birth order; and the relations question read as people say
// it: a relative's relative (我老公嘅细佬), the member meant by their age (71嗰个), one word for all
// (两个都是孙子). Our own examples, not the blind sets'.
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';
import { step } from '../../bot/engine.ts';
import { defaultParameters, type Household } from '../../screening/index.ts';
import { stateFor } from '../eval/answers-eval.ts';

const parameters = defaultParameters();

describe('a count, then the people one by one', () => {
  it('two grandchildren named again by word are the same two', () => {
    const u = read('俺跟两个孙子过，俺六十五，孙女十二孙子八岁', 'members');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'members[1].age')).toBe(12);
    expect(value(u, 'members[2].age')).toBe(8);
  });

  it('three children, then each by birth order', () => {
    const u = read('有三个儿，老大四十五，老二四十，老三三十六', 'obligors');
    expect(value(u, 'obligors.list[0].age')).toBe(45);
    expect(value(u, 'obligors.list[2].age')).toBe(36);
    expect(u.facts.some((f) => f.path === 'obligors.list[3].relation')).toBe(false);
  });

  it('in Cantonese, children counted as 仔女', () => {
    const u = read('有两个仔女，大女40，细仔35', 'obligors', '441700');
    expect(value(u, 'obligors.list[0].age')).toBe(40);
    expect(value(u, 'obligors.list[1].age')).toBe(35);
    expect(u.facts.some((f) => f.path === 'obligors.list[2].relation')).toBe(false);
  });

  it('"three of us siblings" counts the speaker', () => {
    const u = read('我哋係两兄弟住埋一齐，我六十，大佬六十五', 'members', '441700');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].age')).toBe(65);
  });

  it('"一个女" after "两个仔" is one more child, and 一 is not an age', () => {
    const u = read('五个：我 老公 两个仔 一个女', 'members', '441700');
    expect(value(u, 'size')).toBe(5);
    expect(value(u, 'members[4].relation')).toBe('child');
    expect(u.facts.some((f) => f.path.endsWith('.age'))).toBe(false);
  });

  it("a baby's age in months, even after a comma", () => {
    const u = read('三口人，我二十六，老婆二十四，孩子，十个月', 'members');
    expect(value(u, 'members[2].age')).toBe(0);
  });
});

describe('birth order among known children and grandchildren', () => {
  const kids: Household = {
    members: [
      { relation: 'self', age: 66 },
      { relation: 'grandchild', age: 14 },
      { relation: 'grandchild', age: 7 },
    ],
  };
  it('细孙 is the younger grandchild', () => {
    const u = read('细孙有地中海贫血', 'illness', '441700', kids);
    expect(value(u, 'members[2].seriousIllness')).toBe(true);
    expect(value(u, 'members[1].seriousIllness')).not.toBe(true);
  });
  it('大孙 is the elder', () => {
    const u = read('大孙有，听力三级', 'disability', '441700', kids);
    expect(value(u, 'members[1].hasDisability')).toBe(true);
  });
  it('老二 is the second of three', () => {
    const three: Household = {
      members: [
        { relation: 'self', age: 58 },
        { relation: 'child', age: 30 },
        { relation: 'child', age: 26 },
        { relation: 'child', age: 20 },
      ],
    };
    const u = read('老二 白血病 在西安住院', 'illness', '140800', three);
    expect(value(u, 'members[2].seriousIllness')).toBe(true);
  });
});

describe('the relations question', () => {
  const answer = (say: string, known: Household, city: '441700' | '140800' = '441700') => {
    const state = stateFor({ id: 't', city, kind: 'relations', known, say, facts: {} });
    const res = step(state, { channel: 'test', userId: 't', text: say }, { parameters, today: '2026-12-05' });
    return res.state?.household.members ?? [];
  };
  it("a relative's relative: my son's son, my husband's brother", () => {
    const two: Household = { members: [{ relation: 'self', age: 70 }, { age: 10 }] };
    expect(answer('佢係我个女嘅仔', two)[1]!.relation).toBe('grandchild');
    expect(answer('是俺老汉的兄弟', two, '140800')[1]!.relation).toBe('other');
  });
  it('members named by the age the question showed, in any order', () => {
    const three: Household = { members: [{ relation: 'self', age: 68 }, { age: 66 }, { age: 35 }] };
    const got = answer('35岁的是俺侄儿，66的是俺老伴', three, '140800');
    expect(got[1]!.relation).toBe('spouse');
    expect(got[2]!.relation).toBe('other');
  });
  it('one word for all of them', () => {
    const three: Household = { members: [{ relation: 'self', age: 68 }, { age: 13 }, { age: 9 }] };
    const got = answer('两个都是孙子', three, '140800');
    expect(got[1]!.relation).toBe('grandchild');
    expect(got[2]!.relation).toBe('grandchild');
  });
});

describe('ages of people named together', () => {
  it('"都六十几" after a pair is both their ages', () => {
    const u = read('我同老公，都六十几', 'members', '441700');
    expect(value(u, 'members[0].age')).toBe(65);
    expect(value(u, 'members[1].age')).toBe(65);
  });
  it('counting off skips who already has an age', () => {
    const u = read('我三十九，一个人带两个女，一个十岁一个六岁', 'members', '441700');
    expect(value(u, 'members[0].age')).toBe(39);
    expect(value(u, 'members[1].age')).toBe(10);
    expect(value(u, 'members[2].age')).toBe(6);
  });
  it('"小的" after "大娃" is one more child', () => {
    const u = read('四口人，俺五十，老汉五十二，大娃二十在外头上大学，小的十五', 'members');
    expect(value(u, 'size')).toBe(4);
    expect(value(u, 'members[3].age')).toBe(15);
  });
  it('"一千多点" is money, not a time of day', () => {
    const u = read('摆摊卖水果，一个月一千多点', 'income.amount');
    expect(u.facts.some((f) => f.path.startsWith('income.'))).toBe(true);
  });
});

describe('孙 alone, as 粤 grandparents say it', () => {
  it('is a grandchild, and the same one named again', () => {
    const u = read('我同老婆加个孙，我七十，老婆六十八，孙十二岁读紧书', 'members', '441700');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'members[2].age')).toBe(12);
  });
  it('but not a surname, nor babysitting', () => {
    const u = read('来电人孙某，女，60岁，去深圳湊孙', 'summary', '441700');
    expect(u.facts.some((f) => f.value === 'grandchild')).toBe(false);
  });
});

describe('no, then who', () => {
  const answer = (kind: 'relations' | 'obligors', say: string, known: Household, city: '441700' | '140800') => {
    const state = stateFor({ id: 't', city, kind, known, say, facts: {} });
    return step(state, { channel: 'test', userId: 't', text: say }, { parameters, today: '2026-12-05' }).state;
  };
  it('"没有，就俺老两口" has no relatives elsewhere', () => {
    expect(answer('obligors', '没有，就俺老两口', {}, '140800')?.household.obligors?.exist).toBe(false);
    expect(answer('obligors', '冇啊，得我哋两个', {}, '441700')?.household.obligors?.exist).toBe(false);
  });
  it('someone not had is no one ("还没娶媳妇")', () => {
    const two: Household = { members: [{ relation: 'self', age: 60 }, { age: 32 }] };
    expect(answer('relations', '是俺儿 三十多了还没娶媳妇', two, '140800')?.household.members?.[1]?.relation).toBe(
      'child',
    );
  });
});
