// In a call for a parent: a brother joined to the caller ("自己同细佬都系打工仔") lives apart as the caller
// does; 打工仔 is work, not a son; the one who did the harm ("肇事者系一个后生仔") is no relative. The texts
// are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('the caller and a brother, both away', () => {
  it('粤: 来电人话自己同家姐都系打工仔', () => {
    const h = run(
      '来电人反映：其阿爸（72岁，江城区）系低保户，要交子女收入证明。来电人话自己同家姐都系打工仔，每月得三千几。',
      '441702',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([['self', 72]]);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child']);
    expect(h.income?.wages).toBeUndefined();
  });

  it('north: 来电人称本人和弟弟都在外打工', () => {
    const h = run('来电人称其母亲（69岁）独居，来电人称本人和弟弟都是打工人，每人每月给母亲二百。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self']);
    expect(h.obligors?.list).toHaveLength(2);
  });
});

describe('the one who did the harm', () => {
  it('粤: 肇事者系一个后生仔 is not a child of the family', () => {
    const h = run(
      '市民李某（女，50岁）反映，其母李某某（75岁）12月2日喺街口被单车撞倒，手骨折。肇事者系一个后生仔，冇钱赔。母亲独居，每月养老金二百几。',
      '441702',
    );
    expect(h.obligors?.list?.filter((o) => o.relation === 'child')).toHaveLength(1);
    expect(h.members).toHaveLength(1);
  });
});
