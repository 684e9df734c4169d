// Relatives said to live in the countryside ("在农村", 粤 "住乡下") while the caller is in town live apart,
// as those "在老家" do; and a child word right before the elders it owns ("孩子爷爷奶奶", no 的) names
// whose elders they are, so the child is not the one living elsewhere. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('elders in the countryside', () => {
  it("a mother renting in town with her children, the children's grandparents in the countryside", () => {
    const h = run(
      '来电人张某，女，33岁，在城区超市当收银员，丈夫前年病故，她带着两个娃（10岁、4岁）租房住，娃爷爷奶奶在农村种地，顾不上他们。问能否办低保。',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 33],
      ['child', 10],
      ['child', 4],
    ]);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['grandparent', 'grandparent']);
  });

  it('her own parents living in the countryside are not counted in', () => {
    const h = run('来电人（女，41岁）在县城摆小摊，和女儿（13岁）两个人过，父母住在农村，年纪大了帮不上。问有啥补助。');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 41],
      ['child', 13],
    ]);
  });

  it('粤: a father in town with his son, his parents living in the village', () => {
    const h = run(
      '来电人陈生，男，38岁，喺城区做保安，老婆走咗，个仔7岁读小学，同佢住。阿爸阿妈住乡下耕田。',
      '441702',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 38],
      ['child', 7],
    ]);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['parent', 'parent']);
  });

  it('the caller and spouse in the countryside themselves stay the household', () => {
    const h = run('来电人（男，66岁）和老伴（64岁）在农村种地，儿子（30岁）在家没工作。问能不能吃低保。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child']);
  });
});
