// One age said once for a pair, opening on 都 or 均, in brackets after them or alone between commas right
// after the clause naming them ("公婆（都六十出头）", "爸妈住乡下，都七十几，"): each of the pair has it.
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441700') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('one age for a pair', () => {
  it('north: 公婆（都六十出头）一搭住', () => {
    const h = run('来电人赵某（女，33岁），男人在外头打工，俺带着娃（7岁），公婆（都六十出头）一搭住。', '140800');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 33],
      ['spouse', undefined],
      ['child', 7],
      ['parent', 62],
      ['parent', 62],
    ]);
  });

  it('north: 公公婆婆跟俺住，都六十多，', () => {
    const h = run('来电人（女，36岁），公公婆婆跟俺住，都六十多，种几亩麦子。', '140800');
    expect(h.members?.filter((m) => m.relation === 'parent').map((m) => m.age)).toEqual([65, 65]);
  });

  it('粤: 父母（都63）同住', () => {
    const h = run('来电人冯某（男，35岁），未结婚，同父母（都63）一齐住，屋企种菜。');
    expect(h.members?.filter((m) => m.relation === 'parent').map((m) => m.age)).toEqual([63, 63]);
  });

  it('粤: 爸妈（均七十几）', () => {
    const h = run('来电人（男，41岁），同老婆（39岁）住，爸妈（均七十几）都喺屋企。');
    expect(h.members?.filter((m) => m.relation === 'parent').map((m) => m.age)).toEqual([75, 75]);
  });
});
