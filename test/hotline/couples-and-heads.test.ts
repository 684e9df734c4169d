// Work orders that list a household by its head or name a couple in one phrase (issue 22,
// round 5): a household head's 其母, or one after 其妻/其子 began the list, is a member of that
// household, not the person the call is about; "老两口，男76女74" and "某某夫妇（男72岁、女70岁）"
// give both ages, the second the spouse's, and the 女 of such a pair is no daughter; "两个娃（一个上大学
// 一个初中）" counts off two children, not a household of one. Our own texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });
const members = (text: string, region?: string) => run(text, region).household.members?.map((m) => [m.relation, m.age]);

describe('a household head and the family listed after', () => {
  it('户主 then 其妻 and 其母: the head is the person, the mother a member', () => {
    expect(members('户主赵某 男 61 种地 其妻58 其母84 卧床')).toEqual([
      ['self', 61],
      ['spouse', 58],
      ['parent', 84],
    ]);
  });

  it('其子 listed first, then 其父: still the same household', () => {
    expect(members('来电人钱某，男，45岁，其子12岁上学，其父79岁瘫痪在床')).toEqual([
      ['self', 45],
      ['child', 12],
      ['parent', 79],
    ]);
  });

  it('a caller telling of 其母 alone is still calling about her', () => {
    expect(members('来电人称其母（83岁）独居，每月养老金一百六。')?.[0]).toEqual(['self', 83]);
  });
});

describe('a couple in one phrase', () => {
  it.each([
    ['村民孙某夫妇（男69岁、女66岁），无儿无女，种地为生。', '140800', 69, 66],
    ['老两口，男80女77，靠养老金过活。', '140800', 80, 77],
    ['两公婆，男71女68，冇仔女，耕少少田。', '441700', 71, 68],
    ['周某夫妇二人（75、73岁）住老屋。', '140800', 75, 73],
  ])('%s → both ages, no daughter', (text, region, a, b) => {
    expect(members(text, region)).toEqual([
      ['self', a],
      ['spouse', b],
    ]);
  });
});

describe('children counted off', () => {
  it('两个娃（一个上大学一个初中）is two children, not a household of one', () => {
    const r = run('来电人（男，50岁）称家里老婆、两个娃（一个上大学一个初中），还有老母亲（76岁）。');
    expect(r.household.size).not.toBe(1);
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child', 'child', 'parent']);
  });
});
