// A relative's own children (issue 22, round 24): "来电人（儿子）在城里打零工；自己还有两个娃上学" and
// "一个儿子在外打工自家还有俩娃" tell of the caller's or the son's family. Those children are neither members
// nor children of the person the call is for, so they owe no support: one child obligor, not three. A
// mother's own "自己还有两个娃" stays her household. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });
const relations = (r: ReturnType<typeof run>) => (r.household.obligors?.list ?? []).map((o) => o.relation);
const verdict = (r: ReturnType<typeof run>, p: string) => r.report.results.find((x) => x.program === p)?.verdict;

describe("the caller's own children, after a semicolon", () => {
  it('晋南: 来电人（儿子）在县城打零工；自己还有两个娃念书', () => {
    const r = run(
      '垣曲县某村村民反映：其父亲李某，81岁，一个人住老院。来电人（儿子，52岁）在县城工地上班，身体好好的；自己还有两个娃念书。父亲一月领基础养老金170。问父亲能不能吃低保。',
    );
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self']);
    expect(relations(r)).toEqual(['child']);
    expect(verdict(r, 'tekun')).toBe('unlikely');
  });

  it('粤: 来电人（个仔）喺市区做保安；自己仲有两个细路读书', () => {
    const r = run(
      '来电人为其阿妈咨询：阿妈82岁，阳西县某村人，一个人住。来电人（仔，48岁）喺市区做保安；自己仲有两个细路读书。阿妈每月养老金两百几。',
      '441721',
    );
    expect(relations(r)).toEqual(['child']);
  });
});

describe("a son's own children in the same clause", () => {
  it('晋南: 一个儿子在外打工自家还有俩娃', () => {
    const r = run('来电人（男，66岁），和老伴（63岁）两个人过，种四亩地。一个儿子在外打工自家还有俩娃。');
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(relations(r)).toEqual(['child']);
  });

  it('粤: 个仔喺中山打工自己都有两个细路', () => {
    const r = run('来电人（女，68岁），同老公（70岁）两个住。个仔喺中山打工自己都有两个细路，每月俾三百。', '441702');
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(relations(r)).toEqual(['child']);
  });
});

describe('her own children stay hers', () => {
  it('晋南: 丈夫殁了，自己还有两个娃上学', () => {
    const r = run(
      '来电人（女，38岁），某村村民，丈夫前年殁了，自己还有两个娃（12岁、9岁）上学，在镇上打零工一月一千五。',
    );
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self', 'child', 'child']);
  });
});

describe("a relative's own home's children, or those they must keep", () => {
  it('晋南: 女儿嫁到外县，自己家两个娃', () => {
    const r = run('来电人（男，76岁），老伴殁了，一个人过。女儿嫁到外县，自己家两个娃，一年给他一千来块。');
    expect(relations(r)).toEqual(['child']);
  });

  it('粤: 来电人喺镇上做散工，自己要养两个读书嘅仔', () => {
    const r = run(
      '来电人黄某（男，48岁）替阿妈问：阿爸上个月过身，阿妈78岁，而家一个人住。来电人喺镇上做散工，自己要养两个读书嘅仔，每月畀阿妈两百。',
      '441781',
    );
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self']);
    expect(relations(r)).toEqual(['child']);
  });

  it('her own: 丈夫殁了，自己要养两个娃', () => {
    const r = run('来电人（女，40岁），丈夫前年殁了，自己要养两个娃（12岁、8岁），在镇上打零工。');
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self', 'child', 'child']);
  });
});
