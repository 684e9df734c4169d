// Children spoken of before they are counted (issue 22, round 6): "妻子全职带娃，两个孩子分别4岁和
// 1岁" and "子女：一仔一女，都喺佛山" are two children, not three; the third is not someone living
// elsewhere who owes support. Children named as such and then counted are still added up where the
// words say there are more. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('children spoken of, then counted', () => {
  it('带娃, then 两个孩子 with their ages: two children, no relative elsewhere', () => {
    const h = run('来电人（男，30岁）跑运输，老婆在家带娃，两个孩子分别5岁和2岁，一家四口租房。');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 30],
      ['spouse', undefined],
      ['child', 5],
      ['child', 2],
    ]);
    expect(h.obligors?.list ?? []).toEqual([]);
  });

  it('a field heading 子女 then 一仔一女 living elsewhere: two relatives elsewhere, no member', () => {
    const h = run('户主：陈某，男，70岁；家庭成员：老婆（68岁）；子女：一仔一女，都喺佛山；住房：自己屋。', '441700');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child']);
  });
});
